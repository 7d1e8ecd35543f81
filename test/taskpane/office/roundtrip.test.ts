/**
 * Round trip through the Office layer: insert the template, type a small real case like a user, read it back,
 * check it with the engine; findings name the sheet and cell, the plan equals the engine on the same JSON.
 */
import { evaluatePlan, parsePlan } from "../../../src/engine";
import { checkWorkbook, evaluateWorkbookPlan } from "../../../src/workbook/evaluate";
import { serial, setup, teardown, typeRows, typeSetting, type Setup } from "./helpers";
import { settingRow } from "../../../src/workbook/layout";

let s: Setup;
beforeEach(() => (s = setup({ workbookName: "Budget 2026.xlsx" })));
afterEach(teardown);

async function fillCase(): Promise<void> {
  await s.host.insertTemplate((await s.host.templateState()).blaetter);
  typeSetting(s.c, "zeitraum.beginn", serial("2026-01-01"));
  typeSetting(s.c, "zeitraum.ende", serial("2026-12-31"));
  typeSetting(s.c, "kostenplan.zeitraum.beginn", serial("2026-01-01"));
  typeSetting(s.c, "kostenplan.zeitraum.ende", serial("2026-12-31"));
  typeSetting(s.c, "kostenplan.obergrenzeMonat", 1500);
  typeRows(s.c, "tblTraeger", [{ id: "egh", name: "Eingliederungshilfe", obergrenzeMonat: 1500 }]);
  typeRows(s.c, "tblKostenplan", [
    { bezeichnung: "Tagesassistenz", art: "arbeitgeber", traeger: "egh", menge: 30, einheit: "stunde", je: "monat", preis: 14.5, beschaeftigung: "minijob-privat" },
    { bezeichnung: "Taxifahrten", art: "sachkosten", traeger: "egh", menge: 4, einheit: "fahrt", je: "monat", preis: 22.5 },
  ]);
  typeRows(s.c, "tblEinnahmen", [
    { datum: serial("2026-01-01"), art: "budget", traeger: "egh", betrag: 950 },
    { datum: serial("2026-02-01"), art: "budget", traeger: "egh", betrag: 950 },
  ]);
  typeRows(s.c, "tblAusgaben", [
    { datum: serial("2026-01-31"), leistungsmonat: serial("2026-01-01"), empfaenger: "M. Muster", position: "Tagesassistenz", betrag: 435, stunden: 30, beleg: "B-001" },
    // faulty: a position that is not in the plan
    { datum: serial("2026-02-03"), leistungsmonat: serial("2026-01-01"), empfaenger: "Taxi Schmidt", position: "Urlaubsreise", betrag: 90, beleg: "B-002" },
    { datum: serial("2026-02-28"), leistungsmonat: serial("2026-02-01"), empfaenger: "Taxi Schmidt", position: "Taxifahrten", betrag: 90, beleg: "B-003" },
  ]);
}

test("read(): undefined without the template (no error)", async () => {
  s.c.setValue("Tabelle1", "A1", "irgendwas");
  await expect(s.host.read()).resolves.toBeUndefined();
});

test("read() → JSON of the typed case; findings carry sheet and cell; the plan equals the engine's", async () => {
  await fillCase();
  const read = (await s.host.read())!;
  expect(read).toBeDefined();
  const json = read.json as any;
  expect(json.zeitraum).toEqual({ beginn: "2026-01-01", ende: "2026-12-31" });
  expect(json.kostenplan.positionen).toHaveLength(2);
  expect(json.kostenplan.positionen[0]).toMatchObject({ bezeichnung: "Tagesassistenz", menge: "30", preis: "14.5", je: "monat" });
  expect(json.kostenplan.traeger).toEqual([{ id: "egh", name: "Eingliederungshilfe", obergrenzeMonat: "1500" }]);
  expect(json.ausgaben[1]).toMatchObject({ datum: "2026-02-03", leistungsmonat: "2026-01", position: "Urlaubsreise", betrag: "90" });
  expect(json.regeln.reste).toBe("uebertrag-bis-monatsbudget");
  expect(read.cellOf("ausgaben", 2, "position")).toEqual({ blatt: "Ausgaben", zelle: "D3" });

  const check = checkWorkbook(read);
  if (!check.ok) throw new Error(check.message);
  const row2 = check.result.befunde.filter((b) => b.ort?.liste === "ausgaben" && b.ort?.zeile === 2);
  expect(row2.length).toBeGreaterThan(0);
  for (const b of row2) expect(b.ort).toMatchObject({ blatt: "Ausgaben", zelle: expect.stringMatching(/^[A-H]3$/) });
  expect(row2.some((b) => b.ort?.zelle === "D3")).toBe(true);

  // the same plan written as kostenplan/1 JSON by hand, computed by the engine directly
  const direct = evaluatePlan(
    parsePlan({
      format: "kostenplan/1",
      zeitraum: { beginn: "2026-01-01", ende: "2026-12-31" },
      obergrenzeMonat: "1500",
      traeger: [{ id: "egh", name: "Eingliederungshilfe", obergrenzeMonat: "1500" }],
      positionen: [
        { bezeichnung: "Tagesassistenz", art: "arbeitgeber", traeger: "egh", menge: "30", einheit: "stunde", je: "monat", preis: "14.50", beschaeftigung: "minijob-privat" },
        { bezeichnung: "Taxifahrten", art: "sachkosten", traeger: "egh", menge: "4", einheit: "fahrt", je: "monat", preis: "22.50" },
      ],
    }),
  );
  const plan = evaluateWorkbookPlan(read);
  if (!plan.ok) throw new Error(plan.message);
  expect(plan.result.monatsbudget.toFixed(2)).toBe(direct.monatsbudget.toFixed(2));
  expect(plan.result.monate).toBe(12);
  expect(plan.result.teilbudgets.map((t) => t.monatsbetrag.toFixed(2))).toEqual(direct.teilbudgets.map((t) => t.monatsbetrag.toFixed(2)));
});

