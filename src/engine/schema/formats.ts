/**
 * The keys of kostenplan/1 and verwendungsnachweis/1 (../shared/formats/): every object of the formats
 * with exactly the keys it may have. Rows of the report's lists are checked one by one (`checkRow`), so a
 * broken row stays a finding of that row while an unknown key is always named.
 */
import * as v from "valibot";
import { FIGURE_KEYS } from "../legal/tables";
import { PAYROLL_DEFAULT_KEYS } from "../plan/types";
import { PFLEGE_KEYS } from "../pflege/types";
import { InputError } from "../errors";
import { checkLimits } from "./limits";
import { checkShape, liste, objekt, optional, wert } from "./shape";

const werte = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, optional(wert)])) as Record<K, ReturnType<typeof optional<typeof wert>>>;

const zeitraum = objekt({ beginn: optional(wert), ende: optional(wert) });
const rundung = objekt({ schritt: optional(wert), richtung: optional(wert) });

/** Payroll keys of an Arbeitgeber position (kostenplan.md), also allowed as workbook-wide defaults. */
export const PAYROLL_KEYS = [
  ...PAYROLL_DEFAULT_KEYS,
  "beschaeftigung",
  "beschaeftigte",
  "arbeitgeberanteilProzent",
  "zuschlaegeSvFreiMonat",
  "bereitschaftStunden",
  "bereitschaftGewichtProzent",
  "einmalzahlungJahr",
  "hauptbeschaeftigung",
  "nachtStunden",
  "nacht04Stunden",
  "sonntagStunden",
  "feiertagStunden",
  "feiertag150Stunden",
  "dienstplan",
  "stundenJeEinheit",
] as const;

/** Keys of a reserve position beside the calendar method's days (the U1 refund can be switched off). */
export const RESERVE_KEYS = ["u1Erstattung"] as const;

export const POSITION_KEYS = [
  "bezeichnung",
  "art",
  "traeger",
  "menge",
  "einheit",
  "je",
  "preis",
  "zuschlagProzent",
  "prozent",
  "basis",
  "urlaubstage",
  "feiertage",
  "krankheitstage",
  "stundenProTag",
  "anerkannt",
  ...RESERVE_KEYS,
  ...PAYROLL_KEYS,
] as const;

/** What an Änderung of a position may change from its day `ab` on (kostenplan.md: preis, menge, payroll keys …). */
export const AENDERUNG_KEYS = [
  "ab",
  "preis",
  "menge",
  "zuschlagProzent",
  "prozent",
  ...PAYROLL_KEYS.filter((k) => k !== "beschaeftigung"),
] as const;

const position = objekt({
  ...werte(POSITION_KEYS.filter((k) => k !== "anerkannt")),
  anerkannt: optional(objekt(werte(["menge", "preis", "prozent", "begruendung"]))),
  von: optional(wert),
  bis: optional(wert),
  aenderungen: optional(v.array(objekt(werte(AENDERUNG_KEYS)), "liste")),
  rundung: optional(objekt({ schritt: optional(wert), richtung: optional(wert), bezug: optional(wert) })),
});

const rechengroessen = v.pipe(
  v.custom<object>((x) => typeof x === "object" && x !== null && !Array.isArray(x), "objekt"),
  v.record(v.pipe(v.string(), v.regex(/^\d{4}$/, "jahr")), objekt(werte(FIGURE_KEYS)), "objekt"),
);

const einstellungen = objekt({
  ...werte(["tageProMonat", "wochenProMonat", "zahlweise", ...PAYROLL_DEFAULT_KEYS]),
  rundung: optional(objekt({ gesamt: optional(rundung), monat: optional(rundung) })),
  rechengroessen: optional(rechengroessen),
});

/** The case record (src/engine/fall): the same keys in a plan and in a report. */
export const FALL_NACHWEIS_KEYS = ["art", "intervall", "fristTage", "faelligAm"] as const;
const fall = objekt({
  aktenzeichen: optional(wert),
  budgetnehmer: optional(objekt(werte(["name", "anschrift", "geburtsdatum"]))),
  beauftragterTraeger: optional(wert),
  bescheidDatum: optional(wert),
  zielvereinbarung: optional(objekt(werte(["beginn", "ende", "ziele"]))),
  nachweise: optional(v.array(objekt(werte(FALL_NACHWEIS_KEYS)), "liste")),
  bedarfsermittlung: optional(objekt(werte(["letzte", "naechste", "intervallMonate"]))),
});

export const KOSTENPLAN = objekt({
  format: optional(wert),
  zeitraum: optional(zeitraum),
  einstellungen: optional(einstellungen),
  eigenanteilMonat: optional(wert),
  obergrenzeMonat: optional(wert),
  fall: optional(fall),
  vereinbart: optional(objekt(werte(["monatsbetrag", "zeitraumbetrag", "begruendung"]))),
  obergrenzeBegruendung: optional(wert),
  pflege: optional(objekt(werte(PFLEGE_KEYS))), // the Pflegeversicherung's share (src/engine/pflege)
  traeger: optional(v.array(objekt(werte(["id", "name", "obergrenzeMonat", "obergrenzeBegruendung", "anschrift", "aktenzeichen"])), "liste")),
  positionen: optional(v.array(position, "liste")),
});

