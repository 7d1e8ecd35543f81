/**
 * Reads a filled Budgetplaner workbook (.xlsx) into the verwendungsnachweis/1 JSON (with the
 * kostenplan/1 inline), and remembers where each JSON row came from so findings can name the sheet
 * and cell. Never writes to the file.
 *
 * Finding the tables: by table name (tblAusgaben, …) anywhere in the workbook; otherwise by sheet name
 * (Ausgaben, …) and a header row among the first 10 rows. Headers map to JSON keys through the layout
 * (German header or the JSON key itself, compared without case, spaces, punctuation and umlauts);
 * unknown columns are ignored. A table's rows are all non-empty rows below its header (also beyond the
 * table's range: tools that append rows do not grow the table); empty rows are skipped, so JSON row n is
 * the n-th non-empty row, and `cellOf` maps it back to its sheet row.
 *
 * Cell values:
 * - numbers → decimal strings without binary noise: the number is taken at 15 significant digits
 *   (the precision Excel itself shows and stores), then at most 10 decimals, trailing zeros stripped
 *   (0.1+0.2 → "0.3", 417 → "417", 13.9 → "13.9");
 * - text in amount columns: "€", "%" and spaces are dropped and the rest is left to the engine, which
 *   reads German ("1.234,56") and dot decimals and reports anything else as an input error naming the cell;
 * - percentages: a cell with a real percent format (0.15 shown as 15 %) becomes "15";
 * - dates: a JS Date (exceljs turns date-formatted cells into UTC dates), an Excel serial number or a
 *   German / ISO string → "YYYY-MM-DD"; months → "YYYY-MM"; anything else is passed on as text so the
 *   engine names it;
 * - formulas → their cached result (no result cached → empty); rich text → plain text; hyperlinks → text;
 *   error values (#DIV/0!) → the error text.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import type ExcelJS from "exceljs";
import { Dec } from "../engine/money";
import { InputError } from "../engine/errors";
import { isoDate, isoMonth, tryParseDate, tryParseYearMonth } from "../engine/dates";
import {
  SETTINGS,
  TABLES,
  columnLetter,
  normHeader,
  type ColumnDef,
  type ColumnKind,
  type Liste,
  type TableDef,
} from "./layout";

export interface CellRef {
  blatt: string;
  zelle: string;
}

export interface WorkbookRead {
  /** verwendungsnachweis/1 with the kostenplan/1 inline. */
  json: unknown;
  /** Sheet and cell of JSON row `zeile` (1-based) of a list; with `feld` the cell of that key, else the row's first cell. */
  cellOf(liste: string, zeile: number, feld?: string): CellRef | undefined;
  /** Sheet and cell of an engine field path such as "ausgaben[3].betrag" or "zeitraum.beginn". */
  locate(field: string): CellRef | undefined;
  /** Tables found (names of the layout), for messages and tests. */
  tables: string[];
}

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
// Cell values

/** A number as a decimal string without binary noise (15 significant digits, ≤ 10 decimals). */
export function numberText(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  return new Dec(v.toPrecision(15)).toDecimalPlaces(10).toFixed();
}

function plain(v: ExcelJS.CellValue): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v !== "object" || v instanceof Date) return v;
  const o = v as unknown as Obj;
  if ("formula" in o || "sharedFormula" in o) return o.result === undefined ? null : plain(o.result as ExcelJS.CellValue);
  if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((r) => r.text ?? "").join("");
  if ("hyperlink" in o && "text" in o) return plain(o.text as ExcelJS.CellValue);
  if ("error" in o) return String(o.error);
  return null;
}

/** Whether a number format really shows percentages (a % outside quotes), i.e. 0.15 means 15 %. */
function isPercentFormat(fmt: string | undefined): boolean {
  return !!fmt && fmt.replace(/"[^"]*"/g, "").includes("%");
}

const YES = ["ja", "j", "x", "true", "wahr", "1", "yes"];
const NO = ["nein", "n", "false", "falsch", "0", "no"];

