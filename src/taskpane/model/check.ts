/** The checked Verwendungsnachweis as display rows, the Budgetreste sentence and the figures for the summary sheet. */
import { RESTE_REGEL_LABELS, befundText, fmtEuro, germanDate, type ReportResult } from "../../engine";
import type { SummaryValues, WorkbookRead } from "../host/types";
import { SCHWERE_REIHENFOLGE, SCHWERE_TITEL, befundZeilen, gruppieren, type BefundGruppe } from "./findings";
import type { Balken } from "./chart";
import { anzahl, aufzaehlung, zitat } from "./format";

export interface PruefAnsicht {
  zeitraum: string;
  gruppen: BefundGruppe[];
  anzahlBefunde: number;
  zaehlung: string;
  summen: { label: string; wert: string }[];
  resteSatz: string;
  resteBegruendung: string;
  planIst: Balken[];
  planIstTabelle: { key: string; bezeichnung: string; plan: string; ist: string }[];
  ohnePlanposition?: string;
  /** The Budgetreste per Träger, shown as a table where two or more Träger share the budget. */
  resteJeTraeger?: {
    basis: string;
    zeilen: { key: string; traeger: string; rest: string; uebertrag: string; rueckforderung: string; anrechnung: string }[];
  };
}

/** One plain sentence on what happens to the unspent money, from the engine's figures. */
export function resteSatz(r: ReportResult["reste"]): string {
  if (r.rest.isNegative()) {
    return `Es bleibt nichts übrig: Die Ausgaben sind ${fmtEuro(r.rest.neg())} höher als die Einnahmen.`;
  }
  if (r.rest.isZero()) return "Es bleibt nichts übrig: Einnahmen und Ausgaben sind gleich hoch.";
  if (r.nachweisart === "zwischennachweis" && r.rueckforderung.isZero() && r.anrechnung.isZero()) {
    return `Es bleiben ${fmtEuro(r.rest)} übrig. Weil der Bewilligungszeitraum weiterläuft (Zwischennachweis), bleibt das Geld auf dem Budgetkonto; zurückgefordert wird nichts.`;
  }
  const teile: string[] = [];
  if (!r.uebertrag.isZero()) teile.push(`${fmtEuro(r.uebertrag)} in den nächsten Zeitraum übertragen`);
  if (!r.rueckforderung.isZero()) teile.push(`${fmtEuro(r.rueckforderung)} zurückgefordert`);
  if (!r.anrechnung.isZero()) teile.push(`${fmtEuro(r.anrechnung)} auf die nächsten Zahlungen angerechnet`);
  const was = teile.length ? `werden ${aufzaehlung(teile)}` : "wird nichts übertragen oder zurückgefordert";
  const nach = r.schlussnachweis ? "Weil das Budget mit diesem Zeitraum endet," : `Nach der Regel ${zitat(RESTE_REGEL_LABELS[r.regel])}`;
  return `Es bleiben ${fmtEuro(r.rest)} übrig. ${nach} ${was}.`;
}

export function pruefAnsicht(r: ReportResult, read?: WorkbookRead): PruefAnsicht {
  // the plan's own findings stand among the report's, marked „Kostenplan:“
  const zeilen = befundZeilen(r.befunde, read).map((z, i) => ({ ...z, text: befundText(r.befunde[i]) }));
  const gruppen = gruppieren(zeilen);
  const c = r.counts;
  const zaehlung =
    zeilen.length === 0
      ? "Keine Befunde."
      : `${SCHWERE_REIHENFOLGE.map((k) => anzahl(c[k], SCHWERE_TITEL[k].eins, SCHWERE_TITEL[k].mehrere)).join(", ")}.`;
  const proPosition = r.summen.proPosition;
  return {
    zeitraum: `${germanDate(r.zeitraum.beginn)} bis ${germanDate(r.zeitraum.ende)}`,
    gruppen,
    anzahlBefunde: zeilen.length,
    zaehlung,
    summen: [
      { label: "Einnahmen", wert: fmtEuro(r.summen.einnahmen) },
      { label: "Ausgaben", wert: fmtEuro(r.summen.ausgaben) },
      { label: "Rest", wert: fmtEuro(r.reste.rest) },
    ],
    resteSatz: resteSatz(r.reste),
    resteBegruendung: r.reste.begruendung,
    planIst: proPosition.map((p) => ({
      label: p.bezeichnung,
      werte: [
        { wert: p.plan.toNumber(), text: fmtEuro(p.plan) },
        { wert: p.ist.toNumber(), text: fmtEuro(p.ist) },
      ],
    })),
    planIstTabelle: proPosition.map((p, i) => ({ key: `${i}`, bezeichnung: p.bezeichnung, plan: fmtEuro(p.plan), ist: fmtEuro(p.ist) })),
    ...(r.summen.ohnePlanposition.isZero() ? {} : { ohnePlanposition: fmtEuro(r.summen.ohnePlanposition) }),
    ...(r.reste.proTraeger.length >= 2
      ? {
          resteJeTraeger: {
            basis: r.reste.basis === "einnahmen" ? "Aufgeteilt nach den Zahlungen, die jeder Träger geleistet hat." : "Aufgeteilt nach den Teilbudgets des Kostenplans.",
            zeilen: r.reste.proTraeger.map((t, i) => ({
              key: `${i}`,
              traeger: t.name,
              rest: fmtEuro(t.rest),
              uebertrag: fmtEuro(t.uebertrag),
              rueckforderung: fmtEuro(t.rueckforderung),
              anrechnung: fmtEuro(t.anrechnung),
            })),
          },
        }
      : {}),
  };
}

/** The figures for the summary sheet, as numbers (the one place where Dec becomes a number). */
export function summaryValues(r: ReportResult): SummaryValues {
  return {
    einnahmen: r.summen.einnahmen.toNumber(),
    ausgaben: r.summen.ausgaben.toNumber(),
    rest: r.reste.rest.toNumber(),
    uebertrag: r.reste.uebertrag.toNumber(),
    rueckforderung: r.reste.rueckforderung.toNumber(),
    anrechnung: r.reste.anrechnung.toNumber(),
    fehler: r.counts.fehler,
    warnung: r.counts.warnung,
    hinweis: r.counts.hinweis,
  };
}
