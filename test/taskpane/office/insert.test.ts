/** insertTemplate/templateState: the layout in Excel, never over a user's data, names mapped everywhere. */
import {
  AUSGABEN_COLUMNS,
  NUMBER_FORMATS,
  SETTINGS,
  SHEETS,
  SUMMARY_FIRST_ROW,
  SUMMARY_ROWS,
  SUMMARY_VALUES_NAME,
  TABLES,
  settingRow,
  sourceRange,
  summaryFormula,
  summaryRow,
} from "../../../src/workbook/layout";
import { HostError } from "../../../src/taskpane/host/types";
import { widthPoints } from "../../../src/taskpane/office/insert";
import { setup, teardown, type Setup } from "./helpers";

let s: Setup;
afterEach(teardown);

describe("insertTemplate into an empty workbook", () => {
  beforeEach(() => (s = setup()));

  test("state: nothing inserted, every sheet under its template name", async () => {
    const st = await s.host.templateState();
    expect(st.eingefuegt).toBe(false);
    expect(st.blaetter).toEqual(SHEETS.map((x) => ({ vorlage: x.name, name: x.name, vorhanden: false })));
  });

  test("sheets, named tables with German headers, style, formats, widths, lists, prompts, frozen headers", async () => {
    const r = await s.host.insertTemplate((await s.host.templateState()).blaetter);
    expect(r.blaetter).toEqual(SHEETS.map((x) => x.name));
    expect(s.c.sheetNames()).toEqual(["Tabelle1", ...SHEETS.map((x) => x.name)]);
    expect(s.c.tableNames().sort()).toEqual(TABLES.map((t) => t.name).sort());
    for (const t of TABLES) {
      const info = s.c.table(t.name)!;
      expect(info.sheet).toBe(t.sheet);
      expect(info.style).toBe("TableStyleMedium2");
      expect(info.showTotals).toBe(false);
      const headers = s.c.getValues(t.sheet, info.address.split(":")[0] + ":" + info.address.split(":")[1].replace(/\d+$/, String(t.headerRow)))[0];
      expect(headers).toEqual(t.columns.map((c) => c.header));
    }
    // pre-sized (tableBodyRows): what LibreOffice users type into these rows is inside the table
    expect(s.c.table("tblAusgaben")!.address).toBe("A1:H5001");
    expect(s.c.table("tblTraeger")!.address).toBe("E1:J21");
    expect(s.c.table("tblEinstellungen")!.address).toBe(`A1:C${SETTINGS.length + 1}`);

    // Ausgaben: formats for the template rows, list of the plan's positions (warning), date hint, widths, bold, frozen
    const betrag = AUSGABEN_COLUMNS.findIndex((c) => c.key === "betrag");
    expect(s.c.getNumberFormats("Ausgaben", "E2:E5000").flat().every((f) => f === NUMBER_FORMATS.betrag)).toBe(true);
    expect(s.c.getNumberFormats("Ausgaben", "E5002")[0][0]).toBe("General");
    expect(betrag).toBe(4);
    expect(s.c.getNumberFormats("Ausgaben", "A2")[0][0]).toBe("dd.mm.yyyy");
    const pos = s.c.validation("Ausgaben", "D5001")!;
    expect(pos.rule).toEqual({ list: { inCellDropDown: true, source: `=${sourceRange({ table: "tblKostenplan", key: "bezeichnung" })}` } });
    expect(pos.rule!.list.source).toBe("=Kostenplan!$A$2:$A$101");
    expect(pos.errorAlert).toMatchObject({ showAlert: true, style: "Warning" });
    expect(s.c.validation("Ausgaben", "D5002")).toBeUndefined();
    expect(s.c.validation("Ausgaben", "B2")!.prompt).toMatchObject({ showPrompt: true, message: "Monat der Leistung, z. B. 01.2026." });
    expect(s.c.validation("Kostenplan", "E2")!.rule!.list.source).toBe("=Listen!$A$2:$A$7");
    expect(s.c.validation("Kostenplan", "E2")!.errorAlert).toMatchObject({ style: "Warning" });
    expect(s.c.columnWidth("Kostenplan", "A")).toBe(widthPoints(28));
    expect(s.c.font("Ausgaben", "C1").bold).toBe(true);
    expect(s.c.frozenRows("Ausgaben")).toBe(1);
    expect(s.c.frozenRows("Übersicht")).toBe(0);

    // settings: label, default, key; per-row format and list
    const reste = settingRow("regeln.reste");
    expect(s.c.getValues("Einstellungen", `A${reste}:C${reste}`)[0]).toEqual(["Regel für Budgetreste", "Übertrag bis zu einem Monatsbudget, der Rest wird zurückgefordert", "regeln.reste"]);
    expect(s.c.validation("Einstellungen", `B${reste}`)!.rule!.list.source).toMatch(/^=Listen!\$[A-Z]+\$2:\$[A-Z]+\$5$/);
    expect(s.c.getValues("Einstellungen", `B${settingRow("kostenplan.einstellungen.tageProMonat")}`)[0][0]).toBe("365/12");
    expect(s.c.getNumberFormats("Einstellungen", `B${settingRow("kostenplan.einstellungen.tageProMonat")}`)[0][0]).toBe("@");
    expect(s.c.getNumberFormats("Einstellungen", `B${settingRow("zeitraum.beginn")}`)[0][0]).toBe("dd.mm.yyyy");
    expect(s.c.getValues("Einstellungen", `B${settingRow("regeln.planUeberschreitungProzent")}`)[0][0]).toBe(10);

    // Übersicht: title, labels, formulas (BUDGET ones too), the name over the value column
    expect(s.c.getValues("Übersicht", "A1")[0][0]).toBe("Persönliches Budget – Verwendungsnachweis");
    const last = SUMMARY_FIRST_ROW + SUMMARY_ROWS.length - 1;
    expect(s.c.getValues("Übersicht", `A${SUMMARY_FIRST_ROW}:A${last}`).map((r) => r[0])).toEqual(SUMMARY_ROWS.map((r) => r.label));
    const formulas = s.c.getFormulas("Übersicht", `B${SUMMARY_FIRST_ROW}:B${last}`).map((r) => r[0]);
    expect(formulas).toEqual(SUMMARY_ROWS.map((r) => (r.heading ? "" : (summaryFormula(r) ?? ""))));
    expect(formulas[summaryRow("monatsbudget") - SUMMARY_FIRST_ROW]).toMatch(/^=BUDGET\.MONAT\(tblKostenplan\[\[#Headers\],\[#Data\]\],Einstellungen!\$B\$\d+/);
    expect(s.c.names()).toEqual([{ name: SUMMARY_VALUES_NAME, value: `=Übersicht!$B$${SUMMARY_FIRST_ROW}:$B$${last}` }]);
    expect(s.c.activeSheet()).toBe("Kostenplan");

    expect((await s.host.templateState()).eingefuegt).toBe(true);
  });

  test("inserting twice: eingefuegt, and the second insert changes nothing", async () => {
    await s.host.insertTemplate((await s.host.templateState()).blaetter);
    s.c.setValue("Kostenplan", "A2", "Tagesassistenz");
    const st = await s.host.templateState();
    expect(st.eingefuegt).toBe(true);
    const sheets = s.c.sheetNames();
    const err = await s.host.insertTemplate(st.blaetter).catch((e) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err.message).toMatch(/schon eingefügt/);
    expect(s.c.sheetNames()).toEqual(sheets);
    expect(s.c.getValue("Kostenplan", "A2")).toBe("Tagesassistenz");
  });
});

describe("never over a user's data", () => {
  beforeEach(() => {
    s = setup({ sheets: ["Kostenplan", "Einstellungen", "Ausgaben"] });
    s.c.setValues("Kostenplan", "A1:B2", [["Meine Liste", "Betrag"], ["Miete", 700]]);
    s.c.setValues("Einstellungen", "A1", [["privat"]]);
    // "Ausgaben" stays empty: it is reused
  });

  test("a sheet with data keeps its cells; the template goes to „Name (2)“ and every reference follows", async () => {
    const st = await s.host.templateState();
    const plan = Object.fromEntries(st.blaetter.map((p) => [p.vorlage, p]));
    expect(plan.Kostenplan).toEqual({ vorlage: "Kostenplan", name: "Kostenplan (2)", vorhanden: true });
    expect(plan.Einstellungen.name).toBe("Einstellungen (2)");
    expect(plan.Ausgaben).toEqual({ vorlage: "Ausgaben", name: "Ausgaben", vorhanden: true });
    expect(plan.Übersicht).toEqual({ vorlage: "Übersicht", name: "Übersicht", vorhanden: false });

    const r = await s.host.insertTemplate(st.blaetter);
    expect(r.blaetter).toEqual(["Übersicht", "Fall", "Einstellungen (2)", "Kostenplan (2)", "Einnahmen", "Beschäftigte", "Ausgaben", "Listen"]);
    expect(s.c.getValues("Kostenplan", "A1:B2")).toEqual([["Meine Liste", "Betrag"], ["Miete", 700]]);
    expect(s.c.getValues("Einstellungen", "A1:B1")).toEqual([["privat", ""]]);
    expect(s.c.table("tblKostenplan")!.sheet).toBe("Kostenplan (2)");
    expect(s.c.table("tblAusgaben")!.sheet).toBe("Ausgaben");
    expect(s.c.validation("Ausgaben", "D2")!.rule!.list.source).toBe("='Kostenplan (2)'!$A$2:$A$101");
    expect(s.c.validation("Kostenplan (2)", "F2")!.rule!.list.source).toBe("='Einstellungen (2)'!$E$2:$E$21");
    const obergrenze = s.c.getFormulas("Übersicht", `B${summaryRow("obergrenze")}`)[0][0];
    expect(obergrenze).toBe(`='Einstellungen (2)'!$B$${settingRow("kostenplan.obergrenzeMonat")}`);
    expect(s.c.getFormulas("Übersicht", `B${summaryRow("monatsbudget")}`)[0][0]).toContain("'Einstellungen (2)'!$B$");
    expect(s.c.activeSheet()).toBe("Kostenplan (2)");
  });

  test("a sheet that got data after the plan was made: nothing is written", async () => {
    const st = await s.host.templateState();
    s.c.setValue("Ausgaben", "C3", "inzwischen getippt");
    const before = s.c.sheetNames();
    const err = await s.host.insertTemplate(st.blaetter).catch((e) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err.message).toBe("Das Blatt „Ausgaben“ hat inzwischen Daten – die Vorlage wurde nicht eingefügt. Bitte „Vorlage einfügen“ noch einmal wählen.");
    expect(s.c.sheetNames()).toEqual(before);
    expect(s.c.tableNames()).toEqual([]);
    expect(s.c.names()).toEqual([]);
    expect(s.c.getValue("Ausgaben", "C3")).toBe("inzwischen getippt");
  });

  test("a sheet name 30 characters long still gets a free name within 31 characters", async () => {
    const { planSheets } = await import("../../../src/taskpane/office/template");
    const plan = planSheets(["Kostenplan", "Kostenplan (2)"], () => false);
    expect(plan.find((p) => p.vorlage === "Kostenplan")!.name).toBe("Kostenplan (3)");
    const { freeSheetName } = await import("../../../src/taskpane/office/names");
    const long = "A".repeat(31);
    expect(freeSheetName(long, [long])).toBe(`${"A".repeat(27)} (2)`);
  });
});
