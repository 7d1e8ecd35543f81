/**
 * The one definition of the Budgetplaner workbook template: sheets, named tables, columns (JSON key,
 * German header, kind, number format, width, validation lists), the settings rows and the summary sheet.
 *
 * Plain data only (no exceljs, no Office.js): the command line writes and reads it with exceljs
 * (xlsx-write.ts, xlsx-read.ts), the task pane inserts the same layout with Office.js.
 *
 * A column key may be a dotted path ("rundung.schritt"): the value then lands in a nested object of
 * the JSON row. Closed vocabularies are taken from the engine where it defines them.
 */
import { VOKABULAR } from "../engine/vocabulary";
import { FIGURE_LABELS, TABLE_YEARS, openFigures, type FigureKey } from "../engine/legal/tables";
import { normWord, type Vocabulary } from "../engine/values";
import type { CellRule, ColumnKind } from "./cells";

export type { ColumnKind };

/** Lists of the JSON formats that a table row maps to (the `ort.liste` of a finding). */
export type Liste = "positionen" | "traeger" | "einnahmen" | "beschaeftigte" | "ausgaben" | "nachweise";

/** Key/value tables (a label, a value, a hidden key per row): the settings and the case record. */
export type Form = "einstellungen" | "fall";

/** A validation list that refers to a column of another table (e.g. the plan's position names). */
export interface ListSource {
  table: string;
  key: string;
}

export interface ColumnDef extends CellRule {
  /** JSON key of the row object; dotted for nested objects. */
  key: string;
  /** German column header (also the Excel table column name: no [ ] # ' characters). */
  header: string;
  /** Column width in Excel character units. */
  width: number;
  /** Fixed validation list (closed vocabulary: the codes of `vocab`). */
  values?: readonly string[];
  /** Validation list taken from another table's column. */
  source?: ListSource;
  /** Short German input hint (shown as the validation prompt). */
  hint?: string;
  /** Headers of earlier templates that still name this column. */
  alsoHeaders?: readonly string[];
}

export interface TableDef {
  /** Excel table name. */
  name: string;
  sheet: string;
  /** Top-left cell of the header row, 1-based. */
  headerRow: number;
  firstCol: number;
  columns: readonly ColumnDef[];
  /**
   * Where the rows go in the verwendungsnachweis/1 JSON: a path to a list of row objects
   * (e.g. ["kostenplan", "positionen"]); for the settings table: a key/value list, see SETTINGS.
   */
  target: { kind: "liste"; liste: Liste; path: readonly string[] } | { kind: "einstellungen"; form: Form };
  /** How many rows below the header get validation lists and formats in the template. */
  rows: number;
}

export interface SheetDef {
  name: string;
  /** Tables on this sheet (names of TABLES). */
  tables: readonly string[];
  /** Frozen rows at the top (the header row). */
  frozenRows: number;
  /** A sheet people need not see (the lists behind the dropdowns). */
  hidden?: true;
  /** Print in landscape (wide tables); every sheet prints on A4, fitted to the page width or, too wide for that, to several (print.ts). */
  landscape?: true;
}

/** Excel number formats per kind (German Excel shows `#,##0.00 "€"` as „1.234,50 €“). */
export const NUMBER_FORMATS: Readonly<Record<ColumnKind, string | undefined>> = {
  text: "@",
  betrag: '#,##0.00 "€"',
  datum: "dd.mm.yyyy",
  monat: "mm.yyyy",
  zahl: "#,##0.00##",
  prozent: '#,##0.00 "%"',
  janein: undefined,
  liste: undefined,
};

export const JA_NEIN = ["ja", "nein"] as const;

// ---------------------------------------------------------------------------------------------
// Tables

const betrag = (key: string, header: string, width = 14, hint?: string, nullLeer?: true): ColumnDef => ({ key, header, kind: "betrag", width, hint, nullLeer });
const zahl = (key: string, header: string, width = 12, hint?: string, nullLeer?: true): ColumnDef => ({ key, header, kind: "zahl", width, hint, nullLeer });
const prozent = (key: string, header: string, width = 14, hint?: string): ColumnDef => ({
  key,
  header,
  kind: "prozent",
  width,
  hint: hint ?? "Prozent als Zahl eingeben: 15 bedeutet 15 %.",
});
const janein = (key: string, header: string, width = 12): ColumnDef => ({ key, header, kind: "janein", width, values: JA_NEIN });
const liste = (key: string, header: string, vocab: Vocabulary<string>, width = 16): ColumnDef => ({ key, header, kind: "liste", width, values: vocab.codes, vocab });
const text = (key: string, header: string, width = 16, hint?: string): ColumnDef => ({ key, header, kind: "text", width, hint });

const datum = (key: string, header: string, width: number, hint: string): ColumnDef => ({ key, header, kind: "datum", width, hint });

/**
 * A change inside the period is a row of its own: the same Bezeichnung (or Name) as the row above it, a date
 * „gültig ab“, and the values that change from that day on (grid-read.ts folds it into `aenderungen`).
 */
export const CHANGE_COLUMN = "ab";

