/**
 * Reads `fall` of kostenplan/1 or verwendungsnachweis/1. Messages name the field; for the personal fields
 * (name, address, date of birth) they never repeat what was typed.
 */
import { InputError } from "../errors";
import { addDays, addMonths, compareDates, germanDate, parseDate, type CalDate, type Period } from "../dates";
import { parseNonNegative, parsePositive, parseText } from "../parse";
import { choiceOf, isEmptyValue, showValue } from "../values";
import { VOKABULAR } from "../vocabulary";
import { INTERVALL_MONATE, type Fall, type Nachweispflicht } from "./types";

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const present = (v: unknown) => !isEmptyValue(v);

/**
 * The next Bedarfsermittlung when none is agreed: two years after the last one (or after the Bescheid). The
 * DRV's commentary on § 29 SGB IX (rvrecht.deutsche-rentenversicherung.de, GRA zu § 29 SGB IX) names this as
 * the usual rhythm, as § 3 Abs. 6 BudgetV did until 2017. A Träger with another rhythm sets
 * `bedarfsermittlung.intervallMonate`, or the agreed date in `bedarfsermittlung.naechste`.
 */
export const BEDARFSERMITTLUNG_MONATE = 24;

/** A time limit for a Nachweis is days within a year at most (a longer one is a typing error). */
const FRIST_TAGE_HOECHSTENS = 366;

/** A date of a personal field: the message says what is wrong, not what was typed. */
function privateDate(v: unknown, field: string): CalDate {
  try {
    return parseDate(v, field);
  } catch {
    throw new InputError(`${field}: kein gültiges Datum (erwartet z. B. „31.01.1980“).`, field);
  }
}

function privateText(v: unknown, field: string): string {
  if (typeof v === "string" && v.trim() !== "") return v.trim();
  throw new InputError(`${field}: Erwartet wird ein Text.`, field);
}

const optDate = (o: Obj, key: string, field: string) => (present(o[key]) ? parseDate(o[key], `${field}.${key}`) : undefined);
const sub = (o: Obj, key: string, field: string): Obj => {
  const v = o[key];
  if (!present(v)) return {};
  if (!isObj(v)) throw new InputError(`${field}.${key}: Erwartet wird ein Objekt ({ … }).`, `${field}.${key}`);
  return v;
};

/** The sections of an interval over the period and the day each is due. */
function termine(n: Omit<Nachweispflicht, "termine">, zeitraum: Period): Nachweispflicht["termine"] {
  const frist = (d: CalDate) => (n.fristTage ? addDays(d, n.fristTage) : d);
  if (n.intervall === "einmalig") return [{ abschnitt: { beginn: zeitraum.beginn, ende: zeitraum.ende }, faellig: n.faelligAm ?? frist(zeitraum.ende) }];
  const step = INTERVALL_MONATE[n.intervall];
  const out: Nachweispflicht["termine"] = [];
  for (let k = 0; k < zeitraum.months; k += step) {
    const beginn = addMonths(zeitraum.beginn, k);
    const next = addDays(addMonths(zeitraum.beginn, k + step), -1);
    const ende = compareDates(next, zeitraum.ende) > 0 ? zeitraum.ende : next;
    out.push({ abschnitt: { beginn, ende }, faellig: frist(ende) });
  }
  return out;
}

function parseNachweise(v: unknown, zeitraum: Period, field: string): Nachweispflicht[] {
  if (!present(v)) return [];
  if (!Array.isArray(v)) throw new InputError(`${field}: Erwartet wird eine Liste ([ … ]).`, field);
  return v.map((row, i) => {
    const f = `${field}[${i + 1}]`;
    if (!isObj(row)) throw new InputError(`${f}: Erwartet wird ein Objekt ({ … }).`, f);
    const art = parseText(row.art, `${f}.art`);
    const intervall = choiceOf(row.intervall, VOKABULAR.intervall);
    if (!intervall) {
      const allowed = VOKABULAR.intervall.codes.map((c) => VOKABULAR.intervall.labels[c]).join(", ");
      throw new InputError(`${f}.intervall: ${present(row.intervall) ? `${showValue(row.intervall)} ist unbekannt` : "Angabe fehlt"} – erlaubt: ${allowed}.`, `${f}.intervall`);
    }
    const n: Omit<Nachweispflicht, "termine"> = { zeile: i + 1, art, intervall };
    if (present(row.fristTage)) {
      const t = parseNonNegative(row.fristTage, `${f}.fristTage`);
      if (!t.isInteger() || t.gt(FRIST_TAGE_HOECHSTENS)) {
        throw new InputError(`${f}.fristTage: ${showValue(row.fristTage)} ist keine ganze Zahl von Tagen (0 bis ${FRIST_TAGE_HOECHSTENS}).`, `${f}.fristTage`);
      }
      n.fristTage = t.toNumber(); // a count of days, no amount
    }
    if (present(row.faelligAm)) {
      if (intervall !== "einmalig") throw new InputError(`${f}.faelligAm: Ein festes Datum gibt es nur für einen einmaligen Nachweis – sonst ergibt sich der Termin aus Intervall und Frist.`, `${f}.faelligAm`);
      n.faelligAm = parseDate(row.faelligAm, `${f}.faelligAm`);
    }
    return { ...n, termine: termine(n, zeitraum) };
  });
}

