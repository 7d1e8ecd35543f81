/**
 * writeCalculation on the fake Excel: the submission document's figures as values in the add-in's own sheet
 * „Berechnung“ (3 syncs for 4 or 300 positions, one undo group), refreshed in place, never over a user's sheet;
 * the submission copy carries „Berechnung (Abgabe)“ and prints with the Aktenzeichen. Also the template's own
 * print setup (A4, print area, title row, header and footer) as the Office layer inserts it.
 */
import { buildEinreichung, type Einreichung } from "../../../src/document";
import { BERECHNUNG_NAME, CALCULATION_SYNCS, sheetOfName } from "../../../src/taskpane/office/berechnung";
import { SUBMISSION_SYNCS } from "../../../src/taskpane/office/submission";
import { SHEETS } from "../../../src/workbook/layout";
import { druckbereich, vorlageDruck } from "../../../src/workbook/print";
import { AKTENZEICHEN, ERSTELLT, NAME, plan } from "../../document/fixtures";
import { counted, setup, teardown, type Setup } from "./helpers";

let s: Setup;
beforeEach(() => (s = setup()));
afterEach(teardown);

const dokument = (extra: Record<string, unknown> = {}): Einreichung => buildEinreichung({ ...plan(extra), erstellt: ERSTELLT });

/** A plan with `n` positions (Sachkosten of 10 € … each). */
function gross(n: number): Einreichung {
  const positionen = Array.from({ length: n }, (_, i) => ({ bezeichnung: `Position ${i + 1}`, art: "sachkosten", traeger: "lwl", menge: "1", je: "monat", preis: String(10 + i) }));
  return dokument({ positionen, obergrenzeMonat: undefined, obergrenzeBegruendung: undefined });
}

/** The sheet's used grid as [A, B, …] rows (the fake shows what was written). */
function grid(sheet: string, rows: number, cols = 9): unknown[][] {
  const last = String.fromCharCode(64 + cols);
  return s.c.getValues(sheet, `A1:${last}${rows}`);
}

