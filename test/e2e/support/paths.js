/** Folders of the browser tests (shared by build.js and the jest side). */
"use strict";
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..", "..", "..");
module.exports = {
  ROOT,
  /** Production build with the local office.js reference (test/e2e/build.js). */
  WEB_DIR: path.join(ROOT, "build", "e2e-web"),
  /** Screenshots for review. */
  SHOT_DIR: path.join(ROOT, "test-results", "e2e"),
  /** The in-memory Excel object model (browser script + CommonJS), written for these tests. */
  FAKE_EXCEL: path.join(ROOT, "test", "support", "fake-excel.js"),
  /** Debian's chromium: the real binary, not the /usr/bin/chromium shell wrapper (see browser.ts). */
  CHROMIUM_CANDIDATES: [process.env.BUDGET_CHROMIUM, "/usr/lib/chromium/chromium", "/usr/bin/chromium"].filter(Boolean),
};
