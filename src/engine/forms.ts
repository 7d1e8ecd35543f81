/**
 * Small figures a person filling the official forms needs: the Obergrenze comparison as a status, the
 * share of administration costs usable without receipts (LWL: 15 %), weekly → monthly hours (52/12).
 */
import { Dec, centsOfPercent, fmtEuro, type Dec as DecT } from "./money";
import type { Ratio } from "./plan/types";

/** § 29 Abs. 2 S. 7 SGB IX: headroom = cost of the Sachleistung − monthly budget (negative = exceeded). */
export function obergrenzeVergleich(monatsbudget: DecT, kostenSachleistung: DecT): { differenz: DecT; status: string } {
  const differenz = kostenSachleistung.sub(monatsbudget);
  const status = differenz.isNegative()
    ? `Obergrenze überschritten um ${fmtEuro(differenz.neg())} – nach § 29 Abs. 2 S. 7 SGB IX ist eine Begründung nötig.`
    : differenz.isZero()
      ? "Obergrenze genau erreicht."
      : `Obergrenze eingehalten – ${fmtEuro(differenz)} Spielraum.`;
  return { differenz, status };
}

/** LWL rule: share of the monthly administration costs usable for Sachkosten without receipts (default 15 %). */
export const SACHKOSTEN_OHNE_BELEG_PROZENT = new Dec(15);

export function sachkostenOhneBeleg(verwaltungskosten: DecT, prozent: DecT = SACHKOSTEN_OHNE_BELEG_PROZENT): DecT {
  return centsOfPercent(verwaltungskosten, prozent);
}

/** kostenplan.md: per week → per month with wochenProMonat (default 52/12). Exact, no rounding. */
export const WOCHEN_PRO_MONAT: Ratio = { num: new Dec(52), den: new Dec(12) };

export function wochenstundenMonat(stundenProWoche: DecT, wochenProMonat: Ratio = WOCHEN_PRO_MONAT): DecT {
  return stundenProWoche.mul(wochenProMonat.num).div(wochenProMonat.den);
}

/** A yearly one-off payment as the monthly share payroll spreads it (cents): the basis of its contributions. */
export function einmalzahlungMonat(einmalzahlungJahr: DecT): DecT {
  return einmalzahlungJahr.div(12).toDecimalPlaces(2, Dec.ROUND_HALF_UP);
}
