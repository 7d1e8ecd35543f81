/**
 * One way in: generated workbooks give the same figures on every path.
 *
 * Each run builds one workbook of the template, typed the ways people type: numbers, German texts ("1.500",
 * "22,50 €"), codes or their German words, yes/no words, a percent typed as "25 %" (0.25 with a percent
 * format), dates as serial numbers or German text, in the 1900 or the 1904 date system, Träger table or none,
 * sometimes a value nobody can read. The same cells are put
 * - into the fake Excel, read by the task pane's Office layer (three syncs);
 * - into an .xlsx file written by exceljs, read by the command line's reader;
 * - into the custom functions as Excel hands them over (ranges, empty cells as null on the web or 0 on the
 *   desktop, formats and value types read back through the invocation's addresses).
 * The plan result and the report result of the pane and the command line are equal (findings with sheet
 * and cell included); MONAT, ZEITRAUMBETRAG, TEILBUDGET and MONATSPLAN equal the plan result, or all paths fail.
 */
import "../support/custom-functions-shim";
import fc from "fast-check";
import type ExcelJS from "exceljs";
import * as fake from "../support/fake-excel";
import type { FakeCell, FakeExcelControl } from "../support/fake-excel";
import * as f from "../../src/functions/functions";
import { resetCellContext } from "../../src/functions/cell-context";
import { createOfficeHost } from "../../src/taskpane/office";
import { planResultJson, reportResultJson } from "../../src/engine";
import { serialOfDate } from "../../src/engine/values";
import { checkWorkbook, evaluateWorkbookPlan, type CheckOutcome, type PlanOutcome } from "../../src/workbook/evaluate";
import { SETTINGS, cellAddress, columnLetter, settingRow, tableBodyRows, tableDef } from "../../src/workbook/layout";
import { buildTemplate } from "../../src/workbook/xlsx-write";
import { readBack } from "../workbook/helpers";

type Cell = { v: string | number | boolean; fmt?: string };
type Row = Record<string, Cell>;
interface Case {
  dateSystem: 1900 | 1904;
  /** Empty cells as Excel on the desktop (0) or on the web (null) hands them to a function. */
  desktop: boolean;
  period: [string, string];
  dateAsText: boolean;
  positionen: Row[];
  settings: Row;
  traeger: Row[];
  ausgaben: Row[];
}

const c = (v: string | number | boolean, fmt?: string): Cell => (fmt ? { v, fmt } : { v });
const pick = <T>(...xs: T[]) => fc.constantFrom(...xs);
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

const money = pick(c(22.5), c("22,50 €"), c("1.234,50"), c("13.90"), c(38), c("1.500"), c(15.5, '#,##0.00 "€"'));
const menge = opt(pick(c(4), c("2,5"), c(30), c("1.000"), c(0.5)));
const richtung = opt(pick(c("auf"), c("aufrunden"), c("ab"), c("kaufmännisch"), c("kaufmaennisch")));
const traegerId = opt(pick(c("egh"), c("pk")));
const bad = pick(c("zwölf"), c("4 3 5"), c(true), c("1.23,4"));

const unitCost = fc.record({
  art: pick(c("sachkosten"), c("Sachkosten"), c("dienstleistung"), c("Dienstleistung (Auftragsmodell)")),
  menge,
  einheit: opt(pick(c("fahrt"), c("stunde"))),
  je: pick(c("monat"), c("Monat"), c("woche"), c("wöchentlich"), c("tag"), c("jahr")),
  preis: fc.oneof({ arbitrary: money, weight: 12 }, { arbitrary: bad, weight: 1 }),
  traeger: traegerId,
  "rundung.schritt": opt(pick(c(5), c(10), c("10"))),
  "rundung.richtung": richtung,
});
const pauschal = fc.record({
  art: pick(c("arbeitgeber"), c("Arbeitgebermodell (eigene Assistenz)")),
  menge: pick(c(20), c("12,5")),
  einheit: pick(c("stunde")),
  je: pick(c("monat"), c("woche")),
  preis: pick(c(14.5), c("15,00"), c(16)),
  beschaeftigung: pick(c("pauschal"), c("pauschaler Arbeitgeberanteil")),
  arbeitgeberanteilProzent: pick(c(25, '#,##0.00 "%"'), c(0.25, "0%"), c("25 %"), c("25"), c(0.3, "0.00%")),
  traeger: traegerId,
});
const minijob = fc.record({
  art: pick(c("arbeitgeber")),
  menge: pick(c(20), c(30), c("25")),
  einheit: pick(c("stunde")),
  je: pick(c("monat")),
  preis: pick(c(14.5), c("15,00"), c(13.9)),
  beschaeftigung: pick(c("minijob-privat"), c("Minijob im Privathaushalt"), c("Haushaltsscheck")),
  rvBefreit: opt(fc.oneof({ arbitrary: pick(c("j"), c("x"), c("ja"), c("nein"), c(true), c(false), c("WAHR")), weight: 10 }, { arbitrary: pick(c("yes")), weight: 1 })),
  traeger: traegerId,
});

