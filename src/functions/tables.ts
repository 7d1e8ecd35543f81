/**
 * Reading 2-D ranges with a header row into the kostenplan/1 JSON (formats/kostenplan.md).
 *
 * - Kostenplan range: the first row is the header, with either the JSON keys of a position
 *   ("bezeichnung", "preis", "rundung.schritt" …) or the German headers of the workbook template
 *   (src/workbook/layout.ts: "Bezeichnung", "Preis je Einheit", …). Headers are matched after
 *   normalising (case, umlauts, punctuation). Columns with an unknown header are ignored (helper columns),
 *   but the header must contain "bezeichnung". Empty cells are absent keys; a 0 in a text/choice column or in
 *   a column where 0 means nothing (rundung.schritt, beschaeftigte, stundenProTag) is the desktop's empty
 *   cell and absent too; rows whose cells are all empty, 0 or FALSCH are skipped.
 * - Einstellungen range: rows of key and value (2 columns), or the template's settings table
 *   (Einstellung | Wert | Schlüssel): the key is the JSON path ("tageProMonat", "rundung.monat.schritt",
 *   "eigenanteilMonat", "rechengroessen.2027.kvZusatzDurchschnitt", optionally prefixed "kostenplan." or
 *   "kostenplan.einstellungen.") or the German label of the template. Template rows that do not belong to
 *   the Kostenplan (Nachweiszeitraum, regeln.*, angaben.*) are ignored.
 * No computation happens here: values are passed on as Excel gave them (numbers stay JSON numbers, which
 * the engine converts with `new Dec(String(x))`).
 */
import { InputError } from "../engine/errors";
import { PAYROLL_DEFAULT_KEYS } from "../engine/plan/types";
import { KOSTENPLAN_COLUMNS, SETTINGS, normHeader } from "../workbook/layout";
import { parsePlan } from "../engine/plan/parse";
import { evaluatePlan, type PlanResult } from "../engine/plan/compute";
import { isBlank, isoDateOf, keyValueRows, optionalRange } from "./arguments";
import { guard } from "./errors";

type Obj = Record<string, unknown>;

/** normalised header → JSON key, from the template's columns and the JSON keys themselves. */
const POSITION_HEADERS: Record<string, string> = (() => {
  const m: Record<string, string> = {};
  for (const c of KOSTENPLAN_COLUMNS) {
    m[normHeader(c.key)] = c.key;
    m[normHeader(c.header)] = c.key;
  }
  return m;
})();

const TEXT_KEYS = new Set(
  KOSTENPLAN_COLUMNS.filter((c) => c.kind === "text" || c.kind === "liste").map((c) => c.key),
);

function setPath(o: Obj, path: string, value: unknown): void {
  const parts = path.split(".");
  let cur = o;
  for (const p of parts.slice(0, -1)) {
    if (typeof cur[p] !== "object" || cur[p] === null) cur[p] = {};
    cur = cur[p] as Obj;
  }
  cur[parts[parts.length - 1]] = value;
}

/** Position columns where 0 is no meaningful value: a 0 there is the desktop's empty cell. */
const POSITION_ZERO_IS_EMPTY = new Set(["rundung.schritt", "beschaeftigte", "stundenProTag"]);

function cellValue(v: unknown, key: string): unknown {
  if (isBlank(v)) return undefined;
  if (v === 0 && (TEXT_KEYS.has(key) || POSITION_ZERO_IS_EMPTY.has(key))) return undefined;
  return typeof v === "string" ? v.trim() : v;
}

export interface PositionsTable {
  positionen: Obj[];
  /** positionen[k] (1-based) → row in the range (1-based, header = row 1). */
  rows: number[];
  /** Träger ids in order of first use (for Teilbudgets). */
  traeger: string[];
}

/** The cost-plan range (header row + one row per position) → kostenplan/1 positions. */
export function readPositions(raw: unknown, param = "kostenplan"): PositionsTable {
  const range = optionalRange(raw);
  if (!range || range.length === 0) throw new InputError(`${param} ist leer – erwartet wird der Kostenplan mit Kopfzeile.`, param);
  const header = range[0].map((h) => (typeof h === "string" ? POSITION_HEADERS[normHeader(h)] : undefined));
  if (!header.includes("bezeichnung")) {
    throw new InputError(
      `${param}: Die erste Zeile muss die Spaltenköpfe enthalten, mindestens „Bezeichnung“ (oder „bezeichnung“) – ` +
        `bitte den Bereich samt Kopfzeile übergeben.`,
      param,
    );
  }
  const seen = new Set<string>();
  header.forEach((k, i) => {
    if (!k) return;
    if (seen.has(k)) throw new InputError(`${param}: Die Spalte „${String(range[0][i])}“ kommt doppelt vor.`, param);
    seen.add(k);
  });
  const positionen: Obj[] = [];
  const rows: number[] = [];
  const traeger: string[] = [];
  for (let r = 1; r < range.length; r++) {
    const cells = range[r];
    if (cells.every((v) => isBlank(v) || v === 0 || v === false)) continue;
    const pos: Obj = {};
    header.forEach((k, i) => {
      if (!k) return;
      const v = cellValue(cells[i], k);
      if (v !== undefined) setPath(pos, k, v);
    });
    if (typeof pos.traeger === "string" && !traeger.includes(pos.traeger)) traeger.push(pos.traeger);
    positionen.push(pos);
    rows.push(r + 1);
  }
  if (positionen.length === 0) throw new InputError(`${param}: Der Kostenplan enthält keine Positionen (nur die Kopfzeile).`, param);
  return { positionen, rows, traeger };
}

