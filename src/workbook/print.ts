/**
 * How the workbook prints, defined once for both writers (xlsx-write.ts with exceljs, the task pane's
 * Office.js layer): A4, landscape where the sheet is wide, fitted to the page width, a print area over the
 * sheet's tables, the header row repeated on every page, and headers/footers with the sheet, the Aktenzeichen
 * (when known), the date and „Seite x von y“ — in Excel's header/footer codes (&A sheet, &D date, &P page,
 * &N pages; a literal & is &&).
 */
import { SHEETS, SUMMARY_FIRST_ROW, SUMMARY_ROWS, SUMMARY_SHEET, columnLetter, tableBodyRows, tableDef, type SheetDef } from "./layout";

/** Excel's paper size code for A4 (the `paperSize` of an .xlsx page setup). */
export const A4 = 9;

/** The three parts of a header or footer line. */
export interface KopfFusszeile {
  links: string;
  mitte: string;
  rechts: string;
}

export interface Druckeinrichtung {
  quer: boolean;
  /** A1 range without sheet ("A1:AG101"); none: Excel prints what is used. */
  bereich?: string;
  /** Rows repeated at the top of every page ("$1:$1"). */
  titelzeilen?: string;
  kopf: KopfFusszeile;
  fuss: KopfFusszeile;
}

/** Excel limits a header or footer to 255 characters, codes included. */
const MAX_TEIL = 80;

/** Text inside a header or footer: a literal ampersand doubled, shortened so the whole line fits. */
export function kopfText(s: string): string {
  const kurz = s.length > MAX_TEIL ? `${s.slice(0, MAX_TEIL - 1)}…` : s;
  return kurz.replace(/&/g, "&&");
}

/** Header: the sheet (and the case's Aktenzeichen); footer: the print date and „Seite x von y“. */
export function kopfUndFuss(aktenzeichen?: string): Pick<Druckeinrichtung, "kopf" | "fuss"> {
  return {
    kopf: { links: "Persönliches Budget – &A", mitte: "", rechts: aktenzeichen ? `Aktenzeichen ${kopfText(aktenzeichen)}` : "" },
    fuss: { links: "Gedruckt am &D", mitte: "", rechts: "Seite &P von &N" },
  };
}

/** One line in the .xlsx form: "&L…&C…&R…" (empty parts left out). */
export function xlsxKopfzeile(k: KopfFusszeile): string {
  return `${k.links ? `&L${k.links}` : ""}${k.mitte ? `&C${k.mitte}` : ""}${k.rechts ? `&R${k.rechts}` : ""}`;
}

/** The print area of a template sheet: every table with all its rows; the summary its labels, values and note. */
export function druckbereich(s: SheetDef): string | undefined {
  if (s.name === SUMMARY_SHEET) return `A1:B${SUMMARY_FIRST_ROW + SUMMARY_ROWS.length + 1}`;
  if (s.tables.length === 0) return undefined;
  const defs = s.tables.map(tableDef);
  const c1 = Math.min(...defs.map((t) => t.firstCol));
  const c2 = Math.max(...defs.map((t) => t.firstCol + t.columns.length - 1));
  const r1 = Math.min(...defs.map((t) => t.headerRow));
  const r2 = Math.max(...defs.map((t) => t.headerRow + tableBodyRows(t)));
  return `${columnLetter(c1)}${r1}:${columnLetter(c2)}${r2}`;
}

/** The print setup of a template sheet (the hidden lists sheet prints nothing). */
export function vorlageDruck(s: SheetDef, aktenzeichen?: string): Druckeinrichtung | undefined {
  if (s.hidden) return undefined;
  const bereich = druckbereich(s);
  const headerRow = s.tables.length ? Math.min(...s.tables.map((t) => tableDef(t).headerRow)) : 0;
  return {
    quer: !!s.landscape,
    ...(bereich ? { bereich } : {}),
    ...(headerRow && s.frozenRows ? { titelzeilen: `$${headerRow}:$${headerRow + s.frozenRows - 1}` } : {}),
    ...kopfUndFuss(aktenzeichen),
  };
}

/** The template sheet a sheet of the workbook was made from, by the template tables on it (a renamed sheet too). */
export function vorlageBlattVon(name: string, tables: readonly string[]): SheetDef | undefined {
  const t = new Set(tables.map((x) => x.toLowerCase()));
  return SHEETS.find((s) => s.tables.some((x) => t.has(x.toLowerCase()))) ?? SHEETS.find((s) => s.name.toLowerCase() === name.toLowerCase());
}
