/**
 * Formula tests: the BUDGET.* functions inside real formulas of a headless spreadsheet engine
 * (HyperFormula, German function names, `;` separators, decimal comma): a realistic Kostenplan sheet.
 */
import { build, at, DetailedCellError } from "./harness";
import * as f from "../../src/functions/functions";

/** Excel passes null for an omitted optional range (the TypeScript signature can only say `?`). */
const OMITTED = null as unknown as undefined;
const JAN_2026 = 46023;
const DEC_2026 = 46387;

const KOSTENPLAN = [
  ["Bezeichnung", "Art", "Träger", "Menge", "Einheit", "je", "Preis je Einheit", "Beschäftigungsart", "Arbeitgeberanteil pauschal (%)", "Rundung Schritt", "Rundung Richtung"],
  ["Tagesassistenz", "arbeitgeber", "egh", 3, "stunde", "tag", 14.5, "pauschal", 25, null, null],
  ["Haushaltshilfe", "arbeitgeber", "egh", 8, "stunde", "woche", 14, "minijob-privat", null, null, null],
  ["Taxi zur Therapie", "sachkosten", "pk", 4, "fahrt", "monat", 15.5, null, null, 10, "auf"],
  ["Lohnbuchhaltung", "verwaltung", "egh", 1, null, "monat", 30, null, null, null, null],
];
const EINSTELLUNGEN = [
  ["Einstellung", "Wert", "Schlüssel"],
  ["Rundung Monatsbudget: Schritt (€)", 5, "kostenplan.einstellungen.rundung.monat.schritt"],
  ["Rundung Monatsbudget: Richtung", "auf", "kostenplan.einstellungen.rundung.monat.richtung"],
  ["Eigenanteil je Monat", 50, "kostenplan.eigenanteilMonat"],
];
const R = "Kostenplan!$A$1:$K$5";
const E = "Einstellungen!$A$1:$C$4";
const UEBERSICHT = [
  ["Beginn", JAN_2026],
  ["Ende", DEC_2026],
  ["Monatsbudget", `=BUDGET.MONAT(${R};B1;B2;${E})`],
  ["Auszahlung", `=BUDGET.MONAT(${R};B1;B2;${E};WAHR())`],
  ["Zeitraum", `=BUDGET.ZEITRAUMBETRAG(${R};B1;B2;${E})`],
  ["Teilbudget EGH", `=BUDGET.TEILBUDGET(${R};B1;B2;"egh";${E})`],
  ["Teilbudget PK", `=BUDGET.TEILBUDGET(${R};B1;B2;"pk";${E})`],
  ["Sachleistung", 2500],
  ["Spielraum", "=BUDGET.OBERGRENZE(B3;B8)"],
  ["Status", "=BUDGET.OBERGRENZE_STATUS(B3;B8)"],
  ["Mindestlohn", "=BUDGET.MINDESTLOHN(B1)"],
  ["Minijob-Grenze", "=BUDGET.MINIJOBGRENZE(B1)"],
  ["KV allgemein", '=BUDGET.RECHENGROESSE("kvAllgemein";B1)'],
  ["Stunden/Monat", "=BUDGET.WOCHENSTUNDEN_MONAT(7,5)"],
  ["ohne Beleg", "=BUDGET.SACHKOSTEN_OHNE_BELEG(30)"],
  ["Summe Teilbudgets", "=SUMME(B6:B7)"],
  ["Monatsplan", `=BUDGET.MONATSPLAN(${R};B1;B2;${E})`],
];

function sheets() {
  return { Kostenplan: KOSTENPLAN.map((r) => [...r]), Einstellungen: EINSTELLUNGEN.map((r) => [...r]), Übersicht: UEBERSICHT.map((r) => [...r]) };
}

const direct = () => ({
  monat: f.monatsbudget(KOSTENPLAN, JAN_2026, DEC_2026, EINSTELLUNGEN),
  auszahlung: f.monatsbudget(KOSTENPLAN, JAN_2026, DEC_2026, EINSTELLUNGEN, true),
  zeitraum: f.zeitraumbetrag(KOSTENPLAN, JAN_2026, DEC_2026, EINSTELLUNGEN),
  egh: f.teilbudget(KOSTENPLAN, JAN_2026, DEC_2026, "egh", EINSTELLUNGEN),
  pk: f.teilbudget(KOSTENPLAN, JAN_2026, DEC_2026, "pk", EINSTELLUNGEN),
});

