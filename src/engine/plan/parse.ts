/**
 * Reads a Kostenplan in the exchange format (kostenplan/1) into typed, exact values.
 * Every problem is an `InputError` naming the field ("positionen[2].preis").
 */
import { Dec, RICHTUNGEN, type Richtung, type Rundung } from "../money";
import { InputError } from "../errors";
import { compareDates, germanDate, parseDate, parsePeriod, tryParseDate, type CalDate, type Period } from "../dates";
import {
  parseBoolean,
  parseDecimal,
  parseEnum,
  parseNonNegative,
  parseOptionalDecimal,
  parsePositive,
  parseText,
  tryParseDecimal,
} from "../parse";
import { BESCHAEFTIGUNGSARTEN } from "../employer-cost/types";
import { ZUSCHLAG_ARTEN } from "../employer-cost/zuschlaege";
import { BUNDESLAENDER, type Bundesland } from "../calendar/feiertage";
import { choiceOf } from "../values";
import { VOKABULAR } from "../vocabulary";
import { parseDienstplan } from "../calendar/dienstplan";
import { figuresForYear, type Overrides } from "../legal/tables";
import { checkPlanShape, formatKind } from "../schema/formats";
import { parseFall } from "../fall/parse";
import { parsePflege } from "../pflege/parse";
import {
  ANERKANNT_WERTE,
  BASIS_WERTE,
  JE_WERTE,
  PAYROLL_DEFAULT_KEYS,
  POSITION_ARTEN,
  ZAHLWEISEN,
  ZUSCHLAG_KEYS,
  type Bemessung,
  type PayrollOptions,
  type Plan,
  type PlanPosition,
  type PlanSettings,
  type PositionRundung,
  type PositionVersion,
  type Ratio,
  type Traeger,
} from "./types";

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function obj(v: unknown, field: string): Obj {
  if (!isObj(v)) throw new InputError(`${field}: Erwartet wird ein Objekt ({ … }).`, field);
  return v;
}

function present(v: unknown): boolean {
  return v !== undefined && v !== null && !(typeof v === "string" && v.trim() === "");
}

export function parseRatio(v: unknown, field: string, fallback: Ratio): Ratio {
  if (!present(v)) return fallback;
  if (typeof v === "string" && v.includes("/")) {
    const parts = v.split("/");
    const num = parts.length === 2 ? tryParseDecimal(parts[0]) : null;
    const den = parts.length === 2 ? tryParseDecimal(parts[1]) : null;
    if (num === null || den === null || !num.gt(0) || !den.gt(0)) {
      throw new InputError(`${field}: „${v}“ ist kein gültiger Bruch (z. B. „365/12“).`, field);
    }
    return { num, den };
  }
  return { num: parsePositive(v, field), den: new Dec(1) };
}

function parseRundung(v: unknown, field: string): Rundung | undefined {
  if (!present(v)) return undefined;
  const o = obj(v, field);
  const schritt = parsePositive(o.schritt, `${field}.schritt`);
  const richtung: Richtung = present(o.richtung) ? parseEnum(o.richtung, `${field}.richtung`, RICHTUNGEN) : "kaufmaennisch";
  return { schritt, richtung };
}

function parseSettings(v: unknown): PlanSettings {
  const o = present(v) ? obj(v, "einstellungen") : {};
  const rundung = present(o.rundung) ? obj(o.rundung, "einstellungen.rundung") : {};
  const arbeitgeber: Record<string, unknown> = {};
  for (const k of PAYROLL_DEFAULT_KEYS) if (present(o[k])) arbeitgeber[k] = o[k];
  // validated once here, so a bad default is named as a setting, not as the first position using it
  for (const k of ["zusatzbeitragProzent", "u1Prozent", "u2Prozent", "uvJahr"]) optNonNeg(o, k, "einstellungen");
  for (const k of ["sachsen", "rvBefreit", "kvPrivat", "pauschsteuerArbeitgeber", "privathaushalt", "ost"]) optBool(o, k, "einstellungen");
  for (const art of ZUSCHLAG_ARTEN) optNonNeg(o, ZUSCHLAG_KEYS[art].prozent, "einstellungen");
  optNonNeg(o, "u1ErstattungProzent", "einstellungen");
  if (present(o.bundesland)) bundeslandOf(o.bundesland, "einstellungen.bundesland");
  const s: PlanSettings = {
    arbeitgeber,
    tageProMonat: parseRatio(o.tageProMonat, "einstellungen.tageProMonat", { num: new Dec(365), den: new Dec(12) }),
    wochenProMonat: parseRatio(o.wochenProMonat, "einstellungen.wochenProMonat", { num: new Dec(52), den: new Dec(12) }),
    rundungGesamt: parseRundung(rundung.gesamt, "einstellungen.rundung.gesamt"),
    rundungMonat: parseRundung(rundung.monat, "einstellungen.rundung.monat"),
    zahlweise: present(o.zahlweise) ? parseEnum(o.zahlweise, "einstellungen.zahlweise", ZAHLWEISEN) : "monatlich",
  };
  if (present(o.rechengroessen)) s.rechengroessen = parseOverrides(o.rechengroessen, "einstellungen.rechengroessen");
  return s;
}