/** A plan with Teilbudgets names a Träger on every position (a missing one is a finding tested elsewhere). */
function withTraegerEverywhere(k: Case): Case {
  if (k.traeger.length === 0 && !k.positionen.some((p) => p.traeger)) return k;
  return { ...k, positionen: k.positionen.map((p) => (p.traeger ? p : { ...p, traeger: c("egh") })) };
}

const caseArb: fc.Arbitrary<Case> = fc.record({
  dateSystem: pick<1900 | 1904>(1900, 1904),
  desktop: fc.boolean(),
  period: pick<[string, string]>(["2026-01-01", "2026-12-31"], ["2026-03-01", "2026-08-31"], ["2025-07-01", "2026-06-30"]),
  dateAsText: fc.boolean(),
  positionen: fc.array(fc.oneof(unitCost, pauschal, minijob), { minLength: 1, maxLength: 4 }).map((ps) => ps.map((p, i) => ({ bezeichnung: c(`Position ${i + 1}`), ...clean(p) }))),
  settings: fc.record({
    "kostenplan.einstellungen.rundung.monat.schritt": opt(pick(c(5), c(10))),
    "kostenplan.einstellungen.rundung.monat.richtung": richtung,
    "kostenplan.eigenanteilMonat": opt(pick(c(50), c("50,00 €"), c("1.000"))),
    "kostenplan.obergrenzeMonat": opt(pick(c(2000), c("2.000"), c("950,5"))),
    "kostenplan.einstellungen.sachsen": opt(pick(c("j"), c("n"), c(false))),
  }).map(clean),
  traeger: pick<Row[]>(
    [],
    [{ id: c("egh"), name: c("Eingliederungshilfe"), obergrenzeMonat: c(1500) }],
    [
      { id: c("egh"), name: c("Eingliederungshilfe"), obergrenzeMonat: c("1.500") },
      { id: c("pk"), name: c("Pflegekasse") },
    ],
  ),
  ausgaben: fc.array(
    fc.record({
      datum: pick(c("2026-04-30"), c("30.04.2026")),
      leistungsmonat: pick(c("04/2026"), c("2026-04")),
      empfaenger: pick(c("Taxi"), c("M. Muster")),
      position: pick(c("Position 1"), c("Position 2"), c("Urlaub")),
      betrag: fc.oneof(money, pick(c("−12,50"), c(0))),
      beleg: opt(pick(c("B-1"), c(7))),
    }).map(clean),
    { maxLength: 3 },
  ),
}).map(withTraegerEverywhere);

function clean<T extends Record<string, Cell | undefined>>(r: T): Row {
  return Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as Row;
}

