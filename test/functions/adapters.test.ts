/**
 * Adapter tests: every custom function called with Excel-shaped values (null, "", 0, true, text, 2-D ranges).
 * Results are plain finite numbers (cents) or 2-D arrays; failures are CustomFunctions.Error with a German
 * message that names the parameter (#VALUE! for bad input, #N/A for missing legal figures).
 */
import "../support/custom-functions-shim";
import * as f from "../../src/functions/functions";
import { Dec, employerCost, evaluatePlan, parsePlan } from "../../src/engine";
import * as fakeExcel from "../support/fake-excel";
import { resetCellContext } from "../../src/functions/cell-context";

const VALUE = "#VALUE!";
const NA = "#N/A";

function excelError(run: () => unknown): { code: string; message: string } {
  try {
    const out = run();
    throw new Error(`expected an error, got ${JSON.stringify(out)}`);
  } catch (e) {
    expect(e).toBeInstanceOf(CustomFunctions.Error);
    return e as { code: string; message: string };
  }
}

function expectError(run: () => unknown, code: string, ...parts: string[]): void {
  const e = excelError(run);
  expect(e.code).toBe(code);
  for (const p of parts) expect(e.message).toContain(p);
}

function allFinite(x: unknown): boolean {
  if (Array.isArray(x)) return x.every(allFinite);
  return typeof x !== "number" || Number.isFinite(x);
}

/** Excel passes null for an omitted optional range (the TypeScript signature can only say `?`). */
const OMITTED = null as unknown as undefined;
const JAN_2026 = 46023; // Excel serial of 2026-01-01
const DEC_2026 = 46387; // 2026-12-31

