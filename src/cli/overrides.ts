/**
 * Legal figures given on the command line: a whole file for a batch (`--rechengroessen datei.json`, the same
 * shape as a plan's einstellungen.rechengroessen) or single ones (`--rechengroesse kvZusatzDurchschnitt=2,9`).
 * They are checked like a plan's own overrides and then put into each plan, where the engine reads them; a
 * figure given here replaces the same figure of a workbook (the batch states the figures for all its cases).
 */
import { basename } from "node:path";
import { FIGURE_KEYS, FIGURE_LABELS, figuresFor, parseOverrides, parseTypedDecimal, TABLE_YEARS, YearFigures, type Dec, type Figure, type FigureKey, type Overrides } from "../engine";
import { InputError } from "../engine/errors";
import { checkRechengroessenShape } from "../engine/schema/formats";
import { meintenSie } from "../engine/suggest";
import type { OptionHelp } from "./help";
import { readJsonFile } from "./io";

type Obj = Record<string, unknown>;

/** `--rechengroessen` as every command that computes describes it. */
export const RECHENGROESSEN_OPTION: OptionHelp = {
  name: "rechengroessen",
  wert: "datei.json",
  text: [
    'Rechengrößen aus einer JSON-Datei, je Kalenderjahr, z. B. {"2027": {"kvZusatzDurchschnitt": "2.9"}} (in der Datei',
    "„2.9“ mit Punkt). Sie gelten für alle Pläne des Aufrufs und ersetzen die gleichnamigen Werte einer Arbeitsmappe.",
    "Die Namen zeigt „budget arbeitgeberkosten --help“ unter --rechengroesse.",
  ],
};

export function readOverridesFile(path: string): Overrides {
  const name = basename(path);
  try {
    const json = readJsonFile(path);
    checkRechengroessenShape(json, name);
    parseOverrides(json, "rechengroessen");
    return json as Overrides;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    const named = e.message.startsWith(`${name}: `) ? e.message : `${name}: ${e.message}`;
    throw new InputError(`--rechengroessen ${named}`, e.field);
  }
}

/** `key=wert` pairs for one year: "1.500" is fifteen hundred, "2,9 %" is 2.9 (typed by people). */
export function parseFigureOptions(pairs: readonly string[], year: number): Overrides {
  const figures: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf("=");
    const key = eq > 0 ? pair.slice(0, eq).trim() : "";
    if (!key) throw new InputError(`--rechengroesse: „${pair}“ – erwartet wird Name=Wert, z. B. kvZusatzDurchschnitt=2,9.`, "--rechengroesse");
    if (!(FIGURE_KEYS as readonly string[]).includes(key)) {
      const hint = meintenSie(key, FIGURE_KEYS) || ` – erlaubt: ${FIGURE_KEYS.join(", ")}.`;
      throw new InputError(`--rechengroesse: „${key}“ ist keine bekannte Rechengröße${hint}`, "--rechengroesse");
    }
    const d = parseTypedDecimal(pair.slice(eq + 1), `--rechengroesse ${key}`, "prozent");
    if (d.isNegative()) throw new InputError(`--rechengroesse ${key}: darf nicht negativ sein.`, "--rechengroesse");
    figures[key] = d.toFixed();
  }
  return pairs.length ? { [String(year)]: figures } : {};
}

/** How a figure is set on the command line: the one wording of every message that asks for one. */
export function figureHint(key: string): string {
  return `mit --rechengroesse ${key}=<Wert> angeben (oder mit --rechengroessen für eine Datei mit allen Werten)`;
}

/** The figures of one year whose missing values are asked for with the options that set them, not the workbook's keys. */
class OptionFigures extends YearFigures {
  constructor(f: YearFigures) {
    super(f.year, Object.fromEntries(FIGURE_KEYS.map((k) => [k, f.get(k)])) as Record<FigureKey, Figure>);
  }

  /** The year comes from --datum, whichever input the engine is computing. */
  override need(key: FigureKey): Dec {
    if (this.get(key).value === undefined) {
      throw new InputError(`--datum: Für ${this.year} fehlt die Rechengröße „${FIGURE_LABELS[key]}“ – bitte ${figureHint(key)}.`, "--datum", "fehlend");
    }
    return super.need(key, "--datum");
  }
}

/** The legal figures of the year of --datum on the command line, if there are any. */
export function optionFigures(datum: { y: number }, overrides: Overrides): YearFigures | undefined {
  const f = figuresFor(datum, overrides);
  return f && new OptionFigures(f);
}

/** The legal figures of the year of --datum; none is an input error that says how to give them. */
export function requireOptionFigures(datum: { y: number }, overrides: Overrides): YearFigures {
  const f = optionFigures(datum, overrides);
  if (f) return f;
  throw new InputError(
    `--datum: Für ${datum.y} gibt es keine Rechengrößen (Tabellen: ${TABLE_YEARS.join(", ")}) – bitte ein Datum ab ${Math.min(...TABLE_YEARS)} wählen ` +
      `oder die Werte für ${datum.y} mit --rechengroessen datei.json angeben (Aufbau der Datei: budget arbeitgeberkosten --help).`,
    "--datum",
    "fehlend",
  );
}

/** Merges overrides by year and figure; later ones win. */
export function mergeOverrides(...all: Overrides[]): Overrides {
  const out: Overrides = {};
  for (const o of all) for (const [year, figures] of Object.entries(o)) out[year] = { ...(out[year] ?? {}), ...figures };
  return out;
}

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** A plan (kostenplan/1) with the overrides put into its einstellungen.rechengroessen; the input stays untouched. */
export function planWithOverrides(plan: unknown, o: Overrides): unknown {
  if (Object.keys(o).length === 0 || !isObj(plan)) return plan;
  const einstellungen = isObj(plan.einstellungen) ? plan.einstellungen : {};
  const own = isObj(einstellungen.rechengroessen) ? (einstellungen.rechengroessen as Overrides) : {};
  return { ...plan, einstellungen: { ...einstellungen, rechengroessen: mergeOverrides(own, o) } };
}

/** A report (verwendungsnachweis/1) whose inline plan gets the overrides. */
export function reportWithOverrides(report: unknown, o: Overrides): unknown {
  if (Object.keys(o).length === 0 || !isObj(report) || !isObj(report.kostenplan)) return report;
  return { ...report, kostenplan: planWithOverrides(report.kostenplan, o) };
}