/** Every cell of the case: sheet, A1 address, value, number format. */
function cellsOf(k: Case): { sheet: string; address: string; cell: Cell }[] {
  const out: { sheet: string; address: string; cell: Cell }[] = [];
  const date = (iso: string): Cell => {
    if (k.dateAsText) return c(`${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`);
    const [y, m, d] = iso.split("-").map(Number);
    return c(serialOfDate({ y, m, d }, k.dateSystem), "dd.mm.yyyy");
  };
  const rows = (table: string, list: Row[]) => {
    const t = tableDef(table);
    list.forEach((row, i) =>
      t.columns.forEach((col, j) => {
        const cell = row[col.key];
        if (cell) out.push({ sheet: t.sheet, address: cellAddress(t, j, t.headerRow + 1 + i), cell });
      }),
    );
  };
  const settings = tableDef("tblEinstellungen");
  const wert = columnLetter(settings.firstCol + settings.columns.findIndex((x) => x.key === "wert"));
  const setting = (key: string, cell: Cell) => out.push({ sheet: settings.sheet, address: `${wert}${settingRow(key)}`, cell });
  setting("kostenplan.zeitraum.beginn", date(k.period[0]));
  setting("kostenplan.zeitraum.ende", date(k.period[1]));
  setting("zeitraum.beginn", date("2026-01-01"));
  setting("zeitraum.ende", date("2026-06-30"));
  for (const [key, cell] of Object.entries(k.settings)) setting(key, cell);
  rows("tblKostenplan", k.positionen);
  rows("tblTraeger", k.traeger);
  rows("tblAusgaben", k.ausgaben);
  return out;
}

async function inFakeExcel(k: Case): Promise<{ control: FakeExcelControl; host: ReturnType<typeof createOfficeHost> }> {
  const fx = fake.install(globalThis, { dateSystem: k.dateSystem });
  const host = createOfficeHost();
  await host.insertTemplate((await host.templateState()).blaetter);
  for (const { sheet, address, cell } of cellsOf(k)) {
    fx.control.setValue(sheet, address, cell.v as FakeCell);
    if (cell.fmt) fx.control.setNumberFormat(sheet, address, cell.fmt);
  }
  return { control: fx.control, host };
}

function inFile(k: Case): ExcelJS.Workbook {
  const wb = buildTemplate();
  wb.properties.date1904 = k.dateSystem === 1904;
  for (const { sheet, address, cell } of cellsOf(k)) {
    const x = wb.getWorksheet(sheet)!.getCell(address);
    x.value = cell.v;
    if (cell.fmt) x.numFmt = cell.fmt;
  }
  return wb;
}

/** A table's full range (tblX[#All]) and its address, as a custom function receives them. */
function tableArg(control: FakeExcelControl, name: string, desktop: boolean): { values: unknown[][]; address: string } {
  const t = tableDef(name);
  const last = t.headerRow + tableBodyRows(t);
  const ref = `${cellAddress(t, 0, t.headerRow)}:${cellAddress(t, t.columns.length - 1, last)}`;
  const values = control.getValues(t.sheet, ref).map((r) => r.map((v) => (v === "" ? (desktop ? 0 : null) : v)));
  return { values, address: `${t.sheet}!${ref}` };
}

type FnResult = { ok: true; value: unknown } | { ok: false; code: string; message: string };

async function call(run: () => unknown): Promise<FnResult> {
  try {
    return { ok: true, value: await run() };
  } catch (e) {
    if (!(e instanceof CustomFunctions.Error)) throw e;
    return { ok: false, code: (e as { code: string }).code, message: (e as unknown as Error).message };
  }
}

function normalise(o: PlanOutcome | CheckOutcome, json: (r: never) => unknown): unknown {
  return o.ok ? { ok: true, result: json(o.result as never) } : o;
}

const money2 = (s: string) => Math.round(Number(s) * 100) / 100;

