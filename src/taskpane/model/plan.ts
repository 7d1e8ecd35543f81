/** The evaluated Kostenplan as display rows and German sentences. Every amount comes from the engine's PlanResult. */
import {
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
import { pflegeAnsicht, type PflegeAnsicht } from "./pflege";
import { arbeitgeberTabellen, type ArbeitgeberTabelle } from "../../document/arbeitgeber";

export type { ArbeitgeberTabelle, KostenZeile } from "../../document/arbeitgeber";

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
  /** The Pflegegeld (offset or the Pflegekasse's Teilbudget) and the Entlastungsbetrag apart. */
  pflege?: PflegeAnsicht;
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

function grenze(obergrenze: Dec, differenz: Dec, wessen: string, begruendung?: string): GrenzStatus {
  if (differenz.isNegative()) {
    return {
      eingehalten: false,
      badge: begruendung ? "überschritten, begründet" : "überschritten",
      satz:
        `${wessen} liegt ${fmtEuro(differenz.neg())} über der Obergrenze von ${fmtEuro(obergrenze)} im Monat. ` +
        (begruendung ? `Begründung des Trägers: ${begruendung}` : "Das braucht eine Begründung (§ 29 Abs. 2 S. 7 SGB IX)."),
    };
  }
  return {
    eingehalten: true,
    badge: "eingehalten",
    satz: `${wessen} liegt ${differenz.isZero() ? "genau auf" : `${fmtEuro(differenz)} unter`} der Obergrenze von ${fmtEuro(obergrenze)} im Monat.`,
  };
}

const num = (d: Dec): number => d.toNumber();

/** The caseworker's justification on a cap finding (of the plan, or of the Träger in that row). */
function begruendungVon(r: PlanResult, regel: string, traegerZeile?: number): string | undefined {
  return r.befunde.find((b) => b.regel === regel && (traegerZeile === undefined || b.ort?.zeile === traegerZeile))?.begruendung;
}

export function planAnsicht(r: PlanResult, read?: WorkbookRead): PlanAnsicht {
  const kennzahlen: Kennzahl[] = [];
  if (r.fall?.aktenzeichen) kennzahlen.push({ label: "Aktenzeichen", wert: r.fall.aktenzeichen });
  const gerundet = !r.bedarf && !r.monatsbudget.eq(r.monatsbudgetUngerundet);
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
  const summeGerundet = !r.bedarf && !r.summeZeitraum.eq(r.summeZeitraumUngerundet);
  kennzahlen.push({
    label: `Summe im Bewilligungszeitraum (${r.monate} ${r.monate === 1 ? "Monat" : "Monate"})`,
    wert: fmtEuro(r.summeZeitraum),
    ...(summeGerundet ? { zusatz: `gerundet, genau ${fmtEuro(r.summeZeitraumUngerundet)}` } : {}),
  });
  if (r.bedarf) {
    kennzahlen.push({ label: "Berechneter Bedarf je Monat", wert: fmtEuro(r.bedarf.monatsbudget), zusatz: `im Zeitraum ${fmtEuro(r.bedarf.summeZeitraum)}; das Budget ist der vereinbarte Betrag` });
  }
  if (r.beantragt) {
    kennzahlen.push({ label: "Beantragt je Monat", wert: fmtEuro(r.beantragt.monatsbudget), zusatz: `im Zeitraum ${fmtEuro(r.beantragt.summeZeitraum)}; gerechnet wird mit dem, was der Träger anerkennt` });
  }
  if (r.stundensatz) {
    kennzahlen.push({
      label: "Budget je Stunde",
      wert: fmtEuro(r.stundensatz.betrag),
      zusatz: `bei ${fmtDe(r.stundensatz.stundenMonat)} Stunden im Monat`,
    });
  }

  const beantragt = new Map((r.beantragt?.positionen ?? []).map((b) => [b.zeile, b]));
  const positionen = r.positionen.map((p, i) => ({
    key: `${i}`,
    bezeichnung: beantragt.has(p.position.zeile) && !p.automatisch ? `${p.position.bezeichnung} (beantragt ${fmtEuro(beantragt.get(p.position.zeile)!.monatsbetrag)} je Monat)` : p.position.bezeichnung,
    monat: fmtEuro(p.monatsbetrag),
    zeitraum: fmtEuro(p.zeitraumbetrag),
  }));

  const teilbudgets = r.teilbudgets.map((t, i) => ({
    key: `${i}-${t.traeger}`,
    name: t.name || t.traeger,
    monat: fmtEuro(t.monatsbetrag),
    zeitraum: fmtEuro(t.zeitraumbetrag),
    ...(t.obergrenzeMonat && t.differenz ? { status: grenze(t.obergrenzeMonat, t.differenz, "Das Teilbudget", begruendungVon(r, "teilbudget-obergrenze-ueberschritten", i + 1)) } : {}),
  }));

  // shared with the submission document (sheet „Berechnung“, PDF): the same rows everywhere
  const arbeitgeber: ArbeitgeberTabelle[] = arbeitgeberTabellen(r);

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
    ...(r.obergrenze ? { obergrenze: grenze(r.obergrenze.obergrenzeMonat, r.obergrenze.differenz, "Das Monatsbudget", begruendungVon(r, "obergrenze-ueberschritten")) } : {}),
    positionen,
    teilbudgets,
    ...(r.pflege ? { pflege: pflegeAnsicht(r.pflege) } : {}),
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
