/**
 * Issue 13 in `budget pruefen`: the case's identity in CSV and JSON (Aktenzeichen, Träger; the name only with
 * `--namen`), a reproducible Stichprobe (`--stichprobe <prozent> --seed <n>`) and the booking export
 * (`--buchungen <datei.csv>`), read back as German Excel would.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { execute } from "../../src/cli/main";
import { losnummer, stichprobe, stichprobeOptionen } from "../../src/cli/batch/stichprobe";
import { BUCHUNGEN_HEADER } from "../../src/cli/batch/buchungen";
import { SAMPLE, filledWorkbook, setSetting, tempDir, writeWorkbook } from "../workbook/helpers";
import { caseByIncome, caseByTeilbudget } from "../engine/report/traeger-fixture";

type Obj = Record<string, any>;
const SAMPLE_PATH = join(__dirname, "../../samples/verwendungsnachweis-2026-h1.json");
const NAME = "Ayşe Yıldız-Łukasiewicz";

/** A German Excel CSV as rows of cells (BOM and CRLF checked). */
function readCsv(text: string): string[][] {
  expect(text.startsWith("\ufeff")).toBe(true);
  expect(text.endsWith("\r\n")).toBe(true);
  return text.slice(1).trimEnd().split("\r\n").map((l) => l.split(";"));
}

describe("case identity in CSV and JSON", () => {
  const dir = tempDir("budget-identitaet-");
  const wbPath = join(dir, "fall-az.xlsx");
  beforeAll(async () => {
    const { wb } = filledWorkbook(SAMPLE);
    setSetting(wb, "kostenplan.fall.aktenzeichen", "AZ 50-2026/0815");
    setSetting(wb, "kostenplan.fall.beauftragterTraeger", "egh");
    setSetting(wb, "kostenplan.fall.budgetnehmer.name", NAME);
    await writeWorkbook(wb, wbPath);
    copyFileSync(SAMPLE_PATH, join(dir, "ohne-fall.json"));
  });

  test("CSV: Aktenzeichen, Träger-Nr. and Träger appended after the existing columns; no name by default", async () => {
    const r = await execute(["pruefen", dir, "--csv"]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).not.toContain(NAME);
    const rows = readCsv(r.stdout);
    const head = rows[0];
    expect(head.slice(0, 11)).toEqual(["Datei", "Zeitraum", "Einnahmen", "Ausgaben", "Rest", "Übertrag", "Rückforderung", "Anrechnung", "Fehler", "Warnungen", "Status"]);
    expect(head.slice(11, 14)).toEqual(["Ohne Planposition", "Ausstehende Budgetzahlungen", "Aufteilung je Träger"]);
    expect(head.slice(-3)).toEqual(["Aktenzeichen", "Träger-Nr.", "Träger"]);
    expect(head).not.toContain("Name");
    expect(head).not.toContain("Stichprobe");
    const col = (row: string[], name: string) => row[head.indexOf(name)];
    const az = rows.find((l) => l[0].endsWith("fall-az.xlsx"))!;
    expect(col(az, "Aktenzeichen")).toBe("AZ 50-2026/0815");
    expect(col(az, "Träger-Nr.")).toBe("egh");
    expect(col(az, "Träger")).toBe("Eingliederungshilfe (Beispielkreis)");
    expect(col(az, "Status")).toBe("geprüft");
    // without a case record: no Aktenzeichen, the plan's Träger
    const ohne = rows.find((l) => l[0].endsWith("ohne-fall.json"))!;
    expect(col(ohne, "Aktenzeichen")).toBe("");
    expect(col(ohne, "Träger")).toBe("Eingliederungshilfe (Beispielkreis)");
    expect(rows[rows.length - 1][0]).toBe("Summe");
    expect(rows[rows.length - 1]).toHaveLength(head.length);
  });

  test("JSON: aktenzeichen and traeger; name only with --namen", async () => {
    const plain = JSON.parse((await execute(["pruefen", wbPath, "--json"])).stdout);
    expect(plain.aktenzeichen).toBe("AZ 50-2026/0815");
    expect(plain.traeger).toEqual({ id: "egh", name: "Eingliederungshilfe (Beispielkreis)" });
    expect(plain).not.toHaveProperty("name");
    expect(JSON.stringify(plain)).not.toContain(NAME);
    expect(plain).not.toHaveProperty("stichprobe");

    const named = JSON.parse((await execute(["pruefen", wbPath, "--json", "--namen"])).stdout);
    expect(named.name).toBe(NAME);
    const csv = readCsv((await execute(["pruefen", wbPath, "--csv", "--namen"])).stdout);
    expect(csv[1][csv[0].indexOf("Name")]).toBe(NAME);
  });

  test("the text output never shows the name, not even with --namen", async () => {
    const r = await execute(["pruefen", wbPath, "--namen"]);
    expect(r.stdout).not.toContain(NAME);
  });

  test("a plan without Beauftragten Träger: every Träger of the plan, joined", async () => {
    const c = caseByIncome();
    (c as Obj).fall = { aktenzeichen: "=HYPERLINK(\"x\")" };
    const path = join(tempDir("budget-identitaet-2-"), "zwei-traeger.json");
    writeFileSync(path, JSON.stringify(c));
    const j = JSON.parse((await execute(["pruefen", path, "--json"])).stdout);
    expect(j.traeger).toEqual({ id: "egh, pk", name: "Eingliederungshilfe, Pflegekasse" });
    const rows = readCsv((await execute(["pruefen", path, "--csv"])).stdout);
    // formula guard: Excel must not run the Aktenzeichen
    expect(rows[1][rows[0].indexOf("Aktenzeichen")]).toBe(`"'=HYPERLINK(""x"")"`);
  });
});