/**
 * Per-workbook overrides of legal figures, validated up front so a typo never waits for its year (the keys
 * are checked by the schema; here the values).
 */
export function parseOverrides(v: unknown, field: string): Overrides {
  const o = obj(v, field);
  const out: Overrides = {};
  for (const [year, figures] of Object.entries(o)) {
    if (!/^\d{4}$/.test(year)) throw new InputError(`${field}: „${year}“ ist kein Kalenderjahr.`, field);
    out[year] = obj(figures, `${field}.${year}`);
  }
  for (const year of Object.keys(out)) figuresForYear(Number(year), out); // throws on a bad value
  return out;
}

function parseTraeger(v: unknown): Traeger[] {
  if (!present(v)) return [];
  if (!Array.isArray(v)) throw new InputError(`traeger: Erwartet wird eine Liste ([ … ]).`, "traeger");
  const seen = new Set<string>();
  return v.map((t, i) => {
    const field = `traeger[${i + 1}]`;
    const o = obj(t, field);
    const id = parseText(o.id, `${field}.id`);
    if (seen.has(id)) throw new InputError(`${field}.id: „${id}“ kommt mehrfach vor.`, `${field}.id`);
    seen.add(id);
    const tr: Traeger = { id, name: present(o.name) ? parseText(o.name, `${field}.name`) : id };
    const og = parseOptionalDecimal(o.obergrenzeMonat, `${field}.obergrenzeMonat`);
    if (og) tr.obergrenzeMonat = og;
    for (const k of ["obergrenzeBegruendung", "anschrift", "aktenzeichen"] as const) if (present(o[k])) tr[k] = parseText(o[k], `${field}.${k}`);
    return tr;
  });
}

function optBool(o: Obj, key: string, field: string): boolean | undefined {
  return present(o[key]) ? parseBoolean(o[key], `${field}.${key}`, false) : undefined;
}

function optNonNeg(o: Obj, key: string, field: string): Dec | undefined {
  return present(o[key]) ? parseNonNegative(o[key], `${field}.${key}`) : undefined;
}

/** Workbook-wide defaults that belong to the Krankenkasse: a Minijob's Umlagen are the Minijob-Zentrale's (§ 2 AAG). */
const KASSE_DEFAULTS = ["u1Prozent", "u2Prozent", "u1ErstattungProzent"];

