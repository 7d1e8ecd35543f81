import { join } from "node:path";
import fc from "fast-check";
import { checkFile } from "../../src/cli/commands/pruefen";
import { TABLES } from "../../src/workbook/layout";
import { cellToJson, isDateFormat, isPercentFormat, numberText, type CellRule, type ColumnKind } from "../../src/workbook/cells";
import { VOKABULAR } from "../../src/engine/vocabulary";
import { filledWorkbook, tempDir, writeWorkbook } from "./helpers";

const conv = (v: any, kind: ColumnKind | CellRule, numFmt?: string, dateSystem: 1900 | 1904 = 1900) =>
  cellToJson(v, typeof kind === "string" ? { kind } : kind, { numFmt, dateSystem });

describe("cell conversion (the value rules on cells)", () => {
  test("numbers become decimal strings without binary noise", () => {
    expect(numberText(0.1 + 0.2)).toBe("0.3");
    expect(numberText(417)).toBe("417");
    expect(numberText(13.9)).toBe("13.9");
    expect(numberText(-1234.5)).toBe("-1234.5");
    expect(numberText(1 / 3)).toBe("0.3333333333");
    expect(numberText(1e-12)).toBe("0");
  });

  test("amounts typed as text are read as Germans mean them; other text is left for the engine to name", () => {
    expect(conv(1234.56, "betrag")).toBe("1234.56");
    expect(conv(" 1.234,56 € ", "betrag")).toBe("1234.56");
    expect(conv("2.500", "betrag")).toBe("2500");
    expect(conv("1.500 €", "betrag")).toBe("1500");
    expect(conv("13.90", "betrag")).toBe("13.9");
    expect(conv("0.125", "zahl")).toBe("0.125");
    expect(conv("1 234,50", "betrag")).toBe("1234.5");
    expect(conv("−12,50", "betrag")).toBe("-12.5");
    expect(conv("4 3 5", "betrag")).toBe("4 3 5");
    expect(conv("zwölf", "betrag")).toBe("zwölf");
    expect(conv("15 %", "betrag")).toBe("15 %");
    expect(conv(true, "betrag")).toBe(true); // no amount: the engine says „WAHR ist keine gültige Zahl“
    expect(conv("0.500,5", "betrag")).toBe("0.500,5"); // a first group never starts with 0
    expect(conv("01.500,00", "betrag")).toBe("01.500,00");
    expect(conv("0,5", "betrag")).toBe("0.5");
  });

  test("a number shown as a date is a date, not an amount (15.06 typed in German Excel)", () => {
    expect(conv(46188, "zahl", "dd.mm.yyyy")).toBe("15.06.2026");
    expect(conv(46188, "betrag", "mm-dd-yy")).toBe("15.06.2026");
    expect(conv(46188, "zahl", '#,##0.00 "€"')).toBe("46188");
    expect(conv("15.06", "zahl")).toBe("15.06"); // text stays a number by the number rules, never a date
    expect(isDateFormat("[$-407]TT.MM.JJJJ")).toBe(true);
    expect(isDateFormat("[h]:mm")).toBe(true);
    expect(isDateFormat('0.00 "Tage"')).toBe(false);
    expect(isDateFormat("General")).toBe(false);
  });

  test("percent: a real percent format means percent points, a literal % sign does not scale", () => {
    expect(conv(0.15, "prozent", "0%")).toBe("15");
    expect(conv(0.0024, "prozent", "0.00%")).toBe("0.24");
    expect(conv(15, "prozent", '#,##0.00 "%"')).toBe("15");
    expect(conv(15, "prozent")).toBe("15");
    expect(conv("15 %", "prozent")).toBe("15");
    expect(conv("0,24%", "prozent")).toBe("0.24");
    expect(isPercentFormat('0.00 "%"')).toBe(false);
    expect(isPercentFormat("0.0%;[Red]-0.0%")).toBe(true);
  });

  test("dates in the workbook's date system; months; yes/no; choices by code or German word", () => {
    expect(conv(new Date(Date.UTC(2026, 0, 31)), "datum")).toBe("2026-01-31");
    expect(conv(46053, "datum")).toBe("2026-01-31");
    expect(conv(46053 - 1462, "datum", undefined, 1904)).toBe("2026-01-31");
    expect(conv("31.01.2026", "datum")).toBe("2026-01-31");
    expect(conv("46053", "datum")).toBe("46053"); // digits typed as text are no date
    expect(conv(60, "datum")).toBe("60"); // Excel's 29.02.1900 never existed
    expect(conv(61, "datum")).toBe("1900-03-01");
    expect(conv("gestern", "datum")).toBe("gestern");
    expect(conv("01/2026", "monat")).toBe("2026-01");
    expect(conv(46054, "monat")).toBe("2026-02");
    for (const yes of ["Ja", "j", "x", "WAHR", "true", true, 1, "1"]) expect(conv(yes, "janein")).toBe(true);
    for (const no of ["nein", "N", "falsch", "FALSE", false, "0"]) expect(conv(no, "janein")).toBe(false);
    expect(conv("yes", "janein")).toBe("yes"); // not German: the engine names it
    const art = { kind: "liste" as const, vocab: VOKABULAR.beschaeftigung };
    expect(conv("Minijob im Privathaushalt", art)).toBe("minijob-privat");
    expect(conv("minijob-privat", art)).toBe("minijob-privat");
    expect(conv("Midijob", art)).toBe("uebergangsbereich");
    expect(conv("Minijob", art)).toBe("Minijob");
  });

  test("desktop empty cells: 0 is empty where 0 means nothing; text, errors and blanks", () => {
    expect(conv(0, "text")).toBeUndefined();
    expect(conv(0, "datum")).toBeUndefined();
    expect(conv(0, "janein")).toBeUndefined();
    expect(conv(0, { kind: "zahl", nullLeer: true })).toBeUndefined();
    expect(conv(0, "betrag")).toBe("0");
    expect(conv("#DIV/0!", "betrag")).toBe("#DIV/0!");
    expect(conv("   ", "text")).toBeUndefined();
    expect(conv(null, "zahl")).toBeUndefined();
  });

  test("fuzz: any cell value of any kind converts without throwing", () => {
    const value = fc.oneof(fc.constant(null), fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.date());
    const kind = fc.constantFrom("text", "betrag", "datum", "monat", "zahl", "prozent", "janein", "liste" as const);
    fc.assert(
      fc.property(value, kind, fc.option(fc.string()), fc.constantFrom(1900 as const, 1904 as const), (v, k, fmt, ds) => {
        const out = conv(v as any, k, fmt ?? undefined, ds);
        expect(["string", "boolean", "undefined", "number"]).toContain(typeof out);
        if (typeof out === "string") expect(out).not.toMatch(/NaN|undefined|\[object/);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("fuzz: malformed workbooks never crash (only input errors or findings)", () => {
  const dir = tempDir();
  const cellValue = fc.oneof(
    fc.constant(null),
    fc.string({ maxLength: 12 }),
    fc.double({ noNaN: false }),
    fc.integer({ min: -100000, max: 100000 }),
    fc.integer({ min: 40000, max: 50000 }), // Excel serial dates
    fc.constantFrom("31.01.2026", "32.13.2026", "01/2026", "1.234,56", "1.23,4", "zwölf", "Tagesassistenz", "ja", "-5", "€"),
    fc.date({ min: new Date(1900, 0, 1), max: new Date(2200, 0, 1) }),
    fc.boolean(),
  );
  const edit = fc.record({
    table: fc.constantFrom(...TABLES.map((t) => t.name)),
    row: fc.integer({ min: 1, max: 40 }),
    col: fc.integer({ min: 0, max: 40 }),
    value: cellValue,
  });
  let n = 0;
  test("random cells and missing sheets", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { maxLength: 25 }), fc.subarray(["Kostenplan", "Einnahmen", "Ausgaben", "Einstellungen", "Beschäftigte"], { maxLength: 3 }), async (edits, drop) => {
        const { wb } = filledWorkbook();
        for (const e of edits) {
          const t = TABLES.find((x) => x.name === e.table)!;
          wb.getWorksheet(t.sheet)!.getCell(t.headerRow + e.row, t.firstCol + (e.col % (t.columns.length + 2))).value = e.value as any;
        }
        for (const s of drop) wb.removeWorksheet(wb.getWorksheet(s)!.id);
        const p = join(dir, `fuzz-${n++}.xlsx`);
        await writeWorkbook(wb, p);
        const o = await checkFile(p); // throws only on a crash (a non-InputError)
        if (o.ok) {
          expect(o.result.counts.fehler + o.result.counts.warnung + o.result.counts.hinweis).toBeGreaterThanOrEqual(0);
          for (const b of o.result.befunde) if (b.ort?.blatt) expect(b.ort.zelle).toMatch(/^[A-Z]+\d+$/);
        } else {
          expect(o.message).toContain(`fuzz-${n - 1}.xlsx`);
          expect(o.message).not.toMatch(/Nicht geprüft –/); // an error of our own would be reported so
        }
      }),
      { numRuns: 60 },
    );
  }, 120000);
});
