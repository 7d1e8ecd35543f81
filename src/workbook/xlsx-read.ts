/**
 * Reads a filled Budgetplaner workbook (.xlsx) with exceljs: checks the file's bytes, loads it and hands
 * its sheets as plain grids to grid-read.ts, which maps the template's tables to verwendungsnachweis/1
 * JSON (the rules for finding tables and converting cells are documented there). Never writes to the file.
 * Formulas count with their cached result (none cached → empty); rich text → plain text; hyperlinks → text;
 * error values (#DIV/0!) → the error text; exceljs turns date-formatted cells into UTC dates.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import type ExcelJS from "exceljs";
import { InputError } from "../engine/errors";
import { parseA1Range, type ColumnKind } from "./layout";
import { convertValue, gridToJson, type GridSheet, type GridTable, type GridValue, type WorkbookRead } from "./grid-read";

export { numberText, type CellRef, type WorkbookRead } from "./grid-read";

type Obj = Record<string, unknown>;

let excelModule: typeof ExcelJS | undefined;
/** exceljs is loaded once, and only when a workbook is read (JSON-only runs stay fast). */
function excel(): typeof ExcelJS {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  if (!excelModule) excelModule = require("exceljs") as typeof ExcelJS;
  return excelModule;
}

/** Worksheet parts the reader never needs: skipping them saves time (data validations expand per cell). */
const IGNORE_NODES = [
  "dataValidations",
  "conditionalFormatting",
  "hyperlinks",
  "pageMargins",
  "pageSetup",
  "printOptions",
  "headerFooter",
  "rowBreaks",
  "drawing",
  "picture",
  "extLst",
];

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

/** Reads and checks the file's bytes: German InputError naming the file for empty, encrypted or non-xlsx files. */
export function readXlsxBytes(path: string): Buffer {
  const name = basename(path);
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT" ? "Datei nicht gefunden" : code === "EACCES" || code === "EPERM" ? "keine Leseberechtigung" : code === "EISDIR" ? "ist ein Ordner" : "Datei nicht lesbar";
    throw new InputError(`${name}: ${why}.`, path);
  }
  if (buf.length === 0) throw new InputError(`${name}: Die Datei ist leer (0 Byte).`, path);
  if (CFB_SIGNATURE.every((b, i) => buf[i] === b)) {
    throw new InputError(
      `${name}: Die Arbeitsmappe ist mit einem Kennwort geschützt (verschlüsselt) oder im alten .xls-Format. ` +
        `Bitte in Excel ohne Kennwort als .xlsx speichern und erneut prüfen.`,
      path,
    );
  }
  if (buf[0] !== 0x50 || buf[1] !== 0x4b) {
    throw new InputError(`${name}: Das ist keine Excel-Arbeitsmappe (.xlsx) – die Datei ist beschädigt oder hat ein anderes Format.`, path);
  }
  return buf;
}

export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const buf = readXlsxBytes(path);
  const wb = new (excel().Workbook)();
  try {
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer, { ignoreNodes: IGNORE_NODES } as unknown as Partial<ExcelJS.XlsxReadOptions>);
  } catch {
    throw new InputError(`${basename(path)}: Die Arbeitsmappe ist beschädigt und kann nicht gelesen werden.`, path);
  }
  return wb;
}

// ---------------------------------------------------------------------------------------------
// exceljs cells as plain grids

function plain(v: ExcelJS.CellValue): GridValue {
  if (v === null || v === undefined) return null;
  if (typeof v !== "object" || v instanceof Date) return v;
  const o = v as unknown as Obj;
  if ("formula" in o || "sharedFormula" in o) return o.result === undefined ? null : plain(o.result as ExcelJS.CellValue);
  if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((r) => r.text ?? "").join("");
  if ("hyperlink" in o && "text" in o) return plain(o.text as ExcelJS.CellValue);
  if ("error" in o) return String(o.error);
  return null;
}

/** Converts one exceljs cell value to its JSON value; undefined = empty. */
export function convertCell(raw: ExcelJS.CellValue, kind: ColumnKind, numFmt?: string): unknown {
  return convertValue(plain(raw), kind, numFmt);
}

function sheetTables(ws: ExcelJS.Worksheet): GridTable[] {
  const tables = (ws as unknown as { tables?: Record<string, { table?: Obj }> }).tables ?? {};
  const out: GridTable[] = [];
  for (const [name, t] of Object.entries(tables)) {
    const model = t.table ?? {};
    const ref = parseA1Range(String(model.tableRef ?? model.ref ?? ""));
    if (ref) out.push({ name, ...ref, totalsRow: model.totalsRow === true });
  }
  return out;
}

function gridOf(ws: ExcelJS.Worksheet): GridSheet {
  const cell = (r: number, c: number) => ws.findRow(r)?.findCell(c);
  return {
    name: ws.name,
    rowCount: ws.rowCount,
    columnCount: ws.columnCount,
    value: (r, c) => {
      const x = cell(r, c);
      return x ? plain(x.value) : null;
    },
    numFmt: (r, c) => cell(r, c)?.numFmt,
    tables: sheetTables(ws),
  };
}

export async function readWorkbook(path: string): Promise<WorkbookRead> {
  const wb = await loadWorkbook(path);
  return workbookToJson(wb, path);
}

/** Turns a loaded workbook into verwendungsnachweis/1 JSON (German InputError naming the file when it is not the template). */
export function workbookToJson(wb: ExcelJS.Workbook, path: string): WorkbookRead {
  return gridToJson(wb.worksheets.map(gridOf), basename(path));
}
