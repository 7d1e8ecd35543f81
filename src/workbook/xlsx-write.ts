/**
 * Writes the empty workbook template (layout.ts) with exceljs: named tables with German headers,
 * validation lists for the closed vocabularies, € and date formats, frozen header rows and the
 * Übersicht sheet. Used by `budget vorlage`; tests and the bench fill the same workbook.
 */
import { writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import {
  NUMBER_FORMATS,
  formRows,
  SHEETS,
  SUMMARY_FIRST_ROW,
  SUMMARY_NOTE,
  SUMMARY_ROWS,
  SUMMARY_SHEET,
  SUMMARY_VALUES_NAME,
  sheetRef,
  summaryFormula,
  SUMMARY_TITLE,
  tableDef,
  cellAddress,
  validationOf,
  tableBodyRows,
  listsSheetRows,
  HEADER_FILL,
  LISTS_SHEET,
  VOCAB_LISTS,
  type ColumnDef,
  type SettingDef,
  type SheetDef,
  type TableDef,
} from "./layout";
import { A4, vorlageDruck, xlsxKopfzeile } from "./print";

type Validation = ExcelJS.DataValidation;

const HEADER_FILL_ARGB = `FF${HEADER_FILL.slice(1)}`;

/** The layout's validation in exceljs' shape (a hint without list is an "any" rule with an input message). */
function excelValidation(def: Pick<ColumnDef, "values" | "source" | "hint" | "header" | "vocab">): Validation | undefined {
  const v = validationOf(def);
  if (!v) return undefined;
  const prompt = v.hint ? { showInputMessage: true, promptTitle: v.title, prompt: v.hint } : {};
  if (!v.list) return { type: "any", allowBlank: true, formulae: [], ...prompt } as unknown as Validation;
  return {
    type: "list",
    allowBlank: true,
    formulae: [v.list.kind === "werte" ? `"${v.list.values}"` : v.list.range],
    showErrorMessage: true,
    errorStyle: v.strict ? "stop" : "warning",
    errorTitle: v.title,
    error: v.error,
    ...prompt,
  };
}

/** exceljs 4.4 has `worksheet.dataValidations.add(range, …)` but its typings lack it. */
function addValidation(ws: ExcelJS.Worksheet, range: string, v: Validation): void {
  (ws as unknown as { dataValidations: { add(address: string, v: Validation): void } }).dataValidations.add(range, v);
}

function addTable(ws: ExcelJS.Worksheet, t: TableDef): void {
  const rows: unknown[][] =
    t.target.kind === "einstellungen"
      ? formRows(t).map((s) => [s.label, s.abschnitt ? null : (s.vorgabe ?? null), s.key])
      : Array.from({ length: tableBodyRows(t) }, () => t.columns.map(() => null));
  ws.addTable({
    name: t.name,
    displayName: t.name,
    ref: cellAddress(t, 0, t.headerRow),
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: t.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows,
  } as ExcelJS.TableProperties);

  t.columns.forEach((c, i) => {
    const col = ws.getColumn(t.firstCol + i);
    col.width = c.width;
    const header = ws.getCell(cellAddress(t, i, t.headerRow));
    // a fill of its own: readers that do not draw Excel's table style (LibreOffice) still show white on blue
    header.font = { bold: true, color: { argb: "FFFFFFFF" } };
    header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL_ARGB } };
    header.alignment = { wrapText: true, vertical: "top" };
    if (t.target.kind === "einstellungen") return;
    const fmt = NUMBER_FORMATS[c.kind];
    if (fmt) col.numFmt = fmt;
    if (t.rows > 0) {
      const range = `${cellAddress(t, i, t.headerRow + 1)}:${cellAddress(t, i, t.headerRow + t.rows)}`;
      const v = excelValidation(c);
      if (v) addValidation(ws, range, v);
    }
    if (fmt) ws.getCell(cellAddress(t, i, t.headerRow + 1)).numFmt = fmt;
  });

  if (t.target.kind === "einstellungen") styleSettings(ws, t);
}

/** Each settings row gets the format and validation list of its own kind in the „Wert“ column. */
function styleSettings(ws: ExcelJS.Worksheet, t: TableDef): void {
  const wertIdx = t.columns.findIndex((c) => c.key === "wert");
  formRows(t).forEach((s: SettingDef, k) => {
    const row = t.headerRow + 1 + k;
    if (s.abschnitt) ws.getCell(cellAddress(t, 0, row)).font = { bold: true };
    const cell = ws.getCell(cellAddress(t, wertIdx, row));
    const fmt = NUMBER_FORMATS[s.kind];
    if (fmt) cell.numFmt = fmt;
    const v = excelValidation({ values: s.values, vocab: s.vocab, hint: s.hint, header: s.label });
    if (v) addValidation(ws, cell.address, v);
    ws.getCell(cellAddress(t, t.columns.findIndex((c) => c.key === "schluessel"), row)).font = { color: { argb: "FF808080" } };
  });
  // the technical keys are for the add-in and other programs, not for people: hidden (still read)
  ws.getColumn(t.firstCol + t.columns.findIndex((c) => c.key === "schluessel")).hidden = true;
}

