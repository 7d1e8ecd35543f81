import type { Dec, Rundung } from "../money";
import type { CalDate, Period } from "../dates";
import type { Overrides } from "../legal/tables";
import type { ZuschlagArt } from "../employer-cost/zuschlaege";
import type { Bundesland } from "../calendar/feiertage";
import type { Schicht } from "../calendar/dienstplan";
import type { Beschaeftigung, EmployerCostInput } from "../employer-cost/types";
import type { Fall } from "../fall/types";
import type { PflegeAngaben } from "../pflege/types";

export const POSITION_ARTEN = ["arbeitgeber", "dienstleistung", "sachkosten", "verwaltung", "reserve", "erstattung"] as const;
export type PositionArt = (typeof POSITION_ARTEN)[number];

export const JE_WERTE = ["tag", "woche", "monat", "jahr", "zeitraum"] as const;
export type Je = (typeof JE_WERTE)[number];

/** How often the budget is paid, in advance (DGUV practice: half-yearly). */
export const ZAHLWEISEN = ["monatlich", "vierteljaehrlich", "halbjaehrlich", "jaehrlich"] as const;
export type Zahlweise = (typeof ZAHLWEISEN)[number];

export const BASIS_WERTE = ["arbeitgeber", "personal"] as const;
export type Basis = (typeof BASIS_WERTE)[number];

/** An exact ratio such as 365/12: kept as numerator and denominator so we can divide last. */
export interface Ratio {
  num: Dec;
  den: Dec;
}

export interface PositionRundung extends Rundung {
  bezug: "zeitraum" | "monat";
}

/** Payroll inputs the whole workbook shares (e.g. the Krankenkasse of all assistants); a position may override each. */
export const PAYROLL_DEFAULT_KEYS = [
  "zusatzbeitragProzent",
  "u1Prozent",
  "u2Prozent",
  "uvJahr",
  "sachsen",
  "rvBefreit",
  "kvPrivat",
  "pauschsteuerArbeitgeber",
  "privathaushalt",
  "ost",
  "bundesland",
  "nachtProzent",
  "nacht04Prozent",
  "sonntagProzent",
  "feiertagProzent",
  "feiertag150Prozent",
  "u1ErstattungProzent",
] as const;

/** Keys of the surcharge classes (zuschlaege.ts): hours per month of the position, and the agreed rate. */
export const ZUSCHLAG_KEYS: Readonly<Record<ZuschlagArt, { stunden: string; prozent: string }>> = {
  nacht: { stunden: "nachtStunden", prozent: "nachtProzent" },
  "nacht-0-4": { stunden: "nacht04Stunden", prozent: "nacht04Prozent" },
  sonntag: { stunden: "sonntagStunden", prozent: "sonntagProzent" },
  feiertag: { stunden: "feiertagStunden", prozent: "feiertagProzent" },
  "feiertag-150": { stunden: "feiertag150Stunden", prozent: "feiertag150Prozent" },
};

export interface PlanSettings {
  /** Raw workbook-wide payroll defaults, parsed with each position. */
  arbeitgeber: Record<string, unknown>;
  tageProMonat: Ratio;
  wochenProMonat: Ratio;
  rundungGesamt?: Rundung;
  rundungMonat?: Rundung;
  rechengroessen?: Overrides;
  zahlweise: Zahlweise;
}

export interface Traeger {
  id: string;
  name: string;
  obergrenzeMonat?: Dec;
  /** Why the Teilbudget may exceed its cap (the caseworker's decision): the finding stays, justified. */
  obergrenzeBegruendung?: string;
  anschrift?: string;
  /** The Träger's own file number, when it differs from the case's. */
  aktenzeichen?: string;
}

/** The values a caseworker may recognise differently from what the budget holder applied for. */
export const ANERKANNT_WERTE = ["menge", "preis", "prozent"] as const;

