/**
 * webpack-Konfiguration des Budgetplaners (gemeinsame Laufzeit / shared runtime).
 *
 * - One page: dist/taskpane.html loads office.js plus the chunks `taskpane` and `functions`;
 *   in the shared runtime that page also hosts the custom functions (manifest: Page = FunctionFile = Taskpane.Url).
 * - dist/functions.json is generated from the JSDoc in src/functions/functions.ts.
 * - dist/vorschau.html: the same page without office.js (browser preview, what `npm start` opens first).
 * - office.js comes from Microsoft's CDN. With BUDGET_LOCAL_OFFICE_JS=1 (browser tests) the page
 *   references the local copy dist/office-js/office.js instead (always copied, never minimised).
 * - Hosting (the Office templates' urlDev/urlProd convention): manifest.xml is the development manifest
 *   (https://localhost:3000/). With ADDIN_URL=https://example.org/budget the copy dist/manifest.xml becomes the
 *   production manifest: every URL under ADDIN_URL, the AppDomain its origin, a header naming ADDIN_URL
 *   (scripts/addin-url.js; the build fails on an address that is not https or names localhost, and when
 *   anything still names localhost). Without ADDIN_URL the copy keeps the development URLs.
 * - BUDGET_OUT_DIR=build/e2e-web writes the bundle there instead of dist/ (browser tests build into their own
 *   folder so that a developer's dist/ stays as it is); relative paths are taken from the project folder.
 * - devServer (development mode only): webpack-dev-server on https://localhost:3000 with the Office dev
 *   certificate files (scripts/dev-server.js; `npm start` = scripts/start.js uses the same options).
 *   A production build never looks at certificates, and office-addin-dev-certs is never called.
 */
"use strict";
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { normalizeAddinUrl, productionManifest } = require("./scripts/addin-url");
const { devServerOptions } = require("./scripts/dev-server");

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1.1/hosted/office.js";
const OFFICE_JS_LOCAL = "office-js/office.js";
const OFFICE_JS_DIST = "node_modules/@microsoft/office-js/dist";

module.exports = (env, argv) => {
  const mode = argv.mode === "production" ? "production" : "development";
  const dev = mode === "development";
  const localOfficeJs = process.env.BUDGET_LOCAL_OFFICE_JS === "1";
  // ADDIN_URL="" counts as not set; anything else must be a valid hosting address (German error otherwise)
  const addinUrl = process.env.ADDIN_URL ? normalizeAddinUrl(process.env.ADDIN_URL) : undefined;
  const outDir = path.resolve(__dirname, process.env.BUDGET_OUT_DIR || "dist");

  return {
    mode,
    context: __dirname,
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
    },
    output: {
      path: outDir,
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: path.resolve(__dirname, "tsconfig.json"),
              transpileOnly: true, // types are checked by `npm run typecheck`
              compilerOptions: { noEmit: false, module: "ESNext" },
            },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions"],
        templateParameters: { officeJsSrc: localOfficeJs ? OFFICE_JS_LOCAL : OFFICE_JS_CDN },
      }),
      // The same pane without office.js, for trying it in a plain browser: no request leaves the machine
      // (Microsoft's office.js, opened outside Office, calls its telemetry service).
      new HtmlWebpackPlugin({
        filename: "vorschau.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions"],
        templateParameters: { officeJsSrc: "" },
      }),
      new CopyWebpackPlugin({
        patterns: [
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: addinUrl ? (content) => productionManifest(content.toString(), addinUrl) : undefined,
          },
          { from: "assets", to: "assets", globOptions: { ignore: ["**/.*"] } },
          // local office.js for browser tests; minimized:true keeps Terser away from it
          { from: `${OFFICE_JS_DIST}/office.js`, to: "office-js/[name][ext]", info: { minimized: true } },
          { from: `${OFFICE_JS_DIST}/o15apptofilemappingtable.js`, to: "office-js/[name][ext]", info: { minimized: true } },
        ],
      }),
    ],
    ...(dev ? { devServer: devServerOptions() } : {}),
    // sizes are reported by scripts/report-sizes.js with our own goals
    performance: { hints: false },
    stats: dev ? "minimal" : "normal",
  };
};