function parsePayroll(own: Obj, field: string, defaults: Obj): PayrollOptions {
  const o: Obj = { ...defaults };
  for (const [k, v] of Object.entries(own)) if (present(v)) o[k] = v;
  const beschaeftigung = parseEnum(o.beschaeftigung, `${field}.beschaeftigung`, BESCHAEFTIGUNGSARTEN);
  if (beschaeftigung === "minijob-privat" || beschaeftigung === "minijob-gewerblich") {
    for (const k of KASSE_DEFAULTS) if (!present(own[k])) delete o[k];
  }
  const p: PayrollOptions = {
    beschaeftigung,
    beschaeftigte: present(o.beschaeftigte) ? parsePositive(o.beschaeftigte, `${field}.beschaeftigte`) : new Dec(1),
    arbeitgeberanteilProzent: optNonNeg(o, "arbeitgeberanteilProzent", field),
    zusatzbeitragProzent: optNonNeg(o, "zusatzbeitragProzent", field),
    u1Prozent: optNonNeg(o, "u1Prozent", field),
    u2Prozent: optNonNeg(o, "u2Prozent", field),
    uvJahr: optNonNeg(o, "uvJahr", field),
    sachsen: optBool(o, "sachsen", field),
    rvBefreit: optBool(o, "rvBefreit", field),
    kvPrivat: optBool(o, "kvPrivat", field),
    pauschsteuerArbeitgeber: optBool(o, "pauschsteuerArbeitgeber", field),
    privathaushalt: optBool(o, "privathaushalt", field),
    zuschlaegeSvFreiMonat: optNonNeg(o, "zuschlaegeSvFreiMonat", field),
    bereitschaftStunden: optNonNeg(o, "bereitschaftStunden", field),
    bereitschaftGewichtProzent: optNonNeg(o, "bereitschaftGewichtProzent", field),
    einmalzahlungJahr: optNonNeg(o, "einmalzahlungJahr", field),
    hauptbeschaeftigung: optBool(o, "hauptbeschaeftigung", field),
    ost: optBool(o, "ost", field),
    zuschlagProzent: {},
    stundenJeEinheit: present(o.stundenJeEinheit) ? parsePositive(o.stundenJeEinheit, `${field}.stundenJeEinheit`) : undefined,
    u1ErstattungProzent: optNonNeg(o, "u1ErstattungProzent", field),
  };
  const rate = p.u1ErstattungProzent;
  if (rate && !rate.isZero() && (rate.lt(40) || rate.gt(80))) {
    throw new InputError(`${field}.u1ErstattungProzent: Der Erstattungssatz U1 liegt zwischen 40 und 80 % (§ 1 Abs. 1, § 9 Abs. 2 Nr. 1 AAG), 0 für keine Erstattung.`, `${field}.u1ErstattungProzent`);
  }
  parseZuschlaege(o, field, p);
  if (!p.beschaeftigte.isInteger()) {
    throw new InputError(`${field}.beschaeftigte: Die Zahl der Beschäftigten muss ganz sein.`, `${field}.beschaeftigte`);
  }
  if (beschaeftigung === "pauschal" && p.arbeitgeberanteilProzent === undefined) {
    throw new InputError(
      `${field}.arbeitgeberanteilProzent: Für „pauschal“ fehlt der mit dem Träger vereinbarte Arbeitgeberanteil in %.`,
      `${field}.arbeitgeberanteilProzent`,
    );
  }
  return p;
}

/** A Land by its code („NW“) or name („Nordrhein-Westfalen“). */
function bundeslandOf(v: unknown, field: string): Bundesland {
  return choiceOf(v, VOKABULAR.bundesland) ?? parseEnum(v, field, BUNDESLAENDER);
}

/** Surcharge classes: hours per month, or a weekly schedule with the Land of the workplace; agreed rates. */
function parseZuschlaege(o: Obj, field: string, p: PayrollOptions): void {
  const stunden: NonNullable<PayrollOptions["zuschlagStunden"]> = [];
  for (const art of ZUSCHLAG_ARTEN) {
    const keys = ZUSCHLAG_KEYS[art];
    const h = optNonNeg(o, keys.stunden, field);
    if (h && !h.isZero()) stunden.push({ art, stunden: h });
    const pct = optNonNeg(o, keys.prozent, field);
    if (pct) p.zuschlagProzent[art] = pct;
  }
  if (present(o.bundesland)) p.bundesland = bundeslandOf(o.bundesland, `${field}.bundesland`);
  if (present(o.dienstplan)) {
    if (stunden.length) {
      throw new InputError(`${field}.dienstplan: Bitte entweder einen Dienstplan oder Stunden je Zuschlagsart angeben, nicht beides.`, `${field}.dienstplan`);
    }
    p.dienstplan = parseDienstplan(parseText(o.dienstplan, `${field}.dienstplan`), `${field}.dienstplan`);
    if (!p.bundesland) {
      throw new InputError(`${field}.bundesland: Für die Feiertage des Dienstplans fehlt das Bundesland des Arbeitsorts (z. B. „NW“ oder „Sachsen“).`, `${field}.bundesland`);
    }
  }
  if (stunden.length) p.zuschlagStunden = stunden;
}

