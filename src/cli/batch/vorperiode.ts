/**
 * Übertrag chained on the command line (issue 13): `budget pruefen … --vorperiode <datei>` checks every file against
 * that previous report; without the option a batch pairs each report with the previous report of the same batch by
 * Aktenzeichen (`fall.aktenzeichen`, case and blanks ignored): the one whose Nachweiszeitraum ends the day before this
 * one begins. The engine's checks are in src/engine/reste/vorperiode.ts.
 *
 * The previous report is read and checked through the same `checkFile` as every other file (workbook or JSON). In a
 * batch every file is checked once; a file with a previous report in the batch is checked again with it, when there is
 * an Übertrag to compare (booked here or computed there) – else the check would find nothing and is skipped.
 */
import { extname, basename } from "node:path";
import { addDays, compareDates, Dec, tryParseDate, type CalDate, type CheckOptions, type Vorperiode } from "../../engine";
import { InputError } from "../../engine/errors";
import type { Outcome, ReportJson } from "../commands/pruefen";

type Checked = Extract<Outcome, { ok: true }>;
type CheckFile = (datei: string, options: CheckOptions) => Promise<Outcome>;

interface KetteJson {
  aktenzeichen?: string;
  uebertragGebucht?: string;
  vorperiode?: boolean;
  /** The previous report's file (set here). */
  vorperiodeDatei?: string;
}

const kette = (r: ReportJson): KetteJson => (r.kette && typeof r.kette === "object" ? (r.kette as KetteJson) : {});

function zeitraumOf(r: ReportJson): { beginn: CalDate; ende: CalDate } | undefined {
  const z = r.zeitraum as { beginn?: unknown; ende?: unknown } | undefined;
  const beginn = tryParseDate(z?.beginn);
  const ende = tryParseDate(z?.ende);
  return beginn && ende ? { beginn, ende } : undefined;
}

function dec(s: unknown): Dec {
  try {
    return typeof s === "string" ? new Dec(s) : new Dec(0);
  } catch {
    return new Dec(0);
  }
}

/** The previous period's result as the engine takes it, from a checked report's result JSON. */
export function vorperiodeAus(r: ReportJson): Vorperiode {
  const z = zeitraumOf(r);
  const k = kette(r);
  const nachweisart = (r.reste as { nachweisart?: string }).nachweisart;
  const monatsbudget = (r.reste as { monatsbudget?: string }).monatsbudget;
  return {
    uebertrag: dec(r.reste.uebertrag),
    ...(z ? { zeitraum: z } : {}),
    ...(k.aktenzeichen ? { aktenzeichen: k.aktenzeichen } : {}),
    ...(monatsbudget !== undefined ? { monatsbudget: dec(monatsbudget) } : {}),
    ...(nachweisart === "zwischennachweis" || nachweisart === "nachweis" || nachweisart === "schlussnachweis" ? { nachweisart } : {}),
  };
}

/** `--vorperiode <datei>`: reads and checks the previous report; unreadable = an input error naming the option. */
export async function readVorperiode(datei: string, check: CheckFile, options: CheckOptions): Promise<Vorperiode> {
  if (![".xlsx", ".xlsm", ".json"].includes(extname(datei).toLowerCase())) {
    throw new InputError(`--vorperiode: ${basename(datei)}: Unbekannter Dateityp – erwartet wird eine .xlsx- oder .json-Datei.`, "--vorperiode");
  }
  const o = await check(datei, options);
  if (!o.ok) throw new InputError(`--vorperiode: ${o.message}`, "--vorperiode");
  return vorperiodeAus(o.result);
}

const normAz = (s: string) => s.replace(/\s+/g, "").toLowerCase();

/**
 * Pairs the checked reports of a batch by Aktenzeichen and period and checks each again against its previous report
 * (in place: the outcome keeps its position in the file order). Returns how many were paired.
 */
export async function verketten(outcomes: Outcome[], check: CheckFile, options: CheckOptions): Promise<number> {
  const byAz = new Map<string, { o: Checked; ende: CalDate }[]>();
  for (const o of outcomes) {
    if (!o.ok) continue;
    const az = kette(o.result).aktenzeichen;
    const z = zeitraumOf(o.result);
    if (!az || !z) continue;
    const key = normAz(az);
    byAz.set(key, [...(byAz.get(key) ?? []), { o, ende: z.ende }]);
  }
  let paired = 0;
  for (let i = 0; i < outcomes.length; i++) {
    const o = outcomes[i];
    if (!o.ok) continue;
    const az = kette(o.result).aktenzeichen;
    const z = zeitraumOf(o.result);
    if (!az || !z) continue;
    const tagDavor = addDays(z.beginn, -1);
    const prev = byAz.get(normAz(az))?.find((p) => p.o !== o && compareDates(p.ende, tagDavor) === 0)?.o;
    if (!prev) continue;
    paired++;
    const vor = vorperiodeAus(prev.result);
    const needed = !dec(kette(o.result).uebertragGebucht).isZero() || !vor.uebertrag.isZero();
    const next = needed ? await check(o.datei, { ...options, vorperiode: vor }) : o;
    if (next.ok) next.result.kette = { ...kette(next.result), vorperiode: true, vorperiodeDatei: prev.datei };
    outcomes[i] = next.ok ? { ...o, ...next } : next;
  }
  return paired;
}
