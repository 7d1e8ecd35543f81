/** The payment rhythm and the Teilbudgets that add up to a rounded Gesamtbudget, by hand. */
import { Dec, allocateCents, evaluatePlan, parsePlan, planResultJson } from "../../src/engine";
import fc from "fast-check";

const run = (plan: unknown) => planResultJson(evaluatePlan(parsePlan(plan)));

// kostenplan.md, worked example 2: 1,242.50 rounded up to 1,250.00 for 12 months
const EXAMPLE_2 = {
  zeitraum: { beginn: "2012-07-01", ende: "2013-06-30" },
  einstellungen: { rundung: { gesamt: { schritt: "50", richtung: "auf" } } },
  positionen: [
    { bezeichnung: "Begleitung", art: "dienstleistung", menge: "42.5", einheit: "stunde", je: "zeitraum", preis: "16.25", rundung: { schritt: "10", richtung: "kaufmaennisch" } },
    { bezeichnung: "Fahrdienst", art: "sachkosten", menge: "17", einheit: "fahrt", je: "zeitraum", preis: "32.50" },
  ],
};
const withSettings = (plan: typeof EXAMPLE_2, extra: Record<string, unknown>) => ({ ...plan, einstellungen: { ...plan.einstellungen, ...extra } });

describe("payment rhythm", () => {
  test("half-yearly in advance: 625.00 on 01.07.2012 and 01.01.2013, adding up to the agreed 1,250.00", () => {
    const r = run(withSettings(EXAMPLE_2, { zahlweise: "halbjaehrlich" }));
    expect(r.zahlweise).toBe("halbjaehrlich");
    expect(r.zahlungsplan).toEqual([
      { faellig: "2012-07-01", von: "2012-07", bis: "2012-12", monate: 6, betrag: "625.00" },
      { faellig: "2013-01-01", von: "2013-01", bis: "2013-06", monate: 6, betrag: "625.00" },
    ]);
    expect(r.summeZahlungen).toBe("1250.00");
    expect(r.monatsbudget).toBe("104.17"); // still shown: the monthly figure of the Bescheid
  });

  test("monthly (the default): twelve payments of 104.17 = 1,250.04, beside the agreed 1,250.00", () => {
    const r = run(EXAMPLE_2);
    expect(r.zahlweise).toBe("monatlich");
    expect(r.zahlungsplan).toHaveLength(12);
    expect(new Set(r.zahlungsplan.map((z) => z.betrag))).toEqual(new Set(["104.17"]));
    expect(r.zahlungsplan[11]).toMatchObject({ faellig: "2013-06-01", von: "2013-06", bis: "2013-06" });
    expect(r.summeZahlungen).toBe("1250.04");
    expect(r.summeZeitraum).toBe("1250.00");
  });

  test("quarterly follows the month-by-month need: a raise in January gives larger later payments, cents by largest remainder", () => {
    // 100 h × 14.00 = 1,400.00 in Dec–Feb's December, then × 14.60 = 1,460.00; plan 01.12.2026–30.11.2027
    const r = run({
      zeitraum: { beginn: "2026-12-01", ende: "2027-11-30" },
      einstellungen: { zahlweise: "vierteljaehrlich", rundung: { gesamt: { schritt: "100", richtung: "auf" } } },
      eigenanteilMonat: "10",
      positionen: [{ bezeichnung: "Assistenz", art: "dienstleistung", menge: "100", einheit: "stunde", je: "monat", preis: "14.00", aenderungen: [{ ab: "2027-01-01", preis: "14.60" }] }],
    });
    // exact 1,400 + 11 × 1,460 = 17,460.00 → rounded up to 17,500.00
    expect(r.summeZeitraum).toBe("17500.00");
    // weights per quarter: 4,320 (Dec 1,400 + 2 × 1,460), then 4,380 × 3; shares of 17,500: 4,329.8969…, 4,390.0344… × 3
    // rounded down 4,329.89 + 3 × 4,390.03 = 17,499.98; the two cents left go to the largest remainders: the first
    // quarter (0.69 ct), then the earliest of the equal ones
    const gross = allocateCents(new Dec("17500"), [new Dec("4320"), new Dec("4380"), new Dec("4380"), new Dec("4380")]).map((x) => x.toFixed(2));
    expect(gross).toEqual(["4329.90", "4390.04", "4390.03", "4390.03"]);
    // paid: 17,500.00 less 12 × 10.00 Eigenanteil = 17,380.00, split the same way: 4,300.206… and 4,359.931… × 3,
    // rounded down 4,300.20 + 3 × 4,359.93 = 17,379.99, the cent left to the largest remainder (the first quarter)
    expect(r.zahlungsplan.map((z) => [z.faellig, z.betrag])).toEqual([
      ["2026-12-01", "4300.21"],
      ["2027-03-01", "4359.93"],
      ["2027-06-01", "4359.93"],
      ["2027-09-01", "4359.93"],
    ]);
    expect(r.summeZahlungen).toBe("17380.00"); // 17,500.00 − 12 × 10.00
  });

  test("where the monthly budget is the agreed figure (rundung.monat), a block pays it × its months; a short last block", () => {
    const r = run({
      zeitraum: { beginn: "2012-03-01", ende: "2012-08-31" },
      einstellungen: { zahlweise: "vierteljaehrlich", rundung: { monat: { schritt: "5", richtung: "ab" } } },
      positionen: [{ bezeichnung: "Haushaltshilfe", art: "dienstleistung", menge: "7.5", einheit: "stunde", je: "woche", preis: "8.00" }],
    });
    expect(r.monatsbudget).toBe("260.00"); // 1,560.00 / 6 = 260.00
    expect(r.zahlungsplan.map((z) => z.betrag)).toEqual(["780.00", "780.00"]);
    const year = run({ ...EXAMPLE_2, zeitraum: { beginn: "2012-07-01", ende: "2013-08-31" }, einstellungen: { zahlweise: "jaehrlich" } });
    expect(year.zahlungsplan.map((z) => [z.faellig, z.monate])).toEqual([
      ["2012-07-01", 12],
      ["2013-07-01", 2],
    ]);
    expect(year.summeZahlungen).toBe(year.summeZeitraum);
  });

  test("the Eigenanteil of every month is deducted, also of months without need (the payments add up to the period's payment)", () => {
    const r = run({
      zeitraum: { beginn: "2026-01-01", ende: "2026-12-31" },
      einstellungen: { zahlweise: "halbjaehrlich" },
      eigenanteilMonat: "10",
      positionen: [{ bezeichnung: "Begleitung", art: "dienstleistung", menge: "1", je: "monat", preis: "100", bis: "2026-06-30" }],
    });
    // 600.00 need, all in the first half; 12 × 10.00 Eigenanteil → 480.00 to pay, as 12 monthly payments of 40.00 would
    expect(r.zahlungsplan.map((z) => z.betrag)).toEqual(["480.00", "0.00"]);
    expect(r.summeZahlungen).toBe(r.auszahlungZeitraum);
  });

  test("a position's rounding keeps its change visible: the months follow the need, the payments too", () => {
    const r = run({
      zeitraum: { beginn: "2026-01-01", ende: "2026-12-31" },
      einstellungen: { zahlweise: "halbjaehrlich" },
      positionen: [{ bezeichnung: "Begleitung", art: "dienstleistung", menge: "1", je: "monat", preis: "100", aenderungen: [{ ab: "2026-07-01", preis: "300.01" }], rundung: { schritt: "10", richtung: "auf" } }],
    });
    // exact 600.00 + 1,800.06 = 2,400.06 → 2,410.00; the months scaled by 2,410.00 / 2,400.06 (100.414…, 301.252…)
    expect(r.positionen[0].zeitraumbetrag).toBe("2410.00");
    expect(r.monatsplan.map((m) => m.betrag)).toEqual([...Array(6).fill("100.41"), ...Array(6).fill("301.25")]);
    expect(r.wechsel.map((w) => w.monat)).toEqual(["2026-07"]);
    // the halves by the schedule's need (602.46 : 1,807.50), adding up to the rounded 2,410.00
    expect(r.zahlungsplan.map((z) => z.betrag)).toEqual(["602.47", "1807.53"]);
  });

  test("an unknown rhythm is an input error naming the setting", () => {
    expect(() => run(withSettings(EXAMPLE_2, { zahlweise: "wöchentlich" }))).toThrow(/einstellungen\.zahlweise: .*wöchentlich.*(monatlich|erlaubt)/);
  });
});

