/**
 * Workbooks written by other programs (test/fixtures, made by scripts/fixtures/make.sh): the template filled by
 * openpyxl, in the 1900 and the 1904 date system, and each saved again by LibreOffice (which writes the 1904
 * flag as "true" and does not keep every table detail), one from the template before changes could be typed as
 * rows (its workbooks stay readable), and a case with change rows („Gültig ab“) for a position and an employee's
 * wage. Each must give the same result as its JSON case:
 * the same plan, the same sums and Reste, the same findings (the workbook's findings also name sheet and cell).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { evaluatePlan, parsePlan, planResultJson, reportResultJson } from "../../src/engine";
import { checkWorkbook, evaluateWorkbookPlan, jsonAsRead } from "../../src/workbook/evaluate";
import { readWorkbook } from "../../src/workbook/xlsx-read";

const dir = join(__dirname, "../fixtures");
const fixtures = readdirSync(dir).filter((f) => f.endsWith(".xlsx"));
// "-alte-vorlage": a workbook of the template before Beginn/Ende/Gültig ab and the Rechengrößen section (read by its headers)
const caseOf = (file: string) => JSON.parse(readFileSync(join(dir, file.replace(/(-alte-vorlage)?-(openpyxl|libreoffice)-(1900|1904)\.xlsx$/, ".json")), "utf8"));

type Obj = Record<string, any>;
const withoutCells = (bs: Obj[]) => bs.map(({ ort, ...b }) => ({ ...b, ...(ort ? { ort: { liste: ort.liste, zeile: ort.zeile, feld: ort.feld } } : {}) }));

test("there are fixtures of both writers and both date systems", () => {
  for (const w of ["openpyxl", "libreoffice"]) for (const s of ["1900", "1904"]) expect(fixtures.some((f) => f.includes(`-${w}-${s}`))).toBe(true);
});

describe.each(fixtures)("%s", (file) => {
  test("reads as its JSON: the same plan, sums, Reste and findings", async () => {
    const json = caseOf(file);
    const read = await readWorkbook(join(dir, file));
    expect(read.befunde).toEqual([]);

    const plan = evaluateWorkbookPlan(read);
    if (!plan.ok) throw new Error(plan.message);
    const { befunde: planFindings, ...planFigures } = planResultJson(plan.result) as Obj;
    const { befunde: jsonPlanFindings, ...jsonPlanFigures } = planResultJson(evaluatePlan(parsePlan(json.kostenplan))) as Obj;
    expect(planFigures).toEqual(jsonPlanFigures);
    expect(withoutCells(planFindings)).toEqual(withoutCells(jsonPlanFindings));

    const fromCells = checkWorkbook(read);
    const fromJson = checkWorkbook(jsonAsRead(json));
    if (!fromCells.ok || !fromJson.ok) throw new Error(!fromCells.ok ? fromCells.message : "JSON");
    const a = reportResultJson(fromCells.result) as Obj;
    const b = reportResultJson(fromJson.result) as Obj;
    expect(a.summen).toEqual(b.summen);
    expect(a.reste).toEqual(b.reste);
    expect(a.counts).toEqual(b.counts);
    expect(withoutCells(a.befunde)).toEqual(withoutCells(b.befunde));
    for (const f of a.befunde) if (f.ort?.zeile !== undefined) expect(f.ort.zelle).toMatch(/^[A-Z]+\d+$/);
  });
});

test("the case with change rows: the changes arrive as the JSON's aenderungen (month schedule, wage check, payments)", async () => {
  const json = caseOf("fall-aenderungen-libreoffice-1904.xlsx");
  const read = await readWorkbook(join(dir, "fall-aenderungen-libreoffice-1904.xlsx"));
  const plan = evaluateWorkbookPlan(read);
  if (!plan.ok) throw new Error(plan.message);
  const r = planResultJson(plan.result) as Obj;
  expect(r.wechsel.map((w: Obj) => w.monat)).toEqual(["2027-01", "2027-03"]);
  expect(r.zahlungsplan).toHaveLength(2);
  expect(json.beschaeftigte[0].aenderungen).toHaveLength(1);
  const check = checkWorkbook(read);
  if (!check.ok) throw new Error(check.message);
  expect(check.result.befunde.filter((b) => b.regel === "mindestlohn-unterschritten")).toEqual([]);
  expect(check.result.reste.nachweisart).toBe("zwischennachweis");
});

test("the case with findings has findings of several kinds (the comparison above is not trivial)", async () => {
  const r = checkWorkbook(await readWorkbook(join(dir, "fall-befunde-libreoffice-1904.xlsx")));
  if (!r.ok) throw new Error(r.message);
  const regeln = new Set(r.result.befunde.map((b) => b.regel));
  expect(r.result.counts.fehler).toBeGreaterThan(2);
  expect(regeln.size).toBeGreaterThan(4);
});
