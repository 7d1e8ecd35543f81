/**
 * Reads a Verwendungsnachweis (verwendungsnachweis/1) with its inline Kostenplan.
 *
 * InputError (exit code 2) only where the structure is unusable: not an object, a foreign format,
 * a missing or invalid Nachweiszeitraum, an invalid plan, invalid settings (`regeln`), a list that is
 * no list. Bad cells in the lists are kept as problems of their row and reported as findings.
 */
import { Dec } from "../money";
import { InputError, isInputError } from "../errors";
import { compareDates, germanDate, monthIndex, parseDate } from "../dates";
import { parseBoolean, parseEnum, parseNonNegative, showValue } from "../parse";
import { parsePlan } from "../plan/parse";
import { mergeFall } from "../fall/parse";
import { evaluatePlan } from "../plan/compute";
import { BESCHAEFTIGUNGSARTEN } from "../employer-cost/types";
import { RESTE_REGELN } from "../reste/reste";
import { RowReader, isEmpty, isObj, type Obj } from "./cells";
import { ROW_KEYS, checkReportShape, checkRow, formatKind } from "../schema/formats";
import {
  EINNAHME_ARTEN,
  type Angaben,
  type Ausgabe,
  type Beschaeftigter,
  type Einnahme,
  type Nachweiszeitraum,
  type Report,
  type ReportRules,
} from "./types";

export const REPORT_FORMAT = "verwendungsnachweis/1";

/** The documented defaults of `regeln`. */
export const DEFAULT_REPORT_RULES: Readonly<ReportRules> = Object.freeze({
  reste: "uebertrag-bis-monatsbudget",
  schlussnachweis: false,
  zwischennachweisRueckforderung: false,
  sachkostenNachweisfreiProzent: new Dec(15),
  belegPflichtAb: new Dec(0),
  planUeberschreitungProzent: new Dec(10),
  planUnterschreitungProzent: new Dec(50),
  datumAbstandMonate: 3,
  /** The payment ledger: a Träger's payment may arrive up to the end of its due month (0 days more). */
  zahlungToleranzTage: 0,
  /** … and up to a week before its due date (a transfer in advance at the end of the month before). */
  zahlungVorlaufTage: 7,
});

function parseZeitraum(v: unknown): Nachweiszeitraum {
  if (!isObj(v)) {
    throw new InputError(`zeitraum: Der Nachweiszeitraum fehlt – bitte Beginn und Ende eintragen (z. B. 01.01.2026 bis 30.06.2026).`, "zeitraum");
  }
  const beginn = parseDate(v.beginn, "zeitraum.beginn");
  const ende = parseDate(v.ende, "zeitraum.ende");
  if (compareDates(ende, beginn) < 0) {
    throw new InputError(`zeitraum: Das Ende (${germanDate(ende)}) liegt vor dem Beginn (${germanDate(beginn)}).`, "zeitraum");
  }
  return { beginn, ende, ersterMonat: monthIndex(beginn), letzterMonat: monthIndex(ende) };
}

function parseRegeln(v: unknown): ReportRules {
  if (isEmpty(v)) return { ...DEFAULT_REPORT_RULES };
  if (!isObj(v)) throw new InputError(`regeln: Erwartet wird ein Objekt ({ … }).`, "regeln");
  const r: ReportRules = { ...DEFAULT_REPORT_RULES };
  if (!isEmpty(v.reste)) r.reste = parseEnum(v.reste, "regeln.reste", RESTE_REGELN);
  r.schlussnachweis = parseBoolean(v.schlussnachweis, "regeln.schlussnachweis", false);
  r.zwischennachweisRueckforderung = parseBoolean(v.zwischennachweisRueckforderung, "regeln.zwischennachweisRueckforderung", false);
  const pct = (key: keyof ReportRules & string) => {
    if (!isEmpty(v[key])) (r as unknown as Record<string, Dec>)[key] = parseNonNegative(v[key], `regeln.${key}`);
  };
  pct("sachkostenNachweisfreiProzent");
  pct("belegPflichtAb");
  pct("planUeberschreitungProzent");
  pct("planUnterschreitungProzent");
  if (r.sachkostenNachweisfreiProzent.gt(100)) {
    throw new InputError(`regeln.sachkostenNachweisfreiProzent: höchstens 100 %.`, "regeln.sachkostenNachweisfreiProzent");
  }
  if (r.planUnterschreitungProzent.gt(100)) {
    throw new InputError(`regeln.planUnterschreitungProzent: höchstens 100 %.`, "regeln.planUnterschreitungProzent");
  }
  if (!isEmpty(v.datumAbstandMonate)) {
    const n = parseNonNegative(v.datumAbstandMonate, "regeln.datumAbstandMonate");
    if (!n.isInteger() || n.gt(1200)) {
      throw new InputError(`regeln.datumAbstandMonate: ${showValue(v.datumAbstandMonate)} ist keine ganze Zahl von Monaten.`, "regeln.datumAbstandMonate");
    }
    r.datumAbstandMonate = n.toNumber();
  }
  for (const key of ["zahlungToleranzTage", "zahlungVorlaufTage"] as const) {
    if (isEmpty(v[key])) continue;
    const n = parseNonNegative(v[key], `regeln.${key}`);
    if (!n.isInteger() || n.gt(366)) throw new InputError(`regeln.${key}: ${showValue(v[key])} ist keine ganze Zahl von Tagen (0 bis 366).`, `regeln.${key}`);
    r[key] = n.toNumber();
  }
  return r;
}

