/**
 * Calendar helpers without time zones: a date is {y, m, d}, a month is "YYYY-MM". How a date is
 * recognised (texts, serial numbers in a workbook's date system) is a value rule: values.ts.
 */
import { InputError } from "./errors";
import { dateOfSerial, dateOfText, isEmptyValue, monthOfText, showValue } from "./values";

export interface CalDate {
  y: number;
  m: number; // 1..12
  d: number;
}

export interface YearMonth {
  y: number;
  m: number;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * A date in the exchange formats: "2026-01-31" or German "31.01.2026" (values.ts); a JSON number is an
 * Excel serial day of the 1900 system (programs that export spreadsheets write them). A workbook's own
 * serial numbers are converted by the cell rules, which know its date system; a text of digits is no date.
 */
export function tryParseDate(v: unknown): CalDate | null {
  if (typeof v === "number") return dateOfSerial(v, 1900);
  return typeof v === "string" ? dateOfText(v) : null;
}

export function parseDate(v: unknown, field: string): CalDate {
  const d = tryParseDate(v);
  if (!d && isEmptyValue(v)) throw new InputError(`${field}: Das Datum fehlt (z. B. „31.01.2026“).`, field);
  if (!d) {
    throw new InputError(`${field}: ${showValue(v)} ist kein gültiges Datum (erwartet z. B. „2026-01-31“ oder „31.01.2026“).`, field);
  }
  return d;
}

/** A month in the exchange formats: "2026-01", "01/2026" or a full date (also a serial day, as above). */
export function tryParseYearMonth(v: unknown): YearMonth | null {
  if (typeof v === "number") {
    const d = dateOfSerial(v, 1900);
    return d ? { y: d.y, m: d.m } : null;
  }
  return typeof v === "string" ? monthOfText(v) : null;
}

export function compareDates(a: CalDate, b: CalDate): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

export function isoDate(c: CalDate): string {
  return `${c.y}-${String(c.m).padStart(2, "0")}-${String(c.d).padStart(2, "0")}`;
}

export function germanDate(c: CalDate): string {
  return `${String(c.d).padStart(2, "0")}.${String(c.m).padStart(2, "0")}.${c.y}`;
}

export function isoMonth(ym: YearMonth): string {
  return `${ym.y}-${String(ym.m).padStart(2, "0")}`;
}

export function germanMonth(ym: YearMonth): string {
  return `${String(ym.m).padStart(2, "0")}/${ym.y}`;
}

/** A plan month by its first day: „01/2027“ for a calendar month, „15.01.2027“ for one from the 15th. */
export function planMonthText(start: CalDate): string {
  return start.d === 1 ? germanMonth(start) : germanDate(start);
}

export function monthIndex(ym: YearMonth): number {
  return ym.y * 12 + (ym.m - 1);
}

export function addMonths(c: CalDate, n: number): CalDate {
  const idx = c.y * 12 + (c.m - 1) + n;
  const y = Math.floor(idx / 12);
  const m = (idx % 12) + 1;
  return { y, m, d: Math.min(c.d, daysInMonth(y, m)) };
}

export function addDays(c: CalDate, n: number): CalDate {
  const t = new Date(Date.UTC(c.y, c.m - 1, c.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export interface Period {
  beginn: CalDate;
  ende: CalDate;
  /** Whole months in the period. */
  months: number;
  /** The first day of each plan month: decides which legal figures apply. */
  monthStarts: CalDate[];
}

/**
 * A Bewilligungs- or Nachweiszeitraum must consist of whole months: day d to day d−1 of a later month,
 * or the 1st to a month's end.
 */
export function parsePeriod(v: unknown, field: string): Period {
  if (typeof v !== "object" || v === null) {
    throw new InputError(`${field}: Zeitraum fehlt (erwartet {"beginn": "2026-01-01", "ende": "2026-12-31"}).`, field);
  }
  const o = v as Record<string, unknown>;
  const beginn = parseDate(o.beginn, `${field}.beginn`);
  const ende = parseDate(o.ende, `${field}.ende`);
  if (compareDates(ende, beginn) < 0) {
    throw new InputError(`${field}: Das Ende (${germanDate(ende)}) liegt vor dem Beginn (${germanDate(beginn)}).`, field);
  }
  const approx = (ende.y - beginn.y) * 12 + (ende.m - beginn.m) + 1;
  for (const n of [approx - 1, approx]) {
    if (n >= 1 && compareDates(addDays(addMonths(beginn, n), -1), ende) === 0) {
      const monthStarts = Array.from({ length: n }, (_, k) => addMonths(beginn, k));
      return { beginn, ende, months: n, monthStarts };
    }
  }
  throw new InputError(
    `${field}: ${germanDate(beginn)} bis ${germanDate(ende)} sind keine ganzen Monate ` +
      `(erlaubt: vom 1. bis zum Monatsende oder vom Tag d bis zum Tag d−1 eines späteren Monats).`,
    field,
  );
}
