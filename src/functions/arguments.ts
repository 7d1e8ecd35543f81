/**
 * Excel values → domain values: the rules every custom function applies to its scalar arguments. Values
 * are read by the cell rules of the one reader (src/workbook/cells.ts): "1.500" is fifteen hundred, a
 * serial number is a date in the workbook's date system, ja/nein has one vocabulary. Ranges of the plan go
 * through the one reader whole (plan-args.ts).
 *
 * EMPTY-CELL RULE (Excel desktop passes 0 for an empty referenced cell, Excel on the web passes null;
 * an omitted optional argument is always null):
 * 1. `null`, `undefined` and "" (also only spaces) are EMPTY, everywhere.
 * 2. A required parameter that is empty is an error: #WERT! "<parameter> ist leer …".
 * 3. `0` counts as the number 0 only where 0 is a meaningful value (Einnahmen, Ausgaben,
 *    Verwaltungskosten, Stunden, percentages and amounts in option/settings ranges). Where 0 is not
 *    meaningful (Brutto, Monatsbudget, Kosten der Sachleistung, dates, weeks per month, rounding steps,
 *    text and choice parameters) a 0 is read as the desktop's empty cell: a required parameter is then
 *    an error ("… ist leer oder 0"), an optional one takes its documented default.
 * 4. Booleans (WAHR/FALSCH) are never amounts; ja/nein switches take the one yes/no vocabulary.
 * Money enters the engine exactly once, as a decimal string, and leaves as cents (`money`) at the very last step.
 */
import { cents, type Dec as DecT } from "../engine/money";
import { InputError } from "../engine/errors";
import { parseBoolean, parseDecimal, parseEnum } from "../engine/parse";
import { choiceOf, isEmptyValue, normWord, showValue, type Vocabulary } from "../engine/values";
import { parseDate, isoDate, type CalDate } from "../engine/dates";
import { FIGURE_KEYS, FIGURE_LABELS, type FigureKey, type Overrides } from "../engine/legal/tables";
import type { EmployerCostInput } from "../engine/employer-cost/types";
import { ZUSCHLAG_ARTEN } from "../engine/employer-cost/zuschlaege";
import { ZUSCHLAG_KEYS } from "../engine/plan/types";
import { cellToJson, toGridValue, type ColumnKind } from "../workbook/cells";
import { KOSTENPLAN_COLUMNS } from "../workbook/layout";
import type { CellContext } from "./cell-context";

/** Blank, or a 0 (the desktop's empty cell) where 0 has no meaning. */
function isBlankOrZero(v: unknown): boolean {
  return isEmptyValue(v) || v === 0;
}

function fail(param: string, message: string): never {
  throw new InputError(`${param}: ${message}`, param);
}

function scalar(v: unknown, param: string): unknown {
  if (Array.isArray(v)) {
    const flat = (v as unknown[][]).flat();
    if (flat.length === 1) return flat[0];
    fail(param, "Erwartet wird ein einzelner Wert, kein Bereich.");
  }
  return v;
}

/** The JSON value of a scalar argument by the cell rules (a person's input). */
function cellJson(v: unknown, kind: ColumnKind, cells: CellContext, numFmt?: string): unknown {
  return cellToJson(toGridValue(v), { kind }, { dateSystem: cells.dateSystem, numFmt });
}

export interface AmountRule {
  /** "zero-ok": 0 is the number 0; "zero-empty": 0 is read as an empty cell. */
  zero: "zero-ok" | "zero-empty";
  /** Allowed sign of the value. */
  sign: "any" | "nonneg" | "positive";
  /** A percentage: "15 %" is 15, and a cell with a percent format (0.15 shown as 15 %) too; its format is that of argument `at`. */
  percentAt?: number;
}

function toDecimal(v: unknown, param: string, cells: CellContext, kind: ColumnKind = "betrag", numFmt?: string): DecT {
  if (typeof v === "boolean") fail(param, `${v ? "WAHR" : "FALSCH"} ist keine Zahl.`);
  if (typeof v === "number" && !Number.isFinite(v)) fail(param, "Der Wert ist keine endliche Zahl.");
  const j = cellJson(v, kind, cells, numFmt);
  try {
    return parseDecimal(j, param);
  } catch {
    fail(param, `${showValue(v)} ist keine gültige Zahl (erlaubt z. B. „1.234,56“ oder 1234,56).`);
  }
}

