import { Dec, evaluatePlan, monatsplanSpanne, parsePlan, planResultJson } from "../../src/engine";

const run = (plan: unknown) => planResultJson(evaluatePlan(parsePlan(plan)));
const rules = (r: { befunde: { regel: string }[] }) => r.befunde.map((b) => b.regel);

describe("worked examples of the format doc", () => {
  test("1: medical rehabilitation 2012, no employer costs – 3,935.00 in total, 655.00 a month", () => {
    const r = run({
      format: "kostenplan/1",
      zeitraum: { beginn: "2012-03-01", ende: "2012-08-31" },
      einstellungen: { rundung: { monat: { schritt: "5", richtung: "ab" } } },
      positionen: [
        { bezeichnung: "Taxi Durchgangsarzt", art: "sachkosten", menge: "13", einheit: "fahrt", je: "zeitraum", preis: "15.50", rundung: { schritt: "10", richtung: "kaufmaennisch" } },
        { bezeichnung: "Taxi Schmerztherapie", art: "sachkosten", menge: "13", einheit: "fahrt", je: "zeitraum", preis: "57.50", rundung: { schritt: "10" } },
        { bezeichnung: "Taxi Physiotherapie", art: "sachkosten", menge: "50", einheit: "fahrt", je: "zeitraum", preis: "28.50" },
        { bezeichnung: "Haushaltshilfe", art: "dienstleistung", menge: "7.5", einheit: "stunde", je: "woche", preis: "8.00" },
      ],
    });
    expect(r.positionen.map((p) => p.zeitraumbetrag)).toEqual(["200.00", "750.00", "1425.00", "1560.00"]);
    expect(r.summeZeitraum).toBe("3935.00");
    expect(r.monatsbudgetUngerundet).toBe("655.83");
    expect(r.monatsbudget).toBe("655.00");
    expect(r.auszahlungZeitraum).toBe("3930.00");
    expect(r.befunde.filter((b) => b.schwere !== "hinweis")).toEqual([]);
  });

  test("2: social participation 2012/13 – total rounded up to 1,250.00, 104.17 a month", () => {
    const r = run({
      zeitraum: { beginn: "2012-07-01", ende: "2013-06-30" },
      einstellungen: { rundung: { gesamt: { schritt: "50", richtung: "auf" } } },
      positionen: [
        { bezeichnung: "Begleitung", art: "dienstleistung", menge: "42.5", einheit: "stunde", je: "zeitraum", preis: "16.25", rundung: { schritt: "10", richtung: "kaufmaennisch" } },
        { bezeichnung: "Fahrdienst", art: "sachkosten", menge: "17", einheit: "fahrt", je: "zeitraum", preis: "32.50" },
      ],
    });
    expect(r.positionen[0].zeitraumbetragUngerundet).toBe("690.63");
    expect(r.positionen.map((p) => p.zeitraumbetrag)).toEqual(["690.00", "552.50"]);
    expect(r.summeZeitraumUngerundet).toBe("1242.50");
    expect(r.summeZeitraum).toBe("1250.00");
    expect(r.monatsbudget).toBe("104.17");
  });
});

const base2026 = { beginn: "2026-01-01", ende: "2026-12-31" };

