/**
 * The own .xlsx reader (src/workbook/xlsx/) on hand-made files: what other writers do (no cell references,
 * inline strings, namespace prefixes, absolute part names) and what hostile files do (parts reached many
 * times, cells out of order, unknown entities, rows that are only formatted).
 */
import { join } from "node:path";
import { writeFileSync } from "node:fs";
import { readXlsxGrids } from "../../src/workbook/xlsx/workbook";
import { isTemplateSheet } from "../../src/workbook/grid-read";
import { readWorkbook } from "../../src/workbook/xlsx-read";
import { craftXlsx, minimalWorkbook, row, sheetXml } from "../support/xlsx-craft";
import { tempDir } from "./helpers";

const dir = tempDir("budget-xlsx-");
const grids = (parts: Record<string, string | Uint8Array>) => readXlsxGrids(craftXlsx(parts), "x.xlsx", isTemplateSheet);
const file = (name: string, parts: Record<string, string | Uint8Array>) => {
  const p = join(dir, name);
  writeFileSync(p, craftXlsx(parts));
  return p;
};

test("other writers: no references, inline strings, prefixes, absolute targets, the 1904 flag as „true“", () => {
  const xml = `<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>${row(1, ["Datum", "Betrag"], false).replace(/<(\/?)(row|c|is|t|v)/g, "<$1x:$2")}${row(2, [46053, 12.5], false).replace(/<(\/?)(row|c|is|t|v)/g, "<$1x:$2")}</x:sheetData></x:worksheet>`;
  const book = grids(minimalWorkbook([{ name: "Ausgaben", xml }], { absolute: true, date1904: "true" }));
  expect(book.dateSystem).toBe(1904);
  const s = book.sheets[0];
  expect([s.value(1, 1), s.value(1, 2), s.value(2, 1), s.value(2, 2)]).toEqual(["Datum", "Betrag", 46053, 12.5]);
});

test("cells are stored in the rows their references name, also out of order", () => {
  const s = grids(minimalWorkbook([{ name: "Ausgaben", xml: `<row r="5"><c r="A6"><v>1</v></c><c r="B5"><v>2</v></c></row>` }])).sheets[0];
  expect(s.value(6, 1)).toBe(1);
  expect(s.value(5, 2)).toBe(2);
  expect(s.value(6, 2)).toBeNull();
});

test("numbers are read strictly: „0x10“ and „1e400“ stay text", () => {
  const s = grids(minimalWorkbook([{ name: "Ausgaben", xml: `<row r="1"><c r="A1"><v>0x10</v></c><c r="B1"><v>1e400</v></c><c r="C1"><v>-1.5E+3</v></c></row>` }])).sheets[0];
  expect([s.value(1, 1), s.value(1, 2), s.value(1, 3)]).toEqual(["0x10", "1e400", -1500]);
});

test("rows that are only formatted, far below, are no reason to refuse a file", () => {
  const s = grids(minimalWorkbook([{ name: "Ausgaben", xml: `${row(1, ["Datum", "Betrag"])}<row r="500000" s="1"><c r="A500000" s="1"/></row>` }])).sheets[0];
  expect(s.rowCount).toBe(1);
});

test("a part reached many times is inflated once; a sheet listed twice is read once", () => {
  const parts = minimalWorkbook([{ name: "Ausgaben", xml: row(1, ["Datum", "Betrag"]) }]);
  parts["xl/workbook.xml"] = String(parts["xl/workbook.xml"]).replace(/<sheet [^>]*\/>/, (m) => m + m.replace('name="Ausgaben"', 'name="Ausgaben2"').repeat(1).replace(/sheetId="1"/, 'sheetId="2"'));
  const rels = Array.from({ length: 500 }, (_, i) => `<Relationship Id="t${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table1.xml"/>`).join("");
  parts["xl/worksheets/_rels/sheet1.xml.rels"] = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`;
  parts["xl/tables/table1.xml"] = `<?xml version="1.0"?><table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" name="tblAusgaben" displayName="tblAusgaben" ref="A1:B2"/>`;
  const book = grids(parts);
  expect(book.sheets).toHaveLength(1);
  expect(book.sheets[0].tables).toEqual([{ name: "tblAusgaben", r1: 1, c1: 1, r2: 2, c2: 2, totalsRow: false }]);
});

test("too many relationships, unknown entities and a text over 1 MB: German messages", async () => {
  const many = minimalWorkbook([{ name: "Ausgaben", xml: row(1, ["Datum", "Betrag"]) }]);
  many["xl/worksheets/_rels/sheet1.xml.rels"] = `<Relationships>${Array.from({ length: 10_001 }, (_, i) => `<Relationship Id="r${i}" Type="x/table" Target="t.xml"/>`).join("")}</Relationships>`;
  await expect(readWorkbook(file("verweise.xlsx", many))).rejects.toThrow(/verweise\.xlsx: Die Arbeitsmappe entpackt sich zu einer zu großen Datenmenge \(ein Teil .* zu viele Verweise\)/);
  const entity = minimalWorkbook([{ name: "Ausgaben", xml: `<row r="1"><c r="A1" t="inlineStr"><is><t>&toString;</t></is></c></row>` }]);
  await expect(readWorkbook(file("entity.xlsx", entity))).rejects.toThrow(/entity\.xlsx: Die Arbeitsmappe ist beschädigt/);
  const doctype = minimalWorkbook([{ name: "Ausgaben", xml: `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]>${sheetXml("")}` }]);
  await expect(readWorkbook(file("doctype.xlsx", doctype))).rejects.toThrow(/doctype\.xlsx: Die Arbeitsmappe ist beschädigt/);
});
