/**
 * The caseworker's decisions on a plan: recognised values (anerkannt) next to those applied for (beantragt), an
 * agreed amount that differs from the calculated need, and the justification of an Obergrenze exceedance.
 * Expected figures are computed by hand in the comments.
 */
import { evaluatePlan, parsePlan } from "../../../src/engine";
import { planResultJson } from "../../../src/engine/plan/json";
import { counts } from "../../../src/engine/findings";

const base = (extra: Record<string, unknown> = {}, positionen?: unknown[]) => ({
  format: "kostenplan/1",
  zeitraum: { beginn: "2026-01-01", ende: "2026-12-31" },
  positionen: positionen ?? [
    { bezeichnung: "Assistenz", art: "dienstleistung", menge: "20", einheit: "Stunden", je: "monat", preis: "35" },
    { bezeichnung: "Taxi", art: "sachkosten", menge: "1", je: "monat", preis: "90" },
  ],
  ...extra,
});
const run = (plan: unknown) => evaluatePlan(parsePlan(plan));
const regeln = (r: ReturnType<typeof run>) => r.befunde.map((b) => b.regel);

describe("anerkannt und beantragt", () => {
  const plan = base({}, [
    { bezeichnung: "Assistenz", art: "dienstleistung", menge: "30", einheit: "Stunden", je: "monat", preis: "35", anerkannt: { menge: "24", begruendung: "Bedarfsermittlung vom 01.10.2025" } },
    { bezeichnung: "Taxi", art: "sachkosten", menge: "1", je: "monat", preis: "90" },
  ]);

  test("the plan computes on the recognised values; the values applied for stay visible", () => {
    const r = run(plan);
    // anerkannt: 24 h × 35 € = 840 € + 90 € = 930 €/month; beantragt: 30 × 35 = 1.050 + 90 = 1.140 €
    expect(r.monatsbudget.toFixed(2)).toBe("930.00");
    expect(r.summeZeitraum.toFixed(2)).toBe("11160.00");
    expect(r.beantragt!.monatsbudget.toFixed(2)).toBe("1140.00");
    expect(r.beantragt!.positionen).toEqual([expect.objectContaining({ zeile: 1 })]);
    expect(r.beantragt!.positionen[0].monatsbetrag.toFixed(2)).toBe("1050.00");
    const b = r.befunde.find((x) => x.regel === "anerkannt-abweichend")!;
    expect(b.text).toContain("Menge 24,00 statt beantragt 30,00");
    expect(b.text).toContain("Bedarfsermittlung vom 01.10.2025");
    expect(counts(r.befunde).warnung).toBe(0);
    const json = planResultJson(r) as Record<string, any>;
    expect(json.positionen[0].beantragt).toEqual({ monatsbetrag: "1050.00", zeitraumbetrag: "12600.00" });
    expect(json.positionen[0].anerkannt).toEqual({ werte: ["menge"], begruendung: "Bedarfsermittlung vom 01.10.2025" });
    expect(json.positionen[1].beantragt).toBeUndefined();
    expect(json.beantragt).toEqual({ summeZeitraum: "13680.00", monatsbudget: "1140.00" });
  });

  test("a recognised value without a reason is a warning; one equal to the application is no finding", () => {
    const ohne = run(base({}, [{ bezeichnung: "Assistenz", art: "dienstleistung", menge: "30", je: "monat", preis: "35", anerkannt: { preis: "32,50" } }]));
    expect(regeln(ohne)).toContain("anerkannt-ohne-begruendung");
    expect(ohne.monatsbudget.toFixed(2)).toBe("975.00"); // 30 × 32,50
    const gleich = run(base({}, [{ bezeichnung: "Assistenz", art: "dienstleistung", menge: "30", je: "monat", preis: "35", anerkannt: { menge: "30" } }]));
    expect(regeln(gleich).filter((x) => x.startsWith("anerkannt"))).toEqual([]);
  });

  test("a later change of the position inherits the recognised quantity", () => {
    const r = run(
      base({}, [
        { bezeichnung: "Assistenz", art: "dienstleistung", menge: "30", je: "monat", preis: "35", anerkannt: { menge: "24", begruendung: "Bedarf" }, aenderungen: [{ ab: "2026-07-01", preis: "40" }] },
      ]),
    );
    // 6 × 24 × 35 + 6 × 24 × 40 = 5.040 + 5.760 = 10.800
    expect(r.summeZeitraum.toFixed(2)).toBe("10800.00");
    // beantragt: 6 × 30 × 35 + 6 × 30 × 40 = 6.300 + 7.200 = 13.500
    expect(r.beantragt!.summeZeitraum.toFixed(2)).toBe("13500.00");
  });

  test("a bad recognised value is named as the caseworker's field", () => {
    expect(() => run(base({}, [{ bezeichnung: "A", art: "sachkosten", menge: "1", je: "monat", preis: "10", anerkannt: { preis: "zehn" } }]))).toThrow(/positionen\[1\]\.anerkannt\.preis/);
    expect(() => run(base({}, [{ bezeichnung: "A", art: "sachkosten", menge: "1", je: "monat", preis: "10", anerkannt: { stunden: "3" } }]))).toThrow(/stunden/);
  });
});

