import { REPORT_RULES, counts } from "../../../src/engine";
import { PLAN, cleanReport, ids, run, type Row } from "./fixture";

type R = ReturnType<typeof cleanReport>;
const withReport = (f: (r: R) => void) => {
  const r = cleanReport();
  f(r);
  return run(r);
};
const only = (res: ReturnType<typeof run>, regel: string) => res.befunde.filter((b) => b.regel === regel);
const fix = (r: R) => delete (r as Record<string, unknown>).angaben; // when sums change on purpose
const expense = (over: Row): Row => ({ datum: "2026-04-20", leistungsmonat: "2026-04", empfaenger: "Apotheke", position: "Fahrdienst", betrag: "10.00", beleg: "X-1", ...over });

test("the clean report has no finding at all", () => {
  const r = run(cleanReport());
  expect(r.befunde).toEqual([]);
  expect(r.counts).toEqual({ fehler: 0, warnung: 0, hinweis: 0 });
});

describe("unreadable cells are findings of their row, never exceptions", () => {
  test("text in an amount: fehler naming the row, the row left out of the sums", () => {
    const r = withReport((r) => {
      fix(r);
      r.ausgaben[2].betrag = "abc";
    });
    const [b] = only(r, "ausgabe-betrag-ungueltig");
    expect(b).toMatchObject({ schwere: "fehler", ort: { liste: "ausgaben", zeile: 3, feld: "betrag" } });
    expect(b.text).toBe("Ausgabe 3 (05.01.2026, Steuerbüro Klein): Der Betrag „abc“ ist keine gültige Zahl (erlaubt z. B. „1.234,56“ oder „1234.56“).");
    expect(r.summen.ausgaben).toBe("3515.00");
  });
  test("German amounts and dates, Excel serial dates are read, not reported", () => {
    const r = withReport((r) => {
      r.ausgaben[0] = { ...r.ausgaben[0], betrag: "420,00", datum: "28.01.2026" };
      r.ausgaben[1] = { ...r.ausgaben[1], datum: 46037 /* 2026-01-15 */, betrag: 100 };
      r.einnahmen[0].betrag = "600";
    });
    expect(r.befunde).toEqual([]);
  });
  test("impossible date, bad month, missing amount, a row that is no object", () => {
    const r = withReport((r) => {
      fix(r);
      r.ausgaben[0].datum = "31.02.2026";
      r.ausgaben[1].leistungsmonat = "2026-13";
      r.ausgaben[2].betrag = "";
      (r.ausgaben as unknown[]).push(42);
    });
    expect(ids(r)).toEqual(expect.arrayContaining(["ausgabe-datum-ungueltig", "ausgabe-leistungsmonat-ungueltig", "ausgabe-betrag-fehlt", "ausgabe-zeile-ungueltig"]));
    expect(only(r, "ausgabe-zeile-ungueltig")[0].ort).toEqual({ liste: "ausgaben", zeile: 26 });
  });
  test("blank rows (all cells empty) are skipped but keep the numbering", () => {
    const r = withReport((r) => {
      fix(r);
      r.ausgaben.splice(1, 0, { datum: "", betrag: null, position: "  " });
      r.ausgaben[3].betrag = "x";
    });
    expect(only(r, "ausgabe-betrag-ungueltig")[0].ort!.zeile).toBe(4);
    expect(ids(r)).toEqual(["ausgabe-betrag-ungueltig"]);
  });
  test("income: unknown art and bad amount; employee: unknown employment type and bad wage", () => {
    const r = withReport((r) => {
      fix(r);
      r.einnahmen[0].art = "geschenk";
      r.einnahmen[6].betrag = "viel"; // the Übertrag
      r.beschaeftigte[1].beschaeftigung = "ehrenamt";
      r.beschaeftigte[1].stundenlohn = "13,9,0";
    });
    // an income of unknown art is no budget payment: the payment ledger misses that month's payment
    expect(ids(r)).toEqual(["zahlung-fehlt", "einnahme-art-unbekannt", "einnahme-betrag-ungueltig", "beschaeftigter-beschaeftigung-unbekannt", "beschaeftigter-stundenlohn-ungueltig"]);
    expect(r.summen.einnahmen).toBe("3600.00"); // the unknown art still counts, the unreadable amount not
  });
  test("submitted totals that are no numbers", () => {
    const r = withReport((r) => ((r.angaben as Row).rest = "vierzig"));
    expect(ids(r)).toEqual(["angaben-rest-ungueltig"]);
    expect(r.befunde[0].ort).toEqual({ liste: "angaben", feld: "rest" });
  });
});