function checkSign(d: DecT, v: unknown, param: string, sign: AmountRule["sign"]): DecT {
  if (sign === "nonneg" && d.isNegative()) fail(param, `${showValue(v)} darf nicht negativ sein.`);
  if (sign === "positive" && !d.gt(0)) fail(param, `${showValue(v)} muss größer als 0 sein.`);
  return d;
}

/** A required amount or quantity. */
export function requiredNumber(raw: unknown, param: string, rule: AmountRule, cells: CellContext): DecT {
  const v = scalar(raw, param);
  if (isEmptyValue(v)) throw new InputError(`${param} ist leer – bitte einen Wert eintragen.`, param);
  if (v === 0 && rule.zero === "zero-empty") {
    throw new InputError(`${param} ist leer oder 0 – bitte einen Betrag größer als 0 eintragen (eine leere Zelle kommt in Excel als 0 an).`, param);
  }
  return checkSign(ruled(v, param, rule, cells), v, param, rule.sign);
}

function ruled(v: unknown, param: string, rule: AmountRule, cells: CellContext): DecT {
  if (rule.percentAt === undefined) return toDecimal(v, param, cells);
  const fmt = cells.formats(rule.percentAt)?.[0]?.[0];
  return toDecimal(v, param, cells, "prozent", typeof fmt === "string" ? fmt : undefined);
}

/** An optional amount: empty (and, with "zero-empty", 0) gives `undefined`, i.e. the default. */
export function optionalNumber(raw: unknown, param: string, rule: AmountRule, cells: CellContext): DecT | undefined {
  const v = scalar(raw, param);
  if (isEmptyValue(v) || (v === 0 && rule.zero === "zero-empty")) return undefined;
  return checkSign(ruled(v, param, rule, cells), v, param, rule.sign);
}

/** A required date: a serial number in the workbook's date system, "31.01.2026" or "2026-01-31". 0 is an empty cell. */
export function requiredDate(raw: unknown, param: string, cells: CellContext): CalDate {
  const v = scalar(raw, param);
  if (isBlankOrZero(v)) fail(param, "Das Datum ist leer – bitte ein Datum eintragen (z. B. 01.01.2026).");
  if (typeof v === "boolean") fail(param, `${v ? "WAHR" : "FALSCH"} ist kein Datum.`);
  try {
    return parseDate(cellJson(v, "datum", cells), param);
  } catch {
    fail(param, `${showValue(v)} ist kein gültiges Datum (erwartet ein Excel-Datum, „31.01.2026“ oder „2026-01-31“).`);
  }
}

export function isoDateOf(raw: unknown, param: string, cells: CellContext): string {
  return isoDate(requiredDate(raw, param, cells));
}

/** A required choice from a closed list: its code or its German word (0 is an empty cell). */
export function requiredChoice<T extends string>(raw: unknown, param: string, vocab: Vocabulary<T>): T {
  const v = scalar(raw, param);
  if (isBlankOrZero(v)) fail(param, `Angabe fehlt (leer) – erlaubt: ${vocab.codes.join(", ")}.`);
  return choiceOf(v, vocab) ?? parseEnum(v, param, vocab.codes);
}

export function optionalChoice<T extends string>(raw: unknown, param: string, vocab: Vocabulary<T>, fallback: T): T {
  const v = scalar(raw, param);
  return isBlankOrZero(v) ? fallback : (choiceOf(v, vocab) ?? parseEnum(v, param, vocab.codes));
}

/** A required free text (e.g. a Träger id); 0 is an empty cell. */
export function requiredText(raw: unknown, param: string): string {
  const v = scalar(raw, param);
  if (isBlankOrZero(v)) fail(param, "Angabe fehlt (leer).");
  if (typeof v === "boolean") fail(param, `${v ? "WAHR" : "FALSCH"} ist kein Text.`);
  return String(v).trim();
}

