/**
 * The case record (Fall) of a Persönliches Budget at its Träger: who, which file, which Bescheid and
 * Zielvereinbarung (§ 29 Abs. 4 SGB IX), which Nachweise are due when, and when the need is assessed again.
 * It travels in both exchange formats as `fall`. Name, address and date of birth are personal data: they are
 * kept for the submission document only and never appear in a message, a finding or the result JSON.
 */
import type { CalDate, Period } from "../dates";

/** Where the personal data sit in both formats (also inside a report's plan): messages there never repeat a value. */
export const PERSONAL_PATH = /(^|\.)fall\.budgetnehmer(\.|\[|$)/;

export const NACHWEIS_INTERVALLE = ["monatlich", "vierteljaehrlich", "halbjaehrlich", "jaehrlich", "einmalig"] as const;
export type NachweisIntervall = (typeof NACHWEIS_INTERVALLE)[number];

/** Months per section of an interval (`einmalig`: the whole period). */
export const INTERVALL_MONATE: Readonly<Record<Exclude<NachweisIntervall, "einmalig">, number>> = {
  monatlich: 1,
  vierteljaehrlich: 3,
  halbjaehrlich: 6,
  jaehrlich: 12,
};

export interface Budgetnehmer {
  name?: string;
  anschrift?: string;
  geburtsdatum?: CalDate;
}

/** A Nachweis the Zielvereinbarung asks for, with its due dates over the Bewilligungszeitraum. */
export interface Nachweispflicht {
  /** 1-based row in `fall.nachweise`. */
  zeile: number;
  art: string;
  intervall: NachweisIntervall;
  /** Days after the end of a section until it is due (empty: due on the section's last day). */
  fristTage?: number;
  /** For `einmalig`: the agreed due date. */
  faelligAm?: CalDate;
  termine: { abschnitt: Period | { beginn: CalDate; ende: CalDate }; faellig: CalDate }[];
}

export interface Fall {
  aktenzeichen?: string;
  budgetnehmer: Budgetnehmer;
  /** Id of the Beauftragter Träger in the plan's `traeger` (§ 29 Abs. 3 SGB IX: the one that decides and pays). */
  beauftragterTraeger?: string;
  bescheidDatum?: CalDate;
  zielvereinbarung: { beginn?: CalDate; ende?: CalDate; ziele?: string };
  nachweise: Nachweispflicht[];
  /** `intervallMonate`: the rhythm the derived date follows (24 unless the Träger set another). */
  bedarfsermittlung: { letzte?: CalDate; naechste?: CalDate; naechsteAbgeleitet: boolean; intervallMonate?: number };
}
