/**
 * A tiny static file server for the e2e build: 127.0.0.1 only, a free port chosen by the OS,
 * correct content types, no caching, nothing outside the served folder.
 */
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  origin: string;
  port: number;
  /** Paths requested so far (for assertions and debugging). */
  requests: string[];
  close(): Promise<void>;
}

export function contentType(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
}

export async function startServer(root: string): Promise<StaticServer> {
  const base = path.resolve(root);
  if (!fs.existsSync(path.join(base, "taskpane.html"))) {
    throw new Error(`${base}/taskpane.html fehlt – zuerst bauen / build first: node test/e2e/build.js`);
  }
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const send = (status: number, body: string) => {
      res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
      res.end(body);
    };
    if (req.method !== "GET" && req.method !== "HEAD") return send(405, "Method Not Allowed");
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    } catch {
      return send(400, "Bad Request");
    }
    requests.push(pathname);
    if (pathname === "/") pathname = "/taskpane.html";
    const file = path.resolve(base, "." + pathname);
    if (!file.startsWith(base + path.sep)) return send(403, "Forbidden");
    fs.stat(file, (err, st) => {
      if (err || !st.isFile()) return send(404, `not found: ${pathname}`);
      res.writeHead(200, { "Content-Type": contentType(file), "Content-Length": st.size, "Cache-Control": "no-store" });
      if (req.method === "HEAD") return res.end();
      fs.createReadStream(file)
        .on("error", () => res.destroy())
        .pipe(res);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