/** An optional yes/no switch: empty and 0 are "no". */
export function optionalFlag(raw: unknown, param: string): boolean {
  const v = scalar(raw, param);
  if (isBlankOrZero(v)) return false;
  return parseBoolean(v, param, false);
}

/** A scalar that may be empty: blank gives null (used where the engine parses the value itself). */
export function scalarOrNull(raw: unknown, param: string): unknown {
  const v = scalar(raw, param);
  return isEmptyValue(v) ? null : v;
}

/** The key of a legal figure (FIGURE_KEYS, case-insensitive, or its German label). */
export function legalFigureKey(raw: unknown, param: string): FigureKey {
  const v = scalar(raw, param);
  if (isBlankOrZero(v)) fail(param, `Angabe fehlt (leer) – erlaubt: ${FIGURE_KEYS.join(", ")}.`);
  const n = normWord(String(v));
  const k = FIGURE_KEYS.find((key) => normWord(key) === n || normWord(FIGURE_LABELS[key]) === n);
  if (!k) fail(param, `${showValue(v)} ist unbekannt – erlaubt: ${FIGURE_KEYS.join(", ")}.`);
  return k;
}

/** Money out: cents (half-up) as a plain number, the last step before Excel. */
export function money(d: DecT): number {
  return finite(cents(d).toNumber());
}

function finite(n: number): number {
  if (!Number.isFinite(n)) throw new InputError("Das Ergebnis ist zu groß, um es in Excel darzustellen – bitte die Eingaben prüfen.", "");
  return n;
}

/** A non-money figure (rate, hours) out: the exact value as a number. */
export function figure(d: DecT): number {
  return finite(d.toNumber());
}

// ---------------------------------------------------------------------------------------------
// Ranges

/** A range argument: `null` (omitted) → `undefined`; a single value is a 1×1 range. */
export function optionalRange(raw: unknown): unknown[][] | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (!Array.isArray(raw)) return isEmptyValue(raw) ? undefined : [[raw]];
  return raw as unknown[][];
}

const KEY_HEADERS = new Set(["schluessel", "option", "optionen", "name", "einstellung", "key"]);

