/**
 * insertTemplate(plan): the template of layout.ts written with Office.js, mirroring xlsx-write.ts, in ONE
 * Excel.run (one undo step) and three syncs: (1) what exists, (2) whether each target sheet is still empty,
 * (3) every write. Nothing is written unless every target sheet is absent or empty and no template table
 * exists yet.
 */
import {
  tableBodyRows,
  NUMBER_FORMATS,
  formRows,
  SHEETS,
  SUMMARY_FIRST_ROW,
  SUMMARY_NOTE,
  SUMMARY_ROWS,
  SUMMARY_SHEET,
  SUMMARY_TITLE,
  SUMMARY_VALUES_NAME,
  TABLES,
  cellAddress,
  columnLetter,
  summaryFormula,
  tableDef,
  validationOf,
  listsSheetRows,
  HEADER_FILL,
  LISTS_SHEET,
  type ColumnDef,
  type TableDef,
} from "../../workbook/layout";
import { HostError, type InsertResult, type TemplateSheetPlan } from "../host/types";
import { runWrite } from "./run";
import { applyPrint } from "./print";
import { kopfUndFuss, vorlageDruck } from "../../workbook/print";

export const INSERT_SYNCS = 3;
export const TABLE_STYLE = "TableStyleMedium2";

/** Excel character units (the layout's widths) → points, as Excel converts them for Calibri/Aptos 11: (7w + 5) px × 0.75. */
export function widthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

const clip = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

interface ValidationSpec {
  rule?: Excel.DataValidationRule;
  prompt?: Excel.DataValidationPrompt;
  errorAlert?: Excel.DataValidationErrorAlert;
}

/** The layout's validation in Office.js' shape (list rule, error alert, input prompt). */
export function validationSpec(def: Pick<ColumnDef, "values" | "source" | "hint" | "header" | "vocab">, sheetName: (t: string) => string): ValidationSpec | undefined {
  const v = validationOf(def, sheetName);
  if (!v) return undefined;
  const title = clip(v.title, 32); // Excel's limit for prompt and alert titles
  const spec: ValidationSpec = {};
  if (v.list) {
    spec.rule = { list: { inCellDropDown: true, source: v.list.kind === "werte" ? v.list.values : `=${v.list.range}` } };
    spec.errorAlert = { showAlert: true, style: v.strict ? "Stop" : "Warning", title, message: v.error ?? "" };
  }
  if (v.hint) spec.prompt = { showPrompt: true, title, message: clip(v.hint, 255) };
  return spec;
}

function applyValidation(range: Excel.Range, spec: ValidationSpec | undefined): void {
  if (!spec) return;
  if (spec.rule) range.dataValidation.rule = spec.rule;
  if (spec.errorAlert) range.dataValidation.errorAlert = spec.errorAlert;
  if (spec.prompt) range.dataValidation.prompt = spec.prompt;
  range.dataValidation.ignoreBlanks = true;
}

const fill = <T>(rows: number, v: T): T[][] => Array.from({ length: rows }, () => [v]);

/** A table: header (+ settings rows), the Excel table, formats, widths, validation lists, bold header. */
function writeTable(ws: Excel.Worksheet, t: TableDef, sheetName: (n: string) => string): void {
  const hr = t.headerRow;
  const last = t.columns.length - 1;
  const headers = t.columns.map((c) => c.header);
  const settings = t.target.kind === "einstellungen";
  const form = formRows(t);
  const bodyRows = tableBodyRows(t);
  const tableAddress = `${cellAddress(t, 0, hr)}:${cellAddress(t, last, hr + bodyRows)}`;

  if (settings) {
    const wert = t.columns.findIndex((c) => c.key === "wert");
    // formats first, so "365/12" stays text in a "@" cell
    ws.getRange(tableAddress).numberFormat = [
      headers.map(() => null),
      ...form.map((s) => t.columns.map((_, j) => (j === wert ? (NUMBER_FORMATS[s.kind] ?? "General") : "@"))),
    ];
    ws.getRange(tableAddress).values = [
      headers,
      ...form.map((s) => t.columns.map((c) => (c.key === "bezeichnung" ? s.label : c.key === "schluessel" ? s.key : s.abschnitt ? "" : (s.vorgabe ?? "")))),
    ];
  } else {
    ws.getRange(`${cellAddress(t, 0, hr)}:${cellAddress(t, last, hr)}`).values = [headers];
  }

  const table = ws.tables.add(tableAddress, true);
  table.name = t.name;
  table.style = TABLE_STYLE;
  table.showTotals = false;

  const header = ws.getRange(`${cellAddress(t, 0, hr)}:${cellAddress(t, last, hr)}`);
  // a fill of its own, as the file template has it: the header reads the same without the table style
  header.format.fill.color = HEADER_FILL;
  header.format.font.color = "#FFFFFF";
  header.format.font.bold = true;
  header.format.wrapText = true;
  header.format.verticalAlignment = "Top";

  t.columns.forEach((c, i) => {
    const col = columnLetter(t.firstCol + i);
    ws.getRange(`${col}:${col}`).format.columnWidth = widthPoints(c.width);
    if (settings || t.rows === 0) return;
    const rows = `${cellAddress(t, i, hr + 1)}:${cellAddress(t, i, hr + t.rows)}`;
    const fmt = NUMBER_FORMATS[c.kind];
    if (fmt) ws.getRange(rows).numberFormat = fill(t.rows, fmt);
    applyValidation(ws.getRange(rows), validationSpec(c, sheetName));
  });

  if (settings) {
    const wert = t.columns.findIndex((c) => c.key === "wert");
    const key = t.columns.findIndex((c) => c.key === "schluessel");
    form.forEach((s, k) => {
      if (s.abschnitt) ws.getRange(cellAddress(t, 0, hr + 1 + k)).format.font.bold = true;
      applyValidation(ws.getRange(cellAddress(t, wert, hr + 1 + k)), validationSpec({ values: s.values, vocab: s.vocab, hint: s.hint, header: s.label }, sheetName));
    });
    ws.getRange(`${cellAddress(t, key, hr + 1)}:${cellAddress(t, key, hr + form.length)}`).format.font.color = "#808080";
    // the technical keys are for the add-in and other programs, not for people: hidden (still read)
    ws.getRange(`${columnLetter(t.firstCol + key)}:${columnLetter(t.firstCol + key)}`).columnHidden = true;
  }
}