/** Re-throws an error of the inline plan with its path under `kostenplan`. */
function inPlan<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (!isInputError(e)) throw e;
    const field = e.field && e.field !== "kostenplan" ? `kostenplan.${e.field}` : "kostenplan";
    const message = e.field && e.message.startsWith(`${e.field}:`) ? `kostenplan.${e.message}` : `kostenplan: ${e.message}`;
    throw new InputError(message, field, e.kind);
  }
}

/**
 * Reads a list: absent = empty; not a list = InputError. Rows whose cells are all empty (blank table
 * rows) are skipped, keeping the numbering of the others; a row that is no object is kept as unusable.
 */
function parseList<T extends { zeile: number }>(
  v: unknown,
  name: keyof typeof ROW_KEYS,
  singular: string,
  label: string,
  row: (r: RowReader, o: Obj, zeile: number) => T,
): T[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new InputError(`${name}: Erwartet wird eine Liste ([ … ]).`, name);
  const out: T[] = [];
  for (let i = 0; i < v.length; i++) {
    const cell = v[i];
    const zeile = i + 1;
    if (isEmpty(cell)) continue;
    if (!isObj(cell)) {
      out.push({
        zeile,
        unbrauchbar: true,
        probleme: [{ regel: `${singular}-zeile-ungueltig`, schwere: "fehler", feld: `${name}[${zeile}]`, text: `${label} ist keine Zeile mit Spalten, sondern ${showValue(cell)}.` }],
      } as unknown as T);
      continue;
    }
    checkRow(name, cell, `${name}[${zeile}]`);
    if (Object.values(cell).every(isEmpty)) continue;
    out.push(row(new RowReader(cell, singular, `${name}[${zeile}]`), cell, zeile));
  }
  return out;
}

function begruendung(r: RowReader): { begruendung?: string } {
  const b = r.text("begruendung", "Die Begründung");
  return b ? { begruendung: b } : {};
}

function parseEinnahmen(v: unknown): Einnahme[] {
  return parseList(v, "einnahmen", "einnahme", "Die Zeile", (r, _o, zeile) => {
    const art = r.choice("art", "Die Art", EINNAHME_ARTEN, true);
    const e: Einnahme = {
      zeile,
      datum: r.date("datum", "Das Datum"),
      art: art.value,
      artText: art.text,
      traeger: r.text("traeger", "Der Träger"),
      betrag: r.decimal("betrag", "Der Betrag", true),
      probleme: r.probleme,
      ...begruendung(r),
    };
    return e;
  });
}

/** An employee's wage changes; an unreadable one is a problem of the employee's row, like its other cells. */
function lohnAenderungen(o: Obj, zeile: number, row: RowReader): Beschaeftigter["lohnAenderungen"] {
  if (!Array.isArray(o.aenderungen)) return [];
  const out: Beschaeftigter["lohnAenderungen"] = [];
  (o.aenderungen as Obj[]).forEach((a, j) => {
    const pfad = `beschaeftigte[${zeile}].aenderungen[${j + 1}]`;
    const r = new RowReader(a, "lohnaenderung", pfad);
    const ab = r.date("ab", "Das Datum „gültig ab“ der Lohnänderung");
    const stundenlohn = r.decimal("stundenlohn", "Der neue Stundenlohn", true, true);
    if (isEmpty(a.ab)) r.probleme.push({ regel: "lohnaenderung-ab-fehlt", schwere: "fehler", feld: `${pfad}.ab`, text: "Die Lohnänderung hat kein Datum „gültig ab“." });
    row.probleme.push(...r.probleme);
    if (ab && stundenlohn) out.push({ ab, stundenlohn });
  });
  return out.sort((x, y) => compareDates(x.ab, y.ab));
}