/** Converts one cell to its JSON value; undefined = empty. */
export function convertCell(raw: ExcelJS.CellValue, kind: ColumnKind, numFmt?: string): unknown {
  const v = plain(raw);
  if (v === null || v === undefined) return undefined;
  if (typeof v === "string" && v.trim() === "") return undefined;
  switch (kind) {
    case "betrag":
    case "zahl":
    case "prozent": {
      if (typeof v === "number") {
        return numberText(kind === "prozent" && isPercentFormat(numFmt) ? Number((v * 100).toPrecision(15)) : v);
      }
      if (typeof v === "string") return v.replace(/[€%\s\u00a0\u202f]/g, "").trim() || v.trim();
      if (typeof v === "boolean") return v ? "1" : "0";
      if (v instanceof Date) return isoDate({ y: v.getUTCFullYear(), m: v.getUTCMonth() + 1, d: v.getUTCDate() });
      return String(v);
    }
    case "datum": {
      // tryParseDate reads JS dates, Excel serials, ISO and German strings alike
      const c = tryParseDate(typeof v === "string" ? v.trim() : v);
      return c ? isoDate(c) : typeof v === "number" ? numberText(v) : String(v).trim();
    }
    case "monat": {
      const ym = tryParseYearMonth(v);
      return ym ? isoMonth(ym) : typeof v === "number" ? numberText(v) : String(v).trim();
    }
    case "janein": {
      if (typeof v === "boolean") return v;
      const s = String(v).trim().toLowerCase();
      if (YES.includes(s)) return true;
      if (NO.includes(s)) return false;
      return String(v).trim();
    }
    case "text":
    case "liste": {
      if (typeof v === "string") return v.trim();
      if (typeof v === "number") return numberText(v);
      if (typeof v === "boolean") return v ? "ja" : "nein";
      if (v instanceof Date) return isoDate({ y: v.getUTCFullYear(), m: v.getUTCMonth() + 1, d: v.getUTCDate() });
      return String(v);
    }
  }
}

function setPath(target: Obj, path: readonly string[], value: unknown): void {
  let o = target;
  for (const k of path.slice(0, -1)) {
    if (typeof o[k] !== "object" || o[k] === null || Array.isArray(o[k])) o[k] = {};
    o = o[k] as Obj;
  }
  o[path[path.length - 1]] = value;
}

// ---------------------------------------------------------------------------------------------
// Locating tables

interface Located {
  def: TableDef;
  ws: ExcelJS.Worksheet;
  headerRow: number;
  /** Column number (1-based) per column key of the layout, for the columns present. */
  cols: Map<string, number>;
  /** The table's totals row (never data), or 0. */
  totalsRow: number;
  /** Sheet row of each JSON row (index = zeile − 1). */
  rowOfZeile: number[];
}

function cellText(ws: ExcelJS.Worksheet, row: number, col: number): string {
  const v = plain(ws.getCell(row, col).value);
  return v === null || v === undefined ? "" : String(v);
}

function matchColumn(def: TableDef, header: string): ColumnDef | undefined {
  const h = normHeader(header);
  if (!h) return undefined;
  return def.columns.find((c) => normHeader(c.header) === h || normHeader(c.key) === h);
}

function mapHeaders(def: TableDef, ws: ExcelJS.Worksheet, row: number, fromCol: number, toCol: number): Map<string, number> {
  const cols = new Map<string, number>();
  for (let c = fromCol; c <= toCol; c++) {
    const col = matchColumn(def, cellText(ws, row, c));
    if (col && !cols.has(col.key)) cols.set(col.key, c);
  }
  return cols;
}

function decodeRef(ref: string): { r1: number; c1: number; r2: number; c2: number } | undefined {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref.trim());
  if (!m) return undefined;
  const col = (s: string) => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { c1: col(m[1]), r1: +m[2], c2: col(m[3] ?? m[1]), r2: +(m[4] ?? m[2]) };
}