export const KOSTENPLAN_COLUMNS: readonly ColumnDef[] = [
  text("bezeichnung", "Bezeichnung", 28, "Name der Position; jeder Name nur einmal (außer in Zeilen mit „Gültig ab“)."),
  datum(CHANGE_COLUMN, "Gültig ab", 12, "Nur für eine Änderung: gleiche Bezeichnung wie die Position darüber, dieses Datum und die neuen Werte (z. B. Preis)."),
  datum("von", "Beginn (von)", 12, "Nur wenn die Position später beginnt als der Bewilligungszeitraum."),
  datum("bis", "Ende (bis)", 12, "Nur wenn die Position früher endet als der Bewilligungszeitraum."),
  liste("art", "Art", VOKABULAR.art),
  { key: "traeger", header: "Träger", kind: "liste", width: 12, source: { table: "tblTraeger", key: "id" } },
  zahl("menge", "Menge", 10),
  text("einheit", "Einheit", 10),
  liste("je", "je", VOKABULAR.je, 10),
  betrag("preis", "Preis je Einheit", 15, "Für Arbeitgeber-Positionen: Bruttolohn je Einheit."),
  zahl("anerkannt.menge", "Menge anerkannt", 12, "Vom Träger: nur wenn er eine andere Menge anerkennt als beantragt. Gerechnet wird dann mit dieser.", true),
  betrag("anerkannt.preis", "Preis anerkannt", 14, "Vom Träger: nur wenn er einen anderen Preis anerkennt als beantragt.", true),
  prozent("anerkannt.prozent", "Reserve anerkannt (%)", 14, "Vom Träger: nur wenn er einen anderen Prozentsatz anerkennt."),
  text("anerkannt.begruendung", "Begründung des Trägers", 30, "Warum der Träger anders anerkennt als beantragt."),
  liste("beschaeftigung", "Beschäftigungsart", VOKABULAR.beschaeftigung, 20),
  zahl("beschaeftigte", "Anzahl Beschäftigte", 12, undefined, true),
  prozent("arbeitgeberanteilProzent", "Arbeitgeberanteil pauschal (%)", 16),
  {
    ...prozent(
      "zuschlagProzent",
      "Aufschlag auf die Position (%)",
      18,
      "Erhöht den ganzen Betrag der Position (z. B. eine vereinbarte Preissteigerung). Kein Nacht-, Sonntags- oder Feiertagszuschlag – die haben eigene Spalten.",
    ),
    alsoHeaders: ["Zuschlag (%)"],
  },
  zahl("rundung.schritt", "Rundung Schritt", 12, "Auf ganze Schritte runden, z. B. 5 oder 10 €.", true),
  liste("rundung.richtung", "Rundung Richtung", VOKABULAR.richtung, 16),
  liste("rundung.bezug", "Rundung Bezug", VOKABULAR.bezug, 14),
  prozent("prozent", "Reserve (%)"),
  liste("basis", "Reserve Basis", VOKABULAR.basis, 14),
  zahl("urlaubstage", "Urlaubstage"),
  zahl("feiertage", "Feiertage"),
  zahl("krankheitstage", "Krankheitstage"),
  zahl("stundenProTag", "Stunden je Tag", 12, undefined, true),
  prozent("zusatzbeitragProzent", "Zusatzbeitrag KK (%)"),
  prozent("u1Prozent", "Umlage U1 (%)"),
  prozent("u2Prozent", "Umlage U2 (%)"),
  betrag("uvJahr", "Unfallversicherung je Jahr", 16),
  janein("sachsen", "Sachsen"),
  janein("rvBefreit", "RV-befreit"),
  janein("kvPrivat", "privat krankenversichert", 14),
  janein("pauschsteuerArbeitgeber", "Pauschsteuer Arbeitgeber", 14),
  janein("privathaushalt", "Privathaushalt", 14),
  betrag("zuschlaegeSvFreiMonat", "SV-freie Zuschläge je Monat", 16),
  zahl("bereitschaftStunden", "Bereitschaft Stunden", 14),
  prozent("bereitschaftGewichtProzent", "Bereitschaft Gewichtung (%)", 16),
  betrag("einmalzahlungJahr", "Einmalzahlungen je Jahr", 16),
  zahl("nachtStunden", "Nachtstunden je Monat (20–6 Uhr)", 14, "Stunden der Position im Monat mit Nachtzuschlag (25 %), ohne die Stunden 0–4 Uhr einer vor 0 Uhr begonnenen Schicht."),
  zahl("nacht04Stunden", "Nachtstunden 0–4 Uhr je Monat", 14, "Stunden 0–4 Uhr einer vor 0 Uhr begonnenen Schicht (40 %)."),
  zahl("sonntagStunden", "Sonntagsstunden je Monat", 14),
  zahl("feiertagStunden", "Feiertagsstunden je Monat", 14, "Gesetzliche Feiertage und 31.12. ab 14 Uhr (125 %)."),
  zahl("feiertag150Stunden", "Stunden 24.12. ab 14 Uhr, 25. und 26.12., 1.5. je Monat", 16, "150 % nach § 3b EStG."),
  text("dienstplan", "Dienstplan", 30, "Statt der Zuschlagsstunden: z. B. „Mo–Fr 08:00–16:00; Sa, So 20:00–08:00“. Die Stunden jedes Monats rechnet das Add-in mit den Feiertagen des Bundeslands."),
  liste("bundesland", "Bundesland (Arbeitsort)", VOKABULAR.bundesland, 18),
  zahl("stundenJeEinheit", "Stunden je Einheit", 12, "Nur wenn die Einheit keine Stunde ist (z. B. eine Nacht von 11 Stunden): für Mindestlohn und Zuschläge.", true),
  janein("hauptbeschaeftigung", "Minijob neben Hauptbeschäftigung", 16),
  janein("ost", "Arbeitsort Ost (nur 2024)", 14),
  prozent("u1ErstattungProzent", "Erstattung U1 der Krankenkasse (%)", 16, "Erstattungssatz der Krankenkasse bei Krankheit (40 bis 80 %); beim Minijob gilt der der Minijob-Zentrale."),
  janein("u1Erstattung", "U1-Erstattung rechnen (Reserve)", 16),
];

export const TRAEGER_COLUMNS: readonly ColumnDef[] = [
  text("id", "Kürzel", 10, "Kurzes Kürzel, z. B. egh; die Positionen verweisen darauf."),
  text("name", "Name", 28),
  betrag("obergrenzeMonat", "Obergrenze je Monat", 16, undefined, true),
  text("obergrenzeBegruendung", "Begründung Überschreitung", 30, "Nur wenn der Träger ein Teilbudget über seiner Obergrenze bewilligt: warum."),
  text("anschrift", "Anschrift", 34),
  text("aktenzeichen", "Aktenzeichen des Trägers", 18, "Nur wenn es vom Aktenzeichen des Falls abweicht."),
];

