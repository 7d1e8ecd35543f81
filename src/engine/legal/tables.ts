/**
 * The legal figures, one versioned table per calendar year (data/YYYY.json), each figure with its
 * source and status. Figures are looked up by date; a workbook may override any figure of any year
 * (e.g. the 2027 Zusatzbeitrag once it is announced) without a new release.
 *
 * A figure a year's table does not have yet (status not_found, or a year after the last table) is taken
 * provisionally from the nearest earlier year that has it: status `vorlaeufig`, its year in `vorlaeufigVon`.
 * The plan says so once, listing every provisional figure it used (plan/compute.ts), and never refuses to
 * compute for a figure that has a predecessor. Two figures are derived instead where the law defines them
 * from others: the Minijob-Grenze from the Mindestlohn (§ 8 Abs. 1a SGB IV) and Faktor F from the rates
 * (§ 20 Abs. 2a SGB IV), as long as their inputs are not provisional themselves.
 */
import t2024 from "./data/2024.json";
import t2025 from "./data/2025.json";
import t2026 from "./data/2026.json";
import t2027 from "./data/2027.json";
import { Dec, fmtDe } from "../money";
import { InputError } from "../errors";
import { tryParseDecimal } from "../parse";

/** Benefits of the Pflegeversicherung by Pflegegrad 2–5 (§ 37 Abs. 1, § 36 Abs. 3 SGB XI) and the Entlastungsbetrag (§ 45b). */
export const PFLEGE_FIGURE_KEYS = [
  "pflegegeld2",
  "pflegegeld3",
  "pflegegeld4",
  "pflegegeld5",
  "pflegesachleistung2",
  "pflegesachleistung3",
  "pflegesachleistung4",
  "pflegesachleistung5",
  "entlastungsbetrag",
] as const;

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
  "bbgRvAvOst",
  "minijobU1Erstattung",
  "zuschlagNacht",
  "zuschlagNacht04",
  "zuschlagSonntag",
  "zuschlagFeiertag",
  "zuschlagFeiertag150",
  "zuschlagGrundlohnSteuerMax",
  "zuschlagGrundlohnSvMax",
  ...PFLEGE_FIGURE_KEYS,
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
  bbgRvAvOst: "Beitragsbemessungsgrenze Renten-/Arbeitslosenversicherung Ost (EUR/Monat)",
  minijobU1Erstattung: "Erstattungssatz U1 der Minijob-Zentrale (%)",
  zuschlagNacht: "steuerfreier Nachtzuschlag (%)",
  zuschlagNacht04: "steuerfreier Nachtzuschlag 0–4 Uhr (%)",
  zuschlagSonntag: "steuerfreier Sonntagszuschlag (%)",
  zuschlagFeiertag: "steuerfreier Feiertagszuschlag (%)",
  zuschlagFeiertag150: "steuerfreier Zuschlag 24.12. ab 14 Uhr, 25./26.12. und 1.5. (%)",
  zuschlagGrundlohnSteuerMax: "Grundlohn für steuerfreie Zuschläge höchstens (EUR/Stunde)",
  zuschlagGrundlohnSvMax: "Grundlohn für beitragsfreie Zuschläge höchstens (EUR/Stunde)",
  pflegegeld2: "Pflegegeld Pflegegrad 2 (EUR/Monat)",
  pflegegeld3: "Pflegegeld Pflegegrad 3 (EUR/Monat)",
  pflegegeld4: "Pflegegeld Pflegegrad 4 (EUR/Monat)",
  pflegegeld5: "Pflegegeld Pflegegrad 5 (EUR/Monat)",
  pflegesachleistung2: "Pflegesachleistung Pflegegrad 2 höchstens (EUR/Monat)",
  pflegesachleistung3: "Pflegesachleistung Pflegegrad 3 höchstens (EUR/Monat)",
  pflegesachleistung4: "Pflegesachleistung Pflegegrad 4 höchstens (EUR/Monat)",
  pflegesachleistung5: "Pflegesachleistung Pflegegrad 5 höchstens (EUR/Monat)",
  entlastungsbetrag: "Entlastungsbetrag der Pflegeversicherung höchstens (EUR/Monat)",
};

/** A figure with its value as people read it: „Umlage U1 der Minijob-Zentrale 0,8 %“, „… 5.812,50 €/Monat“. */
export function figureText(key: FigureKey, value: Dec): string {
  const m = /^(.*?)\s*\((%|EUR(?:\/(\w+))?)\)$/.exec(FIGURE_LABELS[key]);
  const rate = fmtDe(value, 4).replace(/0+$/, "").replace(/,$/, "");
  if (!m) return `${FIGURE_LABELS[key]} ${rate}`;
  if (m[2] === "%") return `${m[1]} ${rate} %`;
  return `${m[1]} ${fmtDe(value, 2)} €${m[3] ? `/${m[3]}` : ""}`;
}

/** `repealed`: the figure no longer exists by law (e.g. the Ost ceiling after § 275a SGB VI): never open, never carried on. */
export type FigureStatus = "enacted" | "published" | "draft" | "unconfirmed" | "not_found" | "repealed" | "override" | "derived" | "vorlaeufig";

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
const FIRST_YEAR = Math.min(...TABLE_YEARS);
/** Years after the last table are computed with provisional figures up to here (a plan runs a few years at most). */
const LAST_PROVISIONAL_YEAR = Math.max(...TABLE_YEARS) + 5;

/** The figures a year's table leaves open (not published when it was written): where a user enters them. */
export function openFigures(year: number): FigureKey[] {
  const raw = RAW_TABLES[year];
  return raw ? FIGURE_KEYS.filter((k) => raw.werte[k]?.wert === null && raw.werte[k].status !== "repealed") : [];
}