function parseBemessung(o: Obj, field: string, art: string): Bemessung {
  const basis = () => (present(o.basis) ? parseEnum(o.basis, `${field}.basis`, BASIS_WERTE) : "arbeitgeber");
  if (art !== "arbeitgeber" && present(o.prozent)) {
    return { kind: "prozent", prozent: parseNonNegative(o.prozent, `${field}.prozent`), basis: basis() };
  }
  const calendarKeys = ["urlaubstage", "feiertage", "krankheitstage", "stundenProTag"];
  if (art === "reserve" && calendarKeys.some((k) => present(o[k]))) {
    return {
      kind: "kalender",
      urlaubstage: present(o.urlaubstage) ? parseNonNegative(o.urlaubstage, `${field}.urlaubstage`) : new Dec(0),
      feiertage: present(o.feiertage) ? parseNonNegative(o.feiertage, `${field}.feiertage`) : new Dec(0),
      krankheitstage: present(o.krankheitstage) ? parseNonNegative(o.krankheitstage, `${field}.krankheitstage`) : new Dec(0),
      stundenProTag: parsePositive(o.stundenProTag, `${field}.stundenProTag`),
      basis: basis(),
      u1Erstattung: parseBoolean(o.u1Erstattung, `${field}.u1Erstattung`, true),
    };
  }
  return {
    kind: "menge",
    menge: present(o.menge) ? parseNonNegative(o.menge, `${field}.menge`) : new Dec(1),
    je: parseEnum(o.je, `${field}.je`, JE_WERTE),
    preis: parseDecimal(o.preis, `${field}.preis`),
  };
}

/** A date of a position that must lie inside the Bewilligungszeitraum. */
function dateInPeriod(v: unknown, field: string, zeitraum: Period): CalDate {
  const d = parseDate(v, field);
  if (compareDates(d, zeitraum.beginn) < 0 || compareDates(d, zeitraum.ende) > 0) {
    throw new InputError(
      `${field}: ${germanDate(d)} liegt außerhalb des Bewilligungszeitraums (${germanDate(zeitraum.beginn)} bis ${germanDate(zeitraum.ende)}).`,
      field,
    );
  }
  return d;
}

/** The values a position has from one day on: its measure, payroll and Zuschlag. */
function parseVersion(o: Obj, field: string, art: PlanPosition["art"], settings: PlanSettings, ab: CalDate): PositionVersion {
  const version: PositionVersion = { ab, bemessung: parseBemessung(o, field, art) };
  if (art === "arbeitgeber") version.payroll = parsePayroll(o, field, settings.arbeitgeber);
  const z = parseOptionalDecimal(o.zuschlagProzent, `${field}.zuschlagProzent`);
  if (z) version.zuschlagProzent = z;
  return version;
}

/**
 * The position's changes inside the period: each Änderung holds only what changes from its day `ab` on;
 * its version is the previous one with those values, so every version is complete and checked as such.
 */
function parseAenderungen(o: Obj, field: string, art: PlanPosition["art"], settings: PlanSettings, zeitraum: Period, first: PositionVersion): PositionVersion[] {
  if (!Array.isArray(o.aenderungen)) return [];
  const list = (o.aenderungen as unknown[]).map((a, j) => ({ a: obj(a, `${field}.aenderungen[${j + 1}]`), f: `${field}.aenderungen[${j + 1}]`, nr: j + 1 }));
  const dated = list.map(({ a, f, nr }) => ({ a, f, nr, ab: dateInPeriod(a.ab, `${f}.ab`, zeitraum) })).sort((x, y) => compareDates(x.ab, y.ab));
  const out: PositionVersion[] = [];
  let raw: Obj = { ...o };
  let previous = first;
  for (const { a, f, nr, ab } of dated) {
    if (compareDates(ab, previous.ab) === 0) {
      throw new InputError(
        previous === first
          ? `${f}.ab: Die Änderung gilt ab ${germanDate(ab)}, dem ersten Tag des Bewilligungszeitraums – dann bitte die neuen Werte direkt bei der Position eintragen.`
          : `${f}.ab: Für den ${germanDate(ab)} gibt es schon eine Änderung dieser Position – bitte beide zu einer zusammenfassen.`,
        `${f}.ab`,
      );
    }
    raw = { ...raw };
    for (const [k, val] of Object.entries(a)) if (k !== "ab" && present(val)) raw[k] = val;
    const version = parseVersion(raw, f, art, settings, ab);
    if (version.bemessung.kind !== first.bemessung.kind) {
      throw new InputError(`${f}: Eine Änderung kann die Art der Bemessung nicht wechseln – dafür bitte eine neue Position anlegen.`, f);
    }
    out.push({ ...version, nr });
    previous = version;
  }
  return out;
}

