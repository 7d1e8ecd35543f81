/**
 * The months of a plan and how much of each month a position's version covers (kostenplan.md „Changes inside
 * the period“): a position counts from `von` to `bis`; a version from its day `ab` to the next version's.
 * A month that starts with a change uses the new values for the whole month; a change or a start or end on
 * another day splits the month pro rata by days.
 */
import { addDays, compareDates, type CalDate, type Period } from "../dates";
import type { PlanPosition, PositionVersion } from "./types";

export interface PlanMonth {
  index: number;
  start: CalDate;
  /** Last day (the day before the next month's start, or the period's end). */
  end: CalDate;
  days: number;
}

/** Part of a month under one version. */
export interface Slice {
  version: PositionVersion;
  start: CalDate;
  days: number;
}

const dayNumber = (c: CalDate) => Date.UTC(c.y, c.m - 1, c.d) / 86400000;
const daysFrom = (a: CalDate, b: CalDate) => dayNumber(b) - dayNumber(a) + 1;
const later = (a: CalDate, b: CalDate) => (compareDates(a, b) >= 0 ? a : b);
const earlier = (a: CalDate, b: CalDate) => (compareDates(a, b) <= 0 ? a : b);

export function planMonths(z: Period): PlanMonth[] {
  return z.monthStarts.map((start, k) => {
    const end = k + 1 < z.monthStarts.length ? addDays(z.monthStarts[k + 1], -1) : z.ende;
    return { index: k, start, end, days: daysFrom(start, end) };
  });
}

/** All versions of a position, the first one valid from the period's start. */
export function versionsOf(p: PlanPosition, z: Period): PositionVersion[] {
  return [{ ab: z.beginn, bemessung: p.bemessung, payroll: p.payroll, zuschlagProzent: p.zuschlagProzent }, ...p.aenderungen];
}

/** Whether the position changes inside the period at all (then its months may differ). */
export function changesInPeriod(p: PlanPosition): boolean {
  return p.von !== undefined || p.bis !== undefined || p.aenderungen.length > 0;
}

/** The parts of month `m` the position covers, each with the version valid in it. */
export function slicesOf(p: PlanPosition, versions: readonly PositionVersion[], m: PlanMonth): Slice[] {
  if (versions.length === 1 && !p.von && !p.bis) return [{ version: versions[0], start: m.start, days: m.days }];
  const from = p.von ? later(m.start, p.von) : m.start;
  const to = p.bis ? earlier(m.end, p.bis) : m.end;
  if (compareDates(from, to) > 0) return [];
  const out: Slice[] = [];
  for (let i = 0; i < versions.length; i++) {
    const vStart = i === 0 ? from : later(from, versions[i].ab);
    const vEnd = i + 1 < versions.length ? earlier(to, addDays(versions[i + 1].ab, -1)) : to;
    if (compareDates(vStart, vEnd) > 0) continue;
    out.push({ version: versions[i], start: vStart, days: daysFrom(vStart, vEnd) });
  }
  return out;
}
