/**
 * The one reader: a Budgetplaner workbook, given as plain grids of cell values, → verwendungsnachweis/1
 * JSON (with the kostenplan/1 inline), remembering where each JSON row came from so findings name the
 * sheet and cell. Every path hands its cells over as grids: the command line (xlsx/), the task pane
 * (Office.js) and the custom functions (their range arguments). The value rules are cells.ts.
 *
 * Finding the tables: by table name (tblAusgaben, …) anywhere in the workbook; otherwise by sheet name
 * (Ausgaben, …) and a header row among the first 10 rows. Headers map to JSON keys through the layout
 * (German header or the JSON key itself, compared without case, spaces, punctuation and umlauts); other
 * columns are ignored, unless a header is a near miss of a known one (an input error: „meinten Sie …?“).
 *
 * What is seen is what is checked:
 * - a named table's rows are its own rows (the Übersicht's formulas sum the same); rows typed below a
 *   table that did not grow are a finding naming their first cell, and counted nowhere;
 * - a table found by its header has every non-empty row below the header;
 * - a row whose cells are all empty, 0 or FALSCH is empty; JSON row n is the n-th non-empty row;
 * - hidden sheets and merged cells in a data area are findings naming them;
 * - the settings table knows only the settings of the layout: an unknown or doubled key is an input
 *   error naming its cell (nothing a crafted key names can reach an object's prototype).
 */
import { InputError } from "../engine/errors";
import { befund, type Befund } from "../engine/findings";
import { FIGURE_KEYS, type FigureKey } from "../engine/legal/tables";
import { meintenSie, nearest } from "../engine/suggest";
import type { DateSystem } from "../engine/values";
import { cellToJson, isBlankCell, type CellRule, type GridValue } from "./cells";
import { AENDERUNG_KEYS } from "../engine/schema/formats";
import { foldChangeRows, type ChangeRowRules } from "./change-rows";
import { CHANGE_COLUMN, SETTINGS, TABLES, columnLetter, figureSetting, formRows, normHeader, type ColumnDef, type Liste, type Rect, type SettingDef, type TableDef } from "./layout";

export type { GridValue };

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
  /** What the reader itself found: rows outside a table, hidden sheets, merged cells (with sheet and cell). */
  befunde: Befund[];
}

/** A named table of a sheet: its range (1-based, inclusive) and whether its last row is a totals row. */
export interface GridTable {
  name: string;
  r1: number;
  c1: number;
  r2: number;
  c2: number;
  totalsRow: boolean;
}

export type Sichtbarkeit = "sichtbar" | "ausgeblendet" | "sehr-ausgeblendet";

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
  /** Default: visible. */
  sichtbarkeit?: Sichtbarkeit;
  /** Merged areas (only the top-left cell holds the value). */
  merged?: readonly Rect[];
}

export interface GridWorkbook {
  /** Names the workbook in messages (file name or the workbook's name). */
  name: string;
  sheets: readonly GridSheet[];
  dateSystem: DateSystem;
}

type Obj = Record<string, unknown>;

/** Most rows a data table may hold (a year of daily expenses is about 2,000). */
export const MAX_TABELLENZEILEN = 100_000;

// ---------------------------------------------------------------------------------------------
// Locating tables

interface Located {
  def: TableDef;
  sheet: GridSheet;
  headerRow: number;
  /** Column number (1-based) per column key of the layout, for the columns present. */
  cols: Map<string, number>;
  /** Last data row (a named table's last row before its totals row; else the sheet's last row). */
  lastRow: number;
  /** The named table's columns (outside rows are looked for there), when found by name. */
  range?: Rect;
  /** Sheet row of each JSON row (index = zeile − 1). */
  rowOfZeile: number[];
  /** Sheet rows of each JSON row's change rows (index = zeile − 1), see change-rows.ts. */
  changeRowsOfZeile?: number[][];
}

function cellText(sheet: GridSheet, row: number, col: number): string {
  const v = sheet.value(row, col);
  return v === null || v === undefined ? "" : String(v).trim();
}

const at = (sheet: GridSheet, row: number, col: number) => `Blatt „${sheet.name}“, Zelle ${columnLetter(col)}${row}`;

function headersOf(def: TableDef): Map<string, ColumnDef> {
  const m = new Map<string, ColumnDef>();
  for (const c of def.columns) {
    for (const h of [c.header, c.key, ...(c.alsoHeaders ?? [])]) m.set(normHeader(h), c);
  }
  return m;
}

