/**
 * The one set of value rules: how a number, a yes/no switch, a date or a month is read, whoever wrote it.
 * Every path uses these (the JSON exchange formats, workbook cells through src/workbook/cells.ts, the
 * custom functions' arguments, the command-line options), so the same text means the same everywhere.
 *
 * Two writers (../shared/formats/kostenplan.md, first section):
 * - a program (JSON files): a string without a comma is dot-decimal, "1.125" = 1.125;
 * - a person (cell text, command-line options): German as Germans mean it. Dots or spaces that stand only
 *   between groups of three digits after a first group of 1–3 digits not starting with 0 group thousands
 *   ("1.500" = 1500, "1 234 567"); "13.9", "1234.56" and "0.125" stay dot-decimal; a comma is the decimal
 *   comma; a unit may follow ("1.500 €", "15 %"). Anything else ("4 3 5", "1.23,4") is no number.
 * Numbers are never read through binary floating point: the text goes straight into a `Dec`.
 */
import { Dec } from "./money";
import type { CalDate, YearMonth } from "./dates";

export type Schreiber = "programm" | "mensch";
/** A unit a person may write after (or, for €, before) a number. */
export type Einheit = "euro" | "prozent";

/** Longer numeric texts are no amounts anyone typed (and would exceed the engine's 40 digits). */
export const MAX_ZAHL_ZEICHEN = 32;

const DOT_DECIMAL = /^[+-]?\d+(\.\d+)?$/;
const GERMAN_DOTS = /^[+-]?([1-9]\d{0,2}(\.\d{3})+|\d+)(,\d+)?$/;
const GERMAN_SPACES = /^[+-]?[1-9]\d{0,2}( \d{3})+(,\d+)?$/;
const THOUSANDS_DOTS = /^[+-]?[1-9]\d{0,2}(\.\d{3})+$/;
const THOUSANDS_SPACES = /^[+-]?[1-9]\d{0,2}( \d{3})+$/;
const UNITS: Record<Einheit, RegExp> = {
  euro: /^(?:€\s*)?(.*?)(?:\s*(?:€|EUR|Euro))?$/i,
  prozent: /^(.*?)(?:\s*(?:%|Prozent))?$/i,
};

export function isEmptyValue(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === "string" && v.trim() === "");
}

/** Spaces of every kind as one plain space, the minus sign (U+2212) as "-". */
function normaliseText(s: string): string {
  return s.replace(/[\u00a0\u2007\u202f\t]/g, " ").replace(/\u2212/g, "-").trim();
}

/**
 * A decimal from a JSON number or a text; null when it is no number by the rules of its writer.
 * `einheit` allows that unit sign in a person's text.
 */
export function decimalOf(v: unknown, schreiber: Schreiber, einheit?: Einheit): Dec | null {
  if (typeof v === "number") return Number.isFinite(v) ? new Dec(String(v)) : null;
  if (typeof v !== "string") return null;
  let s = normaliseText(v);
  if (s === "" || s.length > MAX_ZAHL_ZEICHEN) return null;
  if (schreiber === "mensch" && einheit) s = UNITS[einheit].exec(s)![1].trim();
  if (s.includes(",")) {
    if (GERMAN_DOTS.test(s)) return new Dec(s.replace(/\./g, "").replace(",", "."));
    if (schreiber === "mensch" && GERMAN_SPACES.test(s)) return new Dec(s.replace(/ /g, "").replace(",", "."));
    return null;
  }
  if (schreiber === "mensch" && (THOUSANDS_DOTS.test(s) || THOUSANDS_SPACES.test(s))) return new Dec(s.replace(/[. ]/g, ""));
  return DOT_DECIMAL.test(s) ? new Dec(s) : null;
}

// ---------------------------------------------------------------------------------------------
// Yes/no: one vocabulary on every path

const JA_WOERTER = ["ja", "j", "x", "wahr", "true", "1"];
const NEIN_WOERTER = ["nein", "n", "falsch", "false", "0"];
export const JA_NEIN_ERLAUBT = "ja/nein, j/n, x, wahr/falsch, TRUE/FALSE";