describe("vereinbarter Betrag", () => {
  test("DGUV: 8.420 € agreed for a calculated 8.410 € — the budget is the agreed amount, the need stays", () => {
    // a year at 700,83 €/month ≈ 8.410 €: 12 × 700,00 + 10,00 once = 8.410,00 €
    const r = run(
      base({ vereinbart: { zeitraumbetrag: "8420", begruendung: "Aufgerundet laut Zielvereinbarung" } }, [
        { bezeichnung: "Assistenz", art: "dienstleistung", menge: "20", je: "monat", preis: "35" },
        { bezeichnung: "Einrichtung", art: "sachkosten", menge: "1", je: "zeitraum", preis: "10" },
      ]),
    );
    expect(r.bedarf!.summeZeitraum.toFixed(2)).toBe("8410.00");
    expect(r.summeZeitraum.toFixed(2)).toBe("8420.00");
    expect(r.monatsbudget.toFixed(2)).toBe("701.67"); // 8.420 / 12 = 701,666… → 701,67
    const b = r.befunde.find((x) => x.regel === "vereinbart-abweichend")!;
    expect(b.text).toContain("Vereinbart sind 8.420,00 € im Bewilligungszeitraum, berechnet ist ein Bedarf von 8.410,00 € (+10,00 €)");
    expect(b.text).toContain("Aufgerundet laut Zielvereinbarung");
    expect(counts(r.befunde)).toEqual({ fehler: 0, warnung: 0, hinweis: 1 });
    // paid as agreed: twelve monthly payments in cents by largest remainder add up to 8.420,00 (not 12 × 701,67 = 8.420,04)
    expect(r.summeZahlungen.toFixed(2)).toBe("8420.00");
    expect(r.auszahlungZeitraum.toFixed(2)).toBe("8420.00");
    expect(r.zahlungsplan).toHaveLength(12);
  });

  test("an agreed monthly amount, shared by the Teilbudgets; without a reason it is a warning", () => {
    const r = run(
      base(
        { vereinbart: { monatsbetrag: "1000" }, traeger: [{ id: "egh" }, { id: "pk" }] },
        [
          { bezeichnung: "Assistenz", art: "dienstleistung", traeger: "egh", menge: "20", je: "monat", preis: "30" },
          { bezeichnung: "Pflege", art: "dienstleistung", traeger: "pk", menge: "10", je: "monat", preis: "30" },
        ],
      ),
    );
    // need 600 + 300 = 900 €/month, agreed 1.000: the shares 2/3 and 1/3 of 1.000 → 666,67 and 333,33
    expect(r.monatsbudget.toFixed(2)).toBe("1000.00");
    expect(r.summeZeitraum.toFixed(2)).toBe("12000.00");
    expect(r.teilbudgets.map((t) => t.monatsbetrag.toFixed(2))).toEqual(["666.67", "333.33"]);
    expect(r.teilbudgets.map((t) => t.zeitraumbetrag.toFixed(2))).toEqual(["8000.00", "4000.00"]);
    expect(regeln(r)).toContain("vereinbart-ohne-begruendung");
  });

  test("both a monthly and a period amount, or neither, is refused", () => {
    expect(() => run(base({ vereinbart: { monatsbetrag: "1000", zeitraumbetrag: "12000" } }))).toThrow(/nicht beides/);
    expect(() => run(base({ vereinbart: { begruendung: "x" } }))).toThrow(/vereinbarte Betrag/);
  });
});