describe("ARBEITGEBERKOSTEN", () => {
  const engine = (brutto: string, art: "minijob-privat" | "sv-pflichtig" | "pauschal", extra = {}) =>
    employerCost({ art, brutto: new Dec(brutto), ...extra }, { y: 2026, m: 1, d: 1 }).gesamt.toNumber();

  test("monthly employer cost equals the engine (Excel date serial, German text date, ISO text)", () => {
    expect(f.arbeitgeberkosten(538, "minijob-privat", JAN_2026)).toEqual([[engine("538", "minijob-privat")]]);
    expect(f.arbeitgeberkosten("538,00", "Minijob-Privat ", "01.01.2026")).toEqual([[engine("538", "minijob-privat")]]);
    expect(f.arbeitgeberkosten(3000, "sv-pflichtig", "2026-01-15")).toEqual([[engine("3000", "sv-pflichtig")]]);
  });

  test("options range (key | value) with header row, booleans and a legal-figure override", () => {
    const opts = [
      ["Schlüssel", "Wert"],
      ["zusatzbeitragProzent", 3.1],
      ["Umlage U1 (%)", "1,6"],
      ["u2Prozent", 0.44],
      ["uvJahr", 120],
      ["sachsen", true],
      ["", ""],
    ];
    const expected = employerCost(
      { art: "sv-pflichtig", brutto: new Dec(3000), zusatzbeitragProzent: new Dec("3.1"), u1Prozent: new Dec("1.6"), u2Prozent: new Dec("0.44"), uvJahr: new Dec(120), sachsen: true },
      { y: 2026, m: 1, d: 1 },
    ).gesamt.toNumber();
    expect(f.arbeitgeberkosten(3000, "sv-pflichtig", JAN_2026, opts, null)).toEqual([[expected]]);
    const override = f.arbeitgeberkosten(3000, "sv-pflichtig", JAN_2026, [["kvZusatzDurchschnitt", 3.5]], false);
    const expectedOverride = employerCost({ art: "sv-pflichtig", brutto: new Dec(3000) }, { y: 2026, m: 1, d: 1 }, { "2026": { kvZusatzDurchschnitt: "3.5" } }).gesamt.toNumber();
    expect(override).toEqual([[expectedOverride]]);
  });

  test("breakdown: fixed 15 rows × 2 columns, German labels, ending with Gesamt, items sum up", () => {
    const rows = f.arbeitgeberkosten(538, "minijob-privat", JAN_2026, OMITTED, true) as [string, number][];
    expect(rows).toHaveLength(15);
    expect(rows[0][0]).toBe("Bruttolohn");
    expect(rows[14]).toEqual(["Gesamt", engine("538", "minijob-privat")]);
    expect(rows.map((r) => r[0])).toContain("Umlage U1 (Krankheit)");
    const sumCents = rows.slice(0, 14).reduce((t, r) => t + Math.round(r[1] * 100), 0);
    expect(sumCents).toBe(Math.round(rows[14][1] * 100));
    expect(f.arbeitgeberkosten(538, "minijob-privat", JAN_2026, OMITTED, "ja")).toHaveLength(15);
    expect(f.arbeitgeberkosten(538, "minijob-privat", JAN_2026, OMITTED, 0)).toHaveLength(1);
  });

  test("surcharges by class in the options: night hours on the Stundenlohn, free of contributions up to 25 € an hour", () => {
    const rows = f.arbeitgeberkosten(3000, "sv-pflichtig", JAN_2026, [["Stundenlohn", 30], ["nachtStunden", 10], ["u1Prozent", 0], ["u2Prozent", 0], ["uvJahr", 0]], true) as [string, number][];
    expect(rows.find((r) => r[0] === "beitragsfreie Zuschläge")![1]).toBe(62.5);
    expect(rows[0]).toEqual(["Bruttolohn", 3012.5]); // with the liable part of the surcharges
    const sumCents = rows.slice(0, 14).reduce((t, r) => t + Math.round(r[1] * 100), 0);
    expect(sumCents).toBe(Math.round(rows[14][1] * 100));
  });

  test("pauschal needs arbeitgeberanteilProzent and no legal table (works for 2012)", () => {
    expect(f.arbeitgeberkosten(1000, "pauschal", "2012-03-01", [["arbeitgeberanteilProzent", 25]])).toEqual([[1250]]);
    expectError(() => f.arbeitgeberkosten(1000, "pauschal", JAN_2026), VALUE, "optionen", "arbeitgeberanteilProzent");
  });

  test("bad input → #VALUE! naming the parameter", () => {
    expectError(() => f.arbeitgeberkosten(538, "minijob", JAN_2026), VALUE, "beschäftigungsart: „minijob“ ist unbekannt – erlaubt: minijob-privat");
    expectError(() => f.arbeitgeberkosten(null, "minijob-privat", JAN_2026), VALUE, "brutto ist leer");
    expectError(() => f.arbeitgeberkosten("", "minijob-privat", JAN_2026), VALUE, "brutto ist leer");
    expectError(() => f.arbeitgeberkosten(0, "minijob-privat", JAN_2026), VALUE, "brutto ist leer oder 0");
    expectError(() => f.arbeitgeberkosten(true, "minijob-privat", JAN_2026), VALUE, "brutto", "WAHR ist keine Zahl");
    expectError(() => f.arbeitgeberkosten("viel", "minijob-privat", JAN_2026), VALUE, "brutto", "„viel“ ist keine gültige Zahl");
    expectError(() => f.arbeitgeberkosten(-5, "minijob-privat", JAN_2026), VALUE, "brutto", "größer als 0");
    expectError(() => f.arbeitgeberkosten(538, null, JAN_2026), VALUE, "beschäftigungsart", "erlaubt:");
    expectError(() => f.arbeitgeberkosten(538, 0, JAN_2026), VALUE, "beschäftigungsart");
    expectError(() => f.arbeitgeberkosten(538, "minijob-privat", null), VALUE, "datum", "leer");
    expectError(() => f.arbeitgeberkosten(538, "minijob-privat", 0), VALUE, "datum", "leer");
    expectError(() => f.arbeitgeberkosten(538, "minijob-privat", "31.02.2026"), VALUE, "datum", "kein gültiges Datum");
    expectError(() => f.arbeitgeberkosten(538, "minijob-privat", JAN_2026, [["u1", 1]]), VALUE, "optionen: „u1“ ist unbekannt – erlaubt: zusatzbeitragProzent");
    expectError(() => f.arbeitgeberkosten(538, "minijob-privat", JAN_2026, [["u1Prozent", "x"]]), VALUE, "optionen (Zeile 1, u1Prozent)", "keine gültige Zahl");
    expectError(() => f.arbeitgeberkosten(538, "minijob-privat", JAN_2026, [["sachsen", "vielleicht"]]), VALUE, "sachsen", "Ja/Nein");
    expectError(() => f.arbeitgeberkosten(538, "minijob-privat", JAN_2026, OMITTED, "kaputt"), VALUE, "aufschlüsselung");
  });

  test("missing legal figures for the date → #N/A with a German message", () => {
    expectError(() => f.arbeitgeberkosten(538, "minijob-privat", "2012-01-01"), NA, "datum: Für 2012 gibt es keine Rechengrößen");
  });
});

