/** The evaluated Kostenplan as display rows and German sentences. Every amount comes from the engine's PlanResult. */
import {
  ANTEIL_KEYS,
  ANTEIL_LABELS,
  BESCHAEFTIGUNG_LABELS,
  fmtDe,
  fmtEuro,
  germanDate,
  germanMonth,
  monatsplanSpanne,
  planMonthText,
  type Dec,
  type PlanResult,
} from "../../engine";
import type { WorkbookRead } from "../host/types";
import { befundZeilen, type BefundZeile } from "./findings";
import type { Balken } from "./chart";
import { ZAHLWEISE_LABELS } from "./settings";

export interface Kennzahl {
  label: string;
  wert: string;
  zusatz?: string;
}

export interface GrenzStatus {
  eingehalten: boolean;
  badge: string;
  satz: string;
}

export interface TeilbudgetZeile {
  key: string;
  name: string;
  monat: string;
  zeitraum: string;
  status?: GrenzStatus;
}

export interface PositionZeile {
  key: string;
  bezeichnung: string;
  monat: string;
  zeitraum: string;
}

export interface KostenZeile {
  label: string;
  werte: string[];
  summe?: boolean;
}

export interface ArbeitgeberTabelle {
  key: string;
  titel: string;
  beschreibung: string;
  spalten: string[];
  zeilen: KostenZeile[];
}

export interface WechselZeile {
  key: string;
  monat: string;
  /** „Tagesassistenz: 1.750,00 € → 1.825,00 € (Änderung ab 01.01.2027)“, one per position. */
  positionen: string[];
  gesamt: string;
}

export interface ZahlungZeile {
  key: string;
  faellig: string;
  zeitraum: string;
  betrag: string;
}

export interface PlanAnsicht {
  monate: number;
  kennzahlen: Kennzahl[];
  obergrenze?: GrenzStatus;
  positionen: PositionZeile[];
  teilbudgets: TeilbudgetZeile[];
  arbeitgeber: ArbeitgeberTabelle[];
  monatsplan: Balken[];
  /** The monthly amounts differ between months (then the schedule is shown as a table). */
  monatsplanWechselt: boolean;
  monatsplanSatz: string;
  /** The months in which figures change, with the reasons. */
  wechsel: WechselZeile[];
  /** Payments in advance (only when the Träger pays less often than monthly). */
  zahlungen: ZahlungZeile[];
  zahlungSatz?: string;
  befunde: BefundZeile[];
}

function grenze(obergrenze: Dec, differenz: Dec, wessen: string): GrenzStatus {
  if (differenz.isNegative()) {
    return {
      eingehalten: false,
      badge: "überschritten",
      satz: `${wessen} liegt ${fmtEuro(differenz.neg())} über der Obergrenze von ${fmtEuro(obergrenze)} im Monat. Das braucht eine Begründung (§ 29 Abs. 2 S. 7 SGB IX).`,
    };
  }
  return {
    eingehalten: true,
    badge: "eingehalten",
    satz: `${wessen} liegt ${differenz.isZero() ? "genau auf" : `${fmtEuro(differenz)} unter`} der Obergrenze von ${fmtEuro(obergrenze)} im Monat.`,
  };
}

const num = (d: Dec): number => d.toNumber();

