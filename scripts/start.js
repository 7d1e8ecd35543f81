#!/usr/bin/env node
/**
 * npm start: Entwicklungsserver / development server (webpack-dev-server, scripts/dev-server.js).
 *
 *  1. refuses to start, with a German message and exit code 1, when port 3000 is taken (or `npm start`
 *     already runs);
 *  2. builds the add-in in development mode and serves it from memory on https://localhost:3000 with the
 *     Office development certificate files (~/.office-addin-dev-certs) – without them on a self-signed
 *     certificate of webpack-dev-server, which Excel does not trust (the banner says so and how to fix it);
 *     rebuilds on save, the pane reloads;
 *  3. prints the preview address first, then how to sideload manifest.xml (the same steps as README.md);
 *  4. notes its process id for `npm stop` (scripts/stop.js).
 *
 * No network access other than localhost: office-addin-dev-certs and office-addin-debugging are not called.
 * Ctrl+C or `npm stop` ends it.
 */
"use strict";
const fs = require("node:fs");
const net = require("node:net");
const path = require("node:path");
const { PORT, HOST, CERT_FILES, PID_FILE, ROOT, devCertificate } = require("./dev-server");

const log = (...a) => console.log(...a);
const fail = (lines) => {
  console.error(lines.join("\n"));
  process.exit(1);
};

// ---------------------------------------------------------------------------
// Before building: is the port free, does `npm start` already run?
// ---------------------------------------------------------------------------

function readPidFile() {
  try {
    const info = JSON.parse(fs.readFileSync(PID_FILE, "utf8"));
    return Number.isInteger(info.pid) ? info : null;
  } catch {
    return null;
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}

/** Resolves "free", "taken" or "unavailable" (no such loopback address, e.g. no IPv6). */
function probe(host) {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once("error", (e) => resolve(e.code === "EADDRINUSE" || e.code === "EACCES" ? "taken" : "unavailable"));
    s.listen({ port: PORT, host, exclusive: true }, () => s.close(() => resolve("free")));
  });
}

function portTakenMessage() {
  const running = readPidFile();
  const lines = [
    `✘ Port ${PORT} ist belegt – der Budgetplaner kann nicht starten.`,
    `  Das Add-in muss unter https://localhost:${PORT} laufen (so steht es in manifest.xml); ein anderes Programm`,
    "  verwendet diesen Port schon.",
  ];
  if (running && alive(running.pid)) {
    lines.push(`  Es läuft bereits \`npm start\` (Prozess ${running.pid}, seit ${running.started}). Beenden mit: npm stop`);
  } else {
    lines.push(
      "  Welches Programm es ist, zeigt z. B. `lsof -i :3000` (Linux/macOS) oder `netstat -ano | findstr :3000` (Windows).",
      "  Dieses Programm beenden und `npm start` erneut ausführen.",
    );
  }
  lines.push(`  (Port ${PORT} is in use.)`);
  return lines;
}

// ---------------------------------------------------------------------------
// Banner
// ---------------------------------------------------------------------------

