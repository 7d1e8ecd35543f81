/**
 * Plans that live in time (kostenplan.md „Changes inside the period“): a wage raise on 1 January, a position
 * that starts in March, one that starts on the 15th and ends in June — month by month, checked by hand; the
 * Mindestlohn per month; next year's figures provisionally, named once.
 */
import { evaluatePlan, parsePlan, planResultJson } from "../../src/engine";

type Obj = Record<string, any>;
const run = (plan: Obj) => planResultJson(evaluatePlan(parsePlan({ format: "kostenplan/1", ...plan }))) as Obj;
const period = { beginn: "2026-12-01", ende: "2027-11-30" };

const assistenz = {
  bezeichnung: "Tagesassistenz",
  art: "arbeitgeber",
  beschaeftigung: "pauschal",
  arbeitgeberanteilProzent: "25",
  menge: "100",
  einheit: "stunde",
  je: "monat",
  preis: "14.00",
  aenderungen: [{ ab: "2027-01-01", preis: "14.60" }],
};

describe("a plan 01.12.2026–30.11.2027", () => {
  const r = run({
    zeitraum: period,
    positionen: [
      assistenz,
      { bezeichnung: "Fahrdienst", art: "sachkosten", menge: "1", je: "monat", preis: "200", von: "2027-03-01" },
      { bezeichnung: "Freizeitbegleitung", art: "dienstleistung", menge: "10", einheit: "stunde", je: "monat", preis: "40", von: "2027-03-15", bis: "2027-06-30" },
    ],
  });

  test("each month by hand: the raise from January, the new position from March, a part month pro rata by days", () => {
    // December 100 × 14,00 × 1,25; from January 100 × 14,60 × 1,25; March: 200 + 400 × 17/31 (15.–31.03.)
    expect(r.monatsplan.map((m: Obj) => [m.monat, m.betrag])).toEqual([
      ["2026-12", "1750.00"],
      ["2027-01", "1825.00"],
      ["2027-02", "1825.00"],
      ["2027-03", "2244.35"],
      ["2027-04", "2425.00"],
      ["2027-05", "2425.00"],
      ["2027-06", "2425.00"],
      ["2027-07", "2025.00"],
      ["2027-08", "2025.00"],
      ["2027-09", "2025.00"],
      ["2027-10", "2025.00"],
      ["2027-11", "2025.00"],
    ]);
  });

  test("period amounts and budget: each position exact over its months, then rounded once", () => {
    expect(r.positionen.map((p: Obj) => p.zeitraumbetrag)).toEqual(["21825.00", "1800.00", "1419.35"]); // 1750 + 11 × 1825; 9 × 200; 3 × 400 + 400 × 17/31
    expect(r.summeZeitraum).toBe("25044.35");
    expect(r.monatsbudget).toBe("2087.03"); // 25044,35 / 12
    expect(r.befunde.map((b: Obj) => b.regel)).not.toContain("mindestlohn");
  });

  test("the months in which figures change, per position with its reason", () => {
    expect(r.wechsel).toEqual([
      { monat: "2027-01", ab: "2027-01-01", vorher: "1750.00", nachher: "1825.00", positionen: [{ bezeichnung: "Tagesassistenz", vorher: "1750.00", nachher: "1825.00", grund: "Änderung ab 01.01.2027" }] },
      {
        monat: "2027-03",
        ab: "2027-03-01",
        vorher: "1825.00",
        nachher: "2244.35",
        positionen: [
          { bezeichnung: "Fahrdienst", vorher: "0.00", nachher: "200.00", grund: "Beginn am 01.03.2027" },
          { bezeichnung: "Freizeitbegleitung", vorher: "0.00", nachher: "219.35", grund: "Beginn am 15.03.2027" },
        ],
      },
      {
        monat: "2027-04",
        ab: "2027-04-01",
        vorher: "2244.35",
        nachher: "2425.00",
        positionen: [{ bezeichnung: "Freizeitbegleitung", vorher: "219.35", nachher: "400.00", grund: "Beginn am 15.03.2027 (erster ganzer Monat)" }],
      },
      { monat: "2027-07", ab: "2027-07-01", vorher: "2425.00", nachher: "2025.00", positionen: [{ bezeichnung: "Freizeitbegleitung", vorher: "400.00", nachher: "0.00", grund: "Ende am 30.06.2027" }] },
    ]);
  });

  test("without the raise the wage is below the 2027 Mindestlohn from January: one finding, naming the month", () => {
    const { aenderungen: _, ...ohne } = assistenz;
    const b = run({ zeitraum: period, positionen: [ohne] }).befunde.filter((x: Obj) => x.regel === "mindestlohn");
    expect(b).toHaveLength(1);
    expect(b[0].text).toContain("14,00 € je Stunde liegt unter dem Mindestlohn von 14,60 € (ab 01/2027)");
  });
});