export function planAnsicht(r: PlanResult, read?: WorkbookRead): PlanAnsicht {
  const kennzahlen: Kennzahl[] = [];
  const gerundet = !r.monatsbudget.eq(r.monatsbudgetUngerundet);
  kennzahlen.push({
    label: "Monatsbudget",
    wert: fmtEuro(r.monatsbudget),
    ...(gerundet ? { zusatz: `gerundet, genau ${fmtEuro(r.monatsbudgetUngerundet)}` } : {}),
  });
  if (!r.eigenanteilMonat.isZero()) kennzahlen.push({ label: "Eigenanteil je Monat", wert: fmtEuro(r.eigenanteilMonat) });
  kennzahlen.push({
    label: "Auszahlung je Monat",
    wert: fmtEuro(r.auszahlung),
    zusatz: r.eigenanteilMonat.isZero()
      ? `im Zeitraum ${fmtEuro(r.auszahlungZeitraum)}`
      : `Monatsbudget minus Eigenanteil; im Zeitraum ${fmtEuro(r.auszahlungZeitraum)}`,
  });
  const summeGerundet = !r.summeZeitraum.eq(r.summeZeitraumUngerundet);
  kennzahlen.push({
    label: `Summe im Bewilligungszeitraum (${r.monate} ${r.monate === 1 ? "Monat" : "Monate"})`,
    wert: fmtEuro(r.summeZeitraum),
    ...(summeGerundet ? { zusatz: `gerundet, genau ${fmtEuro(r.summeZeitraumUngerundet)}` } : {}),
  });
  if (r.stundensatz) {
    kennzahlen.push({
      label: "Budget je Stunde",
      wert: fmtEuro(r.stundensatz.betrag),
      zusatz: `bei ${fmtDe(r.stundensatz.stundenMonat)} Stunden im Monat`,
    });
  }

  const positionen = r.positionen.map((p, i) => ({
    key: `${i}`,
    bezeichnung: p.position.bezeichnung,
    monat: fmtEuro(p.monatsbetrag),
    zeitraum: fmtEuro(p.zeitraumbetrag),
  }));

  const teilbudgets = r.teilbudgets.map((t, i) => ({
    key: `${i}-${t.traeger}`,
    name: t.name || t.traeger,
    monat: fmtEuro(t.monatsbetrag),
    zeitraum: fmtEuro(t.zeitraumbetrag),
    ...(t.obergrenzeMonat && t.differenz ? { status: grenze(t.obergrenzeMonat, t.differenz, "Das Teilbudget") } : {}),
  }));

  const arbeitgeber: ArbeitgeberTabelle[] = [];
  r.positionen.forEach((p, i) => {
    const seg = p.arbeitgeberkosten;
    if (!seg || seg.length === 0) return;
    const payroll = p.position.payroll;
    const spalten = seg.map((s) => `ab ${germanMonth(s.ab)}`);
    const zeilen: KostenZeile[] = [{ label: "Bruttolohn", werte: seg.map((s) => fmtEuro(s.kosten.brutto)) }];
    if (seg.some((s) => !s.kosten.einmalzahlung.isZero())) {
      zeilen.push({ label: "Einmalzahlungen (Monatsanteil)", werte: seg.map((s) => fmtEuro(s.kosten.einmalzahlung)) });
    }
    if (seg.some((s) => !s.kosten.zuschlaegeSvFrei.isZero())) {
      zeilen.push({ label: "beitragsfreie Zuschläge", werte: seg.map((s) => fmtEuro(s.kosten.zuschlaegeSvFrei)) });
    }
    if (seg.some((s) => !s.kosten.zuschlaegeSvPflichtig.isZero())) {
      zeilen.push({ label: "beitragspflichtige Zuschläge", werte: seg.map((s) => fmtEuro(s.kosten.zuschlaegeSvPflichtig)) });
    }
    for (const k of ANTEIL_KEYS) {
      if (seg.some((s) => !s.kosten.anteile[k].isZero())) {
        zeilen.push({ label: ANTEIL_LABELS[k], werte: seg.map((s) => fmtEuro(s.kosten.anteile[k])) });
      }
    }
    zeilen.push({ label: "Arbeitgeberanteile zusammen", werte: seg.map((s) => fmtEuro(s.kosten.arbeitgeberanteile)), summe: true });
    zeilen.push({ label: "Kosten je Beschäftigtem und Monat", werte: seg.map((s) => fmtEuro(s.kosten.gesamt)), summe: true });
    const anzahl = payroll ? payroll.beschaeftigte : undefined;
    const art = payroll ? BESCHAEFTIGUNG_LABELS[payroll.beschaeftigung] : "";
    arbeitgeber.push({
      key: `${i}`,
      titel: p.position.bezeichnung,
      beschreibung: [art, anzahl ? `${fmtDe(anzahl, anzahl.isInteger() ? 0 : 2)} ${anzahl.eq(1) ? "beschäftigte Person" : "Beschäftigte"}` : ""]
        .filter(Boolean)
        .join(", "),
      spalten,
      zeilen,
    });
  });

  const spanne = monatsplanSpanne(r.monatsplan);
  const monatsplanWechselt = spanne?.wechselt ?? false;
  const monatsplan: Balken[] = r.monatsplan.map((m) => ({
    label: germanMonth(m.monat),
    werte: [{ wert: num(m.betrag), text: fmtEuro(m.betrag) }],
  }));
  let monatsplanSatz = "";
  if (spanne) {
    const von = germanMonth(r.monatsplan[0].monat);
    const bis = germanMonth(r.monatsplan[r.monatsplan.length - 1].monat);
    const { niedrigster: lo, hoechster: hi } = spanne;
    monatsplanSatz = monatsplanWechselt
      ? `Von ${von} bis ${bis} ändert sich der Bedarf: zwischen ${fmtEuro(lo.betrag)} (${germanMonth(lo.monat)}) und ${fmtEuro(hi.betrag)} (${germanMonth(hi.monat)}) im Monat.`
      : `Von ${von} bis ${bis} ist der Bedarf in jedem Monat gleich: ${fmtEuro(lo.betrag)}.`;
  }

  const wechsel: WechselZeile[] = r.wechsel.map((w, i) => ({
    key: `${i}`,
    monat: planMonthText(w.ab),
    positionen: w.positionen.map((p) => `${p.bezeichnung}: ${fmtEuro(p.vorher)} → ${fmtEuro(p.nachher)}${p.grund ? ` (${p.grund})` : ""}`),
    gesamt: `${fmtEuro(w.vorher)} → ${fmtEuro(w.nachher)}`,
  }));

  const selten = r.zahlweise !== "monatlich";
  const zahlungen: ZahlungZeile[] = selten
    ? r.zahlungsplan.map((z, i) => ({
        key: `${i}`,
        faellig: germanDate(z.faellig),
        zeitraum: z.monate === 1 ? germanMonth(z.von) : `${germanMonth(z.von)} – ${germanMonth(z.bis)}`,
        betrag: fmtEuro(z.betrag),
      }))
    : [];
  if (selten && r.zahlungsplan.length) {
    kennzahlen.push({ label: `Zahlung ${ZAHLWEISE_LABELS[r.zahlweise]}`, wert: fmtEuro(r.zahlungsplan[0].betrag), zusatz: `${r.zahlungsplan.length} Zahlungen, zusammen ${fmtEuro(r.summeZahlungen)}` });
  }
  const zahlungSatz = selten
    ? `Der Träger zahlt ${ZAHLWEISE_LABELS[r.zahlweise]} im Voraus: ${r.zahlungsplan.length === 1 ? "1 Zahlung" : `${r.zahlungsplan.length} Zahlungen`}, zusammen ${fmtEuro(r.summeZahlungen)}` +
      (r.summeZahlungen.eq(r.auszahlungZeitraum) ? "." : ` (${r.monate} Monatszahlungen ergäben ${fmtEuro(r.auszahlungZeitraum)}).`)
    : undefined;

  return {
    monate: r.monate,
    kennzahlen,
    ...(r.obergrenze ? { obergrenze: grenze(r.obergrenze.obergrenzeMonat, r.obergrenze.differenz, "Das Monatsbudget") } : {}),
    positionen,
    teilbudgets,
    arbeitgeber,
    monatsplan,
    monatsplanWechselt,
    monatsplanSatz,
    wechsel,
    zahlungen,
    ...(zahlungSatz ? { zahlungSatz } : {}),
    befunde: befundZeilen(r.befunde, read, "kostenplan."),
  };
}