describe("Stichprobe: reproducible, independent of order and folder", () => {
  const dir = tempDir("budget-stichprobe-");
  const files: string[] = [];
  beforeAll(() => {
    for (let i = 1; i <= 20; i++) {
      const f = join(dir, `fall-${String(i).padStart(2, "0")}.json`);
      copyFileSync(SAMPLE_PATH, f);
      files.push(f);
    }
  });
  const sampled = async (...args: string[]) => {
    const j = JSON.parse((await execute(["pruefen", dir, "--json", ...args])).stdout) as Obj[];
    return j.filter((x) => x.stichprobe === true).map((x) => x.datei as string);
  };

  test("same files and seed: same sample; another seed: another; 0 % none; 100 % all", async () => {
    const a = await sampled("--stichprobe", "25", "--seed", "2026");
    expect(a).toHaveLength(5);
    expect(await sampled("--stichprobe", "25 %", "--seed", "2.026")).toEqual(a); // as Germans type: „2.026“ is 2026
    const b = await sampled("--stichprobe", "25", "--seed", "7");
    expect(b).toHaveLength(5);
    expect(b).not.toEqual(a);
    expect(await sampled("--stichprobe", "0", "--seed", "1")).toEqual([]);
    expect(await sampled("--stichprobe", "100", "--seed", "1")).toEqual(files);
    expect(await sampled("--stichprobe", "0,1", "--seed", "1")).toHaveLength(1); // at least one case
    expect(await sampled("--stichprobe", "12,5", "--seed", "1")).toHaveLength(3); // ⌈2.5⌉
  });

  test("the draw is pinned: independent of the order, the folder and the machine", () => {
    const set = stichprobe(files, { prozent: 25, seed: 2026 });
    expect(stichprobe([...files].reverse(), { prozent: 25, seed: 2026 })).toEqual(set);
    const elsewhere = files.map((f) => join("/anderswo/eingang", f.slice(dir.length + 1)));
    const moved = stichprobe(elsewhere, { prozent: 25, seed: 2026 });
    expect([...moved].map((f) => f.slice(-12)).sort()).toEqual([...set].map((f) => f.slice(-12)).sort());
    // pure 32-bit integer arithmetic: the same number everywhere (a changed algorithm fails here)
    expect(losnummer("fall-01.json", 2026)).toBe(losnummer("/x/y/fall-01.json", 2026));
    expect(losnummer("fall-01.json", 2026)).not.toBe(losnummer("fall-01.json", 2027));
    expect([...set].map((f) => f.slice(-12)).sort()).toEqual(["fall-06.json", "fall-09.json", "fall-15.json", "fall-16.json", "fall-17.json"]);
  });

  test("text: a section „Stichprobe (n von m Fällen)“; CSV: column „Stichprobe“ ja/nein", async () => {
    const t = await execute(["pruefen", dir, "--stichprobe", "10", "--seed", "5"]);
    const section = t.stdout.slice(t.stdout.indexOf("Stichprobe (2 von 20 Fällen):"));
    expect(section.split("\n")).toHaveLength(3);
    const rows = readCsv((await execute(["pruefen", dir, "--csv", "--stichprobe", "10", "--seed", "5"])).stdout);
    const i = rows[0].indexOf("Stichprobe");
    expect(i).toBe(rows[0].length - 1);
    const marks = rows.slice(1, -1).map((r) => r[i]);
    expect(marks.filter((m) => m === "ja")).toHaveLength(2);
    expect(marks.filter((m) => m === "nein")).toHaveLength(18);
  });

  test("German messages: seed required, range checked", async () => {
    expect(() => stichprobeOptionen("10", undefined)).toThrow(/--seed/);
    expect(() => stichprobeOptionen(undefined, "3")).toThrow(/nur zusammen mit --stichprobe/);
    expect(() => stichprobeOptionen("120", "3")).toThrow(/zwischen 0 und 100/);
    expect(() => stichprobeOptionen("10", "1,5")).toThrow(/ganze Zahl/);
    expect(stichprobeOptionen("12,5 %", "1.000")).toEqual({ prozent: 12.5, seed: 1000 });
    const r = await execute(["pruefen", dir, "--stichprobe", "zehn", "--seed", "1"]);
    expect(r.exitCode).toBe(2);
  });
});