describe("Arbeitgebermodell in a plan", () => {
  test("one Minijobber (E3 figures) for a year: 691.16 a month", () => {
    const r = run({
      zeitraum: base2026,
      positionen: [{ bezeichnung: "Assistenz", art: "arbeitgeber", beschaeftigung: "minijob-privat", rvBefreit: true, menge: "43.38", einheit: "stunde", je: "monat", preis: "13.90" }],
    });
    // 43.38 × 13.90 = 602.982 → 602.98 gross basis; items on that
    expect(r.positionen[0].arbeitgeberkosten!.brutto).toBe("602.98");
    expect(r.befunde.filter((b) => b.schwere !== "hinweis")).toEqual([]);
  });

  test("a plan across New Year uses each month's figures and lists the schedule", () => {
    const r = run({
      zeitraum: { beginn: "2025-07-01", ende: "2026-06-30" },
      positionen: [{ bezeichnung: "Assistenz", art: "arbeitgeber", beschaeftigung: "minijob-privat", rvBefreit: true, menge: "40", einheit: "stunde", je: "monat", preis: "13.90" }],
    });
    // 556.00 gross: 2025 items 82.96 (E2), 2026 items 556 × 14.62 % line by line
    expect(r.monatsplan[0]).toEqual({ monat: "2025-07", betrag: "638.96" });
    expect(r.monatsplan[11].monat).toBe("2026-06");
    expect(r.monatsplan[11].betrag).toBe("637.29");
    expect(r.positionen[0].arbeitgeberkostenAb!.map((s) => s.ab)).toEqual(["2025-07", "2026-01"]);
    expect(r.summeZeitraum).toBe("7657.50"); // 6 × 638.96 + 6 × 637.29
    expect(r.monatsbudget).toBe("638.13"); // 638.125 half-up
    expect(rules(r)).toContain("monatsbetrag-aendert-sich");
  });

  test("monatsplanSpanne: lowest and highest month (first of equals), whether the need changes", () => {
    const m = (mm: number, betrag: string) => ({ monat: { y: 2026, m: mm }, betrag: new Dec(betrag) });
    expect(monatsplanSpanne([])).toBeUndefined();
    const gleich = monatsplanSpanne([m(1, "100.00"), m(2, "100.00")])!;
    expect(gleich.wechselt).toBe(false);
    expect(gleich.niedrigster.monat.m).toBe(1);
    const s = monatsplanSpanne([m(1, "638.96"), m(2, "637.29"), m(3, "640.00"), m(4, "637.29")])!;
    expect(s.wechselt).toBe(true);
    expect([s.niedrigster.monat.m, s.niedrigster.betrag.toFixed(2)]).toEqual([2, "637.29"]);
    expect([s.hoechster.monat.m, s.hoechster.betrag.toFixed(2)]).toEqual([3, "640.00"]);
  });

  test("wage below the Mindestlohn of January 2026 warns from that month on", () => {
    const r = run({
      zeitraum: { beginn: "2025-10-01", ende: "2026-03-31" },
      positionen: [{ bezeichnung: "Assistenz", art: "arbeitgeber", beschaeftigung: "pauschal", arbeitgeberanteilProzent: "25", menge: "20", einheit: "stunde", je: "monat", preis: "13.00" }],
    });
    const ml = r.befunde.filter((b) => b.regel === "mindestlohn");
    expect(ml).toHaveLength(1);
    expect(ml[0].text).toMatch(/13,90 € \(ab 01\/2026\)/);
  });

  test("ForseA Tageslohn with Bereitschaft at 40 % fails the monthly average (O3 of practice.md)", () => {
    const r = run({
      zeitraum: { beginn: "2024-01-01", ende: "2024-12-31" },
      positionen: [{ bezeichnung: "Assistenz 24h", art: "arbeitgeber", beschaeftigung: "pauschal", arbeitgeberanteilProzent: "0", menge: "16", bereitschaftStunden: "8", bereitschaftGewichtProzent: "40", einheit: "stunde", je: "tag", preis: "13.59" }],
    });
    const ml = r.befunde.find((b) => b.regel === "mindestlohn")!;
    expect(ml.text).toMatch(/durchschnittlich 10,87 €/);
    // 260.93 a day (217.44 + 43.488) over 365/12 days a month
    expect(r.positionen[0].zeitraumbetrag).toBe("95238.72"); // exact: 260.928 × 365, no daily rounding
  });

  test("groups: beschaeftigte splits the gross and multiplies the rounded items", () => {
    const r = run({
      zeitraum: base2026,
      positionen: [{ bezeichnung: "Team", art: "arbeitgeber", beschaeftigung: "minijob-privat", rvBefreit: true, beschaeftigte: "3", menge: "1809", einheit: "stunde", je: "jahr", preis: "12" }],
    });
    // 1809 × 12 / 12 months / 3 = 603.00 per employee and month → E3: 88.16 items each
    expect(r.positionen[0].arbeitgeberkosten!.brutto).toBe("603.00");
    expect(r.positionen[0].monatsbetrag).toBe("2073.48"); // 3 × 691.16
  });
});