/** The three columns of a key/value table (Form): what a row is, its value, and its technical key (hidden). */
const formColumns = (was: string, valueWidth: number): readonly ColumnDef[] => [
  text("bezeichnung", was, 38),
  text("wert", "Wert", valueWidth),
  text("schluessel", "Schlüssel", 40, `Technischer Name der ${was}; bitte nicht ändern.`),
];

/** The case record's form (sheet „Fall“). */
export const FALL_COLUMNS = formColumns("Angabe", 40);

export const NACHWEISE_COLUMNS: readonly ColumnDef[] = [
  text("art", "Nachweis", 26, "Was einzureichen ist, z. B. Verwendungsnachweis."),
  liste("intervall", "Intervall", VOKABULAR.intervall, 16),
  zahl("fristTage", "Frist (Tage nach Abschnittsende)", 16, "Leer: fällig am letzten Tag des Abschnitts.", true),
  datum("faelligAm", "Fällig am (nur einmalig)", 14, "Nur für einen einmaligen Nachweis mit festem Termin."),
];

export const SETTINGS_COLUMNS = formColumns("Einstellung", 26);

export const EINNAHMEN_COLUMNS: readonly ColumnDef[] = [
  { key: "datum", header: "Datum", kind: "datum", width: 12 },
  liste("art", "Art", VOKABULAR.einnahme, 14),
  { key: "traeger", header: "Träger", kind: "liste", width: 12, source: { table: "tblTraeger", key: "id" } },
  betrag("betrag", "Betrag", 14),
];

export const BESCHAEFTIGTE_COLUMNS: readonly ColumnDef[] = [
  text("name", "Name", 24),
  liste("beschaeftigung", "Beschäftigungsart", VOKABULAR.beschaeftigung, 20),
  betrag("stundenlohn", "Stundenlohn", 13, undefined, true),
  liste("verwandtschaft", "Verwandtschaft", VOKABULAR.verwandtschaft, 16),
  datum(CHANGE_COLUMN, "Lohn gültig ab", 14, "Nur für eine Lohnänderung: gleicher Name wie die Zeile darüber, dieses Datum und der neue Stundenlohn."),
];

export const AUSGABEN_COLUMNS: readonly ColumnDef[] = [
  { key: "datum", header: "Datum", kind: "datum", width: 12 },
  { key: "leistungsmonat", header: "Leistungsmonat", kind: "monat", width: 14, hint: "Monat der Leistung, z. B. 01.2026." },
  text("empfaenger", "Empfänger", 24),
  { key: "position", header: "Position", kind: "liste", width: 26, source: { table: "tblKostenplan", key: "bezeichnung" } },
  betrag("betrag", "Betrag", 14),
  zahl("stunden", "Stunden", 10),
  text("beleg", "Beleg-Nr.", 12),
  text("begruendung", "Begründung", 34, "Nur ausfüllen, wenn der Träger eine Abweichung genehmigt hat."),
];

export const TABLES: readonly TableDef[] = [
  {
    name: "tblKostenplan",
    sheet: "Kostenplan",
    headerRow: 1,
    firstCol: 1,
    columns: KOSTENPLAN_COLUMNS,
    target: { kind: "liste", liste: "positionen", path: ["kostenplan", "positionen"] },
    rows: 100,
  },
  { name: "tblEinstellungen", sheet: "Einstellungen", headerRow: 1, firstCol: 1, columns: SETTINGS_COLUMNS, target: { kind: "einstellungen", form: "einstellungen" }, rows: 0 },
  { name: "tblFall", sheet: "Fall", headerRow: 1, firstCol: 1, columns: FALL_COLUMNS, target: { kind: "einstellungen", form: "fall" }, rows: 0 },
  {
    name: "tblNachweise",
    sheet: "Fall",
    headerRow: 1,
    firstCol: 5,
    columns: NACHWEISE_COLUMNS,
    target: { kind: "liste", liste: "nachweise", path: ["kostenplan", "fall", "nachweise"] },
    rows: 10,
  },
  {
    name: "tblTraeger",
    sheet: "Einstellungen",
    headerRow: 1,
    firstCol: 5,
    columns: TRAEGER_COLUMNS,
    target: { kind: "liste", liste: "traeger", path: ["kostenplan", "traeger"] },
    rows: 20,
  },
  {
    name: "tblEinnahmen",
    sheet: "Einnahmen",
    headerRow: 1,
    firstCol: 1,
    columns: EINNAHMEN_COLUMNS,
    target: { kind: "liste", liste: "einnahmen", path: ["einnahmen"] },
    rows: 500,
  },
  {
    name: "tblBeschaeftigte",
    sheet: "Beschäftigte",
    headerRow: 1,
    firstCol: 1,
    columns: BESCHAEFTIGTE_COLUMNS,
    target: { kind: "liste", liste: "beschaeftigte", path: ["beschaeftigte"] },
    rows: 50,
  },
  {
    name: "tblAusgaben",
    sheet: "Ausgaben",
    headerRow: 1,
    firstCol: 1,
    columns: AUSGABEN_COLUMNS,
    target: { kind: "liste", liste: "ausgaben", path: ["ausgaben"] },
    rows: 5000,
  },
];

// ---------------------------------------------------------------------------------------------
// Settings (rows of tblEinstellungen: German label, value, JSON path in verwendungsnachweis/1)

export interface SettingDef extends CellRule {
  /** Path in the verwendungsnachweis/1 JSON, dotted ("kostenplan.zeitraum.beginn"); "abschnitt.…" for a heading. */
  key: string;
  /** A heading row that starts a section of the table (bold, no value). */
  abschnitt?: true;
  label: string;
  values?: readonly string[];
  /** Value pre-filled in the template. */
  vorgabe?: string | number;
  hint?: string;
}

