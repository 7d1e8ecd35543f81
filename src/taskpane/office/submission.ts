/**
 * prepareSubmission(): copies of the template sheets in which every BUDGET.* formula is replaced by the
 * value it shows (for a Leistungsträger without the add-in); the originals stay untouched. A spilled
 * BUDGET result is replaced as a whole block (its neighbours report no formula, only values).
 * Five syncs, whatever the workbook holds: (1) tables, the summary name, sheet names; (2) the template
 * tables' and the summary's addresses; (3) the template sheets' used ranges; (4) the spill ranges of the
 * BUDGET formulas; (5) copies and writes. Nothing is copied when a BUDGET value is still being computed.
 * Each copy prints on A4 over its filled cells, its header naming the Aktenzeichen; with the submission
 * document, „Berechnung (Abgabe)“ holds every figure of the plan as values (document/sheet.ts).
 */
import { SHEETS, SUMMARY_SHEET, SUMMARY_VALUES_NAME, TABLES } from "../../workbook/layout";
import { kopfUndFuss, vorlageBlattVon, vorlageDruck } from "../../workbook/print";
import { berechnungsBlatt } from "../../document/sheet";
import type { Einreichung } from "../../document/types";
import { HostError, type SubmissionResult } from "../host/types";
import { parseAddress, rectAddress, type Rect } from "./grid";
import { submissionSheetName } from "./names";
import { runWrite } from "./run";
import { applyPrint } from "./print";
import { BERECHNUNG_SHEET, writeBlatt } from "./berechnung";

export const SUBMISSION_SYNCS = 5;

/** A formula that calls a BUDGET.* function (as Office.js shows it; "_xldudf_" is the file form). */
export function isBudgetFormula(f: unknown): boolean {
  return typeof f === "string" && f.startsWith("=") && /(^|[^A-Za-z0-9_.])(BUDGET\.|_xldudf_BUDGET_)/i.test(f.slice(1).replace(/"[^"]*"/g, '""'));
}

interface Anchor {
  /** Sheet-relative rect of the formula cell. */
  cell: Rect;
  spill?: Excel.Range;
}

export async function prepareSubmissionCopies(dokument?: Einreichung): Promise<SubmissionResult> {
  const berechnung = dokument ? berechnungsBlatt(dokument, `Stand: ${dokument.erstellt}. Abgabe: die Zahlen des Budgetplaners als Werte, ohne Formeln.`) : undefined;
  return runWrite(async (context) => {
    const wb = context.workbook;
    const tables = wb.tables.load("items/name");
    const summaryName = wb.names.getItemOrNullObject(SUMMARY_VALUES_NAME);
    const sheets = wb.worksheets.load("items/name");
    await context.sync();

    const templateTables = new Set(TABLES.map((t) => t.name.toLowerCase()));
    const found = tables.items.filter((t) => templateTables.has(t.name.toLowerCase()));
    const addresses = found.map((t) => t.getRange().load("address"));
    const summaryRange = summaryName.isNullObject ? undefined : summaryName.getRangeOrNullObject().load("address");
    await context.sync();

    const wanted = new Set<string>();
    // which template tables each sheet holds: how its copy prints (orientation, title rows)
    const tablesOn = new Map<string, string[]>();
    addresses.forEach((r, k) => {
      const sheet = (parseAddress(r.address).sheet ?? "").toLowerCase();
      wanted.add(sheet);
      tablesOn.set(sheet, [...(tablesOn.get(sheet) ?? []), found[k].name]);
    });
    const summarySheet = summaryRange && !summaryRange.isNullObject ? (parseAddress(summaryRange.address).sheet ?? "").toLowerCase() : undefined;
    if (summarySheet !== undefined) wanted.add(summarySheet);
    const originals = sheets.items.filter((s) => wanted.has(s.name.toLowerCase()));
    if (originals.length === 0) throw new HostError("Die Vorlage fehlt – bitte zuerst „Vorlage einfügen“.", "vorlage");

    const used = originals.map((s) => s.getUsedRangeOrNullObject(true).load("address, formulas, values"));
    await context.sync();

    const anchors: Anchor[][] = used.map((u, k) => {
      if (u.isNullObject) return [];
      const top = parseAddress(u.address).rect;
      const list: Anchor[] = [];
      u.formulas.forEach((row, i) =>
        row.forEach((f, j) => {
          if (!isBudgetFormula(f)) return;
          const cell = { r1: top.r1 + i, c1: top.c1 + j, r2: top.r1 + i, c2: top.c1 + j };
          list.push({ cell, spill: originals[k].getRange(rectAddress(cell)).getSpillingToRangeOrNullObject().load("address") });
        }),
      );
      return list;
    });
    await context.sync();

    // the values to write, checked before anything is copied
    const blocks = anchors.map((list, k) => {
      const u = used[k];
      if (u.isNullObject) return [];
      const top = parseAddress(u.address).rect;
      return list.map((a) => {
        const rect = a.spill && !a.spill.isNullObject ? parseAddress(a.spill.address).rect : a.cell;
        const values: unknown[][] = [];
        for (let r = rect.r1; r <= rect.r2; r++) {
          const row: unknown[] = [];
          for (let c = rect.c1; c <= rect.c2; c++) {
            const v = u.values[r - top.r1]?.[c - top.c1] ?? "";
            if (v === "#BUSY!" || v === "#GETTING_DATA") {
              throw new HostError("Excel rechnet die BUDGET-Formeln noch – bitte einen Moment warten und noch einmal versuchen.", "busy");
            }
            // text that Excel would read as a formula keeps a leading apostrophe
            row.push(typeof v === "string" && v.startsWith("=") ? `'${v}` : v);
          }
          values.push(row);
        }
        return { rect, values };
      });
    });

    const taken = sheets.items.map((s) => s.name);
    const names: string[] = [];
    originals.forEach((s, k) => {
      const copy = s.copy(Excel.WorksheetPositionType.end);
      const name = submissionSheetName(s.name, taken);
      taken.push(name);
      names.push(name);
      copy.name = name;
      for (const b of blocks[k]) copy.getRange(rectAddress(b.rect)).values = b.values;
      const key = s.name.toLowerCase();
      const def = key === summarySheet ? SHEETS.find((d) => d.name === SUMMARY_SHEET) : vorlageBlattVon(s.name, tablesOn.get(key) ?? []);
      const druck = (def && vorlageDruck(def, dokument?.aktenzeichen)) ?? { quer: false, ...kopfUndFuss(dokument?.aktenzeichen) };
      // the copy prints what is filled in (not the template's empty rows)
      const u = used[k];
      applyPrint(copy, { ...druck, ...(u.isNullObject ? {} : { bereich: rectAddress(parseAddress(u.address).rect) }) });
    });
    if (berechnung) {
      const name = submissionSheetName(BERECHNUNG_SHEET, taken);
      taken.push(name);
      names.push(name);
      writeBlatt(wb.worksheets.add(name), berechnung, dokument?.aktenzeichen);
    }
    await context.sync();

    return { blaetter: names, ersetzt: anchors.reduce((n, list) => n + list.length, 0) };
  });
}