describe("writeCalculation", () => {
  test("writes every position's monthly and period amount as numbers, the employer cost, the Teilbudgets; 3 syncs, one undo group", async () => {
    const d = dokument();
    const r = await counted(s.c, () => s.host.writeCalculation(d));
    expect(r.syncs).toBe(CALCULATION_SYNCS);
    expect(CALCULATION_SYNCS).toBe(3);
    expect(r.runs).toEqual([{ options: { mergeUndoGroup: true }, syncs: 3 }]);
    expect(r.result).toMatchObject({ blatt: "Berechnung", neu: true });
    expect(s.c.sheetNames()).toEqual(["Tabelle1", "Berechnung"]);
    expect(s.c.activeSheet()).toBe("Berechnung");

    const rows = grid("Berechnung", r.result.zeilen);
    expect(rows[0][0]).toBe("Leistungs- und Kostenplan");
    const { ergebnis } = plan();
    for (const p of ergebnis.positionen) {
      const row = rows.find((x) => x[0] === p.position.bezeichnung)!;
      expect(row).toBeDefined();
      expect(row[4]).toBe(p.monatsbetrag.toNumber());
      expect(row[5]).toBe(p.zeitraumbetrag.toNumber());
    }
    const at = rows.findIndex((x) => x[0] === "Assistenz") + 1;
    expect(s.c.getNumberFormats("Berechnung", `E${at}`)[0][0]).toBe('#,##0.00 "€"');
    // the employer cost per assistant and the Teilbudgets
    expect(rows.some((x) => x[0] === "Arbeitgeberkosten: Nachtassistenz")).toBe(true);
    const gesamt = ergebnis.positionen[2].arbeitgeberkosten![0].kosten.gesamt.toNumber();
    const kostenRows = rows.filter((x) => x[0] === "Kosten je Beschäftigtem und Monat");
    expect(kostenRows.map((x) => x[1])).toContain(gesamt);
    const tb = rows.findIndex((x) => x[0] === "Teilbudgets je Träger");
    for (const t of ergebnis.teilbudgets) {
      const row = rows.slice(tb).find((x) => x[0] === t.name)!;
      expect(row.slice(1, 3)).toEqual([t.monatsbetrag.toNumber(), t.zeitraumbetrag.toNumber()]);
    }
    // the case record, with the personal data, and the attestation
    expect(rows.find((x) => x[0] === "Budgetnehmerin / Budgetnehmer")![1]).toBe(NAME);
    expect(rows.some((x) => typeof x[0] === "string" && x[0].startsWith("Ich versichere"))).toBe(true);
    expect(s.c.font("Berechnung", "A1")).toMatchObject({ bold: true, size: 14 });
    expect(s.c.names()).toContainEqual({ name: BERECHNUNG_NAME, value: "=Berechnung!$A$1" });
  });

  test("the same 3 syncs for 300 positions", async () => {
    const r = await counted(s.c, () => s.host.writeCalculation(gross(300)));
    expect(r.syncs).toBe(3);
    const rows = grid("Berechnung", r.result.zeilen, 6);
    expect(rows.find((x) => x[0] === "Position 300")![4]).toBe(309);
  });

  test("prints on A4, landscape, over what it wrote, with Aktenzeichen, date and page in header and footer", async () => {
    const r = await s.host.writeCalculation(dokument());
    const pl = s.c.pageLayout("Berechnung");
    expect(pl).toMatchObject({ paperSize: "A4", orientation: "Landscape", zoom: { horizontalFitToPages: 1 }, printArea: `A1:H${r.zeilen}` });
    expect(pl.headerFooter).toMatchObject({ leftHeader: "Persönliches Budget – &A", rightHeader: `Aktenzeichen ${AKTENZEICHEN}`, leftFooter: "Gedruckt am &D", rightFooter: "Seite &P von &N" });
  });

  test("again: the same sheet, refreshed (old rows gone), found by its name after a rename", async () => {
    await s.host.writeCalculation(gross(40));
    s.c.renameSheet("Berechnung", "Meine Zahlen");
    const again = await counted(s.c, () => s.host.writeCalculation(gross(3)));
    expect(again.syncs).toBe(3);
    expect(again.result).toMatchObject({ blatt: "Meine Zahlen", neu: false });
    expect(s.c.sheetNames()).toEqual(["Tabelle1", "Meine Zahlen"]);
    const rows = grid("Meine Zahlen", 200, 6);
    expect(rows.some((x) => x[0] === "Position 3")).toBe(true);
    expect(rows.some((x) => x[0] === "Position 4")).toBe(false);
    expect(rows.slice(again.result.zeilen).every((x) => x.every((v) => v === ""))).toBe(true);
  });

  test("a user's own sheet „Berechnung“ is never touched: ours is „Berechnung (2)“", async () => {
    s.c.reset({ sheets: ["Berechnung"] });
    s.c.setValues("Berechnung", "A1:B2", [["Meine Notizen", 1], ["x", 2]]);
    const r = await s.host.writeCalculation(dokument());
    expect(r.blatt).toBe("Berechnung (2)");
    expect(s.c.getValues("Berechnung", "A1:B2")).toEqual([["Meine Notizen", 1], ["x", 2]]);
    expect(sheetOfName(s.c.names().find((n) => n.name === BERECHNUNG_NAME)!.value)).toBe("Berechnung (2)");
    // a deleted sheet of ours: the stale name is replaced
    s.c.deleteSheet("Berechnung (2)");
    const again = await s.host.writeCalculation(dokument());
    expect(again).toMatchObject({ blatt: "Berechnung (2)", neu: true });
  });
});