describe("amounts", () => {
  test("negative expense = fehler, zero = warnung; both count as written", () => {
    const r = withReport((r) => {
      fix(r);
      r.ausgaben.push(expense({ betrag: "-20.00", beleg: "G-1" }), expense({ betrag: "0", empfaenger: "Post" }));
    });
    expect(only(r, "ausgabe-betrag-negativ")[0]).toMatchObject({ schwere: "fehler", ort: { zeile: 26 } });
    expect(only(r, "ausgabe-betrag-null")[0]).toMatchObject({ schwere: "warnung", ort: { zeile: 27 } });
    expect(r.summen.ausgaben).toBe("3540.00");
  });
  test("positive amounts: no amount finding", () => {
    const r = withReport((r) => {
      fix(r);
      r.ausgaben.push(expense({ betrag: "0.01" }));
    });
    expect(ids(r)).toEqual([]);
  });
  test("negative and zero income", () => {
    const r = withReport((r) => {
      fix(r);
      r.einnahmen.push({ datum: "2026-03-01", art: "sonstige", betrag: "-5" }, { datum: "2026-03-01", art: "erstattung", betrag: "0.00" });
    });
    expect(ids(r)).toEqual(["einnahme-betrag-negativ", "einnahme-betrag-null"]);
  });
  test("missing payee is a warnung", () => {
    const bad = withReport((r) => r.ausgaben.splice(24, 1, { ...r.ausgaben[24], empfaenger: "" }));
    expect(ids(bad)).toEqual(["ausgabe-empfaenger-fehlt"]);
  });
});

describe("receipts", () => {
  test("missing receipt number = warnung (default: always required)", () => {
    const r = withReport((r) => (r.ausgaben[1].beleg = ""));
    expect(only(r, "ausgabe-beleg-fehlt")[0]).toMatchObject({ schwere: "warnung", ort: { liste: "ausgaben", zeile: 2, feld: "beleg" } });
  });
  test("below regeln.belegPflichtAb no receipt is needed; at the threshold it is", () => {
    const below = withReport((r) => {
      (r.regeln as Row).belegPflichtAb = "100.01";
      r.ausgaben[1].beleg = "";
    });
    expect(ids(below)).toEqual([]);
    const at = withReport((r) => {
      (r.regeln as Row).belegPflichtAb = "100,00";
      r.ausgaben[1].beleg = "";
    });
    expect(ids(at)).toEqual(["ausgabe-beleg-fehlt"]);
    expect(at.befunde[0].text).toContain("ab 100,00 €");
  });
});

