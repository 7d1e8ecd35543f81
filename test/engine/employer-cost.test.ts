import { Dec } from "../../src/engine/money";
import { employerCost, type EmployerCostInput } from "../../src/engine/employer-cost";
import { parseDate } from "../../src/engine/dates";
import { figuresForYear } from "../../src/engine/legal/tables";

const d = (s: string) => new Dec(s);
const on = (iso: string) => parseDate(iso, "datum");
const sv = (r: ReturnType<typeof employerCost>) =>
  r.anteile.kv.add(r.anteile.kvZusatz).add(r.anteile.pv).add(r.anteile.rv).add(r.anteile.av).toFixed(2);

function cost(input: Partial<EmployerCostInput> & Pick<EmployerCostInput, "art" | "brutto">, date: string, overrides?: Record<string, Record<string, unknown>>) {
  return employerCost(input as EmployerCostInput, on(date), overrides);
}

describe("payroll oracles of the reference (payroll-figures.md § 5)", () => {
  test("O1: Midijob Q4/2022 (published Minijob-Zentrale example) – AG SV 145.78", () => {
    const y2022 = {
      geringfuegigkeitsgrenze: "520", uebergangsbereichObergrenze: "1600", faktorF: "0.7009",
      kvAllgemein: "14.6", kvZusatzDurchschnitt: "1.3", pv: "3.05", rv: "18.6", av: "2.4",
    };
    const r = cost({ art: "uebergangsbereich", brutto: d("521") }, "2022-10-01", { "2022": y2022 });
    expect(r.bemessung!.be.toFixed(2)).toBe("365.61");
    expect(r.bemessung!.beAn.toFixed(2)).toBe("1.48");
    expect(r.anteile.kv.toFixed(2)).toBe("53.27");
    expect(r.anteile.kvZusatz.toFixed(2)).toBe("4.75");
    expect(r.anteile.pv.toFixed(2)).toBe("11.14");
    expect(r.anteile.rv.toFixed(2)).toBe("67.86");
    expect(r.anteile.av.toFixed(2)).toBe("8.76");
    expect(sv(r)).toBe("145.78");
  });

  test("O2: Midijob 2025, AE 950 – AG SV 227.56 (our exact figure)", () => {
    const r = cost({ art: "uebergangsbereich", brutto: d("950") }, "2025-03-01");
    expect(r.bemessung!.be.toFixed(2)).toBe("815.90");
    expect(r.bemessung!.beAn.toFixed(2)).toBe("545.71");
    expect(r.anteile.kv.add(r.anteile.kvZusatz).toFixed(2)).toBe("92.86");
    expect(r.anteile.pv.toFixed(2)).toBe("19.56");
    expect(r.anteile.rv.toFixed(2)).toBe("101.01");
    expect(r.anteile.av.toFixed(2)).toBe("14.13");
    expect(sv(r)).toBe("227.56");
  });

  test.each([
    ["E1", "2024-06-01", "538.00", "80.38", "618.38"],
    ["E2", "2025-06-01", "556.00", "82.96", "638.96"],
    ["E3", "2026-06-01", "603.00", "88.16", "691.16"],
  ])("%s: Minijob im Privathaushalt, RV-befreit", (_n, date, ae, items, total) => {
    const r = cost({ art: "minijob-privat", brutto: d(ae), rvBefreit: true }, date);
    expect(r.arbeitgeberanteile.toFixed(2)).toBe(items);
    expect(r.gesamt.toFixed(2)).toBe(total);
    expect(r.anteile.inso.toFixed(2)).toBe("0.00");
    expect(r.arbeitnehmer.rvAufstockung.toFixed(2)).toBe("0.00");
  });

  test("E3 items one by one", () => {
    const r = cost({ art: "minijob-privat", brutto: d("603"), rvBefreit: true }, "2026-01-01");
    const a = r.anteile;
    expect([a.kv, a.rv, a.pauschsteuer, a.uv, a.u1, a.u2].map((x) => x.toFixed(2))).toEqual(["30.15", "30.15", "12.06", "9.65", "4.82", "1.33"]);
  });

  test("E4: Minijob Haushalt 2026, AE 150, RV-pflichtig – top-up on the 175 EUR minimum, withheld", () => {
    const r = cost({ art: "minijob-privat", brutto: d("150") }, "2026-02-01");
    expect(r.arbeitgeberanteile.toFixed(2)).toBe("21.93");
    expect(r.gesamt.toFixed(2)).toBe("171.93");
    expect(r.arbeitnehmer.rvAufstockung.toFixed(2)).toBe("25.05");
  });

  test("E5: Minijob gewerblich 2026, AE 603 – 790.95 plus BG", () => {
    const r = cost({ art: "minijob-gewerblich", brutto: d("603"), rvBefreit: true }, "2026-01-01");
    expect(r.anteile.kv.toFixed(2)).toBe("78.39");
    expect(r.anteile.rv.toFixed(2)).toBe("90.45");
    expect(r.anteile.inso.toFixed(2)).toBe("0.90");
    expect(r.gesamt.toFixed(2)).toBe("790.95");
    expect(r.befunde.map((b) => b.regel)).toContain("uv-fehlt");
  });

  test("E7: Midijob 2025, AE 1200, Kasse 2.5 – AG SV 273.11", () => {
    const r = cost({ art: "uebergangsbereich", brutto: d("1200"), zusatzbeitragProzent: d("2.5") }, "2025-01-01");
    expect(r.bemessung!.be.toFixed(2)).toBe("1097.83");
    expect(r.bemessung!.beAn.toFixed(2)).toBe("891.97");
    expect([r.anteile.kv, r.anteile.kvZusatz, r.anteile.pv, r.anteile.rv, r.anteile.av].map((x) => x.toFixed(2))).toEqual([
      "95.17", "16.29", "23.46", "121.25", "16.94",
    ]);
    expect(sv(r)).toBe("273.11");
  });

  test("E9: Midijob 2026 lower edge 603.01 – AG SV 168.84 = 28 % of the pay", () => {
    const r = cost({ art: "uebergangsbereich", brutto: d("603.01") }, "2026-01-01");
    expect(r.bemessung!.be.toFixed(2)).toBe("399.14");
    expect(r.bemessung!.beAn.toFixed(2)).toBe("0.01");
    expect(sv(r)).toBe("168.84");
  });

  test("E10: Midijob 2026 upper edge 2000 – AG SV 423.00, same as regular", () => {
    const r = cost({ art: "uebergangsbereich", brutto: d("2000") }, "2026-01-01");
    expect(r.bemessung!.be.toFixed(2)).toBe("2000.00");
    expect(r.bemessung!.beAn.toFixed(2)).toBe("2000.00");
    expect(sv(r)).toBe("423.00");
    const regular = cost({ art: "sv-pflichtig", brutto: d("2000") }, "2026-01-01");
    expect(sv(regular)).toBe("423.00");
  });

  test("E11: regular 2026, AE 2500, U1 2.1, U2 0.43, UV 90/yr – 3,099.50", () => {
    const r = cost({ art: "sv-pflichtig", brutto: d("2500"), u1Prozent: d("2.1"), u2Prozent: d("0.43"), uvJahr: d("90") }, "2026-05-01");
    expect([r.anteile.kv, r.anteile.kvZusatz, r.anteile.pv, r.anteile.rv, r.anteile.av].map((x) => x.toFixed(2))).toEqual([
      "182.50", "36.25", "45.00", "232.50", "32.50",
    ]);
    expect([r.anteile.u1, r.anteile.u2, r.anteile.uv, r.anteile.inso].map((x) => x.toFixed(2))).toEqual(["52.50", "10.75", "7.50", "0.00"]);
    expect(r.gesamt.toFixed(2)).toBe("3099.50");
    expect(r.befunde).toEqual([]);
  });

  test("E12: regular 2026, AE 6000 – BBG caps: AG SV 1,249.22, Umlagen on 6,000", () => {
    const r = cost({ art: "sv-pflichtig", brutto: d("6000"), u1Prozent: d("2.1"), u2Prozent: d("0.43"), uvJahr: d("90") }, "2026-01-01");
    expect([r.anteile.kv, r.anteile.kvZusatz, r.anteile.pv, r.anteile.rv, r.anteile.av].map((x) => x.toFixed(2))).toEqual([
      "424.31", "84.28", "104.63", "558.00", "78.00",
    ]);
    expect(sv(r)).toBe("1249.22");
    expect(r.anteile.u1.toFixed(2)).toBe("126.00");
  });

  test("E14: regular 2025, AE 2500 – AG SV 523.75", () => {
    expect(sv(cost({ art: "sv-pflichtig", brutto: d("2500") }, "2025-01-01"))).toBe("523.75");
  });

  test("E15: Midijob 2024, AE 1200 – AG SV 267.60", () => {
    const r = cost({ art: "uebergangsbereich", brutto: d("1200") }, "2024-01-01");
    expect(r.bemessung!.be.toFixed(2)).toBe("1107.15");
    expect(r.bemessung!.beAn.toFixed(2)).toBe("905.61");
    expect([r.anteile.kv, r.anteile.kvZusatz, r.anteile.pv, r.anteile.rv, r.anteile.av].map((x) => x.toFixed(2))).toEqual([
      "95.53", "11.12", "22.24", "121.70", "17.01",
    ]);
    expect(sv(r)).toBe("267.60");
  });
});

