/**
 * How the written template prints, read back from the .xlsx XML itself (not through exceljs): every visible
 * sheet on A4 (paperSize 9), landscape where wide, fitted to one page width — the Kostenplan, too wide for that
 * at a readable scale, to several with its first column repeated, pages over then down —, a print area over its
 * tables, the header row repeated, and header/footer with the sheet, the date and „Seite &P von &N“.
 */
import { strFromU8, unzipSync } from "fflate";
import { SHEETS, columnNumber } from "../../src/workbook/layout";
import { MIN_SKALIERUNG, breitePunkte, druckbereich, kopfText, kopfUndFuss, seitenBreit, spaltenbreiten, vorlageDruck, xlsxKopfzeile } from "../../src/workbook/print";
import { buildTemplate } from "../../src/workbook/xlsx-write";

type Parts = Record<string, Uint8Array>;

const attr = (xml: string, tag: string, name: string): string | undefined => {
  const m = new RegExp(`<${tag}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml);
  return m?.[1];
};
const text = (xml: string, tag: string): string | undefined => {
  const m = new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(xml);
  return m?.[1].replace(/&amp;/g, "&").replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">");
};

/** Sheet name → its XML, through workbook.xml and its relationships (as Excel resolves them). */
function sheetsOf(parts: Parts): { workbook: string; sheets: Map<string, string>; index: Map<string, number> } {
  const workbook = strFromU8(parts["xl/workbook.xml"]);
  const rels = strFromU8(parts["xl/_rels/workbook.xml.rels"]);
  const target = new Map([...rels.matchAll(/<Relationship\b[^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1], m[2]]));
  const sheets = new Map<string, string>();
  const index = new Map<string, number>();
  [...workbook.matchAll(/<sheet\b[^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)].forEach((m, i) => {
    const path = target.get(m[2])!.replace(/^\/?(xl\/)?/, "xl/");
    sheets.set(m[1], strFromU8(parts[path]));
    index.set(m[1], i);
  });
  return { workbook, sheets, index };
}

function definedName(workbook: string, name: string, sheetIndex: number): string | undefined {
  const m = new RegExp(`<definedName name="${name.replace(/\./g, "\\.")}" localSheetId="${sheetIndex}">([^<]*)</definedName>`).exec(workbook);
  return m?.[1].replace(/&apos;/g, "'");
}

const absolute = (range: string) => range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");

describe("the written template prints on A4", () => {
  let parts: Parts;
  beforeAll(async () => {
    parts = unzipSync(new Uint8Array((await buildTemplate().xlsx.writeBuffer()) as ArrayBuffer));
  });

  test("paper size 9, orientation, fit to the page width, print area, title row, header and footer", () => {
    const { workbook, sheets, index } = sheetsOf(parts);
    const visible = SHEETS.filter((s) => !s.hidden);
    expect(visible.length).toBeGreaterThanOrEqual(7);
    for (const s of visible) {
      const xml = sheets.get(s.name)!;
      expect(xml).toBeDefined();
      const got = {
        sheet: s.name,
        paperSize: attr(xml, "pageSetup", "paperSize"),
        orientation: attr(xml, "pageSetup", "orientation"),
        fitToWidth: attr(xml, "pageSetup", "fitToWidth"),
        fitToHeight: attr(xml, "pageSetup", "fitToHeight"),
        fitToPage: attr(xml, "pageSetUpPr", "fitToPage"),
        pageOrder: attr(xml, "pageSetup", "pageOrder"),
        printArea: definedName(workbook, "_xlnm.Print_Area", index.get(s.name)!),
        header: text(xml, "oddHeader"),
        footer: text(xml, "oddFooter"),
      };
      expect(got).toEqual({
        sheet: s.name,
        paperSize: "9",
        orientation: s.landscape ? "landscape" : "portrait",
        fitToWidth: String(vorlageDruck(s)!.seitenBreit ?? 1),
        fitToHeight: "0",
        fitToPage: "1",
        pageOrder: s.name === "Kostenplan" ? "overThenDown" : undefined,
        printArea: `'${s.name}'!${absolute(druckbereich(s)!)}`,
        header: "&LPersönliches Budget – &A",
        footer: "&LGedruckt am &D&RSeite &P von &N",
      });
      const titles = s.name === "Kostenplan" ? `'${s.name}'!$A:$A,'${s.name}'!$1:$1` : s.tables.length ? `'${s.name}'!$1:$1` : undefined;
      expect(definedName(workbook, "_xlnm.Print_Titles", index.get(s.name)!)).toBe(titles);
    }
    // the Kostenplan several pages wide (its first column, Bezeichnung, on each); the narrow sheets one page wide
    const fit = (name: string) => attr(sheets.get(name)!, "pageSetup", "fitToWidth");
    expect(Number(fit("Kostenplan"))).toBeGreaterThanOrEqual(3);
    for (const name of ["Übersicht", "Einnahmen", "Beschäftigte", "Ausgaben"]) expect({ name, fit: fit(name) }).toEqual({ name, fit: "1" });
  });

  test("a sheet prints one page wide while that keeps it at 60 % or more, else on as many pages as keep that scale", () => {
    expect(MIN_SKALIERUNG).toBe(0.6);
    const quer = 842 - 2 * 50.4;
    // the Kostenplan: about 770 characters wide, on one landscape page it would print at under 20 %
    const kp = SHEETS.find((s) => s.name === "Kostenplan")!;
    const breiten = spaltenbreiten(kp);
    expect(breiten.length).toBe(52);
    const gesamt = breiten.reduce((n, b) => n + b, 0);
    expect(quer / gesamt).toBeLessThan(0.2);
    const n = seitenBreit(breiten, true);
    expect(n).toBe(vorlageDruck(kp)!.seitenBreit);
    // on n pages, each with the first column again, it fits at the minimum scale (so Excel's fit is at least that)
    expect((gesamt + (n - 1) * breiten[0]) * MIN_SKALIERUNG).toBeLessThanOrEqual(n * quer);
    // one page fewer would not do even without page breaks between columns
    expect((gesamt + (n - 2) * breiten[0]) * MIN_SKALIERUNG).toBeGreaterThan((n - 1) * quer);
    // narrow sheets: one page, at 60 % or more
    for (const name of ["Einnahmen", "Beschäftigte", "Ausgaben"]) {
      const s = SHEETS.find((x) => x.name === name)!;
      const w = spaltenbreiten(s).reduce((a, b) => a + b, 0);
      expect({ name, pages: seitenBreit(spaltenbreiten(s), !!s.landscape), readable: (s.landscape ? quer : 595 - 2 * 50.4) / w >= MIN_SKALIERUNG }).toEqual({ name, pages: 1, readable: true });
      expect(vorlageDruck(s)!.titelspalten).toBeUndefined();
    }
    expect(vorlageDruck(kp)).toMatchObject({ titelspalten: "$A:$A", titelzeilen: "$1:$1" });
    // a page breaks between columns: a column that does not fit starts the next page
    const p = breitePunkte(100);
    expect(seitenBreit([p, p, p], true)).toBe(2);
    expect(seitenBreit([breitePunkte(10)], false)).toBe(1);
  });

  test("the print areas cover every table with all its rows; the wide sheets print landscape", () => {
    expect(druckbereich(SHEETS.find((s) => s.name === "Kostenplan")!)).toBe("A1:AZ101");
    expect(druckbereich(SHEETS.find((s) => s.name === "Ausgaben")!)).toBe("A1:H5001");
    const einstellungen = druckbereich(SHEETS.find((s) => s.name === "Einstellungen")!)!;
    // the settings form (A–C) and the Träger table beside it (from E)
    expect(columnNumber(einstellungen.split(":")[1].replace(/\d+/g, ""))).toBeGreaterThanOrEqual(5);
    const wide = SHEETS.filter((s) => s.landscape).map((s) => s.name);
    expect(wide).toEqual(expect.arrayContaining(["Kostenplan", "Ausgaben"]));
  });

  test("with an Aktenzeichen the header names it; a literal & is doubled", () => {
    const k = kopfUndFuss("PB & 42");
    expect(xlsxKopfzeile(k.kopf)).toBe("&LPersönliches Budget – &A&RAktenzeichen PB && 42");
    expect(xlsxKopfzeile(k.fuss)).toBe("&LGedruckt am &D&RSeite &P von &N");
    expect(kopfText("x".repeat(300)).length).toBeLessThanOrEqual(80);
  });
});