describe("period: the Leistungsmonat decides, the date only where it is missing", () => {
  test("Leistungsmonat outside = fehler even when paid inside", () => {
    const r = withReport((r) => {
      fix(r);
      r.ausgaben.push(expense({ datum: "2026-06-30", leistungsmonat: "2026-07" }));
    });
    expect(only(r, "ausgabe-ausserhalb-zeitraum")[0]).toMatchObject({ schwere: "fehler", ort: { zeile: 26, feld: "leistungsmonat" } });
  });
  test("paid after the period for a month inside it: clean", () => {
    const r = withReport((r) => {
      fix(r);
      r.ausgaben.push(expense({ datum: "2026-07-03", leistungsmonat: "06/2026" }));
    });
    expect(ids(r)).toEqual([]);
  });
  test("without Leistungsmonat the date decides", () => {
    const out = withReport((r) => {
      fix(r);
      r.ausgaben.push(expense({ datum: "2025-12-31", leistungsmonat: "" }));
    });
    expect(only(out, "ausgabe-ausserhalb-zeitraum")[0].ort).toMatchObject({ zeile: 26, feld: "datum" });
    const inside = withReport((r) => {
      fix(r);
      r.ausgaben.push(expense({ datum: "2026-01-01", leistungsmonat: undefined }));
    });
    expect(ids(inside)).toEqual([]);
  });
  test("neither date nor month = fehler", () => {
    const r = withReport((r) => {
      fix(r);
      r.ausgaben.push(expense({ datum: "", leistungsmonat: "" }));
    });
    expect(ids(r)).toEqual(["ausgabe-ohne-datum"]);
  });
  test("payment far from its month = hinweis; 3 months apart is still fine", () => {
    const far = withReport((r) => {
      fix(r);
      r.ausgaben.push(expense({ datum: "2026-10-01", leistungsmonat: "2026-06" }));
    });
    expect(ids(far)).toEqual(["ausgabe-datum-fern"]);
    const near = withReport((r) => {
      fix(r);
      r.ausgaben.push(expense({ datum: "2026-09-30", leistungsmonat: "2026-06" }));
    });
    expect(ids(near)).toEqual([]);
  });
  test("income dated outside = hinweis", () => {
    const r = withReport((r) => (r.einnahmen[0].datum = "30.12.2025"));
    expect(ids(r)).toEqual(["einnahme-ausserhalb-zeitraum"]);
  });
  test("a plan that covers only part of the period = hinweis, plan figures for the covered months", () => {
    const r = withReport((r) => {
      r.kostenplan = { ...(r.kostenplan as object), zeitraum: { beginn: "2026-03-01", ende: "2027-02-28" } };
      ((r.regeln as Row).planUeberschreitungProzent = "200");
    });
    expect(ids(r)).toContain("zeitraum-nicht-im-plan");
    expect(r.summen.proPosition.Fahrdienst.plan).toBe("400.00");
  });

  test("a plan from the 15th to the 14th covering the period: no hinweis, 6 plan months", () => {
    const r = withReport((r) => {
      fix(r);
      r.zeitraum = { beginn: "2026-01-15", ende: "2026-07-14" };
      r.kostenplan = { ...(r.kostenplan as object), zeitraum: { beginn: "2025-07-15", ende: "2026-07-14" } };
      r.ausgaben[0] = { ...r.ausgaben[0], datum: "2026-07-10", leistungsmonat: "2026-07" };
      // the budget payments on the plan's due dates (the 15th), the Übertrag inside the period (payment ledger)
      r.einnahmen = r.einnahmen.map((e) => ({ ...e, datum: e.art === "budget" ? `${String(e.datum).slice(0, 8)}15` : "2026-02-01" }));
    });
    expect(ids(r)).toEqual([]);
    expect(r.summen.proPosition.Fahrdienst.plan).toBe("600.00");
  });
});

describe("Zweckbindung", () => {
  test("unknown position = fehler, booked to no position", () => {
    const r = withReport((r) => (r.ausgaben[1].position = "Urlaubsreise"));
    expect(only(r, "ausgabe-position-unbekannt")[0]).toMatchObject({ schwere: "fehler", ort: { zeile: 2, feld: "position" } });
    expect(r.summen.ohnePlanposition).toBe("100.00");
    expect(r.summen.proPosition.Fahrdienst.ist).toBe("500.00");
  });
  test("missing position = fehler", () => {
    const r = withReport((r) => (r.ausgaben[1].position = ""));
    expect(ids(r)).toEqual(["ausgabe-position-fehlt"]);
  });
  test("case/blank variant = hinweis with the exact name, booked to that position", () => {
    const r = withReport((r) => (r.ausgaben[1].position = "  fahrdienst "));
    expect(ids(r)).toEqual(["ausgabe-position-schreibweise"]);
    expect(r.befunde[0].text).toContain("„Fahrdienst“");
    expect(r.summen.proPosition.Fahrdienst.ist).toBe("600.00");
  });
});

describe("duplicates", () => {
  test("same date, payee and amount: warnung on the later row naming the earlier", () => {
    const r = withReport((r) => {
      fix(r);
      r.ausgaben.push({ ...r.ausgaben[1], beleg: "T-99", empfaenger: "taxi  schmidt", betrag: "100" });
    });
    const [b] = only(r, "ausgabe-doppelt");
    expect(b).toMatchObject({ schwere: "warnung", ort: { zeile: 26 } });
    expect(b.text).toContain("wie Ausgabe 2");
  });
  test("same payee and amount on another day: clean", () => {
    const r = withReport((r) => {
      fix(r);
      (r.regeln as Row).planUeberschreitungProzent = "50";
      r.ausgaben.push({ ...r.ausgaben[1], datum: "2026-01-16" });
    });
    expect(ids(r)).toEqual([]);
  });
});

