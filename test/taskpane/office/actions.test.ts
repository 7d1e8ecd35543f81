/** writeSummary, prepareSubmission, writeSettings, select, errors in German, onChange. */
import { SETTINGS, SUMMARY_ROWS, settingRow, summaryRow } from "../../../src/workbook/layout";
import { HostError } from "../../../src/taskpane/host/types";
import { MESSAGES } from "../../../src/taskpane/office/errors";
import { isBudgetFormula } from "../../../src/taskpane/office/submission";
import { serial, setup, teardown, type Setup } from "./helpers";

let s: Setup;
beforeEach(async () => {
  s = setup();
  await s.host.insertTemplate((await s.host.templateState()).blaetter);
});
afterEach(teardown);

const B = (key: string) => `B${summaryRow(key)}`;

describe("writeSummary", () => {
  test("writes only rows without a formula, by the layout's row order", async () => {
    const formulasBefore = s.c.getFormulas("Übersicht", `B3:B${2 + SUMMARY_ROWS.length}`);
    await s.host.writeSummary({ uebertrag: 120.5, rueckforderung: 0, fehler: 2, warnung: 1, einnahmen: 999, monatsbudget: 777 });
    expect(s.c.getValue("Übersicht", B("uebertrag"))).toBe(120.5);
    expect(s.c.getValue("Übersicht", B("rueckforderung"))).toBe(0);
    expect(s.c.getValue("Übersicht", B("fehler"))).toBe(2);
    expect(s.c.getValue("Übersicht", B("warnung"))).toBe(1);
    expect(s.c.getFormulas("Übersicht", B("einnahmen"))[0][0]).toBe("=SUM(tblEinnahmen[Betrag])");
    expect(s.c.getFormulas("Übersicht", B("monatsbudget"))[0][0]).toMatch(/^=BUDGET\.MONAT\(/);
    const after = s.c.getFormulas("Übersicht", `B3:B${2 + SUMMARY_ROWS.length}`);
    SUMMARY_ROWS.forEach((r, k) => {
      if (r.formula) expect(after[k][0]).toBe(formulasBefore[k][0]);
    });
  });

  test("follows the workbook name when the sheet was renamed", async () => {
    s.c.renameSheet("Übersicht", "Zusammenfassung");
    await s.host.writeSummary({ hinweis: 4 });
    expect(s.c.getValue("Zusammenfassung", B("hinweis"))).toBe(4);
  });

  test("without the summary: a German HostError", async () => {
    s.c.deleteSheet("Übersicht");
    await expect(s.host.writeSummary({ fehler: 1 })).rejects.toThrow(new HostError("Die Übersicht fehlt – bitte Vorlage einfügen."));
    s.c.reset();
    await expect(s.host.writeSummary({ fehler: 1 })).rejects.toThrow("Die Übersicht fehlt – bitte Vorlage einfügen.");
  });
});

describe("prepareSubmission", () => {
  test("copies with BUDGET formulas replaced by their values (a spilled one too); originals untouched", async () => {
    s.c.setFormulaResult("Übersicht", B("monatsbudget"), 612.5);
    s.c.setFormulaResult("Übersicht", B("auszahlung"), 612.5);
    s.c.setFormulaResult("Übersicht", B("zeitraumbetrag"), 7350);
    s.c.setFormulaResult("Übersicht", B("obergrenzeStatus"), "eingehalten");
    s.c.setFormulaResult("Übersicht", B("einnahmen"), 0);
    // a user's spilled BUDGET formula on the Kostenplan sheet, and a spilled non-BUDGET one next to it
    s.c.setValue("Kostenplan", "AJ2", '=BUDGET.MONATSPLAN(tblKostenplan[#All],"2026-01-01","2026-03-31",tblEinstellungen[#All])');
    s.c.setFormulaResult("Kostenplan", "AJ2", [["2026-01", 600], ["2026-02", 610], ["2026-03", 620]]);
    s.c.setValue("Kostenplan", "AM2", "=SEQUENCE(3)");
    s.c.setFormulaResult("Kostenplan", "AM2", [[1], [2], [3]]);
    const originals = s.c.getFormulas("Übersicht", "A1:B20");

    const r = await s.host.prepareSubmission();
    expect(r.blaetter).toEqual(["Übersicht (Abgabe)", "Fall (Abgabe)", "Einstellungen (Abgabe)", "Kostenplan (Abgabe)", "Einnahmen (Abgabe)", "Beschäftigte (Abgabe)", "Ausgaben (Abgabe)"]);
    expect(r.ersetzt).toBe(5);
    expect(s.c.sheetNames().slice(-7)).toEqual(r.blaetter);

    const copy = "Übersicht (Abgabe)";
    expect(s.c.getFormulas(copy, B("monatsbudget"))[0][0]).toBe(612.5);
    expect(s.c.getFormulas(copy, B("obergrenzeStatus"))[0][0]).toBe("eingehalten");
    expect(s.c.getFormulas(copy, B("einnahmen"))[0][0]).toBe("=SUM(tblEinnahmen[Betrag])"); // Excel's own formulas stay
    expect(s.c.getFormulas("Kostenplan (Abgabe)", "AJ2:AK4")).toEqual([["2026-01", 600], ["2026-02", 610], ["2026-03", 620]]);
    expect(s.c.getFormulas("Kostenplan (Abgabe)", "AM2")[0][0]).toBe("=SEQUENCE(3)");
    expect(s.c.getValues("Kostenplan (Abgabe)", "AM2:AM4")).toEqual([[1], [2], [3]]);

    expect(s.c.getFormulas("Übersicht", "A1:B20")).toEqual(originals);
    expect(s.c.getFormulas("Kostenplan", "AJ2")[0][0]).toMatch(/^=BUDGET\.MONATSPLAN/);

    const again = await s.host.prepareSubmission();
    expect(again.blaetter[0]).toBe("Übersicht (Abgabe 2)");
  });

  test("a BUDGET value still computing: nothing is copied", async () => {
    s.c.setFormulaResult("Übersicht", B("monatsbudget"), "#BUSY!");
    const before = s.c.sheetNames();
    await expect(s.host.prepareSubmission()).rejects.toThrow(/rechnet die BUDGET-Formeln noch/);
    expect(s.c.sheetNames()).toEqual(before);
  });

  test("which formulas count as BUDGET formulas", () => {
    expect(isBudgetFormula("=BUDGET.MONAT(A1)")).toBe(true);
    expect(isBudgetFormula("=ROUND(budget.monat(A1),2)")).toBe(true);
    expect(isBudgetFormula("=_xldudf_BUDGET_MONAT(A1)")).toBe(true);
    expect(isBudgetFormula('=A1&"BUDGET.MONAT"')).toBe(false);
    expect(isBudgetFormula("=MYBUDGET.X(1)")).toBe(false);
    expect(isBudgetFormula("=SUM(BUDGET_2026)")).toBe(false);
    expect(isBudgetFormula("BUDGET.MONAT")).toBe(false);
  });
});

describe("writeSettings", () => {
  test("writes each key's Wert cell, found by the Schlüssel column", async () => {
    await s.host.writeSettings({
      "zeitraum.beginn": "2026-01-01",
      "regeln.reste": "rueckforderung",
      "kostenplan.obergrenzeMonat": "1500,50",
      "regeln.schlussnachweis": true,
      "regeln.belegPflichtAb": null,
    });
    expect(s.c.getValue("Einstellungen", `B${settingRow("zeitraum.beginn")}`)).toBe(serial("2026-01-01"));
    expect(s.c.getValue("Einstellungen", `B${settingRow("regeln.reste")}`)).toBe("Rückforderung des gesamten Rests"); // the dropdown's German word
    expect(s.c.getValue("Einstellungen", `B${settingRow("kostenplan.obergrenzeMonat")}`)).toBe(1500.5);
    expect(s.c.getValue("Einstellungen", `B${settingRow("regeln.schlussnachweis")}`)).toBe("ja");
    expect(s.c.getValue("Einstellungen", `B${settingRow("regeln.belegPflichtAb")}`)).toBe("");
    const read = (await s.host.read())!;
    expect((read.json as any).regeln).toMatchObject({ reste: "rueckforderung", schlussnachweis: true });
    expect((read.json as any).zeitraum.beginn).toBe("2026-01-01");
  });

  test("rows moved by the user are still found by key", async () => {
    const r1 = settingRow(SETTINGS[0].key);
    const r2 = settingRow(SETTINGS[1].key);
    const a = s.c.getValues("Einstellungen", `A${r1}:C${r1}`)[0];
    const b = s.c.getValues("Einstellungen", `A${r2}:C${r2}`)[0];
    s.c.setValues("Einstellungen", `A${r1}:C${r2}`, [b, a]);
    await s.host.writeSettings({ [SETTINGS[0].key]: "2026-07-01" });
    expect(s.c.getValue("Einstellungen", `B${r2}`)).toBe(serial("2026-07-01"));
  });

  test("an unknown key writes nothing", async () => {
    const before = s.c.getValues("Einstellungen", `A1:C${SETTINGS.length + 1}`);
    await expect(s.host.writeSettings({ "regeln.reste": "ansparen", "gibt.es.nicht": 1 })).rejects.toThrow("Unbekannte Einstellung „gibt.es.nicht“.");
    expect(s.c.getValues("Einstellungen", `A1:C${SETTINGS.length + 1}`)).toEqual(before);
  });

  test("without the settings table", async () => {
    s.c.reset();
    await expect(s.host.writeSettings({ "regeln.reste": "ansparen" })).rejects.toThrow("Die Einstellungen fehlen – bitte Vorlage einfügen.");
  });
});

describe("select and errors", () => {
  test("select activates the sheet and selects the cell", async () => {
    await s.host.select({ blatt: "Ausgaben", zelle: "E7" });
    expect(s.c.selection()).toEqual({ sheet: "Ausgaben", address: "E7" });
  });

  test("select on a deleted sheet / a bad cell: German HostError", async () => {
    s.c.deleteSheet("Beschäftigte");
    const e = await s.host.select({ blatt: "Beschäftigte", zelle: "A2" }).catch((x) => x);
    expect(e).toBeInstanceOf(HostError);
    expect(e.message).toBe("Das Blatt „Beschäftigte“ gibt es nicht mehr – vielleicht wurde es umbenannt oder gelöscht. Bitte neu prüfen.");
    await expect(s.host.select({ blatt: "Ausgaben", zelle: "ZZZZ1" })).rejects.toThrow("Die Zelle „ZZZZ1“ auf dem Blatt „Ausgaben“ gibt es nicht.");
  });

  test("Office error codes become plain German", async () => {
    s.c.failNextSync("InvalidOperationInCellEditMode");
    await expect(s.host.read()).rejects.toThrow(new HostError(MESSAGES.cellEditMode));
    s.c.failNextSync("GeneralException");
    await expect(s.host.templateState()).rejects.toThrow(MESSAGES.general);
    s.c.failNextSync("SomethingNew", "x");
    await expect(s.host.read()).rejects.toThrow(`${MESSAGES.unknown} (SomethingNew)`);
  });

  test("a protected sheet", async () => {
    s.c.protectSheet("Einstellungen");
    await expect(s.host.writeSettings({ "regeln.reste": "ansparen" })).rejects.toThrow(MESSAGES.protected);
  });
});

describe("onChange", () => {
  test("fires on a user's edit; one handler for all listeners; unsubscribe removes it", async () => {
    const calls: string[] = [];
    const off1 = s.host.onChange(() => calls.push("a"));
    const off2 = s.host.onChange(() => calls.push("b"));
    await new Promise((r) => setTimeout(r, 0));
    expect(s.c.handlerCount()).toBe(1);
    s.c.setValue("Ausgaben", "A2", serial("2026-01-31"));
    expect(calls).toEqual(["a", "b"]);
    off1();
    s.c.setValue("Ausgaben", "A3", 1);
    expect(calls).toEqual(["a", "b", "b"]);
    off2();
    await new Promise((r) => setTimeout(r, 0));
    expect(s.c.handlerCount()).toBe(0);
    s.c.setValue("Ausgaben", "A4", 1);
    expect(calls).toHaveLength(3);
  });
});
