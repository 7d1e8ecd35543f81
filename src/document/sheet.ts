/**
 * The submission document laid out as one worksheet („Berechnung“): a plain grid of values — amounts as
 * numbers with the € format, everything else as text — and which rows are titles, table headers or sums.
 * Pure: the Office.js layer (taskpane/office/berechnung.ts) only writes what this returns, so the sheet and
 * the PDF show the same document.
 */
import { NUMBER_FORMATS } from "../workbook/layout";
import type { Abschnitt, Einreichung, Wert } from "./types";

export type BlattWert = string | number;

export interface Blatt {
  /** Rectangular: every row has `spalten` cells ("" where empty). */
  werte: BlattWert[][];
  /** Number format of each cell: the € format for amounts, "@" (text) for texts, null for empty cells. */
  formate: (string | null)[][];
  spalten: number;
  /** 0-based rows by style. */
  titel: number;
  abschnitte: number[];
  /** Header rows of tables and how many columns the table has. */
  tabellenkoepfe: { zeile: number; spalten: number }[];
  fett: number[];
  /** Column widths in Excel character units. */
  breiten: number[];
  /** Wide enough to print in landscape. */
  quer: boolean;
}

/** The text format, and the amount format of the template (German Excel shows „1.234,50 €“). */
export const TEXT_FORMAT = "@";
export const BETRAG_FORMAT = NUMBER_FORMATS.betrag ?? '#,##0.00 "€"';

const MIN_SPALTEN = 3;
export const UNTERSCHRIFT_LINIE = "_".repeat(44);
const ERSTE_BREITE = 40;
const BREITE_JE_EINHEIT = 15;

/** Splits a text into lines of at most `max` characters at spaces (a longer word stays whole). */
export function umbrechen(text: string, max: number): string[] {
  const out: string[] = [];
  for (const absatz of text.split(/\r?\n/)) {
    let line = "";
    for (const word of absatz.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > max) {
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(line);
  }
  return out;
}

/** A text Excel would read as a formula keeps a leading apostrophe (it is not shown). */
const sicher = (s: string): string => (/^[=+\-@]/.test(s) ? `'${s}` : s);

function breitenOf(abschnitte: readonly Abschnitt[], spalten: number): number[] {
  const breiten: number[] = Array.from({ length: spalten }, (_, j) => (j === 0 ? ERSTE_BREITE : 16));
  for (const a of abschnitte) {
    if (a.art !== "tabelle") continue;
    a.spalten.forEach((s, j) => {
      const w = Math.round((s.breite ?? 1) * BREITE_JE_EINHEIT);
      if (j > 0) breiten[j] = Math.min(48, Math.max(breiten[j], w));
    });
  }
  return breiten;
}

export function berechnungsBlatt(doc: Einreichung, stand?: string): Blatt {
  const spalten = Math.max(MIN_SPALTEN, ...doc.abschnitte.map((a) => (a.art === "tabelle" ? a.spalten.length : MIN_SPALTEN)));
  const breiten = breitenOf(doc.abschnitte, spalten);
  // a line of text spans the whole printed width (it overflows into the empty cells to its right)
  const zeichen = Math.max(60, breiten.reduce((a, b) => a + b, 0) - 4);
  const werte: BlattWert[][] = [];
  const formate: (string | null)[][] = [];
  const b: Blatt = { werte, formate, spalten, titel: 0, abschnitte: [], tabellenkoepfe: [], fett: [], breiten, quer: zeichen > 110 };

  const zeile = (cells: (Wert | string)[] = []): number => {
    const row: BlattWert[] = [];
    const fmt: (string | null)[] = [];
    for (let j = 0; j < spalten; j++) {
      const c = cells[j];
      const w: Wert | undefined = typeof c === "string" ? { text: c } : c;
      if (!w || (w.text === "" && !w.betrag)) {
        row.push("");
        fmt.push(null);
      } else if (w.betrag) {
        // the one place an amount becomes a number: the sheet keeps it as a value Excel can sum
        row.push(w.betrag.toNumber());
        fmt.push(BETRAG_FORMAT);
      } else {
        row.push(sicher(w.text));
        fmt.push(TEXT_FORMAT);
      }
    }
    werte.push(row);
    formate.push(fmt);
    return werte.length - 1;
  };
  const textZeilen = (text: string, einzug = "") => {
    for (const l of umbrechen(text, zeichen - einzug.length)) zeile([`${einzug}${l}`]);
  };

  zeile([doc.titel]);
  zeile([doc.untertitel]);
  zeile([stand ?? `Stand: ${doc.erstellt}. Vom Budgetplaner geschrieben; nach Änderungen der Arbeitsmappe neu schreiben lassen.`]);

  for (const a of doc.abschnitte) {
    zeile();
    b.abschnitte.push(zeile([a.titel]));
    if (a.untertitel) textZeilen(a.untertitel);
    switch (a.art) {
      case "angaben":
        for (const x of a.angaben) zeile([x.label, x.wert, ...(x.zusatz ? [x.zusatz] : [])]);
        break;
      case "tabelle":
        b.tabellenkoepfe.push({ zeile: zeile(a.spalten.map((s) => s.titel)), spalten: a.spalten.length });
        if (a.zeilen.length === 0 && a.leer) zeile([a.leer]);
        for (const z of a.zeilen) {
          const r = zeile(z.zellen);
          if (z.summe) b.fett.push(r);
        }
        for (const f of a.fussnoten ?? []) textZeilen(f);
        break;
      case "text":
        for (const p of a.absaetze) textZeilen(p);
        break;
      case "befunde":
        zeile([a.zaehlung]);
        for (const g of a.gruppen) {
          b.fett.push(zeile([`${g.titel} (${g.befunde.length})`]));
          for (const x of g.befunde) {
            textZeilen(`• ${x.text}`);
            if (x.begruendung) textZeilen(`Begründet: ${x.begruendung} (zählt nicht)`, "   ");
            if (x.ort) textZeilen(x.ort, "   ");
          }
        }
        break;
      case "versicherung":
        for (const p of a.absaetze) textZeilen(p);
        // a line to write on, the field's name below it (as on a paper form)
        for (const f of a.felder) {
          zeile();
          zeile([UNTERSCHRIFT_LINIE]);
          zeile([f]);
        }
        break;
    }
  }
  return b;
}