function findByTableName(wb: ExcelJS.Workbook, def: TableDef): Located | undefined {
  const want = def.name.toLowerCase();
  for (const ws of wb.worksheets) {
    const tables = (ws as unknown as { tables?: Record<string, { table?: Obj }> }).tables ?? {};
    for (const [name, t] of Object.entries(tables)) {
      if (name.toLowerCase() !== want) continue;
      const model = t.table ?? {};
      const ref = decodeRef(String(model.tableRef ?? model.ref ?? ""));
      if (!ref) continue;
      const headerRow = ref.r1;
      const cols = mapHeaders(def, ws, headerRow, ref.c1, ref.c2);
      if (cols.size === 0) continue;
      return { def, ws, headerRow, cols, totalsRow: model.totalsRow === true ? ref.r2 : 0, rowOfZeile: [] };
    }
  }
  return undefined;
}

function findByHeader(wb: ExcelJS.Workbook, def: TableDef): Located | undefined {
  const ws = wb.worksheets.find((w) => normHeader(w.name) === normHeader(def.sheet));
  if (!ws) return undefined;
  const need = Math.min(2, def.columns.length);
  const lastCol = Math.min(Math.max(ws.columnCount, def.firstCol + def.columns.length), 200);
  for (let r = 1; r <= Math.min(10, ws.rowCount); r++) {
    const cols = mapHeaders(def, ws, r, 1, lastCol);
    if (cols.size >= need) return { def, ws, headerRow: r, cols, totalsRow: 0, rowOfZeile: [] };
  }
  return undefined;
}

function rowValues(loc: Located, r: number): Obj | undefined {
  const row = loc.ws.findRow(r);
  if (!row) return undefined;
  const out: Obj = {};
  let any = false;
  for (const c of loc.def.columns) {
    const col = loc.cols.get(c.key);
    if (col === undefined) continue;
    const cell = row.findCell(col);
    if (!cell) continue;
    const v = convertCell(cell.value, c.kind, cell.numFmt);
    if (v === undefined) continue;
    any = true;
    if (c.key.includes(".")) setPath(out, c.key.split("."), v);
    else out[c.key] = v;
  }
  return any ? out : undefined;
}

/**
 * The table's rows: every non-empty row below the header to the sheet's last row (a table's totals row
 * excluded). Rows beyond the table's own range count too, since tools that append rows do not grow the
 * table; a stray line below the table then shows up as a finding instead of being dropped silently.
 */