describe("one-off payments", () => {
  test("einmalzahlungJahr is spread over the months and bears contributions, but no U1/U2", () => {
    const r = run({
      zeitraum: base2026,
      positionen: [{ bezeichnung: "A", art: "arbeitgeber", beschaeftigung: "sv-pflichtig", einmalzahlungJahr: "1200", u1Prozent: "2", u2Prozent: "0.5", menge: "1", je: "monat", preis: "2500" }],
    });
    const k = r.positionen[0].arbeitgeberkosten!;
    expect(k.einmalzahlung).toBe("100.00");
    expect(k.anteile.rv).toBe("241.80"); // 9.3 % of 2,600
    expect(k.anteile.u1).toBe("50.00"); // 2 % of the running 2,500 only
    expect(r.positionen[0].zeitraumbetrag).toBe(String((Number(k.gesamt) * 12).toFixed(2)));
  });
});

describe("workbook-wide payroll settings", () => {
  test("einstellungen give every Arbeitgeber position its Krankenkasse and Unfallkasse; a position overrides", () => {
    const r = run({
      zeitraum: base2026,
      einstellungen: { zusatzbeitragProzent: "3,2", u1Prozent: "2.1", u2Prozent: "0.43", uvJahr: "90", sachsen: "ja" },
      positionen: [
        { bezeichnung: "A", art: "arbeitgeber", beschaeftigung: "sv-pflichtig", menge: "160", einheit: "stunde", je: "monat", preis: "15.625" },
        { bezeichnung: "B", art: "arbeitgeber", beschaeftigung: "sv-pflichtig", sachsen: false, uvJahr: "60", menge: "160", einheit: "stunde", je: "monat", preis: "15.625" },
      ],
    });
    const [a, b] = r.positionen.map((p) => p.arbeitgeberkosten!.anteile);
    expect(a).toMatchObject({ kvZusatz: "40.00", pv: "32.50", u1: "52.50", u2: "10.75", uv: "7.50" });
    expect(b).toMatchObject({ kvZusatz: "40.00", pv: "45.00", uv: "5.00" });
    expect(rules(r)).not.toContain("umlagen-fehlen");
  });

  test("a bad workbook-wide setting is named as a setting", () => {
    expect(() => parsePlan({ zeitraum: base2026, einstellungen: { u1Prozent: "viel" }, positionen: [] })).toThrow(/einstellungen\.u1Prozent: „viel“/);
  });
});