describe("Teilbudgets add up to the rounded Gesamtbudget", () => {
  const plan = {
    zeitraum: { beginn: "2026-01-01", ende: "2026-12-31" },
    einstellungen: { rundung: { gesamt: { schritt: "100", richtung: "auf" } } },
    traeger: [
      { id: "egh", name: "Eingliederungshilfe" },
      { id: "pk", name: "Pflegekasse" },
      { id: "uk", name: "Unfallkasse" },
    ],
    positionen: [
      { bezeichnung: "Begleitung", traeger: "egh", art: "dienstleistung", menge: "1", je: "zeitraum", preis: "1000.00" },
      { bezeichnung: "Pflege", traeger: "pk", art: "dienstleistung", menge: "1", je: "zeitraum", preis: "1000.00" },
      { bezeichnung: "Fahrten", traeger: "uk", art: "sachkosten", menge: "1", je: "zeitraum", preis: "1000.01" },
    ],
  };
  test("3,000.01 rounded up to 3,100.00: each Träger gets its share, the cents left over by largest remainder", () => {
    const r = run(plan);
    expect(r.summeZeitraum).toBe("3100.00");
    expect(r.monatsbudget).toBe("258.33");
    // shares of 3,100.00: 1,033.3322…, 1,033.3322…, 1,033.3355… → 1,033.33 | 1,033.33 | 1,033.34
    expect(r.teilbudgets.map((t) => [t.traeger, t.zeitraumbetrag, t.zeitraumbetragUngerundet])).toEqual([
      ["egh", "1033.33", "1000.00"],
      ["pk", "1033.33", "1000.00"],
      ["uk", "1033.34", "1000.01"],
    ]);
    // shares of 258.33: 86.1096… | 86.1096… | 86.1106…, rounded down 86.10 + 86.10 + 86.11 = 258.31; the two cents left
    // go to the larger remainders (0.96 ct each, the third has 0.06 ct)
    expect(r.teilbudgets.map((t) => t.monatsbetrag)).toEqual(["86.11", "86.11", "86.11"]);
    const sumOf = (k: "monatsbetrag" | "zeitraumbetrag") => r.teilbudgets.reduce((a, t) => a.add(t[k]), new Dec(0)).toFixed(2);
    expect(sumOf("zeitraumbetrag")).toBe("3100.00");
    expect(sumOf("monatsbetrag")).toBe("258.33");
  });

  test("an expected refund keeps its amount: the rounding goes to the Träger that pay", () => {
    const r = run({
      zeitraum: { beginn: "2026-01-01", ende: "2026-12-31" },
      einstellungen: { rundung: { gesamt: { schritt: "50", richtung: "auf" } } },
      traeger: [{ id: "egh", name: "Eingliederungshilfe" }, { id: "kk", name: "Krankenkasse" }],
      positionen: [
        { bezeichnung: "Begleitung", traeger: "egh", art: "dienstleistung", menge: "1", je: "monat", preis: "100.01" },
        { bezeichnung: "Erstattung Fahrten", traeger: "kk", art: "erstattung", menge: "1", je: "monat", preis: "-20" },
      ],
    });
    // 1,200.12 − 240.00 = 960.12 → 1,000.00: the 39.88 all to egh
    expect(r.summeZeitraum).toBe("1000.00");
    expect(r.teilbudgets.map((t) => t.zeitraumbetrag)).toEqual(["1240.00", "-240.00"]);
  });

  test("largest remainder: parts in whole cents that always sum to the amount (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 8 }), (totalCents, ws) => {
        const total = new Dec(totalCents).div(100);
        const parts = allocateCents(total, ws.map((w) => new Dec(w).div(100)));
        expect(parts.reduce((a, b) => a.add(b), new Dec(0)).eq(total)).toBe(true);
        for (const p of parts) expect(p.decimalPlaces()).toBeLessThanOrEqual(2);
        const sumW = ws.reduce((a, b) => a + b, 0);
        parts.forEach((p, i) => {
          const exact = sumW === 0 ? total.div(ws.length) : total.mul(ws[i]).div(sumW);
          expect(p.sub(exact).abs().lt("0.01")).toBe(true);
        });
      }),
      { numRuns: 200 },
    );
  });
});
