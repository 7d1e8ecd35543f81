import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addinUrlOf, normalizeAddinUrl, productionManifest } from "../../scripts/addin-url";
import { checkManifest, type ManifestReport } from "../../scripts/check-manifest";

const root = join(__dirname, "..", "..");
const devManifest = readFileSync(join(root, "manifest.xml"), "utf8");
const HOST = "https://example.org/budget";
const BASE = "https://example.org/budget/";
const prod = productionManifest(devManifest, HOST);

function failedChecks(report: ManifestReport): string[] {
  return report.results.filter((r) => !r.ok).map((r) => r.en);
}

/** Every URL the manifest names (attribute values and element texts), namespace declarations excepted. */
function urlsOf(xml: string): string[] {
  const body = xml.replace(/<!--[\s\S]*?-->/g, "");
  const attrs = [...body.matchAll(/\s([\w:]+)="(https?:\/\/[^"]*)"/g)].filter((m) => !m[1].startsWith("xmlns")).map((m) => m[2]);
  const texts = [...body.matchAll(/>\s*(https?:\/\/[^<\s]*)\s*</g)].map((m) => m[1]);
  return [...attrs, ...texts];
}

function mutate(xml: string, from: string | RegExp, to: string): string {
  const changed = xml.replace(from, to);
  expect(changed).not.toBe(xml); // the mutation must hit the manifest
  return changed;
}

describe("ADDIN_URL", () => {
  it("is normalized to a folder address ending in /", () => {
    expect(normalizeAddinUrl("https://example.org/budget")).toBe(BASE);
    expect(normalizeAddinUrl(" https://example.org/budget/ ")).toBe(BASE);
    expect(normalizeAddinUrl("https://Intranet.Example.org")).toBe("https://intranet.example.org/");
    expect(normalizeAddinUrl("https://example.org:8443/a/b")).toBe("https://example.org:8443/a/b/");
  });

  it.each([
    ["", /leer/],
    ["http://example.org/budget", /https/],
    ["https://localhost:3000/", /localhost/],
    ["https://127.0.0.1/budget", /localhost/],
    ["https://[::1]/budget", /localhost/],
    ["https://example.org/budget?x=1", /\?/],
    ["https://user:pw@example.org/", /Benutzernamen/],
    ['https://example.org/a"b', /Zeichen/],
    ["example.org/budget", /keine gültige Adresse/],
  ])("rejects %j with a German message", (raw, message) => {
    expect(() => normalizeAddinUrl(raw)).toThrow(message);
  });
});