/** Rows of a key/value range (first column key, second value); a header row ("Schlüssel | Wert") is skipped. */
export function keyValueRows(range: unknown[][], param: string): { key: string; value: unknown; row: number }[] {
  const out: { key: string; value: unknown; row: number }[] = [];
  range.forEach((cells, i) => {
    const k = cells[0];
    if (isBlankOrZero(k)) return;
    if (cells.length < 2) fail(param, "Erwartet wird ein Bereich mit zwei Spalten (Schlüssel und Wert).");
    if (i === 0 && typeof k === "string" && KEY_HEADERS.has(normWord(k)) && normWord(String(cells[1] ?? "")) === "wert") return;
    out.push({ key: String(k).trim(), value: cells[1], row: i + 1 });
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Options of ARBEITGEBERKOSTEN

const NUMBER_OPTIONS = [
  "zusatzbeitragProzent",
  "u1Prozent",
  "u2Prozent",
  "uvJahr",
  "zuschlaegeSvFrei",
  "einmalzahlungMonat",
  "arbeitgeberanteilProzent",
  "grundlohn",
] as const;
const FLAG_OPTIONS = ["sachsen", "rvBefreit", "kvPrivat", "pauschsteuerArbeitgeber", "privathaushalt", "hauptbeschaeftigung", "ost"] as const;
/** Hours of the month and agreed rates per surcharge class (nachtStunden, nachtProzent, …). */
const SURCHARGE_OPTIONS = ZUSCHLAG_ARTEN.flatMap((art) => [ZUSCHLAG_KEYS[art].stunden, ZUSCHLAG_KEYS[art].prozent]);
type NumberOption = (typeof NUMBER_OPTIONS)[number];
type FlagOption = (typeof FLAG_OPTIONS)[number];

/** Keys people may write instead of the JSON key (the Kostenplan's German column headers); a Map, since the keys come from cells. */
const OPTION_ALIASES: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>([["zuschlaegesvfreimonat", "zuschlaegeSvFrei"]]);
  const wanted = new Set<string>([...NUMBER_OPTIONS, ...FLAG_OPTIONS, ...SURCHARGE_OPTIONS, "zuschlaegeSvFreiMonat"]);
  for (const c of KOSTENPLAN_COLUMNS) {
    if (wanted.has(c.key)) m.set(normWord(c.header), c.key === "zuschlaegeSvFreiMonat" ? "zuschlaegeSvFrei" : c.key);
  }
  for (const k of [...NUMBER_OPTIONS, ...FLAG_OPTIONS, ...SURCHARGE_OPTIONS]) m.set(normWord(k), k);
  m.set("stundenlohn", "grundlohn");
  for (const k of FIGURE_KEYS) {
    m.set(normWord(k), k);
    m.set(normWord(FIGURE_LABELS[k]), k);
  }
  return m;
})();

export const OPTION_KEYS: readonly string[] = [...NUMBER_OPTIONS, ...FLAG_OPTIONS, ...SURCHARGE_OPTIONS, ...FIGURE_KEYS];

/** Interned override objects: the engine caches built years per override object, so equal options reuse it. */
const internedOverrides = new Map<string, Overrides>();

function intern(year: number, figures: Record<string, unknown>): Overrides {
  const key = `${year}|${JSON.stringify(Object.entries(figures).sort(([a], [b]) => (a < b ? -1 : 1)))}`;
  let o = internedOverrides.get(key);
  if (!o) {
    if (internedOverrides.size > 500) internedOverrides.clear();
    o = { [String(year)]: figures };
    internedOverrides.set(key, o);
  }
  return o;
}

export interface EmployerOptions {
  input: Partial<EmployerCostInput>;
  overrides?: Overrides;
}

/**
 * The `optionen` range of ARBEITGEBERKOSTEN: rows of key and value. Keys are the kostenplan.md payroll
 * keys (zusatzbeitragProzent, u1Prozent, …, also the German column headers of the Kostenplan) or a
 * legal figure key (FIGURE_KEYS), which overrides that figure for the year of `datum`.
 */
export function employerOptions(raw: unknown, year: number, cells: CellContext, param = "optionen"): EmployerOptions {
  const range = optionalRange(raw);
  if (!range) return { input: {} };
  const formats = cells.formats(3);
  const types = cells.types(3);
  const input: Partial<EmployerCostInput> = {};
  const figures: Record<string, unknown> = {};
  const surcharges = new Map<string, DecT>();
  for (const { key, value, row } of keyValueRows(range, param)) {
    const k = OPTION_ALIASES.get(normWord(key));
    const field = `${param} (Zeile ${row}, ${key})`;
    if (!k) fail(param, `„${key.slice(0, 60)}“ ist unbekannt – erlaubt: ${OPTION_KEYS.join(", ")}.`);
    if (isEmptyValue(value) || types?.[row - 1]?.[1] === "Empty") continue; // the desktop's 0 for an empty cell
    const fmt = formats?.[row - 1]?.[1];
    const kind = k.endsWith("Prozent") || (FIGURE_LABELS[k as FigureKey] ?? "").includes("%") ? "prozent" : k.endsWith("Stunden") ? "zahl" : "betrag";
    const number = () => checkSign(toDecimal(scalar(value, field), field, cells, kind, typeof fmt === "string" ? fmt : undefined), value, field, "nonneg");
    if ((FIGURE_KEYS as readonly string[]).includes(k)) figures[k as FigureKey] = number().toString();
    else if ((FLAG_OPTIONS as readonly string[]).includes(k)) input[k as FlagOption] = optionalFlag(value, field);
    else if (SURCHARGE_OPTIONS.includes(k)) surcharges.set(k, number());
    else input[k as NumberOption] = number();
  }
  const classes = ZUSCHLAG_ARTEN.filter((art) => surcharges.get(ZUSCHLAG_KEYS[art].stunden)).map((art) => {
    const prozent = surcharges.get(ZUSCHLAG_KEYS[art].prozent);
    return { art, stunden: surcharges.get(ZUSCHLAG_KEYS[art].stunden)!, ...(prozent ? { prozent } : {}) };
  });
  if (classes.length) input.zuschlagStunden = classes;
  return Object.keys(figures).length ? { input, overrides: intern(year, figures) } : { input };
}