test("pane, command line and custom functions give the same plan and report result", async () => {
  const seen = { computed: 0, broken: 0, percentFormat: 0, desktop: 0, dates1904: 0 };
  await fc.assert(
    fc.asyncProperty(caseArb, async (k) => {
      resetCellContext();
      const { control, host } = await inFakeExcel(k);
      try {
        const paneRead = await host.read();
        const cliRead = await readBack(inFile(k));
        if (!paneRead) throw new Error("no template read");

        const pane = evaluateWorkbookPlan(paneRead);
        const cli = evaluateWorkbookPlan(cliRead);
        expect(normalise(pane, planResultJson)).toEqual(normalise(cli, planResultJson));
        expect(normalise(checkWorkbook(paneRead), reportResultJson)).toEqual(normalise(checkWorkbook(cliRead), reportResultJson));

        const plan = tableArg(control, "tblKostenplan", k.desktop);
        const settings = tableArg(control, "tblEinstellungen", k.desktop);
        const traeger = tableArg(control, "tblTraeger", k.desktop);
        const wert = columnLetter(tableDef("tblEinstellungen").firstCol + 1);
        const at = (key: string) => `Einstellungen!${wert}${settingRow(key)}`;
        const beginn = control.getValue("Einstellungen", at("kostenplan.zeitraum.beginn").split("!")[1]);
        const ende = control.getValue("Einstellungen", at("kostenplan.zeitraum.ende").split("!")[1]);
        const addresses = [plan.address, at("kostenplan.zeitraum.beginn"), at("kostenplan.zeitraum.ende"), settings.address];
        const inv = (extra: string[]) => ({ parameterAddresses: [...addresses, ...extra] }) as unknown as CustomFunctions.Invocation;
        const monat = await call(() => f.monatsbudget(plan.values, beginn, ende, settings.values, null, traeger.values, inv(["", traeger.address])));
        const zeitraum = await call(() => f.zeitraumbetrag(plan.values, beginn, ende, settings.values, traeger.values, inv([traeger.address])));
        const schedule = await call(() => f.monatsplan(plan.values, beginn, ende, settings.values, traeger.values, inv([traeger.address])));

        const result = pane.ok ? (planResultJson(pane.result) as { monatsbudget: string; summeZeitraum: string; monatsplan: { betrag: string }[]; teilbudgets: { traeger: string; monatsbetrag: string }[] }) : undefined;
        const broken = !pane.ok || pane.result.befunde.some((b) => b.schwere === "fehler" && !b.begruendung);
        if (broken) {
          seen.broken++;
          for (const r of [monat, zeitraum, schedule]) expect(r.ok).toBe(false);
          if (!pane.ok && pane.fehlend) expect(monat).toMatchObject({ code: "#N/A" });
          return;
        }
        seen.computed++;
        if (k.positionen.some((p) => p.arbeitgeberanteilProzent?.fmt?.endsWith("%"))) seen.percentFormat++;
        if (k.desktop) seen.desktop++;
        if (k.dateSystem === 1904 && !k.dateAsText) seen.dates1904++;
        expect(monat).toEqual({ ok: true, value: money2(result!.monatsbudget) });
        expect(zeitraum).toEqual({ ok: true, value: money2(result!.summeZeitraum) });
        expect((schedule as { value: unknown[][] }).value.map((r) => r[1])).toEqual(result!.monatsplan.map((m) => money2(m.betrag)));
        for (const t of result!.teilbudgets) {
          const tbInv = { parameterAddresses: [plan.address, addresses[1], addresses[2], "", settings.address, traeger.address] } as unknown as CustomFunctions.Invocation;
          const tb = await call(() => f.teilbudget(plan.values, beginn, ende, t.traeger, settings.values, traeger.values, tbInv));
          expect(tb).toEqual({ ok: true, value: money2(t.monatsbetrag) });
        }
      } finally {
        fake.uninstall(globalThis);
      }
    }),
    // a fixed seed, so the guards below (how many cases were computed, broken, …) never turn red by chance on
    // one run; FC_SEED=<n> explores other cases (fast-check names the seed of a failing run)
    { numRuns: 30, seed: Number(process.env.FC_SEED ?? 20261202) },
  );
  // the comparison is not vacuous: plans were computed and broken ones refused, with the hard cases among them
  expect(seen.computed).toBeGreaterThan(10);
  expect(seen.broken).toBeGreaterThan(2);
  expect(Math.min(seen.percentFormat, seen.desktop, seen.dates1904)).toBeGreaterThan(0);
}, 120000);

test("the settings table's keys are the layout's (so the generator above covers what a user can type)", () => {
  expect(SETTINGS.map((s) => s.key)).toEqual(expect.arrayContaining(["kostenplan.eigenanteilMonat", "kostenplan.obergrenzeMonat", "kostenplan.einstellungen.sachsen"]));
});