// A realistic plan: two assistants (Minijob im Haushalt and a pauschal-agreed position), a taxi, admin.
const PLAN_HEADER_DE = ["Bezeichnung", "Art", "Träger", "Menge", "Einheit", "je", "Preis je Einheit", "Beschäftigungsart", "Arbeitgeberanteil pauschal (%)", "Rundung Schritt", "Rundung Richtung"];
const PLAN_ROWS = [
  ["Tagesassistenz", "arbeitgeber", "egh", 3, "stunde", "tag", 14.5, "pauschal", 25, "", ""],
  ["Haushaltshilfe", "arbeitgeber", "egh", 8, "stunde", "woche", 14, "minijob-privat", "", "", ""],
  ["Taxi", "sachkosten", "pk", 4, "fahrt", "monat", "15,50", "", "", 10, "auf"],
  ["Lohnbuchhaltung", "verwaltung", "egh", 1, "", "monat", 30, "", "", "", ""],
];
const PLAN_DE = [PLAN_HEADER_DE, ...PLAN_ROWS];
const PLAN_KEYS = [["bezeichnung", "art", "traeger", "menge", "einheit", "je", "preis", "beschaeftigung", "arbeitgeberanteilProzent", "rundung.schritt", "rundung.richtung"], ...PLAN_ROWS];

function engineResult(settings: Record<string, unknown> = {}, root: Record<string, unknown> = {}) {
  const positionen = PLAN_ROWS.map((r) => {
    const p: Record<string, unknown> = { bezeichnung: r[0], art: r[1], traeger: r[2], menge: r[3], je: r[5], preis: r[6] };
    if (r[4]) p.einheit = r[4];
    if (r[7]) p.beschaeftigung = r[7];
    if (r[8] !== "") p.arbeitgeberanteilProzent = r[8];
    if (r[9] !== "") p.rundung = { schritt: r[9], richtung: r[10] };
    return p;
  });
  return evaluatePlan(
    parsePlan({ zeitraum: { beginn: "2026-01-01", ende: "2026-12-31" }, einstellungen: settings, ...root, traeger: [{ id: "egh" }, { id: "pk" }], positionen }),
  );
}