describe("plan vs actual", () => {
  test("every plan position listed, 0.00 where nothing was spent", () => {
    const r = withReport((r) => {
      fix(r);
      r.ausgaben = r.ausgaben.filter((a) => a.position !== "Ausfallreserve");
    });
    expect(Object.keys(r.summen.proPosition)).toEqual(["Tagesassistenz", "Fahrdienst", "Budgetverwaltung", "Ausfallreserve"]);
    expect(r.summen.proPosition.Ausfallreserve).toEqual({ plan: "180.00", ist: "0.00" });
    expect(ids(r)).toEqual([]); // an unused reserve is not under-spending
  });
  test("more than 10 % over = warnung; exactly 10 % is fine", () => {
    const at10 = withReport((r) => {
      fix(r);
      r.ausgaben.push(expense({ betrag: "60.00" })); // 660 of 600
    });
    expect(ids(at10)).toEqual([]);
    const over = withReport((r) => {
      fix(r);
      r.ausgaben.push(expense({ betrag: "60.01" }));
    });
    expect(only(over, "plan-ueberschritten")[0]).toMatchObject({ schwere: "warnung", ort: { liste: "positionen", zeile: 2 } });
  });
  test("strong under-spending = hinweis (threshold a setting)", () => {
    const under = withReport((r) => {
      fix(r);
      r.ausgaben = r.ausgaben.filter((a) => a.position !== "Fahrdienst" || a.leistungsmonat === "2026-01");
    });
    expect(only(under, "plan-unterschritten")[0].ort).toEqual({ liste: "positionen", zeile: 2 });
    const relaxed = withReport((r) => {
      fix(r);
      (r.regeln as Row).planUnterschreitungProzent = "90";
      r.ausgaben = r.ausgaben.filter((a) => a.position !== "Fahrdienst" || a.leistungsmonat === "2026-01");
    });
    expect(ids(relaxed)).toEqual([]);
  });
});

