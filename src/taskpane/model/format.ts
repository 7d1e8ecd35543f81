/** Small formatting helpers of the task pane: cell names, error texts, German plurals. No amounts are computed here. */
import { sheetCellOf } from "../../workbook/grid-read";
import { isInputError } from "../../engine";
import { HostError, type CellRef } from "../host/types";

/** "Ausgaben!E7"; sheet names with spaces or punctuation in quotes as Excel writes them ('Mein Blatt'!A1). */
export function zelleText(ref: CellRef): string {
  const plain = /^[\p{L}\p{N}_]+$/u.test(ref.blatt);
  return `${plain ? ref.blatt : `'${ref.blatt.replace(/'/g, "''")}'`}!${ref.zelle}`;
}

/** A user-facing German text for any error: host and input errors as they are, anything else generic (no stack). */
export function fehlerText(e: unknown): string {
  if (e instanceof HostError || isInputError(e)) return e.message;
  const detail = e instanceof Error ? e.message : typeof e === "string" ? e : "";
  return `Das hat nicht geklappt${detail ? `: ${detail}` : "."}`;
}

/** The cell an input error of the reader names ("Einstellungen!C21"), to select it from the message. */
export function fehlerOrt(e: unknown): { ort?: { blatt: string; zelle: string } } {
  const ort = isInputError(e) ? sheetCellOf(e.field) : undefined;
  return ort ? { ort } : {};
}

/** "1 Blatt" / "3 Blätter". */
export function anzahl(n: number, eins: string, mehrere: string): string {
  return `${n} ${n === 1 ? eins : mehrere}`;
}

/** "a", "a und b", "a, b und c". */
export function aufzaehlung(teile: readonly string[]): string {
  if (teile.length <= 1) return teile.join("");
  return `${teile.slice(0, -1).join(", ")} und ${teile[teile.length - 1]}`;
}

/** German quotes: „Kostenplan“. */
export const zitat = (s: string): string => `„${s}“`;
