/**
 * When the budget is paid, and how much (kostenplan.md, worked example 2: 1,250.00 paid half-yearly as
 * 625.00 twice, not as 104.17 a month). Payments are made in advance, at the start of each block of months
 * counted from the start of the Bewilligungszeitraum; the last block may be shorter.
 *
 * Which figure is paid:
 * - monthly, or where the monthly budget is the agreed figure (`rundung.monat`): each block pays the monthly
 *   payment × its months (so twelve payments of 104.17 may differ from the agreed 1,250.00 by cents: both
 *   are shown);
 * - otherwise (and always for an agreed period amount, `vereinbart.zeitraumbetrag`) the agreed period amount (after `rundung.gesamt`) less the Eigenanteil of all months is split over
 *   the blocks in proportion to the month-by-month need, in whole cents by largest remainder, so the payments
 *   add up to it exactly.
 */
import { ZERO, allocateCents, sum, type Dec } from "../money";
import type { CalDate, YearMonth } from "../dates";
import type { Plan, Zahlweise } from "./types";

export const MONATE_JE_ZAHLUNG: Readonly<Record<Zahlweise, number>> = { monatlich: 1, vierteljaehrlich: 3, halbjaehrlich: 6, jaehrlich: 12 };

export interface Zahlung {
  /** Due date: the first day of the block (the plan's first day for the first block). */
  faellig: CalDate;
  von: YearMonth;
  bis: YearMonth;
  monate: number;
  betrag: Dec;
}

export interface PaymentFigures {
  summeZeitraum: Dec;
  auszahlung: Dec;
  monatsplan: readonly { monat: YearMonth; betrag: Dec }[];
}

export function zahlungsplan(plan: Plan, f: PaymentFigures): Zahlung[] {
  const step = MONATE_JE_ZAHLUNG[plan.einstellungen.zahlweise];
  const starts = plan.zeitraum.monthStarts;
  const blocks: { first: number; last: number }[] = [];
  for (let k = 0; k < starts.length; k += step) blocks.push({ first: k, last: Math.min(k + step, starts.length) - 1 });
  const monthsOf = (b: { first: number; last: number }) => b.last - b.first + 1;
  // an agreed period amount (`vereinbart.zeitraumbetrag`) is the figure of the Bescheid: the payments add up to it
  const byMonth = !plan.vereinbart?.zeitraumbetrag && (step === 1 || plan.einstellungen.rundungMonat !== undefined);
  let amounts: Dec[];
  if (byMonth) {
    amounts = blocks.map((b) => f.auszahlung.mul(monthsOf(b)));
  } else {
    // what the Träger pays over the period (the agreed total less the Eigenanteil of every month), split by need
    const weights = blocks.map((b) => sum(f.monatsplan.slice(b.first, b.last + 1).map((m) => m.betrag)));
    const net = f.summeZeitraum.sub(plan.eigenanteilMonat.mul(starts.length));
    amounts = net.isNegative() ? blocks.map(() => ZERO) : allocateCents(net, weights);
  }
  return blocks.map((b, j) => ({
    faellig: starts[b.first],
    von: f.monatsplan[b.first].monat,
    bis: f.monatsplan[b.last].monat,
    monate: monthsOf(b),
    betrag: amounts[j],
  }));
}

export function summeZahlungen(z: readonly Zahlung[]): Dec {
  return sum(z.map((x) => x.betrag));
}