test("a realistic cost-plan sheet computes the same figures as the adapters", () => {
  const hf = build(sheets());
  const v = (a1: string) => hf.getCellValue(at(hf, "Übersicht", a1));
  const d = direct();
  expect(v("B3")).toBe(d.monat);
  expect(d.monat % 5).toBe(0); // rounded up to 5 € as set in the settings table
  expect(v("B4")).toBe(d.auszahlung);
  expect(d.auszahlung).toBe(d.monat - 50);
  expect(v("B5")).toBe(d.zeitraum);
  expect(v("B6")).toBe(d.egh);
  expect(v("B7")).toBe(d.pk);
  expect(v("B9")).toBe(f.obergrenze(d.monat, 2500));
  expect(v("B10")).toBe(f.obergrenzeStatus(d.monat, 2500));
  expect(v("B11")).toBe(13.9);
  expect(v("B12")).toBe(603);
  expect(v("B13")).toBe(14.6);
  expect(v("B14")).toBe(32.5);
  expect(v("B15")).toBe(4.5);
  expect(v("B16")).toBeCloseTo(d.egh + d.pk, 2);
  // the Teilbudgets add up to the rounded monthly budget (rounding difference allocated by largest remainder)
  expect(Math.round((d.egh + d.pk) * 100)).toBe(Math.round(d.monat * 100));
  hf.destroy();
});

test("MONATSPLAN spills one row per month (12 × 2)", () => {
  const hf = build(sheets());
  const sheet = hf.getSheetId("Übersicht")!;
  const spill = hf.getRangeValues({ start: { sheet, row: 16, col: 1 }, end: { sheet, row: 27, col: 2 } });
  expect(spill).toEqual(f.monatsplan(KOSTENPLAN, JAN_2026, DEC_2026, EINSTELLUNGEN));
  expect(spill[0][0]).toBe("01/2026");
  expect(spill[11][0]).toBe("12/2026");
  hf.destroy();
});

test("ZAHLUNGSPLAN spills one row per payment of the Zahlweise in the settings (quarterly: 4 × 2)", () => {
  const einstellungen = [...EINSTELLUNGEN.map((r) => [...r]), ["Auszahlung des Budgets", "vierteljährlich", "kostenplan.einstellungen.zahlweise"]];
  const hf = build({ ...sheets(), Einstellungen: einstellungen, Zahlungen: [[`=BUDGET.ZAHLUNGSPLAN(${R};Übersicht!B1;Übersicht!B2;Einstellungen!$A$1:$C$5)`]] });
  const sheet = hf.getSheetId("Zahlungen")!;
  const spill = hf.getRangeValues({ start: { sheet, row: 0, col: 0 }, end: { sheet, row: 3, col: 1 } });
  expect(spill).toEqual(f.zahlungsplan(KOSTENPLAN, JAN_2026, DEC_2026, einstellungen));
  expect(spill.map((r) => r[0])).toEqual(["01.01.2026", "01.04.2026", "01.07.2026", "01.10.2026"]);
  // the monthly budget is rounded (to 5 €): each quarter pays the monthly payment three times
  const payment = f.monatsbudget(KOSTENPLAN, JAN_2026, DEC_2026, einstellungen, true);
  expect(spill.map((r) => r[1])).toEqual([1, 2, 3, 4].map(() => Math.round(payment * 300) / 100));
  hf.destroy();
});

test("ARBEITGEBERKOSTEN: single value, and the breakdown spilled 15 × 2 ending with Gesamt", () => {
  const hf = build({
    Lohn: [
      [538, "minijob-privat", JAN_2026, "=BUDGET.ARBEITGEBERKOSTEN(A1;B1;C1)", "=BUDGET.ARBEITGEBERKOSTEN(A1;B1;C1;;WAHR())"],
      ["u1Prozent", 1.1, null, "=BUDGET.ARBEITGEBERKOSTEN(3000;\"sv-pflichtig\";\"01.01.2026\";A2:B3)"],
      ["u2Prozent", "0,24"],
    ],
  });
  const sheet = hf.getSheetId("Lohn")!;
  const single = hf.getCellValue({ sheet, row: 0, col: 3 });
  expect(single).toBe(f.arbeitgeberkosten(538, "minijob-privat", JAN_2026)[0][0]);
  const table = hf.getRangeValues({ start: { sheet, row: 0, col: 4 }, end: { sheet, row: 14, col: 5 } });
  expect(table).toEqual(f.arbeitgeberkosten(538, "minijob-privat", JAN_2026, OMITTED, true));
  expect(table[14]).toEqual(["Gesamt", single]);
  expect(hf.getCellValue({ sheet, row: 1, col: 3 })).toBe(f.arbeitgeberkosten(3000, "sv-pflichtig", JAN_2026, [["u1Prozent", 1.1], ["u2Prozent", "0,24"]])[0][0]);
  hf.destroy();
});

