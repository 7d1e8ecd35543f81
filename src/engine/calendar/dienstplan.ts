/**
 * A weekly schedule („Mo–Fr 08:00–16:00; Sa, So 20:00–08:00“) → the hours of a span of days in the surcharge
 * classes of § 3b EStG, with the Feiertage of the Land (feiertage.ts):
 * - Nachtarbeit is 20–6 Uhr; 0–4 Uhr of a shift that began before 0 Uhr is the 40 % class (§ 3b Abs. 3 Nr. 1);
 * - Sonntags- and Feiertagsarbeit is 0–24 Uhr of the day, and 0–4 Uhr of the next day for a shift that began
 *   before 0 Uhr (§ 3b Abs. 2 S. 3, Abs. 3 Nr. 2); 31.12. from 14 Uhr counts as a Feiertag (125 %), 24.12.
 *   from 14 Uhr, 25./26.12. and 1.5. as the 150 % class; the higher class wins (§ 3b Abs. 1 „vorbehaltlich“);
 * - night and Sunday/holiday classes add up: an hour can be in one of each.
 * An hour belongs to the calendar day it is worked on; a shift that ends at or before its start ends the next day.
 */
import { Dec, ZERO } from "../money";
import { InputError } from "../errors";
import { addDays, compareDates, type CalDate } from "../dates";
import { feiertagAm, type Bundesland } from "./feiertage";
import type { ZuschlagArt, ZuschlagStunden } from "../employer-cost/zuschlaege";

export interface Schicht {
  /** Weekdays 1 = Monday … 7 = Sunday. */
  tage: number[];
  /** Minutes after the start day's midnight; `bis` beyond 24 Uhr ends the next day. */
  von: number;
  bis: number;
  /** Round the clock: the shift continues from the week before. */
  durchgehend?: boolean;
}

const DAY_NAMES = ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"];

/** „Mo“, „Mo.“, „Montag“, „montags“ → 1 … 7. */
function dayOf(word: string): number | undefined {
  const w = word.replace(/\.$/, "").replace(/s$/, "");
  const k = DAY_NAMES.findIndex((n) => n === w || n.slice(0, 2) === w);
  return k >= 0 ? k + 1 : undefined;
}

function parseDays(text: string, field: string, part: string): number[] {
  const t = text.toLowerCase().replace(/\s*(?:bis|–|—)\s*/g, "-").replace(/\s+/g, "");
  if (t === "täglich" || t === "taeglich" || t === "jedentag") return [1, 2, 3, 4, 5, 6, 7];
  const out = new Set<number>();
  for (const piece of t.split(/[,+&]|und/).filter(Boolean)) {
    const [a, b, ...rest] = piece.split("-");
    const from = dayOf(a);
    const to = b === undefined ? from : dayOf(b);
    if (!from || !to || rest.length) {
      throw new InputError(`${field}: „${part}“ – die Tage „${text}“ sind unbekannt (erlaubt z. B. „Mo–Fr“, „Sa, So“, „Montag bis Freitag“, „täglich“).`, field);
    }
    for (let d = from; ; d = (d % 7) + 1) {
      out.add(d);
      if (d === to) break;
    }
  }
  return [...out].sort();
}

function parseTime(text: string, field: string, part: string): number {
  const m = /^(\d{1,2})(?::(\d{2}))?$/.exec(text.trim());
  const h = m ? Number(m[1]) : NaN;
  const min = m && m[2] ? Number(m[2]) : 0;
  if (!m || h > 24 || min > 59 || (h === 24 && min > 0)) {
    throw new InputError(`${field}: „${part}“ – „${text.trim()}“ ist keine Uhrzeit (erwartet z. B. „20:00“).`, field);
  }
  return h * 60 + min;
}

const DAY = 24 * 60;
const WEEK = 7 * DAY;

/**
 * „Mo–Fr 08:00–16:00; Sa, So 20:00–08:00“ (also newlines between shifts, „-“, „–“ or „bis“, „Uhr“). Shifts are
 * kept per weekday; a shift that ends at 24 Uhr and one that starts at 0 Uhr the next day are one night (begun
 * before 0 Uhr); a shift starting at 24 Uhr starts the next day. Overlapping shifts are an input error.
 */