function certificateLines(cert) {
  const install = [
    "  Abhilfe auf Ihrem eigenen Rechner: `npx office-addin-dev-certs install` erzeugt das Zertifikat (30 Tage",
    "  gültig, danach erneut ausführen) und trägt seine Zertifizierungsstelle (CA) als vertrauenswürdig ein",
    "  (Windows fragt nach, macOS nach dem Kennwort; Linux braucht sudo, und Browser unter Linux brauchen ca.crt",
    "  zusätzlich in ihrer eigenen Zertifikatsverwaltung). Danach `npm stop` und `npm start`.",
  ];
  if (cert.ok) {
    return [
      ` HTTPS mit dem Office-Entwicklerzertifikat aus ${cert.dir}, gültig bis ${cert.validTo.toISOString().slice(0, 10)}.`,
      "  Excel und der Browser vertrauen der Seite nur, wenn die Zertifizierungsstelle dazu installiert ist",
      `  (${path.join(cert.dir, CERT_FILES.ca)}). Meldet der Browser ein unsicheres Zertifikat oder bleibt der`,
      "  Aufgabenbereich in Excel leer, fehlt sie.",
      ...install,
    ];
  }
  const why =
    cert.reason === "expired"
      ? `Das Office-Entwicklerzertifikat in ${cert.dir} ist am ${cert.detail} abgelaufen.`
      : cert.reason === "missing"
        ? `Kein Office-Entwicklerzertifikat gefunden (in ${cert.dir} fehlt ${cert.detail}).`
        : `Das Office-Entwicklerzertifikat in ${cert.dir} ist nicht lesbar (${cert.detail}).`;
  return [
    ` ⚠ ${why}`,
    "  Der Server verwendet deshalb ein selbst signiertes Zertifikat von webpack-dev-server. Dem vertraut",
    "  Excel nicht: das Add-in lässt sich so nicht in Excel laden. Der Browser warnt; nach „Trotzdem fortfahren“",
    "  zeigt er die Vorschau.",
    ...install,
    "  (No trusted certificate: Excel will not load the add-in. Fix: npx office-addin-dev-certs install.)",
  ];
}

function banner(cert) {
  const origin = `https://localhost:${PORT}`;
  const manifest = path.join(ROOT, "manifest.xml");
  return [
    "",
    "==================================================================================",
    ` Vorschau im Browser: ${origin}/`,
    "==================================================================================",
    "  Der Aufgabenbereich ohne Excel, mit einem Beispielfall (vorschau.html, lädt kein office.js:",
    "  keine Anfrage verlässt den Rechner). / The task pane without Excel, on a sample case.",
    "",
    ...certificateLines(cert),
    "",
    ` In Excel laden (Sideloading) – Manifest: ${manifest}`,
    " • Excel im Web: Arbeitsmappe öffnen → Start → Add-Ins → Weitere Add-Ins → Meine Add-Ins →",
    "   Mein Add-In hochladen → manifest.xml wählen. Der Browser muss dem Zertifikat von",
    `   ${origin} vertrauen (Adresse einmal öffnen und bestätigen, oder ca.crt installieren).`,
    " • Excel für Windows / Mac: in einem zweiten Terminal `npx office-addin-debugging start manifest.xml desktop`",
    "   (trägt das Manifest ein und öffnet Excel; `npx office-addin-debugging stop manifest.xml` trägt es aus),",
    "   oder manifest.xml in einen freigegebenen Ordner legen, diesen unter Windows als Katalog eintragen",
    "   (Datei → Optionen → Trust Center → Einstellungen für das Trust Center → Kataloge vertrauenswürdiger",
    "   Add-Ins) und das Add-In unter Start → Add-Ins → Weitere Add-Ins → Freigegebener Ordner hinzufügen.",
    " Danach: Start → „Budgetplaner öffnen“; Formeln wie",
    '   =BUDGET.ARBEITGEBERKOSTEN(603;"minijob-privat";DATUM(2026;3;1)) rechnen in Zellen.',
    "",
    " Änderungen im Quelltext werden neu gebaut, der Aufgabenbereich lädt neu.",
    " Beenden: Strg+C oder `npm stop` (in einem anderen Terminal).",
    "",
  ].join("\n");
}

// ---------------------------------------------------------------------------

