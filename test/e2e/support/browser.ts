/**
 * Browser side of the e2e tests: Debian's chromium driven by playwright-core (no browser download),
 * the production build served on loopback, office.js answered by the test (none / the real local copy /
 * the fake Office host over an in-memory workbook), and three guards every test ends with:
 *  - no request may leave the loopback server (recorded and aborted; `assertClean` fails on any);
 *  - no uncaught page error;
 *  - no console error, except ones the test explicitly allows (with a reason).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page, type Route } from "playwright-core";
import { CHROMIUM_CANDIDATES, FAKE_EXCEL, SHOT_DIR, WEB_DIR } from "./paths";
import { startServer, type StaticServer } from "./server";

export const OFFICE_JS_PATH = "/office-js/office.js";

/**
 * What answers the page's office.js request:
 * - "missing": 404 (office.js cannot be loaded at all, e.g. the CDN is unreachable) → preview mode;
 * - "real": the real office.js copied from @microsoft/office-js (outside Office: host null) → preview mode;
 * - "fake": test/support/fake-excel.js wrapped as office.js (an Excel host over an in-memory workbook).
 */
export type OfficeMode = "missing" | "real" | "fake";

export interface AllowedConsoleError {
  /** Why this console error is expected (kept for the failure message). */
  reason: string;
  match(text: string, url: string): boolean;
}

/** A request leaving loopback that a test expects (it is still aborted; it only does not fail the test). */
export interface ExpectedBlocked {
  reason: string;
  match(url: string): boolean;
}

export interface PaneOptions {
  office: OfficeMode;
  expectedBlocked?: ExpectedBlocked[];
  viewport?: { width: number; height: number };
  allowConsoleErrors?: AllowedConsoleError[];
  /** Prepended to the fake office.js: e.g. `globalThis.__fakeExcelOptions = {...};` */
  fakePrelude?: string;
}

export interface Pane {
  page: Page;
  context: BrowserContext;
  server: StaticServer;
  /** Requests that tried to leave loopback (aborted); any entry fails the test. */
  offLoopback: string[];
  /** Requests that tried to leave loopback, were aborted, and matched `expectedBlocked`. */
  blockedExpected: string[];
  pageErrors: string[];
  consoleErrors: string[];
  /** Full-page screenshot to test-results/e2e/<name>.png */
  shot(name: string): Promise<string>;
  /** Throws if any guard recorded something. */
  assertClean(): void;
  close(): Promise<void>;
}

export function chromiumPath(): string {
  // The real binary first: /usr/bin/chromium is a shell wrapper that adds Debian's default flags
  // (--enable-remote-extensions, --load-extension=…, Google API keys); the tests want none of them.
  const found = CHROMIUM_CANDIDATES.find((p) => fs.existsSync(p));
  if (!found) {
    throw new Error(`Chromium nicht gefunden / not found (${CHROMIUM_CANDIDATES.join(", ")}). Zuerst / first: sh scripts/ensure-chromium.sh`);
  }
  return found;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
      "--disable-dev-shm-usage",
      "--disable-domain-reliability",
      "--disable-features=Translate,OptimizationHints,MediaRouter",
      "--lang=de-DE",
    ],
  });
}

let fakeSource: string | undefined;

/** test/support/fake-excel.js as a plain browser script standing in for office.js. */
export function fakeOfficeJs(prelude = ""): string {
  if (!fs.existsSync(FAKE_EXCEL)) {
    throw new Error(`${path.relative(process.cwd(), FAKE_EXCEL)} fehlt / is missing: the fake Office host is needed for the Excel scenarios.`);
  }
  fakeSource ??= fs.readFileSync(FAKE_EXCEL, "utf8");
  // The file is CommonJS and a browser script at once; in the page `module`/`exports` do not exist, so it
  // takes its browser branch and installs Office, Excel and __fakeExcel on globalThis.
  return `/* fake office.js: test/support/fake-excel.js, served by test/e2e */\n${prelude}\n${fakeSource}\n`;
}

