/**
 * Cell values → values of the exchange JSON, by the kind of their column: the value rules of
 * src/engine/values.ts applied to what a spreadsheet holds (a number with its number format, a text, a
 * switch, an error), for every path alike: the grid reader (command line and task pane) and the custom
 * functions' arguments.
 *
 * - Empty: nothing, "" or only spaces; also a 0 where 0 means nothing (text, choice, yes/no and date
 *   columns, and numeric columns marked `nullLeer`), because Excel on the desktop hands an empty cell to a
 *   custom function as 0: the same cells then read the same on every path.
 * - Numbers: taken at 15 significant digits (the precision Excel shows and calculates with; it stores 17) →
 *   "13.9", never binary noise. A number whose format shows a date is a date, not an amount ("15.06" typed in
 *   German Excel).
 * - Text: read as a person typed it (German grouping "1.500", decimal comma, "€", "%").
 * - Percent columns: a cell with a real percent format (0.15 shown as 15 %) is 15 percent points.
 * - Dates: serial numbers in the workbook's date system (1900 or 1904), or German / ISO text.
 * - Closed lists: the code or its German word.
 * What cannot be read is passed on as it is, so the engine names it in its German message.
 */
import { Dec } from "../engine/money";
import { isoDate, isoMonth, germanDate, type CalDate } from "../engine/dates";
import { MAX_JAHR, MIN_JAHR, choiceOf, dateOfSerial, dateOfText, decimalOf, monthOfText, yesNoOf, type DateSystem, type Vocabulary } from "../engine/values";

/** A plain cell value: what a formula shows, not the formula. */
export type GridValue = string | number | boolean | Date | null | undefined;

export type ColumnKind = "text" | "betrag" | "datum" | "monat" | "zahl" | "prozent" | "janein" | "liste";

export interface CellRule {
  kind: ColumnKind;
  /** The closed list of a choice column. */
  vocab?: Vocabulary<string>;
  /** A 0 here means nothing (read as empty). Text, choice, yes/no and date columns always. */
  nullLeer?: boolean;
}

export interface CellFacts {
  numFmt?: string;
  dateSystem: DateSystem;
}

/** Anything a spreadsheet API hands over as a cell value, as a plain value (an error object as its text). */
export function toGridValue(v: unknown): GridValue {
  if (v === null || v === undefined || typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v instanceof Date) return v;
  const message = (v as { message?: unknown }).message;
  return typeof message === "string" ? message : "#FEHLER";
}

/**
 * A number as a decimal string without binary noise (15 significant digits, ≤ 10 decimals). No cell of a
 * spreadsheet holds NaN or ∞; a value that does is shown as Excel's number error, which the engine reports.
 */
export function numberText(v: number): string {
  if (!Number.isFinite(v)) return "#ZAHL!";
  return new Dec(v.toPrecision(15)).toDecimalPlaces(10).toFixed();
}

/** A number format without its quoted texts, escapes and [colour]/[$€-407] parts. */
function formatCode(fmt: string): string {
  return fmt.replace(/"[^"]*"/g, "").replace(/\\./g, "").replace(/\[(?!h\]|hh\]|m\]|mm\]|s\]|ss\])[^\]]*\]/gi, "");
}

/** Whether a number format really shows percentages (a % outside quotes), i.e. 0.15 means 15 %. */
export function isPercentFormat(fmt: string | undefined): boolean {
  return !!fmt && formatCode(fmt).includes("%");
}

/** Whether a number format shows a date or a time (d, m, y, h, s outside quotes and brackets). */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const code = formatCode(fmt).split(";")[0];
  return /[dmyhs]/i.test(code.replace(/general|standard/gi, "").replace(/e[+-]/gi, ""));
}

/** A JS date's day, when it lies in the years the engine knows (as for serial numbers); null otherwise. */
const utcDay = (v: Date): CalDate | null => (v.getUTCFullYear() >= MIN_JAHR && v.getUTCFullYear() <= MAX_JAHR ? { y: v.getUTCFullYear(), m: v.getUTCMonth() + 1, d: v.getUTCDate() } : null);

function isZeroEmpty(rule: CellRule): boolean {
  return rule.nullLeer === true || rule.kind === "text" || rule.kind === "liste" || rule.kind === "janein" || rule.kind === "datum" || rule.kind === "monat";
}

/** A cell shown as a date where a number or a text is expected: the German date people see. */
function shownDate(v: number | Date, facts: CellFacts): string {
  const c = v instanceof Date ? utcDay(v) : dateOfSerial(v, facts.dateSystem);
  return c ? germanDate(c) : numberText(v as number);
}

/** Converts one cell value to its JSON value; undefined = empty. */
export function cellToJson(v: GridValue, rule: CellRule, facts: CellFacts): unknown {
  if (v === null || v === undefined) return undefined;
  if (v instanceof Date && (isNaN(v.getTime()) || !utcDay(v))) return undefined;
  if (typeof v === "string" && v.trim() === "") return undefined;
  if (v === 0 && isZeroEmpty(rule)) return undefined;
  switch (rule.kind) {
    case "betrag":
    case "zahl":
    case "prozent": {
      if (v instanceof Date) return shownDate(v, facts);
      if (typeof v === "number") {
        if (isDateFormat(facts.numFmt)) return shownDate(v, facts);
        if (rule.kind === "prozent" && isPercentFormat(facts.numFmt)) return new Dec(numberText(v)).mul(100).toFixed();
        return numberText(v);
      }
      if (typeof v === "boolean") return v;
      const d = decimalOf(v, "mensch", rule.kind === "betrag" ? "euro" : rule.kind === "prozent" ? "prozent" : undefined);
      return d ? d.toFixed() : v.trim();
    }
    case "datum": {
      const c = v instanceof Date ? utcDay(v) : typeof v === "number" ? dateOfSerial(v, facts.dateSystem) : typeof v === "string" ? dateOfText(v) : null;
      return c ? isoDate(c) : typeof v === "number" ? numberText(v) : typeof v === "string" ? v.trim() : v;
    }
    case "monat": {
      const c = v instanceof Date ? utcDay(v) : typeof v === "number" ? dateOfSerial(v, facts.dateSystem) : null;
      const ym = c ? { y: c.y, m: c.m } : typeof v === "string" ? monthOfText(v) : null;
      return ym ? isoMonth(ym) : typeof v === "number" ? numberText(v) : typeof v === "string" ? v.trim() : v;
    }
    case "janein": {
      const b = yesNoOf(v);
      return b !== null ? b : typeof v === "string" ? v.trim() : v instanceof Date ? shownDate(v, facts) : v;
    }
    case "text":
    case "liste": {
      let s: string;
      if (typeof v === "string") s = v.trim();
      else if (typeof v === "boolean") s = v ? "WAHR" : "FALSCH";
      else if (v instanceof Date || isDateFormat(facts.numFmt)) s = shownDate(v, facts);
      else s = numberText(v);
      return rule.vocab ? (choiceOf(s, rule.vocab) ?? s) : s;
    }
  }
}

/** Whether a whole row is empty: every cell empty, 0 or FALSCH (Excel on the desktop passes empty cells as 0). */
export function isBlankCell(v: GridValue): boolean {
  return v === null || v === undefined || v === 0 || v === false || (typeof v === "string" && v.trim() === "");
}
