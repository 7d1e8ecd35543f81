/**
 * Gesetzliche Feiertage per Bundesland, computed for any year (the Feiertagsgesetze of the Länder; Tag der
 * Deutschen Einheit by the Einigungsvertrag). Easter by the Gregorian computus. What § 3b EStG counts as
 * Feiertagsarbeit is work on these days at the place of work; 24.12. and 31.12. are no Feiertage (they have
 * their own § 3b rates from 14 Uhr).
 *
 * Holidays of single municipalities are left out: Mariä Himmelfahrt in Bayern is a holiday only in mainly
 * Catholic municipalities (most of them; code BY-15-8 adds it), Fronleichnam in parts of Sachsen and
 * Thüringen, the Augsburger Friedensfest in Augsburg.
 */
import { addDays, type CalDate } from "../dates";

export const BUNDESLAENDER = ["BW", "BY", "BY-15-8", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN", "ST", "SH", "TH"] as const;
export type Bundesland = (typeof BUNDESLAENDER)[number];

export const BUNDESLAND_LABELS: Record<Bundesland, string> = {
  BW: "Baden-Württemberg",
  BY: "Bayern",
  "BY-15-8": "Bayern (Gemeinde mit Mariä Himmelfahrt)",
  BE: "Berlin",
  BB: "Brandenburg",
  HB: "Bremen",
  HH: "Hamburg",
  HE: "Hessen",
  MV: "Mecklenburg-Vorpommern",
  NI: "Niedersachsen",
  NW: "Nordrhein-Westfalen",
  RP: "Rheinland-Pfalz",
  SL: "Saarland",
  SN: "Sachsen",
  ST: "Sachsen-Anhalt",
  SH: "Schleswig-Holstein",
  TH: "Thüringen",
};

export interface Feiertag {
  datum: CalDate;
  name: string;
}

/** Easter Sunday (Gregorian calendar, anonymous algorithm). */
export function ostersonntag(y: number): CalDate {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

/** Buß- und Bettag: the Wednesday before 23 November. */
function bussUndBettag(y: number): CalDate {
  const nov22 = { y, m: 11, d: 22 };
  const weekday = new Date(Date.UTC(y, 10, 22)).getUTCDay(); // 0 = Sunday
  return addDays(nov22, -((weekday - 3 + 7) % 7));
}

type Rule = { name: string; in: readonly Bundesland[] | "alle"; day: (y: number) => CalDate | undefined };

const fixed = (m: number, d: number, from = 0) => (y: number) => (y >= from ? { y, m, d } : undefined);
const easter = (offset: number) => (y: number) => addDays(ostersonntag(y), offset);
const REFORMATION_2018: readonly Bundesland[] = ["HB", "HH", "NI", "SH"];

const RULES: readonly Rule[] = [
  { name: "Neujahr", in: "alle", day: fixed(1, 1) },
  { name: "Heilige Drei Könige", in: ["BW", "BY", "BY-15-8", "ST"], day: fixed(1, 6) },
  { name: "Internationaler Frauentag", in: ["BE"], day: fixed(3, 8, 2019) },
  { name: "Internationaler Frauentag", in: ["MV"], day: fixed(3, 8, 2023) },
  { name: "Karfreitag", in: "alle", day: easter(-2) },
  { name: "Ostersonntag", in: ["BB", "HE"], day: easter(0) },
  { name: "Ostermontag", in: "alle", day: easter(1) },
  { name: "Tag der Arbeit", in: "alle", day: fixed(5, 1) },
  { name: "80. Jahrestag der Befreiung vom Nationalsozialismus", in: ["BE"], day: (y) => (y === 2025 ? { y, m: 5, d: 8 } : undefined) },
  { name: "Christi Himmelfahrt", in: "alle", day: easter(39) },
  { name: "Pfingstsonntag", in: ["BB", "HE"], day: easter(49) },
  { name: "Pfingstmontag", in: "alle", day: easter(50) },
  { name: "Fronleichnam", in: ["BW", "BY", "BY-15-8", "HE", "NW", "RP", "SL"], day: easter(60) },
  { name: "Mariä Himmelfahrt", in: ["BY-15-8", "SL"], day: fixed(8, 15) },
  { name: "Weltkindertag", in: ["TH"], day: fixed(9, 20, 2019) },
  { name: "Tag der Deutschen Einheit", in: "alle", day: fixed(10, 3) },
  { name: "Reformationstag", in: ["BB", "MV", "SN", "ST", "TH"], day: fixed(10, 31) },
  { name: "Reformationstag", in: REFORMATION_2018, day: fixed(10, 31, 2018) },
  { name: "Allerheiligen", in: ["BW", "BY", "BY-15-8", "NW", "RP", "SL"], day: fixed(11, 1) },
  { name: "Buß- und Bettag", in: ["SN"], day: bussUndBettag },
  { name: "1. Weihnachtstag", in: "alle", day: fixed(12, 25) },
  { name: "2. Weihnachtstag", in: "alle", day: fixed(12, 26) },
];

const cache = new Map<string, Feiertag[]>();

/** The gesetzliche Feiertage of a year in a Land, in date order. */
export function feiertage(y: number, land: Bundesland): Feiertag[] {
  const key = `${y}:${land}`;
  let list = cache.get(key);
  if (!list) {
    list = [];
    for (const r of RULES) {
      if (r.in !== "alle" && !r.in.includes(land)) continue;
      const datum = r.day(y);
      if (datum) list.push({ datum, name: r.name });
    }
    list.sort((a, b) => a.datum.m - b.datum.m || a.datum.d - b.datum.d);
    cache.set(key, list);
  }
  return list;
}

/** The Feiertag on a day, if any. */
export function feiertagAm(c: CalDate, land: Bundesland): Feiertag | undefined {
  return feiertage(c.y, land).find((f) => f.datum.m === c.m && f.datum.d === c.d);
}