describe("production manifest (ADDIN_URL=https://example.org/budget)", () => {
  it("points every URL to the host: SourceLocation, icons, SupportUrl, AppDomains, all bt:Url, functions", () => {
    const urls = urlsOf(prod);
    expect(urls.length).toBeGreaterThanOrEqual(12);
    const appDomains = [...prod.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1]);
    expect(appDomains).toEqual(["https://example.org"]);
    for (const u of urls.filter((x) => !appDomains.includes(x))) expect(u.startsWith(BASE)).toBe(true);
    for (const name of ["SourceLocation", "IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
      expect(prod).toMatch(new RegExp(`<${name} DefaultValue="${BASE}[^"]+"`));
    }
    for (const id of ["Functions.Script.Url", "Functions.Metadata.Url", "Taskpane.Url", "GetStarted.LearnMoreUrl"]) {
      expect(prod).toMatch(new RegExp(`<bt:Url id="${id.replace(/\./g, "\\.")}" DefaultValue="${BASE}[^"]+"`));
    }
    expect(prod).toContain(`DefaultValue="${BASE}functions.js"`);
    expect(prod).toContain(`DefaultValue="${BASE}functions.json"`);
    expect(prod).toContain(`DefaultValue="${BASE}taskpane.html"`);
  });

  it("names localhost nowhere, not even in a comment, and says which ADDIN_URL it was built for", () => {
    expect(prod).not.toMatch(/localhost|127\.0\.0\.1/i);
    expect(addinUrlOf(prod)).toBe(BASE);
    expect(addinUrlOf(devManifest)).toBeUndefined();
  });

  it("passes the offline check as a production manifest (the header's ADDIN_URL or an explicit one)", () => {
    const report = checkManifest(prod, { baseDir: root });
    expect(failedChecks(report)).toEqual([]);
    expect(report.results.map((r) => r.en)).toEqual(expect.arrayContaining([`all URLs under ${BASE}`, "names localhost nowhere"]));
    expect(failedChecks(checkManifest(prod, { baseDir: root, addinUrl: HOST }))).toEqual([]);
  });

  it("is what the webpack config copies to dist/manifest.xml when ADDIN_URL is set, and only then", () => {
    const saved = process.env.ADDIN_URL;
    type Pattern = { from: string; transform?: (c: Buffer) => string };
    const manifestPattern = (): Pattern | undefined => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const config = require("../../webpack.config.js")({}, { mode: "production" });
      const copy = config.plugins.find((p: { patterns?: Pattern[] }) => Array.isArray(p.patterns));
      return copy.patterns.find((p: Pattern) => p.from === "manifest.xml");
    };
    try {
      process.env.ADDIN_URL = HOST;
      const withUrl = manifestPattern();
      expect(withUrl?.transform?.(Buffer.from(devManifest))).toBe(prod);
      delete process.env.ADDIN_URL;
      expect(manifestPattern()?.transform).toBeUndefined(); // the development manifest, as before
      process.env.ADDIN_URL = "http://example.org/budget";
      expect(() => manifestPattern()).toThrow(/ADDIN_URL .*https/);
    } finally {
      if (saved === undefined) delete process.env.ADDIN_URL;
      else process.env.ADDIN_URL = saved;
    }
  });

  it("declares the ExcelApi requirement set the pane needs (1.13: merged areas) besides the custom-functions runtime", () => {
    for (const xml of [devManifest, prod]) {
      expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1\.13"\/>/);
      expect(xml).toMatch(/<Set Name="CustomFunctionsRuntime" MinVersion="1\.2"\/>/);
    }
    const old = checkManifest(mutate(devManifest, 'Name="ExcelApi" MinVersion="1.13"', 'Name="ExcelApi" MinVersion="1.12"'), { baseDir: root });
    expect(failedChecks(old)).toEqual(["requirement set ExcelApi ≥ 1.13"]);
  });
});

describe("the check rejects a bad production manifest", () => {
  it("one URL still on localhost", () => {
    const bad = mutate(prod, `DefaultValue="${BASE}functions.js"`, 'DefaultValue="https://localhost:3000/functions.js"');
    const failed = failedChecks(checkManifest(bad, { baseDir: root }));
    expect(failed).toEqual(expect.arrayContaining([`all URLs under ${BASE}`, "names localhost nowhere", "all URLs share one origin"]));
  });

  it("localhost only in a comment", () => {
    const bad = mutate(prod, "<Hosts>", "<!-- alt: https://localhost:3000/ --><Hosts>");
    expect(failedChecks(checkManifest(bad, { baseDir: root }))).toEqual(["names localhost nowhere"]);
  });

  it("an http URL under the host", () => {
    const bad = mutate(prod, `DefaultValue="${BASE}taskpane.html"/>\n  </DefaultSettings>`, 'DefaultValue="http://example.org/budget/taskpane.html"/>\n  </DefaultSettings>');
    const failed = failedChecks(checkManifest(bad, { baseDir: root }));
    expect(failed).toEqual(expect.arrayContaining([expect.stringMatching(/https/), `all URLs under ${BASE}`]));
  });

  it("a URL on the right host but outside ADDIN_URL, or on another host", () => {
    const outside = mutate(prod, `DefaultValue="${BASE}functions.json"`, 'DefaultValue="https://example.org/other/functions.json"');
    expect(failedChecks(checkManifest(outside, { baseDir: root }))).toEqual([`all URLs under ${BASE}`]);
    const other = mutate(prod, `<SupportUrl DefaultValue="${BASE}taskpane.html"/>`, '<SupportUrl DefaultValue="https://evil.example/taskpane.html"/>');
    expect(failedChecks(checkManifest(other, { baseDir: root }))).toEqual(["all URLs share one origin", `all URLs under ${BASE}`]);
  });

  it("an AppDomain other than the host's origin", () => {
    const bad = mutate(prod, "<AppDomain>https://example.org</AppDomain>", "<AppDomain>https://evil.example</AppDomain>");
    expect(failedChecks(checkManifest(bad, { baseDir: root }))).toEqual(["AppDomains only https://example.org"]);
  });

  it("a manifest built for another ADDIN_URL than the one asked for, and the development manifest as production", () => {
    expect(failedChecks(checkManifest(prod, { baseDir: root, addinUrl: "https://example.com/budget" }))).toEqual(
      expect.arrayContaining(["header comment names the same ADDIN_URL", "all URLs under https://example.com/budget/"]),
    );
    const dev = failedChecks(checkManifest(devManifest, { baseDir: root, addinUrl: HOST }));
    expect(dev).toEqual(expect.arrayContaining(["header comment names the same ADDIN_URL", `all URLs under ${BASE}`, "AppDomains only https://example.org", "names localhost nowhere"]));
  });

  it("an invalid ADDIN_URL is a failed check, not an exception", () => {
    expect(failedChecks(checkManifest(prod, { baseDir: root, addinUrl: "http://example.org/" }))).toEqual(["ADDIN_URL is a valid https address"]);
  });

  it("as the development manifest, a production manifest fails; the real manifest.xml passes", () => {
    expect(failedChecks(checkManifest(devManifest, { baseDir: root, development: true }))).toEqual([]);
    expect(failedChecks(checkManifest(prod, { baseDir: root, development: true }))).toEqual([expect.stringMatching(/^development manifest: all URLs under/)]);
  });
});