export function parseDienstplan(text: string, field: string): Schicht[] {
  const parts = text.split(/[;\n]/).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) throw new InputError(`${field}: Der Dienstplan ist leer (erwartet z. B. „Mo–Fr 08:00–16:00; Sa, So 20:00–08:00“).`, field);
  if (parts.length > 50) throw new InputError(`${field}: Der Dienstplan hat mehr als 50 Schichten.`, field);
  // each shift as an interval of the week in minutes from Monday 0 Uhr
  const spans: { from: number; to: number; part: string }[] = [];
  for (const part of parts) {
    const norm = part.replace(/[–—]/g, "-").replace(/\s*uhr\b/gi, "").replace(/\s+bis\s+(?=\d)/gi, "-");
    const m = /^(.*?)\s+(\d{1,2}(?::\d{2})?)\s*-\s*(\d{1,2}(?::\d{2})?)$/.exec(norm.trim());
    if (!m) throw new InputError(`${field}: „${part}“ ist keine Schicht (erwartet Tage und Uhrzeiten, z. B. „Mo–Fr 08:00–16:00“).`, field);
    const von = parseTime(m[2], field, part);
    const bis = parseTime(m[3], field, part);
    const length = bis > von ? bis - von : bis + DAY - von;
    for (const d of parseDays(m[1], field, part)) {
      const from = ((d - 1) * DAY + von) % WEEK; // a shift „from 24 Uhr“ starts the next day
      spans.push({ from, to: from + length, part });
    }
  }
  spans.sort((a, b) => a.from - b.from);
  // overlaps (also across the end of the week), then shifts that continue each other become one
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i];
    const b = spans[(i + 1) % spans.length];
    const bFrom = i + 1 < spans.length ? b.from : b.from + WEEK;
    if (spans.length > 1 && bFrom < a.to) throw new InputError(`${field}: Die Schichten „${a.part}“ und „${b.part}“ überschneiden sich.`, field);
  }
  const merged: { from: number; to: number }[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && last.to === s.from && s.from % DAY === 0) last.to = s.to;
    else merged.push({ from: s.from, to: s.to });
  }
  // a Sunday night that ends at 24 Uhr continued by a Monday shift at 0 Uhr (across the week's end)
  if (merged.length > 1 && merged[merged.length - 1].to === WEEK && merged[0].from === 0) {
    merged[merged.length - 1].to += merged[0].to;
    merged.shift();
  }
  // round the clock, every day: no shift begins at 0 Uhr, every 0–4 Uhr is night work begun before
  const durchgehend = merged.length === 1 && merged[0].from === 0 && merged[0].to === WEEK;
  return merged.map(({ from, to }) => ({ tage: [Math.floor(from / DAY) + 1], von: from % DAY, bis: (from % DAY) + (to - from), ...(durchgehend ? { durchgehend } : {}) }));
}

const weekday = (c: CalDate) => ((new Date(Date.UTC(c.y, c.m - 1, c.d)).getUTCDay() + 6) % 7) + 1;

type DayClass = "sonntag" | "feiertag" | "feiertag-150" | undefined;
const RANK: Record<string, number> = { sonntag: 1, feiertag: 2, "feiertag-150": 3 };
const higher = (a: DayClass, b: DayClass): DayClass => ((RANK[a ?? ""] ?? 0) >= (RANK[b ?? ""] ?? 0) ? a : b);

/** The Sunday/holiday class of a minute of a day (24.12. and 31.12. change at 14 Uhr). */
function dayClass(c: CalDate, minute: number, land: Bundesland): DayClass {
  if ((c.m === 12 && (c.d === 25 || c.d === 26)) || (c.m === 5 && c.d === 1)) return "feiertag-150";
  if (c.m === 12 && c.d === 24 && minute >= 14 * 60) return "feiertag-150";
  if (feiertagAm(c, land) || (c.m === 12 && c.d === 31 && minute >= 14 * 60)) return "feiertag";
  return weekday(c) === 7 ? "sonntag" : undefined;
}

const BOUNDS = [0, 4 * 60, 6 * 60, 14 * 60, 20 * 60, DAY];

export interface PlanStunden {
  /** All scheduled hours in the span. */
  stunden: Dec;
  zuschlaege: ZuschlagStunden[];
}

/** The hours of the schedule worked on the days from `from` to `to` (inclusive), per surcharge class. */
export function dienstplanStunden(plan: readonly Schicht[], from: CalDate, to: CalDate, land: Bundesland): PlanStunden {
  const minutes = new Map<ZuschlagArt, number>();
  let total = 0;
  const add = (art: ZuschlagArt, n: number) => minutes.set(art, (minutes.get(art) ?? 0) + n);
  // a shift of an earlier day may reach into the first day (merged shifts can run for days)
  const longest = Math.max(...plan.map((s) => Math.ceil(s.bis / DAY)));
  for (let start = addDays(from, -longest); compareDates(start, to) <= 0; start = addDays(start, 1)) {
    const wd = weekday(start);
    for (const s of plan) {
      if (!s.tage.includes(wd)) continue;
      // walk the shift in pieces that do not cross a class boundary
      for (let t = s.von; t < s.bis; ) {
        const k = Math.floor(t / DAY);
        const minute = t - k * DAY;
        const next = Math.min(s.bis, k * DAY + BOUNDS.find((b) => b > minute)!);
        const n = next - t;
        t = next;
        const day = k ? addDays(start, k) : start;
        if (compareDates(day, from) < 0 || compareDates(day, to) > 0) continue;
        total += n;
        // 0–4 Uhr of a day the shift did not begin on: night work begun before 0 Uhr (§ 3b Abs. 3)
        const earlyNextDay = (k >= 1 || s.durchgehend === true) && minute < 4 * 60;
        if (minute >= 20 * 60 || minute < 6 * 60) add(earlyNextDay ? "nacht-0-4" : "nacht", n);
        let cls = dayClass(day, minute, land);
        if (earlyNextDay) cls = higher(cls, dayClass(addDays(day, -1), 23 * 60 + 59, land));
        if (cls) add(cls, n);
      }
    }
  }
  const hours = (n: number) => new Dec(n).div(60);
  return {
    stunden: total ? hours(total) : ZERO,
    zuschlaege: [...minutes.entries()].filter(([, n]) => n > 0).map(([art, n]) => ({ art, stunden: hours(n) })),
  };
}