const choice = (vocab: Vocabulary<string>) => ({ values: vocab.codes, vocab });

/** A legal figure of a year as a setting row (its kind from the unit in its label). */
export function figureSetting(year: number, key: FigureKey, hint?: string): SettingDef {
  const label = FIGURE_LABELS[key];
  const kind = label.includes("(%)") ? "prozent" : label.includes("EUR") ? "betrag" : "zahl";
  return { key: `kostenplan.einstellungen.rechengroessen.${year}.${key}`, label: `${label} ${year}`, kind, ...(hint ? { hint } : {}) };
}

/** The Pflegeversicherung's share of the plan (kostenplan/1 `pflege`, src/engine/pflege): one block of rows. */
const PFLEGE_SETTINGS: readonly SettingDef[] = [
  {
    key: "abschnitt.pflege",
    label: "Pflegeversicherung",
    kind: "text",
    abschnitt: true,
    hint: "Nur mit Pflegegrad 2 bis 5: das Pflegegeld (§ 37 SGB XI) im Kostenplan. Leer lassen, wenn kein Pflegegeld gezahlt wird.",
  },
  { key: "kostenplan.pflege.pflegegrad", label: "Pflegegrad", kind: "liste", ...choice(VOKABULAR.pflegegrad), hint: "Pflegegrad 2 bis 5 (Pflegegeld gibt es ab Pflegegrad 2)." },
  {
    key: "kostenplan.pflege.verwendung",
    label: "Pflegegeld im Budget",
    kind: "liste",
    ...choice(VOKABULAR.pflegeVerwendung),
    hint: "Angerechnet: Sie bekommen das Pflegegeld direkt, das Budget ist der Bedarf minus Pflegegeld. Teilbudget: Die Pflegekasse zahlt das Pflegegeld als ihren Teil des Budgets.",
  },
  { key: "kostenplan.pflege.traeger", label: "Pflegekasse (Kürzel aus der Träger-Tabelle)", kind: "text", hint: "Für ein Teilbudget nötig, z. B. pk; die Pflegekasse steht dann auch in der Träger-Tabelle." },
  {
    key: "kostenplan.pflege.anrechnungTraeger",
    label: "Pflegegeld mindert den Anteil von (Kürzel)",
    kind: "text",
    hint: "Nur nötig, wenn mehrere Träger Positionen haben: der Träger, dessen Bedarf das Pflegegeld deckt (z. B. egh).",
  },
  {
    key: "kostenplan.pflege.kombinationProzent",
    label: "Kombinationsleistung: genutzte Pflegesachleistung (%)",
    kind: "prozent",
    hint: "Nur wenn daneben ein Pflegedienst mit der Pflegekasse abrechnet: sein Anteil an der Pflegesachleistung. Das Pflegegeld sinkt um diesen Anteil (§ 38 SGB XI).",
  },
  { key: "kostenplan.pflege.anrechnungProzent", label: "Angerechneter Anteil des Pflegegelds (%)", kind: "prozent", hint: "Wie viel Prozent des Pflegegelds der Träger anrechnet. Leer: 100 %." },
  { key: "kostenplan.pflege.entlastungsbetrag", label: "Entlastungsbetrag zeigen (§ 45b SGB XI)", kind: "janein", values: JA_NEIN, hint: "Wird gegen Beleg erstattet und nicht mit dem Budget verrechnet." },
];

/** The figures of the latest legal table that are not published yet: rows of their own, where people look. */
const OPEN_FIGURES = openFigures(Math.max(...TABLE_YEARS)).map((key) => ({ year: Math.max(...TABLE_YEARS), key }));

