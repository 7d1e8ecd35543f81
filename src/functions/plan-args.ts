/**
 * The plan arguments of MONAT, ZEITRAUMBETRAG, TEILBUDGET and MONATSPLAN, handed to the one reader as
 * grids (the same code that reads the workbook for the task pane and the command line), then the engine.
 *
 * - kostenplan: the Kostenplan table with its header row (German headers of the template or JSON keys);
 * - einstellungen: the template's settings table, or a range of key | value rows of your own (keys as in the
 *   settings table, also short: "tageProMonat", "rundung.monat.schritt", "eigenanteilMonat");
 * - träger: the Träger table (Kürzel | Name | Obergrenze je Monat); without it the Träger column names the
 *   Teilbudgets, as in the workbook;
 * - beginn / ende: the Bewilligungszeitraum.
 * A plan with a finding of severity „fehler“ gives #WERT! with that finding, never a plausible figure.
 */
import { InputError } from "../engine/errors";
import type { PlanResult } from "../engine/plan/compute";
import { normWord } from "../engine/values";
import { toGridValue, type GridValue } from "../workbook/cells";
import { gridToJson, type GridSheet, type GridWorkbook, type WorkbookRead } from "../workbook/grid-read";
import { evaluateWorkbookPlan } from "../workbook/evaluate";
import { SETTINGS, TABLES, parseA1Range, parseAddress, tableDef, type Rect } from "../workbook/layout";
import { isoDateOf, optionalRange } from "./arguments";
import type { CellContext } from "./cell-context";

export interface PlanArgs {
  kostenplan: unknown;
  beginn: unknown;
  ende: unknown;
  einstellungen: unknown;
  traeger: unknown;
}

/** Argument positions (0-based) of the ranges, for their formats and addresses. */
export interface PlanParams {
  kostenplan: number;
  einstellungen: number;
  traeger: number;
}

/** Where a range argument stands: its sheet and top-left cell, when Excel told us; else the parameter's name and A1. */
function originOf(param: string, address: string | undefined): { sheet: string; r: number; c: number; relative: boolean } {
  if (address) {
    try {
      const { sheet, rect } = parseAddress(address);
      if (sheet) return { sheet, r: rect.r1, c: rect.c1, relative: false };
    } catch {
      /* not an A1 address: fall back */
    }
  }
  return { sheet: param, r: 1, c: 1, relative: true };
}

/**
 * Ranges of the same sheet (the template's settings and Träger tables stand side by side) as one sheet
 * with both tables, as the workbook has them.
 */
function mergeSameSheet(sheets: GridSheet[]): GridSheet[] {
  const out: GridSheet[] = [];
  for (const s of sheets) {
    const twin = out.findIndex((o) => o.name === s.name);
    if (twin < 0) {
      out.push(s);
      continue;
    }
    const a = out[twin];
    const inTables = (x: GridSheet, r: number, c: number) => x.tables.some((t) => r >= t.r1 && r <= t.r2 && c >= t.c1 && c <= t.c2);
    out[twin] = {
      name: a.name,
      rowCount: Math.max(a.rowCount, s.rowCount),
      columnCount: Math.max(a.columnCount, s.columnCount),
      value: (r, c) => (inTables(s, r, c) ? s.value(r, c) : a.value(r, c)),
      numFmt: (r, c) => (inTables(s, r, c) ? s.numFmt(r, c) : a.numFmt(r, c)),
      tables: [...a.tables, ...s.tables],
    };
  }
  return out;
}

type Grid = readonly (readonly unknown[])[] | undefined;

/** A range argument as a sheet holding one table over the whole range; a cell Excel calls "Empty" is empty (not the desktop's 0). */
function rangeSheet(values: unknown[][], formats: Grid, types: Grid, table: string, origin: { sheet: string; r: number; c: number }): GridSheet {
  const rows = values.length;
  let cols = 0;
  for (const r of values) if (r.length > cols) cols = r.length; // no spread: ranges may have 100,000 rows
  const rect: Rect = { r1: origin.r, c1: origin.c, r2: origin.r + rows - 1, c2: origin.c + cols - 1 };
  return {
    name: origin.sheet,
    rowCount: rect.r2,
    columnCount: rect.c2,
    value: (r, c): GridValue => (types?.[r - origin.r]?.[c - origin.c] === "Empty" ? null : toGridValue(values[r - origin.r]?.[c - origin.c])),
    numFmt: (r, c) => {
      const f = formats?.[r - origin.r]?.[c - origin.c];
      return typeof f === "string" && f !== "General" ? f : undefined;
    },
    tables: rows > 0 ? [{ name: table, ...rect, totalsRow: false }] : [],
  };
}