describe("npm run check:manifest (CLI)", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "budget-manifest-"));
    cpSync(join(root, "assets"), join(dir, "assets"), { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (file: string, ...args: string[]) => {
    const env = { ...process.env };
    delete env.ADDIN_URL;
    return spawnSync(process.execPath, [join(root, "scripts", "check-manifest.js"), file, ...args], { encoding: "utf8", env });
  };

  it("accepts the production manifest and exits 1 on one that still names localhost", () => {
    const good = join(dir, "manifest.xml");
    writeFileSync(good, prod);
    const ok = run(good);
    expect(ok.stdout).toMatch(/Produktions-Manifest .*ADDIN_URL https:\/\/example\.org\/budget\//);
    expect(ok.status).toBe(0);
    expect(run(good, "--addin-url", HOST).status).toBe(0);
    expect(run(good, "--addin-url=https://example.com/").status).toBe(1);

    const bad = join(dir, "bad.xml");
    writeFileSync(bad, prod.replace(`DefaultValue="${BASE}functions.js"`, 'DefaultValue="https://localhost:3000/functions.js"'));
    const rejected = run(bad);
    expect(rejected.status).toBe(1);
    expect(rejected.stderr).toMatch(/nennt nirgends localhost/);
  });
});

describe("npm start", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const start = require("../../scripts/start.js") as { banner(cert: unknown): string };

  it("leads with the preview address and gives the README's sideload steps", () => {
    const text = start.banner({ ok: false, dir: "/home/x/.office-addin-dev-certs", reason: "missing", detail: "ca.crt" });
    const lines = text.split("\n").filter((l) => l.trim() && !/^=+$/.test(l.trim()));
    expect(lines[0]).toMatch(/Vorschau im Browser: https:\/\/localhost:3000\//);
    expect(text).toMatch(/Excel nicht/); // says truthfully that Excel will not trust a self-signed certificate
    expect(text).toContain("npx office-addin-dev-certs install");
    const readmeText = readFileSync(join(root, "README.md"), "utf8");
    const from = readmeText.indexOf("## Sideloading into Excel");
    const readme = readmeText.slice(from, readmeText.indexOf("\n## ", from + 3)).replace(/[*`]/g, "");
    const flat = (s: string) => s.replace(/\s+/g, " ");
    for (const step of ["Start → Add-Ins → Weitere Add-Ins → Meine Add-Ins → Mein Add-In hochladen", "npx office-addin-debugging start manifest.xml desktop", "Kataloge vertrauenswürdiger Add-Ins"]) {
      expect(flat(text.replace(/^\s*[•]?\s*/gm, ""))).toContain(step);
      expect(flat(readme)).toContain(step);
    }
  });

  it("exits 1 with a German message when port 3000 is taken", async () => {
    const blocker: Server = createServer();
    const listening = await new Promise<boolean>((resolve) => {
      blocker.once("error", () => resolve(false)); // taken already by someone else: start must refuse all the same
      blocker.listen(3000, "127.0.0.1", () => resolve(true));
    });
    try {
      const env = { ...process.env };
      delete env.ADDIN_URL;
      const r = spawnSync(process.execPath, [join(root, "scripts", "start.js")], { encoding: "utf8", env, timeout: 15000 });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/Port 3000 ist belegt|läuft bereits/);
    } finally {
      if (listening) await new Promise((r) => blocker.close(r));
    }
  });
});
