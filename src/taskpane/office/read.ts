/**
 * read(): the workbook's template sheets as plain grids for the one reader (grid-read.ts), in three syncs
 * whatever the number of rows: (1) sheets with their visibility, tables, the date system; (2) table ranges,
 * used ranges and merged areas (addresses only); (3) values and number formats of the sheets that can hold
 * a template table, after their size was checked against the reader's limits, so a huge sheet elsewhere in
 * the workbook is never loaded. Of a template sheet only the columns the reader can use are loaded (those
 * of its tables, or the first 200 where it finds a table by its header), so a stray value in column XFD
 * does not make the sheet 16,384 columns wide.
 */
import { gridToJson, hasTemplate, isTemplateSheet, MAX_TABELLENZEILEN, type GridTable, type Sichtbarkeit, type WorkbookRead } from "../../workbook/grid-read";
import { columnLetter, parseAddress, type Rect } from "../../workbook/layout";
import { HostError } from "../host/types";
import { toGridSheet, toGridTable } from "./grid";
import { runRead } from "./run";
import { dateSystemOf, probeDateSystem } from "./date-system";

export const READ_SYNCS = 3;

/** Cells loaded at most (rows × columns of the template sheets' used ranges). */
const MAX_ZELLEN = 3_000_000;
/** Columns the reader looks at on a sheet without a named table (it finds the header among them). */
const HEADER_COLUMNS = 200;

const VISIBILITY: Record<string, Sichtbarkeit> = { Visible: "sichtbar", Hidden: "ausgeblendet", VeryHidden: "sehr-ausgeblendet" };

function mergedApi(): boolean {
  const req = (globalThis as { Office?: { context?: { requirements?: { isSetSupported?(set: string, v: string): boolean } } } }).Office?.context?.requirements;
  return typeof req?.isSetSupported === "function" && req.isSetSupported("ExcelApi", "1.13");
}

function rectsOf(address: string): Rect[] {
  return address
    .split(",")
    .map((a) => a.trim())
    .filter(Boolean)
    .map((a) => parseAddress(a).rect);
}

export async function readWorkbook(): Promise<WorkbookRead | undefined> {
  return runRead(async (context) => {
    const wb = context.workbook;
    wb.load("name");
    const sheets = wb.worksheets.load("items/name, items/visibility");
    const tables = wb.tables.load("items/name, items/showTotals");
    const probe = probeDateSystem(context);
    await context.sync();

    const tableRanges = tables.items.map((t) => t.getRange().load("address"));
    const withMerges = mergedApi();
    const used = sheets.items.map((ws) => {
      const range = ws.getUsedRangeOrNullObject(true).load("address");
      return { range, merged: withMerges ? range.getMergedAreasOrNullObject().load("address") : undefined };
    });
    await context.sync();

    const bySheet = new Map<string, GridTable[]>();
    tables.items.forEach((t, k) => {
      const { sheet, table } = toGridTable(t.name, tableRanges[k].address, t.showTotals);
      const key = sheet.toLowerCase();
      bySheet.set(key, [...(bySheet.get(key) ?? []), table]);
    });
    const wanted = sheets.items.map((ws, k) => {
      const own = bySheet.get(ws.name.toLowerCase()) ?? [];
      return !used[k].range.isNullObject && isTemplateSheet(ws.name, own.map((t) => t.name));
    });
    let cells = 0;
    const areas = sheets.items.map((ws, k): Rect | undefined => {
      if (!wanted[k]) return undefined;
      const rect = parseAddress(used[k].range.address).rect;
      if (rect.r2 > MAX_TABELLENZEILEN + 10) {
        throw new HostError(`Das Blatt „${ws.name}“ hat ${rect.r2.toLocaleString("de-DE")} Zeilen – so große Arbeitsmappen werden nicht geprüft (höchstens ${MAX_TABELLENZEILEN.toLocaleString("de-DE")} Zeilen je Tabelle).`, "zu-gross");
      }
      const own = bySheet.get(ws.name.toLowerCase()) ?? [];
      const lastCol = Math.min(rect.c2, own.length ? Math.max(...own.map((t) => t.c2)) : HEADER_COLUMNS);
      if (lastCol < rect.c1) return undefined;
      cells += (rect.r2 - rect.r1 + 1) * (lastCol - rect.c1 + 1);
      return { ...rect, c2: lastCol };
    });
    if (cells > MAX_ZELLEN) {
      throw new HostError(`Die Blätter der Vorlage umfassen ${cells.toLocaleString("de-DE")} Zellen – so große Arbeitsmappen werden nicht geprüft.`, "zu-gross");
    }
    const loaded = sheets.items.map((ws, k) => {
      const a = areas[k];
      return a ? ws.getRange(`${columnLetter(a.c1)}${a.r1}:${columnLetter(a.c2)}${a.r2}`).load("address, values, numberFormat") : undefined;
    });
    await context.sync();

    const grids = sheets.items.flatMap((ws, k) => {
      const range = loaded[k];
      if (!range) return [];
      const m = used[k].merged;
      const merged = m && !m.isNullObject ? rectsOf(m.address) : [];
      const grid = toGridSheet(ws.name, range, bySheet.get(ws.name.toLowerCase()) ?? []);
      return [{ ...grid, sichtbarkeit: VISIBILITY[ws.visibility] ?? "sichtbar", merged }];
    });
    if (!hasTemplate(grids)) return undefined;
    return gridToJson({ name: wb.name || "Arbeitsmappe", sheets: grids, dateSystem: dateSystemOf(probe) });
  });
}