test("errors: #WERT! and #NV with the German message, propagation into dependent formulas", () => {
  const hf = build({
    S: [
      [538, "minijob", JAN_2026, "=BUDGET.ARBEITGEBERKOSTEN(A1;B1;C1)", "=D1*2"],
      [null, "minijob-privat", JAN_2026, "=BUDGET.ARBEITGEBERKOSTEN(A2;B2;C2)"],
      ["=BUDGET.MINDESTLOHN(\"01.01.2012\")", "=A3+1"],
      ["=BUDGET.OBERGRENZE(1/0;5000)", "=BUDGET.OBERGRENZE(NV();5000)"],
    ],
  });
  const sheet = hf.getSheetId("S")!;
  const err = (row: number, col: number) => hf.getCellValue({ sheet, row, col }) as InstanceType<typeof DetailedCellError>;
  expect(err(0, 3)).toBeInstanceOf(DetailedCellError);
  expect(err(0, 3).value).toBe("#WERT!");
  expect(err(0, 3).message).toContain("beschäftigungsart: „minijob“ ist unbekannt – erlaubt: minijob-privat");
  expect(err(0, 4).value).toBe("#WERT!"); // propagates
  expect(err(1, 3).value).toBe("#WERT!"); // empty cell (null, like Excel on the web) → "brutto ist leer"
  expect(err(1, 3).message).toContain("brutto ist leer");
  expect(err(2, 0).value).toBe("#NV");
  expect(err(2, 0).message).toContain("Für 2012 gibt es keine Rechengrößen");
  expect(err(2, 1).value).toBe("#NV");
  expect(err(3, 0).value).toBe("#DIV/0!"); // error arguments propagate without calling the function
  expect(err(3, 1).value).toBe("#NV");
  hf.destroy();
});

test("a bad cell in the cost plan → #WERT! naming the row; fixing it recalculates", () => {
  const hf = build(sheets());
  const preis = at(hf, "Kostenplan", "G4");
  const monat = at(hf, "Übersicht", "B3");
  const before = hf.getCellValue(monat);
  hf.setCellContents(preis, "teuer");
  const e = hf.getCellValue(monat) as InstanceType<typeof DetailedCellError>;
  expect(e.value).toBe("#WERT!");
  expect(e.message).toContain("kostenplan (Zelle G4 im Bereich, Spalte „Preis je Einheit“)");
  expect(e.message).toContain("„teuer“");
  expect((hf.getCellValue(at(hf, "Übersicht", "B9")) as InstanceType<typeof DetailedCellError>).value).toBe("#WERT!");
  hf.setCellContents(preis, 15.5);
  expect(hf.getCellValue(monat)).toBe(before);
  hf.destroy();
});

test("recalculation after edits: price, settings and dates", () => {
  const hf = build(sheets());
  const monat = at(hf, "Übersicht", "B3");
  hf.setCellContents(at(hf, "Kostenplan", "G2"), 16); // Tagesassistenz 14,50 → 16,00
  const rows = KOSTENPLAN.map((r) => [...r]);
  rows[1][6] = 16;
  expect(hf.getCellValue(monat)).toBe(f.monatsbudget(rows, JAN_2026, DEC_2026, EINSTELLUNGEN));
  hf.setCellContents(at(hf, "Einstellungen", "B2"), 50); // round the monthly budget to 50 €
  const settings = EINSTELLUNGEN.map((r) => [...r]);
  settings[1][1] = 50;
  const m = hf.getCellValue(monat) as number;
  expect(m).toBe(f.monatsbudget(rows, JAN_2026, DEC_2026, settings));
  expect(m % 50).toBe(0);
  expect(hf.getCellValue(at(hf, "Übersicht", "B9"))).toBe(f.obergrenze(m, 2500));
  hf.setCellContents(at(hf, "Übersicht", "B2"), 46203); // ende 2026-06-30: 6 months
  expect(hf.getCellValue(at(hf, "Übersicht", "B5"))).toBe(f.zeitraumbetrag(rows, JAN_2026, 46203, settings));
  hf.destroy();
});