function parseBeschaeftigte(v: unknown): Beschaeftigter[] {
  return parseList(v, "beschaeftigte", "beschaeftigter", "Die Zeile", (r, _o, zeile) => {
    const name = r.text("name", "Der Name");
    if (name === "" && r.probleme.length === 0) r.probleme.push({ regel: "beschaeftigter-name-fehlt", schwere: "fehler", feld: `beschaeftigte[${zeile}].name`, text: "Der Name fehlt – Ausgaben können dieser Person nicht zugeordnet werden." });
    const b: Beschaeftigter = {
      zeile,
      name,
      beschaeftigung: r.choice("beschaeftigung", "Die Beschäftigungsart", BESCHAEFTIGUNGSARTEN, false).value,
      stundenlohn: r.decimal("stundenlohn", "Der Stundenlohn", false, true),
      lohnAenderungen: lohnAenderungen(_o, zeile, r),
      verwandtschaft: r.text("verwandtschaft", "Die Verwandtschaft").toLowerCase(),
      probleme: r.probleme,
      ...begruendung(r),
    };
    return b;
  });
}

function parseAusgaben(v: unknown): Ausgabe[] {
  return parseList(v, "ausgaben", "ausgabe", "Die Zeile", (r, _o, zeile) => {
    const a: Ausgabe = {
      zeile,
      datum: r.date("datum", "Das Datum"),
      leistungsmonat: r.month("leistungsmonat", "Der Leistungsmonat"),
      empfaenger: r.text("empfaenger", "Der Empfänger"),
      position: r.text("position", "Die Position"),
      betrag: r.decimal("betrag", "Der Betrag", true),
      stunden: r.decimal("stunden", "Die Stundenzahl", false, true),
      beleg: r.text("beleg", "Die Belegnummer"),
      probleme: r.probleme,
      ...begruendung(r),
    };
    return a;
  });
}

function parseAngaben(v: unknown): Angaben {
  const a: Angaben = { probleme: [] };
  if (isEmpty(v)) return a;
  if (!isObj(v)) throw new InputError(`angaben: Erwartet wird ein Objekt ({ "einnahmen": …, "ausgaben": …, "rest": … }).`, "angaben");
  const r = new RowReader(v, "angaben", "angaben");
  a.einnahmen = r.decimal("einnahmen", "Die angegebene Summe der Einnahmen", false);
  a.ausgaben = r.decimal("ausgaben", "Die angegebene Summe der Ausgaben", false);
  a.rest = r.decimal("rest", "Der angegebene Rest", false);
  a.probleme = r.probleme;
  return a;
}

export function parseReport(json: unknown): Report {
  if (!isObj(json)) {
    throw new InputError(`Verwendungsnachweis: Erwartet wird ein JSON-Objekt mit „zeitraum“, „kostenplan“ und „ausgaben“.`, "verwendungsnachweis");
  }
  // a plan handed over as a report: say what it is instead of naming its first unknown key
  if (formatKind(json) === "kostenplan") {
    throw new InputError(
      `Verwendungsnachweis: Das ist ein Kostenplan (format „kostenplan/1“), kein Verwendungsnachweis – ein Kostenplan wird mit „budget kostenplan <datei>“ ausgewertet; ein Verwendungsnachweis enthält ihn unter „kostenplan“.`,
      "format",
    );
  }
  checkReportShape(json);
  if (!isEmpty(json.format) && json.format !== REPORT_FORMAT) {
    throw new InputError(`format: ${showValue(json.format)} wird nicht unterstützt – erwartet „${REPORT_FORMAT}“.`, "format");
  }
  const zeitraum = parseZeitraum(json.zeitraum);
  if (!isObj(json.kostenplan)) {
    throw new InputError(`kostenplan: Der vereinbarte Kostenplan fehlt (erwartet ein Objekt im Format „kostenplan/1“).`, "kostenplan");
  }
  // the report's own case record (the newer paper) over the plan's, read with the plan's dates and Träger
  const kostenplan = isEmpty(json.fall) ? json.kostenplan : { ...json.kostenplan, fall: mergeFall(json.fall, json.kostenplan.fall) };
  const plan = inPlan(() => parsePlan(kostenplan));
  const planErgebnis = inPlan(() => evaluatePlan(plan));
  return {
    zeitraum,
    plan,
    planErgebnis,
    regeln: parseRegeln(json.regeln),
    einnahmen: parseEinnahmen(json.einnahmen),
    beschaeftigte: parseBeschaeftigte(json.beschaeftigte),
    ausgaben: parseAusgaben(json.ausgaben),
    angaben: parseAngaben(json.angaben),
  };
}
