#!/usr/bin/env node
// Takes the pictures of the German guides anew (test/e2e/guide-pictures.e2e.test.ts) and writes them into
// docs/bilder, so the guides show the pane as it is. Same browser and build as `npm run test:e2e`.
"use strict";
const { spawnSync } = require("node:child_process");

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const run = spawnSync(npm, ["run", "-s", "test:e2e", "--", "guide-pictures"], {
  stdio: "inherit",
  env: { ...process.env, BUDGET_BILDER: "docs" },
});
process.exit(run.status ?? 1);
