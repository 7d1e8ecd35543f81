/**
 * The engine on a read workbook (src/workbook/evaluate.ts), shared by the CLI and the task pane, and the
 * template summary's BUDGET formulas: what the formulas read from the template's tables gives the same
 * monthly budget as the task pane's path through the reader.
 */
import type ExcelJS from "exceljs";
import * as f from "../../src/functions/functions";
import { SAMPLE, filledWorkbook, readBack, setSetting } from "./helpers";
import { checkWorkbook, evaluateWorkbookPlan, jsonAsRead } from "../../src/workbook/evaluate";
import { SUMMARY_ROWS, summaryFormula, tableDef, settingRow } from "../../src/workbook/layout";
import { buildTemplate } from "../../src/workbook/xlsx-write";

/** A table's full range (header + rows) as Excel hands it to a custom function (tblX[#All]). */
function tableRange(wb: ExcelJS.Workbook, name: string, lastRow: number): unknown[][] {
  const t = tableDef(name);
  const ws = wb.getWorksheet(t.sheet)!;
  const out: unknown[][] = [];
  for (let r = t.headerRow; r <= lastRow; r++) {
    out.push(t.columns.map((_, j) => {
      const v = ws.getCell(r, t.firstCol + j).value;
      return v instanceof Date ? Math.round((v.getTime() - Date.UTC(1899, 11, 30)) / 86400000) : (v ?? null);
    }));
  }
  return out;
}

describe("evaluateWorkbookPlan", () => {
  test("the sample workbook's monthly budget equals the BUDGET.MONAT formula of the template on the same cells", async () => {
    const { wb } = filledWorkbook();
    const read = await readBack(wb);
    const outcome = evaluateWorkbookPlan(read);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.result.monatsbudget.toFixed(2)).toBe("950.00");

    const plan = tableRange(wb, "tblKostenplan", 1 + (SAMPLE.kostenplan.positionen as unknown[]).length);
    const settings = tableRange(wb, "tblEinstellungen", settingRow("angaben.rest"));
    const traeger = tableRange(wb, "tblTraeger", 1 + (SAMPLE.kostenplan.traeger as unknown[]).length);
    const beginn = settings[settingRow("kostenplan.zeitraum.beginn") - 1][1];
    const ende = settings[settingRow("kostenplan.zeitraum.ende") - 1][1];
    expect(f.monatsbudget(plan as any[][], beginn, ende, settings as any[][], null, traeger as any[][])).toBe(950);
  });

  test("an empty plan is an empty state, not an error", async () => {
    const read = await readBack(buildTemplate(), "leer.xlsx");
    expect(evaluateWorkbookPlan(read)).toMatchObject({ ok: false, leer: true });
  });

  test("a bad cell is named by sheet and cell", async () => {
    const { wb } = filledWorkbook();
    wb.getWorksheet("Kostenplan")!.getCell("G3").value = "zwölf Euro";
    const outcome = evaluateWorkbookPlan(await readBack(wb));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.ort).toEqual({ blatt: "Kostenplan", zelle: "G3" });
    expect(outcome.message).toMatch(/^Blatt „Kostenplan“, Zelle G3: /);
  });

  test("a missing approval period is named by its settings cell", async () => {
    const { wb } = filledWorkbook();
    setSetting(wb, "kostenplan.zeitraum.beginn", null);
    const outcome = evaluateWorkbookPlan(await readBack(wb));
    expect(outcome).toMatchObject({ ok: false, ort: { blatt: "Einstellungen", zelle: `B${settingRow("kostenplan.zeitraum.beginn")}` } });
  });
});

describe("checkWorkbook", () => {
  test("findings get sheet and cell; the JSON path gives the same figures without cells", async () => {
    const { wb, ausgabenRows } = filledWorkbook();
    wb.getWorksheet("Ausgaben")!.getCell(`E${ausgabenRows[1]}`).value = -5;
    const fromCells = checkWorkbook(await readBack(wb));
    if (!fromCells.ok) throw new Error(fromCells.message);
    const located = fromCells.result.befunde.filter((b) => b.ort?.zelle);
    expect(located.some((b) => b.ort!.blatt === "Ausgaben" && b.ort!.zelle === `E${ausgabenRows[1]}`)).toBe(true);

    const fromJson = checkWorkbook(jsonAsRead(SAMPLE));
    if (!fromJson.ok) throw new Error(fromJson.message);
    expect(fromJson.result.reste.rest.toFixed(2)).toBe("193.90");
    expect(fromJson.result.befunde.every((b) => b.ort?.zelle === undefined)).toBe(true);
  });

  test("the empty template fails with the first missing field's cell (where to start)", async () => {
    const outcome = checkWorkbook(await readBack(buildTemplate(), "leer.xlsx"));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.ort?.blatt).toBe("Einstellungen");
  });

  test("an unusable setting names its cell before the engine's message", async () => {
    const { wb } = filledWorkbook();
    setSetting(wb, "zeitraum.beginn", "irgendwann");
    const outcome = checkWorkbook(await readBack(wb));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.message).toMatch(/^Blatt „Einstellungen“, Zelle B\d+: „irgendwann“ ist kein gültiges Datum/);
  });
});

describe("template summary formulas", () => {
  test("placeholders resolve to cells, with renamed sheets quoted", () => {
    const f = (key: string) => summaryFormula(SUMMARY_ROWS.find((r) => r.key === key)!, (n) => (n === "Einstellungen" ? "Einstellungen (2)" : n));
    expect(f("rest")).toBe("=B3-B4");
    expect(f("monatsbudget")).toBe(
      `=BUDGET.MONAT(tblKostenplan[[#Headers],[#Data]],'Einstellungen (2)'!$B$${settingRow("kostenplan.zeitraum.beginn")},'Einstellungen (2)'!$B$${settingRow("kostenplan.zeitraum.ende")},tblEinstellungen[[#Headers],[#Data]],FALSE,tblTraeger[[#Headers],[#Data]])`,
    );
    expect(f("obergrenzeStatus")).toMatch(/^=BUDGET\.OBERGRENZE_STATUS\(B\d+,B\d+\)$/);
    expect(f("uebertrag")).toBeUndefined();
  });

  test("the file template leaves BUDGET formulas out and names the summary's value column", () => {
    const wb = buildTemplate();
    const ws = wb.getWorksheet("Übersicht")!;
    const addinRow = SUMMARY_ROWS.findIndex((r) => r.addin) + 3;
    expect(ws.getCell(addinRow, 2).value).toBeNull();
    expect(ws.getCell(3, 2).value).toEqual({ formula: "SUM(tblEinnahmen[Betrag])" });
    expect(wb.definedNames.getRanges("Budget_Uebersicht").ranges[0]).toMatch(/Übersicht'?!\$B\$3:\$B\$\d+/);
  });
});
