/**
 * Field parsers of the exchange formats (JSON, written by programs): each reads a value by the value
 * rules (values.ts) and throws an `InputError` naming the field when it is no such value.
 * Decimal strings: a comma means German ("1.234,56", dots only as thousands groups); without a comma the
 * dot is the decimal point ("1.234" = 1.234). JSON numbers are accepted as written.
 */
import type { Dec } from "./money";
import { InputError } from "./errors";
import { JA_NEIN_ERLAUBT, decimalOf, isEmptyValue, showValue, yesNoOf, type Einheit } from "./values";

/** A decimal by the rules of a program's JSON, or null (no exception: hot path for rows). */
export function tryParseDecimal(v: unknown): Dec | null {
  return decimalOf(v, "programm");
}

export function parseDecimal(v: unknown, field: string): Dec {
  if (isEmptyValue(v)) throw new InputError(`${field}: Es fehlt eine Zahl.`, field);
  const d = tryParseDecimal(v);
  if (d === null) {
    throw new InputError(`${field}: ${showValue(v)} ist keine gültige Zahl (erlaubt z. B. „1.234,56“ oder „1234.56“).`, field);
  }
  return d;
}

/**
 * A number a person typed (a command-line option): "1.500" is fifteen hundred, "13,90" and "13.90" are
 * 13.90, a unit may follow ("1.500 €", "3,1 %").
 */
export function parseTypedDecimal(v: unknown, field: string, einheit?: Einheit): Dec {
  if (isEmptyValue(v)) throw new InputError(`${field}: Es fehlt eine Zahl.`, field);
  const d = decimalOf(v, "mensch", einheit);
  if (d === null) throw new InputError(`${field}: ${showValue(v)} ist keine gültige Zahl (erlaubt z. B. „1.500“, „1.234,56“ oder „13.90“).`, field);
  return d;
}

export function parseOptionalDecimal(v: unknown, field: string): Dec | undefined {
  return isEmptyValue(v) ? undefined : parseDecimal(v, field);
}

export function parseNonNegative(v: unknown, field: string): Dec {
  const d = parseDecimal(v, field);
  if (d.isNegative()) throw new InputError(`${field}: ${showValue(v)} darf nicht negativ sein.`, field);
  return d;
}

export function parsePositive(v: unknown, field: string): Dec {
  const d = parseDecimal(v, field);
  if (!d.gt(0)) throw new InputError(`${field}: ${showValue(v)} muss größer als 0 sein.`, field);
  return d;
}

export function parseBoolean(v: unknown, field: string, fallback: boolean): boolean {
  if (isEmptyValue(v)) return fallback;
  const b = yesNoOf(v);
  if (b === null) throw new InputError(`${field}: ${showValue(v)} ist kein Ja/Nein-Wert (erlaubt: ${JA_NEIN_ERLAUBT}).`, field);
  return b;
}

export function parseEnum<T extends string>(v: unknown, field: string, allowed: readonly T[]): T {
  if (typeof v === "string" && (allowed as readonly string[]).includes(v.trim())) return v.trim() as T;
  if (isEmptyValue(v)) throw new InputError(`${field}: Angabe fehlt – erlaubt: ${allowed.join(", ")}.`, field);
  throw new InputError(`${field}: ${showValue(v)} ist unbekannt – erlaubt: ${allowed.join(", ")}.`, field);
}

export function parseText(v: unknown, field: string): string {
  if (typeof v === "string" && v.trim() !== "") return v.trim();
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  throw new InputError(`${field}: ${isEmptyValue(v) ? "Text fehlt." : `${showValue(v)} ist kein Text.`}`, field);
}

export { showValue };