export const SETTINGS: readonly SettingDef[] = [
  { key: "zeitraum.beginn", label: "Nachweiszeitraum Beginn", kind: "datum" },
  { key: "zeitraum.ende", label: "Nachweiszeitraum Ende", kind: "datum" },
  { key: "kostenplan.zeitraum.beginn", label: "Bewilligungszeitraum Beginn", kind: "datum" },
  { key: "kostenplan.zeitraum.ende", label: "Bewilligungszeitraum Ende", kind: "datum" },
  { key: "kostenplan.einstellungen.tageProMonat", label: "Tage je Monat", kind: "text", vorgabe: "365/12", hint: "Bruch wie 365/12 oder Zahl wie 30,4." },
  { key: "kostenplan.einstellungen.wochenProMonat", label: "Wochen je Monat", kind: "text", vorgabe: "52/12" },
  { key: "kostenplan.einstellungen.rundung.gesamt.schritt", label: "Rundung Gesamtbetrag: Schritt (€)", kind: "zahl", nullLeer: true },
  { key: "kostenplan.einstellungen.rundung.gesamt.richtung", label: "Rundung Gesamtbetrag: Richtung", kind: "liste", ...choice(VOKABULAR.richtung) },
  { key: "kostenplan.einstellungen.rundung.monat.schritt", label: "Rundung Monatsbudget: Schritt (€)", kind: "zahl", nullLeer: true },
  { key: "kostenplan.einstellungen.rundung.monat.richtung", label: "Rundung Monatsbudget: Richtung", kind: "liste", ...choice(VOKABULAR.richtung) },
  {
    key: "kostenplan.einstellungen.zahlweise",
    label: "Auszahlung des Budgets",
    kind: "liste",
    ...choice(VOKABULAR.zahlweise),
    vorgabe: VOKABULAR.zahlweise.labels.monatlich,
    hint: "Wie oft der Träger im Voraus zahlt: monatlich, vierteljährlich, halbjährlich oder jährlich.",
  },
  { key: "kostenplan.einstellungen.sachsen", label: "Arbeitsort in Sachsen", kind: "janein", values: JA_NEIN },
  { key: "kostenplan.einstellungen.rvBefreit", label: "Minijobber von der RV befreit", kind: "janein", values: JA_NEIN },
  { key: "kostenplan.einstellungen.kvPrivat", label: "Minijobber privat krankenversichert", kind: "janein", values: JA_NEIN },
  { key: "kostenplan.einstellungen.pauschsteuerArbeitgeber", label: "Pauschsteuer trägt der Arbeitgeber", kind: "janein", values: JA_NEIN },
  { key: "kostenplan.einstellungen.privathaushalt", label: "Beschäftigung im Privathaushalt", kind: "janein", values: JA_NEIN },
  { key: "kostenplan.eigenanteilMonat", label: "Eigenanteil je Monat", kind: "betrag" },
  { key: "kostenplan.obergrenzeMonat", label: "Obergrenze je Monat (Sachleistung)", kind: "betrag", nullLeer: true },
  {
    key: "kostenplan.obergrenzeBegruendung",
    label: "Begründung, wenn das Budget die Obergrenze überschreitet",
    kind: "text",
    hint: "Vom Träger: warum ein Budget über den Kosten der Sachleistung bewilligt wird (§ 29 Abs. 2 S. 7 SGB IX).",
  },
  { key: "kostenplan.vereinbart.monatsbetrag", label: "Vereinbarter Monatsbetrag (statt des berechneten)", kind: "betrag", hint: "Nur wenn mit dem Träger ein anderer Betrag vereinbart ist als berechnet." },
  { key: "kostenplan.vereinbart.zeitraumbetrag", label: "Vereinbarter Betrag für den ganzen Zeitraum", kind: "betrag", hint: "Statt des Monatsbetrags: der vereinbarte Betrag für den Bewilligungszeitraum." },
  { key: "kostenplan.vereinbart.begruendung", label: "Begründung des vereinbarten Betrags", kind: "text" },
  { key: "regeln.reste", label: "Regel für Budgetreste", kind: "liste", ...choice(VOKABULAR.reste), vorgabe: VOKABULAR.reste.labels["uebertrag-bis-monatsbudget"] },
  { key: "regeln.sachkostenNachweisfreiProzent", label: "Sachkosten ohne Beleg (% der Verwaltungskosten)", kind: "prozent", vorgabe: 15 },
  { key: "regeln.belegPflichtAb", label: "Beleg nötig ab Betrag (0 = immer)", kind: "betrag", vorgabe: 0 },
  { key: "regeln.planUeberschreitungProzent", label: "Warnung ab Überschreitung einer Position (%)", kind: "prozent", vorgabe: 10 },
  { key: "regeln.planUnterschreitungProzent", label: "Hinweis ab Unterschreitung einer Position (%)", kind: "prozent", vorgabe: 50 },
  { key: "regeln.datumAbstandMonate", label: "Hinweis ab Abstand Zahldatum – Leistungsmonat (Monate)", kind: "zahl", vorgabe: 3 },
  { key: "regeln.schlussnachweis", label: "Schlussnachweis (Budget endet)", kind: "janein", values: JA_NEIN, vorgabe: "nein" },
  {
    key: "regeln.zwischennachweisRueckforderung",
    label: "Reste-Regel schon im Zwischennachweis",
    kind: "janein",
    values: JA_NEIN,
    vorgabe: "nein",
    hint: "Nein: Endet der Nachweiszeitraum vor dem Bewilligungszeitraum, wird nichts zurückgefordert.",
  },
  { key: "angaben.einnahmen", label: "Angegebene Summe Einnahmen", kind: "betrag", hint: "Nur ausfüllen, wenn Summen eingereicht wurden." },
  { key: "angaben.ausgaben", label: "Angegebene Summe Ausgaben", kind: "betrag" },
  { key: "angaben.rest", label: "Angegebener Rest", kind: "betrag" },
  {
    key: "abschnitt.zuschlaege",
    label: "Zuschläge und Arbeitsort",
    kind: "text",
    abschnitt: true,
    hint: "Vereinbarte Zuschlagssätze (leer: die Sätze nach § 3b EStG) und der Arbeitsort für die Feiertage.",
  },
  { key: "kostenplan.einstellungen.bundesland", label: "Bundesland des Arbeitsorts", kind: "liste", ...choice(VOKABULAR.bundesland) },
  { key: "kostenplan.einstellungen.nachtProzent", label: "Nachtzuschlag (%)", kind: "prozent", hint: "Leer: 25 % nach § 3b EStG." },
  { key: "kostenplan.einstellungen.nacht04Prozent", label: "Nachtzuschlag 0–4 Uhr (%)", kind: "prozent", hint: "Leer: 40 % nach § 3b EStG." },
  { key: "kostenplan.einstellungen.sonntagProzent", label: "Sonntagszuschlag (%)", kind: "prozent", hint: "Leer: 50 % nach § 3b EStG." },
  { key: "kostenplan.einstellungen.feiertagProzent", label: "Feiertagszuschlag (%)", kind: "prozent", hint: "Leer: 125 % nach § 3b EStG." },
  { key: "kostenplan.einstellungen.feiertag150Prozent", label: "Zuschlag 24.12. ab 14 Uhr, 25./26.12., 1.5. (%)", kind: "prozent", hint: "Leer: 150 % nach § 3b EStG." },
  { key: "kostenplan.einstellungen.u1ErstattungProzent", label: "Erstattung U1 der Krankenkasse (%)", kind: "prozent" },
  { key: "kostenplan.einstellungen.ost", label: "Arbeitsort in den neuen Ländern (nur 2024)", kind: "janein", values: JA_NEIN },
  ...PFLEGE_SETTINGS,
  {
    key: "abschnitt.rechengroessen",
    label: "Rechengrößen",
    kind: "text",
    abschnitt: true,
    hint: "Beiträge der Kassen und gesetzliche Werte. Für jedes Jahr gibt es weitere Schlüssel: kostenplan.einstellungen.rechengroessen.JJJJ.<Name>.",
  },
  {
    key: "kostenplan.einstellungen.zusatzbeitragProzent",
    label: "Zusatzbeitrag der Krankenkasse (%) für alle",
    kind: "prozent",
    hint: "Der Zusatzbeitrag der Krankenkasse der Beschäftigten, z. B. 2,9. Leer: der durchschnittliche Zusatzbeitrag.",
  },
  { key: "kostenplan.einstellungen.u1Prozent", label: "Umlage U1 (%) für alle", kind: "prozent", hint: "Satz der Krankenkasse (Entgeltfortzahlung bei Krankheit). Leer: beim Minijob der Satz der Minijob-Zentrale." },
  { key: "kostenplan.einstellungen.u2Prozent", label: "Umlage U2 (%) für alle", kind: "prozent", hint: "Satz der Krankenkasse (Mutterschaft)." },
  { key: "kostenplan.einstellungen.uvJahr", label: "Unfallversicherung je Jahr und Beschäftigtem", kind: "betrag", hint: "Beitrag der Unfallkasse laut Bescheid." },
  ...OPEN_FIGURES.map((f) => figureSetting(f.year, f.key, `Für ${f.year} noch nicht veröffentlicht. Leer lassen: gerechnet wird vorläufig mit dem Wert des Vorjahrs.`)),
];

