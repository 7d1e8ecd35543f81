/** Typings of test/support/fake-excel.js (an in-memory Excel behind the Office.js object model). See the JS file's header. */

export type FakeCell = string | number | boolean | null;

export interface FakeExcelOptions {
  /** Names of the starting sheets (default ["Tabelle1"]). */
  sheets?: string[];
  workbookName?: string;
  platform?: string;
  dateSystem?: 1900 | 1904;
}

export interface FakeValidation {
  rule?: Record<string, any>;
  prompt?: { showPrompt?: boolean; title?: string; message?: string };
  errorAlert?: { showAlert?: boolean; style?: string; title?: string; message?: string };
  ignoreBlanks: boolean;
}

export interface FakeExcelControl {
  setValues(sheet: string, address: string, values: FakeCell[][]): void;
  setValue(sheet: string, address: string, value: FakeCell): void;
  setFormulaResult(sheet: string, address: string, value: FakeCell | FakeCell[][]): void;
  setNumberFormat(sheet: string, address: string, format: string): void;
  getValues(sheet: string, address: string): FakeCell[][];
  getValue(sheet: string, address: string): FakeCell;
  getFormulas(sheet: string, address: string): FakeCell[][];
  getNumberFormats(sheet: string, address: string): string[][];
  selection(): { sheet: string; address: string };
  getSelection(): { sheet: string; address: string };
  activeSheet(): string;
  sheetNames(): string[];
  tableNames(): string[];
  table(name: string): { name: string; sheet: string; address: string; style: string; showTotals: boolean } | undefined;
  names(): { name: string; value: string }[];
  validation(sheet: string, cell: string): FakeValidation | undefined;
  columnWidth(sheet: string, column: string | number): number;
  frozenRows(sheet: string): number;
  pageLayout(sheet: string): {
    paperSize: string;
    orientation: string;
    zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
    printArea?: string;
    printTitleRows?: string;
    printTitleColumns?: string;
    printOrder: "DownThenOver" | "OverThenDown";
    headerFooter: { leftHeader: string; centerHeader: string; rightHeader: string; leftFooter: string; centerFooter: string; rightFooter: string };
  };
  font(sheet: string, cell: string): { bold?: boolean; italic?: boolean; size?: number; color?: string };
  addSheet(name?: string): string;
  deleteSheet(name: string): void;
  renameSheet(oldName: string, newName: string): void;
  addTable(sheet: string, address: string, name?: string): string;
  protectSheet(name: string, on?: boolean): void;
  setVisibility(sheet: string, visibility: "Visible" | "Hidden" | "VeryHidden"): void;
  merge(sheet: string, address: string): void;
  setDateSystem(system: 1900 | 1904): void;
  syncCount(): number;
  runs(): { options: Record<string, unknown>; syncs: number }[];
  operationCount(): number;
  resetCounters(): void;
  handlerCount(): number;
  failNextSync(code: string, message?: string): void;
  workbookName(name?: string): string;
  reset(options?: FakeExcelOptions): void;
}

export interface FakeExcel {
  Excel: typeof Excel;
  Office: typeof Office;
  OfficeExtension: { Error: new (code: string, message: string) => Error & { code: string }; ErrorCodes: Record<string, string> };
  control: FakeExcelControl;
}

export function createFakeExcel(options?: FakeExcelOptions): FakeExcel;
/** Installs a fresh fake on `target` (globalThis): Excel, Office, OfficeExtension, __fakeExcel. */
export function install(target: object, options?: FakeExcelOptions): FakeExcel;
export function uninstall(target: object): void;
export class FakeOfficeError extends Error {
  constructor(code: string, message: string);
  code: string;
  debugInfo: { code: string; message: string };
}
export function columnLetter(column: number): string;
export function parseAddress(address: string): { sheet?: string; ref: string; r1: number; c1: number; r2: number; c2: number };