async function main() {
  const earlier = readPidFile();
  if (earlier && earlier.pid !== process.pid && alive(earlier.pid) && isOurs(earlier.pid)) {
    fail([
      `✘ \`npm start\` läuft bereits (Prozess ${earlier.pid}, seit ${earlier.started}) auf https://localhost:${PORT}.`,
      "  Beenden mit: npm stop   (npm start is already running.)",
    ]);
  }
  const states = await Promise.all([probe("127.0.0.1"), probe("::1")]);
  if (states.includes("taken")) fail(portTakenMessage());
  if (!states.includes("free")) fail([`✘ Auf localhost kann kein Server starten (weder 127.0.0.1 noch ::1 verfügbar). / no loopback address`]);

  if (process.env.ADDIN_URL) {
    log(`Hinweis: ADDIN_URL (${process.env.ADDIN_URL}) gilt nur für \`npm run build\`; npm start verwendet https://localhost:${PORT}.`);
    delete process.env.ADDIN_URL;
  }

  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const config = require(path.join(ROOT, "webpack.config.js"))({}, { mode: "development" });
  const cert = devCertificate();
  config.infrastructureLogging = { level: "warn" }; // our banner instead of webpack-dev-server's
  config.stats = "errors-warnings";
  const options = { ...config.devServer, setupExitSignals: false };
  delete config.devServer;

  const compiler = webpack(config);
  const server = new WebpackDevServer(options, compiler);

  let first = true;
  compiler.hooks.done.tap("budgetplaner-start", (stats) => {
    const ms = stats.endTime - stats.startTime;
    if (stats.hasErrors()) log(`✘ Build mit Fehlern (siehe oben) – nach dem Speichern wird neu gebaut. / build failed`);
    else log(first ? `Build fertig (${ms} ms).` : `Neu gebaut (${ms} ms) – der Aufgabenbereich lädt neu.`);
    if (first) log(banner(cert));
    first = false;
  });

  let stopping = false;
  const stop = (code = 0) => {
    if (stopping) return;
    stopping = true;
    log("\nBeende den Server …");
    removePidFile();
    const done = () => process.exit(code);
    setTimeout(done, 3000).unref();
    server
      .stop()
      .catch(() => {})
      .then(() => compiler.close(done));
  };
  process.on("SIGINT", () => stop(0));
  process.on("SIGTERM", () => stop(0));
  process.on("SIGHUP", () => stop(0));
  // webpack-dev-server throws a listen error asynchronously (e.g. the port was taken in between)
  process.on("uncaughtException", (e) => {
    if (e && (e.code === "EADDRINUSE" || e.code === "EACCES")) console.error(portTakenMessage().join("\n"));
    else console.error(`✘ Unerwarteter Fehler / unexpected error: ${(e && e.stack) || e}`);
    stopping = true;
    removePidFile();
    process.exit(1);
  });

  log(`Baue im Entwicklungsmodus und starte https://localhost:${PORT} …`);
  try {
    await server.start();
  } catch (e) {
    removePidFile();
    if (e && (e.code === "EADDRINUSE" || e.code === "EACCES")) fail(portTakenMessage());
    fail([`✘ Der Server konnte nicht starten: ${(e && e.message) || e}`]);
  }
  writePidFile();
}

function isOurs(pid) {
  // Linux: the process must really be this script (a pid may have been reused); elsewhere trust the file
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("start.js");
  } catch {
    return process.platform !== "linux";
  }
}

function writePidFile() {
  try {
    fs.mkdirSync(path.dirname(PID_FILE), { recursive: true });
    fs.writeFileSync(PID_FILE, JSON.stringify({ pid: process.pid, port: PORT, host: HOST, started: new Date().toISOString() }) + "\n");
  } catch (e) {
    log(`Hinweis: ${PID_FILE} nicht schreibbar (${e.message}) – \`npm stop\` findet den Server dann nicht; Strg+C beendet ihn.`);
  }
}

function removePidFile() {
  const info = readPidFile();
  if (info && info.pid === process.pid) fs.rmSync(PID_FILE, { force: true });
}

module.exports = { banner, certificateLines, portTakenMessage };

if (require.main === module) {
  main().catch((e) => {
    removePidFile();
    console.error(`✘ Unerwarteter Fehler / unexpected error: ${(e && e.stack) || e}`);
    process.exit(1);
  });
}