function readRows(loc: Located): Obj[] {
  const rows: Obj[] = [];
  const last = loc.ws.rowCount;
  for (let r = loc.headerRow + 1; r <= last; r++) {
    if (r === loc.totalsRow) continue;
    const v = rowValues(loc, r);
    if (v) {
      rows.push(v);
      loc.rowOfZeile.push(r);
    }
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// The workbook as JSON

const LISTE_ALIASES: Record<string, Liste> = {
  positionen: "positionen",
  "kostenplan.positionen": "positionen",
  traeger: "traeger",
  "kostenplan.traeger": "traeger",
  einnahmen: "einnahmen",
  beschaeftigte: "beschaeftigte",
  ausgaben: "ausgaben",
};

export async function readWorkbook(path: string): Promise<WorkbookRead> {
  const wb = await loadWorkbook(path);
  return workbookToJson(wb, path);
}

/** Turns a loaded workbook into verwendungsnachweis/1 JSON (exported for tests and the task pane preview). */
export function workbookToJson(wb: ExcelJS.Workbook, path: string): WorkbookRead {
  const name = basename(path);
  const found = new Map<string, Located>();
  for (const def of TABLES) {
    const loc = findByTableName(wb, def) ?? findByHeader(wb, def);
    if (loc) found.set(def.name, loc);
  }
  const dataTables = ["tblKostenplan", "tblEinnahmen", "tblAusgaben", "tblEinstellungen"];
  if (!dataTables.some((t) => found.has(t))) {
    const n = wb.worksheets.length;
    throw new InputError(
      `${name}: Das ist keine Arbeitsmappe der Budget-Vorlage – die Tabellen „Ausgaben“, „Einnahmen“ und „Kostenplan“ fehlen ` +
        `(${n === 0 ? "keine Blätter" : n === 1 ? "1 Blatt" : `${n} Blätter`}, keines aus der Vorlage). Eine leere Vorlage erzeugt „budget vorlage <datei.xlsx>“.`,
      path,
    );
  }

  const json: Obj = { format: "verwendungsnachweis/1" };
  const kostenplan: Obj = { format: "kostenplan/1" };
  const settingCells = new Map<string, CellRef>();

  const settings = found.get("tblEinstellungen");
  if (settings) readSettings(settings, json, kostenplan, settingCells);

  const lists = new Map<Liste, Located>();
  for (const def of TABLES) {
    if (def.target.kind !== "liste") continue;
    const loc = found.get(def.name);
    if (!loc) continue;
    const rows = readRows(loc);
    lists.set(def.target.liste, loc);
    const [head, ...rest] = def.target.path;
    if (head === "kostenplan") {
      if (def.target.liste === "traeger" && rows.length === 0) continue;
      setPath(kostenplan, rest, rows);
    } else setPath(json, def.target.path, rows);
  }
  if (Object.keys(kostenplan).length > 1) json.kostenplan = kostenplan;

  const cellOf = (liste: string, zeile: number, feld?: string): CellRef | undefined => {
    const l = LISTE_ALIASES[liste];
    const loc = l && lists.get(l);
    if (!loc || !Number.isInteger(zeile) || zeile < 1) return undefined;
    const row = loc.rowOfZeile[zeile - 1];
    if (row === undefined) return undefined;
    // feld may be a key ("betrag"), a nested key ("rundung.schritt") or a path ("ausgaben[3].betrag")
    const key = feld?.includes("].") ? feld.slice(feld.lastIndexOf("].") + 2) : feld;
    const col = (key && (loc.cols.get(key) ?? loc.cols.get(key.split(".")[0]))) || Math.min(...loc.cols.values());
    return { blatt: loc.ws.name, zelle: `${columnLetter(col)}${row}` };
  };

  const locate = (field: string): CellRef | undefined => {
    const m = /^(kostenplan\.positionen|kostenplan\.traeger|positionen|traeger|einnahmen|beschaeftigte|ausgaben)\[(\d+)\](?:\.([\w.]+))?/.exec(field);
    if (m) return cellOf(m[1], Number(m[2]), m[3]);
    const key = field.replace(/^verwendungsnachweis\./, "");
    const exact = settingCells.get(key) ?? settingCells.get(`kostenplan.${key}`);
    if (exact) return exact;
    // "zeitraum" names the first setting below it ("zeitraum.beginn")
    for (const [k, c] of settingCells) if (k.startsWith(`${key}.`)) return c;
    return undefined;
  };

  return { json, cellOf, locate, tables: [...found.keys()] };
}

function readSettings(loc: Located, json: Obj, kostenplan: Obj, cells: Map<string, CellRef>): void {
  const keyCol = loc.cols.get("schluessel");
  const labelCol = loc.cols.get("bezeichnung");
  const valueCol = loc.cols.get("wert");
  if (valueCol === undefined) return;
  const last = loc.ws.rowCount;
  for (let r = loc.headerRow + 1; r <= last; r++) {
    const row = loc.ws.findRow(r);
    if (!row) continue;
    const keyText = keyCol ? cellText(loc.ws, r, keyCol).trim() : "";
    const labelText = labelCol ? cellText(loc.ws, r, labelCol).trim() : "";
    const def =
      SETTINGS.find((s) => keyText && s.key === keyText) ?? SETTINGS.find((s) => labelText && normHeader(s.label) === normHeader(labelText));
    const key = def?.key ?? (/^[A-Za-z][\w.]*$/.test(keyText) ? keyText : undefined);
    if (!key) continue;
    const cell = row.findCell(valueCol);
    cells.set(key, { blatt: loc.ws.name, zelle: `${columnLetter(valueCol)}${r}` });
    if (!cell) continue;
    const v = convertCell(cell.value, def?.kind ?? "text", cell.numFmt);
    if (v === undefined) continue;
    const path = key.split(".");
    if (path[0] === "kostenplan") setPath(kostenplan, path.slice(1), v);
    else setPath(json, path, v);
  }
}
