/**
 * writeSummary(values): the check's figures into the summary's value cells, found through the workbook name
 * SUMMARY_VALUES_NAME (so a renamed sheet still works). Row k of the name is SUMMARY_ROWS[k]; only cells
 * without a formula are written. Three syncs: the name, its cells' formulas, the writes.
 */
import { SUMMARY_ROWS, SUMMARY_VALUES_NAME } from "../../workbook/layout";
import { HostError, type SummaryValues } from "../host/types";
import { runWrite } from "./run";

export const SUMMARY_SYNCS = 3;
export const SUMMARY_MISSING = "Die Übersicht fehlt – bitte Vorlage einfügen.";

const isFormula = (f: unknown) => typeof f === "string" && f.startsWith("=");

export async function writeSummaryValues(values: SummaryValues): Promise<void> {
  await runWrite(async (context) => {
    const name = context.workbook.names.getItemOrNullObject(SUMMARY_VALUES_NAME);
    await context.sync();
    if (name.isNullObject) throw new HostError(SUMMARY_MISSING, "uebersicht");

    const range = name.getRangeOrNullObject().load("formulas, rowCount");
    await context.sync();
    if (range.isNullObject) throw new HostError(SUMMARY_MISSING, "uebersicht");

    SUMMARY_ROWS.forEach((row, k) => {
      const v = values[row.key];
      if (row.heading || v === undefined || !Number.isFinite(v) || k >= range.rowCount) return;
      if (isFormula(range.formulas[k]?.[0])) return;
      range.getCell(k, 0).values = [[v]];
    });
    await context.sync();
  });
}
