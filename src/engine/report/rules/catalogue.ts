/**
 * Every rule of the Verwendungsnachweis check with its stable id and severity, and a German sentence
 * for people (task pane, `budget pruefen --regeln`, documentation). Tests make sure the check emits no
 * id that is missing here. The plan's own findings, which the check reports too (`teil: "kostenplan"`),
 * keep the ids of the plan's evaluation and are not listed here.
 */
import type { Schwere } from "../../findings";

export interface ReportRuleInfo {
  id: string;
  /** The usual severity; `mindestlohn-unterschritten` is a warnung where the wage is only derived. */
  schwere: Schwere;
  beschreibung: string;
}

const cell = (prefix: string, felder: string[], art: "ungueltig" | "fehlt" | "unbekannt", was: string): ReportRuleInfo[] =>
  felder.map((f) => ({ id: `${prefix}-${f}-${art}`, schwere: "fehler" as const, beschreibung: `${was}: ${f}` }));

export const REPORT_RULES: readonly ReportRuleInfo[] = [
  // unreadable cells (the row stays, the value is left out)
  ...cell("ausgabe", ["datum", "leistungsmonat", "empfaenger", "position", "betrag", "stunden", "beleg", "begruendung", "zeile"], "ungueltig", "Ausgabe: Wert nicht lesbar"),
  ...cell("ausgabe", ["betrag"], "fehlt", "Ausgabe: Betrag fehlt"),
  ...cell("einnahme", ["datum", "art", "traeger", "betrag", "begruendung", "zeile"], "ungueltig", "Einnahme: Wert nicht lesbar"),
  ...cell("einnahme", ["art", "betrag"], "fehlt", "Einnahme: Angabe fehlt"),
  ...cell("einnahme", ["art"], "unbekannt", "Einnahme: unbekannte Art (erlaubt: budget, uebertrag, erstattung, sonstige)"),
  ...cell("beschaeftigter", ["name", "beschaeftigung", "stundenlohn", "verwandtschaft", "begruendung", "zeile"], "ungueltig", "Beschäftigte: Wert nicht lesbar"),
  ...cell("beschaeftigter", ["name"], "fehlt", "Beschäftigte: Name fehlt"),
  ...cell("beschaeftigter", ["beschaeftigung"], "unbekannt", "Beschäftigte: unbekannte Beschäftigungsart"),
  ...cell("lohnaenderung", ["ab", "stundenlohn"], "ungueltig", "Lohnänderung: Wert nicht lesbar"),
  ...cell("lohnaenderung", ["ab", "stundenlohn"], "fehlt", "Lohnänderung: Angabe fehlt"),
  ...cell("angaben", ["einnahmen", "ausgaben", "rest"], "ungueltig", "Angegebene Summe nicht lesbar"),
  // amounts and single rows
  { id: "ausgabe-betrag-negativ", schwere: "fehler", beschreibung: "Negativer Betrag einer Ausgabe (Gutschriften gehören zu den Einnahmen)" },
  { id: "ausgabe-betrag-null", schwere: "warnung", beschreibung: "Ausgabe mit 0,00 €" },
  { id: "ausgabe-empfaenger-fehlt", schwere: "warnung", beschreibung: "Ausgabe ohne Empfänger" },
  { id: "ausgabe-beleg-fehlt", schwere: "warnung", beschreibung: "Belegnummer fehlt (ab regeln.belegPflichtAb; nicht bei Verwaltungspositionen)" },
  { id: "einnahme-betrag-negativ", schwere: "fehler", beschreibung: "Negativer Betrag einer Einnahme" },
  { id: "einnahme-betrag-null", schwere: "warnung", beschreibung: "Einnahme mit 0,00 €" },
  // period
  { id: "ausgabe-ausserhalb-zeitraum", schwere: "fehler", beschreibung: "Leistungsmonat (sonst Datum) außerhalb des Nachweiszeitraums" },
  { id: "ausgabe-ohne-datum", schwere: "fehler", beschreibung: "Weder Datum noch Leistungsmonat" },
  { id: "ausgabe-datum-fern", schwere: "hinweis", beschreibung: "Zahlungsdatum weit vom Leistungsmonat entfernt (regeln.datumAbstandMonate)" },
  { id: "einnahme-ausserhalb-zeitraum", schwere: "hinweis", beschreibung: "Einnahme außerhalb des Nachweiszeitraums datiert" },
  { id: "zeitraum-nicht-im-plan", schwere: "hinweis", beschreibung: "Der Kostenplan deckt nicht alle Monate des Nachweiszeitraums ab" },
  // purpose, duplicates, plan vs actual
  { id: "ausgabe-position-fehlt", schwere: "fehler", beschreibung: "Ausgabe ohne Position des Kostenplans" },
  { id: "ausgabe-position-unbekannt", schwere: "fehler", beschreibung: "Position steht nicht im Kostenplan (Zweckbindung; zweckfremd? Entscheidung des Trägers – wird nicht automatisch zurückgefordert)" },
  { id: "ausgabe-position-schreibweise", schwere: "hinweis", beschreibung: "Position nur in Groß-/Kleinschreibung oder Leerzeichen anders geschrieben" },
  { id: "ausgabe-doppelt", schwere: "warnung", beschreibung: "Gleiches Datum, gleicher Empfänger, gleicher Betrag wie eine frühere Ausgabe" },
  { id: "plan-ueberschritten", schwere: "warnung", beschreibung: "Position deutlich über dem Plan (regeln.planUeberschreitungProzent)" },
  { id: "plan-unterschritten", schwere: "hinweis", beschreibung: "Position deutlich unter dem Plan (regeln.planUnterschreitungProzent)" },
  // employment
  { id: "beschaeftigter-doppelt", schwere: "fehler", beschreibung: "Name einer beschäftigten Person kommt mehrfach vor" },
  { id: "mindestlohn-unterschritten", schwere: "fehler", beschreibung: "Stundenlohn unter dem Mindestlohn des Leistungsmonats (Warnung, wenn aus Betrag/Stunden berechnet)" },
  { id: "mindestlohn-ohne-tabelle", schwere: "hinweis", beschreibung: "Kein Mindestlohn für das Jahr bekannt: nicht geprüft" },
  { id: "minijob-grenze-monat", schwere: "warnung", beschreibung: "Minijob: Monat über der Minijob-Grenze" },
  { id: "minijob-grenze-zu-oft", schwere: "fehler", beschreibung: "Minijob: mehr als 2 Monate über der Grenze innerhalb von 12 Monaten (§ 8 Abs. 1b SGB IV)" },
  { id: "minijob-grenze-zweifach", schwere: "fehler", beschreibung: "Minijob: Monat über dem Doppelten der Grenze (§ 8 Abs. 1b SGB IV)" },
  { id: "minijob-grenze-ohne-tabelle", schwere: "hinweis", beschreibung: "Keine Minijob-Grenze für das Jahr bekannt: nicht geprüft" },
  { id: "angehoerige-assistenz", schwere: "warnung", beschreibung: "Ehegatte, Lebenspartner, Kind oder Elternteil als Assistenz: nur in Ausnahmefällen, muss vereinbart sein" },
  { id: "verwandtschaft-unbekannt", schwere: "hinweis", beschreibung: "Unbekannte Angabe zur Verwandtschaft" },
  { id: "sachkosten-ohne-beleg", schwere: "warnung", beschreibung: "Verwaltungskosten ohne Beleg über dem nachweisfreien Anteil (regeln.sachkostenNachweisfreiProzent)" },
  // arithmetic and Reste
  { id: "summe-einnahmen-abweichend", schwere: "fehler", beschreibung: "Angegebene Summe der Einnahmen stimmt nicht" },
  { id: "summe-ausgaben-abweichend", schwere: "fehler", beschreibung: "Angegebene Summe der Ausgaben stimmt nicht" },
  { id: "summe-rest-abweichend", schwere: "fehler", beschreibung: "Angegebener Rest stimmt nicht" },
  { id: "reste-mehrausgaben", schwere: "warnung", beschreibung: "Negativer Rest: Ausgaben übersteigen die Einnahmen (soweit nicht fehlende Budgetzahlungen die Ursache sind)" },
  { id: "reste-mehrausgaben-zahlung-fehlt", schwere: "hinweis", beschreibung: "Negativer Rest wegen fehlender oder zu niedriger Budgetzahlungen des Trägers: keine Erklärung der Budgetnehmerin/des Budgetnehmers nötig" },
  // Übertrag chained (reste/vorperiode.ts): the booked Übertrag against the previous period and the cap
  { id: "uebertrag-abweichend", schwere: "warnung", beschreibung: "Gebuchter Übertrag weicht um mehr als einen Cent vom Ergebnis des vorigen Nachweiszeitraums ab" },
  { id: "uebertrag-ueber-obergrenze", schwere: "warnung", beschreibung: "Übertrag höher als ein Monatsbudget (Regel „Übertrag bis zu einem Monatsbudget“; Monatsbudget des vorigen Kostenplans, sonst des aktuellen)" },
  { id: "uebertrag-aktenzeichen-abweichend", schwere: "warnung", beschreibung: "Aktenzeichen des vorigen Nachweises stimmt nicht mit diesem überein" },
  { id: "uebertrag-vorperiode-nicht-anschliessend", schwere: "hinweis", beschreibung: "Der vorige Nachweiszeitraum endet nicht am Tag vor diesem" },
  // payment ledger: expected payments per Träger and month (Zahlungsplan) against the budget payments received
  { id: "zahlung-fehlt", schwere: "warnung", beschreibung: "Erwartete Budgetzahlung eines Trägers für einen Monat (oder Zahlungsabschnitt) nicht eingegangen" },
  { id: "zahlung-verspaetet", schwere: "hinweis", beschreibung: "Budgetzahlung nach dem Ende ihres Fälligkeitsmonats eingegangen (regeln.zahlungToleranzTage)" },
  { id: "zahlung-zu-niedrig", schwere: "warnung", beschreibung: "Budgetzahlung mehr als einen Cent niedriger als erwartet" },
  { id: "zahlung-doppelt", schwere: "warnung", beschreibung: "Zweite Budgetzahlung desselben Trägers für denselben Monat" },
  { id: "zahlung-ohne-traeger", schwere: "hinweis", beschreibung: "Budgetzahlung ohne Träger des Kostenplans (bei mehreren Teilbudgets): beim Zahlungsabgleich nicht gezählt" },
  // the workbook itself (the reader: what is seen is what is checked)
  { id: "zeile-ausserhalb-tabelle", schwere: "fehler", beschreibung: "Zeilen unterhalb einer Tabelle, die nicht mitgewachsen ist: weder in den Summen noch in der Prüfung gezählt" },
  { id: "blatt-ausgeblendet", schwere: "warnung", beschreibung: "Ein Blatt der Vorlage ist ausgeblendet: geprüft wird auch, was niemand sieht" },
  { id: "zellen-verbunden", schwere: "warnung", beschreibung: "Verbundene Zellen im Datenbereich: nur die erste Zelle zählt" },
];