export interface Figure {
  value: Dec | undefined;
  status: FigureStatus;
  source: string;
  /** For a provisional figure: the year whose value it is. */
  vorlaeufigVon?: number;
}

/** How people read a figure's status (messages, RECHENGROESSE, the task pane). */
export const STATUS_LABELS: Record<FigureStatus, string> = {
  enacted: "in Kraft",
  published: "amtlich veröffentlicht",
  draft: "Entwurf",
  unconfirmed: "nicht amtlich bestätigt",
  not_found: "nicht veröffentlicht",
  repealed: "weggefallen",
  override: "in der Arbeitsmappe eingetragen",
  derived: "abgeleitet",
  vorlaeufig: "vorläufig",
};

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
          `Tragen Sie den Wert in den Einstellungen ein (Abschnitt „Rechengrößen“, Schlüssel kostenplan.einstellungen.rechengroessen.${this.year}.${key}).`,
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

  /** A figure taken from an earlier year because this year's is not published yet. */
  isProvisional(key: FigureKey): boolean {
    return this.figures[key].status === "vorlaeufig";
  }
}

function buildYear(year: number, overrides: Overrides | undefined): YearFigures | undefined {
  const raw = RAW_TABLES[year];
  const own = overrides?.[String(year)];
  const before = year > FIRST_YEAR ? figuresForYear(year - 1, overrides) : undefined;
  if (!raw && !own && !before) return undefined;
  const figures = {} as Record<FigureKey, Figure>;
  for (const key of FIGURE_KEYS) {
    const r = raw?.werte[key];
    figures[key] = r
      ? { value: r.wert === null ? undefined : new Dec(r.wert), status: r.status as FigureStatus, source: r.quelle }
      : { value: undefined, status: "not_found", source: "keine Tabelle für dieses Jahr" };
  }
  for (const [key, v] of Object.entries(own ?? {})) {
    const field = `rechengroessen.${year}.${key}`;
    if (!(FIGURE_KEYS as readonly string[]).includes(key)) {
      throw new InputError(`${field}: „${key}“ ist keine bekannte Rechengröße – erlaubt: ${FIGURE_KEYS.join(", ")}.`, field);
    }
    const d = tryParseDecimal(v);
    if (d === null || d.isNegative()) throw new InputError(`${field}: „${String(v)}“ ist keine gültige Zahl.`, field);
    figures[key as FigureKey] = { value: d, status: "override", source: "in der Arbeitsmappe überschrieben" };
  }
  const settled = (k: FigureKey) => figures[k].value !== undefined && figures[k].status !== "vorlaeufig";
  // § 8 Abs. 1a SGB IV: the Minijob-Grenze follows from the Mindestlohn
  if (figures.geringfuegigkeitsgrenze.value === undefined && settled("mindestlohn")) {
    figures.geringfuegigkeitsgrenze = {
      value: figures.mindestlohn.value!.mul(130).div(3).toDecimalPlaces(0, Dec.ROUND_CEIL),
      status: "derived",
      source: "§ 8 Abs. 1a SGB IV: Mindestlohn × 130 / 3, aufgerundet auf volle Euro",
    };
  }
  // Faktor F is published rounded to 4 places; when only the rates are known (e.g. overridden), derive it.
  const rates = ["kvAllgemein", "kvZusatzDurchschnitt", "pv", "rv", "av"] as const;
  if (figures.faktorF.value === undefined && rates.every(settled)) {
    const total = rates.reduce((a, k) => a.add(figures[k].value!), new Dec(0));
    figures.faktorF = {
      value: new Dec(28).div(total).toDecimalPlaces(4, Dec.ROUND_HALF_UP),
      status: "derived",
      source: "§ 20 Abs. 2a SGB IV: 28 / Summe der Beitragssätze, aus den Sätzen dieses Jahres abgeleitet",
    };
  }
  // not published yet: the nearest earlier year's value, marked as provisional
  for (const key of FIGURE_KEYS) {
    if (figures[key].value !== undefined || figures[key].status === "repealed" || !before) continue;
    const prev = before.get(key);
    if (prev.value === undefined) continue;
    const von = prev.vorlaeufigVon ?? before.year;
    figures[key] = {
      value: prev.value,
      status: "vorlaeufig",
      source: `vorläufig: Wert von ${von}, für ${year} noch nicht veröffentlicht (${figures[key].source})`,
      vorlaeufigVon: von,
    };
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
    const inRange = year >= FIRST_YEAR && year <= Math.max(LAST_PROVISIONAL_YEAR, ...Object.keys(overrides ?? {}).map(Number));
    hit = (inRange || overrides?.[String(year)] ? buildYear(year, overrides) : undefined) ?? null;
    byYear.set(year, hit);
  }
  return hit ?? undefined;
}

/** Figures valid on a date (all figures of 2024–2027 change on 1 January only); provisional ones for later years. */
export function figuresFor(date: { y: number }, overrides?: Overrides): YearFigures | undefined {
  return figuresForYear(date.y, overrides);
}

export function requireFigures(date: { y: number }, overrides: Overrides | undefined, field: string): YearFigures {
  const f = figuresFor(date, overrides);
  if (!f) {
    throw new InputError(
      `${field}: Für ${date.y} gibt es keine Rechengrößen (Tabellen: ${TABLE_YEARS.join(", ")}). ` +
        `Tragen Sie die benötigten Werte in den Einstellungen ein (Abschnitt „Rechengrößen“, Schlüssel kostenplan.einstellungen.rechengroessen.${date.y}.<Rechengröße>).`,
      field,
      "fehlend",
    );
  }
  return f;
}
