#!/usr/bin/env node
// Launcher of the `budget` command: runs the compiled engine and CLI (built by `npm ci` via "prepare").
const path = require("node:path");
let cli;
try {
  cli = require(path.join(__dirname, "..", "build", "cli", "main.js"));
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND") {
    process.stderr.write("budget: Das Programm ist noch nicht übersetzt. Bitte einmal `npm run build:cli` ausführen.\n");
    process.exit(2);
  }
  throw e;
}
cli.main(process.argv.slice(2));
