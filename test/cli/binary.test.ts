/** One spawn of the real binary (after `npm run build:cli`): vorlage, then pruefen of a folder with --csv piped. */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "../workbook/helpers";

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
