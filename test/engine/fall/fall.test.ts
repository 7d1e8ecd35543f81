/**
 * The case record: due dates of the Nachweise, the next Bedarfsermittlung, its findings against the plan, the
 * report's record over the plan's — and personal data in no message, finding or result JSON.
 */
import { checkReport, evaluatePlan, parsePlan, parseReport } from "../../../src/engine";
import { planResultJson } from "../../../src/engine/plan/json";
import { isoDate } from "../../../src/engine/dates";

const NAME = "Erika Mustermann";
const ANSCHRIFT = "Lindenweg 7, 48149 Münster";
const plan = (fall: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  format: "kostenplan/1",
  zeitraum: { beginn: "2026-01-01", ende: "2026-12-31" },
  traeger: [{ id: "lwl", name: "LWL", anschrift: "Freiherr-vom-Stein-Platz 1, 48147 Münster" }, { id: "pk", name: "Pflegekasse" }],
  positionen: [{ bezeichnung: "Assistenz", art: "dienstleistung", traeger: "lwl", menge: "20", je: "monat", preis: "35" }],
  fall,
  ...extra,
});
const run = (p: unknown) => evaluatePlan(parsePlan(p));

test("half-yearly Nachweise with 8 weeks' time, a fixed single one, and the next assessment two years on", () => {
  const r = run(
    plan({
      aktenzeichen: "50.12-PB-0042",
      beauftragterTraeger: "lwl",
      bescheidDatum: "15.11.2024",
      nachweise: [
        { art: "Verwendungsnachweis", intervall: "halbjährlich", fristTage: 56 },
        { art: "Abschlussbericht", intervall: "einmalig", faelligAm: "2027-01-31" },
      ],
    }),
  );
  const f = r.fall!;
  const termine = f.nachweise.map((n) => n.termine.map((t) => `${isoDate(t.abschnitt.beginn)}..${isoDate(t.abschnitt.ende)}→${isoDate(t.faellig)}`));
  // 30.06.2026 + 56 days = 25.08.2026; 31.12.2026 + 56 = 25.02.2027
  expect(termine).toEqual([["2026-01-01..2026-06-30→2026-08-25", "2026-07-01..2026-12-31→2027-02-25"], ["2026-01-01..2026-12-31→2027-01-31"]]);
  // Bescheid 15.11.2024 + 24 months = 15.11.2026, inside the period
  expect(isoDate(f.bedarfsermittlung.naechste!)).toBe("2026-11-15");
  expect(r.befunde.find((b) => b.regel === "fall-bedarfsermittlung-faellig")!.text).toContain("15.11.2026");
  expect(planResultJson(r).fall).toMatchObject({ aktenzeichen: "50.12-PB-0042", beauftragterTraeger: "lwl", naechsteBedarfsermittlung: "2026-11-15" });
});

test("an agreed date of the next assessment wins; after the period it is no finding", () => {
  const r = run(plan({ bescheidDatum: "2024-11-15", bedarfsermittlung: { letzte: "2025-10-01", naechste: "2027-09-30" } }));
  expect(isoDate(r.fall!.bedarfsermittlung.naechste!)).toBe("2027-09-30");
  expect(r.befunde.map((b) => b.regel)).not.toContain("fall-bedarfsermittlung-faellig");
});

test("a Beauftragter Träger outside the Träger list, a Zielvereinbarung shorter than the period", () => {
  const r = run(plan({ beauftragterTraeger: "lvr", zielvereinbarung: { beginn: "2026-01-01", ende: "2026-06-30", ziele: "Arbeit" } }));
  const byRule = Object.fromEntries(r.befunde.map((b) => [b.regel, b]));
  expect(byRule["fall-traeger-unbekannt"].schwere).toBe("fehler");
  expect(byRule["fall-traeger-unbekannt"].text).toContain("„lwl“, „pk“");
  expect(byRule["fall-zielvereinbarung-zeitraum"].text).toContain("30.06.2026");
});