describe("MONAT, ZEITRAUMBETRAG, TEILBUDGET, MONATSPLAN", () => {
  test("German headers and JSON-key headers give the engine's figures", () => {
    const r = engineResult();
    expect(f.monatsbudget(PLAN_DE, JAN_2026, DEC_2026)).toBe(r.monatsbudget.toNumber());
    expect(f.monatsbudget(PLAN_KEYS, "01.01.2026", "31.12.2026", OMITTED, null)).toBe(r.monatsbudget.toNumber());
    expect(f.zeitraumbetrag(PLAN_DE, JAN_2026, DEC_2026)).toBe(r.summeZeitraum.toNumber());
    expect(f.teilbudget(PLAN_DE, JAN_2026, DEC_2026, "pk")).toBe(r.teilbudgets[1].monatsbetrag.toNumber());
    expect(f.teilbudget(PLAN_DE, JAN_2026, DEC_2026, "egh")).toBe(r.teilbudgets[0].monatsbetrag.toNumber());
    const plan = f.monatsplan(PLAN_DE, JAN_2026, DEC_2026);
    expect(plan).toHaveLength(12);
    expect(plan[0]).toEqual(["01/2026", r.monatsplan[0].betrag.toNumber()]);
    expect(allFinite(plan)).toBe(true);
  });

  test("settings range: key/value rows, German labels, template table with Schlüssel column; Eigenanteil", () => {
    const settings = { rundung: { monat: { schritt: "5", richtung: "auf" } }, wochenProMonat: "4.33" };
    const r = engineResult(settings, { eigenanteilMonat: "100" });
    const kv = [
      ["rundung.monat.schritt", 5],
      ["Rundung Monatsbudget: Richtung", "auf"],
      ["wochenProMonat", "4,33"],
      ["eigenanteilMonat", 100],
      ["tageProMonat", 0], // desktop's empty cell: default
    ];
    expect(f.monatsbudget(PLAN_DE, JAN_2026, DEC_2026, kv)).toBe(r.monatsbudget.toNumber());
    expect(f.monatsbudget(PLAN_DE, JAN_2026, DEC_2026, kv, true)).toBe(r.auszahlung.toNumber());
    const template = [
      ["Einstellung", "Wert", "Schlüssel"],
      ["Nachweiszeitraum Beginn", JAN_2026, "zeitraum.beginn"],
      ["Rundung Monatsbudget: Schritt (€)", 5, "kostenplan.einstellungen.rundung.monat.schritt"],
      ["Rundung Monatsbudget: Richtung", "auf", "kostenplan.einstellungen.rundung.monat.richtung"],
      ["Wochen je Monat", "4,33", "kostenplan.einstellungen.wochenProMonat"],
      ["Eigenanteil je Monat", 100, "kostenplan.eigenanteilMonat"],
      ["Regel für Budgetreste", "anrechnung", "regeln.reste"],
    ];
    expect(f.monatsbudget(PLAN_DE, JAN_2026, DEC_2026, template, true)).toBe(r.auszahlung.toNumber());
  });

  test("blank rows (null, '' or desktop 0) are skipped; 0 in a text column is empty", () => {
    const withBlanks = [PLAN_HEADER_DE, PLAN_ROWS[0], PLAN_HEADER_DE.map(() => null), PLAN_HEADER_DE.map(() => 0), PLAN_ROWS[1], PLAN_ROWS[2], PLAN_ROWS[3].map((v) => (v === "" ? 0 : v))];
    expect(f.monatsbudget(withBlanks, JAN_2026, DEC_2026)).toBe(engineResult().monatsbudget.toNumber());
  });

  test("errors name the parameter (and the row of the range)", () => {
    expectError(() => f.monatsbudget(null as unknown as any[][], JAN_2026, DEC_2026), VALUE, "kostenplan ist leer");
    expectError(() => f.monatsbudget([["a", "b"], [1, 2]], JAN_2026, DEC_2026), VALUE, "kostenplan", "Bezeichnung");
    expectError(() => f.monatsbudget([PLAN_HEADER_DE], JAN_2026, DEC_2026), VALUE, "kostenplan", "keine Positionen");
    const bad = [PLAN_HEADER_DE, PLAN_ROWS[0], ["Taxi", "sachkosten", "pk", 4, "", "monat", "teuer", "", "", "", ""]];
    expectError(() => f.monatsbudget(bad, JAN_2026, DEC_2026), VALUE, "kostenplan (Zelle G3 im Bereich, Spalte „Preis je Einheit“): „teuer“ ist keine gültige Zahl");
    const badArt = [PLAN_HEADER_DE, ["Taxi", "taxi", "pk", 4, "", "monat", 10, "", "", "", ""]];
    expectError(() => f.monatsbudget(badArt, JAN_2026, DEC_2026), VALUE, "kostenplan (Zelle B2 im Bereich, Spalte „Art“): „taxi“ ist unbekannt – erlaubt: arbeitgeber");
    expectError(() => f.monatsbudget(PLAN_DE, null, DEC_2026), VALUE, "beginn", "leer");
    expectError(() => f.monatsbudget(PLAN_DE, JAN_2026, ""), VALUE, "ende", "leer");
    expectError(() => f.monatsbudget(PLAN_DE, JAN_2026, "15.12.2026"), VALUE, "beginn/ende", "keine ganzen Monate");
    expectError(() => f.monatsbudget(PLAN_DE, JAN_2026, DEC_2026, [["rundung", 5]]), VALUE, "einstellungen (Zelle A1 im Bereich): Die Einstellung „rundung“ ist unbekannt");
    expectError(() => f.monatsbudget(PLAN_DE, JAN_2026, DEC_2026, [["wochenProMonat", "viele"]]), VALUE, "einstellungen (Zelle B1 im Bereich, Einstellung „Wochen je Monat“)", "„viele“");
    expectError(() => f.teilbudget(PLAN_DE, JAN_2026, DEC_2026, "lwl"), VALUE, "träger: „lwl“ ist unbekannt – erlaubt: egh, pk");
    expectError(() => f.teilbudget(PLAN_DE, JAN_2026, DEC_2026, null), VALUE, "träger", "leer");
    const noTraeger = [["bezeichnung", "art", "menge", "je", "preis"], ["Taxi", "sachkosten", 1, "monat", 10]];
    expectError(() => f.teilbudget(noTraeger, JAN_2026, DEC_2026, "egh"), VALUE, "keine Spalte „Träger“");
  });

  test("a year without legal figures → #N/A naming the position", () => {
    const plan = [["bezeichnung", "art", "menge", "je", "preis", "beschaeftigung"], ["Hilfe", "arbeitgeber", 10, "monat", 12, "minijob-privat"]];
    expectError(() => f.monatsbudget(plan, "01.01.2012", "31.12.2012"), NA, "2012");
  });
});