describe("branches of our own", () => {
  test("Sachsen: regular PV employer share 1.3 %", () => {
    const r = cost({ art: "sv-pflichtig", brutto: d("2500"), sachsen: true }, "2026-01-01");
    expect(r.anteile.pv.toFixed(2)).toBe("32.50");
  });

  test("Sachsen in the Übergangsbereich: employer share continuous at 2,000 with regular Sachsen", () => {
    const mid = cost({ art: "uebergangsbereich", brutto: d("2000"), sachsen: true }, "2026-01-01");
    const reg = cost({ art: "sv-pflichtig", brutto: d("2000"), sachsen: true }, "2026-01-01");
    expect(mid.anteile.pv.toFixed(2)).toBe(reg.anteile.pv.toFixed(2));
  });

  test("Sachsen in the Übergangsbereich (§ 58 Abs. 5 SGB XI): the employer's PV share with the rate less one point", () => {
    // AE 1.200 € in 2026 (G 603, OG 2.000, F 0,6619): BE 1.083,25, BE_AN 854,69
    // total 2 × round(1.083,25 × 1,8 %) = 2 × 19,50 = 39,00; employer 2 × round(1.083,25 × 1,3 %) − round(854,69 × 1,3 %)
    // = 2 × 14,08 − 11,11 = 17,05 (outside Sachsen: 39,00 − round(854,69 × 1,8 %) = 39,00 − 15,38 = 23,62)
    const sn = cost({ art: "uebergangsbereich", brutto: d("1200"), sachsen: true }, "2026-01-01");
    expect([sn.bemessung!.be.toFixed(2), sn.bemessung!.beAn.toFixed(2)]).toEqual(["1083.25", "854.69"]);
    expect(sn.anteile.pv.toFixed(2)).toBe("17.05");
    expect(cost({ art: "uebergangsbereich", brutto: d("1200") }, "2026-01-01").anteile.pv.toFixed(2)).toBe("23.62");
  });

  test("a Midijob month outside the band: above 2.000 € regular, up to the Minijob-Grenze BE = F × AE all the employer's", () => {
    const above = cost({ art: "uebergangsbereich", brutto: d("2100") }, "2026-01-01");
    const regular = cost({ art: "sv-pflichtig", brutto: d("2100") }, "2026-01-01");
    expect(above.anteile).toEqual(regular.anteile);
    // AE 500 €: BE = 0,6619 × 500 = 330,95; PV 2 × round(330,95 × 1,8 %) = 2 × 5,96 = 11,92, all of it the employer's
    const below = cost({ art: "uebergangsbereich", brutto: d("500") }, "2026-01-01");
    expect(below.bemessung!.be.toFixed(2)).toBe("330.95");
    expect(below.anteile.pv.toFixed(2)).toBe("11.92");
    expect(below.anteile.rv.toFixed(2)).toBe("61.56"); // 2 × round(330,95 × 9,3 %) = 2 × 30,78
    expect(below.befunde.map((b) => b.regel)).toContain("uebergangsbereich-ausserhalb");
  });

  test("Minijobber in private KV: no KV flat rate", () => {
    const r = cost({ art: "minijob-privat", brutto: d("603"), rvBefreit: true, kvPrivat: true }, "2026-01-01");
    expect(r.anteile.kv.toFixed(2)).toBe("0.00");
    expect(r.gesamt.toFixed(2)).toBe("661.01");
  });

  test("Pauschsteuer shifted to the employee", () => {
    const r = cost({ art: "minijob-privat", brutto: d("603"), rvBefreit: true, pauschsteuerArbeitgeber: false }, "2026-01-01");
    expect(r.anteile.pauschsteuer.toFixed(2)).toBe("0.00");
  });

  test("RV-pflichtiger Minijobber above 175: top-up 13.6 %", () => {
    const r = cost({ art: "minijob-privat", brutto: d("500") }, "2026-01-01");
    expect(r.arbeitnehmer.rvAufstockung.toFixed(2)).toBe("68.00"); // 93.00 − 25.00
    expect(r.gesamt.toFixed(2)).toBe("573.10"); // top-up is not an employer cost
  });

  test("SV-free surcharges add to the cost but not to the contribution basis", () => {
    const base = cost({ art: "sv-pflichtig", brutto: d("2500") }, "2026-01-01");
    const sfn = cost({ art: "sv-pflichtig", brutto: d("2500"), zuschlaegeSvFrei: d("300") }, "2026-01-01");
    expect(sfn.arbeitgeberanteile.toFixed(2)).toBe(base.arbeitgeberanteile.toFixed(2));
    expect(sfn.gesamt.sub(base.gesamt).toFixed(2)).toBe("300.00");
  });

  test("pauschal needs no legal table (2012) and adds the UV fee", () => {
    const r = cost({ art: "pauschal", brutto: d("1000"), arbeitgeberanteilProzent: d("25"), uvJahr: d("60") }, "2012-03-01");
    expect(r.anteile.pauschal.toFixed(2)).toBe("250.00");
    expect(r.anteile.uv.toFixed(2)).toBe("5.00");
    expect(r.gesamt.toFixed(2)).toBe("1255.00");
  });

  test("legal type in a year without figures: German message, kind 'fehlend'", () => {
    expect(() => cost({ art: "minijob-privat", brutto: d("400") }, "2012-03-01")).toThrow(/Für 2012 gibt es keine Rechengrößen/);
  });

  test("2027: figures not published yet are the 2026 values, provisionally; overrides replace them", () => {
    const f2027 = figuresForYear(2027)!;
    expect(f2027.get("kvZusatzDurchschnitt")).toMatchObject({ status: "vorlaeufig", vorlaeufigVon: 2026 });
    expect(f2027.get("kvZusatzDurchschnitt").value!.toFixed(2)).toBe("2.90");
    expect(f2027.get("pv")).toMatchObject({ status: "enacted" });
    expect(f2027.get("mindestlohn").value!.toFixed(2)).toBe("14.60");
    // the same pay in 2026 and, provisionally, 2027: the figures that differ are not used by sv-pflichtig
    expect(cost({ art: "sv-pflichtig", brutto: d("2500") }, "2027-01-01").gesamt.toFixed(2)).toBe(cost({ art: "sv-pflichtig", brutto: d("2500") }, "2026-01-01").gesamt.toFixed(2));
    const r = cost({ art: "uebergangsbereich", brutto: d("1200") }, "2027-01-01", { "2027": { kvZusatzDurchschnitt: "3.1", rv: "18.6" } });
    expect(r.gesamt.gt(1200)).toBe(true);
    expect(figuresForYear(2027, { "2027": { kvZusatzDurchschnitt: "3.1", rv: "18.6" } })!.get("faktorF")).toMatchObject({ status: "derived" }); // 28 / 42.5
    expect(figuresForYear(2027, { "2027": { kvZusatzDurchschnitt: "3.1", rv: "18.6" } })!.get("faktorF").value!.toFixed(4)).toBe("0.6588");
    // years after the last table: provisional too; years before the first: nothing to go by
    expect(figuresForYear(2029)!.get("mindestlohn")).toMatchObject({ status: "vorlaeufig", vorlaeufigVon: 2027 });
    expect(() => cost({ art: "sv-pflichtig", brutto: d("2500") }, "2012-01-01")).toThrow(/Für 2012 gibt es keine Rechengrößen/);
  });

  test("non-household employer pays the Insolvenzgeldumlage on regular pay", () => {
    const r = cost({ art: "sv-pflichtig", brutto: d("2500"), privathaushalt: false }, "2026-01-01");
    expect(r.anteile.inso.toFixed(2)).toBe("3.75");
  });

  test("type does not fit: Minijob above the limit and Midijob outside the band warn, never fail", () => {
    expect(cost({ art: "minijob-privat", brutto: d("700") }, "2026-01-01").befunde.map((b) => b.regel)).toContain("minijob-grenze");
    expect(cost({ art: "uebergangsbereich", brutto: d("2500") }, "2026-01-01").befunde.map((b) => b.regel)).toContain("uebergangsbereich-ausserhalb");
    expect(cost({ art: "uebergangsbereich", brutto: d("500") }, "2026-01-01").befunde.map((b) => b.regel)).toContain("uebergangsbereich-ausserhalb");
    expect(cost({ art: "minijob-privat", brutto: d("603") }, "2026-01-01").befunde).toEqual([]);
  });
});

