/** Übertrag chained (src/engine/reste/vorperiode.ts): the booked Übertrag against the previous period and the cap. */
import { checkReport, Dec, parseReport, reportResultJson, type Vorperiode } from "../../../src/engine";
import { PLAN, cleanReport, type Row } from "../report/fixture";

// PLAN's monthly budget is 600.00; one more position of 350.00 a month makes it 420 + 100 + 50 + 30 + 350 = 950.00
const PLAN_950 = { ...PLAN, positionen: [...PLAN.positionen, { bezeichnung: "Freizeit", art: "sachkosten", menge: "1", je: "monat", preis: "350.00" }] };

/** The clean report (Übertrag 500.00 booked on 02.01.2026) with the Übertrag row set to `betrag`. */
function report(betrag: string, over: (r: ReturnType<typeof cleanReport>) => void = () => {}) {
  const r = cleanReport();
  delete (r as Row).angaben; // the sums change on purpose
  r.einnahmen.find((e) => e.art === "uebertrag")!.betrag = betrag;
  over(r);
  return r;
}
const check = (json: unknown, vorperiode?: Vorperiode) => reportResultJson(checkReport(parseReport(json), vorperiode ? { vorperiode } : {}));
const chain = <B extends { regel: string }>(r: { befunde: B[] }) => r.befunde.filter((b) => b.regel.startsWith("uebertrag-"));

test("a chained Übertrag of 5.000 € with a monthly budget of 950 €: warning above the cap, none for the (matching) amount", () => {
  // the previous period carried 5,000.00 (e.g. saved up under „ansparen“); the current rule caps at one monthly budget:
  // 5,000.00 − 950.00 = 4,050.00 too much
  const r = check(report("5000.00", (r) => (r.kostenplan = PLAN_950)), { uebertrag: new Dec("5000.00"), monatsbudget: new Dec("950.00") });
  expect(r.reste.monatsbudget).toBe("950.00");
  const bs = chain(r);
  expect(bs.map((b) => b.regel)).toEqual(["uebertrag-ueber-obergrenze"]);
  expect(bs[0]).toMatchObject({ schwere: "warnung", ort: { liste: "einnahmen", zeile: 7, feld: "betrag" } });
  expect(bs[0].text).toContain("5.000,00 €");
  expect(bs[0].text).toContain("des vorigen Kostenplans (950,00 €)");
  expect(bs[0].text).toContain("4.050,00 € mehr");
  expect(r.kette).toEqual({ uebertragGebucht: "5000.00", vorperiode: true });
});

test("above the cap without a previous period: warning with the current plan's monthly budget", () => {
  // 5,000.00 > 950.00 (current plan): 4,050.00 too much
  const bs = chain(check(report("5000.00", (r) => (r.kostenplan = PLAN_950))));
  expect(bs.map((b) => [b.regel, b.schwere])).toEqual([["uebertrag-ueber-obergrenze", "warnung"]]);
  expect(bs[0].text).toContain("Monatsbudget des Kostenplans (950,00 €)");
});

test("the cap is the previous plan's monthly budget: 700 € is within the current 950 € but above the previous 600 €", () => {
  const vor = { uebertrag: new Dec("700.00"), monatsbudget: new Dec("600.00") };
  // 700.00 − 600.00 = 100.00 above the previous plan's monthly budget
  expect(chain(check(report("700.00", (r) => (r.kostenplan = PLAN_950)), vor)).map((b) => b.text)).toEqual([expect.stringContaining("100,00 € mehr")]);
  expect(chain(check(report("700.00", (r) => (r.kostenplan = PLAN_950))))).toEqual([]);
});

test("an Übertrag matching the previous result: no finding", () => {
  // previous period: reste.uebertrag 500.00; booked here 500.00 (≤ 600.00 monthly budget)
  const r = check(report("500.00"), { uebertrag: new Dec("500.00"), zeitraum: { beginn: { y: 2025, m: 7, d: 1 }, ende: { y: 2025, m: 12, d: 31 } }, monatsbudget: new Dec("600.00") });
  expect(r.befunde).toEqual([]);
  // a cent is tolerated: 500.01 vs 500.00
  expect(chain(check(report("500.01"), { uebertrag: new Dec("500.00") }))).toEqual([]);
});

test("a mismatch of 100 €: finding naming both amounts", () => {
  // booked 500.00, the previous result says 400.00: 100.00 apart
  const bs = chain(check(report("500.00"), { uebertrag: new Dec("400.00") }));
  expect(bs.map((b) => [b.regel, b.schwere])).toEqual([["uebertrag-abweichend", "warnung"]]);
  expect(bs[0].text).toBe(
    "Als Übertrag sind 500,00 € gebucht, nach dem Ergebnis des vorigen Nachweiszeitraums sind es 400,00 € (Unterschied 100,00 €). Bitte den Übertrag prüfen oder die Abweichung begründen.",
  );
});

test("no Übertrag booked although the previous period carried one: finding without a row", () => {
  const r = check(report("0", (r) => (r.einnahmen = r.einnahmen.filter((e) => e.art !== "uebertrag"))), { uebertrag: new Dec("250.00") });
  expect(chain(r)).toEqual([expect.objectContaining({ regel: "uebertrag-abweichend", ort: { feld: "einnahmen" } })]);
});

test("Aktenzeichen of the two periods differ: warning naming neither; the same (case and blanks aside): none", () => {
  const withAz = (r: ReturnType<typeof cleanReport>) => (r.kostenplan = { ...PLAN, fall: { aktenzeichen: "EGH-2026-0042" } });
  const bs = chain(check(report("500.00", withAz), { uebertrag: new Dec("500.00"), aktenzeichen: "EGH-2026-0043" }));
  expect(bs.map((b) => b.regel)).toEqual(["uebertrag-aktenzeichen-abweichend"]);
  expect(bs[0].text).not.toContain("0042");
  expect(bs[0].text).not.toContain("0043");
  expect(chain(check(report("500.00", withAz), { uebertrag: new Dec("500.00"), aktenzeichen: " egh-2026-0042" }))).toEqual([]);
});

test("a previous period that does not end the day before: hinweis", () => {
  const vor = { uebertrag: new Dec("500.00"), zeitraum: { beginn: { y: 2025, m: 1, d: 1 }, ende: { y: 2025, m: 6, d: 30 } } };
  expect(chain(check(report("500.00"), vor)).map((b) => [b.regel, b.schwere])).toEqual([["uebertrag-vorperiode-nicht-anschliessend", "hinweis"]]);
});

test("no previous period and the Übertrag within the cap: no finding", () => {
  // 600.00 = one monthly budget exactly: allowed
  expect(check(report("600.00")).befunde).toEqual([]);
  expect(chain(check(report("600.01")))).toHaveLength(1);
});

test("no cap after a Zwischennachweis, nor for a period beginning inside the Bewilligungszeitraum, nor under another rule", () => {
  expect(chain(check(report("5000.00"), { uebertrag: new Dec("5000.00"), nachweisart: "zwischennachweis" }))).toEqual([]);
  expect(chain(check(report("5000.00", (r) => (r.kostenplan = { ...PLAN, zeitraum: { beginn: "2025-07-01", ende: "2026-06-30" } }))))).toEqual([]);
  expect(chain(check(report("5000.00", (r) => ((r.regeln as Row).reste = "ansparen"))))).toEqual([]);
});