export const REGELN_KEYS = [
  "reste",
  "schlussnachweis",
  "zwischennachweisRueckforderung",
  "sachkostenNachweisfreiProzent",
  "belegPflichtAb",
  "planUeberschreitungProzent",
  "planUnterschreitungProzent",
  "datumAbstandMonate",
  "zahlungToleranzTage",
  "zahlungVorlaufTage",
] as const;

export const VERWENDUNGSNACHWEIS = objekt({
  format: optional(wert),
  zeitraum: optional(zeitraum),
  fall: optional(fall),
  kostenplan: optional(v.unknown()), // checked as a plan, with its own paths
  regeln: optional(objekt(werte(REGELN_KEYS))),
  einnahmen: optional(liste),
  beschaeftigte: optional(liste),
  ausgaben: optional(liste),
  angaben: optional(objekt(werte(["einnahmen", "ausgaben", "rest"]))),
});

/** The keys of each row list of a report. */
export const ROW_KEYS = {
  einnahmen: ["datum", "art", "traeger", "betrag", "begruendung"],
  beschaeftigte: ["name", "beschaeftigung", "stundenlohn", "verwandtschaft", "begruendung"],
  ausgaben: ["datum", "leistungsmonat", "empfaenger", "position", "betrag", "stunden", "beleg", "begruendung"],
} as const;

const ROWS = Object.fromEntries(Object.entries(ROW_KEYS).map(([k, keys]) => [k, objekt(werte(keys))])) as unknown as Record<keyof typeof ROW_KEYS, v.GenericSchema>;
// an employee's agreed wage can change on a date (kostenplan.md „Changes inside the period“, for the report)
ROWS.beschaeftigte = objekt({ ...werte(ROW_KEYS.beschaeftigte), aenderungen: optional(v.array(objekt(werte(["ab", "stundenlohn"])), "liste")) });

/** A plan: limits first (nothing recursive runs on an unbounded document), then its keys. */
export function checkPlanShape(plan: unknown, prefix = ""): void {
  if (!prefix) checkLimits(plan, "Kostenplan");
  fixedInChanges(plan, prefix);
  checkShape(KOSTENPLAN, plan, prefix, "Kostenplan");
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);

/** A key of a position that a change cannot set (Art, je, Träger …) gets its own message, not „unknown key“. */
function fixedInChanges(plan: unknown, prefix: string): void {
  const positionen = isObject(plan) && Array.isArray(plan.positionen) ? plan.positionen : [];
  const fixed = new Set<string>([...POSITION_KEYS, "von", "bis", "rundung"].filter((k) => !(AENDERUNG_KEYS as readonly string[]).includes(k)));
  positionen.forEach((p, i) => {
    const changes = isObject(p) && Array.isArray(p.aenderungen) ? p.aenderungen : [];
    changes.forEach((c, j) => {
      const key = isObject(c) ? Object.keys(c).find((k) => fixed.has(k)) : undefined;
      if (key === undefined) return;
      const field = `${prefix}positionen[${i + 1}].aenderungen[${j + 1}].${key}`;
      throw new InputError(`${field}: „${key}“ kann sich mit einer Änderung nicht ändern (ändern können sich: ${AENDERUNG_KEYS.filter((k) => k !== "ab").join(", ")}) – dafür bitte eine neue Position anlegen.`, field);
    });
  });
}

/**
 * Which of the two exchange formats a document is: its `format` when it names one, else by its content (a
 * report holds its plan under `kostenplan`, a plan has `positionen`); undefined when neither tells. One rule for
 * the parsers' „this is the other format“ messages and for commands that take either.
 */
export function formatKind(v: unknown): "kostenplan" | "verwendungsnachweis" | undefined {
  if (!isObject(v)) return undefined;
  if (v.format === "kostenplan/1") return "kostenplan";
  if (v.format === "verwendungsnachweis/1") return "verwendungsnachweis";
  if (isObject(v.kostenplan) && v.positionen === undefined) return "verwendungsnachweis";
  if (v.kostenplan === undefined && Array.isArray(v.positionen)) return "kostenplan";
  return undefined;
}

export function checkReportShape(report: unknown): void {
  checkLimits(report, "Verwendungsnachweis");
  checkShape(VERWENDUNGSNACHWEIS, report, "", "Verwendungsnachweis");
}

/** A file of legal figures per year (`{ "2027": { "kvZusatzDurchschnitt": "2.9" } }`), as in einstellungen.rechengroessen. */
export function checkRechengroessenShape(v: unknown, root: string): void {
  checkLimits(v, root);
  checkShape(rechengroessen, v, "", root);
}

/** One row object of a report list, e.g. "ausgaben[3]". */
export function checkRow(list: keyof typeof ROW_KEYS, row: object, path: string): void {
  checkShape(ROWS[list], row, `${path}.`, path);
}