/**
 * The case record (sheet „Fall“, table tblFall): who, which file, which Bescheid and Zielvereinbarung, when the
 * need is assessed again. Name, address and date of birth are personal data: only the submission prints them.
 */
export const FALL_ROWS: readonly SettingDef[] = [
  { key: "abschnitt.fall.person", label: "Budgetnehmerin oder Budgetnehmer", kind: "text", abschnitt: true },
  { key: "kostenplan.fall.budgetnehmer.name", label: "Name", kind: "text" },
  { key: "kostenplan.fall.budgetnehmer.anschrift", label: "Anschrift", kind: "text" },
  { key: "kostenplan.fall.budgetnehmer.geburtsdatum", label: "Geburtsdatum", kind: "datum" },
  { key: "abschnitt.fall.bescheid", label: "Bescheid", kind: "text", abschnitt: true },
  { key: "kostenplan.fall.aktenzeichen", label: "Aktenzeichen", kind: "text" },
  {
    key: "kostenplan.fall.beauftragterTraeger",
    label: "Beauftragter Träger (Kürzel)",
    kind: "text",
    hint: "Das Kürzel des Trägers, der entscheidet und zahlt, aus der Träger-Tabelle im Blatt „Einstellungen“.",
  },
  { key: "kostenplan.fall.bescheidDatum", label: "Datum des Bescheids", kind: "datum" },
  { key: "abschnitt.fall.zielvereinbarung", label: "Zielvereinbarung (§ 29 Abs. 4 SGB IX)", kind: "text", abschnitt: true },
  { key: "kostenplan.fall.zielvereinbarung.beginn", label: "Zielvereinbarung gültig ab", kind: "datum" },
  { key: "kostenplan.fall.zielvereinbarung.ende", label: "Zielvereinbarung gültig bis", kind: "datum" },
  { key: "kostenplan.fall.zielvereinbarung.ziele", label: "Ziele", kind: "text", hint: "Die Ziele aus der Zielvereinbarung, in eigenen Worten." },
  { key: "abschnitt.fall.bedarf", label: "Bedarfsermittlung", kind: "text", abschnitt: true },
  { key: "kostenplan.fall.bedarfsermittlung.letzte", label: "Letzte Bedarfsermittlung", kind: "datum" },
  { key: "kostenplan.fall.bedarfsermittlung.naechste", label: "Nächste Bedarfsermittlung", kind: "datum", hint: "Leer: nach dem Rhythmus darunter, gerechnet ab der letzten (oder ab dem Bescheid)." },
  { key: "kostenplan.fall.bedarfsermittlung.intervallMonate", label: "Bedarfsermittlung alle … Monate", kind: "zahl", hint: "Leer: 24 (alle zwei Jahre)." },
];

// ---------------------------------------------------------------------------------------------
// Sheets and the summary

/** The fill of the header rows (white bold text on it), set on the cells so every reader shows it. */
export const HEADER_FILL = "#1F4E79";

/** The sheet with the German words of the dropdowns (one column per vocabulary). */
export const LISTS_SHEET = "Listen";

export const SHEETS: readonly SheetDef[] = [
  { name: "Übersicht", tables: [], frozenRows: 0 },
  { name: "Fall", tables: ["tblFall", "tblNachweise"], frozenRows: 1, landscape: true },
  { name: "Einstellungen", tables: ["tblEinstellungen", "tblTraeger"], frozenRows: 1, landscape: true },
  { name: "Kostenplan", tables: ["tblKostenplan"], frozenRows: 1, landscape: true },
  { name: "Einnahmen", tables: ["tblEinnahmen"], frozenRows: 1 },
  { name: "Beschäftigte", tables: ["tblBeschaeftigte"], frozenRows: 1 },
  { name: "Ausgaben", tables: ["tblAusgaben"], frozenRows: 1, landscape: true },
  { name: LISTS_SHEET, tables: [], frozenRows: 1, hidden: true },
];

/** The vocabularies the template's dropdowns use, in the order of their columns on the lists sheet. */
export const VOCAB_LISTS: readonly Vocabulary<string>[] = (() => {
  const used = new Set<Vocabulary<string>>();
  for (const t of TABLES) for (const c of t.columns) if (c.vocab) used.add(c.vocab);
  for (const st of [...SETTINGS, ...FALL_ROWS]) if (st.vocab) used.add(st.vocab);
  return [...used];
})();

