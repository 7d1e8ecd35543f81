/**
 * Calendar helpers without time zones: a date is {y, m, d}, a month is "YYYY-MM".
 * Dates arrive as ISO strings, German strings ("31.01.2026") or Excel serial numbers.
 */
import { InputError } from "./errors";

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

function valid(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Excel's serial day (1900 system, with its Lotus leap-year bug for serials < 61). */
export function fromExcelSerial(serial: number): CalDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 120000) return null;
  const whole = Math.floor(serial);
  const offset = whole < 61 ? whole - 1 : whole - 2; // days since 1900-01-01
  const t = new Date(Date.UTC(1900, 0, 1 + offset));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** The Excel serial day of a date (1900 system): inverse of fromExcelSerial, counting Excel's phantom 1900-02-29. */
export function toExcelSerial(c: CalDate): number {
  const days = Math.round((Date.UTC(c.y, c.m - 1, c.d) - Date.UTC(1899, 11, 31)) / 86400000);
  return days < 60 ? days : days + 1;
}

export function tryParseDate(v: unknown): CalDate | null {
  if (v instanceof Date && !isNaN(v.getTime())) {
    return { y: v.getUTCFullYear(), m: v.getUTCMonth() + 1, d: v.getUTCDate() };
  }
  if (typeof v === "number") return fromExcelSerial(v);
  if (typeof v !== "string") return null;
  const s = v.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(s);
  if (m) {
    const c = { y: +m[1], m: +m[2], d: +m[3] };
    return valid(c.y, c.m, c.d) ? c : null;
  }
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  if (m) {
    const c = { y: +m[3], m: +m[2], d: +m[1] };
    return valid(c.y, c.m, c.d) ? c : null;
  }
  if (/^\d+(\.\d+)?$/.test(s)) return fromExcelSerial(Number(s));
  return null;
}

export function parseDate(v: unknown, field: string): CalDate {
  const d = tryParseDate(v);
  if (!d) {
    const shown = v === undefined || v === null || v === "" ? "leer" : `„${String(v)}“`;
    throw new InputError(`${field}: ${shown} ist kein gültiges Datum (erwartet z. B. „2026-01-31“ oder „31.01.2026“).`, field);
  }
  return d;
}

export function tryParseYearMonth(v: unknown): YearMonth | null {
  if (typeof v === "string") {
    const s = v.trim();
    let m = /^(\d{4})-(\d{1,2})$/.exec(s);
    if (m && +m[2] >= 1 && +m[2] <= 12) return { y: +m[1], m: +m[2] };
    m = /^(\d{1,2})[./](\d{4})$/.exec(s);
    if (m && +m[1] >= 1 && +m[1] <= 12) return { y: +m[2], m: +m[1] };
  }
  const d = tryParseDate(v);
  return d ? { y: d.y, m: d.m } : null;
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