describe("OBERGRENZE, OBERGRENZE_STATUS", () => {
  test("headroom and status text", () => {
    expect(f.obergrenze(4500, 5000)).toBe(500);
    expect(f.obergrenze("5.100,50", 5000)).toBe(-100.5);
    expect(f.obergrenzeStatus(4500, 5000)).toBe("Obergrenze eingehalten – 500,00 € Spielraum.");
    expect(f.obergrenzeStatus(5000, 5000)).toBe("Obergrenze genau erreicht.");
    expect(f.obergrenzeStatus(5100.5, 5000)).toContain("überschritten um 100,50 €");
    expect(f.obergrenzeStatus(5100.5, 5000)).toContain("§ 29 Abs. 2 S. 7 SGB IX");
  });
  test("empty and 0 are errors (never a silent 0)", () => {
    expectError(() => f.obergrenze(null, 5000), VALUE, "monatsbudget ist leer");
    expectError(() => f.obergrenze(4500, 0), VALUE, "kosten_sachleistung ist leer oder 0");
    expectError(() => f.obergrenzeStatus(4500, "viel"), VALUE, "kosten_sachleistung");
    expectError(() => f.obergrenze([[1, 2]], 5000), VALUE, "monatsbudget", "kein Bereich");
  });
});

describe("RESTE", () => {
  test("carry-over up to one monthly budget, remainder reclaimed (default rule)", () => {
    expect(f.reste(12000, 10000, 1000)).toEqual([
      ["Rest", 2000],
      ["Übertrag", 1000],
      ["Rückforderung", 1000],
      ["Anrechnung", 0],
      ["Begründung", expect.stringContaining("zurückgefordert")],
    ]);
  });
  test("rules, Schlussnachweis, 0 expenses, overspending", () => {
    expect(f.reste(12000, 10000, 1000, "anrechnung")[3]).toEqual(["Anrechnung", 2000]);
    expect(f.reste(12000, 10000, 1000, "Ansparen", false)[1]).toEqual(["Übertrag", 2000]);
    expect(f.reste(12000, 10000, 1000, null, true)[2]).toEqual(["Rückforderung", 2000]);
    expect(f.reste(12000, 10000, 1000, 0, 0)[1]).toEqual(["Übertrag", 1000]); // desktop empty cells: defaults
    expect(f.reste("1.500,00", 0, 1000)[0]).toEqual(["Rest", 1500]);
    const over = f.reste(9000, 10000, 1000);
    expect(over[0]).toEqual(["Rest", -1000]);
    expect(over[2]).toEqual(["Rückforderung", 0]);
  });
  test("errors", () => {
    expectError(() => f.reste(null, 10000, 1000), VALUE, "einnahmen ist leer");
    expectError(() => f.reste(12000, "", 1000), VALUE, "ausgaben ist leer");
    expectError(() => f.reste(12000, 10000, 0), VALUE, "monatsbudget ist leer oder 0");
    expectError(() => f.reste(12000, 10000, 1000, "behalten"), VALUE, "regel: „behalten“ ist unbekannt – erlaubt: uebertrag-bis-monatsbudget");
    expectError(() => f.reste(-1, 10000, 1000), VALUE, "einnahmen", "nicht negativ");
  });
});

