/** The result JSON of a checked Verwendungsnachweis (verwendungsnachweis.md), amounts as decimal strings. */
import { fmt } from "../money";
import { isoDate } from "../dates";
import type { ReportResult } from "./types";

export function reportResultJson(r: ReportResult) {
  const proPosition: Record<string, { plan: string; ist: string }> = {};
  for (const p of r.summen.proPosition) proPosition[p.bezeichnung] = { plan: fmt(p.plan), ist: fmt(p.ist) };
  const proMonat: Record<string, string> = {};
  for (const m of r.summen.proMonat) proMonat[m.monat] = fmt(m.ausgaben);
  return {
    format: "verwendungsnachweis-ergebnis/1",
    zeitraum: { beginn: isoDate(r.zeitraum.beginn), ende: isoDate(r.zeitraum.ende) },
    counts: { ...r.counts },
    befunde: r.befunde.map((b) => ({ ...b, ...(b.ort ? { ort: { ...b.ort } } : {}) })),
    summen: {
      einnahmen: fmt(r.summen.einnahmen),
      ausgaben: fmt(r.summen.ausgaben),
      rest: fmt(r.summen.einnahmen.sub(r.summen.ausgaben)),
      proPosition,
      ohnePlanposition: fmt(r.summen.ohnePlanposition),
      proMonat,
    },
    reste: {
      regel: r.reste.regel,
      schlussnachweis: r.reste.schlussnachweis,
      nachweisart: r.reste.nachweisart,
      monatsbudget: fmt(r.reste.monatsbudget),
      rest: fmt(r.reste.rest),
      uebertrag: fmt(r.reste.uebertrag),
      rueckforderung: fmt(r.reste.rueckforderung),
      anrechnung: fmt(r.reste.anrechnung),
      begruendung: r.reste.begruendung,
    },
  };
}

export type ReportResultJson = ReturnType<typeof reportResultJson>;
