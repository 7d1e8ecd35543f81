/**
 * id → wrapper, the same pairs the metadata plugin associates in Excel (`CustomFunctions.associate`).
 * Used by the headless formula tests and the bench (HyperFormula), never by the add-in bundle.
 * The metadata contract test checks that this list matches the generated functions.json.
 */
import * as f from "./functions";
import { RESTE_ROWS } from "./results";

// the wrappers take the cells Excel passes, of any shape: `any` is their contract
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const FUNCTIONS_BY_ID: Readonly<Record<string, (...args: any[]) => unknown>> = {
  EMPLOYER_COST: f.arbeitgeberkosten,
  MONTHLY_BUDGET: f.monatsbudget,
  PERIOD_TOTAL: f.zeitraumbetrag,
  PARTIAL_BUDGET: f.teilbudget,
  MONTHLY_SCHEDULE: f.monatsplan,
  PAYMENT_SCHEDULE: f.zahlungsplan,
  CAP_HEADROOM: f.obergrenze,
  CAP_STATUS: f.obergrenzeStatus,
  LEFTOVERS: f.reste,
  MINIMUM_WAGE: f.mindestlohn,
  MINIJOB_LIMIT: f.minijobgrenze,
  LEGAL_FIGURE: f.rechengroesse,
  WEEKLY_TO_MONTHLY_HOURS: f.wochenstundenProMonat,
  RECEIPT_FREE_SUPPLIES: f.sachkostenOhneBelegBetrag,
};

/** Spills whose size never depends on the input (for engines that fix a spill's size at parse time). */
export const FIXED_SPILL_SIZES: Readonly<Record<string, { rows: number; cols: number }>> = {
  LEFTOVERS: { rows: RESTE_ROWS, cols: 2 },
};
