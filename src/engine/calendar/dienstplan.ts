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
  /** Minutes after midnight; `bis` ≤ `von` ends the next day. */
  von: number;
  bis: number;
}

const DAYS: Record<string, number> = { mo: 1, di: 2, mi: 3, do: 4, fr: 5, sa: 6, so: 7 };

function parseDays(text: string, field: string, part: string): number[] {
  const t = text.toLowerCase().replace(/\s+/g, "");
  if (t === "täglich" || t === "taeglich" || t === "mo-so") return [1, 2, 3, 4, 5, 6, 7];
  const out = new Set<number>();
  for (const piece of t.split(/[,+]|und/).filter(Boolean)) {
    const range = /^([a-z]{2})-([a-z]{2})$/.exec(piece);
    const from = range ? DAYS[range[1]] : DAYS[piece.slice(0, 2)];
    const to = range ? DAYS[range[2]] : from;
    if (!from || !to || (!range && piece.length > 2 && !/^(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)$/.test(piece))) {
      throw new InputError(`${field}: „${part}“ – die Tage „${text}“ sind unbekannt (erlaubt z. B. „Mo–Fr“, „Sa, So“, „täglich“).`, field);
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

/** „Mo–Fr 08:00–16:00; Sa, So 20:00–08:00“ (also newlines between shifts, „-“ or „–“, „bis“). */
export function parseDienstplan(text: string, field: string): Schicht[] {
  const parts = text.split(/[;\n]/).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) throw new InputError(`${field}: Der Dienstplan ist leer (erwartet z. B. „Mo–Fr 08:00–16:00; Sa, So 20:00–08:00“).`, field);
  if (parts.length > 50) throw new InputError(`${field}: Der Dienstplan hat mehr als 50 Schichten.`, field);
  return parts.map((part) => {
    const norm = part.replace(/[–—]/g, "-").replace(/\s+bis\s+/g, "-");
    const m = /^(.*?)\s+(\d{1,2}(?::\d{2})?)\s*-\s*(\d{1,2}(?::\d{2})?)\s*(?:uhr)?$/i.exec(norm);
    if (!m) throw new InputError(`${field}: „${part}“ ist keine Schicht (erwartet Tage und Uhrzeiten, z. B. „Mo–Fr 08:00–16:00“).`, field);
    const von = parseTime(m[2], field, part);
    const bis = parseTime(m[3], field, part);
    return { tage: parseDays(m[1], field, part), von, bis: bis === 0 && von > 0 ? 24 * 60 : bis };
  });
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

const BOUNDS = [0, 4 * 60, 6 * 60, 14 * 60, 20 * 60, 24 * 60];

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
  // a shift of the day before may reach into the first day
  for (let start = addDays(from, -1); compareDates(start, to) <= 0; start = addDays(start, 1)) {
    const wd = weekday(start);
    for (const s of plan) {
      if (!s.tage.includes(wd)) continue;
      const end = s.bis > s.von ? s.bis : s.bis + 24 * 60;
      const overnight = end > 24 * 60;
      // walk the shift in pieces that do not cross a class boundary
      for (let t = s.von; t < end; ) {
        const dayOffset = t >= 24 * 60 ? 1 : 0;
        const minute = t - dayOffset * 24 * 60;
        const next = Math.min(end, dayOffset * 24 * 60 + BOUNDS.find((b) => b > minute)!);
        const day = dayOffset ? addDays(start, 1) : start;
        const n = next - t;
        t = next;
        if (compareDates(day, from) < 0 || compareDates(day, to) > 0) continue;
        total += n;
        const earlyNextDay = overnight && dayOffset === 1 && minute < 4 * 60;
        if (minute >= 20 * 60 || minute < 6 * 60) add(earlyNextDay ? "nacht-0-4" : "nacht", n);
        let cls = dayClass(day, minute, land);
        if (earlyNextDay) cls = higher(cls, dayClass(start, 23 * 60 + 59, land));
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
