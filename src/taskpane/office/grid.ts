/**
 * Excel addresses and used ranges as the plain grids the shared reader (workbook/grid-read.ts) takes.
 * Office.js returns formula results in `values`, dates as serial numbers and empty cells as "".
 */
import type { GridSheet, GridTable } from "../../workbook/grid-read";
import { toGridValue } from "../../workbook/cells";
import { columnLetter, parseAddress, type Rect } from "../../workbook/layout";

export { parseAddress };

export type { Rect };

/** A1 address of a rect (no sheet). */
export function rectAddress(r: Rect): string {
  const a = `${columnLetter(r.c1)}${r.r1}`;
  return r.r1 === r.r2 && r.c1 === r.c2 ? a : `${a}:${columnLetter(r.c2)}${r.r2}`;
}

/** What was loaded of a used range (address, values, numberFormat); undefined for an empty sheet. */
export interface LoadedRange {
  address: string;
  values: unknown[][];
  numberFormat?: unknown[][];
}

/** One sheet as a GridSheet: the used range placed at its top-left offset, plus the sheet's tables. */
export function toGridSheet(name: string, used: LoadedRange | undefined, tables: readonly GridTable[]): GridSheet {
  const rect = used ? parseAddress(used.address).rect : undefined;
  const values = used?.values ?? [];
  const formats = used?.numberFormat;
  const at = <T>(grid: T[][] | undefined, row: number, col: number): T | undefined => {
    if (!rect || !grid || row < rect.r1 || col < rect.c1) return undefined;
    return grid[row - rect.r1]?.[col - rect.c1];
  };
  return {
    name,
    rowCount: rect ? rect.r2 : 0,
    columnCount: rect ? rect.c2 : 0,
    value: (row, col) => toGridValue(at(values, row, col)),
    numFmt: (row, col) => {
      const f = at(formats, row, col);
      return typeof f === "string" && f !== "General" ? f : undefined;
    },
    tables,
  };
}

/** A table from its range address (sheet included) and totals flag. */
export function toGridTable(name: string, address: string, showTotals: boolean): { sheet: string; table: GridTable } {
  const { sheet, rect } = parseAddress(address);
  return { sheet: sheet ?? "", table: { name, ...rect, totalsRow: showTotals } };
}