describe("Mindestlohn on the month of the work", () => {
  test("agreed wage below the Mindestlohn of 2026 (13.90) = fehler, once per month", () => {
    const r = withReport((r) => (r.beschaeftigte[0].stundenlohn = "13.50"));
    const bs = only(r, "mindestlohn-unterschritten");
    expect(bs).toHaveLength(6);
    expect(bs[0]).toMatchObject({ schwere: "fehler", ort: { liste: "ausgaben", zeile: 1 } });
    expect(bs[0].text).toMatch(/^Ausgabe 1 \(A\. Beispiel, 01\/2026\): .*13,50 €.*13,90 €/);
  });
  test("13.50 was fine in 2025 (12.82) but not in 2026", () => {
    const r = withReport((r) => {
      fix(r);
      r.zeitraum = { beginn: "2025-07-01", ende: "2026-06-30" };
      r.kostenplan = { ...(r.kostenplan as object), zeitraum: { beginn: "2025-07-01", ende: "2026-06-30" } };
      (r.regeln as Row).planUnterschreitungProzent = "100";
      r.beschaeftigte[0].stundenlohn = "13.50";
      r.ausgaben.push({ ...r.ausgaben[0], datum: "2025-12-30", leistungsmonat: "2025-12", beleg: "L-12" });
    });
    expect(only(r, "mindestlohn-unterschritten").map((b) => b.ort!.zeile)).toEqual([1, 5, 9, 13, 17, 21]);
  });
  test("without an agreed wage: paid amount / hours; below = warnung", () => {
    const r = withReport((r) => {
      fix(r);
      r.ausgaben[24].betrag = "130.00"; // 13.00 per hour for B. Vertretung
    });
    expect(only(r, "mindestlohn-unterschritten")[0]).toMatchObject({ schwere: "warnung", ort: { zeile: 25 } });
  });
  // Mindestlohn 2026: 13.90, 2027: 14.60 (MiLoV5). The report runs December 2026 to May 2027.
  const acrossNewYear = (r: R, aenderungen: Row[]) => {
    fix(r);
    const shift = (s: unknown) => String(s).replace(/2026-(\d\d)/, (_m, mm: string) => (mm === "01" ? "2026-12" : `2027-${String(Number(mm) - 1).padStart(2, "0")}`));
    for (const row of [...r.ausgaben, ...r.einnahmen]) {
      row.datum = shift(row.datum);
      if (row.leistungsmonat) row.leistungsmonat = shift(row.leistungsmonat);
    }
    r.zeitraum = { beginn: "2026-12-01", ende: "2027-05-31" };
    r.kostenplan = { ...PLAN, zeitraum: { beginn: "2026-12-01", ende: "2027-11-30" }, positionen: PLAN.positionen.map((p) => (p.bezeichnung === "Tagesassistenz" ? { ...p, preis: "14.60" } : p)) };
    Object.assign(r.beschaeftigte[0], { stundenlohn: "13.90", aenderungen });
    r.ausgaben[24].betrag = "146.00"; // B. Vertretung, 10 h in 02/2027 at the new Mindestlohn
  };
  test("a wage raised on 1.1.2027 to the new Mindestlohn: no finding; without the raise one per month of 2027", () => {
    expect(only(withReport((r) => acrossNewYear(r, [{ ab: "2027-01-01", stundenlohn: "14.60" }])), "mindestlohn-unterschritten")).toEqual([]);
    const without = only(withReport((r) => acrossNewYear(r, [])), "mindestlohn-unterschritten");
    expect(without.map((b) => b.text.match(/\((A\. Beispiel, [\d/]+)\)/)![1])).toEqual(["01/2027", "02/2027", "03/2027", "04/2027", "05/2027"].map((m) => `A. Beispiel, ${m}`));
  });
  test("a raise in the middle of January leaves January below the Mindestlohn; a bad change is a finding of the row", () => {
    const mid = only(withReport((r) => acrossNewYear(r, [{ ab: "15.01.2027", stundenlohn: "14,60" }])), "mindestlohn-unterschritten");
    expect(mid.map((b) => b.text.match(/, ([\d/]+)\)/)![1])).toEqual(["01/2027"]);
    const bad = withReport((r) => acrossNewYear(r, [{ ab: "", stundenlohn: "14.60" }, { ab: "2027-02-01", stundenlohn: "viel" }]));
    expect(ids(bad)).toEqual(expect.arrayContaining(["lohnaenderung-ab-fehlt", "lohnaenderung-stundenlohn-ungueltig"]));
    expect(only(bad, "lohnaenderung-ab-fehlt")[0].ort).toMatchObject({ liste: "beschaeftigte", zeile: 1, feld: "aenderungen[1].ab" });
  });
  test("a year whose Mindestlohn is not published yet: checked against the last one, and the finding says so", () => {
    const r = withReport((r) => {
      fix(r);
      r.zeitraum = { beginn: "2028-01-01", ende: "2028-06-30" };
      r.kostenplan = { ...PLAN, zeitraum: { beginn: "2028-01-01", ende: "2028-12-31" } };
      for (const row of [...r.ausgaben, ...r.einnahmen]) {
        row.datum = String(row.datum).replace("2026", "2028");
        if (row.leistungsmonat) row.leistungsmonat = String(row.leistungsmonat).replace("2026", "2028");
      }
      r.beschaeftigte[0].stundenlohn = "14.00";
    });
    const bs = only(r, "mindestlohn-unterschritten");
    expect(bs[0].text).toContain("unter dem Mindestlohn von 14,60 € (2028, vorläufig: Wert von 2027 – der Wert für 2028 ist noch nicht veröffentlicht)");
  });
  test("a year without legal table: skipped with one hinweis", () => {
    const r = withReport((r) => {
      fix(r);
      r.zeitraum = { beginn: "2012-01-01", ende: "2012-06-30" };
      r.kostenplan = { ...(r.kostenplan as object), zeitraum: { beginn: "2012-01-01", ende: "2012-12-31" } };
      r.einnahmen = [];
      for (const a of r.ausgaben) {
        a.datum = String(a.datum).replace("2026", "2012");
        a.leistungsmonat = String(a.leistungsmonat).replace("2026", "2012");
      }
      r.beschaeftigte[0].stundenlohn = "8.00";
    });
    expect(only(r, "mindestlohn-ohne-tabelle")).toHaveLength(1);
    expect(only(r, "minijob-grenze-ohne-tabelle")).toHaveLength(1);
    expect(only(r, "mindestlohn-unterschritten")).toEqual([]);
  });
});