/** The lists sheet as rows: a title per vocabulary, then its German words. */
export function listsSheetRows(): string[][] {
  const height = Math.max(...VOCAB_LISTS.map((v) => v.codes.length));
  const title = (v: Vocabulary<string>) => Object.entries(VOKABULAR).find(([, x]) => x === v)?.[0] ?? "";
  return [VOCAB_LISTS.map(title), ...Array.from({ length: height }, (_, i) => VOCAB_LISTS.map((v) => (v.codes[i] ? v.labels[v.codes[i]] : "")))];
}

/** The range of a vocabulary's German words on the lists sheet, e.g. `Listen!$B$2:$B$7`. */
export function vocabRange(v: Vocabulary<string>, sheetName: (template: string) => string = (n) => n): string {
  const col = columnLetter(VOCAB_LISTS.indexOf(v) + 1);
  return `${sheetRef(sheetName(LISTS_SHEET))}$${col}$2:$${col}$${1 + v.codes.length}`;
}

export interface SummaryRow {
  /** Stable key: the check fills rows without a formula; formulas refer to rows as {row:key}. */
  key: string;
  label: string;
  kind: ColumnKind;
  /**
   * Excel formula in English syntax (as exceljs and Office.js `range.formulas` take it), with
   * placeholders resolved by `summaryFormula`: {row:key} = the value cell of another summary row,
   * {setting:key} = the „Wert“ cell of a setting.
   */
  formula?: string;
  /** The formula calls BUDGET.* functions: only the add-in can compute it (the file template leaves it out). */
  addin?: boolean;
  /** A heading row without value. */
  heading?: boolean;
}

export const SUMMARY_SHEET = "Übersicht";
export const SUMMARY_TITLE = "Persönliches Budget – Verwendungsnachweis";
/** First summary row (label in column A, value in column B); row 1 holds the title. */
export const SUMMARY_FIRST_ROW = 3;
/** Workbook name of the summary's value column, so the add-in finds it after the sheet was renamed. */
export const SUMMARY_VALUES_NAME = "Budget_Uebersicht";

/** Header and data rows of a table, never its totals row (which would read as one more row). */
const headerAndData = (table: string) => `${table}[[#Headers],[#Data]]`;
const PLAN_AT = `${headerAndData("tblKostenplan")},{setting:kostenplan.zeitraum.beginn},{setting:kostenplan.zeitraum.ende},${headerAndData("tblEinstellungen")}`;
const PLAN_ARGS = `${PLAN_AT},${headerAndData("tblTraeger")}`;

export const SUMMARY_ROWS: readonly SummaryRow[] = [
  { key: "einnahmen", label: "Summe Einnahmen", kind: "betrag", formula: "SUM(tblEinnahmen[Betrag])" },
  { key: "ausgaben", label: "Summe Ausgaben", kind: "betrag", formula: "SUM(tblAusgaben[Betrag])" },
  { key: "rest", label: "Rest (Einnahmen − Ausgaben)", kind: "betrag", formula: "{row:einnahmen}-{row:ausgaben}" },
  { key: "uebertrag", label: "Übertrag in den nächsten Zeitraum", kind: "betrag" },
  { key: "rueckforderung", label: "Rückforderung", kind: "betrag" },
  { key: "anrechnung", label: "Anrechnung auf nächste Zahlungen", kind: "betrag" },
  { key: "fehler", label: "Befunde: Fehler", kind: "zahl" },
  { key: "warnung", label: "Befunde: Warnungen", kind: "zahl" },
  { key: "hinweis", label: "Befunde: Hinweise", kind: "zahl" },
  { key: "kostenplan", label: "Kostenplan (rechnet das Add-in)", kind: "text", heading: true },
  { key: "monatsbudget", label: "Monatsbudget", kind: "betrag", addin: true, formula: `BUDGET.MONAT(${PLAN_AT},FALSE,${headerAndData("tblTraeger")})` },
  { key: "auszahlung", label: "Auszahlung je Monat (ohne Eigenanteil)", kind: "betrag", addin: true, formula: `BUDGET.MONAT(${PLAN_AT},TRUE,${headerAndData("tblTraeger")})` },
  { key: "zeitraumbetrag", label: "Summe im Bewilligungszeitraum", kind: "betrag", addin: true, formula: `BUDGET.ZEITRAUMBETRAG(${PLAN_ARGS})` },
  { key: "obergrenze", label: "Obergrenze je Monat (Sachleistung)", kind: "betrag", formula: "{setting:kostenplan.obergrenzeMonat}" },
  {
    key: "obergrenzeStatus",
    label: "Obergrenze eingehalten?",
    kind: "text",
    addin: true,
    formula: "BUDGET.OBERGRENZE_STATUS({row:monatsbudget},{row:obergrenze})",
  },
];
export const SUMMARY_NOTE =
  "Die Summen rechnet Excel, den Kostenplan das Add-in (BUDGET-Formeln). Übertrag, Rückforderung, Anrechnung und Befunde trägt die Prüfung im Add-in ein („Prüfen“); „budget pruefen“ zeigt sie an, ändert die Datei aber nicht.";

/** Sheet row of a summary row. */
export function summaryRow(key: string): number {
  const k = SUMMARY_ROWS.findIndex((r) => r.key === key);
  if (k < 0) throw new Error(`unknown summary row ${key}`);
  return SUMMARY_FIRST_ROW + k;
}

/**
 * Data rows a table of the template has from the start (the settings: one per setting). Tables are made
 * this large because LibreOffice does not grow an Excel table when rows are typed below it: what is typed
 * in these rows is what the Übersicht sums and the check reads.
 */
export function tableBodyRows(t: TableDef): number {
  return t.target.kind === "einstellungen" ? formRows(t).length : Math.max(t.rows, 1);
}

/** The rows of a key/value table (the settings or the case record); none for a list table. */
export function formRows(t: TableDef): readonly SettingDef[] {
  if (t.target.kind !== "einstellungen") return [];
  return t.target.form === "fall" ? FALL_ROWS : SETTINGS;
}

