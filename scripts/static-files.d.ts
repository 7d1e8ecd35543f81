// Types for scripts/static-files.js (CommonJS), used by the browser tests' server.
import type { IncomingMessage, ServerResponse } from "node:http";

export interface StaticOptions {
  /** Page served for "/". */
  index?: string;
  /** Extra headers of every file response. */
  headers?: Record<string, string>;
  /** Called with each decoded request path. */
  onRequest?(pathname: string): void;
}
export function staticHandler(root: string, options?: StaticOptions): (req: IncomingMessage, res: ServerResponse) => void;
export function contentType(file: string): string;
