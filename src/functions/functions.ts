/*
 * The custom functions of the Budgetplaner (namespace BUDGET, from the manifest), German first.
 * This file holds ONLY the JSDoc-annotated wrappers: it is the input of custom-functions-metadata,
 * whose webpack plugin appends `CustomFunctions.associate(id, fn)` for each of them.
 * Each wrapper: Excel values → the cell rules and the one reader (arguments.ts, plan-args.ts) → engine →
 * number or 2-D array. Pure, not volatile. Optional parameters arrive as null (no default initialisers).
 * Every wrapper takes the invocation (`@requiresParameterAddresses`): inside Excel it first reads the
 * number formats of its ranges and the workbook's date system (cell-context.ts) and answers with a
 * Promise; elsewhere it answers at once. Empty cells: see the rule at the top of arguments.ts.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands over numbers, text, booleans or null */
import { type EmployerCostInput } from "../engine/employer-cost/types";
import { employerCost } from "../engine/employer-cost";
import { computeReste } from "../engine/reste/reste";
import { requireFigures, STATUS_LABELS } from "../engine/legal/tables";
import { parseRatio } from "../engine/plan/parse";
import { VOKABULAR } from "../engine/vocabulary";
import {
  employerOptions,
  figure,
  legalFigureKey,
  money,
  optionalChoice,
  optionalFlag,
  optionalNumber,
  requiredChoice,
  requiredDate,
  requiredNumber,
  requiredText,
  scalarOrNull,
} from "./arguments";
import { PLAIN, withCells } from "./cell-context";
import { guard, invalid } from "./errors";
import { employerCostRows, monthlyRows, paymentRows, resteRows } from "./results";
import { planResultOf, type PlanArgs } from "./plan-args";
import type { PlanResult } from "../engine/plan/compute";
import { obergrenzeVergleich, sachkostenOhneBeleg, WOCHEN_PRO_MONAT, wochenstundenMonat } from "../engine/forms";

/** ZEITRAUMBETRAG, MONATSPLAN: kostenplan 0, beginn 1, ende 2, einstellungen 3, träger 4 (MONAT: träger 5, after auszahlung). */
const PLAN_PARAMS = { kostenplan: 0, einstellungen: 3, traeger: 4 };

function withPlan<T>(args: PlanArgs, invocation: CustomFunctions.Invocation | undefined, pick: (r: PlanResult) => T, params = PLAN_PARAMS): T {
  return withCells(invocation, [params.kostenplan, params.einstellungen, params.traeger], (cells) =>
    guard("kostenplan", () => planResultOf(args, params, cells, invocation?.parameterAddresses, pick)),
  );
}

/**
 * Arbeitgeberkosten eines Beschäftigten für einen Monat im Arbeitgebermodell (§ 29 SGB IX): Bruttolohn plus Arbeitgeberbeiträge (SGB IV/V/VI/XI, SGB III), Umlagen U1/U2 (AAG), Insolvenzgeldumlage und Unfallversicherung, mit den Rechengrößen des Jahres von „datum“. Mit „aufschlüsselung“ = WAHR eine Tabelle (Posten, Betrag) bis „Gesamt“.
 * @customfunction EMPLOYER_COST ARBEITGEBERKOSTEN
 * @param brutto Laufender Bruttolohn im Monat in Euro (beitragspflichtig, § 14 SGB IV); leer oder 0 ist ein Fehler.
 * @param beschäftigungsart minijob-privat (Haushaltsscheck, § 8a SGB IV), minijob-gewerblich (§ 8 SGB IV), uebergangsbereich (Midijob, § 20 Abs. 2 SGB IV), sv-pflichtig oder pauschal (mit dem Träger vereinbarter Arbeitgeberanteil).
 * @param datum Ein Tag des Monats (Excel-Datum oder „01.01.2026“): bestimmt die Rechengrößen des Jahres.
 * @param optionen Optional: Bereich mit zwei Spalten Schlüssel | Wert, z. B. zusatzbeitragProzent, u1Prozent, u2Prozent, uvJahr, sachsen, rvBefreit, kvPrivat, hauptbeschaeftigung, zuschlaegeSvFrei, einmalzahlungMonat, arbeitgeberanteilProzent, Zuschläge nach § 3b EStG mit stundenlohn und nachtStunden, nacht04Stunden, sonntagStunden, feiertagStunden, feiertag150Stunden (Stunden im Monat) oder eine Rechengröße (z. B. kvZusatzDurchschnitt).
 * @param aufschlüsselung Optional: WAHR gibt die Aufschlüsselung (15 Zeilen, 2 Spalten; der Bruttolohn mit dem beitragspflichtigen Teil der Zuschläge) aus, sonst nur die Gesamtkosten.
 * @param invocation Aufrufdaten von Excel.
 * @returns Arbeitgeberkosten im Monat in Euro oder die Aufschlüsselung.
 * @requiresParameterAddresses
 */