test("a typed error in an amount is a finding at its cell", async () => {
  await fillCase();
  s.c.setValue("Ausgaben", "E4", "neunzig");
  const check = checkWorkbook((await s.host.read())!);
  if (!check.ok) throw new Error(check.message);
  const f = check.result.befunde.find((b) => b.regel === "ausgabe-betrag-ungueltig");
  expect(f?.schwere).toBe("fehler");
  expect(f?.ort).toMatchObject({ liste: "ausgaben", zeile: 3, feld: "betrag", blatt: "Ausgaben", zelle: "E4" });
});

test("the used range's offset: a sheet whose data starts at C5 is read at the right cells", async () => {
  s.c.reset({ sheets: ["Ausgaben"] });
  s.c.setValues("Ausgaben", "C5:E6", [
    ["Datum", "Position", "Betrag"],
    [serial("2026-03-01"), "Taxifahrten", 12.5],
  ]);
  const read = (await s.host.read())!;
  expect((read.json as any).ausgaben).toEqual([{ datum: "2026-03-01", position: "Taxifahrten", betrag: "12.5" }]);
  expect(read.cellOf("ausgaben", 1, "betrag")).toEqual({ blatt: "Ausgaben", zelle: "E6" });
});

describe("what is seen is what is checked, through Office.js", () => {
  test("hidden sheets, merged cells, rows below a table: findings naming sheet and cell", async () => {
    await fillCase();
    s.c.setVisibility("Beschäftigte", "VeryHidden");
    s.c.merge("Ausgaben", "C2:C3");
    s.c.setValues("Ausgaben", "A5003:E5003", [[serial("2026-03-03"), serial("2026-03-01"), "Taxi", "Taxifahrten", 1000]]);
    const check = checkWorkbook((await s.host.read())!);
    if (!check.ok) throw new Error(check.message);
    const by = (regel: string) => check.result.befunde.filter((b) => b.regel === regel);
    expect(by("blatt-ausgeblendet")[0].text).toContain("„Beschäftigte“ ist sehr ausgeblendet");
    expect(by("zellen-verbunden")[0].ort).toMatchObject({ blatt: "Ausgaben", zelle: "C2" });
    expect(by("zeile-ausserhalb-tabelle")[0].ort).toMatchObject({ blatt: "Ausgaben", zelle: "A5003" });
    expect(check.result.summen.ausgaben.toFixed(2)).toBe("615.00"); // 435 + 90 + 90: the row below the table is not counted
  });

  test("a workbook in the 1904 date system: dates read as Excel shows them", async () => {
    s.c.reset({ sheets: ["Tabelle1"], dateSystem: 1904 });
    await s.host.insertTemplate((await s.host.templateState()).blaetter);
    typeSetting(s.c, "kostenplan.zeitraum.beginn", serial("2026-01-01") - 1462);
    typeRows(s.c, "tblAusgaben", [{ datum: serial("2026-02-03") - 1462, position: "Taxifahrten", betrag: 10 }]);
    const json = (await s.host.read())!.json as any;
    expect(json.kostenplan.zeitraum.beginn).toBe("2026-01-01");
    expect(json.ausgaben[0].datum).toBe("2026-02-03");
  });

  test("a template sheet beyond the reader's limit is refused in German before its values are loaded", async () => {
    await fillCase();
    s.c.setValue("Ausgaben", "A100200", "Notiz");
    await expect(s.host.read()).rejects.toThrow(/Das Blatt „Ausgaben“ hat 100\.200 Zeilen – so große Arbeitsmappen werden nicht geprüft/);
  });

  test("a large sheet that is not part of the template is never loaded", async () => {
    await fillCase();
    s.c.setValues("Tabelle1", "A1:B3", [["Datum", "Text"], [1, "a"], [2, "b"]]);
    s.c.setValue("Tabelle1", "Z400000", "weit unten"); // loaded, this sheet would exceed both limits
    const read = (await s.host.read())!;
    expect((read.json as any).ausgaben).toHaveLength(3);
  });

  test("a reader input error reaches the pane as the German message with its cell", async () => {
    await fillCase();
    const t = "Einstellungen";
    s.c.setValue(t, `C${settingRow("kostenplan.eigenanteilMonat")}`, "eigenanteilmonat");
    await expect(s.host.read()).rejects.toMatchObject({
      message: expect.stringContaining(`Blatt „Einstellungen“, Zelle C${settingRow("kostenplan.eigenanteilMonat")}: Die Einstellung „eigenanteilmonat“ ist unbekannt – meinten Sie „kostenplan.eigenanteilMonat“?`),
      field: `Einstellungen!C${settingRow("kostenplan.eigenanteilMonat")}`,
    });
  });
});
