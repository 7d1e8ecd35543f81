/**
 * The Pflegeversicherung's share of a plan (kostenplan/1 key `pflege`): the Pflegegeld of a Pflegegrad
 * (§ 37 Abs. 1 SGB XI), either offset against the budget another Träger pays (`anrechnung`) or paid by the
 * Pflegekasse as its Teilbudget of a trägerübergreifendes budget (`teilbudget`, § 35a SGB XI), reduced by the
 * share of the Pflegesachleistung used beside it (Kombinationsleistung, § 38 SGB XI); the Entlastungsbetrag
 * (§ 45b SGB XI) is shown apart. The figures are the yearly tables' (pflegegeld2 … entlastungsbetrag).
 */
import type { Dec } from "../money";
import type { YearMonth } from "../dates";

/** The Pflegegrade with Pflegegeld (§ 37 Abs. 1 S. 1 SGB XI), as the codes of the vocabulary. */
export const PFLEGEGRADE = ["2", "3", "4", "5"] as const;
export type PflegegradCode = (typeof PFLEGEGRADE)[number];

export const PFLEGE_VERWENDUNGEN = ["anrechnung", "teilbudget"] as const;
export type PflegeVerwendung = (typeof PFLEGE_VERWENDUNGEN)[number];

/** The keys of the plan's `pflege` object. */
export const PFLEGE_KEYS = ["pflegegrad", "verwendung", "traeger", "anrechnungTraeger", "kombinationProzent", "anrechnungProzent", "entlastungsbetrag"] as const;

export interface PflegeAngaben {
  pflegegrad: PflegegradCode;
  verwendung: PflegeVerwendung;
  /** The Pflegekasse's id in the plan's Träger list (required for `teilbudget`). */
  traeger?: string;
  /**
   * The Träger whose share the Pflegegeld reduces: with `anrechnung` the one who offsets it, with `teilbudget`
   * the one whose need the Pflegekasse's Teilbudget covers. Given, or the only other Träger with positions.
   */
  anrechnungTraeger?: string;
  /** Share of the Pflegesachleistung used beside the Pflegegeld, in percent (§ 38 S. 2 SGB XI); 0 = none. */
  kombinationProzent: Dec;
  /** Share of the Pflegegeld the Träger offsets, in percent (its decision); 100 unless given. */
  anrechnungProzent: Dec;
  /** Whether `anrechnungProzent` was given (it means nothing for a Teilbudget: a hint says so). */
  anrechnungProzentAngegeben: boolean;
  /** Show the Entlastungsbetrag (§ 45b SGB XI) beside the plan, never in it. */
  entlastungsbetrag: boolean;
}

/** One plan month of the Pflegeversicherung, with the figures valid on the month's first day. */
export interface PflegeMonat {
  monat: YearMonth;
  /** The Pflegegeld of the Pflegegrad by § 37 Abs. 1 SGB XI. */
  pflegegeldGesetzlich: Dec;
  /** What the Pflegekasse pays: the Pflegegeld less the share of the Sachleistung used (§ 38 S. 2), in cents. */
  pflegegeld: Dec;
  /**
   * `anrechnung`: the part the Träger deducts from the budget (anrechnungProzent of `pflegegeld`), in cents; at
   * most the month's need it reduces (rounding point „Bedarf als Obergrenze“).
   */
  angerechnet?: Dec;
  /** `teilbudget`: the Pflegekasse's Teilbudget in the month: its Pflegegeld, at most the need it covers, in cents. */
  teilbudget?: Dec;
  /** Only in a month where the offset / Teilbudget was capped at the need: the part above it, no budget money. */
  ueberBedarf?: Dec;
  /** The Sachleistung's monthly maximum of the Pflegegrad (§ 36 Abs. 3), with a Kombinationsleistung. */
  sachleistungHoechstbetrag?: Dec;
  /** Its share used beside the Pflegegeld (kombinationProzent of the maximum), in cents: outside the budget. */
  sachleistungAnteil?: Dec;
  /** The Entlastungsbetrag's monthly maximum (§ 45b Abs. 1), when shown. */
  entlastungsbetrag?: Dec;
}

export interface PflegeErgebnis {
  angaben: PflegeAngaben;
  /** Name of the Pflegekasse (from the Träger list) and of the Träger whose share the Pflegegeld reduces. */
  traegerName?: string;
  anrechnungTraegerName?: string;
  monate: PflegeMonat[];
  /** Sums over the period. */
  pflegegeldZeitraum: Dec;
  angerechnetZeitraum?: Dec;
  /** `teilbudget`: the Pflegekasse's Teilbudget over the period (its Pflegegeld, capped at the need month by month). */
  teilbudgetZeitraum?: Dec;
  entlastungsbetragZeitraum?: Dec;
}
