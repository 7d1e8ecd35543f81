#!/usr/bin/env node
/**
 * npm start: Entwicklungs-Build + lokaler Server / development build + local server.
 *
 *  1. builds dist/ with webpack in development mode and keeps watching src/ (rebuild on save);
 *  2. serves dist/ on https://localhost:3000 (localhost only) with the Office dev certificates from
 *     ~/.office-addin-dev-certs (created on demand; trusting the CA may fail without admin rights,
 *     which is fine) — or, if no certificate can be made, on http://localhost:3000 with a warning;
 *  3. prints how to sideload manifest.xml into Excel.
 *
 * Options: --no-build  serve the existing dist/ without building/watching
 *          --http      skip certificates and serve plain http (browser preview only)
 * Ctrl+C stops the server. Never needs Excel; never crashes for a missing/untrusted certificate.
 */
"use strict";
const fs = require("node:fs");
const http = require("node:http");
const https = require("node:https");
const os = require("node:os");
const path = require("node:path");
const { X509Certificate } = require("node:crypto");
const { spawnSync } = require("node:child_process");
const { staticHandler } = require("./static-files");

const PORT = 3000;
const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");
const CERT_FILES = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };

const args = new Set(process.argv.slice(2));
const log = (...a) => console.log(...a);


// ---------------------------------------------------------------------------
// Certificates
// ---------------------------------------------------------------------------

function readCertFiles() {
  try {
    const files = Object.fromEntries(Object.entries(CERT_FILES).map(([k, f]) => [k, fs.readFileSync(path.join(CERT_DIR, f))]));
    const validTo = new Date(new X509Certificate(files.cert).validTo);
    if (!(validTo.getTime() > Date.now() + 60 * 60 * 1000)) return { expired: true };
    return { options: files, validTo };
  } catch {
    return null;
  }
}

async function getHttpsOptions() {
  let found = readCertFiles();
  if (found && found.options) return found;
  log("Erzeuge Entwicklerzertifikate / generating developer certificates (office-addin-dev-certs) …");
  if (found && found.expired) {
    try {
      for (const f of Object.values(CERT_FILES)) fs.rmSync(path.join(CERT_DIR, f), { force: true });
    } catch {
      /* the tool below reports what is wrong */
    }
  }
  // Windows/macOS: generate and trust the CA (may ask for confirmation); Linux: only write the files
  // (trusting the CA needs sudo). Run in a child process with a time limit so that a failing or
  // hanging certificate tool can never take the dev server down.
  const trust = process.platform === "win32" || process.platform === "darwin";
  const script = `require("office-addin-dev-certs").${trust ? "ensureCertificatesAreInstalled" : "generateCertificates"}()
    .catch((e) => { console.log("Hinweis / note: " + String((e && e.message) || e).split("\\n")[0]); process.exitCode = 2; });`;
  const result = spawnSync(process.execPath, ["-e", script], {
    cwd: ROOT,
    stdio: [trust ? "inherit" : "ignore", "inherit", "inherit"],
    timeout: trust ? 120000 : 20000,
    killSignal: "SIGKILL",
  });
  if (result.error) log(`Hinweis / note: Zertifikatserzeugung abgebrochen / certificate generation aborted: ${result.error.message}`);
  found = readCertFiles();
  return found && found.options ? found : null;
}

// ---------------------------------------------------------------------------
// Static file server (dist/, localhost only)
// ---------------------------------------------------------------------------

const handler = staticHandler(DIST, { index: "vorschau.html", headers: { "Access-Control-Allow-Origin": "*" } });

/** Listens on 127.0.0.1 (required) and ::1 (if available). Resolves with the servers. */
async function listen(httpsOptions) {
  const make = () => (httpsOptions ? https.createServer(httpsOptions, handler) : http.createServer(handler));
  const listenOn = (host) =>
    new Promise((resolve, reject) => {
      const server = make();
      server.once("error", reject);
      server.listen(PORT, host, () => {
        server.removeListener("error", reject);
        server.on("error", (e) => log(`Serverfehler / server error: ${e.message}`));
        server.on("clientError", (_e, socket) => socket.destroy()); // e.g. untrusted certificate handshakes
        resolve(server);
      });
    });
  const servers = [await listenOn("127.0.0.1")];
  try {
    servers.push(await listenOn("::1"));
  } catch {
    /* no IPv6 loopback: 127.0.0.1 is enough */
  }
  return servers;
}

// ---------------------------------------------------------------------------
// webpack (development, watch)
// ---------------------------------------------------------------------------

function startWatching() {
  return new Promise((resolve) => {
    let webpack;
    let config;
    try {
      webpack = require("webpack");
      config = require(path.join(ROOT, "webpack.config.js"))({}, { mode: "development" });
    } catch (e) {
      log(`webpack nicht verfügbar / not available: ${e.message}`);
      return resolve(null);
    }
    let first = true;
    let compiler;
    try {
      compiler = webpack(config);
    } catch (e) {
      log(`webpack-Konfiguration fehlerhaft / invalid webpack config: ${e.message}`);
      return resolve(null);
    }
    log("Baue im Entwicklungsmodus / building in development mode (webpack --watch) …");
    const watching = compiler.watch({ aggregateTimeout: 300, ignored: ["**/node_modules/**", "**/dist/**"] }, (err, stats) => {
      if (err) log(`Build-Fehler / build error: ${err.message}`);
      else if (stats.hasErrors()) log(stats.toString({ all: false, errors: true, colors: true }));
      else log(`Build fertig / build done (${stats.endTime - stats.startTime} ms)${first ? "" : " – Seite neu laden / reload the task pane"}`);
      if (first) {
        first = false;
        resolve(watching);
      }
    });
  });
}