describe("Minijob-Grenze per employee and month (2026: 603 €)", () => {
  const minijobMonths = (r: R, months: string[], hours = "45") => {
    fix(r);
    (r.regeln as Row).planUeberschreitungProzent = "1000";
    for (const m of months) r.ausgaben.push({ datum: `2026-${m}-28`, leistungsmonat: `2026-${m}`, empfaenger: "A. Beispiel", position: "Tagesassistenz", betrag: "210.00", stunden: hours, beleg: `Z-${m}` });
  };
  test("one month above = warnung (earnings = stundenlohn × stunden, 75 h × 14 = 1050 > 603)", () => {
    const r = withReport((r) => minijobMonths(r, ["02"]));
    expect(only(r, "minijob-grenze-monat")[0]).toMatchObject({ schwere: "warnung", ort: { zeile: 5 } });
    expect(ids(r).filter((i) => i.startsWith("minijob"))).toEqual(["minijob-grenze-monat"]);
  });
  test("exactly at the Grenze is fine", () => {
    const r = withReport((r) => {
      fix(r);
      r.beschaeftigte[0].stundenlohn = "20.10"; // 30 h × 20.10 = 603.00
    });
    expect(ids(r).filter((i) => i.startsWith("minijob"))).toEqual([]);
  });
  test("a third month above within 12 months = fehler", () => {
    const r = withReport((r) => minijobMonths(r, ["01", "03", "05"]));
    expect(ids(r).filter((i) => i.startsWith("minijob"))).toEqual(["minijob-grenze-monat", "minijob-grenze-monat", "minijob-grenze-zu-oft"]);
    expect(only(r, "minijob-grenze-zu-oft")[0].schwere).toBe("fehler");
  });
  test("above twice the Grenze = fehler at once", () => {
    const r = withReport((r) => minijobMonths(r, ["04"], "70")); // 100 h × 14 = 1400 > 1206
    expect(only(r, "minijob-grenze-zweifach")[0]).toMatchObject({ schwere: "fehler" });
  });
  test("without stundenlohn the paid amounts count; not a Minijob = no check", () => {
    const r = withReport((r) => {
      fix(r);
      r.ausgaben[24].betrag = "700.00"; // B. Vertretung (minijob-gewerblich), 10 h
    });
    expect(ids(r)).toContain("minijob-grenze-monat");
    const sv = withReport((r) => {
      fix(r);
      r.beschaeftigte[1].beschaeftigung = "sv-pflichtig";
      r.ausgaben[24].betrag = "700.00";
    });
    expect(ids(sv).filter((i) => i.startsWith("minijob"))).toEqual([]);
  });
});

describe("relatives as assistants", () => {
  test.each(["ehegatte", "lebenspartner", "kind", "Elternteil"])("%s = warnung on the employee row", (v) => {
    const r = withReport((r) => (r.beschaeftigte[0].verwandtschaft = v));
    expect(r.befunde).toEqual([expect.objectContaining({ regel: "angehoerige-assistenz", schwere: "warnung", ort: { liste: "beschaeftigte", zeile: 1, feld: "verwandtschaft" } })]);
    expect(r.befunde[0].text).toContain("nur in Ausnahmefällen");
  });
  test("other relatives are not flagged as such; unknown words are a hinweis", () => {
    const r = withReport((r) => (r.beschaeftigte[0].verwandtschaft = "geschwister"));
    expect(ids(r)).toEqual(["verwandtschaft-unbekannt"]);
  });
  test("duplicate employee names = fehler", () => {
    const r = withReport((r) => r.beschaeftigte.push({ name: "a. beispiel" }));
    expect(ids(r)).toEqual(["beschaeftigter-doppelt"]);
  });
});