describe("begründete Überschreitung der Obergrenze", () => {
  test("the warning stays visible, marked justified, and no longer counts", () => {
    // 20 × 35 + 90 = 790 € over a cap of 700 €
    const ohne = run(base({ obergrenzeMonat: "700" }));
    expect(counts(ohne.befunde).warnung).toBe(1);
    const mit = run(base({ obergrenzeMonat: "700", obergrenzeBegruendung: "Nachtbereitschaft ohne Alternative" }));
    const b = mit.befunde.find((x) => x.regel === "obergrenze-ueberschritten")!;
    expect(b.schwere).toBe("warnung");
    expect(b.begruendung).toBe("Nachtbereitschaft ohne Alternative");
    expect(b.text).toContain("um 90,00 €");
    expect(counts(mit.befunde).warnung).toBe(0);
  });

  test("a Teilbudget over its own cap is justified on its Träger row", () => {
    const r = run(
      base({ traeger: [{ id: "egh", obergrenzeMonat: "500", obergrenzeBegruendung: "Einzelfall" }] }, [
        { bezeichnung: "Assistenz", art: "dienstleistung", traeger: "egh", menge: "20", je: "monat", preis: "30" },
      ]),
    );
    const b = r.befunde.find((x) => x.regel === "teilbudget-obergrenze-ueberschritten")!;
    expect(b.begruendung).toBe("Einzelfall");
    expect(counts(r.befunde).warnung).toBe(0);
  });
});

describe("anerkannt und Änderungszeilen", () => {
  test("a change that repeats the quantity applied for (a copied workbook row) keeps the recognised one", () => {
    // beantragt 60 h, anerkannt 50 h; from July the price is 38 € (the copied row still says 60 h)
    // 50 × 35 × 6 + 50 × 38 × 6 = 10.500 + 11.400 = 21.900
    const r = run(
      base({}, [
        {
          bezeichnung: "Assistenzdienst",
          art: "dienstleistung",
          menge: "60",
          je: "monat",
          preis: "35",
          anerkannt: { menge: "50", begruendung: "Bedarfsermittlung" },
          aenderungen: [{ ab: "2026-07-01", menge: "60", preis: "38" }],
        },
      ]),
    );
    expect(r.summeZeitraum.toFixed(2)).toBe("21900.00");
    // beantragt: 60 × 35 × 6 + 60 × 38 × 6 = 12.600 + 13.680 = 26.280
    expect(r.beantragt!.summeZeitraum.toFixed(2)).toBe("26280.00");
  });

  test("a change that really alters the quantity keeps its own value", () => {
    // from July 70 h (a new need): 50 × 35 × 6 + 70 × 35 × 6 = 10.500 + 14.700 = 25.200
    const r = run(
      base({}, [
        { bezeichnung: "A", art: "dienstleistung", menge: "60", je: "monat", preis: "35", anerkannt: { menge: "50", begruendung: "x" }, aenderungen: [{ ab: "2026-07-01", menge: "70" }] },
      ]),
    );
    expect(r.summeZeitraum.toFixed(2)).toBe("25200.00");
  });
});