/** Header cells → column keys; a doubled column or a near miss of a known header is an input error. */
function mapHeaders(def: TableDef, sheet: GridSheet, row: number, fromCol: number, toCol: number, strict: boolean): Map<string, number> {
  const known = headersOf(def);
  const cols = new Map<string, number>();
  for (let c = fromCol; c <= toCol; c++) {
    const text = cellText(sheet, row, c);
    if (!text) continue;
    const col = known.get(normHeader(text));
    if (col) {
      const first = cols.get(col.key);
      if (first !== undefined) {
        throw new InputError(`${at(sheet, row, c)}: Die Spalte „${col.header}“ kommt doppelt vor (auch in ${columnLetter(first)}${row}).`, `${sheet.name}!${columnLetter(c)}${row}`);
      }
      cols.set(col.key, c);
    } else if (strict) {
      const near = nearest(text, def.columns.map((x) => x.header), "streng");
      if (near) {
        throw new InputError(`${at(sheet, row, c)}: Die Spalte „${text.slice(0, 60)}“ ist unbekannt – meinten Sie „${near}“?`, `${sheet.name}!${columnLetter(c)}${row}`);
      }
    }
  }
  return cols;
}

function findByTableName(sheets: readonly GridSheet[], def: TableDef): Located | undefined {
  const want = def.name.toLowerCase();
  for (const sheet of sheets) {
    for (const t of sheet.tables) {
      if (t.name.toLowerCase() !== want) continue;
      const cols = mapHeaders(def, sheet, t.r1, t.c1, t.c2, true);
      if (cols.size === 0) continue;
      if (t.r2 - t.r1 > MAX_TABELLENZEILEN) tooManyRows(sheet, def, t.r2 - t.r1);
      return { def, sheet, headerRow: t.r1, cols, lastRow: t.totalsRow ? t.r2 - 1 : t.r2, range: t, rowOfZeile: [] };
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
    const cols = mapHeaders(def, sheet, r, 1, lastCol, false);
    if (cols.size >= need) {
      if (sheet.rowCount - r > MAX_TABELLENZEILEN) tooManyRows(sheet, def, sheet.rowCount - r);
      return { def, sheet, headerRow: r, cols: mapHeaders(def, sheet, r, 1, lastCol, true), lastRow: sheet.rowCount, rowOfZeile: [] };
    }
  }
  return undefined;
}

function tooManyRows(sheet: GridSheet, def: TableDef, rows: number): never {
  throw new InputError(
    `Blatt „${sheet.name}“: Die Tabelle „${def.sheet}“ hat ${rows.toLocaleString("de-DE")} Zeilen – erlaubt sind höchstens ${MAX_TABELLENZEILEN.toLocaleString("de-DE")}.`,
    sheet.name,
  );
}

// ---------------------------------------------------------------------------------------------
// Rows

/** Sets a dotted path of layout keys (never a key from the file, so nothing reaches a prototype). */
function setPath(target: Obj, path: readonly string[], value: unknown): void {
  let o = target;
  for (const k of path.slice(0, -1)) {
    if (typeof o[k] !== "object" || o[k] === null || Array.isArray(o[k])) o[k] = {};
    o = o[k] as Obj;
  }
  o[path[path.length - 1]] = value;
}

function rowValues(loc: Located, r: number, dateSystem: DateSystem): Obj | undefined {
  const out: Obj = {};
  let blank = true;
  for (const c of loc.def.columns) {
    const col = loc.cols.get(c.key);
    if (col === undefined) continue;
    const raw = loc.sheet.value(r, col);
    if (isBlankCell(raw) && raw !== 0 && raw !== false) continue;
    if (!isBlankCell(raw)) blank = false;
    const v = cellToJson(raw, c, { numFmt: loc.sheet.numFmt(r, col), dateSystem });
    if (v === undefined) continue;
    if (c.key.includes(".")) setPath(out, c.key.split("."), v);
    else out[c.key] = v;
  }
  return blank ? undefined : out;
}

function readRows(loc: Located, dateSystem: DateSystem): Obj[] {
  const rows: Obj[] = [];
  for (let r = loc.headerRow + 1; r <= loc.lastRow; r++) {
    const v = rowValues(loc, r, dateSystem);
    if (v) {
      rows.push(v);
      loc.rowOfZeile.push(r);
    }
  }
  return rows;
}

/** What a change row may change, per list with change rows. */
const CHANGE_RULES: Partial<Record<Liste, Pick<ChangeRowRules, "nameKey" | "changeable" | "what" | "required">>> = {
  positionen: { nameKey: "bezeichnung", changeable: AENDERUNG_KEYS.filter((k) => k !== CHANGE_COLUMN), what: "Position", required: "art" },
  beschaeftigte: { nameKey: "name", changeable: ["stundenlohn"], what: "beschäftigte Person" },
};

/** Folds change rows („Gültig ab“) into the row they change; the sheet rows of both stay known for messages. */
function foldChanges(loc: Located, rows: Obj[]): Obj[] {
  const rules = loc.def.target.kind === "liste" ? CHANGE_RULES[loc.def.target.liste] : undefined;
  if (!rules || !loc.cols.has(CHANGE_COLUMN)) return rows;
  const header = (key: string) => loc.def.columns.find((c) => c.key === key)?.header ?? key;
  const sheetRows = loc.rowOfZeile;
  const folded = foldChangeRows(rows, {
    ...rules,
    header,
    cell: (i, key) => {
      const col = loc.cols.get(key) ?? loc.cols.get(key.split(".")[0]) ?? Math.min(...loc.cols.values());
      return { text: at(loc.sheet, sheetRows[i], col), ref: `${loc.sheet.name}!${columnLetter(col)}${sheetRows[i]}` };
    },
  });
  loc.rowOfZeile = folded.origin.map((o) => sheetRows[o.row]);
  loc.changeRowsOfZeile = folded.origin.map((o) => o.changes.map((i) => sheetRows[i]));
  return folded.rows;
}

/** Rows below a named table, in its columns, that hold something: counted nowhere, so a finding. */
function rowsOutside(loc: Located): Befund | undefined {
  if (!loc.range) return undefined;
  const { sheet } = loc;
  let first: { r: number; c: number } | undefined;
  let count = 0;
  for (let r = loc.range.r2 + 1; r <= sheet.rowCount; r++) {
    for (let c = loc.range.c1; c <= loc.range.c2; c++) {
      if (!isBlankCell(sheet.value(r, c))) {
        first ??= { r, c };
        count++;
        break;
      }
    }
  }
  if (!first) return undefined;
  const zelle = `${columnLetter(first.c)}${first.r}`;
  const rows = count === 1 ? `Zeile ${first.r} steht` : `${count} Zeilen ab Zeile ${first.r} stehen`;
  const what = loc.def.target.kind === "einstellungen" || loc.def.name === "tblNachweise" ? "weder gelesen noch geprüft" : "weder in den Summen noch in der Prüfung mitgezählt";
  return {
    ...befund(
      "zeile-ausserhalb-tabelle",
      "fehler",
      `Blatt „${sheet.name}“: ${rows} unterhalb der Tabelle „${tableLabel(loc.def)}“ und ${count === 1 ? "wird" : "werden"} ${what}. ` +
        `Bitte die Tabelle bis dorthin erweitern (in Excel am Eckpunkt der Tabelle ziehen, in LibreOffice Zeilen innerhalb der Tabelle einfügen) oder die Zeilen hineinverschieben.`,
      { liste: listeOfTable(loc.def), blatt: sheet.name, zelle },
    ),
  };
}

/** How people know a table: its sheet's name, or for a second table on a sheet its own name („Träger“, „Nachweise“). */
const SECOND_TABLES: Readonly<Record<string, string>> = { tblTraeger: "Träger", tblNachweise: "Nachweise" };
function tableLabel(def: TableDef): string {
  return SECOND_TABLES[def.name] ?? def.sheet;
}

function intersects(a: Rect, b: Rect): boolean {
  return a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
}

function mergedInData(loc: Located): Befund[] {
  const cols = [...loc.cols.values()];
  const data: Rect = { r1: loc.headerRow, c1: Math.min(...cols), r2: loc.lastRow, c2: Math.max(...cols) };
  const hits = (loc.sheet.merged ?? []).filter((m) => intersects(m, data));
  return hits.slice(0, 5).map((m) => {
    const ref = `${columnLetter(m.c1)}${m.r1}:${columnLetter(m.c2)}${m.r2}`;
    return befund(
      "zellen-verbunden",
      "warnung",
      `Blatt „${loc.sheet.name}“: Die Zellen ${ref} sind verbunden – gezählt wird nur der Wert in ${columnLetter(m.c1)}${m.r1}. Bitte den Zellverbund aufheben und jeden Wert in seine eigene Zeile schreiben.` +
        (hits.length > 5 ? ` (${hits.length} verbundene Bereiche im Datenbereich, hier die ersten 5.)` : ""),
      { liste: listeOfTable(loc.def), blatt: loc.sheet.name, zelle: `${columnLetter(m.c1)}${m.r1}` },
    );
  });
}

function hiddenSheet(sheet: GridSheet): Befund | undefined {
  const s = sheet.sichtbarkeit ?? "sichtbar";
  if (s === "sichtbar") return undefined;
  return befund(
    "blatt-ausgeblendet",
    "warnung",
    `Das Blatt „${sheet.name}“ ist ${s === "sehr-ausgeblendet" ? "sehr ausgeblendet (nur über die Makro-Entwicklungsumgebung sichtbar zu machen)" : "ausgeblendet"} – ` +
      `geprüft wurde auch, was darauf steht. Bitte einblenden, damit alle sehen, was geprüft wird.`,
    { blatt: sheet.name, zelle: "A1" },
  );
}

// ---------------------------------------------------------------------------------------------
// The settings table

/** A setting key of the layout, or a legal figure of a year (rechengroessen.JJJJ.<Rechengröße>); the case record's keys in its own form. */
function settingDef(key: string, rows: readonly SettingDef[]): SettingDef | undefined {
  const exact = rows.find((s) => s.key === key);
  if (exact) return exact;
  if (rows !== SETTINGS) return undefined;
  const m = /^(?:kostenplan\.einstellungen\.|kostenplan\.|einstellungen\.)?rechengroessen\.(\d{4})\.([A-Za-z][A-Za-z0-9]*)$/.exec(key); // figure keys may hold digits (minijobU1, pflegegeld3)
  if (m && (FIGURE_KEYS as readonly string[]).includes(m[2])) return figureSetting(Number(m[1]), m[2] as FigureKey);
  // short forms of ranges people build themselves ("tageProMonat", "rundung.monat.schritt"): a unique suffix
  const bySuffix = SETTINGS.filter((s) => s.key.endsWith(`.${key}`));
  return bySuffix.length === 1 ? bySuffix[0] : undefined;
}

const byLabel = new WeakMap<readonly SettingDef[], Map<string, SettingDef>>();
function labelIndex(rows: readonly SettingDef[]): Map<string, SettingDef> {
  let m = byLabel.get(rows);
  if (!m) byLabel.set(rows, (m = new Map(rows.map((s) => [normHeader(s.label), s]))));
  return m;
}

/** A key/value table (the settings, the case record): each row's value to its JSON path. */
function readSettings(loc: Located, json: Obj, kostenplan: Obj, cells: Map<string, CellRef>, dateSystem: DateSystem): void {
  const keyCol = loc.cols.get("schluessel");
  const labelCol = loc.cols.get("bezeichnung");
  const valueCol = loc.cols.get("wert");
  if (valueCol === undefined) return;
  const { sheet } = loc;
  const rows = formRows(loc.def);
  const SETTING_BY_LABEL = labelIndex(rows);
  const known = [...rows.map((s) => s.key), ...rows.map((s) => s.label)];
  const hintKeys = " – die Schlüssel stehen in der Spalte „Schlüssel“ der Vorlage (z. B. kostenplan.eigenanteilMonat, kostenplan.einstellungen.rechengroessen.2027.kvZusatzDurchschnitt)";
  for (let r = loc.headerRow + 1; r <= loc.lastRow; r++) {
    const keyText = keyCol ? cellText(sheet, r, keyCol) : "";
    const labelText = labelCol ? cellText(sheet, r, labelCol) : "";
    const raw = sheet.value(r, valueCol);
    if (!keyText && !labelText) continue;
    let def: SettingDef | undefined;
    if (keyText) {
      def = settingDef(keyText, rows) ?? SETTING_BY_LABEL.get(normHeader(keyText)); // a label in the key column (two-column ranges)
      if (!def) {
        throw new InputError(
          `${at(sheet, r, keyCol!)}: Die Einstellung „${keyText.slice(0, 80)}“ ist unbekannt${meintenSie(keyText, known) || hintKeys}`.replace(/([^?])$/, "$1."),
          `${sheet.name}!${columnLetter(keyCol!)}${r}`,
        );
      }
    } else {
      def = SETTING_BY_LABEL.get(normHeader(labelText));
      if (!def) {
        if (isBlankCell(raw)) continue; // a note in the label column
        throw new InputError(
          `${at(sheet, r, labelCol!)}: Die Einstellung „${labelText.slice(0, 80)}“ ist unbekannt${meintenSie(labelText, rows.map((s) => s.label)) || " – bitte den Schlüssel in der Spalte „Schlüssel“ angeben"}`.replace(/([^?])$/, "$1."),
          `${sheet.name}!${columnLetter(labelCol!)}${r}`,
        );
      }
    }
    const zelle = `${columnLetter(valueCol)}${r}`;
    if (def.abschnitt) {
      if (isBlankCell(raw)) continue;
      throw new InputError(`${at(sheet, r, valueCol)}: Diese Zeile ist die Überschrift „${def.label}“ – bitte den Wert in eine der Zeilen darunter eintragen.`, `${sheet.name}!${zelle}`);
    }
    const twice = cells.get(def.key);
    if (twice) {
      throw new InputError(`${at(sheet, r, valueCol)}: Die Einstellung „${def.label}“ steht zweimal (auch in Zelle ${twice.zelle}).`, `${sheet.name}!${zelle}`);
    }
    cells.set(def.key, { blatt: sheet.name, zelle });
    const v = cellToJson(raw, def as CellRule, { numFmt: isBlankCell(raw) ? undefined : sheet.numFmt(r, valueCol), dateSystem });
    if (v === undefined) continue;
    const path = def.key.split(".");
    if (path[0] === "kostenplan") setPath(kostenplan, path.slice(1), v);
    else setPath(json, path, v);
  }
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
  nachweise: "nachweise",
  "fall.nachweise": "nachweise",
  "kostenplan.fall.nachweise": "nachweise",
};

/** The list a finding or input error names ("kostenplan.positionen" is the list "positionen"). */
export function listeOf(liste: string): Liste | undefined {
  return Object.prototype.hasOwnProperty.call(LISTE_ALIASES, liste) ? LISTE_ALIASES[liste] : undefined;
}

function listeOfTable(def: TableDef): Liste | undefined {
  return def.target.kind === "liste" ? def.target.liste : undefined;
}

/** The cell a reader error names in its field ("Einstellungen!C21"). */
export function sheetCellOf(field: string): CellRef | undefined {
  const m = /^(.+)!([A-Z]{1,3}\d+)$/.exec(field);
  return m ? { blatt: m[1], zelle: m[2] } : undefined;
}

/** "ausgaben[3].betrag" → the list, its 1-based row and the field after it; undefined for a setting path. */
export function listField(field: string): { liste: string; zeile: number; feld?: string } | undefined {
  const m = /^(kostenplan\.positionen|kostenplan\.traeger|kostenplan\.fall\.nachweise|fall\.nachweise|positionen|traeger|einnahmen|beschaeftigte|ausgaben)\[(\d+)\](?:\.((?:aenderungen\[\d+\]\.?)?[\w.]*))?/.exec(field);
  return m ? { liste: m[1], zeile: Number(m[2]), ...(m[3] ? { feld: m[3] } : {}) } : undefined;
}

/**
 * The column keys a finding's `feld` may name, best first: a key ("betrag"), a nested key
 * ("rundung.schritt", then "rundung") or a path ("ausgaben[3].betrag" → "betrag").
 */
export function feldKeys(feld?: string): string[] {
  const key = feld?.includes("].") ? feld.slice(feld.lastIndexOf("].") + 2) : feld?.replace(/\[\d+\]$/, "");
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

const TEMPLATE_SHEETS = new Set(TABLES.map((t) => normHeader(t.sheet)));
const TEMPLATE_TABLES = new Set(TABLES.map((t) => t.name.toLowerCase()));

/** Whether a sheet can hold a template table, by a table's name or by the sheet's name: only such sheets are read. */
export function isTemplateSheet(sheet: string, tables: readonly string[]): boolean {
  return TEMPLATE_SHEETS.has(normHeader(sheet)) || tables.some((t) => TEMPLATE_TABLES.has(t.toLowerCase()));
}

/** Whether the grids hold the template's tables (by name or by sheet and header); a broken header still counts. */
export function hasTemplate(sheets: readonly GridSheet[]): boolean {
  try {
    return locateTables(sheets).size > 0;
  } catch (e) {
    if (e instanceof InputError) return true;
    throw e;
  }
}

/** Which reader findings concern the cost plan and which the report (the settings and hidden sheets: both). */
export function readerFindings(read: WorkbookRead, teil: "plan" | "nachweis"): Befund[] {
  const plan = (l?: string) => l === "positionen" || l === "traeger" || l === "nachweise";
  return read.befunde.filter((b) => (b.ort?.liste === undefined ? true : teil === "plan" ? plan(b.ort.liste) : !plan(b.ort.liste)));
}

/**
 * Turns the grids into verwendungsnachweis/1 JSON. The workbook's name names it in the German error
 * raised when none of the template's tables is there.
 */
export function gridToJson(book: GridWorkbook): WorkbookRead {
  const { sheets, dateSystem } = book;
  const found = locateTables(sheets);
  if (found.size === 0) {
    // (the command line hands over only sheets that could hold a template table, so no count of sheets here)
    throw new InputError(
      `${book.name}: Das ist keine Arbeitsmappe der Budget-Vorlage – die Tabellen „Ausgaben“, „Einnahmen“ und „Kostenplan“ fehlen ` +
        `(kein Blatt der Vorlage gefunden). Eine leere Vorlage erzeugt „budget vorlage <datei.xlsx>“ oder im Add-in „Vorlage einfügen“.`,
      book.name,
    );
  }

  const json: Obj = { format: "verwendungsnachweis/1" };
  const kostenplan: Obj = { format: "kostenplan/1" };
  const settingCells = new Map<string, CellRef>();
  const befunde: Befund[] = [];

  for (const form of ["tblEinstellungen", "tblFall"]) {
    const settings = found.get(form);
    if (!settings) continue;
    readSettings(settings, json, kostenplan, settingCells, dateSystem);
    const outside = rowsOutside(settings);
    if (outside) befunde.push(outside);
  }

  const lists = new Map<Liste, Located>();
  for (const def of TABLES) {
    if (def.target.kind !== "liste") continue;
    const loc = found.get(def.name);
    if (!loc) continue;
    const rows = foldChanges(loc, readRows(loc, dateSystem));
    lists.set(def.target.liste, loc);
    const outside = rowsOutside(loc);
    if (outside) befunde.push(outside);
    befunde.push(...mergedInData(loc));
    const [head, ...rest] = def.target.path;
    if (head === "kostenplan") {
      if ((def.target.liste === "traeger" || def.target.liste === "nachweise") && rows.length === 0) continue;
      setPath(kostenplan, rest, rows);
    } else setPath(json, def.target.path, rows);
  }
  // Without a Träger table the positions' Träger column names the Teilbudgets (as the functions see it)
  const positionen = kostenplan.positionen as Obj[] | undefined;
  if (!kostenplan.traeger && positionen) {
    const ids = [...new Set(positionen.map((p) => p.traeger).filter((t): t is string => typeof t === "string" && t !== ""))];
    if (ids.length) kostenplan.traeger = ids.map((id) => ({ id }));
  }
  if (Object.keys(kostenplan).length > 1) json.kostenplan = kostenplan;

  const seen = new Set<GridSheet>();
  for (const loc of found.values()) {
    if (seen.has(loc.sheet)) continue;
    seen.add(loc.sheet);
    const h = hiddenSheet(loc.sheet);
    if (h) befunde.push(h);
  }

  const cellOf = (liste: string, zeile: number, feld?: string): CellRef | undefined => {
    const l = listeOf(liste);
    const loc = l && lists.get(l);
    if (!loc || !Number.isInteger(zeile) || zeile < 1) return undefined;
    // a change of the row ("aenderungen[2].preis") stands in a row of its own
    const change = /^aenderungen\[(\d+)\](?:\.(.+))?$/.exec(feld ?? "");
    const row = change ? loc.changeRowsOfZeile?.[zeile - 1]?.[Number(change[1]) - 1] : loc.rowOfZeile[zeile - 1];
    if (row === undefined) return undefined;
    if (change) feld = change[2] ?? CHANGE_COLUMN;
    const col = feldKeys(feld).map((k) => loc.cols.get(k)).find((c) => c !== undefined) ?? Math.min(...loc.cols.values());
    return { blatt: loc.sheet.name, zelle: `${columnLetter(col)}${row}` };
  };

  const locate = (field: string): CellRef | undefined => {
    const lf = listField(field);
    if (lf) return cellOf(lf.liste, lf.zeile, lf.feld);
    const sheetCell = sheetCellOf(field);
    if (sheetCell) return sheetCell;
    const key = field.replace(/^verwendungsnachweis\./, "");
    const exact = settingCells.get(key) ?? settingCells.get(`kostenplan.${key}`);
    if (exact) return exact;
    // "zeitraum" names the first setting below it ("zeitraum.beginn")
    for (const [k, c] of settingCells) if (k.startsWith(`${key}.`)) return c;
    return undefined;
  };

  return { json, cellOf, locate, tables: [...found.keys()], befunde };
}
