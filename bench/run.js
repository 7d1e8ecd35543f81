#!/usr/bin/env node
// `npm run bench`: runs every bench/*.bench.js one after another, each in its own process (one core each).
const { readdirSync } = require("node:fs");
const { spawnSync } = require("node:child_process");
const path = require("node:path");

const only = process.argv[2];
const files = readdirSync(__dirname)
  .filter((f) => f.endsWith(".bench.js") && (!only || f.includes(only)))
  .sort();
let failed = 0;
for (const f of files) {
  process.stdout.write(`\n=== ${f} ===\n`);
  const r = spawnSync(process.execPath, ["--expose-gc", path.join(__dirname, f)], { stdio: "inherit" });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
