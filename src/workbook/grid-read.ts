/**
 * Reads a filled Budgetplaner workbook, given as plain grids of cell values, into the
 * verwendungsnachweis/1 JSON (with the kostenplan/1 inline), and remembers where each JSON row came
 * from so findings can name the sheet and cell. Shared by the command line (exceljs, xlsx-read.ts)
 * and the task pane (Office.js): each adapter only turns its cells into a `GridSheet`.
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
 * - dates: a JS Date, an Excel serial number or a German / ISO string → "YYYY-MM-DD"; months → "YYYY-MM";
 *   anything else is passed on as text so the engine names it;
 * - formulas arrive as their results (the adapters see to that); error values (#DIV/0!) as their text.
 */
import { Dec } from "../engine/money";
import { InputError } from "../engine/errors";
import { isoDate, isoMonth, tryParseDate, tryParseYearMonth } from "../engine/dates";
import { SETTINGS, TABLES, columnLetter, normHeader, type ColumnDef, type ColumnKind, type Liste, type TableDef } from "./layout";

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

/** A plain cell value: what a formula shows, not the formula. */
export type GridValue = string | number | boolean | Date | null | undefined;

/** A named table of a sheet: its range (1-based, inclusive) and whether its last row is a totals row. */
export interface GridTable {
  name: string;
  r1: number;
  c1: number;
  r2: number;
  c2: number;
  totalsRow: boolean;
}

/** One worksheet as the reader sees it (1-based rows and columns). */
export interface GridSheet {
  name: string;
  /** Last row and column that may hold content. */
  rowCount: number;
  columnCount: number;
  value(row: number, col: number): GridValue;
  /** Number format of the cell (only asked for non-empty cells). */
  numFmt(row: number, col: number): string | undefined;
  tables: readonly GridTable[];
}

type Obj = Record<string, unknown>;

// ---------------------------------------------------------------------------------------------
// Cell values

/** A number as a decimal string without binary noise (15 significant digits, ≤ 10 decimals). */
export function numberText(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  return new Dec(v.toPrecision(15)).toDecimalPlaces(10).toFixed();
}

/** Whether a number format really shows percentages (a % outside quotes), i.e. 0.15 means 15 %. */
function isPercentFormat(fmt: string | undefined): boolean {
  return !!fmt && fmt.replace(/"[^"]*"/g, "").includes("%");
}

const YES = ["ja", "j", "x", "true", "wahr", "1", "yes"];
const NO = ["nein", "n", "false", "falsch", "0", "no"];

const utcDate = (v: Date) => isoDate({ y: v.getUTCFullYear(), m: v.getUTCMonth() + 1, d: v.getUTCDate() });

/** Converts one plain cell value to its JSON value; undefined = empty. */
export function convertValue(v: GridValue, kind: ColumnKind, numFmt?: string): unknown {
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
      return utcDate(v);
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
      return utcDate(v);
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
  sheet: GridSheet;
  headerRow: number;
  /** Column number (1-based) per column key of the layout, for the columns present. */
  cols: Map<string, number>;
  /** The table's totals row (never data), or 0. */
  totalsRow: number;
  /** Sheet row of each JSON row (index = zeile − 1). */
  rowOfZeile: number[];
}

function cellText(sheet: GridSheet, row: number, col: number): string {
  const v = sheet.value(row, col);
  return v === null || v === undefined ? "" : String(v);
}

function matchColumn(def: TableDef, header: string): ColumnDef | undefined {
  const h = normHeader(header);
  if (!h) return undefined;
  return def.columns.find((c) => normHeader(c.header) === h || normHeader(c.key) === h);
}

function mapHeaders(def: TableDef, sheet: GridSheet, row: number, fromCol: number, toCol: number): Map<string, number> {
  const cols = new Map<string, number>();
  for (let c = fromCol; c <= toCol; c++) {
    const col = matchColumn(def, cellText(sheet, row, c));
    if (col && !cols.has(col.key)) cols.set(col.key, c);
  }
  return cols;
}

function findByTableName(sheets: readonly GridSheet[], def: TableDef): Located | undefined {
  const want = def.name.toLowerCase();
  for (const sheet of sheets) {
    for (const t of sheet.tables) {
      if (t.name.toLowerCase() !== want) continue;
      const cols = mapHeaders(def, sheet, t.r1, t.c1, t.c2);
      if (cols.size === 0) continue;
      return { def, sheet, headerRow: t.r1, cols, totalsRow: t.totalsRow ? t.r2 : 0, rowOfZeile: [] };
    }
  }
  return undefined;
}

function findByHeader(sheets: readonly GridSheet[], def: TableDef): Located | undefined {
  const sheet = sheets.find((s) => normHeader(s.name) === normHeader(def.sheet));
  if (!sheet) return undefined;
  const need = Math.min(2, def.columns.length);
  const lastCol = Math.min(Math.max(sheet.columnCount, def.firstCol + def.columns.length), 200);
  for (let r = 1; r <= Math.min(10, sheet.rowCount); r++) {
    const cols = mapHeaders(def, sheet, r, 1, lastCol);
    if (cols.size >= need) return { def, sheet, headerRow: r, cols, totalsRow: 0, rowOfZeile: [] };
  }
  return undefined;
}