export function arbeitgeberkosten(brutto: any, beschäftigungsart: any, datum: any, optionen?: any[][], aufschlüsselung?: any, invocation?: CustomFunctions.Invocation): any[][] {
  return withCells(invocation, [3], (cells) => guard("brutto", () => {
    const art = requiredChoice(beschäftigungsart, "beschäftigungsart", VOKABULAR.beschaeftigung);
    const tag = requiredDate(datum, "datum", cells);
    const opt = employerOptions(optionen ?? null, tag.y, cells);
    if (art === "pauschal" && opt.input.arbeitgeberanteilProzent === undefined) {
      throw invalid("optionen: Für „pauschal“ fehlt arbeitgeberanteilProzent (der mit dem Träger vereinbarte Arbeitgeberanteil in %).");
    }
    const input: EmployerCostInput = { ...opt.input, art, brutto: requiredNumber(brutto, "brutto", { zero: "zero-empty", sign: "positive" }, cells) };
    const kosten = employerCost(input, tag, opt.overrides, "datum");
    return optionalFlag(aufschlüsselung ?? null, "aufschlüsselung") ? employerCostRows(kosten) : [[money(kosten.gesamt)]];
  }));
}

/**
 * Monatsbudget aus dem Leistungs- und Kostenplan (§ 29 Abs. 2 SGB IX, Budgetverordnung): Summe aller Positionen im Bewilligungszeitraum, gerundet wie vereinbart, geteilt durch die Monate; auf Wunsch die Auszahlung nach Abzug des Eigenanteils.
 * @customfunction MONTHLY_BUDGET MONAT
 * @param kostenplan Der Kostenplan als Bereich mit Kopfzeile (Bezeichnung, Art, Menge, je, Preis je Einheit, Beschäftigungsart …).
 * @param beginn Beginn des Bewilligungszeitraums (Excel-Datum).
 * @param ende Ende des Bewilligungszeitraums (Excel-Datum); nur ganze Monate.
 * @param einstellungen Optional: Bereich Schlüssel | Wert (tageProMonat, wochenProMonat, rundung.monat.schritt, eigenanteilMonat …) oder die Einstellungstabelle der Vorlage.
 * @param auszahlung Optional: WAHR gibt die Auszahlung (Monatsbudget minus Eigenanteil) aus.
 * @param träger Optional: die Trägertabelle (Kürzel, Name, Obergrenze je Monat); ohne sie bilden die Einträge der Spalte „Träger“ die Teilbudgets.
 * @param invocation Aufrufdaten von Excel.
 * @returns Monatsbudget oder Auszahlung in Euro.
 * @requiresParameterAddresses
 */
export function monatsbudget(kostenplan: any[][], beginn: any, ende: any, einstellungen?: any[][], auszahlung?: any, träger?: any[][], invocation?: CustomFunctions.Invocation): number {
  const args = { kostenplan, beginn, ende, einstellungen, traeger: träger };
  return withPlan(args, invocation, (r) => money(optionalFlag(auszahlung ?? null, "auszahlung") ? r.auszahlung : r.monatsbudget), { ...PLAN_PARAMS, traeger: 5 });
}

