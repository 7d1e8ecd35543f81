/**
 * The workbook's date system (1900 or 1904), which Office.js does not expose directly: Excel's own DATE
 * function answers in it, DATE(2000;1;1) is 36526 in the 1900 system and 35064 in the 1904 system.
 * Queue `probeDateSystem` before a sync, read `dateSystemOf` after it. Used by the task pane and the
 * custom functions alike.
 */
import type { DateSystem } from "../../engine/values";

export type DateProbe = Excel.FunctionResult<number>;

export function probeDateSystem(context: Excel.RequestContext): DateProbe {
  return context.workbook.functions.date(2000, 1, 1).load("value");
}

export function dateSystemOf(probe: DateProbe): DateSystem {
  return Number(probe.value) === 35064 ? 1904 : 1900;
}
