/** The Pflegeversicherung of the plan for the Kostenplan view: the engine's German sentences and one row per stretch of months. */
import { pflegeText, type PflegeErgebnis, type PflegeText, type PflegeZeile } from "../../engine";

export interface PflegeAnsicht extends Omit<PflegeText, "zeilen"> {
  zeilen: (PflegeZeile & { key: string })[];
  /** Columns only shown when they hold something. */
  mitKombination: boolean;
  /** The offset column (`anrechnung`); a Teilbudget is the Pflegegeld itself, shown with the Teilbudgets. */
  mitAnrechnung: boolean;
  mitEntlastung: boolean;
}

export function pflegeAnsicht(e: PflegeErgebnis): PflegeAnsicht {
  const t = pflegeText(e);
  return {
    ...t,
    zeilen: t.zeilen.map((z, i) => ({ ...z, key: `${i}` })),
    mitKombination: t.zeilen.some((z) => z.sachleistung !== undefined),
    mitAnrechnung: e.angaben.verwendung === "anrechnung",
    mitEntlastung: t.zeilen.some((z) => z.entlastungsbetrag !== undefined),
  };
}
