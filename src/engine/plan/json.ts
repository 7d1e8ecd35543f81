/** The result JSON of `budget kostenplan --json` (kostenplan.md), amounts as decimal strings. */
import { fmt } from "../money";
import { isoDate, isoMonth } from "../dates";
import { employerCostJson } from "../employer-cost/json";
import type { PlanResult } from "./compute";
import { fallJson } from "../fall/json";
import { pflegeJson } from "../pflege/json";

export function planResultJson(r: PlanResult) {
  const beantragt = new Map((r.beantragt?.positionen ?? []).map((b) => [b.zeile, b]));
  return {
    format: "kostenplan-ergebnis/1",
    monate: r.monate,
    positionen: r.positionen.map((p) => {
      const seg = p.arbeitgeberkosten;
      return {
        bezeichnung: p.position.bezeichnung,
        art: p.position.art,
        ...(p.position.traeger ? { traeger: p.position.traeger } : {}),
        ...(p.automatisch ? { automatisch: true } : {}),
        monatsbetrag: fmt(p.monatsbetrag),
        zeitraumbetrag: fmt(p.zeitraumbetrag),
        zeitraumbetragUngerundet: fmt(p.zeitraumbetragExakt),
        ...(p.position.anerkannt ? { anerkannt: { werte: p.position.anerkannt.werte, ...(p.position.anerkannt.begruendung ? { begruendung: p.position.anerkannt.begruendung } : {}) } } : {}),
        ...(beantragt.has(p.position.zeile) && !p.automatisch
          ? { beantragt: { monatsbetrag: fmt(beantragt.get(p.position.zeile)!.monatsbetrag), zeitraumbetrag: fmt(beantragt.get(p.position.zeile)!.zeitraumbetrag) } }
          : {}),
        ...(p.stundenZeitraum ? { stundenZeitraum: p.stundenZeitraum.toDecimalPlaces(2).toFixed(2) } : {}),
        ...(seg
          ? {
              beschaeftigte: p.position.payroll!.beschaeftigte.toString(),
              arbeitgeberkosten: employerCostJson(seg[0].kosten, false),
              ...(seg.length > 1
                ? { arbeitgeberkostenAb: seg.map((s) => ({ ab: isoMonth(s.ab), ...employerCostJson(s.kosten, false) })) }
                : {}),
            }
          : {}),
      };
    }),
    summeZeitraumUngerundet: fmt(r.summeZeitraumUngerundet),
    summeZeitraum: fmt(r.summeZeitraum),
    monatsbudgetUngerundet: fmt(r.monatsbudgetUngerundet),
    monatsbudget: fmt(r.monatsbudget),
    eigenanteilMonat: fmt(r.eigenanteilMonat),
    auszahlung: fmt(r.auszahlung),
    auszahlungZeitraum: fmt(r.auszahlungZeitraum),
    monatsplan: r.monatsplan.map((m) => ({ monat: isoMonth(m.monat), betrag: fmt(m.betrag) })),
    wechsel: r.wechsel.map((w) => ({
      monat: isoMonth(w.monat),
      ab: isoDate(w.ab),
      vorher: fmt(w.vorher),
      nachher: fmt(w.nachher),
      positionen: w.positionen.map((p) => ({ bezeichnung: p.bezeichnung, vorher: fmt(p.vorher), nachher: fmt(p.nachher), grund: p.grund })),
    })),
    zahlweise: r.zahlweise,
    zahlungsplan: r.zahlungsplan.map((z) => ({ faellig: isoDate(z.faellig), von: isoMonth(z.von), bis: isoMonth(z.bis), monate: z.monate, betrag: fmt(z.betrag) })),
    summeZahlungen: fmt(r.summeZahlungen),
    ...(r.obergrenze ? { obergrenze: { obergrenzeMonat: fmt(r.obergrenze.obergrenzeMonat), differenz: fmt(r.obergrenze.differenz) } } : {}),
    teilbudgets: r.teilbudgets.map((t) => ({
      traeger: t.traeger,
      name: t.name,
      monatsbetrag: fmt(t.monatsbetrag),
      zeitraumbetrag: fmt(t.zeitraumbetrag),
      zeitraumbetragUngerundet: fmt(t.zeitraumbetragUngerundet),
      ...(t.obergrenzeMonat ? { obergrenzeMonat: fmt(t.obergrenzeMonat), differenz: fmt(t.differenz!) } : {}),
    })),
    ...(r.bedarf ? { bedarf: { summeZeitraum: fmt(r.bedarf.summeZeitraum), monatsbudget: fmt(r.bedarf.monatsbudget) } } : {}),
    ...(r.beantragt ? { beantragt: { summeZeitraum: fmt(r.beantragt.summeZeitraum), monatsbudget: fmt(r.beantragt.monatsbudget) } } : {}),
    ...(r.pflege ? { pflege: pflegeJson(r.pflege) } : {}),
    ...(r.fall ? { fall: fallJson(r.fall) } : {}),
    ...(r.stundensatz ? { stundensatz: { stundenMonat: r.stundensatz.stundenMonat.toFixed(2), betrag: fmt(r.stundensatz.betrag) } } : {}),
    befunde: r.befunde,
  };
}