/** `fall` of a plan or report; `zeitraum` is the Bewilligungszeitraum the due dates are counted over. */
export function parseFall(v: unknown, zeitraum: Period, field = "fall"): Fall | undefined {
  if (!present(v)) return undefined;
  if (!isObj(v)) throw new InputError(`${field}: Erwartet wird ein Objekt ({ … }).`, field);
  const bn = sub(v, "budgetnehmer", field);
  const bnField = `${field}.budgetnehmer`;
  const zv = sub(v, "zielvereinbarung", field);
  const be = sub(v, "bedarfsermittlung", field);
  const fall: Fall = {
    budgetnehmer: {
      ...(present(bn.name) ? { name: privateText(bn.name, `${bnField}.name`) } : {}),
      ...(present(bn.anschrift) ? { anschrift: privateText(bn.anschrift, `${bnField}.anschrift`) } : {}),
      ...(present(bn.geburtsdatum) ? { geburtsdatum: privateDate(bn.geburtsdatum, `${bnField}.geburtsdatum`) } : {}),
    },
    zielvereinbarung: {},
    nachweise: parseNachweise(v.nachweise, zeitraum, `${field}.nachweise`),
    bedarfsermittlung: { naechsteAbgeleitet: false },
  };
  if (present(v.aktenzeichen)) fall.aktenzeichen = parseText(v.aktenzeichen, `${field}.aktenzeichen`);
  if (present(v.beauftragterTraeger)) fall.beauftragterTraeger = parseText(v.beauftragterTraeger, `${field}.beauftragterTraeger`);
  const bescheid = optDate(v, "bescheidDatum", field);
  if (bescheid) fall.bescheidDatum = bescheid;

  const zf = `${field}.zielvereinbarung`;
  const zb = optDate(zv, "beginn", zf);
  const ze = optDate(zv, "ende", zf);
  if (zb && ze && compareDates(ze, zb) < 0) throw new InputError(`${zf}.ende: Das Ende (${germanDate(ze)}) liegt vor dem Beginn (${germanDate(zb)}).`, `${zf}.ende`);
  if (zb) fall.zielvereinbarung.beginn = zb;
  if (ze) fall.zielvereinbarung.ende = ze;
  if (present(zv.ziele)) fall.zielvereinbarung.ziele = parseText(zv.ziele, `${zf}.ziele`);

  const bf = `${field}.bedarfsermittlung`;
  const letzte = optDate(be, "letzte", bf);
  const naechste = optDate(be, "naechste", bf);
  if (letzte) fall.bedarfsermittlung.letzte = letzte;
  if (letzte && naechste && compareDates(naechste, letzte) <= 0) {
    throw new InputError(`${bf}.naechste: Die nächste Bedarfsermittlung (${germanDate(naechste)}) liegt nicht nach der letzten (${germanDate(letzte)}).`, `${bf}.naechste`);
  }
  const basis = letzte ?? bescheid;
  let intervall = BEDARFSERMITTLUNG_MONATE;
  if (present(be.intervallMonate)) {
    const m = parsePositive(be.intervallMonate, `${bf}.intervallMonate`);
    if (!m.isInteger()) throw new InputError(`${bf}.intervallMonate: ${showValue(be.intervallMonate)} ist keine ganze Zahl von Monaten.`, `${bf}.intervallMonate`);
    intervall = m.toNumber();
  }
  if (naechste) fall.bedarfsermittlung.naechste = naechste;
  else if (basis) fall.bedarfsermittlung = { ...fall.bedarfsermittlung, naechste: addMonths(basis, intervall), naechsteAbgeleitet: true, intervallMonate: intervall };
  return fall;
}

/**
 * A report's case record: its own `fall`, key by key over the inline plan's (the report is the newer paper);
 * the objects in it (budgetnehmer, zielvereinbarung, bedarfsermittlung) key by key too, lists as a whole.
 */
export function mergeFall(report: unknown, plan: unknown): unknown {
  if (!isObj(report)) return plan;
  if (!isObj(plan)) return report;
  const out: Obj = { ...plan };
  for (const [k, v] of Object.entries(report)) out[k] = isObj(v) && isObj(plan[k]) ? { ...(plan[k] as Obj), ...v } : v;
  return out;
}