function rowValues(loc: Located, r: number): Obj | undefined {
  const out: Obj = {};
  let any = false;
  for (const c of loc.def.columns) {
    const col = loc.cols.get(c.key);
    if (col === undefined) continue;
    const raw = loc.sheet.value(r, col);
    if (raw === null || raw === undefined || raw === "") continue;
    const v = convertValue(raw, c.kind, loc.sheet.numFmt(r, col));
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
  for (let r = loc.headerRow + 1; r <= loc.sheet.rowCount; r++) {
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

/** The list a finding or input error names ("kostenplan.positionen" is the list "positionen"). */
export function listeOf(liste: string): Liste | undefined {
  return LISTE_ALIASES[liste];
}

/** "ausgaben[3].betrag" → the list, its 1-based row and the field after it; undefined for a setting path. */
export function listField(field: string): { liste: string; zeile: number; feld?: string } | undefined {
  const m = /^(kostenplan\.positionen|kostenplan\.traeger|positionen|traeger|einnahmen|beschaeftigte|ausgaben)\[(\d+)\](?:\.([\w.]+))?/.exec(field);
  return m ? { liste: m[1], zeile: Number(m[2]), ...(m[3] ? { feld: m[3] } : {}) } : undefined;
}

/**
 * The column keys a finding's `feld` may name, best first: a key ("betrag"), a nested key
 * ("rundung.schritt", then "rundung") or a path ("ausgaben[3].betrag" → "betrag").
 */
export function feldKeys(feld?: string): string[] {
  const key = feld?.includes("].") ? feld.slice(feld.lastIndexOf("].") + 2) : feld;
  return key ? [key, key.split(".")[0]] : [];
}

/** Tables whose absence means "not a workbook of the template". */
const DATA_TABLES = ["tblKostenplan", "tblEinnahmen", "tblAusgaben", "tblEinstellungen"];

/** Finds the template's tables; an empty map when none of its data tables is there. */
function locateTables(sheets: readonly GridSheet[]): Map<string, Located> {
  const found = new Map<string, Located>();
  for (const def of TABLES) {
    const loc = findByTableName(sheets, def) ?? findByHeader(sheets, def);
    if (loc) found.set(def.name, loc);
  }
  return DATA_TABLES.some((t) => found.has(t)) ? found : new Map();
}

/** Whether the grids hold the template's tables (by name or by sheet and header). */
export function hasTemplate(sheets: readonly GridSheet[]): boolean {
  return locateTables(sheets).size > 0;
}

/**
 * Turns the grids into verwendungsnachweis/1 JSON. `name` names the workbook in the German error raised
 * when none of the template's tables is there.
 */
export function gridToJson(sheets: readonly GridSheet[], name: string): WorkbookRead {
  const found = locateTables(sheets);
  if (found.size === 0) {
    const n = sheets.length;
    throw new InputError(
      `${name}: Das ist keine Arbeitsmappe der Budget-Vorlage – die Tabellen „Ausgaben“, „Einnahmen“ und „Kostenplan“ fehlen ` +
        `(${n === 0 ? "keine Blätter" : n === 1 ? "1 Blatt" : `${n} Blätter`}, keines aus der Vorlage). Eine leere Vorlage erzeugt „budget vorlage <datei.xlsx>“ oder im Add-in „Vorlage einfügen“.`,
      name,
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
    const l = listeOf(liste);
    const loc = l && lists.get(l);
    if (!loc || !Number.isInteger(zeile) || zeile < 1) return undefined;
    const row = loc.rowOfZeile[zeile - 1];
    if (row === undefined) return undefined;
    const col = feldKeys(feld).map((k) => loc.cols.get(k)).find((c) => c !== undefined) ?? Math.min(...loc.cols.values());
    return { blatt: loc.sheet.name, zelle: `${columnLetter(col)}${row}` };
  };

  const locate = (field: string): CellRef | undefined => {
    const lf = listField(field);
    if (lf) return cellOf(lf.liste, lf.zeile, lf.feld);
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
  for (let r = loc.headerRow + 1; r <= loc.sheet.rowCount; r++) {
    const keyText = keyCol ? cellText(loc.sheet, r, keyCol).trim() : "";
    const labelText = labelCol ? cellText(loc.sheet, r, labelCol).trim() : "";
    if (!keyText && !labelText) continue;
    const def =
      SETTINGS.find((s) => keyText && s.key === keyText) ?? SETTINGS.find((s) => labelText && normHeader(s.label) === normHeader(labelText));
    const key = def?.key ?? (/^[A-Za-z][\w.]*$/.test(keyText) ? keyText : undefined);
    if (!key) continue;
    cells.set(key, { blatt: loc.sheet.name, zelle: `${columnLetter(valueCol)}${r}` });
    const raw = loc.sheet.value(r, valueCol);
    const v = convertValue(raw, def?.kind ?? "text", raw === null || raw === undefined ? undefined : loc.sheet.numFmt(r, valueCol));
    if (v === undefined) continue;
    const path = key.split(".");
    if (path[0] === "kostenplan") setPath(kostenplan, path.slice(1), v);
    else setPath(json, path, v);
  }
}