function addSummary(ws: ExcelJS.Worksheet): void {
  ws.getColumn(1).width = 40;
  ws.getColumn(2).width = 18;
  const title = ws.getCell("A1");
  title.value = SUMMARY_TITLE;
  title.font = { bold: true, size: 14 };
  SUMMARY_ROWS.forEach((r, k) => {
    const row = SUMMARY_FIRST_ROW + k;
    const label = ws.getCell(row, 1);
    label.value = r.label;
    if (r.heading) {
      label.font = { bold: true };
      return;
    }
    const v = ws.getCell(row, 2);
    // BUDGET.* formulas need the add-in: the file template leaves those cells empty („Vorlage einfügen“ fills them)
    const formula = r.addin ? undefined : summaryFormula(r);
    if (formula) v.value = { formula: formula.slice(1) } as ExcelJS.CellFormulaValue;
    const fmt = NUMBER_FORMATS[r.kind];
    v.numFmt = r.kind === "zahl" ? "0" : (fmt ?? "@");
  });
  const last = SUMMARY_FIRST_ROW + SUMMARY_ROWS.length - 1;
  ws.workbook.definedNames.add(`${sheetRef(SUMMARY_SHEET)}$B$${SUMMARY_FIRST_ROW}:$B$${last}`, SUMMARY_VALUES_NAME);
  const note = ws.getCell(SUMMARY_FIRST_ROW + SUMMARY_ROWS.length + 1, 1);
  note.value = SUMMARY_NOTE;
  note.font = { italic: true, color: { argb: "FF606060" } };
}

/** The German words behind the dropdowns, one column per vocabulary (the sheet is hidden). */
function addLists(ws: ExcelJS.Worksheet): void {
  listsSheetRows().forEach((row, r) => row.forEach((v, c) => v && (ws.getCell(r + 1, c + 1).value = v)));
  ws.getRow(1).font = { bold: true };
  VOCAB_LISTS.forEach((_, c) => (ws.getColumn(c + 1).width = 34));
}

/**
 * A sheet's page setup in exceljs' shape: A4, its orientation, fitted to one page wide (a wide sheet: to several,
 * its first column repeated, pages over then down), the print area and title rows.
 */
function xlsxPageSetup(s: SheetDef): Partial<ExcelJS.PageSetup> {
  const d = vorlageDruck(s);
  return {
    paperSize: A4,
    orientation: s.landscape ? "landscape" : "portrait",
    fitToPage: true,
    fitToWidth: d?.seitenBreit ?? 1,
    fitToHeight: 0,
    ...(d?.titelspalten ? { printTitlesColumn: d.titelspalten.replace(/\$/g, ""), pageOrder: "overThenDown" as const } : {}),
    // exceljs puts a "$" before each corner ("A$1" → "$A$1"): the rows made absolute here, so the name is $A$1:$H$101
    ...(d?.bereich ? { printArea: d.bereich.replace(/([A-Z]+)(\d+)/g, "$1$$$2") } : {}),
    ...(d?.titelzeilen ? { printTitlesRow: d.titelzeilen.replace(/\$/g, "") } : {}),
  };
}

/** The template as an exceljs workbook (in memory), e.g. to fill rows before writing. */
export function buildTemplate(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Budgetplaner";
  wb.calcProperties.fullCalcOnLoad = true;
  for (const s of SHEETS) {
    const ws = wb.addWorksheet(s.name, {
      ...(s.frozenRows ? { views: [{ state: "frozen", ySplit: s.frozenRows }] } : {}),
      ...(s.hidden ? { state: "hidden" } : {}),
      // A4, fitted to the page width or a wide sheet to several (print.ts: print area, repeated header row and first column, headers and footers)
      pageSetup: xlsxPageSetup(s),
    });
    const druck = vorlageDruck(s);
    if (druck) ws.headerFooter = { oddHeader: xlsxKopfzeile(druck.kopf), oddFooter: xlsxKopfzeile(druck.fuss) };
    if (s.name === "Übersicht") addSummary(ws);
    if (s.name === LISTS_SHEET) addLists(ws);
    for (const name of s.tables) addTable(ws, tableDef(name));
  }
  return wb;
}

/**
 * Writes the empty template to `path`. Never overwrites: an existing file raises EEXIST
 * (the caller turns that into a German message).
 */
export async function writeTemplate(path: string): Promise<void> {
  const buf = await buildTemplate().xlsx.writeBuffer();
  writeFileSync(path, Buffer.from(buf as ArrayBuffer), { flag: "wx" });
}