describe("booking export (--buchungen)", () => {
  const dir = tempDir("budget-buchungen-");
  const inDir = join(dir, "eingang");
  beforeAll(() => {
    mkdirSync(inDir);
    const a = caseByIncome() as Obj; // Rückforderung split by the incomes
    a.fall = { aktenzeichen: "AZ-A", beauftragterTraeger: "egh" };
    writeFileSync(join(inDir, "fall-a.json"), JSON.stringify(a));
    const b = caseByTeilbudget() as Obj; // Anrechnung split by the Teilbudgets; 100 € outside the plan
    b.regeln = { reste: "anrechnung" };
    b.fall = { aktenzeichen: "AZ-B" };
    writeFileSync(join(inDir, "fall-b.json"), JSON.stringify(b));
    copyFileSync(SAMPLE_PATH, join(inDir, "fall-c.json")); // only an Übertrag: no booking
    writeFileSync(join(inDir, "kaputt.json"), "{");
  });

  test("one line per case, Träger and kind; amounts per Träger; read back", async () => {
    const out = join(dir, "buchungen.csv");
    const r = await execute(["pruefen", inDir, "--csv", "--buchungen", out]);
    expect(r.exitCode).toBe(2); // kaputt.json: the batch goes on, the bookings are written
    const rows = readCsv(readFileSync(out, "utf8"));
    expect(rows[0]).toEqual(BUCHUNGEN_HEADER);
    const h = rows[0];
    const pick = (row: string[]) => Object.fromEntries(["Aktenzeichen", "Träger-Nr.", "Träger", "Art", "Betrag", "Fällig", "Anrechnung ab"].map((k) => [k, row[h.indexOf(k)]]));
    const lines = rows.slice(1).map(pick);
    expect(lines).toEqual([
      { Aktenzeichen: "AZ-A", "Träger-Nr.": "egh", Träger: "Eingliederungshilfe", Art: "Rückforderung", Betrag: "391,58", Fällig: "", "Anrechnung ab": "" },
      { Aktenzeichen: "AZ-A", "Träger-Nr.": "pk", Träger: "Pflegekasse", Art: "Rückforderung", Betrag: "228,42", Fällig: "", "Anrechnung ab": "" },
      { Aktenzeichen: "AZ-B", "Träger-Nr.": "egh", Träger: "Eingliederungshilfe", Art: "Anrechnung", Betrag: "213,33", Fällig: "", "Anrechnung ab": "01.07.2026" },
      { Aktenzeichen: "AZ-B", "Träger-Nr.": "pk", Träger: "Pflegekasse", Art: "Anrechnung", Betrag: "106,67", Fällig: "", "Anrechnung ab": "01.07.2026" },
    ]);
    // the parts add up to the case's Anrechnung in the report CSV; nothing of the money outside the plan is booked
    const report = readCsv(r.stdout);
    const b = report.find((l) => l[0].endsWith("fall-b.json"))!;
    const num = (s: string) => Number(s.replace(",", "."));
    expect(num(lines[2].Betrag) + num(lines[3].Betrag)).toBeCloseTo(num(b[report[0].indexOf("Anrechnung")]), 10);
    expect(num(b[report[0].indexOf("Ohne Planposition")])).toBe(100);
    expect(rows.slice(1).every((l) => ["Rückforderung", "Anrechnung"].includes(l[h.indexOf("Art")]))).toBe(true);
    expect(rows.some((l) => l[h.indexOf("Datei")]?.endsWith("fall-c.json"))).toBe(false);
    expect(r.stderr).toContain("Buchungen geschrieben");
  });

  test("an existing file is never overwritten: refused before the batch, with a German message", async () => {
    const out = join(dir, "schon-da.csv");
    writeFileSync(out, "alt");
    const r = await execute(["pruefen", inDir, "--buchungen", out]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/schon-da\.csv: Diese Datei gibt es schon/);
    expect(readFileSync(out, "utf8")).toBe("alt");
    const wrong = await execute(["pruefen", inDir, "--buchungen", join(dir, "buchungen.txt")]);
    expect(wrong.exitCode).toBe(2);
    expect(existsSync(join(dir, "buchungen.txt"))).toBe(false);
  });
});