describe("the Minijobber's own RV share (§ 168 Abs. 1 Nr. 1b SGB VI, BVV § 2 Abs. 1 S. 3 and 5)", () => {
  test("rounded on its own: 175,03 € → employer round(26,2545) = 26,25, employee round(175,03 × 3,6 %) = round(6,30108) = 6,30", () => {
    const r = cost({ art: "minijob-gewerblich", brutto: d("175.03"), uvJahr: d("0") }, "2026-01-01");
    expect(r.anteile.rv.toFixed(2)).toBe("26.25");
    expect(r.arbeitnehmer.rvAufstockung.toFixed(2)).toBe("6.30"); // not 32,56 − 26,25 = 6,31
  });
  test("below the minimum basis: the full rate on 175 € less the employer's share; beside a main job no minimum", () => {
    const low = cost({ art: "minijob-gewerblich", brutto: d("100"), uvJahr: d("0") }, "2026-01-01");
    expect(low.arbeitnehmer.rvAufstockung.toFixed(2)).toBe("17.55"); // round(175 × 18,6 %) = 32,55 − 15,00
    const beside = cost({ art: "minijob-gewerblich", brutto: d("100"), uvJahr: d("0"), hauptbeschaeftigung: true }, "2026-01-01");
    expect(beside.arbeitnehmer.rvAufstockung.toFixed(2)).toBe("3.60"); // round(100 × 3,6 %)
    const haushalt = cost({ art: "minijob-privat", brutto: d("300") }, "2026-01-01");
    expect(haushalt.arbeitnehmer.rvAufstockung.toFixed(2)).toBe("40.80"); // round(300 × 13,6 %), employer 5 % = 15,00
  });
});