const hasHeader = (row: unknown[] | undefined, header: string) => (row ?? []).some((h) => typeof h === "string" && normWord(h) === normWord(header));

/** A key | value range without header row gets the settings table's header ("Schlüssel", "Wert"). */
function withSettingsHeader(range: unknown[][]): { values: unknown[][]; shift: number } {
  if (hasHeader(range[0], "Wert")) return { values: range, shift: 0 };
  const t = tableDef("tblEinstellungen");
  const key = t.columns.find((c) => c.key === "schluessel")!.header;
  const wert = t.columns.find((c) => c.key === "wert")!.header;
  return { values: [[key, wert], ...range.map((r) => [r[0], r[1]])], shift: 1 };
}

interface Origin {
  param: string;
  sheet: string;
  relative: boolean;
  rect: Rect;
}

/** What an engine field names, for people: the column of a row ("…positionen[2].art" → Spalte „Art“) or a setting. */
function columnOf(field: string | undefined): string {
  if (!field) return "";
  const key = field.match(/\]\.([\w.]+)$/)?.[1];
  const col = key ? TABLES.flatMap((t) => t.columns).find((c) => c.key === key) : undefined;
  if (col) return `, Spalte „${col.header}“`;
  const setting = SETTINGS.find((x) => x.key === field || x.key === `kostenplan.${field}`);
  return setting ? `, Einstellung „${setting.label}“` : "";
}

/**
 * The parameter a cell belongs to, and how a message names it: "kostenplan (Zelle G3 im Bereich)", or with
 * the addresses Excel gave "kostenplan (Blatt „Kostenplan“, Zelle G3)".
 */
function where(origins: readonly Origin[], cell: { blatt: string; zelle: string } | undefined, field?: string): { param: string; text: string } {
  const at = cell ? parseA1Range(cell.zelle) : undefined;
  const inside = (x: Origin) => !!at && at.r1 >= x.rect.r1 && at.r1 <= x.rect.r2 && at.c1 >= x.rect.c1 && at.c1 <= x.rect.c2;
  const o = cell && (origins.find((x) => x.sheet === cell.blatt && inside(x)) ?? origins.find((x) => x.sheet === cell.blatt));
  if (!cell || !o) return { param: "kostenplan", text: "kostenplan" };
  const place = o.relative ? `Zelle ${cell.zelle} im Bereich` : `Blatt „${cell.blatt}“, Zelle ${cell.zelle}`;
  return { param: o.param, text: `${o.param} (${place}${columnOf(field)})` };
}

function errorAt(w: { param: string; text: string }, message: string, kind: InputError["kind"] = "ungueltig"): InputError {
  return new InputError(`${w.text}: ${message}`, w.param, kind);
}

const CELL_PREFIX = /^Blatt „([^“]*)“, Zelle ([A-Z]+\d+): /;

/** An input error of the reader or the engine, restated for a formula: the parameter and the cell come first. */
function restate(e: InputError, origins: readonly Origin[], read?: WorkbookRead): InputError {
  const m = CELL_PREFIX.exec(e.message);
  if (m) return errorAt(where(origins, { blatt: m[1], zelle: m[2] }), e.message.slice(m[0].length), e.kind);
  const cell = read && e.field ? read.locate(e.field) : undefined;
  if (cell) return errorAt(where(origins, cell, e.field), e.message.startsWith(`${e.field}: `) ? e.message.slice(e.field.length + 2) : e.message, e.kind);
  return e;
}

/**
 * Reads the plan arguments with the one reader, evaluates the plan and hands the result to `pick`.
 * Errors are InputErrors whose field names the parameter; a plan finding „fehler“ is one too.
 */
