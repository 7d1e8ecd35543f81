import { fmt } from "../money";
import { ANTEIL_KEYS, type EmployerCost } from "./types";
import type { Befund } from "../findings";

export interface EmployerCostJson {
  art: string;
  brutto: string;
  einmalzahlung: string;
  zuschlaegeSvFrei: string;
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
    anteile,
    arbeitgeberanteile: fmt(c.arbeitgeberanteile),
    gesamt: fmt(c.gesamt),
    arbeitnehmer: { rvAufstockung: fmt(c.arbeitnehmer.rvAufstockung) },
  };
  if (c.bemessung) out.bemessung = { be: fmt(c.bemessung.be), beAn: fmt(c.bemessung.beAn) };
  if (withFindings) out.befunde = c.befunde;
  return out;
}