describe("MINDESTLOHN, MINIJOBGRENZE, RECHENGROESSE", () => {
  test("figures of the year", () => {
    expect(f.mindestlohn(JAN_2026)).toBe(13.9);
    expect(f.mindestlohn("2026-07-01")).toBe(13.9);
    expect(f.minijobgrenze("01.01.2026")).toBe(603);
    expect(f.rechengroesse("kvAllgemein", JAN_2026)).toBe(14.6);
    expect(f.rechengroesse("KVALLGEMEIN", JAN_2026)).toBe(14.6);
    expect(f.rechengroesse("Mindestlohn (EUR/Stunde)", JAN_2026)).toBe(13.9);
  });
  test("the status and source of a figure; next year's unpublished figure is provisional, the year before's value", () => {
    expect(f.rechengroesse("pv", "01.01.2027", "status")).toBe("in Kraft");
    expect(f.rechengroesse("pv", "01.01.2027", "Quelle")).toMatch(/PBAV/);
    expect(f.rechengroesse("faktorF", "01.01.2027", "status")).toBe("vorläufig (Wert von 2026)");
    expect(f.rechengroesse("faktorF", "01.01.2027")).toBe(f.rechengroesse("faktorF", JAN_2026));
    expect(f.rechengroesse("faktorF", "01.01.2027", 0)).toBe(f.rechengroesse("faktorF", JAN_2026)); // desktop empty cell
    expectError(() => f.rechengroesse("pv", JAN_2026, "Herkunft"), VALUE, "angabe", "Herkunft");
  });
  test("errors: unknown name #VALUE!, year without table #N/A", () => {
    expectError(() => f.rechengroesse("kv", JAN_2026), VALUE, "name: „kv“ ist unbekannt – erlaubt: mindestlohn");
    expectError(() => f.rechengroesse(null, JAN_2026), VALUE, "name");
    expectError(() => f.mindestlohn("01.01.2012"), NA, "datum: Für 2012 gibt es keine Rechengrößen");
    expectError(() => f.minijobgrenze(null), VALUE, "datum", "leer");
    expectError(() => f.mindestlohn(true), VALUE, "datum", "kein Datum");
  });
});

describe("WOCHENSTUNDEN_MONAT, SACHKOSTEN_OHNE_BELEG", () => {
  test("weekly → monthly hours with 52/12 or a given factor", () => {
    expect(f.wochenstundenProMonat(12)).toBe(52);
    expect(f.wochenstundenProMonat("7,5", null)).toBe(32.5);
    expect(f.wochenstundenProMonat(10, "4,33")).toBe(43.3);
    expect(f.wochenstundenProMonat(10, "13/3")).toBeCloseTo(43.3333333333, 9);
    expect(f.wochenstundenProMonat(10, 0)).toBeCloseTo(43.3333333333, 9); // desktop empty cell → default
    expect(f.wochenstundenProMonat(0)).toBe(0);
  });
  test("the 15 % share without receipts", () => {
    expect(f.sachkostenOhneBelegBetrag(30)).toBe(4.5);
    expect(f.sachkostenOhneBelegBetrag("33,33", null)).toBe(5); // 4.9995 → 5.00 half-up
    expect(f.sachkostenOhneBelegBetrag(100, 20)).toBe(20);
    expect(f.sachkostenOhneBelegBetrag(100, 0)).toBe(15); // 0 / empty → default 15 %
    expect(f.sachkostenOhneBelegBetrag(0)).toBe(0);
  });
  test("errors", () => {
    expectError(() => f.wochenstundenProMonat(null), VALUE, "stunden_pro_woche ist leer");
    expectError(() => f.wochenstundenProMonat(10, "52/0"), VALUE, "wochen_pro_monat");
    expectError(() => f.sachkostenOhneBelegBetrag(""), VALUE, "verwaltungskosten ist leer");
    expectError(() => f.sachkostenOhneBelegBetrag(100, 150), VALUE, "prozent: höchstens 100 %");
  });
});

test("no function returns NaN or Infinity for odd inputs", () => {
  const odd = [null, "", 0, true, false, "abc", -1, 1e308, [[1, 2]]];
  const calls: ((v: any) => unknown)[] = [
    (v) => f.arbeitgeberkosten(v, "minijob-privat", JAN_2026),
    (v) => f.obergrenze(v, 5000),
    (v) => f.reste(v, 0, 1000),
    (v) => f.wochenstundenProMonat(v),
    (v) => f.sachkostenOhneBelegBetrag(v),
    (v) => f.mindestlohn(v),
  ];
  for (const call of calls) {
    for (const v of odd) {
      try {
        expect(allFinite(call(v))).toBe(true);
      } catch (e) {
        expect(e).toBeInstanceOf(CustomFunctions.Error);
      }
    }
  }
});