describe("2024: the RV/AV ceiling Ost (SVBezGrV 2024 § 4 Abs. 2: 7.450 €)", () => {
  test("a workplace in the Beitrittsgebiet caps RV and AV at 7.450 €, in the West at 7.550 €; from 2025 one ceiling", () => {
    const ost = cost({ art: "sv-pflichtig", brutto: d("8000"), ost: true }, "2024-03-01");
    const west = cost({ art: "sv-pflichtig", brutto: d("8000") }, "2024-03-01");
    expect([ost.anteile.rv.toFixed(2), west.anteile.rv.toFixed(2)]).toEqual(["692.85", "702.15"]); // × 9,3 %
    expect(cost({ art: "sv-pflichtig", brutto: d("9000"), ost: true }, "2025-03-01").anteile.rv.toFixed(2)).toBe(cost({ art: "sv-pflichtig", brutto: d("9000") }, "2025-03-01").anteile.rv.toFixed(2));
    // 2027 has no ceiling Ost any more: the general one applies, with its override
    const o = { "2027": { bbgRvAv: "8850" } };
    expect(cost({ art: "sv-pflichtig", brutto: d("9000"), ost: true }, "2027-03-01", o).anteile.rv.toFixed(2)).toBe(cost({ art: "sv-pflichtig", brutto: d("9000") }, "2027-03-01", o).anteile.rv.toFixed(2));
  });
});

