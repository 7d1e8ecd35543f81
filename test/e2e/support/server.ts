/**
 * A tiny static file server for the e2e build: 127.0.0.1 only, a free port chosen by the OS,
 * correct content types, no caching, nothing outside the served folder.
 */
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { staticHandler } from "../../../scripts/static-files";

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  origin: string;
  port: number;
  /** Paths requested so far (for assertions and debugging). */
  requests: string[];
  close(): Promise<void>;
}

export async function startServer(root: string): Promise<StaticServer> {
  const base = path.resolve(root);
  if (!fs.existsSync(path.join(base, "taskpane.html"))) {
    throw new Error(`${base}/taskpane.html fehlt – zuerst bauen / build first: node test/e2e/build.js`);
  }
  const requests: string[] = [];
  const server = http.createServer(staticHandler(base, { index: "taskpane.html", onRequest: (p) => requests.push(p) }));
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