describe("Sachkosten without receipts (15 % of the actual administration costs)", () => {
  test("30 € without receipt of 300 € = 10 %: clean; 50 € = 16.7 %: warnung", () => {
    expect(ids(run(cleanReport()))).toEqual([]);
    const r = withReport((r) => {
      fix(r);
      r.ausgaben.push({ datum: "2026-06-10", leistungsmonat: "2026-06", empfaenger: "Porto", position: "Budgetverwaltung", betrag: "25.00" });
    });
    // 55 without receipt of 325 → allowed 48.75
    const [b] = only(r, "sachkosten-ohne-beleg");
    expect(b).toMatchObject({ schwere: "warnung", ort: { liste: "ausgaben", zeile: 26, feld: "beleg" } });
    expect(b.text).toContain("48,75 €");
    expect(b.text).toContain("6,25 €");
  });
  test("the share is a setting", () => {
    const r = withReport((r) => ((r.regeln as Row).sachkostenNachweisfreiProzent = "5"));
    expect(ids(r)).toEqual(["sachkosten-ohne-beleg"]);
  });
});

describe("arithmetic: submitted totals against the rows", () => {
  test("each total that differs = fehler naming the field", () => {
    const r = withReport((r) => (r.angaben = { einnahmen: "4100.01", ausgaben: "3.560,00", rest: "539.99" }));
    expect(ids(r)).toEqual(["summe-einnahmen-abweichend", "summe-rest-abweichend"]);
    expect(r.befunde[0].ort).toEqual({ liste: "angaben", feld: "einnahmen" });
  });
  test("no angaben: nothing to compare", () => {
    const r = withReport(fix);
    expect(ids(r)).toEqual([]);
  });
});

describe("justifications", () => {
  test("a justified finding stays visible but no longer counts", () => {
    const r = withReport((r) => {
      fix(r);
      r.ausgaben.push(expense({ datum: "2026-06-30", leistungsmonat: "2026-07", begruendung: "Mit dem Träger am 2.7. vereinbart" }));
    });
    expect(r.befunde).toHaveLength(1);
    expect(r.befunde[0].begruendung).toBe("Mit dem Träger am 2.7. vereinbart");
    expect(r.counts.fehler).toBe(0);
    expect(counts(r.befunde)).toEqual(r.counts);
  });
  test("an unreadable value cannot be justified", () => {
    const r = withReport((r) => {
      fix(r);
      r.ausgaben.push(expense({ betrag: "zehn", begruendung: "egal" }));
    });
    expect(r.counts.fehler).toBe(1);
  });
});

test("plan vs actual follows a position's start: the plan figure counts only the months it runs", () => {
  const r = withReport((r) => {
    fix(r);
    const positionen = PLAN.positionen.map((p) => (p.bezeichnung === "Fahrdienst" ? { ...p, von: "2026-04-01" } : p));
    r.kostenplan = { ...PLAN, positionen };
    (r.regeln as Row).planUnterschreitungProzent = "100";
    r.ausgaben = r.ausgaben.filter((a) => a.position !== "Fahrdienst" || String(a.leistungsmonat) >= "2026-04");
  });
  // 100.00 a month from April: 3 months of the report's 6
  expect(r.summen.proPosition.Fahrdienst).toEqual({ plan: "300.00", ist: "300.00" });
  expect(ids(r)).not.toContain("plan-ueberschritten");
});

