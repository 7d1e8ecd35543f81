/**
 * Der Entwicklungsserver von `npm start` / the development server of `npm start` (webpack-dev-server).
 *
 * - https://localhost:3000 (the address of manifest.xml), on the loopback interface only;
 * - the certificate: the Office development certificate files in ~/.office-addin-dev-certs
 *   (localhost.crt, localhost.key, ca.crt), read directly. office-addin-dev-certs itself is never called
 *   here (its getHttpsServerOptions() throws where the CA cannot be installed, e.g. Linux without sudo).
 *   Without those files (or when they expired) webpack-dev-server makes its own self-signed certificate:
 *   the page is still https, but no browser and no Excel trusts it (see scripts/start.js for the message).
 * - the dev build from memory (dist/ is left as it is, e.g. a production build made with ADDIN_URL);
 *   "/" is vorschau.html, the pane without office.js.
 *
 * Used by webpack.config.js (`devServer`, so `npx webpack serve --mode development` works the usual way)
 * and scripts/start.js (the same options, plus the port check, the banner and the pid file for `npm stop`).
 */
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { X509Certificate } = require("node:crypto");

const PORT = 3000;
const HOST = "localhost";
const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");
const CERT_FILES = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
const ROOT = path.resolve(__dirname, "..");
/** Where `npm start` notes its process id for `npm stop` (node_modules/ is never committed). */
const PID_FILE = path.join(ROOT, "node_modules", ".cache", "budgetplaner", "dev-server.json");

/**
 * The Office development certificate, read from its files.
 * @returns {{ ok: true, dir: string, files: Record<string, string>, validTo: Date } |
 *           { ok: false, dir: string, reason: "missing" | "expired" | "unreadable", detail: string, validTo?: Date }}
 */
function devCertificate(dir = CERT_DIR) {
  const files = Object.fromEntries(Object.entries(CERT_FILES).map(([k, f]) => [k, path.join(dir, f)]));
  const missing = Object.values(files).filter((f) => !fs.existsSync(f));
  if (missing.length) return { ok: false, dir, reason: "missing", detail: missing.map((f) => path.basename(f)).join(", ") };
  let validTo;
  try {
    validTo = new Date(new X509Certificate(fs.readFileSync(files.cert)).validTo);
    fs.accessSync(files.key, fs.constants.R_OK);
  } catch (e) {
    return { ok: false, dir, reason: "unreadable", detail: String((e && e.message) || e) };
  }
  if (!(validTo.getTime() > Date.now())) return { ok: false, dir, reason: "expired", detail: validTo.toISOString().slice(0, 10), validTo };
  return { ok: true, dir, files, validTo };
}

/** webpack-dev-server options for the development build. */
function devServerOptions(cert = devCertificate()) {
  return {
    host: HOST,
    port: PORT,
    // file paths: webpack-dev-server reads them; without them it creates a self-signed certificate
    server: cert.ok ? { type: "https", options: { key: cert.files.key, cert: cert.files.cert, ca: cert.files.ca } } : { type: "https" },
    headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "no-store" },
    static: false, // only the build output, no project folder
    devMiddleware: { index: "vorschau.html", writeToDisk: false },
    hot: false,
    liveReload: true, // the pane reloads after a rebuild (websocket to the same localhost address)
    client: { logging: "warn", overlay: { errors: true, warnings: false, runtimeErrors: false } },
    compress: false,
    open: false,
    bonjour: false,
  };
}

module.exports = { PORT, HOST, CERT_DIR, CERT_FILES, PID_FILE, ROOT, devCertificate, devServerOptions };