/** true/false, or null when the value is no yes/no value. Spreadsheet booleans may also arrive as 1/0 (also as text). */
export function yesNoOf(v: unknown): boolean | null {
  if (typeof v === "boolean") return v;
  if (v === 1 || v === 0) return v === 1;
  if (typeof v !== "string") return null;
  const s = v.trim().toLowerCase();
  if (JA_WOERTER.includes(s)) return true;
  if (NEIN_WOERTER.includes(s)) return false;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Dates

/** A workbook's date system: serial 1 is 1900-01-01 (Excel's default) or 1904-01-02 (serial 0 = 1904-01-01). */
export type DateSystem = 1900 | 1904;

export const MIN_JAHR = 1900;
export const MAX_JAHR = 2200;

const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function dayAfter(base: CalDate, n: number): CalDate {
  const t = new Date(Date.UTC(base.y, base.m - 1, base.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function validDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && y >= MIN_JAHR && y <= MAX_JAHR && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** The day of a serial number in the workbook's date system (the time of day is dropped); null outside 1900–2200. */
export function dateOfSerial(serial: number, system: DateSystem = 1900): CalDate | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  let c: CalDate;
  if (system === 1904) {
    if (whole < 0) return null;
    c = dayAfter({ y: 1904, m: 1, d: 1 }, whole);
  } else {
    // Excel counts the non-existent 1900-02-29 (serial 60), as Lotus did: that serial is no day
    if (whole < 1 || whole === 60) return null;
    c = dayAfter({ y: 1900, m: 1, d: 1 }, whole < 61 ? whole - 1 : whole - 2);
  }
  return validDate(c.y, c.m, c.d) ? c : null;
}

/** The serial number of a day in a date system: inverse of dateOfSerial. */
export function serialOfDate(c: CalDate, system: DateSystem = 1900): number {
  const days = (base: number) => Math.round((Date.UTC(c.y, c.m - 1, c.d) - base) / 86400000);
  if (system === 1904) return days(Date.UTC(1904, 0, 1));
  const n = days(Date.UTC(1899, 11, 31));
  return n < 60 ? n : n + 1;
}

/** "2026-01-31" (a time part may follow) or German "31.01.2026" / "31.1.2026"; null otherwise. */
export function dateOfText(text: string): CalDate | null {
  const s = text.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(s);
  if (m) return validDate(+m[1], +m[2], +m[3]) ? { y: +m[1], m: +m[2], d: +m[3] } : null;
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  if (m) return validDate(+m[3], +m[2], +m[1]) ? { y: +m[3], m: +m[2], d: +m[1] } : null;
  return null;
}

/** "2026-01", "01/2026", "1.2026" or a full date (its month); null otherwise. */
export function monthOfText(text: string): YearMonth | null {
  const s = text.trim();
  let m = /^(\d{4})-(\d{1,2})$/.exec(s);
  if (!m) {
    const g = /^(\d{1,2})[./](\d{4})$/.exec(s);
    if (g) m = [g[0], g[2], g[1]] as unknown as RegExpExecArray;
  }
  if (m) {
    const y = +m[1];
    const mo = +m[2];
    return mo >= 1 && mo <= 12 && y >= MIN_JAHR && y <= MAX_JAHR ? { y, m: mo } : null;
  }
  const d = dateOfText(s);
  return d ? { y: d.y, m: d.m } : null;
}

// ---------------------------------------------------------------------------------------------
// Showing a value in a message

const MAX_GEZEIGT = 40;

/**
 * A value as a German message quotes it: text in „…“ quotes (control characters removed, long texts
 * shortened with a note), a number as written, "leer" for nothing. Never throws, whatever the value.
 */
export function showValue(v: unknown): string {
  if (v === undefined || v === null) return "leer";
  if (typeof v === "string") {
    // eslint-disable-next-line no-control-regex
    const clean = v.replace(/[\u0000-\u001f\u007f]/g, " ").trim();
    if (clean === "") return "leer";
    return clean.length > MAX_GEZEIGT ? `„${clean.slice(0, MAX_GEZEIGT).trimEnd()}“ (gekürzt, ${clean.length} Zeichen)` : `„${clean}“`;
  }
  if (typeof v === "number") return Number.isFinite(v) ? String(v).replace(".", ",") : "keine endliche Zahl";
  if (typeof v === "boolean") return v ? "WAHR" : "FALSCH";
  if (Array.isArray(v)) return "eine Liste";
  if (v instanceof Date) return "ein Datum";
  if (typeof v === "object") return "ein Objekt";
  return "ein unbekannter Wert";
}

// ---------------------------------------------------------------------------------------------
// Closed lists: the code or the German word

export interface Vocabulary<T extends string> {
  codes: readonly T[];
  /** The German word people read (dropdowns, messages). */
  labels: Readonly<Record<T, string>>;
  /** Further words people use for a code. */
  also: Readonly<Partial<Record<T, readonly string[]>>>;
}

/** A text compared without case, spaces, punctuation and umlauts ("Träger" ~ "traeger", "Beleg-Nr." ~ "beleg nr"). */
export function normWord(s: string): string {
  return s
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9%]/g, "");
}

const vocabIndex = new WeakMap<Vocabulary<string>, Map<string, string>>();

function indexOf(vocab: Vocabulary<string>): Map<string, string> {
  let idx = vocabIndex.get(vocab);
  if (!idx) {
    idx = new Map();
    // a code and its full German word always mean it; shorter forms (without the bracket, other words) only
    // where no full word and no other code's short form says the same
    for (const code of vocab.codes) for (const w of [code, vocab.labels[code]]) idx.set(normWord(w), code);
    const exact = new Set(idx.keys());
    const ambiguous = new Set<string>();
    for (const code of vocab.codes) {
      for (const w of [vocab.labels[code].replace(/\s*\(.*\)\s*$/, ""), ...(vocab.also[code] ?? [])]) {
        const n = normWord(w);
        if (!n || exact.has(n)) continue;
        if (idx.has(n) && idx.get(n) !== code) ambiguous.add(n);
        else idx.set(n, code);
      }
    }
    // a word two codes share ("Minijob") means neither
    for (const n of ambiguous) idx.delete(n);
    vocabIndex.set(vocab, idx);
  }
  return idx;
}

/** The code of a closed-list value written as its code or its German word; null when it is neither. */
export function choiceOf<T extends string>(v: unknown, vocab: Vocabulary<T>): T | null {
  if (typeof v !== "string") return null;
  if ((vocab.codes as readonly string[]).includes(v.trim())) return v.trim() as T;
  return (indexOf(vocab as Vocabulary<string>).get(normWord(v)) as T | undefined) ?? null;
}
