/**
 * The submission document (Einreichung): a neutral, typed description of what a budget holder hands in — the
 * case record, the plan's figures, the employer cost per assistant, the Teilbudgets, the findings, for a
 * Verwendungsnachweis the sums and Budgetreste, and the attestation. One model, several renderings: the sheet
 * „Berechnung“ in the workbook (task pane) and the PDF (`budget bericht --pdf`) show the same content.
 *
 * Every text is German and final; every amount was computed by the engine and is carried as the engine's
 * exact `Dec` next to its formatted text, so a sheet can keep it as a number. Nothing here computes.
 */
import type { Dec, Schwere } from "../engine";

/** One cell of a table or one value of a list: the text as shown, and the amount behind it when it is money. */
export interface Wert {
  text: string;
  betrag?: Dec;
}

export interface Spalte {
  titel: string;
  /** Amounts and numbers: right-aligned. */
  zahl?: boolean;
  /** Relative width for renderers that lay out a page (default 1). */
  breite?: number;
}

export interface TabellenZeile {
  zellen: Wert[];
  /** A sum row (bold). */
  summe?: boolean;
}

export interface Angabe {
  label: string;
  wert: Wert;
  /** A second, smaller line („gerundet, genau 1.234,56 €“). */
  zusatz?: string;
}

interface AbschnittBasis {
  /** Stable id: „fall“, „positionen“, „arbeitgeber-2“ … (tests and renderers find a section by it). */
  id: string;
  titel: string;
  /** A sentence under the title. */
  untertitel?: string;
}

/** Labels with values (the case record, the key figures, the Reste). */
export interface AngabenAbschnitt extends AbschnittBasis {
  art: "angaben";
  angaben: Angabe[];
}

export interface TabellenAbschnitt extends AbschnittBasis {
  art: "tabelle";
  spalten: Spalte[];
  zeilen: TabellenZeile[];
  /** Shown instead of an empty table. */
  leer?: string;
  /** Sentences after the table (sums, what a column means). */
  fussnoten?: string[];
}

/** Paragraphs of text (the goals of the Zielvereinbarung, the Pflegegeld sentences). */
export interface TextAbschnitt extends AbschnittBasis {
  art: "text";
  absaetze: string[];
}

export interface DokumentBefund {
  schwere: Schwere;
  text: string;
  /** The caseworker's (or Träger's) justification: the finding stays visible but no longer counts. */
  begruendung?: string;
  /** „Blatt „Ausgaben“, Zelle E7“, when the place is known. */
  ort?: string;
}

export interface BefundGruppe {
  schwere: Schwere;
  /** „Fehler“, „Warnungen“, „Hinweise“. */
  titel: string;
  befunde: DokumentBefund[];
}

export interface BefundAbschnitt extends AbschnittBasis {
  art: "befunde";
  gruppen: BefundGruppe[];
  /** „1 Fehler, 2 Warnungen, 0 Hinweise.“ (justified findings not counted) or „Keine Befunde.“ */
  zaehlung: string;
  /** The counts behind it (the engine's `counts`: justified findings do not count). */
  anzahl: Record<Schwere, number>;
}

/** The attestation: the sentences to be signed and the lines to sign on. */
export interface VersicherungAbschnitt extends AbschnittBasis {
  art: "versicherung";
  absaetze: string[];
  /** The lines to fill in by hand: „Ort“, „Datum“, „Unterschrift …“. */
  felder: string[];
}

export type Abschnitt = AngabenAbschnitt | TabellenAbschnitt | TextAbschnitt | BefundAbschnitt | VersicherungAbschnitt;

export type DokumentArt = "kostenplan" | "verwendungsnachweis";

export interface Einreichung {
  art: DokumentArt;
  /** „Leistungs- und Kostenplan“ or „Verwendungsnachweis“. */
  titel: string;
  /** „Persönliches Budget nach § 29 SGB IX · Bewilligungszeitraum 01.01.2026 bis 31.12.2026“. */
  untertitel: string;
  /** The file number, for headers and footers (undefined when the case record has none). */
  aktenzeichen?: string;
  /** The day the document was made, as printed („02.12.2026“). */
  erstellt: string;
  abschnitte: Abschnitt[];
}