describe("plan levels", () => {
  test("Teilbudgets, Obergrenze and Eigenanteil", () => {
    const r = run({
      zeitraum: base2026,
      eigenanteilMonat: "347.00",
      obergrenzeMonat: "1000",
      traeger: [
        { id: "egh", name: "Eingliederungshilfe", obergrenzeMonat: "500" },
        { id: "pk", name: "Pflegekasse" },
      ],
      positionen: [
        { bezeichnung: "Begleitung", traeger: "egh", art: "dienstleistung", menge: "20", einheit: "stunde", je: "monat", preis: "30" },
        { bezeichnung: "Pflege", traeger: "pk", art: "dienstleistung", menge: "10", einheit: "stunde", je: "monat", preis: "40" },
        { bezeichnung: "Lohnbuchhaltung", traeger: "egh", art: "verwaltung", menge: "1", je: "monat", preis: "30" },
      ],
    });
    expect(r.monatsbudget).toBe("1030.00");
    expect(r.auszahlung).toBe("683.00");
    expect(r.obergrenze).toEqual({ obergrenzeMonat: "1000.00", differenz: "-30.00" });
    expect(r.teilbudgets).toEqual([
      { traeger: "egh", name: "Eingliederungshilfe", monatsbetrag: "630.00", zeitraumbetrag: "7560.00", zeitraumbetragUngerundet: "7560.00", obergrenzeMonat: "500.00", differenz: "-130.00" },
      { traeger: "pk", name: "Pflegekasse", monatsbetrag: "400.00", zeitraumbetrag: "4800.00", zeitraumbetragUngerundet: "4800.00" },
    ]);
    expect(rules(r)).toEqual(expect.arrayContaining(["obergrenze-ueberschritten", "teilbudget-obergrenze-ueberschritten"]));
    expect(r.stundensatz).toEqual({ stundenMonat: "30.00", betrag: "34.33" });
  });

  test("a position without Träger while a Träger list exists is a fehler", () => {
    const r = run({
      zeitraum: base2026,
      traeger: [{ id: "egh", name: "EGH" }],
      positionen: [{ bezeichnung: "X", art: "sachkosten", menge: "1", je: "monat", preis: "10" }],
    });
    expect(r.befunde.find((b) => b.regel === "traeger-fehlt")!.schwere).toBe("fehler");
  });

  test.each([
    ["kaufmaennisch", "10", "1234.50", "1230.00"],
    ["kaufmaennisch", "10", "1235.00", "1240.00"],
    ["auf", "50", "1200.01", "1250.00"],
    ["ab", "5", "1204.99", "1200.00"],
    ["auf", "1", "1200.00", "1200.00"],
  ])("rundung.gesamt %s to %s: %s → %s", (richtung, schritt, amount, expected) => {
    const r = run({
      zeitraum: base2026,
      einstellungen: { rundung: { gesamt: { schritt, richtung } } },
      positionen: [{ bezeichnung: "X", art: "sachkosten", menge: "1", je: "zeitraum", preis: amount }],
    });
    expect(r.summeZeitraum).toBe(expected);
  });

  test("position rundung with bezug monat: the rounded monthly amount makes the period amount", () => {
    const r = run({
      zeitraum: base2026,
      positionen: [{ bezeichnung: "X", art: "sachkosten", menge: "1", je: "jahr", preis: "1000", rundung: { schritt: "5", richtung: "auf", bezug: "monat" } }],
    });
    expect(r.positionen[0].monatsbetrag).toBe("85.00"); // 83.33 → 85
    expect(r.positionen[0].zeitraumbetrag).toBe("1020.00");
  });

  test("reserves: percentage of the Arbeitgeber positions and the calendar method", () => {
    const r = run({
      zeitraum: base2026,
      positionen: [
        { bezeichnung: "Assistenz", art: "arbeitgeber", beschaeftigung: "pauschal", arbeitgeberanteilProzent: "25", menge: "100", einheit: "stunde", je: "monat", preis: "16" },
        { bezeichnung: "Ausfallreserve", art: "reserve", prozent: "15", basis: "arbeitgeber" },
        { bezeichnung: "Urlaubsvertretung", art: "reserve", urlaubstage: "24", feiertage: "10", krankheitstage: "10", stundenProTag: "5" },
        { bezeichnung: "Erwartete U1-Erstattung", art: "erstattung", menge: "1", je: "jahr", preis: "-300" },
      ],
    });
    // 100 h × 16 = 1,600 + 25 % = 2,000 a month → 24,000 a year; hourly employer cost 20.00
    expect(r.positionen[0].zeitraumbetrag).toBe("24000.00");
    expect(r.positionen[1].zeitraumbetrag).toBe("3600.00");
    expect(r.positionen[2].zeitraumbetrag).toBe("4400.00"); // 44 days × 5 h × 20.00
    expect(r.positionen[3].zeitraumbetrag).toBe("-300.00");
    expect(r.summeZeitraum).toBe("31700.00");
  });

  test("plans from a year without tables compute when they use no legal figure", () => {
    const r = run({
      zeitraum: { beginn: "2012-01-01", ende: "2012-12-31" },
      positionen: [{ bezeichnung: "Assistenz", art: "arbeitgeber", beschaeftigung: "pauschal", arbeitgeberanteilProzent: "20", menge: "10", einheit: "stunde", je: "monat", preis: "10" }],
    });
    expect(r.monatsbudget).toBe("120.00");
    expect(rules(r)).toContain("mindestlohn-ungeprueft");
  });
});

