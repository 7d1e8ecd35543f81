/**
 * The closed vocabularies of the exchange formats with the German words people read and may type
 * instead of the code ("Minijob im Privathaushalt" for minijob-privat). The codes are the engine's;
 * `choiceOf` (values.ts) reads either.
 */
import { RICHTUNGEN, type Richtung } from "./money";
import { BESCHAEFTIGUNGSARTEN, BESCHAEFTIGUNG_LABELS, type Beschaeftigung } from "./employer-cost/types";
import { BASIS_WERTE, JE_WERTE, POSITION_ARTEN, ZAHLWEISEN, type Basis, type Je, type PositionArt, type Zahlweise } from "./plan/types";
import { RESTE_REGELN, RESTE_REGEL_LABELS, type ResteRegel } from "./reste/reste";
import { EINNAHME_ARTEN, VERWANDTSCHAFTEN, type EinnahmeArt, type Verwandtschaft } from "./report/types";
import type { Vocabulary } from "./values";
import { BUNDESLAENDER, BUNDESLAND_LABELS, type Bundesland } from "./calendar/feiertage";
import { NACHWEIS_INTERVALLE, type NachweisIntervall } from "./fall/types";
import { PFLEGEGRADE, PFLEGE_VERWENDUNGEN, type PflegegradCode, type PflegeVerwendung } from "./pflege/types";

export const RUNDUNG_BEZUG = ["zeitraum", "monat"] as const;
export type RundungBezug = (typeof RUNDUNG_BEZUG)[number];

const vocab = <T extends string>(codes: readonly T[], labels: Record<T, string>, also: Partial<Record<T, readonly string[]>> = {}): Vocabulary<T> => ({
  codes,
  labels,
  also,
});

export const VOKABULAR = {
  art: vocab<PositionArt>(POSITION_ARTEN, {
    arbeitgeber: "Arbeitgebermodell (eigene Assistenz)",
    dienstleistung: "Dienstleistung (Auftragsmodell)",
    sachkosten: "Sachkosten",
    verwaltung: "Budgetverwaltung",
    reserve: "Reserve",
    erstattung: "erwartete Erstattung",
  }),
  je: vocab<Je>(JE_WERTE, { tag: "Tag", woche: "Woche", monat: "Monat", jahr: "Jahr", zeitraum: "ganzer Zeitraum" }, { tag: ["täglich"], woche: ["wöchentlich"], monat: ["monatlich"], jahr: ["jährlich"] }),
  beschaeftigung: vocab<Beschaeftigung>(BESCHAEFTIGUNGSARTEN, BESCHAEFTIGUNG_LABELS, {
    "minijob-privat": ["Haushaltsscheck"],
    uebergangsbereich: ["Midijob", "Übergangsbereich"],
    "sv-pflichtig": ["Vollzeit", "Teilzeit"],
  }),
  richtung: vocab<Richtung>(RICHTUNGEN, { kaufmaennisch: "kaufmännisch", auf: "aufrunden", ab: "abrunden" }),
  bezug: vocab<RundungBezug>(RUNDUNG_BEZUG, { zeitraum: "Betrag im Zeitraum", monat: "Monatsbetrag" }),
  basis: vocab<Basis>(BASIS_WERTE, { arbeitgeber: "Arbeitgeber-Positionen", personal: "alle Personalkosten" }),
  reste: vocab<ResteRegel>(RESTE_REGELN, RESTE_REGEL_LABELS),
  zahlweise: vocab<Zahlweise>(
    ZAHLWEISEN,
    { monatlich: "monatlich", vierteljaehrlich: "vierteljährlich", halbjaehrlich: "halbjährlich", jaehrlich: "jährlich" },
    { vierteljaehrlich: ["quartalsweise"], jaehrlich: ["einmal im Jahr"] },
  ),
  intervall: vocab<NachweisIntervall>(
    NACHWEIS_INTERVALLE,
    { monatlich: "monatlich", vierteljaehrlich: "vierteljährlich", halbjaehrlich: "halbjährlich", jaehrlich: "jährlich", einmalig: "einmalig (am Ende)" },
    { vierteljaehrlich: ["quartalsweise"], jaehrlich: ["einmal im Jahr"], einmalig: ["einmalig", "am Ende"] },
  ),
  bundesland: vocab<Bundesland>(BUNDESLAENDER, BUNDESLAND_LABELS, { "BY-15-8": ["Bayern mit Mariä Himmelfahrt"] }),
  pflegegrad: vocab<PflegegradCode>(
    PFLEGEGRADE,
    { "2": "Pflegegrad 2", "3": "Pflegegrad 3", "4": "Pflegegrad 4", "5": "Pflegegrad 5" },
    { "2": ["PG 2", "PG2"], "3": ["PG 3", "PG3"], "4": ["PG 4", "PG4"], "5": ["PG 5", "PG5"] },
  ),
  pflegeVerwendung: vocab<PflegeVerwendung>(
    PFLEGE_VERWENDUNGEN,
    { anrechnung: "auf das Budget angerechnet", teilbudget: "Teilbudget der Pflegekasse" },
    { anrechnung: ["Anrechnung", "angerechnet"], teilbudget: ["Teilbudget"] },
  ),
  /** What RECHENGROESSE returns about a figure. */
  angabe: vocab<"wert" | "status" | "quelle">(["wert", "status", "quelle"], { wert: "Wert", status: "Status", quelle: "Quelle" }, { quelle: ["Rechtsgrundlage"] }),
  einnahme: vocab<EinnahmeArt>(EINNAHME_ARTEN, { budget: "Budgetzahlung", uebertrag: "Übertrag", erstattung: "Erstattung", sonstige: "sonstige Einnahme" }),
  verwandtschaft: vocab<Verwandtschaft>(VERWANDTSCHAFTEN, {
    ehegatte: "Ehegatte/Ehegattin",
    lebenspartner: "Lebenspartner/-in",
    kind: "Kind",
    elternteil: "Elternteil",
  }),
} as const;

export type VokabularName = keyof typeof VOKABULAR;