test("bad entries are named by field; personal fields never repeat what was typed", () => {
  expect(() => run(plan({ nachweise: [{ art: "VN", intervall: "wöchentlich" }] }))).toThrow(/fall\.nachweise\[1\]\.intervall: „wöchentlich“ ist unbekannt – erlaubt: monatlich/);
  expect(() => run(plan({ nachweise: [{ art: "VN", intervall: "jährlich", faelligAm: "2027-01-31" }] }))).toThrow(/nur für einen einmaligen/);
  expect(() => run(plan({ bedarfsermittlung: { letzte: "2026-01-01", naechste: "2025-01-01" } }))).toThrow(/nicht nach der letzten/);
  let message = "";
  try {
    run(plan({ budgetnehmer: { name: NAME, geburtsdatum: "31.02.1980" } }));
  } catch (e) {
    message = (e as Error).message;
  }
  expect(message).toContain("fall.budgetnehmer.geburtsdatum");
  expect(message).not.toContain("31.02.1980");
  expect(message).not.toContain(NAME);
});

test("name, address and date of birth are kept for the submission and appear in no finding or result JSON", () => {
  const r = run(
    plan(
      { aktenzeichen: "PB-1", budgetnehmer: { name: NAME, anschrift: ANSCHRIFT, geburtsdatum: "01.02.1980" }, beauftragterTraeger: "xx", bescheidDatum: "2025-01-01" },
      { obergrenzeMonat: "100" },
    ),
  );
  expect(r.fall!.budgetnehmer).toEqual({ name: NAME, anschrift: ANSCHRIFT, geburtsdatum: { y: 1980, m: 2, d: 1 } });
  const out = JSON.stringify(planResultJson(r));
  for (const s of [NAME, "Erika", "Lindenweg", "1980"]) expect(out).not.toContain(s);
  expect(r.befunde.length).toBeGreaterThan(0);
});

test("a report's own case record goes over the plan's, key by key", () => {
  const report = parseReport({
    format: "verwendungsnachweis/1",
    zeitraum: { beginn: "2026-01-01", ende: "2026-06-30" },
    fall: { aktenzeichen: "PB-NEU", budgetnehmer: { anschrift: "Neue Straße 1" } },
    kostenplan: plan({ aktenzeichen: "PB-ALT", beauftragterTraeger: "lwl", budgetnehmer: { name: NAME, anschrift: ANSCHRIFT } }),
    einnahmen: [],
    ausgaben: [],
  });
  expect(report.plan.fall).toMatchObject({ aktenzeichen: "PB-NEU", beauftragterTraeger: "lwl" });
  expect(report.plan.fall!.budgetnehmer).toEqual({ name: NAME, anschrift: "Neue Straße 1" });
  expect(checkReport(report).zeitraum).toBeDefined();
});

test("the structure check never repeats personal data: a name where an object belongs, a name as a key", () => {
  const cases = [
    { budgetnehmer: "Erika Mustermann, Hauptstr. 5, geb. 31.01.1980" },
    { budgetnehmer: { "Erika Mustermann": "Hauptstr. 5" } },
    { budgetnehmer: { name: ["Erika Mustermann"] } },
  ];
  for (const fall of cases) {
    let message = "";
    try {
      parsePlan(plan(fall));
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^fall\.budgetnehmer/);
    for (const s of ["Erika", "Hauptstr", "1980"]) expect(message).not.toContain(s);
  }
  // in a report too, where the plan's paths are prefixed
  let message = "";
  try {
    parseReport({ format: "verwendungsnachweis/1", zeitraum: { beginn: "2026-01-01", ende: "2026-06-30" }, fall: { budgetnehmer: "Erika Mustermann" }, kostenplan: plan({}) });
  } catch (e) {
    message = (e as Error).message;
  }
  expect(message).toContain("budgetnehmer");
  expect(message).not.toContain("Erika");
});

test("a Träger's own rhythm of assessments, and days of a time limit read by the value rules", () => {
  const r = run(plan({ bescheidDatum: "2025-03-01", bedarfsermittlung: { intervallMonate: "12" } }));
  expect(isoDate(r.fall!.bedarfsermittlung.naechste!)).toBe("2026-03-01");
  expect(r.befunde.find((b) => b.regel === "fall-bedarfsermittlung-faellig")!.text).toContain("ein Jahr nach");
  expect(() => run(plan({ nachweise: [{ art: "VN", intervall: "jährlich", fristTage: "1e2" }] }))).toThrow(/fall\.nachweise\[1\]\.fristTage/);
  expect(() => run(plan({ nachweise: [{ art: "VN", intervall: "jährlich", fristTage: "2,5" }] }))).toThrow(/keine ganze Zahl von Tagen/);
  expect(() => run(plan({ bedarfsermittlung: { intervallMonate: "0" } }))).toThrow(/intervallMonate/);
});