describe("bad input names the field", () => {
  test.each([
    [{ zeitraum: { beginn: "2026-01-15", ende: "2026-12-31" }, positionen: [] }, /zeitraum: 15\.01\.2026 bis 31\.12\.2026 sind keine ganzen Monate/],
    [{ zeitraum: base2026, positionen: [{ bezeichnung: "X", art: "sachkosten", je: "monat", preis: "1.23,4" }] }, /positionen\[1\]\.preis: „1\.23,4“ ist keine gültige Zahl/],
    [{ zeitraum: base2026, positionen: [{ bezeichnung: "X", art: "sachkosten", je: "monat", preis: "zwölf" }] }, /positionen\[1\]\.preis: „zwölf“/],
    [{ zeitraum: base2026, positionen: [{ bezeichnung: "X", art: "arbeitgeber", beschaeftigung: "minijob", je: "monat", preis: "1" }] }, /beschaeftigung: „minijob“ ist unbekannt – erlaubt: minijob-privat/],
    [{ zeitraum: { beginn: "2012-01-01", ende: "2012-12-31" }, positionen: [{ bezeichnung: "A", art: "arbeitgeber", beschaeftigung: "minijob-privat", je: "monat", preis: "400" }] }, /Position 1 \(A\): Für 2012 gibt es keine Rechengrößen/],
    [{ zeitraum: base2026, positionen: [{ bezeichnung: "X", art: "sachkosten", je: "monat", preis: "1" }], einstellungen: { rechengroessen: { "2027": { fantasie: "1" } } } }, /einstellungen\.rechengroessen\.2027\.fantasie: Der Schlüssel „fantasie“ ist unbekannt/],
    [[], /Erwartet wird ein JSON-Objekt/],
  ])("%#", (plan, message) => {
    expect(() => evaluatePlan(parsePlan(plan))).toThrow(message);
  });

  test("German and dot-decimal strings are both numbers; period d to d−1 is whole months", () => {
    const r = run({
      zeitraum: { beginn: "2026-01-15", ende: "2027-01-14" },
      positionen: [
        { bezeichnung: "A", art: "sachkosten", menge: 2, je: "monat", preis: "1.234,50" },
        { bezeichnung: "B", art: "sachkosten", menge: "1", je: "monat", preis: "1.234" },
      ],
    });
    expect(r.monate).toBe(12);
    expect(r.positionen.map((p) => p.monatsbetrag)).toEqual(["2469.00", "1.23"]);
  });
});

describe("a flat employer share (pauschal) as the Träger's forms compute it", () => {
  test("hours × wage × (1 + p %) over the period, rounded once – not per month as payroll does", () => {
    const r = run({
      zeitraum: base2026,
      positionen: [{ bezeichnung: "Assistenz", art: "arbeitgeber", beschaeftigung: "pauschal", arbeitgeberanteilProzent: "25", menge: "7.5", einheit: "stunde", je: "woche", preis: "14.55" }],
    });
    // 7,5 h × 14,55 € × 52 Wochen × 1,25 = 7.093,125 → 7.093,13 € (per month with cents: 12 × (472,875 + 118,22) = 7.093,14)
    expect(r.positionen[0].zeitraumbetrag).toBe("7093.13");
    // the breakdown still shows one month's items in cents
    expect(r.positionen[0].arbeitgeberkosten!.anteile.pauschal).toBe("118.22");
  });
});