// ---------------------------------------------------------------------------

function printInstructions(origin, secure, certInfo) {
  const manifest = path.join(ROOT, "manifest.xml");
  const lines = [
    "",
    "==================================================================================",
    ` Budgetplaner läuft / is running: ${origin}/taskpane.html`,
    "==================================================================================",
  ];
  if (secure) {
    lines.push(
      ` HTTPS mit Entwicklerzertifikat / with developer certificate: ${CERT_DIR}`,
      `   gültig bis / valid until ${certInfo.validTo.toISOString().slice(0, 10)}. Wenn Excel oder der Browser dem Zertifikat`,
      "   nicht vertraut (z. B. Linux ohne sudo): `npx office-addin-dev-certs install` (Windows/macOS) oder",
      `   ${path.join(CERT_DIR, CERT_FILES.ca)} als vertrauenswürdige Zertifizierungsstelle importieren.`,
      "   If Excel/the browser does not trust it: run `npx office-addin-dev-certs install` (Windows/macOS)",
      "   or import ca.crt as a trusted certificate authority.",
    );
  } else {
    lines.push(
      " ⚠ KEIN HTTPS: Es konnte kein Entwicklerzertifikat erstellt werden. Excel lädt Add-ins nur über",
      "   https – diese Adresse taugt nur für die Vorschau im Browser. Abhilfe: `npx office-addin-dev-certs install`,",
      "   dann `npm start` erneut ausführen.",
      " ⚠ NO HTTPS: no developer certificate could be created. Excel loads add-ins over https only – this",
      "   address is good for the browser preview only. Fix: run `npx office-addin-dev-certs install`, then `npm start` again.",
    );
  }
  lines.push(
    "",
    " Add-in in Excel laden (Sideloading) / sideload into Excel – manifest:",
    `   ${manifest}`,
    "",
    " • Excel im Web / Excel on the web:",
    "     Einfügen → Add-ins → Meine Add-ins verwalten → Mein Add-In hochladen → manifest.xml",
    "     (Insert → Add-ins → Manage My Add-ins → Upload My Add-in → manifest.xml)",
    " • Excel Desktop (Windows/macOS):",
    "     npx office-addin-debugging start manifest.xml desktop",
    "     oder / or: Ordner mit manifest.xml als freigegebenen Ordner-Katalog eintragen",
    "     (Datei → Optionen → Trust Center → Kataloge vertrauenswürdiger Add-Ins; macOS: manifest.xml nach",
    "     ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef kopieren) / shared folder catalog.",
    "     Danach / then: Start → „Budgetplaner öffnen“. Funktionen / functions: =BUDGET.…",
    "",
    ` Vorschau im Browser / browser preview: ${origin}/ (vorschau.html)`,
    "   zeigt den Aufgabenbereich ohne Excel mit einem Beispielfall; diese Seite lädt kein office.js, es",
    "   verlässt also keine Anfrage den Rechner. / shows the task pane without Excel on a sample case;",
    "   this page loads no office.js, so no request leaves the machine.",
    "",
    " Beenden / stop: Strg+C / Ctrl+C",
    "",
  );
  log(lines.join("\n"));
}

async function main() {
  let watching = null;
  let servers = [];
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    log("\nBeende / stopping …");
    for (const s of servers) {
      s.close();
      if (typeof s.closeAllConnections === "function") s.closeAllConnections();
    }
    const done = () => process.exit(0);
    setTimeout(done, 2000).unref();
    if (watching) watching.close(done);
    else done();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);

  if (args.has("--no-build")) {
    log("Verwende vorhandenes dist/ / reusing existing dist/ (--no-build)");
  } else {
    watching = await startWatching();
  }
  if (stopping) return;
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) {
    log("⚠ dist/taskpane.html fehlt / is missing – Build prüfen / check the build (npx webpack --mode development).");
  }

  const certInfo = args.has("--http") ? null : await getHttpsOptions();
  if (stopping) return;
  try {
    servers = await listen(certInfo ? certInfo.options : null);
  } catch (e) {
    if (e && e.code === "EADDRINUSE") {
      console.error(`✘ Port ${PORT} ist belegt / is in use. Läuft schon ein anderer Server? / Another server running? (lsof -i :${PORT})`);
    } else {
      console.error(`✘ Server konnte nicht starten / could not start: ${e && e.message}`);
    }
    process.exitCode = 1;
    if (watching) watching.close(() => process.exit(1));
    return;
  }
  const origin = `${certInfo ? "https" : "http"}://localhost:${PORT}`;
  printInstructions(origin, Boolean(certInfo), certInfo);
}

main().catch((e) => {
  console.error(`✘ Unerwarteter Fehler / unexpected error: ${(e && e.stack) || e}`);
  process.exitCode = 1;
});
