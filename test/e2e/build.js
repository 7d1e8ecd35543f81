#!/usr/bin/env node
/**
 * Production build for the browser tests (npm run test:e2e): the same webpack config as `npm run build`,
 * with BUDGET_LOCAL_OFFICE_JS=1 (the page loads office-js/office.js from its own origin instead of
 * Microsoft's CDN, so the tests can answer it with the fake Office host) and BUDGET_OUT_DIR so that a
 * developer's dist/ is left alone. Output: build/e2e-web (see E2E_OUT_DIR in support/paths.js).
 */
"use strict";
const path = require("node:path");
const webpack = require("webpack");
const { ROOT, WEB_DIR } = require("./support/paths");

process.env.BUDGET_LOCAL_OFFICE_JS = "1";
process.env.BUDGET_OUT_DIR = path.relative(ROOT, WEB_DIR);
const config = require(path.join(ROOT, "webpack.config.js"))({}, { mode: "production" });

const t0 = Date.now();
webpack(config, (err, stats) => {
  if (err) {
    console.error(`E2E-Build fehlgeschlagen / e2e build failed: ${err.stack || err.message}`);
    process.exitCode = 1;
    return;
  }
  if (stats.hasErrors()) {
    console.error(stats.toString({ all: false, errors: true, colors: false }));
    process.exitCode = 1;
    return;
  }
  if (stats.hasWarnings()) console.log(stats.toString({ all: false, warnings: true, colors: false }));
  console.log(`E2E-Build / e2e build: ${path.relative(ROOT, WEB_DIR)} (production, local office.js) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
});
