/**
 * Types of the Verwendungsnachweis (usage report, format verwendungsnachweis/1) and of its check result.
 *
 * Parsing keeps every row, even a broken one: a cell that cannot be read becomes a `Zellproblem`
 * on its row, which `checkReport` turns into a finding of that row. Only an unusable structure
 * (no object, no Nachweiszeitraum, an invalid plan, invalid settings) is an `InputError`.
 */
import type { Dec } from "../money";
import type { CalDate, YearMonth } from "../dates";
import type { Befund, Schwere } from "../findings";
import type { Plan } from "../plan/types";
import type { PlanResult } from "../plan/compute";
import type { Beschaeftigung } from "../employer-cost/types";
import type { Nachweisart, ResteRegel } from "../reste/reste";
import type { ResteBasis, ResteTeil } from "../reste/traeger";
import type { Zahlungsabgleich } from "./rules/zahlungen";
import type { UebertragKette, Vorperiode } from "../reste/vorperiode";

export const EINNAHME_ARTEN = ["budget", "uebertrag", "erstattung", "sonstige"] as const;
export type EinnahmeArt = (typeof EINNAHME_ARTEN)[number];

export const VERWANDTSCHAFTEN = ["ehegatte", "lebenspartner", "kind", "elternteil"] as const;
export type Verwandtschaft = (typeof VERWANDTSCHAFTEN)[number];

/** A cell of a row that could not be read; reported by `checkReport` as a finding of that row. */
export interface Zellproblem {
  regel: string;
  schwere: Schwere;
  feld: string;
  /** German sentence without the row label (the label is put in front when reporting). */
  text: string;
}

interface RowBase {
  /** 1-based index into its list. */
  zeile: number;
  /** An explanation the Träger agreed to: findings of this row stay visible but no longer count. */
  begruendung?: string;
  probleme: Zellproblem[];
  /** The row was no object at all (e.g. a number or a list): only its problem is reported. */
  unbrauchbar?: boolean;
}

export interface Einnahme extends RowBase {
  datum?: CalDate;
  /** undefined when the cell held an unknown value (reported as a problem). */
  art?: EinnahmeArt;
  artText: string;
  traeger: string;
  betrag?: Dec;
}

export interface Beschaeftigter extends RowBase {
  name: string;
  beschaeftigung?: Beschaeftigung;
  /** The agreed hourly wage at the start (before the first change). */
  stundenlohn?: Dec;
  /** Agreed wages from a day on (sorted): a raise, a new contract. */
  lohnAenderungen: { ab: CalDate; stundenlohn: Dec }[];
  verwandtschaft: string;
}

export interface Ausgabe extends RowBase {
  datum?: CalDate;
  leistungsmonat?: YearMonth;
  empfaenger: string;
  position: string;
  betrag?: Dec;
  stunden?: Dec;
  beleg: string;
}

export interface ReportRules {
  /** Budgetreste policy (`--regel-reste` overrides it). Default "uebertrag-bis-monatsbudget". */
  reste: ResteRegel;
  /** The budget ends with this period: everything left is reclaimed. Default false. */
  schlussnachweis: boolean;
  /** The Träger applies its Reste rule to interim reports too (default: an interim report reclaims nothing). */
  zwischennachweisRueckforderung: boolean;
  /** Share (%) of the actual administration costs usable without receipts. Default 15 (LWL). */
  sachkostenNachweisfreiProzent: Dec;
  /** Amount from which an expense needs a receipt number. Default 0 = always. */
  belegPflichtAb: Dec;
  /** Over-spending of a position above the plan by more than this % is a warnung. Default 10. */
  planUeberschreitungProzent: Dec;
  /** Under-spending of a position below the plan by more than this % is a hinweis. Default 50. */
  planUnterschreitungProzent: Dec;
  /** Payment date and Leistungsmonat further apart than this many months: a hinweis. Default 3. */
  datumAbstandMonate: number;
  /**
   * A Träger's budget payment is on time up to the end of the month it is due in plus this many days
   * (payment ledger, rules/zahlungen.ts). Default 0: by the end of its month.
   */
  zahlungToleranzTage: number;
  /** A payment up to this many days before its due date counts for it (payments in advance). Default 7. */
  zahlungVorlaufTage: number;
}

export interface Nachweiszeitraum {
  beginn: CalDate;
  ende: CalDate;
  /** Month indexes (y × 12 + m − 1) of the first and last calendar month touched by the period. */
  ersterMonat: number;
  letzterMonat: number;
}

export interface Angaben {
  einnahmen?: Dec;
  ausgaben?: Dec;
  rest?: Dec;
  probleme: Zellproblem[];
}

export interface Report {
  zeitraum: Nachweiszeitraum;
  plan: Plan;
  /** The evaluated plan (monthly amounts per position, monthly budget). */
  planErgebnis: PlanResult;
  regeln: ReportRules;
  einnahmen: Einnahme[];
  beschaeftigte: Beschaeftigter[];
  ausgaben: Ausgabe[];
  angaben: Angaben;
}

export interface CheckOptions {
  /** Overrides `report.regeln.reste` (command line `--regel-reste`). */
  resteRegel?: ResteRegel;
  /** Overrides `report.regeln.zwischennachweisRueckforderung` (command line `--zwischennachweis-rueckforderung`). */
  zwischennachweisRueckforderung?: boolean;
  /**
   * The previous period's result (`budget pruefen --vorperiode`, or the previous report of the batch by Aktenzeichen):
   * the booked Übertrag is checked against its `reste.uebertrag` (reste/vorperiode.ts).
   */
  vorperiode?: Vorperiode;
}

export interface PositionSumme {
  bezeichnung: string;
  art: string;
  /** Plan months of the Nachweiszeitraum (plan months whose first day lies in it). */
  monate: number;
  plan: Dec;
  ist: Dec;
}

export interface ReportResult {
  zeitraum: Nachweiszeitraum;
  befunde: Befund[];
  counts: Record<Schwere, number>;
  summen: {
    einnahmen: Dec;
    ausgaben: Dec;
    proPosition: PositionSumme[];
    /** Expenses whose position names no plan position. */
    ohnePlanposition: Dec;
    /** Expenses per month ("YYYY-MM", by Leistungsmonat, else payment date), ascending. */
    proMonat: { monat: string; ausgaben: Dec }[];
  };
  reste: {
    regel: ResteRegel;
    schlussnachweis: boolean;
    /** Zwischennachweis (ends before the Bewilligungszeitraum), Nachweis at its end, or Schlussnachweis. */
    nachweisart: Nachweisart;
    /** The carry-over cap: the plan's monthly budget before Eigenanteil. */
    monatsbudget: Dec;
    rest: Dec;
    uebertrag: Dec;
    rueckforderung: Dec;
    anrechnung: Dec;
    begruendung: string;
    /** How the figures are split per Träger: by the payments each made, or by the Teilbudgets (reste/traeger.ts). */
    basis: ResteBasis;
    /** One part per Träger of the plan (none without Träger); each figure's parts add up to its total. */
    proTraeger: ResteTeil[];
  };
  /** The payment ledger: expected payments per Träger and month against the budget payments received. */
  zahlungen: Zahlungsabgleich;  /** Übertrag chained: the Übertrag booked as income, the Aktenzeichen, whether a previous period was checked. */
  kette: UebertragKette;
}
