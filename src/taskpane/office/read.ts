/**
 * read(): every sheet's used range (values and number formats) and every table's range in two syncs,
 * whatever the number of rows → GridSheets → the shared reader (grid-read.ts).
 */
import { gridToJson, hasTemplate, type GridTable, type WorkbookRead } from "../../workbook/grid-read";
import { toGridSheet, toGridTable } from "./grid";
import { runRead } from "./run";

export const READ_SYNCS = 2;

export async function readWorkbook(): Promise<WorkbookRead | undefined> {
  return runRead(async (context) => {
    const wb = context.workbook;
    wb.load("name");
    const sheets = wb.worksheets.load("items/name");
    const tables = wb.tables.load("items/name, items/showTotals");
    await context.sync();

    const used = sheets.items.map((ws) => ws.getUsedRangeOrNullObject(true).load("address, values, numberFormat"));
    const tableRanges = tables.items.map((t) => t.getRange().load("address"));
    await context.sync();

    const bySheet = new Map<string, GridTable[]>();
    tables.items.forEach((t, k) => {
      const { sheet, table } = toGridTable(t.name, tableRanges[k].address, t.showTotals);
      const key = sheet.toLowerCase();
      bySheet.set(key, [...(bySheet.get(key) ?? []), table]);
    });
    const grids = sheets.items.map((ws, k) =>
      toGridSheet(ws.name, used[k].isNullObject ? undefined : used[k], bySheet.get(ws.name.toLowerCase()) ?? []),
    );
    if (!hasTemplate(grids)) return undefined;
    return gridToJson(grids, wb.name || "Arbeitsmappe");
  });
}
