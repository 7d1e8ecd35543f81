#!/usr/bin/env node
/**
 * Bundle-Größen nach dem Produktions-Build / bundle sizes after the production build.
 * Prints raw and gzip size (KB) of every emitted .js file in dist/ and compares the
 * bundles against the goals below. Over-budget bundles are reported as a warning only;
 * the exit code is non-zero only when the build output is missing.
 * Usage: node scripts/report-sizes.js [distDir]
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

/** Goals in KB (gzip), keyed by file name relative to dist/. */
const GOALS_KB_GZIP = {
  "taskpane.js": 350,
  "functions.js": 80,
};
/** Copied third-party files: listed, but not our bundle. */
const VENDOR_DIR = "office-js";

function listJs(dir, base = dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listJs(full, base));
    else if (entry.isFile() && entry.name.endsWith(".js")) out.push(path.relative(base, full).split(path.sep).join("/"));
  }
  return out.sort();
}

const kb = (bytes) => (bytes / 1024).toFixed(1);

function main() {
  const dist = path.resolve(process.argv[2] || path.join(__dirname, "..", "dist"));
  const missing = Object.keys(GOALS_KB_GZIP).filter((f) => !fs.existsSync(path.join(dist, f)));
  if (!fs.existsSync(dist) || missing.length > 0) {
    console.error(`FEHLER: Build-Ausgabe fehlt / ERROR: build output missing in ${dist}: ${missing.join(", ") || "dist/"}`);
    console.error("Zuerst bauen / build first: npx webpack --mode production");
    return 1;
  }

  console.log(`Bundle-Größen / bundle sizes (${path.relative(process.cwd(), dist) || "."}):`);
  console.log(`${"Datei / file".padEnd(40)} ${"roh/raw KB".padStart(11)} ${"gzip KB".padStart(9)}  Ziel / goal`);
  let over = 0;
  for (const file of listJs(dist)) {
    const buf = fs.readFileSync(path.join(dist, file));
    const gz = zlib.gzipSync(buf, { level: 9 }).length;
    const goal = GOALS_KB_GZIP[file];
    let verdict = file.startsWith(`${VENDOR_DIR}/`) ? "(office.js-Kopie für Tests / local copy for tests)" : "";
    if (goal !== undefined) {
      const ok = gz / 1024 <= goal;
      if (!ok) over++;
      verdict = `${ok ? "OK" : "ÜBER ZIEL / OVER GOAL"} (≤ ${goal} KB gzip)`;
    }
    console.log(`${file.padEnd(40)} ${kb(buf.length).padStart(11)} ${kb(gz).padStart(9)}  ${verdict}`);
  }
  if (over > 0) {
    console.log(`WARNUNG / WARNING: ${over} Bundle(s) über dem Ziel / over the goal (kein Abbruch / not failing the build).`);
  } else {
    console.log("Alle Bundles im Ziel / all bundles within their goals.");
  }
  return 0;
}

if (require.main === module) process.exitCode = main();
module.exports = { main, GOALS_KB_GZIP };
