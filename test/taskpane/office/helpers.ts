/** Test helpers: the fake Excel installed as the Office globals, the Office host over it, filling like a user. */
import * as fake from "../../support/fake-excel";
import type { FakeCell, FakeExcel, FakeExcelControl, FakeExcelOptions } from "../../support/fake-excel";
import { createOfficeHost } from "../../../src/taskpane/office";
import type { WorkbookHost } from "../../../src/taskpane/host/types";
import { SETTINGS, cellAddress, columnLetter, settingRow, tableDef } from "../../../src/workbook/layout";

export interface Setup {
  fx: FakeExcel;
  c: FakeExcelControl;
  host: WorkbookHost;
}

export function setup(options?: FakeExcelOptions): Setup {
  const fx = fake.install(globalThis, options);
  return { fx, c: fx.control, host: createOfficeHost() };
}

export function teardown(): void {
  fake.uninstall(globalThis);
}

/** Excel serial day of an ISO date (1900 system). */
export function serial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}

/** Syncs made by `action` (and the number of Excel.run calls with their options). */
export async function counted<T>(c: FakeExcelControl, action: () => Promise<T>): Promise<{ result: T; syncs: number; runs: ReturnType<FakeExcelControl["runs"]> }> {
  c.resetCounters();
  const result = await action();
  return { result, syncs: c.syncCount(), runs: c.runs() };
}

/** Types rows into a template table below its header (keys of the layout's columns), as a user would. */
export function typeRows(c: FakeExcelControl, tableName: string, rows: Record<string, FakeCell>[], sheet?: string, firstRow?: number): number[] {
  const t = tableDef(tableName);
  const start = firstRow ?? t.headerRow + 1;
  const grid = rows.map((r) => t.columns.map((col) => (r[col.key] === undefined ? null : r[col.key])));
  if (grid.length === 0) return [];
  const address = `${cellAddress(t, 0, start)}:${cellAddress(t, t.columns.length - 1, start + grid.length - 1)}`;
  c.setValues(sheet ?? t.sheet, address, grid);
  return rows.map((_, i) => start + i);
}

/** Types a setting's value into its „Wert“ cell. */
export function typeSetting(c: FakeExcelControl, key: string, value: FakeCell, sheet = "Einstellungen"): void {
  if (!SETTINGS.some((s) => s.key === key)) throw new Error(key);
  const t = tableDef("tblEinstellungen");
  const wert = t.columns.findIndex((col) => col.key === "wert");
  c.setValue(sheet, `${columnLetter(t.firstCol + wert)}${settingRow(key)}`, value);
}

/** A user sheet of `rows` rows × 8 columns (header + data). */
export function bigSheet(rows: number): FakeCell[][] {
  const out: FakeCell[][] = [["Datum", "Text", "Betrag", "A", "B", "C", "D", "E"]];
  for (let i = 1; i <= rows; i++) out.push([serial("2026-01-01") + (i % 300), `Zeile ${i}`, i * 1.25, "x", "y", i, "z", ""]);
  return out;
}