export function planResultOf<T>(args: PlanArgs, params: PlanParams, cells: CellContext, addresses: readonly string[] | undefined, pick: (r: PlanResult) => T): T {
  const beginn = isoDateOf(args.beginn, "beginn", cells);
  const ende = isoDateOf(args.ende, "ende", cells);
  const plan = optionalRange(args.kostenplan);
  if (!plan || plan.length === 0) throw new InputError(`kostenplan ist leer – erwartet wird der Kostenplan mit Kopfzeile.`, "kostenplan");
  const header = tableDef("tblKostenplan").columns.find((c) => c.key === "bezeichnung")!.header;
  if (!hasHeader(plan[0], header) && !hasHeader(plan[0], "bezeichnung")) {
    throw new InputError(
      `kostenplan: Die erste Zeile muss die Spaltenköpfe enthalten, mindestens „Bezeichnung“ (oder „bezeichnung“) – bitte den Bereich samt Kopfzeile übergeben.`,
      "kostenplan",
    );
  }
  const origins: Origin[] = [];
  const sheets: GridSheet[] = [];
  const add = (param: string, values: unknown[][], at: number, table: string, shift = 0) => {
    const o = originOf(param, addresses?.[at]);
    const shifted = (g: Grid) => (shift && g ? [[], ...g] : g);
    const sheet = rangeSheet(values, shifted(cells.formats(at)), shifted(cells.types(at)), table, { ...o, r: o.r - shift });
    origins.push({ param, sheet: o.sheet, relative: o.relative, rect: sheet.tables[0] ?? { r1: o.r, c1: o.c, r2: o.r, c2: o.c } });
    sheets.push(sheet);
  };
  add("kostenplan", plan, params.kostenplan, "tblKostenplan");
  const settings = optionalRange(args.einstellungen);
  if (settings) {
    const { values, shift } = withSettingsHeader(settings);
    add("einstellungen", values, params.einstellungen, "tblEinstellungen", shift);
  }
  const traeger = optionalRange(args.traeger);
  if (traeger) add("träger", traeger, params.traeger, "tblTraeger");

  const book: GridWorkbook = { name: "kostenplan", sheets: mergeSameSheet(sheets), dateSystem: cells.dateSystem };
  let read: WorkbookRead;
  try {
    read = gridToJson(book);
  } catch (e) {
    throw e instanceof InputError ? restate(e, origins) : e;
  }
  const json = read.json as { kostenplan?: Record<string, unknown> };
  json.kostenplan = { ...(json.kostenplan ?? { format: "kostenplan/1" }), zeitraum: { beginn, ende } };

  const outcome = evaluateWorkbookPlan(read);
  if (!outcome.ok) {
    const kind = outcome.fehlend ? "fehlend" : "ungueltig";
    if (outcome.leer) throw new InputError("kostenplan: Der Kostenplan enthält keine Positionen (nur die Kopfzeile).", "kostenplan", kind);
    const m = CELL_PREFIX.exec(outcome.message);
    const text = m ? outcome.message.slice(m[0].length) : outcome.message;
    // the period comes from the parameters beginn and ende, not from a range
    const period = /^(?:kostenplan\.)?zeitraum(?:\.(beginn|ende))?/.exec(outcome.feld ?? "");
    if (period) throw new InputError(`${period[1] ?? "beginn/ende"}: ${text.replace(/^(?:kostenplan\.)?zeitraum(?:\.\w+)?: /, "")}`, period[1] ?? "beginn/ende", kind);
    throw errorAt(where(origins, outcome.ort, outcome.feld), text, kind);
  }
  const fehler = outcome.result.befunde.find((b) => b.schwere === "fehler" && !b.begruendung);
  if (fehler) {
    const o = fehler.ort;
    const cell = o?.zelle && o.blatt ? { blatt: o.blatt, zelle: o.zelle } : o?.liste && o.zeile !== undefined ? read.cellOf(o.liste, o.zeile) : undefined;
    throw errorAt(where(origins, cell), fehler.text);
  }
  return pick(outcome.result);
}