/**
 * Budget für den ganzen Bewilligungszeitraum aus dem Kostenplan (§ 29 Abs. 2 SGB IX), nach der vereinbarten Rundung des Gesamtbetrags.
 * @customfunction PERIOD_TOTAL ZEITRAUMBETRAG
 * @param kostenplan Der Kostenplan als Bereich mit Kopfzeile.
 * @param beginn Beginn des Bewilligungszeitraums (Excel-Datum).
 * @param ende Ende des Bewilligungszeitraums (Excel-Datum).
 * @param einstellungen Optional: Bereich Schlüssel | Wert oder die Einstellungstabelle der Vorlage.
 * @param träger Optional: die Trägertabelle (Kürzel, Name, Obergrenze je Monat).
 * @param invocation Aufrufdaten von Excel.
 * @returns Budget für den Zeitraum in Euro.
 * @requiresParameterAddresses
 */
export function zeitraumbetrag(kostenplan: any[][], beginn: any, ende: any, einstellungen?: any[][], träger?: any[][], invocation?: CustomFunctions.Invocation): number {
  return withPlan({ kostenplan, beginn, ende, einstellungen, traeger: träger }, invocation, (r) => money(r.summeZeitraum));
}

/**
 * Teilbudget eines Leistungsträgers im Monat beim trägerübergreifenden Persönlichen Budget (§ 29 Abs. 3 SGB IX): Summe seiner Positionen (Spalte Träger) durch die Monate.
 * @customfunction PARTIAL_BUDGET TEILBUDGET
 * @param kostenplan Der Kostenplan als Bereich mit Kopfzeile und Spalte „Träger“.
 * @param beginn Beginn des Bewilligungszeitraums (Excel-Datum).
 * @param ende Ende des Bewilligungszeitraums (Excel-Datum).
 * @param träger Kürzel des Trägers, wie in der Spalte „Träger“ (z. B. egh).
 * @param einstellungen Optional: Bereich Schlüssel | Wert oder die Einstellungstabelle der Vorlage.
 * @param trägertabelle Optional: die Trägertabelle (Kürzel, Name, Obergrenze je Monat).
 * @param invocation Aufrufdaten von Excel.
 * @returns Teilbudget im Monat in Euro.
 * @requiresParameterAddresses
 */
export function teilbudget(kostenplan: any[][], beginn: any, ende: any, träger: any, einstellungen?: any[][], trägertabelle?: any[][], invocation?: CustomFunctions.Invocation): number {
  const args = { kostenplan, beginn, ende, einstellungen, traeger: trägertabelle };
  return withPlan(args, invocation, (r) => {
    const id = requiredText(träger, "träger");
    const t = r.teilbudgets.find((x) => x.traeger === id);
    if (!t) {
      const known = r.teilbudgets.map((x) => x.traeger);
      throw invalid(
        known.length
          ? `träger: „${id}“ ist unbekannt – erlaubt: ${known.join(", ")}.`
          : `träger: Der Kostenplan hat keine Spalte „Träger“ mit Einträgen – es gibt keine Teilbudgets.`,
      );
    }
    return money(t.monatsbetrag);
  }, { kostenplan: 0, einstellungen: 4, traeger: 5 });
}

/**
 * Monatsplan des Kostenplans: für jeden Monat des Bewilligungszeitraums der Betrag (ändern sich Mindestlohn oder Beitragssätze im Zeitraum, unterscheiden sich die Monate). Ergebnis: eine Zeile je Monat (MM/JJJJ, Betrag).
 * @customfunction MONTHLY_SCHEDULE MONATSPLAN
 * @param kostenplan Der Kostenplan als Bereich mit Kopfzeile.
 * @param beginn Beginn des Bewilligungszeitraums (Excel-Datum).
 * @param ende Ende des Bewilligungszeitraums (Excel-Datum).
 * @param einstellungen Optional: Bereich Schlüssel | Wert oder die Einstellungstabelle der Vorlage.
 * @param träger Optional: die Trägertabelle (Kürzel, Name, Obergrenze je Monat).
 * @param invocation Aufrufdaten von Excel.
 * @returns Eine Zeile je Monat: Monat, Betrag in Euro.
 * @requiresParameterAddresses
 */