describe("surcharges for night, Sunday and holiday work (§ 3b EStG, § 1 Abs. 1 S. 1 Nr. 1 SvEV)", () => {
  const z = (art: "nacht" | "nacht-0-4" | "sonntag" | "feiertag" | "feiertag-150", stunden: string, prozent?: string) => ({ art, stunden: d(stunden), ...(prozent ? { prozent: d(prozent) } : {}) });
  test("Grundlohn 30 €, night 25 %: 7,50 € an hour paid, 6,25 € free of contributions (on 25 €), 1,25 € liable (published example)", () => {
    const r = cost({ art: "sv-pflichtig", brutto: d("3000"), grundlohn: d("30"), zuschlagStunden: [z("nacht", "10")] }, "2026-01-01");
    expect(r.zuschlaege).toEqual([expect.objectContaining({ art: "nacht", betrag: d("75"), steuerfrei: d("75"), svFrei: d("62.5"), svPflichtig: d("12.5") })]);
    expect(r.zuschlaegeSvFrei.toFixed(2)).toBe("62.50");
    expect(r.zuschlaegeSvPflichtig.toFixed(2)).toBe("12.50");
    // the liable part is contribution basis: RV 9,3 % of 3.012,50
    expect(r.anteile.rv.toFixed(2)).toBe("280.16");
    expect(r.gesamt.toFixed(2)).toBe(d("3075").add(r.arbeitgeberanteile).toFixed(2));
  });
  test("a Grundlohn above 50 €: tax-free only on 50 €, contribution-free only on 25 €; a rate above § 3b is liable for its excess", () => {
    const high = cost({ art: "sv-pflichtig", brutto: d("6000"), grundlohn: d("60"), zuschlagStunden: [z("sonntag", "4")] }, "2026-01-01");
    expect(high.zuschlaege[0]).toMatchObject({ betrag: d("120"), steuerfrei: d("100"), svFrei: d("50"), svPflichtig: d("70") });
    const over = cost({ art: "sv-pflichtig", brutto: d("3000"), grundlohn: d("20"), zuschlagStunden: [z("nacht", "10", "30")] }, "2026-01-01");
    expect(over.zuschlaege[0]).toMatchObject({ betrag: d("60"), steuerfrei: d("50"), svFrei: d("50"), svPflichtig: d("10") });
  });
  test("the classes of § 3b: 0–4 Uhr 40 %, holidays 125 %, 24.12./25.12./26.12./1.5. 150 %, night and Sunday add up", () => {
    const r = cost(
      { art: "sv-pflichtig", brutto: d("3000"), grundlohn: d("20"), zuschlagStunden: [z("nacht-0-4", "4"), z("sonntag", "8"), z("nacht", "2"), z("feiertag", "8"), z("feiertag-150", "8")] },
      "2026-01-01",
    );
    expect(r.zuschlaege.map((x) => [x.art, x.betrag.toFixed(2), x.svFrei.toFixed(2)])).toEqual([
      ["nacht-0-4", "32.00", "32.00"],
      ["sonntag", "80.00", "80.00"],
      ["nacht", "10.00", "10.00"],
      ["feiertag", "200.00", "200.00"],
      ["feiertag-150", "240.00", "240.00"],
    ]);
  });
  test("a Minijob: free surcharges do not count towards the Minijob-Grenze, the liable part does", () => {
    const free = cost({ art: "minijob-privat", brutto: d("590"), grundlohn: d("14.75"), zuschlagStunden: [z("nacht", "20")] }, "2026-01-01");
    expect(free.zuschlaegeSvFrei.toFixed(2)).toBe("73.75");
    expect(free.befunde.map((b) => b.regel)).not.toContain("minijob-grenze");
    const liable = cost({ art: "minijob-privat", brutto: d("590"), grundlohn: d("14.75"), zuschlagStunden: [z("nacht", "20", "50")] }, "2026-01-01");
    expect(liable.zuschlaegeSvPflichtig.toFixed(2)).toBe("73.75"); // 50 % paid, 25 % free: 603 < 590 + 73,75
    expect(liable.befunde.map((b) => b.regel)).toContain("minijob-grenze");
  });
  test("surcharges need the Grundlohn", () => {
    expect(() => cost({ art: "sv-pflichtig", brutto: d("3000"), zuschlagStunden: [z("nacht", "10")] }, "2026-01-01")).toThrow(/fehlt der Stundenlohn \(Grundlohn\)/);
  });
});