/** The employee inputs a plan position shares with the employer-cost engine, plus what only a plan knows. */
export interface PayrollOptions
  extends Pick<
    EmployerCostInput,
    | "arbeitgeberanteilProzent"
    | "zusatzbeitragProzent"
    | "u1Prozent"
    | "u2Prozent"
    | "uvJahr"
    | "sachsen"
    | "rvBefreit"
    | "kvPrivat"
    | "pauschsteuerArbeitgeber"
    | "privathaushalt"
    | "hauptbeschaeftigung"
    | "ost"
  > {
  beschaeftigung: Beschaeftigung;
  /** Employees sharing the position's hours equally. */
  beschaeftigte: Dec;
  zuschlaegeSvFreiMonat?: Dec;
  bereitschaftStunden?: Dec;
  bereitschaftGewichtProzent?: Dec;
  einmalzahlungJahr?: Dec;
  /** Hours per month of the position in the surcharge classes, with the agreed rates (default: § 3b EStG). */
  zuschlagStunden?: { art: ZuschlagArt; stunden: Dec }[];
  zuschlagProzent: Partial<Record<ZuschlagArt, Dec>>;
  /** Or the weekly schedule the class hours of each month follow from, with the Land of the workplace. */
  dienstplan?: Schicht[];
  bundesland?: Bundesland;
  /** Hours of one unit that is no hour (a night, a shift): for the Mindestlohn and the surcharges. */
  stundenJeEinheit?: Dec;
  /** The Krankenkasse's U1 refund rate in percent (AAG § 9 Abs. 2 Nr. 1: by its Satzung, at least 40). */
  u1ErstattungProzent?: Dec;
}

export type Bemessung =
  | { kind: "menge"; menge: Dec; je: Je; preis: Dec }
  | { kind: "prozent"; prozent: Dec; basis: Basis }
  | { kind: "kalender"; urlaubstage: Dec; feiertage: Dec; krankheitstage: Dec; stundenProTag: Dec; basis: Basis; u1Erstattung: boolean };

/** The values of a position from a day on (kostenplan.md „Changes inside the period“). */
export interface PositionVersion {
  ab: CalDate;
  /** For a change: its 1-based place in the position's `aenderungen` as given (findings name it). */
  nr?: number;
  bemessung: Bemessung;
  payroll?: PayrollOptions;
  zuschlagProzent?: Dec;
}

export interface PlanPosition {
  /** 1-based row in `positionen`. */
  zeile: number;
  bezeichnung: string;
  art: PositionArt;
  traeger?: string;
  einheit?: string;
  /** The values at the start of the period (the first version). */
  bemessung: Bemessung;
  payroll?: PayrollOptions;
  zuschlagProzent?: Dec;
  rundung?: PositionRundung;
  /** The position counts only from `von` to `bis` (inside the period; a part month pro rata by days). */
  von?: CalDate;
  bis?: CalDate;
  /** Later versions, sorted by `ab`; each holds the full values from its day on. */
  aenderungen: PositionVersion[];
  /** "positionen[3] (Tagesassistenz)": how messages name this position. */
  label: string;
  /** A computed line whose amount follows each calendar year's legal figures (the Pflegegeld): how a change is named. */
  jahreswerte?: string;
  /** A computed line's own word for the Art column, instead of the vocabulary's (the Pflegegeld is no expected refund). */
  artText?: string;
  /** The caseworker's decision: which values were recognised differently (the plan computes on them), and why. */
  anerkannt?: { werte: (typeof ANERKANNT_WERTE)[number][]; begruendung?: string };
  /** The position as the budget holder applied for it (beantragt), when the caseworker changed a value. */
  beantragt?: PlanPosition;
}

export interface Plan {
  zeitraum: Period;
  fall?: Fall;
  /** The Pflegeversicherung's share: Pflegegeld by Pflegegrad, offset or as the Pflegekasse's Teilbudget (pflege/). */
  pflege?: PflegeAngaben;
  /**
   * An amount agreed with the Träger that differs from the calculated need (DGUV practice: 8.420 € agreed for
   * 8.410 € calculated): the budget is the agreed amount, the need stays visible, the reason goes with it.
   */
  vereinbart?: { monatsbetrag?: Dec; zeitraumbetrag?: Dec; begruendung?: string };
  /** Why the budget may exceed the Obergrenze (§ 29 Abs. 2 S. 7 SGB IX: „soll“): the finding stays, justified. */
  obergrenzeBegruendung?: string;
  einstellungen: PlanSettings;
  eigenanteilMonat: Dec;
  obergrenzeMonat?: Dec;
  traeger: Traeger[];
  positionen: PlanPosition[];
}