/**
 * A position with the caseworker's decision (`anerkannt`): the values as applied for stay the `beantragt`
 * position, the plan computes on the recognised ones (later changes inherit them like any value).
 */
function parsePosition(v: unknown, i: number, settings: PlanSettings, zeitraum: Period): PlanPosition {
  const field = `positionen[${i + 1}]`;
  const o = obj(v, field);
  if (!present(o.anerkannt)) return parsePositionValues(o, i, settings, zeitraum);
  const a = obj(o.anerkannt, `${field}.anerkannt`);
  const { anerkannt: _decision, ...beantragtRaw } = o;
  const werte = ANERKANNT_WERTE.filter((k) => present(a[k]));
  for (const k of werte) parseNonNegative(a[k], `${field}.anerkannt.${k}`); // named as the caseworker's field
  const begruendung = present(a.begruendung) ? parseText(a.begruendung, `${field}.anerkannt.begruendung`) : undefined;
  const effective: Obj = { ...beantragtRaw, ...(Array.isArray(o.aenderungen) ? { aenderungen: recognisedChanges(o.aenderungen, beantragtRaw, a, werte) } : {}) };
  for (const k of werte) effective[k] = a[k];
  const pos = parsePositionValues(effective, i, settings, zeitraum);
  pos.anerkannt = { werte, ...(begruendung ? { begruendung } : {}) };
  if (werte.length) pos.beantragt = parsePositionValues(beantragtRaw, i, settings, zeitraum);
  return pos;
}

/**
 * A change row repeats the values that stay (a copied workbook row): where it repeats the value applied for,
 * the recognised value goes on; a value the change really alters stays the change's (sorted by day, as applied).
 */
function recognisedChanges(changes: unknown[], applied: Obj, decision: Obj, werte: readonly string[]): unknown[] {
  const same = (x: unknown, y: unknown) => {
    const [dx, dy] = [tryParseDecimal(x), tryParseDecimal(y)];
    return dx !== null && dy !== null && dx.eq(dy);
  };
  const byDay = changes.map((c, j) => ({ c, j, ab: isObj(c) ? tryParseDate(c.ab) : null }));
  const order = byDay.every((x) => x.ab) ? [...byDay].sort((x, y) => compareDates(x.ab!, y.ab!)) : byDay;
  const out = [...changes];
  const current: Obj = { ...applied };
  for (const { c, j } of order) {
    if (!isObj(c)) continue;
    const next: Obj = { ...c };
    for (const k of werte) {
      if (!present(c[k])) continue;
      if (same(c[k], current[k])) next[k] = decision[k];
      current[k] = c[k];
    }
    out[j] = next;
  }
  return out;
}

function parsePositionValues(o: Obj, i: number, settings: PlanSettings, zeitraum: Period): PlanPosition {
  const field = `positionen[${i + 1}]`;
  const bezeichnung = parseText(o.bezeichnung, `${field}.bezeichnung`);
  const label = `Position ${i + 1} (${bezeichnung})`;
  const art = parseEnum(o.art, `${field}.art`, POSITION_ARTEN);
  const first = parseVersion(o, field, art, settings, zeitraum.beginn);
  const pos: PlanPosition = { zeile: i + 1, bezeichnung, art, label, bemessung: first.bemessung, aenderungen: [] };
  if (present(o.traeger)) pos.traeger = parseText(o.traeger, `${field}.traeger`);
  if (present(o.einheit)) pos.einheit = parseText(o.einheit, `${field}.einheit`);
  if (first.payroll) pos.payroll = first.payroll;
  if (first.zuschlagProzent) pos.zuschlagProzent = first.zuschlagProzent;
  if (present(o.von)) pos.von = dateInPeriod(o.von, `${field}.von`, zeitraum);
  if (present(o.bis)) pos.bis = dateInPeriod(o.bis, `${field}.bis`, zeitraum);
  if (pos.von && pos.bis && compareDates(pos.bis, pos.von) < 0) {
    throw new InputError(`${field}.bis: Das Ende (${germanDate(pos.bis)}) liegt vor dem Beginn (${germanDate(pos.von)}).`, `${field}.bis`);
  }
  pos.aenderungen = parseAenderungen(o, field, art, settings, zeitraum, first);
  if (present(o.rundung)) {
    const r = parseRundung(o.rundung, `${field}.rundung`)!;
    const ro = o.rundung as Obj;
    const bezug = present(ro.bezug) ? parseEnum(ro.bezug, `${field}.rundung.bezug`, ["zeitraum", "monat"] as const) : "zeitraum";
    pos.rundung = { ...r, bezug } as PositionRundung;
  }
  return pos;
}

