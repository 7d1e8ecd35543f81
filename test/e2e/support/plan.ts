/**
 * The plan a user types into the inserted template in the Excel scenarios, as cell writes (what Excel
 * holds after typing: numbers, date serials, text), plus the same case as verwendungsnachweis/1 JSON for
 * the independent expectation (the engine in node, not the task pane's cell reader).
 *
 * Hand-computed: Assistenz 20 Stunden × 35,00 € = 700,00 €/Monat, Taxi 4 Fahrten × 22,50 € = 90,00 €/Monat
 * → Monatsbudget 790,00 €, 6 Monate (01.01.–30.06.2026) → 4.740,00 € im Zeitraum.
 * Ausgaben row 3 is booked to „Fahrdienst“, which is not in the plan: a `fehler` finding on that row.
 */
import { SETTINGS_COLUMNS, cellAddress, settingRow, tableDef, type TableDef } from "../../../src/workbook/layout";

export interface CellWrite {
  sheet: string;
  address: string;
  value: string | number;
}

/** Excel's date serial (1900 system) of an ISO date. */
export function excelSerial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
}

function rowWrites(t: TableDef, rows: Record<string, string | number>[]): CellWrite[] {
  const out: CellWrite[] = [];
  rows.forEach((row, i) => {
    for (const [key, value] of Object.entries(row)) {
      const col = t.columns.findIndex((c) => c.key === key);
      if (col < 0) throw new Error(`${t.name}: no column ${key}`);
      out.push({ sheet: t.sheet, address: cellAddress(t, col, t.headerRow + 1 + i), value });
    }
  });
  return out;
}

const settings = tableDef("tblEinstellungen");
const wertCol = SETTINGS_COLUMNS.findIndex((c) => c.key === "wert");
const setting = (key: string, value: string | number): CellWrite => ({
  sheet: settings.sheet,
  address: cellAddress(settings, wertCol, settingRow(key)),
  value,
});

export const PLAN = {
  bewilligung: { beginn: "2026-01-01", ende: "2026-06-30" },
  nachweis: { beginn: "2026-01-01", ende: "2026-03-31" },
  traeger: [{ id: "egh", name: "Eingliederungshilfe Testkreis", obergrenzeMonat: 1500 }],
  positionen: [
    { bezeichnung: "Assistenz", art: "dienstleistung", traeger: "egh", menge: 20, einheit: "Stunde", je: "monat", preis: 35 },
    { bezeichnung: "Taxi", art: "sachkosten", traeger: "egh", menge: 4, einheit: "Fahrt", je: "monat", preis: 22.5 },
  ],
  einnahmen: [
    { datum: "2026-01-02", art: "budget", traeger: "egh", betrag: 790 },
    { datum: "2026-02-02", art: "budget", traeger: "egh", betrag: 790 },
    { datum: "2026-03-02", art: "budget", traeger: "egh", betrag: 790 },
  ],
  ausgaben: [
    { datum: "2026-01-31", leistungsmonat: "2026-01", empfaenger: "Assistenzdienst Müller", position: "Assistenz", betrag: 700, stunden: 20, beleg: "R-01" },
    { datum: "2026-02-10", leistungsmonat: "2026-02", empfaenger: "Taxi Schmidt", position: "Fahrdienst", betrag: 45, beleg: "Q-17" },
  ],
} as const;

/** Row of the faulty Ausgabe (1-based sheet row: header in row 1, data from row 2). */
export const FAULTY_AUSGABE_ROW = tableDef("tblAusgaben").headerRow + 2;
export const MONATSBUDGET_TEXT = "790,00 €";

/** What the user types, cell by cell (dates as serials, as Excel stores them). */
export function planWrites(): CellWrite[] {
  const month = (ym: string) => excelSerial(`${ym}-01`);
  return [
    setting("kostenplan.zeitraum.beginn", excelSerial(PLAN.bewilligung.beginn)),
    setting("kostenplan.zeitraum.ende", excelSerial(PLAN.bewilligung.ende)),
    setting("zeitraum.beginn", excelSerial(PLAN.nachweis.beginn)),
    setting("zeitraum.ende", excelSerial(PLAN.nachweis.ende)),
    ...rowWrites(tableDef("tblTraeger"), PLAN.traeger.map((t) => ({ ...t }))),
    ...rowWrites(tableDef("tblKostenplan"), PLAN.positionen.map((p) => ({ ...p }))),
    ...rowWrites(tableDef("tblEinnahmen"), PLAN.einnahmen.map((e) => ({ ...e, datum: excelSerial(e.datum) }))),
    ...rowWrites(
      tableDef("tblAusgaben"),
      PLAN.ausgaben.map((a) => ({ ...a, datum: excelSerial(a.datum), leistungsmonat: month(a.leistungsmonat) })),
    ),
  ];
}

/** The same case as verwendungsnachweis/1 JSON (amounts as decimal strings). */
export function planJson(): Record<string, unknown> {
  const str = (o: Record<string, string | number>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, String(v)]));
  return {
    format: "verwendungsnachweis/1",
    zeitraum: { ...PLAN.nachweis },
    kostenplan: {
      format: "kostenplan/1",
      zeitraum: { ...PLAN.bewilligung },
      traeger: PLAN.traeger.map((t) => str({ ...t })),
      positionen: PLAN.positionen.map((p) => str({ ...p })),
    },
    einnahmen: PLAN.einnahmen.map((e) => str({ ...e })),
    ausgaben: PLAN.ausgaben.map((a) => str({ ...a })),
  };
}

/**
 * A raise typed as a change row below the plan: „Assistenz“ again, „Gültig ab“ 01.04.2026, Preis 40,00 €.
 * Hand-computed: from April 20 × 40,00 + 90,00 = 890,00 €/Monat (January to March stay at 790,00 €).
 */
export const CHANGE = { ab: "2026-04-01", preis: 40, monatAb: "04/2026", vorher: "790,00 €", nachher: "890,00 €" } as const;

export function changeWrites(): CellWrite[] {
  const t = tableDef("tblKostenplan");
  const row = PLAN.positionen.length; // the row below the plan's positions (0-based data row)
  const cell = (key: string, value: string | number): CellWrite => ({ sheet: t.sheet, address: cellAddress(t, t.columns.findIndex((c) => c.key === key), t.headerRow + 1 + row), value });
  return [cell("bezeichnung", "Assistenz"), cell("ab", excelSerial(CHANGE.ab)), cell("preis", CHANGE.preis)];
}