/** Settings keys the kostenplan/1 JSON knows (without the "kostenplan." prefix). */
const ROOT_KEYS = ["eigenanteilMonat", "obergrenzeMonat"];
const SETTING_KEYS = [
  "tageProMonat",
  "wochenProMonat",
  "rundung.gesamt.schritt",
  "rundung.gesamt.richtung",
  "rundung.monat.schritt",
  "rundung.monat.richtung",
  ...PAYROLL_DEFAULT_KEYS,
];
/** Where 0 is no meaningful value (read as an empty cell). */
const ZERO_IS_EMPTY = new Set(["tageProMonat", "wochenProMonat", "rundung.gesamt.schritt", "rundung.monat.schritt", "rundung.gesamt.richtung", "rundung.monat.richtung"]);

const SETTING_LABELS: Record<string, string> = (() => {
  const m: Record<string, string> = {};
  for (const s of SETTINGS) m[normHeader(s.label)] = s.key;
  return m;
})();

export interface PlanSettingsPart {
  einstellungen: Obj;
  root: Obj;
}

function classify(rawKey: string): { kind: "root" | "setting"; key: string } | "ignore" | undefined {
  let key = rawKey.trim();
  const byLabel = SETTING_LABELS[normHeader(key)];
  if (byLabel) key = byLabel;
  if (key.startsWith("kostenplan.")) key = key.slice("kostenplan.".length);
  else if (/^(zeitraum|regeln|angaben)\./.test(key)) return "ignore"; // Verwendungsnachweis settings
  if (key.startsWith("zeitraum.")) return "ignore"; // beginn/ende come as parameters
  if (key.startsWith("einstellungen.")) key = key.slice("einstellungen.".length);
  if (ROOT_KEYS.includes(key)) return { kind: "root", key };
  if ((SETTING_KEYS as readonly string[]).includes(key)) return { kind: "setting", key };
  if (/^rechengroessen\.\d{4}\.[A-Za-z]+$/.test(key)) return { kind: "setting", key };
  return undefined;
}

/** The `einstellungen` range → `einstellungen` plus root keys (eigenanteilMonat, obergrenzeMonat). */
export function readSettings(raw: unknown, param = "einstellungen"): PlanSettingsPart {
  const out: PlanSettingsPart = { einstellungen: {}, root: {} };
  const range = optionalRange(raw);
  if (!range) return out;
  // The template's settings table: Einstellung | Wert | Schlüssel – the technical key wins.
  const head = range[0] ?? [];
  const templ = head.length >= 3 && normHeader(String(head[2] ?? "")) === "schluessel";
  const rows = templ
    ? range.slice(1).map((c, i) => ({ key: String(isBlank(c[2]) ? (c[0] ?? "") : c[2]).trim(), value: c[1], row: i + 2 }))
    : keyValueRows(range, param);
  for (const { key, value, row } of rows) {
    if (key === "") continue;
    const c = classify(key);
    if (c === "ignore") continue;
    if (!c) {
      throw new InputError(
        `${param}: „${key}“ (Zeile ${row}) ist unbekannt – erlaubt: ${[...SETTING_KEYS, ...ROOT_KEYS, "rechengroessen.JJJJ.<Rechengröße>"].join(", ")}.`,
        param,
      );
    }
    if (isBlank(value) || (value === 0 && ZERO_IS_EMPTY.has(c.key))) continue;
    const v = typeof value === "string" ? value.trim() : value;
    if (c.kind === "root") out.root[c.key] = v;
    else setPath(out.einstellungen, c.key, v);
  }
  return out;
}

/** kostenplan/1 JSON from the range and period arguments; the Träger list is the Träger column's ids. */
export function planJson(positions: PositionsTable, beginn: string, ende: string, settings: PlanSettingsPart): Obj {
  return {
    format: "kostenplan/1",
    zeitraum: { beginn, ende },
    einstellungen: settings.einstellungen,
    ...settings.root,
    ...(positions.traeger.length ? { traeger: positions.traeger.map((id) => ({ id })) } : {}),
    positionen: positions.positionen,
  };
}

/**
 * Which Excel parameter an engine field belongs to, and the row of a position in the range.
 * Used to name the parameter in error messages.
 */
export function planParamOf(table: PositionsTable | undefined): (field: string) => string | undefined {
  return (field: string) => {
    if (field.startsWith("zeitraum.beginn")) return "beginn";
    if (field.startsWith("zeitraum.ende")) return "ende";
    if (field.startsWith("zeitraum")) return "beginn/ende";
    if (field.startsWith("einstellungen") || field.startsWith("eigenanteilMonat") || field.startsWith("obergrenzeMonat")) return "einstellungen";
    const m = /^positionen\[(\d+)\]/.exec(field) ?? /^Position (\d+) /.exec(field);
    if (m && table) return `kostenplan (Zeile ${table.rows[Number(m[1]) - 1]} im Bereich)`;
    return "kostenplan";
  };
}

/** Reads the plan arguments, evaluates the plan and hands the result to `pick`; errors name the parameter. */
export function withPlan<T>(kostenplan: unknown, beginn: unknown, ende: unknown, einstellungen: unknown, pick: (r: PlanResult) => T): T {
  let table: PositionsTable | undefined;
  return guard(
    "kostenplan",
    () => {
      const b = isoDateOf(beginn, "beginn");
      const e = isoDateOf(ende, "ende");
      table = readPositions(kostenplan);
      const settings = readSettings(einstellungen);
      return pick(evaluatePlan(parsePlan(planJson(table, b, e, settings))));
    },
    (field) => (field === "beginn" || field === "ende" || field === "einstellungen" || field === "kostenplan" ? field : planParamOf(table)(field)),
  );
}
