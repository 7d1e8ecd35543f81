#!/usr/bin/env node
/**
 * npm stop: beendet den Entwicklungsserver von `npm start` / stops the development server of `npm start`.
 * Reads the process id that scripts/start.js noted (node_modules/.cache/budgetplaner/dev-server.json), checks
 * that the process is still that server, asks it to stop (SIGTERM) and waits until it has ended.
 * Exit code 0 when it stopped or nothing was running, 1 when it could not be stopped.
 */
"use strict";
const fs = require("node:fs");
const { PID_FILE, PORT } = require("./dev-server");

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}

/** Linux: the pid must still belong to scripts/start.js (pids are reused); elsewhere the file is trusted. */
function isDevServer(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("start.js");
  } catch {
    return process.platform !== "linux";
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function main() {
  let info = null;
  try {
    info = JSON.parse(fs.readFileSync(PID_FILE, "utf8"));
  } catch {
    /* no file: nothing started by npm start */
  }
  if (!info || !Number.isInteger(info.pid) || !alive(info.pid) || !isDevServer(info.pid)) {
    fs.rmSync(PID_FILE, { force: true });
    console.log(`Kein laufender Budgetplaner-Server gefunden (npm start). / no dev server running.`);
    console.log(`  Belegt ein anderes Programm Port ${PORT}, zeigt es z. B. \`lsof -i :${PORT}\` (Linux/macOS).`);
    return 0;
  }
  console.log(`Beende den Budgetplaner-Server (Prozess ${info.pid}) …`);
  try {
    process.kill(info.pid, "SIGTERM");
  } catch (e) {
    console.error(`✘ Der Prozess ${info.pid} lässt sich nicht beenden: ${e.message}`);
    return 1;
  }
  for (let i = 0; i < 50 && alive(info.pid); i++) await sleep(100);
  if (alive(info.pid)) {
    console.error(`✘ Der Prozess ${info.pid} läuft nach 5 s noch. Mit Strg+C im Terminal von npm start beenden. / still running`);
    return 1;
  }
  fs.rmSync(PID_FILE, { force: true });
  console.log("Server beendet. / stopped.");
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e) => {
    console.error(`✘ Unerwarteter Fehler / unexpected error: ${(e && e.stack) || e}`);
    process.exitCode = 1;
  },
);
