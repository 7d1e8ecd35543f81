/**
 * writeCalculation(dokument): the submission document (document/) as values in the add-in's own sheet
 * „Berechnung“ — case record, key figures, every position with its monthly and period amount, the employer
 * cost per assistant, the Teilbudgets, findings and attestation — for people and caseworkers without the
 * add-in. The sheet is found by the workbook name BERECHNUNG_NAME (so a renamed sheet is still ours); a sheet
 * of the user named „Berechnung“ is never touched (ours is then „Berechnung (2)“). One Excel.run, three syncs
 * whatever the size: (1) the name and the sheet names, (2) our sheet and its used range, (3) clear and write.
 */
import { berechnungsBlatt, type Blatt } from "../../document/sheet";
import type { Einreichung } from "../../document/types";
import { HEADER_FILL, columnLetter, parseAddress } from "../../workbook/layout";
import { kopfUndFuss } from "../../workbook/print";
import type { CalculationResult } from "../host/types";
import { widthPoints } from "./insert";
import { freeSheetName } from "./names";
import { applyPrint } from "./print";
import { runWrite } from "./run";

export const CALCULATION_SYNCS = 3;
export const BERECHNUNG_SHEET = "Berechnung";
/** Workbook name of the sheet's first cell: how the add-in knows its own sheet. */
export const BERECHNUNG_NAME = "Budget_Berechnung";

/** The sheet a workbook name refers to ("=Berechnung!$A$1", "='Berechnung (2)'!$A$1"); none for "#BEZUG!". */
export function sheetOfName(formula: unknown): string | undefined {
  if (typeof formula !== "string") return undefined;
  try {
    return parseAddress(formula).sheet;
  } catch {
    return undefined;
  }
}

/** Queues every write of the sheet's grid, formats, widths and print setup (no sync). */
export function writeBlatt(ws: Excel.Worksheet, b: Blatt, aktenzeichen?: string): void {
  const last = columnLetter(b.spalten);
  const n = b.werte.length;
  const all = ws.getRange(`A1:${last}${n}`);
  // formats first, so a text that looks like a number or a date stays the text it is
  all.numberFormat = b.formate;
  all.values = b.werte;
  const row = (r: number, spalten = b.spalten) => ws.getRange(`A${r + 1}:${columnLetter(spalten)}${r + 1}`);
  const titel = ws.getRange("A1");
  titel.format.font.bold = true;
  titel.format.font.size = 14;
  for (const r of b.abschnitte) {
    const f = ws.getRange(`A${r + 1}`).format.font;
    f.bold = true;
    f.size = 12;
  }
  for (const k of b.tabellenkoepfe) {
    const h = row(k.zeile, k.spalten).format;
    h.fill.color = HEADER_FILL;
    h.font.color = "#FFFFFF";
    h.font.bold = true;
  }
  for (const r of b.fett) row(r).format.font.bold = true;
  b.breiten.forEach((w, j) => {
    const col = columnLetter(j + 1);
    ws.getRange(`${col}:${col}`).format.columnWidth = widthPoints(w);
  });
  applyPrint(ws, { quer: b.quer, bereich: `A1:${last}${n}`, ...kopfUndFuss(aktenzeichen) });
}

export async function writeCalculationSheet(dokument: Einreichung): Promise<CalculationResult> {
  const b = berechnungsBlatt(dokument);
  return runWrite(async (context) => {
    const wb = context.workbook;
    const name = wb.names.getItemOrNullObject(BERECHNUNG_NAME).load("formula");
    const sheets = wb.worksheets.load("items/name");
    await context.sync();

    const ours = name.isNullObject ? undefined : sheetOfName(name.formula);
    const existing = ours ? wb.worksheets.getItemOrNullObject(ours) : undefined;
    const used = existing?.getUsedRangeOrNullObject();
    used?.load("address");
    await context.sync();

    let ws: Excel.Worksheet;
    let blatt: string;
    const neu = !existing || existing.isNullObject;
    if (!neu && existing && ours) {
      ws = existing;
      blatt = ours;
      if (used && !used.isNullObject) used.clear();
    } else {
      // a name that points nowhere (the sheet was deleted) is replaced
      if (!name.isNullObject) name.delete();
      const taken = sheets.items.map((s) => s.name);
      blatt = taken.some((t) => t.toLowerCase() === BERECHNUNG_SHEET.toLowerCase()) ? freeSheetName(BERECHNUNG_SHEET, taken) : BERECHNUNG_SHEET;
      ws = wb.worksheets.add(blatt);
      wb.names.add(BERECHNUNG_NAME, ws.getRange("A1"), "Blatt „Berechnung“ des Budgetplaners");
    }
    writeBlatt(ws, b, dokument.aktenzeichen);
    ws.activate();
    await context.sync();
    return { blatt, zeilen: b.werte.length, neu };
  });
}
