/**
 * The months in which the plan's figures change, and why: what a budget holder and a caseworker look for in a
 * plan across New Year or with a raise. Derived from the month-by-month amounts the plan already computed:
 * a position whose amount differs from the month before is listed with its reason (a change from a day on,
 * its start or end, or the new calendar year's legal figures).
 */
import { compareDates, germanDate, type CalDate, type YearMonth } from "../dates";
import { cents, type Dec } from "../money";
import type { PlanMonth } from "./months";
import type { PlanPosition } from "./types";

export interface PositionWechsel {
  bezeichnung: string;
  vorher: Dec;
  nachher: Dec;
  grund: string;
}

export interface Wechsel {
  monat: YearMonth;
  /** The first day of the plan month (plans may run from the 15th to the 14th). */
  ab: CalDate;
  /** The plan's whole monthly need before and in this month. */
  vorher: Dec;
  nachher: Dec;
  positionen: PositionWechsel[];
}

const within = (d: CalDate | undefined, from: CalDate, to: CalDate) => d !== undefined && compareDates(d, from) >= 0 && compareDates(d, to) <= 0;

function grundOf(p: PlanPosition, prev: PlanMonth, cur: PlanMonth): string {
  const reasons: string[] = [];
  // an event in this month changes it; one in the month before (on another day than its first) makes this the first whole month
  const note = (d: CalDate | undefined, what: string, after = " (erster ganzer Monat)") => {
    if (within(d, cur.start, cur.end)) reasons.push(`${what} ${germanDate(d!)}`);
    else if (within(d, prev.start, prev.end)) reasons.push(`${what} ${germanDate(d!)}${after}`);
  };
  note(p.von, "Beginn am");
  note(p.bis, "Ende am", "");
  for (const c of p.aenderungen) note(c.ab, "Änderung ab");
  if (reasons.length === 0 && cur.start.y !== prev.start.y && (p.payroll || p.jahreswerte)) reasons.push(`${p.jahreswerte ?? "Rechengrößen"} ${cur.start.y}`);
  return reasons.join(", ");
}

export function wechselOf(months: readonly PlanMonth[], positionen: readonly { position: PlanPosition; monate: readonly Dec[] }[], monatsplan: readonly { monat: YearMonth; betrag: Dec }[]): Wechsel[] {
  const out: Wechsel[] = [];
  for (let k = 1; k < months.length; k++) {
    const list: PositionWechsel[] = [];
    for (const r of positionen) {
      if (r.monate[k] === r.monate[k - 1]) continue; // months share the amount object when nothing changed
      const vorher = cents(r.monate[k - 1]);
      const nachher = cents(r.monate[k]);
      if (!vorher.eq(nachher)) list.push({ bezeichnung: r.position.bezeichnung, vorher, nachher, grund: grundOf(r.position, months[k - 1], months[k]) });
    }
    if (list.length) out.push({ monat: monatsplan[k].monat, ab: months[k].start, vorher: monatsplan[k - 1].betrag, nachher: monatsplan[k].betrag, positionen: list });
  }
  return out;
}
