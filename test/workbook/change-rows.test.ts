/** Changes entered as rows of their own („Gültig ab“) reach the engine as `aenderungen`, on the one way in. */
import { gridToJson, type GridSheet, type GridTable } from "../../src/workbook/grid-read";
import { evaluateWorkbookPlan, checkWorkbook } from "../../src/workbook/evaluate";
import { SETTINGS, tableDef } from "../../src/workbook/layout";
import { planResultJson } from "../../src/engine";

type Obj = Record<string, unknown>;

/** A sheet holding one template table (headers from the layout) with rows given by JSON key. */
function tableSheet(table: string, rows: Obj[]): GridSheet {
  const t = tableDef(table);
  const cells = new Map<string, unknown>();
  t.columns.forEach((c, j) => cells.set(`${t.headerRow}:${t.firstCol + j}`, c.header));
  rows.forEach((row, i) => t.columns.forEach((c, j) => row[c.key] !== undefined && cells.set(`${t.headerRow + 1 + i}:${t.firstCol + j}`, row[c.key])));
  const tables: GridTable[] = [{ name: t.name, r1: t.headerRow, c1: t.firstCol, r2: t.headerRow + Math.max(rows.length, 1), c2: t.firstCol + t.columns.length - 1, totalsRow: false }];
  return { name: t.sheet, rowCount: t.headerRow + rows.length, columnCount: t.firstCol + t.columns.length, value: (r, c) => (cells.get(`${r}:${c}`) ?? null) as never, numFmt: () => undefined, tables };
}

function settingsSheet(values: Record<string, unknown>): GridSheet {
  return tableSheet(
    "tblEinstellungen",
    Object.entries(values).map(([schluessel, wert]) => ({ bezeichnung: SETTINGS.find((s) => s.key === schluessel)!.label, wert, schluessel })),
  );
}

const PERIOD = { "kostenplan.zeitraum.beginn": "01.12.2026", "kostenplan.zeitraum.ende": "30.11.2027" };
const ASSISTENZ = { bezeichnung: "Tagesassistenz", art: "arbeitgeber", menge: 125, einheit: "Stunde", je: "monat", preis: 14, beschaeftigung: "pauschal", arbeitgeberanteilProzent: 0 };

function read(positionen: Obj[], extra: GridSheet[] = []) {
  return gridToJson({ name: "test.xlsx", dateSystem: 1900, sheets: [settingsSheet(PERIOD), tableSheet("tblKostenplan", positionen), ...extra] });
}

describe("a change row of a position", () => {
  test("a copied row with „Gültig ab“ and a new price becomes the position's change; the months follow it", () => {
    const r = read([ASSISTENZ, { ...ASSISTENZ, ab: "01.01.2027", preis: "14,60" }, { bezeichnung: "Fahrdienst", art: "sachkosten", menge: 4, je: "monat", preis: 25, von: "01.03.2027" }]);
    const positionen = (r.json as { kostenplan: { positionen: Obj[] } }).kostenplan.positionen;
    expect(positionen).toHaveLength(2);
    expect(positionen[0].aenderungen).toEqual([{ ab: "2027-01-01", menge: "125", preis: "14.6", arbeitgeberanteilProzent: "0" }]);
    expect(positionen[1].von).toBe("2027-03-01");
    const out = evaluateWorkbookPlan(r);
    if (!out.ok) throw new Error(out.message);
    const months = planResultJson(out.result).monatsplan.map((m) => m.betrag);
    // 125 h × 14.00 = 1,750.00 in December; × 14.60 = 1,825.00 from January; + 100.00 Fahrdienst from March
    expect(months.slice(0, 4)).toEqual(["1750.00", "1825.00", "1825.00", "1925.00"]);
    // the second position keeps its row number and cell
    expect(r.cellOf("positionen", 2, "preis")).toEqual({ blatt: "Kostenplan", zelle: "J4" });
    expect(r.locate("kostenplan.positionen[1].aenderungen[1].preis")).toEqual({ blatt: "Kostenplan", zelle: "J3" });
    expect(r.locate("positionen[1].aenderungen[1]")).toEqual({ blatt: "Kostenplan", zelle: "B3" });
  });

  test("an unreadable change names its own cell", () => {
    const out = evaluateWorkbookPlan(read([ASSISTENZ, { bezeichnung: "Tagesassistenz", ab: "01.01.2027", preis: "viel" }]));
    expect(out).toMatchObject({ ok: false, ort: { blatt: "Kostenplan", zelle: "J3" } });
    expect(out.ok || out.message).toMatch(/^Blatt „Kostenplan“, Zelle J3: .*„viel“/);
  });

  test("a change row without the row it changes, and a change of what cannot change, are errors naming the cell", () => {
    expect(() => read([{ ...ASSISTENZ, ab: "01.01.2027" }])).toThrow(/^Blatt „Kostenplan“, Zelle B2: Diese Zeile ändert ab 01\.01\.2027 die Position „Tagesassistenz“, die darüber nicht steht/);
    expect(() => read([ASSISTENZ, { ...ASSISTENZ, ab: "01.01.2027", je: "woche" }])).toThrow(/^Blatt „Kostenplan“, Zelle I3: „je“ kann sich in einer Änderung nicht ändern/);
    expect(() => read([ASSISTENZ, { ab: "01.01.2027", preis: 15 }])).toThrow(/Zelle B3: Eine Zeile mit „Gültig ab“ braucht die Bezeichnung/);
  });

  test("a change row that lost its date is named as such, not as a position without Art", () => {
    expect(() => read([ASSISTENZ, { bezeichnung: "Tagesassistenz", preis: "14,60" }])).toThrow(
      /^Blatt „Kostenplan“, Zelle B3: Diese Zeile hat dieselbe Bezeichnung wie eine Zeile darüber, aber kein Datum „Gültig ab“/,
    );
  });

  test("the same name twice without „Gültig ab“ is still the engine's duplicate finding", () => {
    const out = evaluateWorkbookPlan(read([ASSISTENZ, ASSISTENZ]));
    if (!out.ok) throw new Error(out.message);
    expect(out.result.befunde.filter((b) => b.regel === "bezeichnung-doppelt")).toMatchObject([{ schwere: "fehler", ort: { liste: "positionen", zeile: 2 } }]);
  });
});

