/** Engine results → the 2-D arrays the functions spill (German label, value). Money leaves as cents here. */
import { ANTEIL_KEYS, ANTEIL_LABELS, type EmployerCost } from "../engine/employer-cost/types";
import type { Reste } from "../engine/reste/reste";
import type { PlanResult } from "../engine/plan/compute";
import { germanDate, germanMonth } from "../engine/dates";
import { money } from "./arguments";

/**
 * Fixed 15 rows × 2 columns (items not due are 0), so the spill never changes size. „Bruttolohn“ is the
 * contribution-liable pay: with surcharges by class it includes their liable part.
 */
export function employerCostRows(c: EmployerCost): (string | number)[][] {
  return [
    ["Bruttolohn", money(c.brutto.add(c.zuschlaegeSvPflichtig))],
    ["Einmalzahlung (Monatsanteil)", money(c.einmalzahlung)],
    ["beitragsfreie Zuschläge", money(c.zuschlaegeSvFrei)],
    ...ANTEIL_KEYS.map((k) => [ANTEIL_LABELS[k], money(c.anteile[k])]),
    ["Gesamt", money(c.gesamt)],
  ];
}

export const EMPLOYER_COST_ROWS = 3 + ANTEIL_KEYS.length + 1;

/** Fixed 5 rows × 2 columns: Rest, Übertrag, Rückforderung, Anrechnung, Begründung. */
export function resteRows(r: Reste): (string | number)[][] {
  return [
    ["Rest", money(r.rest)],
    ["Übertrag", money(r.uebertrag)],
    ["Rückforderung", money(r.rueckforderung)],
    ["Anrechnung", money(r.anrechnung)],
    ["Begründung", r.begruendung],
  ];
}

export const RESTE_ROWS = 5;

/** One row per plan month: "MM/JJJJ", amount. */
export function monthlyRows(r: PlanResult): (string | number)[][] {
  return r.monatsplan.map((m) => [germanMonth(m.monat), money(m.betrag)]);
}

export function paymentRows(r: PlanResult): (string | number)[][] {
  return r.zahlungsplan.map((z) => [germanDate(z.faellig), money(z.betrag)]);
}