describe("inside Excel: formats, empty cells and the date system come from the workbook (one sync per call)", () => {
  const fake = fakeExcel;
  afterEach(() => {
    fake.uninstall(globalThis);
    resetCellContext();
  });
  const inv = (...addresses: string[]) => ({ parameterAddresses: addresses }) as unknown as CustomFunctions.Invocation;

  test("a 1904 workbook: a serial date means what Excel shows; the date system is read once and kept", async () => {
    const fx = fake.install(globalThis, { dateSystem: 1904 });
    await expect(f.mindestlohn(JAN_2026 - 1462, inv("Tabelle1!A1"))).resolves.toBe(13.9);
    expect(fx.control.syncCount()).toBe(1);
    expect(await f.minijobgrenze(JAN_2026 - 1462, inv("Tabelle1!A1"))).toBe(603);
    expect(fx.control.syncCount()).toBe(1); // known now: no second sync
    expect(f.mindestlohn(JAN_2026)).toBe(13.9); // without an invocation (no Excel addresses): the 1900 system, at once
  });

  test("a percent-formatted option cell (0.0024 shown as 0,24 %) is 0,24 %; an empty cell given as 0 is empty", async () => {
    const fx = fake.install(globalThis, { sheets: ["Optionen"] });
    fx.control.setValues("Optionen", "A1:B2", [["u2Prozent", 0.0024], ["uvJahr", ""]]);
    fx.control.setNumberFormat("Optionen", "B1", "0.00%");
    const withOptions = await f.arbeitgeberkosten(3000, "sv-pflichtig", JAN_2026, [["u2Prozent", 0.0024], ["uvJahr", 0]], null, inv("", "", "", "Optionen!A1:B2", ""));
    const expected = employerCost({ art: "sv-pflichtig", brutto: new Dec(3000), u2Prozent: new Dec("0.24") }, { y: 2026, m: 1, d: 1 }).gesamt.toNumber();
    expect(withOptions).toEqual([[expected]]);
    expect(fx.control.syncCount()).toBe(1);
  });

  test("a percent argument: „15 %“ and a cell formatted as percent are 15 %", async () => {
    expect(f.sachkostenOhneBelegBetrag(100, "15 %")).toBe(15);
    const fx = fake.install(globalThis);
    fx.control.setValue("Tabelle1", "B1", 0.2);
    fx.control.setNumberFormat("Tabelle1", "B1", "0%");
    await expect(f.sachkostenOhneBelegBetrag(100, 0.2, inv("Tabelle1!A1", "Tabelle1!B1"))).resolves.toBe(20);
  });

  test("whole columns, names and huge ranges: German answers, never an internal error", async () => {
    fake.install(globalThis);
    const rows = Array.from({ length: 200_000 }, (_, i) => ["Taxi " + i, "sachkosten", 1, "monat", 1]);
    const plan = [["Bezeichnung", "Art", "Menge", "je", "Preis je Einheit"], ...rows];
    await expect(f.monatsbudget(plan, JAN_2026, DEC_2026, OMITTED, null, OMITTED, inv("Kostenplan!A:E", "", ""))).rejects.toMatchObject({
      code: VALUE,
      message: expect.stringContaining("200.000 Zeilen – erlaubt sind höchstens 100.000"),
    });
    expect(() => f.arbeitgeberkosten(538, "minijob-privat", JAN_2026, [["constructor", 1]])).toThrow(/optionen: „constructor“ ist unbekannt/);
  });

  test("when Excel cannot answer (e.g. while a cell is being edited): #WERT! in German, never a figure without formats", async () => {
    const fx = fake.install(globalThis);
    fx.control.failNextSync("InvalidOperationInCellEditMode");
    await expect(f.monatsbudget(PLAN_DE, JAN_2026, DEC_2026, OMITTED, null, OMITTED, inv("Tabelle1!A1:K5", "", ""))).rejects.toMatchObject({
      code: VALUE,
      message: expect.stringContaining("Excel konnte die Zahlenformate der Bereiche nicht liefern"),
    });
  });
});