/** Sheet row of a setting in the settings table, or of an entry of the case record in its form. */
export function settingRow(key: string): number {
  for (const name of ["tblEinstellungen", "tblFall"]) {
    const t = tableDef(name);
    const k = formRows(t).findIndex((s) => s.key === key);
    if (k >= 0) return t.headerRow + 1 + k;
  }
  throw new Error(`unknown setting ${key}`);
}

/** A sheet name as a formula reference prefix: Kostenplan! or 'Übersicht (2)'! */
export function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;
}

/**
 * A summary row's formula with its placeholders resolved; `sheetName` maps template sheet names to the
 * names they got in the workbook (the add-in inserts under a new name when a name is taken).
 */
export function summaryFormula(row: SummaryRow, sheetName: (template: string) => string = (n) => n): string | undefined {
  if (!row.formula) return undefined;
  const settings = tableDef("tblEinstellungen");
  const wert = columnLetter(settings.firstCol + settings.columns.findIndex((c) => c.key === "wert"));
  return (
    "=" +
    row.formula
      .replace(/\{row:([\w.]+)\}/g, (_, key: string) => `B${summaryRow(key)}`)
      .replace(/\{setting:([\w.]+)\}/g, (_, key: string) => `${sheetRef(sheetName(settings.sheet))}$${wert}$${settingRow(key)}`)
  );
}

// ---------------------------------------------------------------------------------------------
// Helpers shared by writers and readers

export function tableDef(name: string): TableDef {
  const t = TABLES.find((x) => x.name === name);
  if (!t) throw new Error(`unknown table ${name}`);
  return t;
}

export function tableForListe(liste: string): TableDef | undefined {
  return TABLES.find((t) => t.target.kind === "liste" && t.target.liste === liste);
}

/** Column letters of a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** 1-based column number of column letters: A → 1, AA → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 1-based, inclusive cell rectangle. */
export interface Rect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** "A1", "$B$3:$D$10" (no sheet) → rect, corners normalised; undefined when it is no A1 reference. */
export function parseA1Range(ref: string): Rect | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(ref.trim());
  if (!m) return undefined;
  const [ra, ca, rb, cb] = [Number(m[2]), columnNumber(m[1]), Number(m[4] ?? m[2]), columnNumber(m[3] ?? m[1])];
  return { r1: Math.min(ra, rb), c1: Math.min(ca, cb), r2: Math.max(ra, rb), c2: Math.max(ca, cb) };
}

/** "Kostenplan!A1:AG101", "'Kostenplan (2)'!$B$3", "A1" → sheet name (unquoted, if any) and rect. */
export function parseAddress(address: string): { sheet?: string; rect: Rect } {
  const a = address.trim().replace(/^=/, "");
  const bang = a.lastIndexOf("!"); // the cell part never holds "!", a sheet name may
  let sheet: string | undefined;
  let ref = a;
  if (bang >= 0) {
    sheet = a.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    ref = a.slice(bang + 1);
  }
  const rect = parseA1Range(ref);
  if (!rect) throw new Error(`unexpected address ${address}`);
  return { sheet, rect };
}

/** A1 address of a table column's cell in a given sheet row. */
export function cellAddress(t: TableDef, columnIndex: number, row: number): string {
  return `${columnLetter(t.firstCol + columnIndex)}${row}`;
}

/** Normalised header text for matching ("Beleg-Nr." ~ "beleg nr", "Träger" ~ "traeger"). */
export const normHeader = normWord;

/** A cell's validation as both writers (exceljs, Office.js) set it: a list and/or an input hint. */
export interface ValidationDef {
  /** Fixed values joined by commas, or a range (without "=") of another table's column. */
  list?: { kind: "werte"; values: string } | { kind: "bereich"; range: string };
  /** Ja/Nein refuses other entries; the German words of a vocabulary and another table's names only warn. */
  strict: boolean;
  title: string;
  /** Message when an entry is not in the list. */
  error?: string;
  hint?: string;
}

/** The validation of a column or setting; undefined when it has neither a list nor a hint. */
export function validationOf(
  def: Pick<ColumnDef, "values" | "source" | "hint" | "header" | "vocab">,
  sheetName: (template: string) => string = (n) => n,
): ValidationDef | undefined {
  const base = { title: def.header, ...(def.hint ? { hint: def.hint } : {}) };
  // the German words to choose from; the short codes are read too, so a typed code only asks once
  if (def.vocab) {
    return {
      ...base,
      list: { kind: "bereich", range: vocabRange(def.vocab, sheetName) },
      strict: false,
      error: `Bitte einen Eintrag aus der Liste wählen. Auch die Kurzform (z. B. „${def.vocab.codes[0]}“) wird verstanden – trotzdem übernehmen?`,
    };
  }
  if (def.values) return { ...base, list: { kind: "werte", values: def.values.join(",") }, strict: true, error: "Bitte einen Wert aus der Liste wählen." };
  if (def.source) {
    return { ...base, list: { kind: "bereich", range: sourceRange(def.source, sheetName) }, strict: false, error: "Dieser Eintrag steht nicht in der Liste. Trotzdem übernehmen?" };
  }
  return def.hint ? { ...base, strict: false } : undefined;
}

/**
 * The range formula of a validation list that refers to another table's column (rows below its header),
 * e.g. `Kostenplan!$A$2:$A$101`. A plain range works in Excel, Excel Online and LibreOffice alike.
 */
export function sourceRange(src: ListSource, sheetName: (template: string) => string = (n) => n): string {
  const t = tableDef(src.table);
  const idx = t.columns.findIndex((c) => c.key === src.key);
  const col = columnLetter(t.firstCol + idx);
  const first = t.headerRow + 1;
  const last = t.headerRow + Math.max(t.rows, 1);
  return `${sheetRef(sheetName(t.sheet))}$${col}$${first}:$${col}$${last}`;
}
