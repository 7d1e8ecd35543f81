import type { Dec } from "../money";
import type { Befund } from "../findings";
import type { ZuschlagStunden, ZuschlagZeile } from "./zuschlaege";

export const BESCHAEFTIGUNGSARTEN = [
  "minijob-privat",
  "minijob-gewerblich",
  "uebergangsbereich",
  "sv-pflichtig",
  "pauschal",
] as const;
export type Beschaeftigung = (typeof BESCHAEFTIGUNGSARTEN)[number];

export const BESCHAEFTIGUNG_LABELS: Record<Beschaeftigung, string> = {
  "minijob-privat": "Minijob im Privathaushalt (Haushaltsscheck)",
  "minijob-gewerblich": "Minijob gewerblich (nicht im Privathaushalt)",
  uebergangsbereich: "Midijob (Übergangsbereich)",
  "sv-pflichtig": "sozialversicherungspflichtig",
  pauschal: "pauschaler Arbeitgeberanteil",
};

/** The employer items, always all present ("0.00" when not due). */
export const ANTEIL_KEYS = ["kv", "kvZusatz", "pv", "rv", "av", "u1", "u2", "inso", "uv", "pauschsteuer", "pauschal"] as const;
export type AnteilKey = (typeof ANTEIL_KEYS)[number];
export type Anteile = Record<AnteilKey, Dec>;

export const ANTEIL_LABELS: Record<AnteilKey, string> = {
  kv: "Krankenversicherung",
  kvZusatz: "Zusatzbeitrag Krankenversicherung",
  pv: "Pflegeversicherung",
  rv: "Rentenversicherung",
  av: "Arbeitslosenversicherung",
  u1: "Umlage U1 (Krankheit)",
  u2: "Umlage U2 (Mutterschaft)",
  inso: "Insolvenzgeldumlage",
  uv: "Unfallversicherung",
  pauschsteuer: "Pauschsteuer",
  pauschal: "pauschaler Arbeitgeberanteil",
};

export interface EmployerCostInput {
  art: Beschaeftigung;
  /** Monthly running pay liable to contributions (laufendes Arbeitsentgelt) of one employee. */
  brutto: Dec;
  /** Monthly share of one-off payments: contributions and InsO, but no U1/U2. */
  einmalzahlungMonat?: Dec;
  /** Surcharges free of contributions (§ 3b EStG / § 1 SvEV), as one amount: cost, but no contribution basis. */
  zuschlaegeSvFrei?: Dec;
  /** The hourly Grundlohn the surcharges by class are computed on (§ 3b Abs. 2 EStG). */
  grundlohn?: Dec;
  /** Hours of the month in the surcharge classes (zuschlaege.ts): split into free and liable parts. */
  zuschlagStunden?: ZuschlagStunden[];
  /** Share (0–1) of the surcharges paid for time not worked (leave, public holidays, sickness): taxable and liable in full. */
  zuschlagAusfallanteil?: Dec;
  /** Full Zusatzbeitrag of the employee's Krankenkasse (default: the average of the year). */
  zusatzbeitragProzent?: Dec;
  u1Prozent?: Dec;
  u2Prozent?: Dec;
  /** Unfallkasse / Berufsgenossenschaft fee per year and employee. */
  uvJahr?: Dec;
  sachsen?: boolean;
  /** Minijobber exempt from RV (no own top-up). */
  rvBefreit?: boolean;
  /** Minijob beside a versicherungspflichtige Hauptbeschäftigung: the RV minimum basis of 175 € does not apply. */
  hauptbeschaeftigung?: boolean;
  /** Workplace in the Beitrittsgebiet: the RV/AV ceiling Ost (until 2024, § 275a SGB VI). */
  ost?: boolean;
  /** Minijobber not in the gesetzliche Krankenversicherung: no KV flat rate. */
  kvPrivat?: boolean;
  /** Default true: the employer bears the 2 % Pauschsteuer of a Minijob. */
  pauschsteuerArbeitgeber?: boolean;
  /** Default true: a private household pays no Insolvenzgeldumlage. */
  privathaushalt?: boolean;
  /** Only for `pauschal`: the agreed employer share in percent. */
  arbeitgeberanteilProzent?: Dec;
}

export interface EmployerCost {
  art: Beschaeftigung;
  brutto: Dec;
  einmalzahlung: Dec;
  /** Surcharges free of contributions (the amount given and the free part of the surcharges by class). */
  zuschlaegeSvFrei: Dec;
  /** The liable part of the surcharges by class: part of the contribution basis. */
  zuschlaegeSvPflichtig: Dec;
  /** The surcharges by class, one payroll line each. */
  zuschlaege: ZuschlagZeile[];
  anteile: Anteile;
  /** Sum of all employer items. */
  arbeitgeberanteile: Dec;
  /** Everything the employer pays in the month: pay + items. */
  gesamt: Dec;
  /** Withheld from the employee's pay: not an employer cost, shown for the Minijob-Zentrale debit. */
  arbeitnehmer: { rvAufstockung: Dec };
  /** Übergangsbereich: the beitragspflichtige Einnahmen. */
  bemessung?: { be: Dec; beAn: Dec };
  befunde: Befund[];
}