describe("Budgetreste", () => {
  // the report covers the whole Bewilligungszeitraum: the Träger's rule applies
  const withRest = (rest: string) => (r: R) => {
    fix(r);
    r.kostenplan = { ...PLAN, zeitraum: { beginn: "2026-01-01", ende: "2026-06-30" } };
    r.einnahmen.push({ datum: "2026-01-01", art: "uebertrag", betrag: rest });
  };
  test("an interim report (the Bewilligungszeitraum runs on) reclaims nothing and says why", () => {
    const r = withReport((r) => {
      withRest("1000.00")(r);
      r.kostenplan = PLAN; // 2026-01-01 to 2026-12-31, the report ends 2026-06-30
    });
    expect(r.reste).toMatchObject({ nachweisart: "zwischennachweis", rest: "1540.00", uebertrag: "1540.00", rueckforderung: "0.00", anrechnung: "0.00" });
    expect(r.reste.begruendung).toBe(
      "Zwischennachweis: Der Bewilligungszeitraum läuft weiter (bewilligt bis 31.12.2026). Der Rest von 1.540,00 € bleibt für die übrigen Monate auf dem Budgetkonto; " +
        "zurückgefordert wird nichts. Die Regel „Übertrag bis zu einem Monatsbudget, der Rest wird zurückgefordert“ gilt erst mit dem Nachweis am Ende des Bewilligungszeitraums.",
    );
    for (const regel of ["rueckforderung", "anrechnung"] as const) expect(run({ ...cleanReport(), regeln: { reste: regel } }, regel).reste).toMatchObject({ rueckforderung: "0.00", anrechnung: "0.00" });
  });
  test("a Träger that settles Reste with every report: the rule applies to the interim report, and the sentence says so", () => {
    const r = withReport((r) => {
      withRest("1000.00")(r);
      r.kostenplan = PLAN;
      Object.assign(r.regeln as Row, { zwischennachweisRueckforderung: "ja" });
    });
    expect(r.reste).toMatchObject({ nachweisart: "zwischennachweis", uebertrag: "600.00", rueckforderung: "940.00" });
    expect(r.reste.begruendung).toMatch(/^Zwischennachweis: Der Träger wendet seine Regel schon jetzt an\. Vom Rest von 1\.540,00 €/);
  });
  test("default: carry-over up to one monthly budget, the rest reclaimed", () => {
    const r = withReport(withRest("1000.00"));
    expect(r.reste).toMatchObject({ rest: "1540.00", uebertrag: "600.00", rueckforderung: "940.00", anrechnung: "0.00", monatsbudget: "600.00" });
    expect(r.reste.begruendung).toContain("940,00 €");
  });
  test.each([
    ["rueckforderung", { uebertrag: "0.00", rueckforderung: "1540.00", anrechnung: "0.00" }],
    ["anrechnung", { uebertrag: "0.00", rueckforderung: "0.00", anrechnung: "1540.00" }],
    ["ansparen", { uebertrag: "1540.00", rueckforderung: "0.00", anrechnung: "0.00" }],
  ] as const)("regeln.reste %s", (regel, expected) => {
    const r = withReport((r) => {
      withRest("1000.00")(r);
      (r.regeln as Row).reste = regel;
    });
    expect(r.reste).toMatchObject({ regel, ...expected });
  });
  test("the option overrides regeln.reste (--regel-reste)", () => {
    const r = cleanReport();
    withRest("1000.00")(r);
    expect(run(r, "anrechnung").reste).toMatchObject({ regel: "anrechnung", anrechnung: "1540.00" });
  });
  test("schlussnachweis: everything reclaimed", () => {
    const r = withReport((r) => {
      withRest("1000.00")(r);
      (r.regeln as Row).schlussnachweis = true;
    });
    expect(r.reste).toMatchObject({ uebertrag: "0.00", rueckforderung: "1540.00", nachweisart: "schlussnachweis" });
  });
  test("schlussnachweis before the end of the Bewilligungszeitraum (the budget ends early): everything reclaimed", () => {
    const r = withReport((r) => {
      withRest("1000.00")(r);
      r.kostenplan = PLAN;
      (r.regeln as Row).schlussnachweis = true;
    });
    expect(r.reste).toMatchObject({ uebertrag: "0.00", rueckforderung: "1540.00", nachweisart: "schlussnachweis" });
  });
  test("negative Rest: a finding, nothing carried over, reclaimed or offset", () => {
    const r = withReport(withRest("-600.00"));
    expect(r.reste).toMatchObject({ rest: "-60.00", uebertrag: "0.00", rueckforderung: "0.00", anrechnung: "0.00" });
    expect(ids(r)).toContain("reste-mehrausgaben");
  });
});

test("every id the check can emit is in the catalogue", () => {
  const known = new Set(REPORT_RULES.map((r) => r.id));
  expect(known.size).toBe(REPORT_RULES.length);
  for (const r of REPORT_RULES) expect(r.id).toMatch(/^[a-z0-9-]+$/);
});
