/** HyperFormula in German Excel mode with the BUDGET.* functions registered from the golden metadata. */
import "../support/custom-functions-shim";
import * as hf from "hyperformula";
import deDE from "hyperformula/i18n/languages/deDE";
import { registerBudget, GERMAN_CONFIG } from "../support/hf-budget-plugin";
import { FIXED_SPILL_SIZES, FUNCTIONS_BY_ID } from "../../src/functions/catalog";
import metadata from "../functions/functions.golden.json";

registerBudget(hf, metadata, FUNCTIONS_BY_ID, deDE, FIXED_SPILL_SIZES);

export const { HyperFormula, DetailedCellError } = hf;
type Engine = hf.HyperFormula;
export type Sheets = Record<string, (string | number | boolean | null)[][]>;

/**
 * Builds the workbook with values first and formulas afterwards (HyperFormula fixes a spill's size when a
 * formula is parsed; with the inputs in place, the dry run sees them).
 */
export function build(sheets: Sheets): Engine {
  const values: Sheets = {};
  for (const [name, rows] of Object.entries(sheets)) {
    values[name] = rows.map((r) => r.map((v) => (typeof v === "string" && v.startsWith("=") ? null : v)));
  }
  const engine = HyperFormula.buildFromSheets(values, { ...GERMAN_CONFIG });
  engine.batch(() => {
    for (const [name, rows] of Object.entries(sheets)) {
      const sheet = engine.getSheetId(name)!;
      rows.forEach((r, row) =>
        r.forEach((v, col) => {
          if (typeof v === "string" && v.startsWith("=")) engine.setCellContents({ sheet, row, col }, v);
        }),
      );
    }
  });
  return engine;
}

/** A1 → {sheet,row,col}. */
export function at(engine: Engine, sheetName: string, a1: string) {
  const addr = engine.simpleCellAddressFromString(a1, engine.getSheetId(sheetName)!);
  if (!addr) throw new Error(`bad address ${a1}`);
  return addr;
}
