/**
 * Reading numbers, dates and switches from the exchange formats and from cells.
 * Decimal strings: a comma means German ("1.234,56", dots only as thousands groups); without a comma the
 * dot is the decimal point ("1.234" = 1.234). JSON numbers are accepted as written. Anything else is an
 * `InputError` naming the field.
 */
import { Dec } from "./money";
import { InputError } from "./errors";

const DOT_DECIMAL = /^[+-]?\d+(\.\d+)?$/;
const GERMAN = /^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;

function show(v: unknown): string {
  if (typeof v === "string") return `„${v}“`;
  if (v === null) return "leer";
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

/** Parses a decimal or returns null when the text is no number (no exception: hot path for cells). */
export function tryParseDecimal(v: unknown): Dec | null {
  if (typeof v === "number") return Number.isFinite(v) ? new Dec(String(v)) : null;
  if (typeof v !== "string") return null;
  const s = v.trim().replace(/\u2212/g, "-");
  if (s === "") return null;
  if (s.includes(",")) return GERMAN.test(s) ? new Dec(s.replace(/\./g, "").replace(",", ".")) : null;
  return DOT_DECIMAL.test(s) ? new Dec(s) : null;
}

export function parseDecimal(v: unknown, field: string): Dec {
  if (v === undefined || v === null || (typeof v === "string" && v.trim() === "")) {
    throw new InputError(`${field}: Es fehlt eine Zahl.`, field);
  }
  const d = tryParseDecimal(v);
  if (d === null) {
    throw new InputError(`${field}: ${show(v)} ist keine gültige Zahl (erlaubt z. B. „1.234,56“ oder „1234.56“).`, field);
  }
  return d;
}

export function parseOptionalDecimal(v: unknown, field: string): Dec | undefined {
  if (v === undefined || v === null || (typeof v === "string" && v.trim() === "")) return undefined;
  return parseDecimal(v, field);
}

export function parseNonNegative(v: unknown, field: string): Dec {
  const d = parseDecimal(v, field);
  if (d.isNegative()) throw new InputError(`${field}: ${show(v)} darf nicht negativ sein.`, field);
  return d;
}

export function parsePositive(v: unknown, field: string): Dec {
  const d = parseDecimal(v, field);
  if (!d.isPositive() || d.isZero()) throw new InputError(`${field}: ${show(v)} muss größer als 0 sein.`, field);
  return d;
}

export function parseBoolean(v: unknown, field: string, fallback: boolean): boolean {
  if (v === undefined || v === null || v === "") return fallback;
  if (typeof v === "boolean") return v;
  if (typeof v === "number" && (v === 0 || v === 1)) return v === 1;
  if (typeof v === "string") {
    const s = v.trim().toLowerCase();
    if (["true", "ja", "wahr", "1", "x"].includes(s)) return true;
    if (["false", "nein", "falsch", "0"].includes(s)) return false;
  }
  throw new InputError(`${field}: ${show(v)} ist kein Ja/Nein-Wert (erlaubt: ja, nein, true, false).`, field);
}

export function parseEnum<T extends string>(v: unknown, field: string, allowed: readonly T[]): T {
  if (typeof v === "string" && (allowed as readonly string[]).includes(v.trim())) return v.trim() as T;
  if (v === undefined || v === null || v === "") {
    throw new InputError(`${field}: Angabe fehlt – erlaubt: ${allowed.join(", ")}.`, field);
  }
  throw new InputError(`${field}: ${show(v)} ist unbekannt – erlaubt: ${allowed.join(", ")}.`, field);
}

export function parseText(v: unknown, field: string): string {
  if (typeof v === "string" && v.trim() !== "") return v.trim();
  if (typeof v === "number") return String(v);
  throw new InputError(`${field}: Text fehlt.`, field);
}

export { show as showValue };
