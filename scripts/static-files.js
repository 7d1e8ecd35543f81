/**
 * The static file handler of `npm start` (dist/) and of the browser tests (build/e2e-web): GET/HEAD only,
 * content types, no caching, nothing outside the served folder.
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

function contentType(file) {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] || "application/octet-stream";
}

/**
 * A request handler serving `root`. Options: `index` (the page for "/"), `headers` (added to every file
 * response), `onRequest(pathname)` (called with each decoded path, before "/" becomes the index page).
 */
function staticHandler(root, { index, headers = {}, onRequest } = {}) {
  const base = path.resolve(root);
  return (req, res) => {
    const send = (status, body) => {
      res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
      res.end(body);
    };
    if (req.method !== "GET" && req.method !== "HEAD") return send(405, "Method Not Allowed");
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url || "/", "http://localhost").pathname);
    } catch {
      return send(400, "Bad Request");
    }
    if (pathname.includes("\0")) return send(400, "Bad Request"); // fs would throw on a NUL byte (GET /%00)
    if (onRequest) onRequest(pathname);
    if (pathname === "/" && index) pathname = `/${index}`;
    const file = path.resolve(base, "." + pathname);
    if (!file.startsWith(base + path.sep)) return send(403, "Forbidden");
    fs.stat(file, (err, st) => {
      if (err || !st.isFile()) return send(404, `Nicht gefunden / not found: ${pathname}`);
      res.writeHead(200, { "Content-Type": contentType(file), "Content-Length": st.size, "Cache-Control": "no-store", ...headers });
      if (req.method === "HEAD") return res.end();
      fs.createReadStream(file)
        .on("error", () => res.destroy())
        .pipe(res);
    });
  };
}

module.exports = { staticHandler, contentType };
