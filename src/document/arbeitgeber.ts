/**
 * The employer cost of every assistant position as tables: one column per stretch of months with the same
 * legal figures (e.g. from 1 January), one row per payroll item that is not zero in any column. Shared by the
 * task pane's Kostenplan view (model/plan.ts), the submission document and through it the sheet „Berechnung“
 * and the PDF. Every amount is the engine's; here it is only formatted.
 */
import { ANTEIL_KEYS, ANTEIL_LABELS, BESCHAEFTIGUNG_LABELS, fmtDe, fmtEuro, germanMonth, type Dec, type EmployerCostSegment, type PlanResult } from "../engine";

export interface KostenZeile {
  label: string;
  /** The amounts as people read them („1.234,50 €“), one per column. */
  werte: string[];
  /** The same amounts as the engine computed them (for a sheet that keeps them as numbers). */
  betraege: Dec[];
  summe?: boolean;
}

export interface ArbeitgeberTabelle {
  key: string;
  titel: string;
  beschreibung: string;
  /** One per stretch of months: „ab 01/2026“. */
  spalten: string[];
  zeilen: KostenZeile[];
}

type Kosten = EmployerCostSegment["kosten"];

function zeile(seg: readonly EmployerCostSegment[], label: string, of: (k: Kosten) => Dec, summe?: boolean): KostenZeile {
  const betraege = seg.map((s) => of(s.kosten));
  return { label, werte: betraege.map(fmtEuro), betraege, ...(summe ? { summe } : {}) };
}

/** The employer-cost tables of a plan, in the order of its positions. */
export function arbeitgeberTabellen(r: PlanResult): ArbeitgeberTabelle[] {
  const out: ArbeitgeberTabelle[] = [];
  r.positionen.forEach((p, i) => {
    const seg = p.arbeitgeberkosten;
    if (!seg || seg.length === 0) return;
    const any = (of: (k: Kosten) => Dec) => seg.some((s) => !of(s.kosten).isZero());
    const zeilen: KostenZeile[] = [zeile(seg, "Bruttolohn", (k) => k.brutto)];
    if (any((k) => k.einmalzahlung)) zeilen.push(zeile(seg, "Einmalzahlungen (Monatsanteil)", (k) => k.einmalzahlung));
    if (any((k) => k.zuschlaegeSvFrei)) zeilen.push(zeile(seg, "beitragsfreie Zuschläge", (k) => k.zuschlaegeSvFrei));
    if (any((k) => k.zuschlaegeSvPflichtig)) zeilen.push(zeile(seg, "beitragspflichtige Zuschläge", (k) => k.zuschlaegeSvPflichtig));
    for (const key of ANTEIL_KEYS) {
      if (any((k) => k.anteile[key])) zeilen.push(zeile(seg, ANTEIL_LABELS[key], (k) => k.anteile[key]));
    }
    zeilen.push(zeile(seg, "Arbeitgeberanteile zusammen", (k) => k.arbeitgeberanteile, true));
    zeilen.push(zeile(seg, "Kosten je Beschäftigtem und Monat", (k) => k.gesamt, true));
    const payroll = p.position.payroll;
    const anzahl = payroll?.beschaeftigte;
    const art = payroll ? BESCHAEFTIGUNG_LABELS[payroll.beschaeftigung] : "";
    out.push({
      key: `${i}`,
      titel: p.position.bezeichnung,
      beschreibung: [art, anzahl ? `${fmtDe(anzahl, anzahl.isInteger() ? 0 : 2)} ${anzahl.eq(1) ? "beschäftigte Person" : "Beschäftigte"}` : ""].filter(Boolean).join(", "),
      spalten: seg.map((s) => `ab ${germanMonth(s.ab)}`),
      zeilen,
    });
  });
  return out;
}
