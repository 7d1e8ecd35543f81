/**
 * The case record and the caseworker's decisions through the workbook: the template gets a sheet „Fall“ (a
 * form and the list of Nachweise), the Träger table an address, the Kostenplan the recognised values; filled
 * like a user would, they read back to the same figures as the JSON, and a bad entry names its cell.
 */
import { evaluateWorkbookPlan } from "../../src/workbook/evaluate";
import { SHEETS, settingRow } from "../../src/workbook/layout";
import { buildTemplate } from "../../src/workbook/xlsx-write";
import { evaluatePlan, parsePlan } from "../../src/engine";
import { planResultJson } from "../../src/engine/plan/json";
import { fillTable, readBack, serial, setSetting } from "./helpers";

function filled() {
  const wb = buildTemplate();
  setSetting(wb, "kostenplan.zeitraum.beginn", "01.01.2026");
  setSetting(wb, "kostenplan.zeitraum.ende", "31.12.2026");
  setSetting(wb, "kostenplan.obergrenzeMonat", 800);
  setSetting(wb, "kostenplan.obergrenzeBegruendung", "Nachtbereitschaft ohne Alternative");
  setSetting(wb, "kostenplan.vereinbart.zeitraumbetrag", "11.200 €");
  setSetting(wb, "kostenplan.vereinbart.begruendung", "Pauschale laut Zielvereinbarung");
  setSetting(wb, "kostenplan.fall.aktenzeichen", "50.12-PB-0042");
  setSetting(wb, "kostenplan.fall.budgetnehmer.name", "Erika Mustermann");
  setSetting(wb, "kostenplan.fall.budgetnehmer.geburtsdatum", serial("1980-02-01"));
  setSetting(wb, "kostenplan.fall.beauftragterTraeger", "lwl");
  setSetting(wb, "kostenplan.fall.bescheidDatum", new Date("2025-12-01T00:00:00Z"));
  setSetting(wb, "kostenplan.fall.zielvereinbarung.beginn", "01.01.2026");
  setSetting(wb, "kostenplan.fall.zielvereinbarung.ende", "31.12.2027");
  setSetting(wb, "kostenplan.fall.zielvereinbarung.ziele", "Selbstständig wohnen; Arbeit in Teilzeit");
  fillTable(wb, "tblNachweise", [{ art: "Verwendungsnachweis", intervall: "halbjährlich", fristTage: 56 }]);
  fillTable(wb, "tblTraeger", [{ id: "lwl", name: "LWL", anschrift: "Freiherr-vom-Stein-Platz 1, 48147 Münster" }]);
  fillTable(wb, "tblKostenplan", [
    { bezeichnung: "Assistenz", art: "Dienstleistung (Auftragsmodell)", traeger: "lwl", menge: 30, einheit: "Stunden", je: "Monat", preis: 35, anerkannt: { menge: 24, begruendung: "Bedarfsermittlung 2025" } },
    { bezeichnung: "Taxi", art: "sachkosten", traeger: "lwl", menge: 1, je: "monat", preis: "90,00 €" },
  ]);
  return wb;
}

const json = {
  format: "kostenplan/1",
  zeitraum: { beginn: "2026-01-01", ende: "2026-12-31" },
  obergrenzeMonat: "800",
  obergrenzeBegruendung: "Nachtbereitschaft ohne Alternative",
  vereinbart: { zeitraumbetrag: "11200", begruendung: "Pauschale laut Zielvereinbarung" },
  fall: {
    aktenzeichen: "50.12-PB-0042",
    budgetnehmer: { name: "Erika Mustermann", geburtsdatum: "1980-02-01" },
    beauftragterTraeger: "lwl",
    bescheidDatum: "2025-12-01",
    zielvereinbarung: { beginn: "2026-01-01", ende: "2027-12-31", ziele: "Selbstständig wohnen; Arbeit in Teilzeit" },
    nachweise: [{ art: "Verwendungsnachweis", intervall: "halbjaehrlich", fristTage: "56" }],
  },
  traeger: [{ id: "lwl", name: "LWL", anschrift: "Freiherr-vom-Stein-Platz 1, 48147 Münster" }],
  positionen: [
    { bezeichnung: "Assistenz", art: "dienstleistung", traeger: "lwl", menge: "30", einheit: "Stunden", je: "monat", preis: "35", anerkannt: { menge: "24", begruendung: "Bedarfsermittlung 2025" } },
    { bezeichnung: "Taxi", art: "sachkosten", traeger: "lwl", menge: "1", je: "monat", preis: "90" },
  ],
};

