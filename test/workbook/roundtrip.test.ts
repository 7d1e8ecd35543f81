import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { execute } from "../../src/cli/main";
import { Dec } from "../../src/engine";
import { AUSGABEN_COLUMNS, SETTINGS, SHEETS, TABLES, sourceRange } from "../../src/workbook/layout";
import { readWorkbook } from "../../src/workbook/xlsx-read";
import { SAMPLE, filledWorkbook, tempDir, writeWorkbook } from "./helpers";

type Obj = Record<string, any>;
const dir = tempDir();

describe("budget vorlage", () => {
  const path = join(dir, "vorlage.xlsx");

  test("writes the template: sheets, named tables, German headers, formats, lists, frozen headers", async () => {
    const r = await execute(["vorlage", path]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain("Vorlage geschrieben");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(wb.worksheets.map((w) => w.name)).toEqual(SHEETS.map((s) => s.name));
    for (const t of TABLES) {
      const ws = wb.getWorksheet(t.sheet)!;
      expect(Object.keys((ws as any).tables)).toContain(t.name);
      t.columns.forEach((c, j) => expect(ws.getCell(t.headerRow, t.firstCol + j).value).toBe(c.header));
    }
    const aus = wb.getWorksheet("Ausgaben")!;
    expect(aus.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const betragCol = AUSGABEN_COLUMNS.findIndex((c) => c.key === "betrag") + 1;
    expect(aus.getColumn(betragCol).numFmt).toBe('#,##0.00 "€"');
    expect(aus.getColumn(1).numFmt).toBe("dd.mm.yyyy");
    const dv = (aus as any).dataValidations.model;
    expect(dv["D2"]).toMatchObject({ type: "list", formulae: [sourceRange({ table: "tblKostenplan", key: "bezeichnung" })] });
    expect(dv["D2"].formulae[0]).toBe("Kostenplan!$A$2:$A$101");
    const kp = wb.getWorksheet("Kostenplan")!;
    // the dropdowns offer the German words (from the hidden sheet „Listen“); a typed code only gets a warning
    expect((kp as any).dataValidations.model["E2"]).toMatchObject({ formulae: ["Listen!$A$2:$A$7"], errorStyle: "warning" });
    const listen = wb.getWorksheet("Listen")!;
    expect(listen.state).toBe("hidden");
    expect([2, 3, 4, 5, 6, 7].map((r) => listen.getCell(r, 1).value)).toEqual(["Arbeitgebermodell (eigene Assistenz)", "Dienstleistung (Auftragsmodell)", "Sachkosten", "Budgetverwaltung", "Reserve", "erwartete Erstattung"]);
    // headers white on their own blue fill (LibreOffice does not draw the table style), A4, the key column hidden
    expect((kp.getCell("A1").fill as any).fgColor.argb).toBe("FF1F4E79");
    // A4 landscape, several pages wide with the first column (Bezeichnung) repeated (workbook/print.ts)
    expect(kp.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToWidth: 4, printTitlesColumn: "A:A", pageOrder: "overThenDown" });
    const ein = wb.getWorksheet("Einstellungen")!;
    expect(ein.getCell("C2").value).toBe(SETTINGS[0].key);
    expect(ein.getColumn(3).hidden).toBe(true);
    const regelRow = 2 + SETTINGS.findIndex((s) => s.key === "regeln.reste");
    expect(ein.getCell(`B${regelRow}`).value).toBe("Übertrag bis zu einem Monatsbudget, der Rest wird zurückgefordert");
    expect((ein as any).dataValidations.model[`B${regelRow}`].formulae[0]).toMatch(/^Listen!\$[A-Z]+\$2:\$[A-Z]+\$5$/);
    expect(wb.getWorksheet("Übersicht")!.getCell("A3").value).toBe("Summe Einnahmen");
    expect((wb.getWorksheet("Übersicht")!.getCell("B3").value as any).formula).toBe("SUM(tblEinnahmen[Betrag])");
  });

  test("refuses to overwrite an existing file (exit 2, German message, file untouched)", async () => {
    const before = readFileSync(path);
    const r = await execute(["vorlage", path]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/vorlage\.xlsx: Diese Datei gibt es schon/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  test("rejects a name without .xlsx and a missing folder", async () => {
    expect((await execute(["vorlage", join(dir, "x.xls")])).exitCode).toBe(2);
    const r = await execute(["vorlage", join(dir, "fehlt", "x.xlsx")]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain("Ordner");
  });

  test("the empty template is not yet filled in (not unreadable): a line naming the file and where to start", async () => {
    const r = await execute(["pruefen", path]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/vorlage\.xlsx: noch nicht ausgefüllt, nicht geprüft – Blatt „Einstellungen“, Zelle B2: Der Nachweiszeitraum fehlt/);
  });
});

describe("template round trip: fill with exceljs, read back, check", () => {
  const path = join(dir, "gefuellt.xlsx");
  let rows: number[];
  beforeAll(async () => {
    const { wb, ausgabenRows } = filledWorkbook(SAMPLE, [4, 10]); // two empty rows inside the table
    rows = ausgabenRows;
    await writeWorkbook(wb, path);
  });

  test("the JSON read back equals the sample (dates as German strings, serials and dates; € amounts and German text)", async () => {
    const { json } = await readWorkbook(path);
    const j = json as Obj;
    expect(j.format).toBe("verwendungsnachweis/1");
    expect(j.zeitraum).toEqual(SAMPLE.zeitraum);
    expect(j.kostenplan.zeitraum).toEqual(SAMPLE.kostenplan.zeitraum);
    expect(j.kostenplan.einstellungen.rundung).toEqual({ monat: { schritt: "5", richtung: "auf" } });
    expect(j.kostenplan.traeger).toEqual([{ id: "egh", name: SAMPLE.kostenplan.traeger[0].name, obergrenzeMonat: "1500" }]);
    expect(j.regeln.reste).toBe("uebertrag-bis-monatsbudget");
    expect(j.kostenplan.positionen.map((p: Obj) => p.bezeichnung)).toEqual(SAMPLE.kostenplan.positionen.map((p: Obj) => p.bezeichnung));
    expect(j.ausgaben).toHaveLength(SAMPLE.ausgaben.length);
    SAMPLE.ausgaben.forEach((a: Obj, i: number) => {
      const b = j.ausgaben[i];
      expect(b.datum).toBe(a.datum);
      expect(b.leistungsmonat).toBe(a.leistungsmonat);
      expect(b.empfaenger).toBe(a.empfaenger);
      expect(b.position).toBe(a.position);
      const betrag = String(b.betrag).includes(",") ? b.betrag.replace(",", ".") : b.betrag;
      expect(new Dec(betrag).eq(new Dec(a.betrag))).toBe(true);
      expect(b.beleg).toBe(a.beleg);
    });
    expect(j.einnahmen.map((e: Obj) => e.datum)).toEqual(SAMPLE.einnahmen.map((e: Obj) => e.datum));
    expect(j.einnahmen[1].betrag).toBe("950"); // "950,00 €" typed as text: read as a person means it
    expect(j.beschaeftigte).toEqual([{ name: "M. Muster", beschaeftigung: "minijob-privat", stundenlohn: "14.5" }]);
  });

  test("pruefen on the workbook gives the same sums and Reste as on the JSON sample", async () => {
    const x = await execute(["pruefen", path, "--json"]);
    const j = await execute(["pruefen", join(__dirname, "../../samples/verwendungsnachweis-2026-h1.json"), "--json"]);
    expect(x.exitCode).toBe(0);
    expect(j.exitCode).toBe(0);
    const a = JSON.parse(x.stdout);
    const b = JSON.parse(j.stdout);
    expect(a.datei).toBe(path);
    expect(a.summen).toEqual(b.summen);
    expect(a.reste).toEqual(b.reste);
    expect(a.reste).toMatchObject({ rest: "193.90", uebertrag: "193.90", rueckforderung: "0.00" });
    expect(a.counts).toEqual(b.counts);
  });

  test("findings name the sheet and cell (empty rows inside the table are skipped but counted for cells)", async () => {
    const { wb } = filledWorkbook(SAMPLE, [4, 10]);
    const ws = wb.getWorksheet("Ausgaben")!;
    const posCol = AUSGABEN_COLUMNS.findIndex((c) => c.key === "position") + 1;
    ws.getCell(rows[12], posCol).value = "Urlaubsreise"; // not in the plan: Zweckbindung
    const p = join(dir, "zweck.xlsx");
    await writeWorkbook(wb, p);
    const r = await execute(["pruefen", p, "--json"]);
    expect(r.exitCode).toBe(1);
    const out = JSON.parse(r.stdout);
    const f = out.befunde.filter((b: Obj) => b.schwere === "fehler" && b.ort?.liste === "ausgaben");
    expect(f.length).toBeGreaterThan(0);
    expect(f[0].ort.zeile).toBe(13);
    expect(f[0].ort.blatt).toBe("Ausgaben");
    expect(f[0].ort.zelle).toMatch(new RegExp(`^[A-H]${rows[12]}$`));
    expect(rows[12]).toBe(16); // header + 12 rows + 2 gaps + 1
    const text = await execute(["pruefen", p]);
    expect(text.stdout).toMatch(/FEHLER \[Ausgaben![A-H]16\]/);
  });

  test("a text in an amount cell is a finding of that cell, not a crash", async () => {
    const { wb } = filledWorkbook(SAMPLE);
    const betragCol = AUSGABEN_COLUMNS.findIndex((c) => c.key === "betrag") + 1;
    wb.getWorksheet("Ausgaben")!.getCell(5, betragCol).value = "vierhundert";
    const p = join(dir, "text-betrag.xlsx");
    await writeWorkbook(wb, p);
    const r = await execute(["pruefen", p, "--json"]);
    expect([1, 2]).toContain(r.exitCode);
    if (r.exitCode === 1) {
      const out = JSON.parse(r.stdout);
      expect(out.befunde.some((b: Obj) => b.ort?.blatt === "Ausgaben" && b.ort?.zelle === "E5")).toBe(true);
    } else expect(r.stderr).toContain("text-betrag.xlsx");
  });

  test("an unusable setting names the sheet and cell and what is allowed, with the value shortened", async () => {
    const { wb } = filledWorkbook(SAMPLE);
    const row = 2 + SETTINGS.findIndex((s) => s.key === "regeln.reste");
    wb.getWorksheet("Einstellungen")!.getCell(`B${row}`).value = "Familie Beispiel";
    const p = join(dir, "regel.xlsx");
    await writeWorkbook(wb, p);
    const r = await execute(["pruefen", p]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain(`regel.xlsx: Blatt „Einstellungen“, Zelle B${row}: „Familie Beispiel“ ist unbekannt – erlaubt: uebertrag-bis-monatsbudget`);
    wb.getWorksheet("Einstellungen")!.getCell(`B${row}`).value = "Familie Beispiel, Musterstraße 1, 12345 Musterstadt, geboren 1.1.1970";
    await writeWorkbook(wb, p);
    const long = await execute(["pruefen", p]);
    expect(long.stderr).toContain("(gekürzt, 69 Zeichen)");
    expect(long.stderr).not.toContain("1970");
    expect(long.stderr).not.toContain("„…“");
  });

  test("reading never writes into the input file", async () => {
    const before = statSync(path).mtimeMs;
    const bytes = readFileSync(path);
    await execute(["pruefen", path, "--csv"]);
    expect(statSync(path).mtimeMs).toBe(before);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(existsSync(path)).toBe(true);
  });
});
