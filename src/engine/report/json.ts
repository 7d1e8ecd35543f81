/** The result JSON of a checked Verwendungsnachweis (verwendungsnachweis.md), amounts as decimal strings. */
import { fmt } from "../money";
import { isoDate, isoMonth } from "../dates";
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
      basis: r.reste.basis,
      proTraeger: r.reste.proTraeger.map((t) => ({
        traeger: t.traeger,
        name: t.name,
        grundlage: fmt(t.grundlage),
        rest: fmt(t.rest),
        uebertrag: fmt(t.uebertrag),
        rueckforderung: fmt(t.rueckforderung),
        anrechnung: fmt(t.anrechnung),
      })),
    },
    zahlungen: {
      art: r.zahlungen.art,
      ausstehend: fmt(r.zahlungen.ausstehend),
      erwartet: r.zahlungen.zahlungen.map((z) => ({
        traeger: z.traeger,
        name: z.name,
        faellig: isoDate(z.faellig),
        spaetestens: isoDate(z.spaetestens),
        von: isoMonth(z.von),
        bis: isoMonth(z.bis),
        soll: fmt(z.soll),
        ist: fmt(z.ist),
        eingaenge: z.eingaenge.map((e) => ({ zeile: e.zeile, datum: isoDate(e.datum), betrag: fmt(e.betrag), art: e.art })),
        status: [...z.status],
      })),
    },
    kette: {
      ...(r.kette.aktenzeichen ? { aktenzeichen: r.kette.aktenzeichen } : {}),
      uebertragGebucht: fmt(r.kette.uebertragGebucht),
      vorperiode: r.kette.vorperiode,
    },
  };
}

export type ReportResultJson = ReturnType<typeof reportResultJson>;
