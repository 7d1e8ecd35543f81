import { fmt } from "../money";
import { ANTEIL_KEYS, type EmployerCost } from "./types";
import type { Befund } from "../findings";

export interface EmployerCostJson {
  art: string;
  brutto: string;
  einmalzahlung: string;
  zuschlaegeSvFrei: string;
  zuschlaegeSvPflichtig: string;
  zuschlaege?: { art: string; stunden: string; prozent: string; betrag: string; steuerfrei: string; svFrei: string; svPflichtig: string }[];
  anteile: Record<string, string>;
  arbeitgeberanteile: string;
  gesamt: string;
  arbeitnehmer: { rvAufstockung: string };
  bemessung?: { be: string; beAn: string };
  befunde?: Befund[];
}

/** The shape of `budget arbeitgeberkosten --json` (items not due are "0.00"). */
export function employerCostJson(c: EmployerCost, withFindings = true): EmployerCostJson {
  const anteile: Record<string, string> = {};
  for (const k of ANTEIL_KEYS) anteile[k] = fmt(c.anteile[k]);
  const out: EmployerCostJson = {
    art: c.art,
    brutto: fmt(c.brutto),
    einmalzahlung: fmt(c.einmalzahlung),
    zuschlaegeSvFrei: fmt(c.zuschlaegeSvFrei),
    zuschlaegeSvPflichtig: fmt(c.zuschlaegeSvPflichtig),
    anteile,
    arbeitgeberanteile: fmt(c.arbeitgeberanteile),
    gesamt: fmt(c.gesamt),
    arbeitnehmer: { rvAufstockung: fmt(c.arbeitnehmer.rvAufstockung) },
  };
  if (c.zuschlaege.length) {
    out.zuschlaege = c.zuschlaege.map((z) => ({
      art: z.art,
      stunden: z.stunden.toFixed(),
      prozent: z.prozent.toFixed(),
      betrag: fmt(z.betrag),
      steuerfrei: fmt(z.steuerfrei),
      svFrei: fmt(z.svFrei),
      svPflichtig: fmt(z.svPflichtig),
    }));
  }
  if (c.bemessung) out.bemessung = { be: fmt(c.bemessung.be), beAn: fmt(c.bemessung.beAn) };
  if (withFindings) out.befunde = c.befunde;
  return out;
}