export function monatsplan(kostenplan: any[][], beginn: any, ende: any, einstellungen?: any[][], träger?: any[][], invocation?: CustomFunctions.Invocation): any[][] {
  return withPlan({ kostenplan, beginn, ende, einstellungen, traeger: träger }, invocation, monthlyRows);
}

/**
 * Zahlungsplan des Budgets nach der Zahlweise der Einstellungen (monatlich, vierteljährlich, halbjährlich oder jährlich im Voraus): je Zahlung das Fälligkeitsdatum und der Betrag. Ist das Monatsbudget nicht gerundet, ergeben die Zahlungen zusammen genau die bewilligte Summe abzüglich Eigenanteil; sonst ist jede Zahlung das Monatsbudget mal ihre Monate. Ergebnis: eine Zeile je Zahlung (fällig am, Betrag).
 * @customfunction PAYMENT_SCHEDULE ZAHLUNGSPLAN
 * @param kostenplan Der Kostenplan als Bereich mit Kopfzeile.
 * @param beginn Beginn des Bewilligungszeitraums (Excel-Datum).
 * @param ende Ende des Bewilligungszeitraums (Excel-Datum).
 * @param einstellungen Optional: Bereich Schlüssel | Wert oder die Einstellungstabelle der Vorlage (mit der Zahlweise).
 * @param träger Optional: die Trägertabelle (Kürzel, Name, Obergrenze je Monat).
 * @param invocation Aufrufdaten von Excel.
 * @returns Eine Zeile je Zahlung: Fälligkeitsdatum (TT.MM.JJJJ), Betrag in Euro.
 * @requiresParameterAddresses
 */
export function zahlungsplan(kostenplan: any[][], beginn: any, ende: any, einstellungen?: any[][], träger?: any[][], invocation?: CustomFunctions.Invocation): any[][] {
  return withPlan({ kostenplan, beginn, ende, einstellungen, traeger: träger }, invocation, paymentRows);
}

/**
 * Spielraum bis zur Obergrenze nach § 29 Abs. 2 S. 7 SGB IX: Kosten der bisherigen Sachleistung minus Monatsbudget. Negativ = überschritten (braucht eine Begründung, ist aber zulässig).
 * @customfunction CAP_HEADROOM OBERGRENZE
 * @param monatsbudget Das Monatsbudget in Euro (z. B. Ergebnis von BUDGET.MONAT).
 * @param kosten_sachleistung Monatliche Kosten der Sachleistung, die das Budget ersetzt, in Euro.
 * @returns Spielraum in Euro (negativ = Obergrenze überschritten).
 */
export function obergrenze(monatsbudget: any, kosten_sachleistung: any): number {
  return guard("monatsbudget", () => {
    const mb = requiredNumber(monatsbudget, "monatsbudget", { zero: "zero-empty", sign: "positive" }, PLAIN);
    const og = requiredNumber(kosten_sachleistung, "kosten_sachleistung", { zero: "zero-empty", sign: "positive" }, PLAIN);
    return money(obergrenzeVergleich(mb, og).differenz);
  });
}

/**
 * Prüft die Obergrenze nach § 29 Abs. 2 S. 7 SGB IX und gibt das Ergebnis als Satz aus (eingehalten, genau erreicht oder überschritten mit Betrag).
 * @customfunction CAP_STATUS OBERGRENZE_STATUS
 * @param monatsbudget Das Monatsbudget in Euro.
 * @param kosten_sachleistung Monatliche Kosten der Sachleistung in Euro.
 * @returns Ergebnis der Prüfung als Text.
 */
export function obergrenzeStatus(monatsbudget: any, kosten_sachleistung: any): string {
  return guard("monatsbudget", () => {
    const mb = requiredNumber(monatsbudget, "monatsbudget", { zero: "zero-empty", sign: "positive" }, PLAIN);
    const og = requiredNumber(kosten_sachleistung, "kosten_sachleistung", { zero: "zero-empty", sign: "positive" }, PLAIN);
    return obergrenzeVergleich(mb, og).status;
  });
}

