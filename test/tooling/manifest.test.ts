import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkManifest, formatResults, type ManifestReport } from "../../scripts/check-manifest";

const root = join(__dirname, "..", "..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");

function failedChecks(report: ManifestReport): string[] {
  return report.results.filter((r) => !r.ok).map((r) => r.en);
}

function mutate(from: string | RegExp, to: string): string {
  const changed = manifest.replace(from, to);
  expect(changed).not.toBe(manifest); // the mutation must hit the real manifest
  return changed;
}

describe("scripts/check-manifest.js", () => {
  it("accepts the real manifest.xml", () => {
    const report = checkManifest(manifest, { baseDir: root });
    expect(failedChecks(report)).toEqual([]);
    expect(report.ok).toBe(true);
    expect(formatResults(report)).toMatch(/manifest OK/);
  });

  it("rejects a dangling resid", () => {
    const report = checkManifest(mutate('<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>'), { baseDir: root });
    expect(report.ok).toBe(false);
    const failed = report.results.find((r) => !r.ok && /resid resolves/.test(r.en));
    expect(failed?.details.join("\n")).toContain("Group.Missing");
  });

  it("rejects an http URL", () => {
    const report = checkManifest(mutate('DefaultValue="https://localhost:3000/functions.js"', 'DefaultValue="http://localhost:3000/functions.js"'), {
      baseDir: root,
    });
    expect(report.ok).toBe(false);
    expect(failedChecks(report)).toEqual([expect.stringMatching(/https/)]);
  });

  it("rejects a URL on another origin", () => {
    const report = checkManifest(mutate('DefaultValue="https://localhost:3000/functions.json"', 'DefaultValue="https://example.org/functions.json"'), {
      baseDir: root,
    });
    expect(failedChecks(report)).toEqual(["all URLs share one origin"]);
  });

  it("rejects a wrong namespace", () => {
    const report = checkManifest(mutate('id="Functions.Namespace" DefaultValue="BUDGET"', 'id="Functions.Namespace" DefaultValue="CONTOSO"'), { baseDir: root });
    expect(failedChecks(report)).toEqual(["namespace is BUDGET"]);
  });

  it("rejects a runtime that is not shared (lifetime short, resid mismatch)", () => {
    const short = checkManifest(mutate('lifetime="long"', 'lifetime="short"'), { baseDir: root });
    expect(failedChecks(short)).toEqual([expect.stringMatching(/lifetime="long"/)]);
    const mismatch = checkManifest(mutate('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="GetStarted.LearnMoreUrl"/>'), { baseDir: root });
    expect(failedChecks(mismatch)).toEqual([expect.stringMatching(/FunctionFile resid/)]);
  });

  it("rejects too old requirement sets, a bad version, a bad id and a wrong locale", () => {
    const report = checkManifest(
      manifest
        .replace('Name="CustomFunctionsRuntime" MinVersion="1.2"', 'Name="CustomFunctionsRuntime" MinVersion="1.1"')
        .replace("<Version>0.1.0.0</Version>", "<Version>0.1.0</Version>")
        .replace(/<Id>[^<]*<\/Id>/, "<Id>not-a-guid</Id>")
        .replace("<DefaultLocale>de-DE</DefaultLocale>", "<DefaultLocale>en-US</DefaultLocale>"),
      { baseDir: root },
    );
    expect(failedChecks(report).sort()).toEqual(
      ["DefaultLocale is de-DE", "Id is a GUID", "Version matches x.y.z.w", "requirement set CustomFunctionsRuntime ≥ 1.2"].sort(),
    );
  });

  it("rejects a missing icon file", () => {
    const report = checkManifest(mutate('assets/icon-80.png"', 'assets/icon-81.png"'), { baseDir: root });
    expect(failedChecks(report)).toEqual([expect.stringMatching(/icons exist/)]);
  });

  it("reports malformed XML instead of throwing", () => {
    const report = checkManifest(manifest.replace("</Hosts>", "</Hostz>"), { baseDir: root });
    expect(report.ok).toBe(false);
    expect(failedChecks(report)).toEqual(["XML is well-formed"]);
  });
});