test("the template has the sheet „Fall“ after the Übersicht", () => {
  expect(SHEETS.map((s) => s.name).slice(0, 2)).toEqual(["Übersicht", "Fall"]);
  const ws = buildTemplate().getWorksheet("Fall")!;
  expect(ws.getCell(settingRow("kostenplan.fall.aktenzeichen"), 1).value).toBe("Aktenzeichen");
  expect(ws.getCell(1, 5).value).toBe("Nachweis");
});

test("template → fill → read: the case record, the decisions and the figures are those of the JSON", async () => {
  const read = await readBack(filled());
  const out = evaluateWorkbookPlan(read);
  if (!out.ok) throw new Error(out.message);
  const r = out.result;
  const expected = evaluatePlan(parsePlan(json));
  expect(planResultJson(r)).toEqual(planResultJson(expected));
  // 24 × 35 + 90 = 930 €/month calculated = 11.160 €; agreed 11.200 € → 933,33 €/month
  expect(r.bedarf!.summeZeitraum.toFixed(2)).toBe("11160.00");
  expect(r.monatsbudget.toFixed(2)).toBe("933.33");
  expect(r.beantragt!.monatsbudget.toFixed(2)).toBe("1140.00");
  expect(r.fall!.aktenzeichen).toBe("50.12-PB-0042");
  expect(r.fall!.budgetnehmer.name).toBe("Erika Mustermann");
  expect(r.fall!.nachweise[0].termine).toHaveLength(2);
  expect(r.befunde.find((b) => b.regel === "obergrenze-ueberschritten")!.begruendung).toBe("Nachtbereitschaft ohne Alternative");
});

test("a bad entry of the case record names its cell on the sheet „Fall“, without what was typed in a personal field", async () => {
  const wb = filled();
  setSetting(wb, "kostenplan.fall.budgetnehmer.geburtsdatum", "31.02.1980");
  const out = evaluateWorkbookPlan(await readBack(wb));
  expect(out.ok).toBe(false);
  if (out.ok) return;
  expect(out.message).toMatch(new RegExp(`^Blatt „Fall“, Zelle B${settingRow("kostenplan.fall.budgetnehmer.geburtsdatum")}: `));
  expect(out.message).not.toContain("31.02.1980");

  const wb2 = filled();
  fillTable(wb2, "tblNachweise", [{ art: "Verwendungsnachweis", intervall: "alle 2 Wochen" }]);
  const out2 = evaluateWorkbookPlan(await readBack(wb2));
  expect(out2.ok).toBe(false);
  if (!out2.ok) expect(out2.message).toMatch(/^Blatt „Fall“, Zelle F2: .*„alle 2 Wochen“ ist unbekannt/);
});

test("a copied Kostenplan row with a new price keeps the quantity the Träger recognised", async () => {
  const wb = buildTemplate();
  setSetting(wb, "kostenplan.zeitraum.beginn", "01.01.2026");
  setSetting(wb, "kostenplan.zeitraum.ende", "31.12.2026");
  const row = { bezeichnung: "Assistenzdienst", art: "dienstleistung", menge: 60, einheit: "Stunden", je: "monat", preis: 35, anerkannt: { menge: 50, begruendung: "Bedarfsermittlung" } };
  fillTable(wb, "tblKostenplan", [row, { ...row, ab: "01.07.2026", preis: 38 }]);
  const out = evaluateWorkbookPlan(await readBack(wb));
  if (!out.ok) throw new Error(out.message);
  // 50 × 35 × 6 + 50 × 38 × 6 = 21.900 (not 60 h from July: 24.180)
  expect(out.result.summeZeitraum.toFixed(2)).toBe("21900.00");
});
