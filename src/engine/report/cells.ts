/**
 * Tolerant cell readers for the rows of a report: a cell that cannot be read never throws, it adds a
 * `Zellproblem` to its row, so one broken row never hides the rest of the report.
 */
import type { Dec } from "../money";
import { showValue, tryParseDecimal } from "../parse";
import { tryParseDate, tryParseYearMonth, type CalDate, type YearMonth } from "../dates";
import type { Zellproblem } from "./types";

export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

export function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === "string" && v.trim() === "");
}

/** Reads cells of one row; `prefix` names the rule ids ("ausgabe"), `pfad` the JSON path ("ausgaben[3]"). */
export class RowReader {
  readonly probleme: Zellproblem[] = [];
  constructor(
    private readonly o: Obj,
    private readonly prefix: string,
    private readonly pfad: string,
  ) {}

  private problem(key: string, art: "fehlt" | "ungueltig" | "unbekannt", text: string): void {
    this.probleme.push({ regel: `${this.prefix}-${key.toLowerCase()}-${art}`, schwere: "fehler", feld: `${this.pfad}.${key}`, text });
  }

  /** Text cell: strings are trimmed, numbers and booleans written out; anything else is a problem. */
  text(key: string, label: string): string {
    const v = this.o[key];
    if (isEmpty(v)) return "";
    if (typeof v === "string") return v.trim().replace(/\s+/g, " ");
    if (typeof v === "number" || typeof v === "boolean") return String(v);
    this.problem(key, "ungueltig", `${label} ${showValue(v)} ist kein Text.`);
    return "";
  }

  decimal(key: string, label: string, required: boolean, nonNegative = false): Dec | undefined {
    const v = this.o[key];
    if (isEmpty(v)) {
      if (required) this.problem(key, "fehlt", `${label} fehlt.`);
      return undefined;
    }
    const d = tryParseDecimal(v);
    if (d === null) {
      this.problem(key, "ungueltig", `${label} ${showValue(v)} ist keine gültige Zahl (erlaubt z. B. „1.234,56“ oder „1234.56“).`);
      return undefined;
    }
    if (nonNegative && d.isNegative()) {
      this.problem(key, "ungueltig", `${label} ${showValue(v)} darf nicht negativ sein.`);
      return undefined;
    }
    return d;
  }

  date(key: string, label: string): CalDate | undefined {
    const v = this.o[key];
    if (isEmpty(v)) return undefined;
    const d = tryParseDate(v);
    if (!d) this.problem(key, "ungueltig", `${label} ${showValue(v)} ist kein gültiges Datum (erwartet z. B. „31.01.2026“ oder „2026-01-31“).`);
    return d ?? undefined;
  }

  month(key: string, label: string): YearMonth | undefined {
    const v = this.o[key];
    if (isEmpty(v)) return undefined;
    const m = tryParseYearMonth(v);
    if (!m || m.y < 1900 || m.y > 2200) {
      this.problem(key, "ungueltig", `${label} ${showValue(v)} ist kein gültiger Monat (erwartet z. B. „2026-01“ oder „01/2026“).`);
      return undefined;
    }
    return m;
  }

  /** A closed vocabulary; case and surrounding blanks are forgiven. */
  choice<T extends string>(key: string, label: string, allowed: readonly T[], required: boolean): { value?: T; text: string } {
    const text = this.text(key, label);
    if (text === "") {
      if (required) this.problem(key, "fehlt", `${label} fehlt (erlaubt: ${allowed.join(", ")}).`);
      return { text };
    }
    const lower = text.toLowerCase();
    const value = allowed.find((a) => a === lower);
    if (!value) this.problem(key, "unbekannt", `${label} „${text}“ ist unbekannt (erlaubt: ${allowed.join(", ")}).`);
    return { value, text };
  }
}

/** Names compared case- and whitespace-insensitively (positions, payees, employees). */
export function normName(s: string): string {
  return s.trim().replace(/\s+/g, " ").toLowerCase();
}