describe("surcharges in a plan (§ 3b EStG, § 1 SvEV) and nights paid per unit", () => {
  test("night hours per month: the free surcharge is cost without contributions", () => {
    const r = run({
      zeitraum: base2026,
      positionen: [{ bezeichnung: "Nachtassistenz", art: "arbeitgeber", beschaeftigung: "sv-pflichtig", menge: "160", einheit: "stunde", je: "monat", preis: "15", nachtStunden: "80", u1Prozent: "0", u2Prozent: "0", uvJahr: "0" }],
    });
    const k = r.positionen[0].arbeitgeberkosten!;
    // 80 h × 15 € × 25 % = 300,00 € free of contributions; contributions on 2.400,00 €
    expect(k.zuschlaegeSvFrei).toBe("300.00");
    expect(k.zuschlaegeSvPflichtig).toBe("0.00");
    expect(r.positionen[0].monatsbetrag).toBe(new Dec("2700").add(k.arbeitgeberanteile).toFixed(2));
  });

  test("a schedule position ending on the 20th: only its own shifts (no Christmas), the pay pro rata", () => {
    const r = run({
      zeitraum: { beginn: "2026-12-01", ende: "2026-12-31" },
      positionen: [{ bezeichnung: "Freitagsnächte", art: "arbeitgeber", beschaeftigung: "sv-pflichtig", menge: "40", einheit: "stunde", je: "monat", preis: "16", dienstplan: "Fr 20:00-06:00", bundesland: "NW", bis: "2026-12-20", u1Prozent: "0", u2Prozent: "0", uvJahr: "0" }],
    });
    // nights from 4., 11. and 18.12.: 3 × (4 h 25 % + 4 h 40 % + 2 h 25 %) = 18 h × 4 € + 12 h × 6,40 € = 148,80 € free;
    // pay 640 × 20/31 = 412,903…, its contributions on 412,90: KV 30,14 + Zusatz 5,99 + PV 7,43 + RV 38,40 + AV 5,37 = 87,33
    expect(r.positionen[0].zeitraumbetrag).toBe("649.03");
    expect(r.positionen[0].arbeitgeberkosten!.zuschlaegeSvFrei).toBe("148.80");
  });

  test("a weekly schedule gives each month its class hours with the Land's holidays", () => {
    const plan = (extra: object) =>
      run({
        zeitraum: { beginn: "2026-12-01", ende: "2026-12-31" },
        positionen: [{ bezeichnung: "Nächte", art: "arbeitgeber", beschaeftigung: "sv-pflichtig", menge: "310", einheit: "stunde", je: "monat", preis: "16", u1Prozent: "0", u2Prozent: "0", uvJahr: "0", ...extra }],
      });
    const withPlan = plan({ dienstplan: "täglich 20:00–06:00", bundesland: "Berlin" });
    const k = withPlan.positionen[0].arbeitgeberkosten!;
    // December 2026, 31 nights: 20–24 and 4–6 Uhr at 25 % (186 h), 0–4 Uhr at 40 % (124 h);
    // Sundays 6., 13., 20.: 0–6 and 20–24 Uhr plus 0–4 Uhr into Monday = 14 h each; 27.12.: 0–4 Uhr is still the
    // 26.12. (150 %), so 4–6, 20–24 and Monday 0–4 = 10 h → 52 h at 50 %;
    // 24.12. 20–24, 25. and 26.12. 0–6 and 20–24, 27.12. 0–4 → 28 h at 150 %; 31.12. 20–24 → 4 h at 125 %
    // free: 186 × 16 × 25 % + 124 × 16 × 40 % + 52 × 16 × 50 % + 4 × 16 × 125 % + 28 × 16 × 150 % = 2.705,60 €
    expect(k.zuschlaegeSvFrei).toBe("2705.60");
    const explicit = plan({ nachtStunden: "186", nacht04Stunden: "124", sonntagStunden: "52", feiertagStunden: "4", feiertag150Stunden: "28" });
    expect(withPlan.positionen[0].arbeitgeberkosten!.zuschlaegeSvFrei).toBe(explicit.positionen[0].arbeitgeberkosten!.zuschlaegeSvFrei);
    expect(() => plan({ dienstplan: "täglich 20:00–06:00" })).toThrow(/fehlt das Bundesland des Arbeitsorts/);
    expect(withPlan.befunde.map((b) => b.regel)).not.toContain("dienstplan-stunden"); // 310 h planned, 310 h paid
    // 40 paid hours with 310 scheduled night hours: a hint
    const few = plan({ menge: "40", dienstplan: "täglich 20:00–06:00", bundesland: "BE" });
    expect(few.befunde.find((b) => b.regel === "dienstplan-stunden")!.text).toMatch(/ergibt im Mittel 310,0 Stunden im Monat, bezahlt werden 40,0/);
  });

  test("a flat pay per night is checked against the Mindestlohn: 50 € for 11 hours is 4,55 € an hour", () => {
    const r = run({
      zeitraum: base2026,
      positionen: [{ bezeichnung: "Nachtbereitschaft", art: "arbeitgeber", beschaeftigung: "pauschal", arbeitgeberanteilProzent: "20", menge: "8", einheit: "Nacht", je: "monat", preis: "50", stundenJeEinheit: "11" }],
    });
    expect(r.befunde.filter((b) => b.regel === "mindestlohn").map((b) => b.text)).toEqual([expect.stringContaining("4,55 € je Stunde liegt unter dem Mindestlohn von 13,90 €")]);
  });

  test("the workbook's Umlagen U1/U2 of the Krankenkasse do not replace the Minijob-Zentrale's on a Minijob (§ 2 Abs. 1 S. 2 AAG)", () => {
    const r = run({
      zeitraum: base2026,
      einstellungen: { u1Prozent: "3.0", u2Prozent: "0.6" },
      positionen: [
        { bezeichnung: "Minijob", art: "arbeitgeber", beschaeftigung: "minijob-privat", menge: "40", einheit: "stunde", je: "monat", preis: "15" },
        { bezeichnung: "Teilzeit", art: "arbeitgeber", beschaeftigung: "sv-pflichtig", menge: "120", einheit: "stunde", je: "monat", preis: "16", uvJahr: "0" },
      ],
    });
    expect(r.positionen[0].arbeitgeberkosten!.anteile.u1).toBe("4.80"); // 600 × 0,8 % (Minijob-Zentrale 2026)
    expect(r.positionen[1].arbeitgeberkosten!.anteile.u1).toBe("57.60"); // 1.920 × 3,0 %
    expect(r.befunde.find((b) => b.regel === "umlagen-minijob-zentrale")!.text).toMatch(/Position 1 \(Minijob\) rechnet als Minijob mit den Sätzen der Minijob-Zentrale/);
  });
});