/**
 * Budgetreste eines Nachweiszeitraums: Rest = Einnahmen − Ausgaben, aufgeteilt nach der Regel des Trägers in Übertrag, Rückforderung und Anrechnung, mit Begründung. Ergebnis: 5 Zeilen (Bezeichnung, Betrag).
 * @customfunction LEFTOVERS RESTE
 * @param einnahmen Einnahmen des Zeitraums in Euro (Budgetzahlungen, Übertrag, Erstattungen); 0 ist erlaubt.
 * @param ausgaben Ausgaben des Zeitraums in Euro; 0 ist erlaubt.
 * @param monatsbudget Monatsbudget in Euro (Höchstbetrag des Übertrags).
 * @param regel Optional: uebertrag-bis-monatsbudget (Vorgabe), rueckforderung, anrechnung oder ansparen.
 * @param schlussnachweis Optional: WAHR, wenn das Budget mit diesem Zeitraum endet (dann wird der ganze Rest zurückgefordert).
 * @returns Rest, Übertrag, Rückforderung, Anrechnung und Begründung.
 */
export function reste(einnahmen: any, ausgaben: any, monatsbudget: any, regel?: any, schlussnachweis?: any): any[][] {
  return guard("einnahmen", () =>
    resteRows(
      computeReste({
        einnahmen: requiredNumber(einnahmen, "einnahmen", { zero: "zero-ok", sign: "nonneg" }, PLAIN),
        ausgaben: requiredNumber(ausgaben, "ausgaben", { zero: "zero-ok", sign: "nonneg" }, PLAIN),
        monatsbudget: requiredNumber(monatsbudget, "monatsbudget", { zero: "zero-empty", sign: "positive" }, PLAIN),
        regel: optionalChoice(regel ?? null, "regel", VOKABULAR.reste, "uebertrag-bis-monatsbudget"),
        schlussnachweis: optionalFlag(schlussnachweis ?? null, "schlussnachweis"),
      }),
    ),
  );
}

/**
 * Gesetzlicher Mindestlohn je Stunde an einem Tag (§ 1 MiLoG mit der jeweiligen Mindestlohnanpassungsverordnung).
 * @customfunction MINIMUM_WAGE MINDESTLOHN
 * @param datum Der Tag (Excel-Datum oder „01.01.2026“).
 * @param invocation Aufrufdaten von Excel.
 * @returns Mindestlohn in Euro je Stunde.
 * @requiresParameterAddresses
 */
export function mindestlohn(datum: any, invocation?: CustomFunctions.Invocation): number {
  return withCells(invocation, [], (cells) => guard("datum", () => money(requireFigures(requiredDate(datum, "datum", cells), undefined, "datum").need("mindestlohn", "datum"))));
}

/**
 * Minijob-Grenze (Geringfügigkeitsgrenze) je Monat an einem Tag (§ 8 Abs. 1a SGB IV).
 * @customfunction MINIJOB_LIMIT MINIJOBGRENZE
 * @param datum Der Tag (Excel-Datum oder „01.01.2026“).
 * @param invocation Aufrufdaten von Excel.
 * @returns Minijob-Grenze in Euro je Monat.
 * @requiresParameterAddresses
 */
export function minijobgrenze(datum: any, invocation?: CustomFunctions.Invocation): number {
  return withCells(invocation, [], (cells) =>
    guard("datum", () => money(requireFigures(requiredDate(datum, "datum", cells), undefined, "datum").need("geringfuegigkeitsgrenze", "datum"))),
  );
}

/**
 * Eine Rechengröße des Jahres (Beitragssätze, Beitragsbemessungsgrenzen, Übergangsbereich, Minijob-Pauschalen …) aus der Tabelle mit Quellen (SGB IV, V, VI, XI, SGB III, AAG, MiLoG). Ist der Wert für das Jahr noch nicht veröffentlicht, gilt vorläufig der des Vorjahrs.
 * @customfunction LEGAL_FIGURE RECHENGROESSE
 * @param name Schlüssel der Rechengröße, z. B. kvAllgemein, kvZusatzDurchschnitt, pv, rv, av, bbgKvPv, faktorF, minijobU1.
 * @param datum Der Tag (Excel-Datum oder „01.01.2026“).
 * @param angabe Optional: „wert“ (Vorgabe), „status“ (z. B. „in Kraft“ oder „vorläufig (Wert von 2026)“) oder „quelle“ (Rechtsgrundlage).
 * @param invocation Aufrufdaten von Excel.
 * @returns Der Wert (Prozentsätze in Prozentpunkten, Beträge in Euro), sein Status oder seine Quelle.
 * @requiresParameterAddresses
 */
