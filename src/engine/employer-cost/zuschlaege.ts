/**
 * Surcharges for night, Sunday and holiday work (Sonntags-, Feiertags- und Nachtarbeitszuschläge), split the
 * way payroll splits them:
 * - free of income tax as far as they do not exceed the rates of § 3b Abs. 1 and 3 EStG on a Grundlohn of at
 *   most 50 € an hour (§ 3b Abs. 2 S. 1);
 * - free of contributions only as far as they are tax-free and the wage they are computed on is at most 25 €
 *   an hour (§ 1 Abs. 1 S. 1 Nr. 1 SvEV): the 25 € are an allowance, so only the part of the surcharge that
 *   rests on the wage above it is liable (Grundlohn 30 €, night 25 %: 7,50 € paid, 6,25 € free, 1,25 € liable);
 * - a paid rate above the § 3b rate is liable for its excess.
 * Each class of a month is one payroll line: paid, free and liable amounts in cents. Classes of the two
 * dimensions add up (night work on a Sunday earns both); a Sunday that is a holiday earns the holiday rate
 * only — the classes are given that way (by hours or by a schedule, see dienstplan.ts).
 * Surcharges paid for time not worked (leave, sickness) are not for „tatsächlich geleistete“ work: liable in
 * full (the share paid for time not worked, see `zuschlaegeOf`).
 */
import { Dec, HUNDRED, ZERO, cents, min } from "../money";
import type { FigureKey, YearFigures } from "../legal/tables";

export const ZUSCHLAG_ARTEN = ["nacht", "nacht-0-4", "sonntag", "feiertag", "feiertag-150"] as const;
export type ZuschlagArt = (typeof ZUSCHLAG_ARTEN)[number];

export const ZUSCHLAG_LABELS: Record<ZuschlagArt, string> = {
  nacht: "Nachtarbeit (20–6 Uhr)",
  "nacht-0-4": "Nachtarbeit 0–4 Uhr, vor 0 Uhr begonnen",
  sonntag: "Sonntagsarbeit",
  feiertag: "Feiertagsarbeit und 31.12. ab 14 Uhr",
  "feiertag-150": "24.12. ab 14 Uhr, 25./26.12. und 1.5.",
};

/** The § 3b rate of each class (a legal figure of the year). */
export const ZUSCHLAG_FIGURE: Record<ZuschlagArt, FigureKey> = {
  nacht: "zuschlagNacht",
  "nacht-0-4": "zuschlagNacht04",
  sonntag: "zuschlagSonntag",
  feiertag: "zuschlagFeiertag",
  "feiertag-150": "zuschlagFeiertag150",
};

export interface ZuschlagStunden {
  art: ZuschlagArt;
  /** Hours of one employee in the month in this class. */
  stunden: Dec;
  /** The agreed rate in percent of the Grundlohn (default: the § 3b rate). */
  prozent?: Dec;
}

export interface ZuschlagZeile {
  art: ZuschlagArt;
  stunden: Dec;
  prozent: Dec;
  betrag: Dec;
  steuerfrei: Dec;
  svFrei: Dec;
  svPflichtig: Dec;
}

export interface Zuschlaege {
  zeilen: ZuschlagZeile[];
  gesamt: Dec;
  svFrei: Dec;
  svPflichtig: Dec;
}

export const NO_ZUSCHLAEGE: Zuschlaege = { zeilen: [], gesamt: ZERO, svFrei: ZERO, svPflichtig: ZERO };

/**
 * The surcharges of one employee in one month on the hourly Grundlohn `grundlohn`. `ausfallanteil` is the share
 * paid for time not worked (Urlaubsentgelt with the average surcharges, § 11 Abs. 1 BUrlG; pay on public holidays
 * and in sickness, §§ 2, 4 EntgFG): that share is neither tax- nor contribution-free.
 */
export function zuschlaegeOf(grundlohn: Dec, stunden: readonly ZuschlagStunden[], f: YearFigures, field: string, ausfallanteil: Dec = ZERO): Zuschlaege {
  const worked = new Dec(1).sub(ausfallanteil);
  if (stunden.length === 0) return NO_ZUSCHLAEGE;
  const taxCap = min(grundlohn, f.need("zuschlagGrundlohnSteuerMax", field));
  const svCap = min(grundlohn, f.need("zuschlagGrundlohnSvMax", field));
  const zeilen: ZuschlagZeile[] = [];
  let gesamt = ZERO;
  let svFrei = ZERO;
  for (const z of stunden) {
    if (z.stunden.isZero()) continue;
    const frei = f.need(ZUSCHLAG_FIGURE[z.art], field);
    const prozent = z.prozent ?? frei;
    const freiProzent = min(prozent, frei);
    const betrag = cents(z.stunden.mul(grundlohn).mul(prozent).div(HUNDRED));
    const steuerfrei = min(betrag, cents(z.stunden.mul(worked).mul(taxCap).mul(freiProzent).div(HUNDRED)));
    const sv = min(steuerfrei, cents(z.stunden.mul(worked).mul(svCap).mul(freiProzent).div(HUNDRED)));
    zeilen.push({ art: z.art, stunden: z.stunden, prozent, betrag, steuerfrei, svFrei: sv, svPflichtig: betrag.sub(sv) });
    gesamt = gesamt.add(betrag);
    svFrei = svFrei.add(sv);
  }
  return { zeilen, gesamt, svFrei, svPflichtig: gesamt.sub(svFrei) };
}
