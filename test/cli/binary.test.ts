/** One spawn of the real binary (after `npm run build:cli`): vorlage, then pruefen of a folder with --csv piped. */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { execute } from "../../src/cli/main";
import { SAMPLE, filledWorkbook, setSetting, tempDir, writeWorkbook } from "../workbook/helpers";

const root = join(__dirname, "../..");

test("node bin/budget.js pruefen <ordner> --csv: real process, exit code, BOM, quiet stderr when piped", () => {
  execFileSync("npm", ["run", "build:cli"], { cwd: root, stdio: "ignore" });
  const dir = tempDir();
  copyFileSync(join(root, "samples/verwendungsnachweis-2026-h1.json"), join(dir, "a.json"));
  writeFileSync(join(dir, "b.xlsx"), "");
  const r = spawnSync(process.execPath, [join(root, "bin/budget.js"), "pruefen", dir, "--csv"], { encoding: "utf8" });
  expect(r.status).toBe(2);
  expect(r.stdout.startsWith("\ufeffDatei;")).toBe(true);
  expect(r.stdout).toContain("a.json;01.01.2026–30.06.2026;5700,00;5506,10;193,90;193,90;0,00;0,00;0;0;geprüft");
  expect(r.stderr).toContain("b.xlsx: Die Datei ist leer");
  expect(r.stderr).not.toContain("Prüfe ["); // no progress bar when stderr is not a terminal
}, 120000);

/**
 * The batch on worker threads (src/cli/batch/pool.ts) through the compiled binary: 12 files, some broken, in the file
 * order, the same CSV and JSON as the in-process path (ts-jest runs `execute` in this process). A preload counts the
 * workers started, so the test fails if the binary silently stopped using them. Runs after the build of the test above.
 */
describe("node bin/budget.js pruefen: worker threads", () => {
  const dir = tempDir("budget-worker-");
  const preload = join(tempDir("budget-preload-"), "zaehle-worker.js");
  const names: string[] = [];
  beforeAll(async () => {
    writeFileSync(preload, `const wt = require("node:worker_threads"); const W = wt.Worker; let n = 0;
wt.Worker = class extends W { constructor(...a) { super(...a); n++; } };
process.on("exit", () => process.stderr.write("WORKER " + n + "\\n"));`);
    const sample = join(root, "samples/verwendungsnachweis-2026-h1.json");
    for (let i = 1; i <= 12; i++) {
      const name = `fall-${i}.${i % 4 === 0 ? "xlsx" : "json"}`;
      names.push(name);
      const path = join(dir, name);
      if (i === 3) writeFileSync(path, "{ kaputt"); // broken JSON
      else if (i === 4) writeFileSync(path, ""); // empty workbook file
      else if (i === 7) writeFileSync(path, JSON.stringify({ format: "verwendungsnachweis/1" })); // no period, no rows: „noch nicht ausgefüllt“
      else if (i === 8) writeFileSync(path, "PK\x03\x04 kein zip"); // broken zip
      else if (i === 12) {
        const { wb } = filledWorkbook(SAMPLE);
        setSetting(wb, "kostenplan.fall.aktenzeichen", "AZ 50-2026/0815");
        await writeWorkbook(wb, path);
      } else copyFileSync(sample, path);
    }
  }, 60000);

  const binary = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ["-r", preload, join(root, "bin/budget.js"), "pruefen", dir, ...args], { encoding: "utf8", env: { ...process.env, ...env } });
  const workers = (stderr: string) => Number(/WORKER (\d+)/.exec(stderr)?.[1]);

  test("--csv: file order, broken files as their own lines, the batch goes on, same CSV as in-process", async () => {
    const r = binary(["--csv"]);
    expect(workers(r.stderr)).toBeGreaterThanOrEqual(1);
    expect(r.status).toBe(2);
    const rows = r.stdout.slice(1).trimEnd().split("\r\n").map((l) => l.split(";"));
    expect(rows.slice(1, -1).map((c) => c[0])).toEqual(names.map((n) => join(dir, n)));
    const status = rows.slice(1, -1).map((c) => c[10]);
    [2, 3, 7].forEach((i) => expect(status[i]).toMatch(/^"?unlesbar: fall-\d+\./));
    expect(status[6]).toBe("noch nicht ausgefüllt");
    [0, 1, 4, 5, 8, 9, 10, 11].forEach((i) => expect(status[i]).toMatch(/^(geprüft|Fehler)$/));
    expect(rows.at(-1)?.[10]).toBe("8 geprüft, 1 noch nicht ausgefüllt, 3 unlesbar");
    const inProcess = await execute(["pruefen", dir, "--csv"]);
    expect(r.stdout).toBe(inProcess.stdout);
    expect(r.stderr.replace(/WORKER \d+\n/, "")).toBe(`${inProcess.stderr}\n`);
    const one = binary(["--csv"], { BUDGET_WORKERS: "1" });
    expect(workers(one.stderr)).toBe(1);
    expect(one.stdout).toBe(r.stdout);
    const none = binary(["--csv"], { BUDGET_WORKERS: "0" });
    expect(workers(none.stderr)).toBe(0);
    expect(none.stdout).toBe(r.stdout);
  }, 120000);

  test("--json with --vorperiode and --regel-reste: the options reach the workers, same JSON as in-process", async () => {
    const args = ["--json", "--vorperiode", join(root, "samples/verwendungsnachweis-2026-h1.json"), "--regel-reste", "rueckforderung"];
    const r = binary(args, { BUDGET_WORKERS: "2" });
    expect(workers(r.stderr)).toBe(2);
    const inProcess = await execute(["pruefen", dir, ...args]);
    expect(r.status).toBe(inProcess.exitCode);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(inProcess.stdout));
    expect(JSON.stringify(JSON.parse(r.stdout))).toContain("uebertrag-");
  }, 120000);
});