test("the Mindestlohn of a new year that begins inside a plan month (15.01.–14.01.) is checked too", () => {
  const plan = (preis: string) =>
    run({
      zeitraum: { beginn: "2026-01-15", ende: "2027-01-14" },
      positionen: [{ ...assistenz, preis, aenderungen: [] }],
    }).befunde.filter((b: Obj) => b.regel === "mindestlohn");
  // 14,00 € is above 13,90 € (2026) but below 14,60 € (2027, from 01.01.2027 in the last plan month)
  expect(plan("14.00").map((b: Obj) => b.text)).toEqual([expect.stringContaining("unter dem Mindestlohn von 14,60 € (ab 01/2027)")]);
  expect(plan("14.60")).toEqual([]);
});

test("messages for changes that cannot be: on the first day, of a fixed key, twice on one day", () => {
  const plan = (aenderungen: Obj[]) => () => run({ zeitraum: period, positionen: [{ ...assistenz, aenderungen }] });
  expect(plan([{ ab: "2026-12-01", preis: "15" }])).toThrow(/aenderungen\[1\]\.ab: Die Änderung gilt ab 01\.12\.2026, dem ersten Tag des Bewilligungszeitraums – dann bitte die neuen Werte direkt bei der Position eintragen/);
  expect(plan([{ ab: "2027-02-01", je: "woche" }])).toThrow(/positionen\[1\]\.aenderungen\[1\]\.je: „je“ kann sich mit einer Änderung nicht ändern/);
  expect(plan([{ ab: "2027-02-01", preis: "15" }, { ab: "2027-02-01", menge: "90" }])).toThrow(/Für den 01\.02\.2027 gibt es schon eine Änderung dieser Position – bitte beide zu einer zusammenfassen/);
});

test("a finding on a change names the change (its own row in the workbook)", () => {
  const r = run({
    zeitraum: period,
    positionen: [{ ...assistenz, preis: "15.00", aenderungen: [{ ab: "2027-03-01", preis: "13.00" }] }],
  });
  const b = r.befunde.filter((x: Obj) => x.regel === "mindestlohn");
  expect(b).toHaveLength(1);
  expect(b[0].ort).toEqual({ liste: "positionen", zeile: 1, feld: "aenderungen[1].preis" });
});

test("a 2027 plan with a Minijob, a Midijob and a regular job computes with provisional figures and one warning naming them all", () => {
  const r = run({
    zeitraum: { beginn: "2027-01-01", ende: "2027-12-31" },
    positionen: [
      { bezeichnung: "Minijob", art: "arbeitgeber", beschaeftigung: "minijob-privat", menge: "40", einheit: "stunde", je: "monat", preis: "15.00" },
      { bezeichnung: "Midijob", art: "arbeitgeber", beschaeftigung: "uebergangsbereich", menge: "80", einheit: "stunde", je: "monat", preis: "15.00", u1Prozent: "1.1", u2Prozent: "0.4" },
      { bezeichnung: "Vollzeit", art: "arbeitgeber", beschaeftigung: "sv-pflichtig", menge: "160", einheit: "stunde", je: "monat", preis: "17.00", u1Prozent: "1.1", u2Prozent: "0.4" },
    ],
  });
  const warnings = r.befunde.filter((b: Obj) => b.regel === "rechengroessen-vorlaeufig");
  expect(warnings).toHaveLength(1);
  const text: string = warnings[0].text;
  expect(text).toContain("für 2027 vorläufig mit den Werten von 2026");
  for (const figure of ["Umlage U1 der Minijob-Zentrale 0,8 %", "Umlage U2 der Minijob-Zentrale 0,22 %", "durchschnittlicher Zusatzbeitrag der Krankenversicherung 2,9 %", "Faktor F im Übergangsbereich 0,6619", "Beitragssatz der Rentenversicherung 18,6 %", "Beitragsbemessungsgrenze Kranken-/Pflegeversicherung 5.812,50 €/Monat", "Beitragsbemessungsgrenze Renten-/Arbeitslosenversicherung 8.450,00 €/Monat"]) {
    expect(text).toContain(figure);
  }
  expect(text).toContain("kostenplan.einstellungen.rechengroessen.2027.");
  expect(text).not.toContain("Mindestlohn"); // published for 2027
  expect(r.befunde.filter((b: Obj) => b.schwere === "fehler")).toEqual([]);
  expect(Number(r.monatsbudget)).toBeGreaterThan(0);
});
