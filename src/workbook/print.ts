/**
 * How the workbook prints, defined once for both writers (xlsx-write.ts with exceljs, the task pane's
 * Office.js layer): A4, landscape where the sheet is wide, fitted to as few pages wide as keep it readable
 * (seitenBreit: one page for most sheets, several for the Kostenplan with its first column repeated on each), a
 * print area over the sheet's tables, the header row repeated on every page, and headers/footers with the sheet, the Aktenzeichen
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
  /** Fitted to this many pages wide (and as many pages down as it takes); none: one page wide. */
  seitenBreit?: number;
  /** Columns repeated at the left of every page ("$A:$A"), when the sheet prints several pages wide. */
  titelspalten?: string;
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

/**
 * The smallest print scale we accept for a sheet fitted to the page width: below it (8-point text and less) a
 * printed table is hard to read, so a wider sheet prints several pages wide instead, its first column repeated.
 */
export const MIN_SKALIERUNG = 0.6;

/** The printable width of A4 in points (842 × 595 pt) less Excel's normal margins (0.7 inch = 50.4 pt left and right). */
const DRUCKBREITE = { quer: 842 - 2 * 50.4, hoch: 595 - 2 * 50.4 };

/** Excel's default column width (8.43 characters), for the columns of a print area outside the tables. */
const STANDARDBREITE = 8.43;

/** Excel character units (the layout's widths) → points, as Excel converts them for Calibri/Aptos 11: (7w + 5) px × 0.75. */
export function breitePunkte(zeichen: number): number {
  return (7 * zeichen + 5) * 0.75;
}

/**
 * The widths of the print area's columns in points, from the layout's column widths (ColumnDef.width); the hidden
 * key column of a settings form (xlsx-write.ts styleSettings, insert.ts) prints nothing and counts 0.
 */
export function spaltenbreiten(s: SheetDef): number[] {
  if (s.name === SUMMARY_SHEET) return [40, 18].map(breitePunkte); // xlsx-write.ts / insert.ts: the summary's two columns
  const defs = s.tables.map(tableDef);
  const breite = new Map<number, number>();
  for (const t of defs) t.columns.forEach((c, i) => breite.set(t.firstCol + i, t.target.kind === "einstellungen" && c.key === "schluessel" ? 0 : c.width));
  if (breite.size === 0) return [];
  const c1 = Math.min(...breite.keys());
  const c2 = Math.max(...breite.keys());
  return Array.from({ length: c2 - c1 + 1 }, (_, i) => {
    const b = breite.get(c1 + i) ?? STANDARDBREITE;
    return b === 0 ? 0 : breitePunkte(b);
  });
}

/**
 * How many pages wide a sheet prints: the fewest at which it prints at MIN_SKALIERUNG or larger — its columns
 * packed onto pages at that scale (a page breaks between columns), the first column repeated on every page after
 * the first. Excel then fits it to that many pages wide, at the largest scale that fits (≥ MIN_SKALIERUNG).
 */
export function seitenBreit(breiten: readonly number[], quer: boolean): number {
  const platz = (quer ? DRUCKBREITE.quer : DRUCKBREITE.hoch) / MIN_SKALIERUNG;
  if (breiten.reduce((n, b) => n + b, 0) <= platz) return 1;
  const [titel, ...rest] = breiten;
  let seiten = 1;
  let belegt = titel;
  for (const b of rest) {
    if (belegt + b > platz && belegt > titel) {
      seiten++;
      belegt = titel;
    }
    belegt += b;
  }
  return seiten;
}

/** The print setup of a template sheet (the hidden lists sheet prints nothing). */
export function vorlageDruck(s: SheetDef, aktenzeichen?: string): Druckeinrichtung | undefined {
  if (s.hidden) return undefined;
  const bereich = druckbereich(s);
  const headerRow = s.tables.length ? Math.min(...s.tables.map((t) => tableDef(t).headerRow)) : 0;
  // of the template only the Kostenplan is that wide; its first column (Bezeichnung) names the row on every page
  const seiten = seitenBreit(spaltenbreiten(s), !!s.landscape);
  const erste = bereich ? bereich.replace(/\d.*$/, "") : "A";
  return {
    quer: !!s.landscape,
    ...(bereich ? { bereich } : {}),
    ...(headerRow && s.frozenRows ? { titelzeilen: `$${headerRow}:$${headerRow + s.frozenRows - 1}` } : {}),
    ...(seiten > 1 ? { seitenBreit: seiten, titelspalten: `$${erste}:$${erste}` } : {}),
    ...kopfUndFuss(aktenzeichen),
  };
}

/** The template sheet a sheet of the workbook was made from, by the template tables on it (a renamed sheet too). */
export function vorlageBlattVon(name: string, tables: readonly string[]): SheetDef | undefined {
  const t = new Set(tables.map((x) => x.toLowerCase()));
  return SHEETS.find((s) => s.tables.some((x) => t.has(x.toLowerCase()))) ?? SHEETS.find((s) => s.name.toLowerCase() === name.toLowerCase());
}