export function parsePlan(v: unknown): Plan {
  if (!isObj(v)) throw new InputError(`Kostenplan: Erwartet wird ein JSON-Objekt mit „zeitraum“ und „positionen“.`, "kostenplan");
  // a report handed over as a plan: say what it is instead of naming its first unknown key
  if (formatKind(v) === "verwendungsnachweis") {
    throw new InputError(
      `Kostenplan: Das ist ein Verwendungsnachweis (format „verwendungsnachweis/1“), kein Kostenplan – er wird mit „budget pruefen <datei>“ geprüft; seinen Kostenplan enthält er unter „kostenplan“.`,
      "format",
    );
  }
  checkPlanShape(v);
  if (present(v.format) && v.format !== "kostenplan/1") {
    throw new InputError(`format: „${String(v.format)}“ wird nicht unterstützt – erwartet „kostenplan/1“.`, "format");
  }
  const zeitraum = parsePeriod(v.zeitraum, "zeitraum");
  const einstellungen = parseSettings(v.einstellungen);
  if (!Array.isArray(v.positionen)) throw new InputError(`positionen: Erwartet wird eine Liste von Positionen ([ … ]).`, "positionen");
  const plan: Plan = {
    zeitraum,
    einstellungen,
    eigenanteilMonat: present(v.eigenanteilMonat) ? parseNonNegative(v.eigenanteilMonat, "eigenanteilMonat") : new Dec(0),
    traeger: parseTraeger(v.traeger),
    positionen: v.positionen.map((p, i) => parsePosition(p, i, einstellungen, zeitraum)),
  };
  const og = parseOptionalDecimal(v.obergrenzeMonat, "obergrenzeMonat");
  if (og) plan.obergrenzeMonat = og;
  if (present(v.obergrenzeBegruendung)) plan.obergrenzeBegruendung = parseText(v.obergrenzeBegruendung, "obergrenzeBegruendung");
  if (present(v.vereinbart)) plan.vereinbart = parseVereinbart(v.vereinbart);
  const fall = parseFall(v.fall, zeitraum);
  if (fall) plan.fall = fall;
  if (present(v.pflege)) plan.pflege = parsePflege(v.pflege, plan); // after the Träger and positions it refers to
  return plan;
}

/** The agreed amount: per month or for the whole period (not both), with its reason. */
function parseVereinbart(v: unknown): NonNullable<Plan["vereinbart"]> {
  const o = obj(v, "vereinbart");
  const monatsbetrag = present(o.monatsbetrag) ? parseNonNegative(o.monatsbetrag, "vereinbart.monatsbetrag") : undefined;
  const zeitraumbetrag = present(o.zeitraumbetrag) ? parseNonNegative(o.zeitraumbetrag, "vereinbart.zeitraumbetrag") : undefined;
  if (monatsbetrag && zeitraumbetrag) {
    throw new InputError(`vereinbart: Bitte entweder den vereinbarten Monatsbetrag oder den Betrag für den ganzen Zeitraum angeben, nicht beides.`, "vereinbart.zeitraumbetrag");
  }
  if (!monatsbetrag && !zeitraumbetrag) throw new InputError(`vereinbart: Es fehlt der vereinbarte Betrag (monatsbetrag oder zeitraumbetrag).`, "vereinbart.monatsbetrag");
  return {
    ...(monatsbetrag ? { monatsbetrag } : {}),
    ...(zeitraumbetrag ? { zeitraumbetrag } : {}),
    ...(present(o.begruendung) ? { begruendung: parseText(o.begruendung, "vereinbart.begruendung") } : {}),
  };
}