describe("a wage change row of an employee", () => {
  test("folds into the employee's changes; the Mindestlohn check follows it", () => {
    const settings = settingsSheet({ ...PERIOD, "zeitraum.beginn": "01.12.2026", "zeitraum.ende": "28.02.2027" });
    const ausgaben = [1, 2, 3].map((k) => {
      const [y, m] = k === 1 ? [2026, 12] : [2027, k - 1];
      return { datum: `28.${String(m).padStart(2, "0")}.${y}`, leistungsmonat: `${String(m).padStart(2, "0")}.${y}`, empfaenger: "A. Beispiel", position: "Tagesassistenz", betrag: 420, stunden: 30, beleg: `L-${k}` };
    });
    const book = (wage: Obj[]) =>
      gridToJson({
        name: "t.xlsx",
        dateSystem: 1900,
        sheets: [
          settings,
          tableSheet("tblKostenplan", [{ ...ASSISTENZ, menge: 30, preis: 14.6 }]),
          tableSheet("tblBeschaeftigte", [{ name: "A. Beispiel", beschaeftigung: "minijob-privat", stundenlohn: 13.9 }, ...wage]),
          tableSheet("tblEinnahmen", [{ datum: "01.12.2026", art: "budget", betrag: 1314 }]),
          tableSheet("tblAusgaben", ausgaben),
        ],
      });
    const raised = book([{ name: "a. beispiel", ab: "01.01.2027", stundenlohn: "14,60" }]);
    expect((raised.json as { beschaeftigte: Obj[] }).beschaeftigte).toEqual([
      { name: "A. Beispiel", beschaeftigung: "minijob-privat", stundenlohn: "13.9", aenderungen: [{ ab: "2027-01-01", stundenlohn: "14.6" }] },
    ]);
    const ok = checkWorkbook(raised);
    if (!ok.ok) throw new Error(ok.message);
    expect(ok.result.befunde.filter((b) => b.regel === "mindestlohn-unterschritten")).toEqual([]);
    const none = checkWorkbook(book([]));
    if (!none.ok) throw new Error(none.message);
    expect(none.result.befunde.filter((b) => b.regel === "mindestlohn-unterschritten").map((b) => b.ort?.zelle)).toEqual(["A3", "A4"]);
    const bad = checkWorkbook(book([{ name: "A. Beispiel", ab: "01.01.2027", stundenlohn: "viel" }]));
    if (!bad.ok) throw new Error(bad.message);
    expect(bad.result.befunde.find((b) => b.regel === "lohnaenderung-stundenlohn-ungueltig")?.ort).toMatchObject({ blatt: "Beschäftigte", zelle: "C3" });
  });
});
