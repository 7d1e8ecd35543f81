/**
 * The legal figures, one versioned table per calendar year (data/YYYY.json), each figure with its
 * source and status. Figures are looked up by date; a workbook may override any figure of any year
 * (e.g. the 2027 Zusatzbeitrag once it is announced) without a new release.
 */
import t2024 from "./data/2024.json";
import t2025 from "./data/2025.json";
import t2026 from "./data/2026.json";
import t2027 from "./data/2027.json";
import { Dec } from "../money";
import { InputError } from "../errors";
import { tryParseDecimal } from "../parse";

export const FIGURE_KEYS = [
  "mindestlohn",
  "geringfuegigkeitsgrenze",
  "uebergangsbereichObergrenze",
  "faktorF",
  "kvAllgemein",
  "kvZusatzDurchschnitt",
  "pv",
  "pvAgSachsen",
  "rv",
  "av",
  "bbgKvPv",
  "bbgRvAv",
  "insolvenzgeldumlage",
  "rvMindestbemessungsgrundlage",
  "minijobHaushaltKv",
  "minijobHaushaltRv",
  "minijobHaushaltUv",
  "minijobGewerblichKv",
  "minijobGewerblichRv",
  "minijobPauschsteuer",
  "minijobU1",
  "minijobU2",
] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

/** How people read each figure (messages and the task pane). */
export const FIGURE_LABELS: Record<FigureKey, string> = {
  mindestlohn: "Mindestlohn (EUR/Stunde)",
  geringfuegigkeitsgrenze: "Minijob-Grenze (EUR/Monat)",
  uebergangsbereichObergrenze: "Obergrenze des Übergangsbereichs (EUR/Monat)",
  faktorF: "Faktor F im Übergangsbereich",
  kvAllgemein: "allgemeiner Beitragssatz der Krankenversicherung (%)",
  kvZusatzDurchschnitt: "durchschnittlicher Zusatzbeitrag der Krankenversicherung (%)",
  pv: "Beitragssatz der Pflegeversicherung (%)",
  pvAgSachsen: "Arbeitgeberanteil Pflegeversicherung in Sachsen (%)",
  rv: "Beitragssatz der Rentenversicherung (%)",
  av: "Beitragssatz der Arbeitslosenversicherung (%)",
  bbgKvPv: "Beitragsbemessungsgrenze Kranken-/Pflegeversicherung (EUR/Monat)",
  bbgRvAv: "Beitragsbemessungsgrenze Renten-/Arbeitslosenversicherung (EUR/Monat)",
  insolvenzgeldumlage: "Insolvenzgeldumlage (%)",
  rvMindestbemessungsgrundlage: "Mindestbemessungsgrundlage Rentenversicherung im Minijob (EUR/Monat)",
  minijobHaushaltKv: "Minijob im Privathaushalt: Pauschalbeitrag Krankenversicherung (%)",
  minijobHaushaltRv: "Minijob im Privathaushalt: Pauschalbeitrag Rentenversicherung (%)",
  minijobHaushaltUv: "Minijob im Privathaushalt: Unfallversicherung (%)",
  minijobGewerblichKv: "gewerblicher Minijob: Pauschalbeitrag Krankenversicherung (%)",
  minijobGewerblichRv: "gewerblicher Minijob: Pauschalbeitrag Rentenversicherung (%)",
  minijobPauschsteuer: "einheitliche Pauschsteuer im Minijob (%)",
  minijobU1: "Umlage U1 der Minijob-Zentrale (%)",
  minijobU2: "Umlage U2 der Minijob-Zentrale (%)",
};

export type FigureStatus = "enacted" | "published" | "draft" | "unconfirmed" | "not_found" | "override" | "derived";

export interface RawFigure {
  wert: string | null;
  status: string;
  quelle: string;
}

export interface RawYearTable {
  jahr: number;
  stand: string;
  werte: Record<string, RawFigure>;
}

export const RAW_TABLES: Readonly<Record<number, RawYearTable>> = {
  2024: t2024 as RawYearTable,
  2025: t2025 as RawYearTable,
  2026: t2026 as RawYearTable,
  2027: t2027 as RawYearTable,
};

export const TABLE_YEARS = Object.keys(RAW_TABLES).map(Number);

export interface Figure {
  value: Dec | undefined;
  status: FigureStatus;
  source: string;
}

/** Per-workbook overrides: `{ "2027": { "kvZusatzDurchschnitt": "3.1" } }`. */
export type Overrides = Record<string, Record<string, unknown>>;

