/** A plan with a full case record, the caseworker's decisions, two Träger and two assistants: the submission tests' case. */
import { evaluatePlan, parsePlan, parseReport, checkReport, type Plan, type PlanResult, type ReportResult } from "../../src/engine";
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const AKTENZEICHEN = "50.12-PB-0042";
export const NAME = "Erika Mustermann";
export const ANSCHRIFT = "Lindenweg 7, 48149 Münster";
export const ERSTELLT = { y: 2026, m: 1, d: 15 };

export function planJson(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: "kostenplan/1",
    zeitraum: { beginn: "2026-01-01", ende: "2026-12-31" },
    obergrenzeMonat: "2000",
    obergrenzeBegruendung: "Nachtbereitschaft ohne Alternative",
    fall: {
      aktenzeichen: AKTENZEICHEN,
      budgetnehmer: { name: NAME, anschrift: ANSCHRIFT, geburtsdatum: "1980-02-01" },
      beauftragterTraeger: "lwl",
      bescheidDatum: "2025-12-01",
      zielvereinbarung: { beginn: "2026-01-01", ende: "2027-12-31", ziele: "Selbstständig wohnen; Arbeit in Teilzeit" },
      nachweise: [{ art: "Verwendungsnachweis", intervall: "halbjaehrlich", fristTage: "56" }],
    },
    traeger: [
      { id: "lwl", name: "LWL", anschrift: "Freiherr-vom-Stein-Platz 1, 48147 Münster", aktenzeichen: "LWL-77" },
      { id: "pk", name: "Pflegekasse Beispiel", anschrift: "Am Markt 2, 48143 Münster" },
    ],
    positionen: [
      { bezeichnung: "Assistenz", art: "dienstleistung", traeger: "lwl", menge: "30", einheit: "Stunden", je: "monat", preis: "35", anerkannt: { menge: "24", begruendung: "Bedarfsermittlung 2025" } },
      { bezeichnung: "Taxi", art: "sachkosten", traeger: "lwl", menge: "1", je: "monat", preis: "90" },
      { bezeichnung: "Nachtassistenz", art: "arbeitgeber", traeger: "pk", menge: "60", einheit: "Stunden", je: "monat", preis: "15.50", beschaeftigung: "sv-pflichtig", zusatzbeitragProzent: "2.9", u1Prozent: "1.1", u2Prozent: "0.24", uvJahr: "60" },
      { bezeichnung: "Haushaltshilfe", art: "arbeitgeber", traeger: "lwl", menge: "30", einheit: "Stunden", je: "monat", preis: "14", beschaeftigung: "minijob-privat" },
    ],
    ...extra,
  };
}

export function plan(extra: Record<string, unknown> = {}): { plan: Plan; ergebnis: PlanResult } {
  const p = parsePlan(planJson(extra));
  return { plan: p, ergebnis: evaluatePlan(p) };
}

/** The sample Verwendungsnachweis with this case's record and plan. */
export function reportJson(): Record<string, unknown> {
  const sample = JSON.parse(readFileSync(join(__dirname, "../../samples/verwendungsnachweis-2026-h1.json"), "utf8")) as Record<string, unknown>;
  return { ...sample, fall: { aktenzeichen: AKTENZEICHEN, budgetnehmer: { name: NAME } } };
}

export function report(): { plan: Plan; ergebnis: PlanResult; nachweis: ReportResult } {
  const r = parseReport(reportJson());
  return { plan: r.plan, ergebnis: r.planErgebnis, nachweis: checkReport(r) };
}