export async function openPane(browser: Browser, opts: PaneOptions): Promise<Pane> {
  const server = await startServer(WEB_DIR);
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 360, height: 900 },
    locale: "de-DE",
    timezoneId: "Europe/Berlin",
    serviceWorkers: "block",
    reducedMotion: "reduce",
  });
  const offLoopback: string[] = [];
  const blockedExpected: string[] = [];
  const expected = opts.expectedBlocked ?? [];
  const blockOff = (entry: string, url: string) => {
    if (offLoopback.includes(entry) || blockedExpected.includes(entry)) return;
    (expected.some((e) => e.match(url)) ? blockedExpected : offLoopback).push(entry);
  };
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const allowed = opts.allowConsoleErrors ?? [];
  const fakeJs = opts.office === "fake" ? fakeOfficeJs(opts.fakePrelude) : undefined;

  const isLocal = (url: string) => {
    try {
      return new URL(url).origin === server.origin;
    } catch {
      return false;
    }
  };

  await context.route("**/*", async (route: Route) => {
    const request = route.request();
    const url = request.url();
    if (!isLocal(url)) {
      blockOff(`${request.method()} ${url}`, url);
      return route.abort("blockedbyclient");
    }
    if (new URL(url).pathname === OFFICE_JS_PATH) {
      if (opts.office === "missing") return route.fulfill({ status: 404, contentType: "text/plain", body: "office.js: not served in this test" });
      if (opts.office === "fake") return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: fakeJs });
    }
    return route.continue();
  });
  // Second net: anything the router does not see (websockets; data:/blob: are local by nature).
  context.on("request", (request) => {
    const url = request.url();
    if (/^(data|blob|about|chrome-error):/.test(url)) return;
    if (!isLocal(url)) blockOff(`${request.method()} ${url}`, url);
  });

  const page = await context.newPage();
  page.on("websocket", (ws) => offLoopback.push(`WEBSOCKET ${ws.url()}`));
  page.on("pageerror", (e) => pageErrors.push(e.stack || e.message));
  page.on("console", (msg: ConsoleMessage) => {
    if (msg.type() !== "error") return;
    const text = msg.text();
    const url = msg.location().url ?? "";
    if (allowed.some((a) => a.match(text, url))) return;
    consoleErrors.push(`${text}${url ? ` (${url})` : ""}`);
  });

  fs.mkdirSync(SHOT_DIR, { recursive: true });
  return {
    page,
    context,
    server,
    offLoopback,
    blockedExpected,
    pageErrors,
    consoleErrors,
    async shot(name: string) {
      const file = path.join(SHOT_DIR, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    assertClean() {
      const problems = [
        ...offLoopback.map((r) => `Anfrage außerhalb von loopback / request leaving loopback: ${r}`),
        ...pageErrors.map((e) => `Seitenfehler / page error: ${e}`),
        ...consoleErrors.map((e) => `Konsolenfehler / console error: ${e}`),
      ];
      if (problems.length) throw new Error(problems.join("\n"));
    },
    async close() {
      await context.close().catch(() => undefined);
      await server.close();
    },
  };
}

export function taskpaneUrl(pane: Pane): string {
  return `${pane.server.origin}/taskpane.html`;
}

/**
 * The hooks every browser test file needs: one Chromium per file, and after each test the guards'
 * verdict (requests off loopback, page and console errors) before the pane is closed.
 * Returns `open`, which starts a pane that these hooks then check and close.
 */
export function paneSession(): (opts: PaneOptions) => Promise<Pane> {
  let browser: Browser | undefined;
  let pane: Pane | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const p = pane;
    pane = undefined;
    try {
      p?.assertClean();
    } finally {
      await p?.close();
    }
  });
  return async (opts) => {
    if (!browser) throw new Error("paneSession: open() only inside a test");
    pane = await openPane(browser, opts);
    return pane;
  };
}
