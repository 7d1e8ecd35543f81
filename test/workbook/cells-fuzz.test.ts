import { join } from "node:path";
import fc from "fast-check";
import { checkFile } from "../../src/cli/commands/pruefen";
import { TABLES } from "../../src/workbook/layout";
import { convertCell, numberText } from "../../src/workbook/xlsx-read";
import { filledWorkbook, tempDir, writeWorkbook } from "./helpers";

describe("cell conversion", () => {
  test("numbers become decimal strings without binary noise", () => {
    expect(numberText(0.1 + 0.2)).toBe("0.3");
    expect(numberText(417)).toBe("417");
    expect(numberText(13.9)).toBe("13.9");
    expect(numberText(-1234.5)).toBe("-1234.5");
    expect(numberText(1 / 3)).toBe("0.3333333333");
    expect(numberText(1e-12)).toBe("0");
  });

  test("kinds: amounts, percent formats, dates, months, yes/no, formulas, rich text, errors", () => {
    expect(convertCell(1234.56, "betrag")).toBe("1234.56");
    expect(convertCell(" 1.234,56 € ", "betrag")).toBe("1.234,56");
    expect(convertCell("zwölf", "betrag")).toBe("zwölf");
    expect(convertCell(0.15, "prozent", "0%")).toBe("15");
    expect(convertCell(15, "prozent", '#,##0.00 "%"')).toBe("15");
    expect(convertCell(new Date(Date.UTC(2026, 0, 31)), "datum")).toBe("2026-01-31");
    expect(convertCell(46053, "datum")).toBe("2026-01-31");
    expect(convertCell("31.01.2026", "datum")).toBe("2026-01-31");
    expect(convertCell("gestern", "datum")).toBe("gestern");
    expect(convertCell("01/2026", "monat")).toBe("2026-01");
    expect(convertCell(new Date(Date.UTC(2026, 1, 1)), "monat")).toBe("2026-02");
    expect(convertCell("Ja", "janein")).toBe(true);
    expect(convertCell(false, "janein")).toBe(false);
    expect(convertCell({ formula: "SUM(A1:A2)", result: 12.5 } as any, "betrag")).toBe("12.5");
    expect(convertCell({ formula: "SUM(A1:A2)" } as any, "betrag")).toBeUndefined();
    expect(convertCell({ richText: [{ text: "Tages" }, { text: "assistenz" }] } as any, "liste")).toBe("Tagesassistenz");
    expect(convertCell({ text: "B-7", hyperlink: "http://x" } as any, "text")).toBe("B-7");
    expect(convertCell({ error: "#DIV/0!" } as any, "betrag")).toBe("#DIV/0!");
    expect(convertCell("   ", "text")).toBeUndefined();
    expect(convertCell(null, "zahl")).toBeUndefined();
  });

  test("fuzz: any cell value of any kind converts without throwing", () => {
    const value = fc.oneof(
      fc.constant(null),
      fc.string(),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.date(),
      fc.record({ formula: fc.string(), result: fc.oneof(fc.double(), fc.string(), fc.constant(undefined)) }),
      fc.record({ richText: fc.array(fc.record({ text: fc.string() })) }),
      fc.record({ error: fc.constantFrom("#DIV/0!", "#NV", "#WERT!") }),
    );
    const kind = fc.constantFrom("text", "betrag", "datum", "monat", "zahl", "prozent", "janein", "liste" as const);
    fc.assert(fc.property(value, kind, fc.option(fc.string()), (v, k, fmt) => {
      convertCell(v as any, k, fmt ?? undefined);
    }), { numRuns: 2000 });
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
        } else expect(o.message).toContain(`fuzz-${n - 1}.xlsx`);
      }),
      { numRuns: 60 },
    );
  }, 120000);
});