describe("prepareSubmission with the document", () => {
  beforeEach(async () => {
    await s.host.insertTemplate((await s.host.templateState()).blaetter);
  });

  test("„Berechnung (Abgabe)“ with the values; every copy prints over its filled cells with the Aktenzeichen; 5 syncs", async () => {
    s.c.setValues("Kostenplan", "A2:A3", [["Assistenz"], ["Taxi"]]);
    const d = dokument();
    const r = await counted(s.c, () => s.host.prepareSubmission(d));
    expect(r.syncs).toBe(SUBMISSION_SYNCS);
    expect(r.result.blaetter.at(-1)).toBe("Berechnung (Abgabe)");
    expect(r.result.blaetter).toContain("Kostenplan (Abgabe)");
    const rows = grid("Berechnung (Abgabe)", 120);
    const assistenz = rows.find((x) => x[0] === "Assistenz")!;
    expect(assistenz[4]).toBe(plan().ergebnis.positionen[0].monatsbetrag.toNumber());
    expect(rows[2][0]).toMatch(/^Stand: 15\.01\.2026\. Abgabe/);

    const kp = s.c.pageLayout("Kostenplan (Abgabe)");
    expect(kp).toMatchObject({ paperSize: "A4", orientation: "Landscape", printTitleRows: "1:1", printTitleColumns: "A:A", printOrder: "OverThenDown" });
    // the header row and the two filled rows, over all the table's columns (not the 100 empty rows of the template)
    expect(kp.printArea).toMatch(/^A1:[A-Z]+3$/);
    expect(kp.headerFooter.rightHeader).toBe(`Aktenzeichen ${AKTENZEICHEN}`);
    expect(s.c.pageLayout("Übersicht (Abgabe)")).toMatchObject({ orientation: "Portrait", headerFooter: { rightHeader: `Aktenzeichen ${AKTENZEICHEN}`, rightFooter: "Seite &P von &N" } });
    expect(s.c.pageLayout("Berechnung (Abgabe)").headerFooter.rightHeader).toBe(`Aktenzeichen ${AKTENZEICHEN}`);
    // the originals keep the template's print setup (no Aktenzeichen: the template does not know it)
    expect(s.c.pageLayout("Kostenplan").headerFooter.rightHeader).toBe("");
  });

  test("without the document: the copies only, as before", async () => {
    const r = await counted(s.c, () => s.host.prepareSubmission());
    expect(r.syncs).toBe(5);
    expect(r.result.blaetter.some((b) => b.startsWith("Berechnung"))).toBe(false);
  });

  test("the add-in's own sheet „Berechnung“ is not copied as a template sheet; a second submission numbers its sheet", async () => {
    await s.host.writeCalculation(dokument());
    const first = await s.host.prepareSubmission(dokument());
    expect(first.blaetter.filter((b) => b.startsWith("Berechnung"))).toEqual(["Berechnung (Abgabe)"]);
    const second = await s.host.prepareSubmission(dokument());
    expect(second.blaetter.at(-1)).toBe("Berechnung (Abgabe 2)");
  });
});

describe("the template's print setup in Excel", () => {
  test("every sheet A4 fitted to the width, landscape where wide, print area, title row, header and footer", async () => {
    await s.host.insertTemplate((await s.host.templateState()).blaetter);
    for (const sheet of SHEETS.filter((x) => !x.hidden)) {
      const pl = s.c.pageLayout(sheet.name);
      expect({ sheet: sheet.name, paperSize: pl.paperSize, orientation: pl.orientation, zoom: pl.zoom, printArea: pl.printArea }).toEqual({
        sheet: sheet.name,
        paperSize: "A4",
        orientation: sheet.landscape ? "Landscape" : "Portrait",
        zoom: { horizontalFitToPages: vorlageDruck(sheet)!.seitenBreit ?? 1 },
        printArea: druckbereich(sheet),
      });
      expect(pl.printTitleRows).toBe(sheet.tables.length ? "1:1" : undefined);
      // the Kostenplan several pages wide, its first column (Bezeichnung) on each, pages over then down
      expect({ sheet: sheet.name, columns: pl.printTitleColumns, order: pl.printOrder }).toEqual(
        sheet.name === "Kostenplan" ? { sheet: sheet.name, columns: "A:A", order: "OverThenDown" } : { sheet: sheet.name, columns: undefined, order: "DownThenOver" },
      );
      expect(pl.headerFooter).toMatchObject({ leftHeader: "Persönliches Budget – &A", leftFooter: "Gedruckt am &D", rightFooter: "Seite &P von &N" });
    }
    expect(s.c.pageLayout("Kostenplan").printArea).toBe("A1:AZ101");
    expect(s.c.pageLayout("Kostenplan").zoom.horizontalFitToPages).toBeGreaterThanOrEqual(3);
    expect(s.c.pageLayout("Ausgaben").zoom).toEqual({ horizontalFitToPages: 1 });
  });
});