/** The German words behind the dropdowns, one column per vocabulary (the sheet is hidden). */
function writeLists(ws: Excel.Worksheet): void {
  const rows = listsSheetRows();
  ws.getRange(`A1:${columnLetter(rows[0].length)}${rows.length}`).values = rows;
  ws.getRange(`A1:${columnLetter(rows[0].length)}1`).format.font.bold = true;
}

/** The Übersicht: title, labels, formulas (English syntax, mapped sheet names), formats, the workbook name. */
function writeSummary(ws: Excel.Worksheet, names: Excel.NamedItemCollection, sheetName: (n: string) => string): void {
  const first = SUMMARY_FIRST_ROW;
  const last = first + SUMMARY_ROWS.length - 1;
  ws.getRange("A:A").format.columnWidth = widthPoints(40);
  ws.getRange("B:B").format.columnWidth = widthPoints(18);
  const title = ws.getRange("A1");
  title.values = [[SUMMARY_TITLE]];
  title.format.font.bold = true;
  title.format.font.size = 14;
  ws.getRange(`A${first}:A${last}`).values = SUMMARY_ROWS.map((r) => [r.label]);
  SUMMARY_ROWS.forEach((r, k) => {
    if (r.heading) ws.getRange(`A${first + k}`).format.font.bold = true;
  });
  const values = ws.getRange(`B${first}:B${last}`);
  // formulas before formats: a formula entered into a "@" (text) cell would stay text
  values.formulas = SUMMARY_ROWS.map((r) => [r.heading ? "" : (summaryFormula(r, sheetName) ?? "")]);
  values.numberFormat = SUMMARY_ROWS.map((r) => {
    const fmt = r.kind === "zahl" ? "0" : (NUMBER_FORMATS[r.kind] ?? "@");
    return [fmt === "@" && r.formula ? "General" : fmt];
  });
  const note = ws.getRange(`A${last + 2}`);
  note.values = [[SUMMARY_NOTE]];
  note.format.font.italic = true;
  note.format.font.color = "#606060";
  names.add(SUMMARY_VALUES_NAME, values, "Werte der Übersicht (Budgetplaner)");
}

export async function insertTemplate(plan: readonly TemplateSheetPlan[]): Promise<InsertResult> {
  const target = new Map(plan.map((p) => [p.vorlage, p.name]));
  const sheetName = (template: string) => target.get(template) ?? template;

  return runWrite(async (context) => {
    const wb = context.workbook;
    const tables = wb.tables.load("items/name");
    const staleName = wb.names.getItemOrNullObject(SUMMARY_VALUES_NAME);
    const found = SHEETS.map((s) => wb.worksheets.getItemOrNullObject(sheetName(s.name)));
    await context.sync();

    const have = new Set(tables.items.map((t) => t.name.toLowerCase()));
    const clash = TABLES.find((t) => have.has(t.name.toLowerCase()));
    if (clash) {
      throw new HostError("Die Vorlage ist in dieser Arbeitsmappe schon eingefügt. Es wurde nichts geändert.", `eingefuegt:${clash.name}`);
    }
    const used = found.map((ws) => (ws.isNullObject ? undefined : ws.getUsedRangeOrNullObject(true).load("address")));
    await context.sync();

    const busy = SHEETS.findIndex((_, k) => used[k] && !used[k]!.isNullObject);
    if (busy >= 0) {
      throw new HostError(
        `Das Blatt „${sheetName(SHEETS[busy].name)}“ hat inzwischen Daten – die Vorlage wurde nicht eingefügt. Bitte „Vorlage einfügen“ noch einmal wählen.`,
        "belegt",
      );
    }

    // every check passed: write. The name of an earlier, deleted template would point nowhere (#BEZUG!).
    if (!staleName.isNullObject) staleName.delete();
    const sheets = SHEETS.map((s, k) => (found[k].isNullObject ? wb.worksheets.add(sheetName(s.name)) : found[k]));
    SHEETS.forEach((s, k) => {
      const ws = sheets[k];
      for (const name of s.tables) writeTable(ws, tableDef(name), sheetName);
      if (s.name === LISTS_SHEET) writeLists(ws);
      if (s.frozenRows) ws.freezePanes.freezeRows(s.frozenRows);
      // A4, fitted to the page width, print area, header row on every page, headers and footers (workbook/print.ts)
      applyPrint(ws, vorlageDruck(s) ?? { quer: false, ...kopfUndFuss() });
      if (s.hidden) ws.visibility = "Hidden";
    });
    // the summary's formulas refer to the tables: written after them
    const summaryIndex = SHEETS.findIndex((s) => s.name === SUMMARY_SHEET);
    writeSummary(sheets[summaryIndex], wb.names, sheetName);
    sheets[SHEETS.findIndex((s) => s.name === "Kostenplan")].activate();
    await context.sync();

    return { blaetter: SHEETS.map((s) => sheetName(s.name)) };
  });
}