/** The figures of one calendar year, after overrides; `need` throws a German message when one is missing. */
export class YearFigures {
  private readonly figures: Record<FigureKey, Figure>;
  constructor(
    readonly year: number,
    figures: Record<FigureKey, Figure>,
  ) {
    this.figures = figures;
  }

  get(key: FigureKey): Figure {
    return this.figures[key];
  }

  need(key: FigureKey, field = "rechengroessen"): Dec {
    const f = this.figures[key];
    if (f.value === undefined) {
      throw new InputError(
        `${field}: Für ${this.year} fehlt die Rechengröße „${FIGURE_LABELS[key]}“. ` +
          `Tragen Sie den Wert in den Einstellungen ein (rechengroessen → ${this.year} → ${key}).`,
        field,
        "fehlend",
      );
    }
    return f.value;
  }

  /** Figures used that are not settled law (draft, unconfirmed, derived) – reported as hints. */
  isUnsettled(key: FigureKey): boolean {
    const s = this.figures[key].status;
    return s === "draft" || s === "unconfirmed" || s === "derived";
  }
}

function buildYear(year: number, overrides: Record<string, unknown> | undefined): YearFigures | undefined {
  const raw = RAW_TABLES[year];
  if (!raw && !overrides) return undefined;
  const figures = {} as Record<FigureKey, Figure>;
  for (const key of FIGURE_KEYS) {
    const r = raw?.werte[key];
    figures[key] = r
      ? { value: r.wert === null ? undefined : new Dec(r.wert), status: r.status as FigureStatus, source: r.quelle }
      : { value: undefined, status: "not_found", source: "keine Tabelle für dieses Jahr" };
  }
  for (const [key, v] of Object.entries(overrides ?? {})) {
    const field = `rechengroessen.${year}.${key}`;
    if (!(FIGURE_KEYS as readonly string[]).includes(key)) {
      throw new InputError(`${field}: „${key}“ ist keine bekannte Rechengröße – erlaubt: ${FIGURE_KEYS.join(", ")}.`, field);
    }
    const d = tryParseDecimal(v);
    if (d === null || d.isNegative()) throw new InputError(`${field}: „${String(v)}“ ist keine gültige Zahl.`, field);
    figures[key as FigureKey] = { value: d, status: "override", source: "in der Arbeitsmappe überschrieben" };
  }
  // Faktor F is published rounded to 4 places; when only the rates are known (e.g. overridden), derive it.
  if (figures.faktorF.value === undefined) {
    const parts = (["kvAllgemein", "kvZusatzDurchschnitt", "pv", "rv", "av"] as const).map((k) => figures[k].value);
    if (parts.every((p) => p !== undefined)) {
      const total = parts.reduce((a, b) => a!.add(b!), new Dec(0))!;
      figures.faktorF = {
        value: new Dec(28).div(total).toDecimalPlaces(4, Dec.ROUND_HALF_UP),
        status: "derived",
        source: "§ 20 Abs. 2a SGB IV: 28 / Summe der Beitragssätze, aus den Sätzen dieses Jahres abgeleitet",
      };
    }
  }
  return new YearFigures(year, figures);
}

/** Cache of built years per override set, so hot paths never rebuild Decimals. */
const cache = new WeakMap<object, Map<number, YearFigures | null>>();
const noOverrides = {};

export function figuresForYear(year: number, overrides?: Overrides): YearFigures | undefined {
  const key = overrides ?? noOverrides;
  let byYear = cache.get(key);
  if (!byYear) {
    byYear = new Map();
    cache.set(key, byYear);
  }
  let hit = byYear.get(year);
  if (hit === undefined) {
    hit = buildYear(year, overrides?.[String(year)]) ?? null;
    byYear.set(year, hit);
  }
  return hit ?? undefined;
}

/** Figures valid on a date (all figures of 2024–2027 change on 1 January only). */
export function figuresFor(date: { y: number }, overrides?: Overrides): YearFigures | undefined {
  return figuresForYear(date.y, overrides);
}

export function requireFigures(date: { y: number }, overrides: Overrides | undefined, field: string): YearFigures {
  const f = figuresFor(date, overrides);
  if (!f) {
    throw new InputError(
      `${field}: Für ${date.y} gibt es keine Rechengrößen (Tabellen: ${TABLE_YEARS.join(", ")}). ` +
        `Tragen Sie die benötigten Werte in den Einstellungen ein (rechengroessen → ${date.y}).`,
      field,
      "fehlend",
    );
  }
  return f;
}