describe("sick pay and holiday pay where the plan prices replacement staff (calendar reserve)", () => {
  const minijob = { bezeichnung: "Assistenz", art: "arbeitgeber", beschaeftigung: "minijob-privat", menge: "40", einheit: "stunde", je: "monat", preis: "15" };
  test("the expected U1 refund is a line of its own: sick hours × hourly pay × 80 % of the Minijob-Zentrale (AAG § 1)", () => {
    const r = run({
      zeitraum: base2026,
      positionen: [minijob, { bezeichnung: "Ausfallreserve", art: "reserve", krankheitstage: "10", stundenProTag: "2" }],
    });
    // 10 days × 2 h = 20 sick hours a year, all of the Minijob at 15,00 € → 300,00 € continued pay, 80 % refunded
    const line = r.positionen.find((p) => p.automatisch)!;
    expect(line).toMatchObject({ bezeichnung: "Erwartete U1-Erstattung (Ausfallreserve)", art: "erstattung", zeitraumbetrag: "-240.00", monatsbetrag: "-20.00" });
    const sum = r.positionen.reduce((a, p) => a.add(p.zeitraumbetrag), new Dec(0));
    expect(r.summeZeitraum).toBe(sum.toFixed(2));
    const off = run({ zeitraum: base2026, positionen: [minijob, { bezeichnung: "Ausfallreserve", art: "reserve", krankheitstage: "10", stundenProTag: "2", u1Erstattung: "nein" }] });
    expect(off.positionen.some((p) => p.automatisch)).toBe(false);
  });

  test("the refund follows the months: a position starting in July, a change of hours, a reserve ending in June", () => {
    const reserve = { bezeichnung: "Ausfallreserve", art: "reserve", krankheitstage: "10", stundenProTag: "2" };
    const refund = (positionen: object[]) => run({ zeitraum: base2026, positionen }).positionen.find((p) => p.automatisch)?.zeitraumbetrag;
    // sick hours 20/12 a month; from July only: 6 × 20/12 h × 15,00 € × 80 % = 120,00 €
    expect(refund([{ ...minijob, von: "2026-07-01" }, reserve])).toBe("-120.00");
    // fewer hours from July, the same wage: the same refund
    expect(refund([{ ...minijob, aenderungen: [{ ab: "2026-07-01", menge: "20" }] }, reserve])).toBe("-240.00");
    expect(refund([minijob, { ...reserve, bis: "2026-06-30" }])).toBe("-120.00");
  });

  test("for a Krankenkasse the refund needs its rate; without it a hint, and no refund is assumed", () => {
    const regular = { bezeichnung: "Teilzeit", art: "arbeitgeber", beschaeftigung: "sv-pflichtig", menge: "120", einheit: "stunde", je: "monat", preis: "16", u1Prozent: "2.8", u2Prozent: "0.6", uvJahr: "0" };
    const without = run({ zeitraum: base2026, positionen: [regular, { bezeichnung: "Reserve", art: "reserve", krankheitstage: "12", stundenProTag: "6" }] });
    expect(without.befunde.map((b) => b.regel)).toContain("u1-erstattungssatz-fehlt");
    expect(without.positionen.some((p) => p.automatisch)).toBe(false);
    const withRate = run({ zeitraum: base2026, positionen: [{ ...regular, u1ErstattungProzent: "70" }, { bezeichnung: "Reserve", art: "reserve", krankheitstage: "12", stundenProTag: "6" }] });
    // 72 sick hours × 16,00 € × 70 % = 806,40 €
    expect(withRate.positionen.find((p) => p.automatisch)!.zeitraumbetrag).toBe("-806.40");
  });

  test("pay without work: the surcharges of the reserve's share are Urlaubsentgelt and sick pay, liable (§ 11 BUrlG, §§ 2, 4 EntgFG, § 3b EStG „tatsächlich geleistet“)", () => {
    const nights = { bezeichnung: "Nächte", art: "arbeitgeber", beschaeftigung: "sv-pflichtig", menge: "100", einheit: "stunde", je: "monat", preis: "16", nachtStunden: "100", u1Prozent: "0", u2Prozent: "0", uvJahr: "0" };
    const plain = run({ zeitraum: base2026, positionen: [nights] }).positionen[0].arbeitgeberkosten!;
    expect([plain.zuschlaegeSvFrei, plain.zuschlaegeSvPflichtig]).toEqual(["400.00", "0.00"]);
    // 30 leave days × 4 h = 120 h of 1.200 h a year: 10 % of the surcharges are paid as Urlaubsentgelt
    const r = run({ zeitraum: base2026, positionen: [nights, { bezeichnung: "Urlaubsvertretung", art: "reserve", urlaubstage: "30", stundenProTag: "4" }] });
    const k = r.positionen[0].arbeitgeberkosten!;
    expect([k.zuschlaegeSvFrei, k.zuschlaegeSvPflichtig]).toEqual(["360.00", "40.00"]);
    // sick days and holidays count too: (20 + 10) days × 4 h = 120 h → the same 10 %
    const mixed = run({ zeitraum: base2026, positionen: [nights, { bezeichnung: "Vertretung", art: "reserve", urlaubstage: "20", krankheitstage: "10", stundenProTag: "4", u1Erstattung: "nein" }] });
    expect(mixed.positionen[0].arbeitgeberkosten!.zuschlaegeSvPflichtig).toBe("40.00");
    // the share is taken over all basis hours, nights counted by their hours: 120 h of (120 + 960) h = 11,1 %
    const perNight = { bezeichnung: "Nachtdienste", art: "arbeitgeber", beschaeftigung: "sv-pflichtig", menge: "8", einheit: "Nacht", je: "monat", preis: "160", stundenJeEinheit: "10", nachtStunden: "80", u1Prozent: "0", u2Prozent: "0", uvJahr: "0" };
    const day = { ...nights, bezeichnung: "Tagdienst", menge: "10", nachtStunden: undefined };
    const both = run({ zeitraum: base2026, positionen: [day, perNight, { bezeichnung: "Urlaubsvertretung", art: "reserve", urlaubstage: "30", stundenProTag: "4" }] });
    // night surcharge 80 h × 16 € × 25 % = 320,00; 1/9 of it liable = 35,56
    expect(both.positionen[1].arbeitgeberkosten!.zuschlaegeSvPflichtig).toBe("35.56");
  });
});