export function rechengroesse(name: any, datum: any, angabe?: any, invocation?: CustomFunctions.Invocation): any {
  return withCells(invocation, [], (cells) =>
    guard("name", () => {
      const key = legalFigureKey(name, "name");
      const was = optionalChoice(angabe ?? null, "angabe", VOKABULAR.angabe, "wert");
      const figures = requireFigures(requiredDate(datum, "datum", cells), undefined, "datum");
      if (was === "wert") return figure(figures.need(key, "datum"));
      const f = figures.get(key);
      if (was === "quelle") return f.source;
      return f.status === "vorlaeufig" ? `${STATUS_LABELS.vorlaeufig} (Wert von ${f.vorlaeufigVon})` : STATUS_LABELS[f.value === undefined && f.status !== "repealed" ? "not_found" : f.status];
    }),
  );
}

/**
 * Rechnet Stunden je Woche in Stunden je Monat um: mal 52/12 (= 4,33 Wochen je Monat), wie im Kostenplan üblich, oder mit einem eigenen Faktor.
 * @customfunction WEEKLY_TO_MONTHLY_HOURS WOCHENSTUNDEN_MONAT
 * @param stunden_pro_woche Stunden je Woche (Dezimalzahl, 0 ist erlaubt).
 * @param wochen_pro_monat Optional: Wochen je Monat als Zahl oder Bruch wie „52/12“ (Vorgabe 52/12).
 * @returns Stunden je Monat.
 */
export function wochenstundenProMonat(stunden_pro_woche: any, wochen_pro_monat?: any): number {
  return guard("stunden_pro_woche", () => {
    const h = requiredNumber(stunden_pro_woche, "stunden_pro_woche", { zero: "zero-ok", sign: "nonneg" }, PLAIN);
    const w = scalarOrNull(wochen_pro_monat ?? null, "wochen_pro_monat");
    return figure(wochenstundenMonat(h, parseRatio(w === 0 ? null : w, "wochen_pro_monat", WOCHEN_PRO_MONAT)));
  });
}

/**
 * Anteil der monatlichen Verwaltungskosten, der ohne Belege für Sachkosten (Büromaterial, Kontogebühren) verwendet werden darf – nach LWL-Praxis 15 %.
 * @customfunction RECEIPT_FREE_SUPPLIES SACHKOSTEN_OHNE_BELEG
 * @param verwaltungskosten Verwaltungskosten (Budgetverwaltung, Lohnbuchhaltung) in Euro; 0 ist erlaubt.
 * @param prozent Optional: vereinbarter Prozentsatz (Vorgabe 15; leer oder 0 = Vorgabe), als Zahl (15), als „15 %“ oder aus einer Prozent-Zelle.
 * @param invocation Aufrufdaten von Excel.
 * @returns Betrag in Euro, der ohne Belege verwendet werden darf.
 * @requiresParameterAddresses
 */
export function sachkostenOhneBelegBetrag(verwaltungskosten: any, prozent?: any, invocation?: CustomFunctions.Invocation): number {
  return withCells(invocation, [1], (cells) =>
    guard("verwaltungskosten", () => {
      const v = requiredNumber(verwaltungskosten, "verwaltungskosten", { zero: "zero-ok", sign: "nonneg" }, cells);
      const p = optionalNumber(prozent ?? null, "prozent", { zero: "zero-empty", sign: "positive", percentAt: 1 }, cells);
      if (p && p.gt(100)) throw invalid("prozent: höchstens 100 %.");
      return money(sachkostenOhneBeleg(v, p));
    }),
  );
}
