/** A clean Verwendungsnachweis (no finding of any rule) and helpers to vary it. */
import { checkReport, parseReport, reportResultJson, type ResteRegel } from "../../../src/engine";

export const PLAN = {
  format: "kostenplan/1",
  zeitraum: { beginn: "2026-01-01", ende: "2026-12-31" },
  positionen: [
    // 30 h/month × 14.00 → 420.00 a month (pauschal 0 %: the monthly amount is just the wage)
    { bezeichnung: "Tagesassistenz", art: "arbeitgeber", menge: "30", einheit: "stunde", je: "monat", preis: "14.00", beschaeftigung: "pauschal", arbeitgeberanteilProzent: "0" },
    { bezeichnung: "Fahrdienst", art: "sachkosten", menge: "4", einheit: "fahrt", je: "monat", preis: "25.00" },
    { bezeichnung: "Budgetverwaltung", art: "verwaltung", menge: "1", je: "monat", preis: "50.00" },
    { bezeichnung: "Ausfallreserve", art: "reserve", menge: "1", je: "monat", preis: "30.00" },
  ],
};
// monthly budget: 420 + 100 + 50 + 30 = 600.00

export type Row = Record<string, unknown>;

export function cleanReport(): Record<string, unknown> & { einnahmen: Row[]; ausgaben: Row[]; beschaeftigte: Row[] } {
  const ausgaben: Row[] = [];
  const einnahmen: Row[] = [];
  for (let m = 1; m <= 6; m++) {
    const mm = String(m).padStart(2, "0");
    einnahmen.push({ datum: `2026-${mm}-01`, art: "budget", traeger: "egh", betrag: "600.00" });
    ausgaben.push({ datum: `2026-${mm}-28`, leistungsmonat: `2026-${mm}`, empfaenger: "A. Beispiel", position: "Tagesassistenz", betrag: "420.00", stunden: "30", beleg: `L-${mm}` });
    ausgaben.push({ datum: `2026-${mm}-15`, leistungsmonat: `2026-${mm}`, empfaenger: "Taxi Schmidt", position: "Fahrdienst", betrag: "100.00", beleg: `T-${mm}` });
    ausgaben.push({ datum: `2026-${mm}-05`, leistungsmonat: `2026-${mm}`, empfaenger: "Steuerbüro Klein", position: "Budgetverwaltung", betrag: "45.00", beleg: `S-${mm}` });
    ausgaben.push({ datum: `2026-${mm}-06`, leistungsmonat: `2026-${mm}`, empfaenger: "Bürobedarf", position: "Budgetverwaltung", betrag: "5.00", beleg: "" });
  }
  einnahmen.push({ datum: "2026-01-02", art: "uebertrag", betrag: "500.00" });
  ausgaben.push({ datum: "2026-03-10", leistungsmonat: "2026-03", empfaenger: "B. Vertretung", position: "Ausfallreserve", betrag: "140.00", stunden: "10", beleg: "V-1" });
  return {
    format: "verwendungsnachweis/1",
    zeitraum: { beginn: "2026-01-01", ende: "2026-06-30" },
    kostenplan: PLAN,
    regeln: { reste: "uebertrag-bis-monatsbudget", sachkostenNachweisfreiProzent: "15" },
    einnahmen,
    beschaeftigte: [
      { name: "A. Beispiel", beschaeftigung: "minijob-privat", stundenlohn: "14.00", verwandtschaft: "" },
      { name: "B. Vertretung", beschaeftigung: "minijob-gewerblich", stundenlohn: "", verwandtschaft: "" },
    ],
    ausgaben,
    angaben: { einnahmen: "4100.00", ausgaben: "3560.00", rest: "540.00" },
  };
}

export function run(json: unknown, resteRegel?: ResteRegel) {
  return reportResultJson(checkReport(parseReport(json), resteRegel ? { resteRegel } : {}));
}

export const ids = (r: { befunde: { regel: string }[] }) => r.befunde.map((b) => b.regel);
