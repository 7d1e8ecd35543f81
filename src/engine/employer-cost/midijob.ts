/**
 * Übergangsbereich (§ 20 Abs. 2, 2a SGB IV, rules since 1.10.2022):
 *   BE    = F×G + (OG − F×G)/(OG − G) × (AE − G)     (contribution basis of the total contribution)
 *   BE_AN = OG/(OG − G) × (AE − G)                    (basis of the employee share, § 20 Abs. 2a S. 6)
 * each rounded half-up to cents (§ 20 Abs. 2a: §§ 121, 123 SGB VI). Per branch (BVV § 2 Abs. 2 S. 1, 3, 4):
 * total = 2 × round2(BE × rate/2), employee = round2(BE_AN × rate/2), employer = total − employee.
 *
 * Sachsen, PV (§ 58 Abs. 5 SGB XI with § 249 Abs. 3 SGB V): the employer's share is computed with the rate
 * reduced by one point: 2 × round2(BE × (rate − 1)/2) − round2(BE_AN × (rate − 1)/2); the employee carries the
 * rest of the total. At AE = OG this is the regular Sachsen split (employer 1,3 % of 3,6 %).
 *
 * A month outside the band is computed by the rules of that pay (§ 20 Abs. 2a S. 1 only covers pay up to OG):
 * above OG as regular employment; up to G, BE = F × AE and the employer carries the whole contribution
 * (BVV § 2 Abs. 2 S. 2 and 5). Umlagen on the actual pay.
 */
import { Dec, ZERO, cents, centsOfHalfPercent, centsOfPercent, rateMinus } from "../money";
import type { YearFigures } from "../legal/tables";
import type { EmployerCost, EmployerCostInput } from "./types";
import { type CostContext, contributionBase, emptyAnteile, finish, kasseUmlagenUndUv, NO_TOP_UP } from "./common";
import { svPflichtig } from "./regular";

interface Band {
  g: Dec;
  og: Dec;
  fg: Dec; // F × G
  ogMinusFg: Dec; // OG − F × G
  width: Dec; // OG − G
}

const bands = new WeakMap<YearFigures, Band>();

function band(f: YearFigures, field: string): Band {
  let b = bands.get(f);
  if (!b) {
    const g = f.need("geringfuegigkeitsgrenze", field);
    const og = f.need("uebergangsbereichObergrenze", field);
    const fg = f.need("faktorF", field).mul(g);
    b = { g, og, fg, ogMinusFg: og.sub(fg), width: og.sub(g) };
    bands.set(f, b);
  }
  return b;
}

/** Beitragspflichtige Einnahmen; multiply first, divide last, so the cent rounding sees the exact value. */
export function bemessungsgrundlagen(ae: Dec, f: YearFigures, field: string): { be: Dec; beAn: Dec } {
  const b = band(f, field);
  const over = ae.sub(b.g);
  return {
    be: cents(b.fg.add(b.ogMinusFg.mul(over).div(b.width))),
    beAn: cents(b.og.mul(over).div(b.width)),
  };
}

/** Total = 2 × round2(BE × rate/2); employee = round2(BE_AN × rate/2); employer = the difference. */
function employerShare(be: Dec, beAn: Dec, rate: Dec): Dec {
  const half = centsOfHalfPercent(be, rate);
  return half.add(half).sub(centsOfHalfPercent(beAn, rate));
}

export function midijob(input: EmployerCostInput, ctx: CostContext): EmployerCost {
  const f = ctx.figures!;
  const field = ctx.field;
  const ae = contributionBase(input);
  const b = band(f, field);
  if (ae.gt(b.og)) return svPflichtig(input, ctx);
  if (ae.lte(b.g)) return belowBand(input, ae, ctx);
  const { be, beAn } = bemessungsgrundlagen(ae, f, field);
  const kv = f.need("kvAllgemein", field);
  const zus = input.zusatzbeitragProzent ?? f.need("kvZusatzDurchschnitt", field);
  const pv = f.need("pv", field);
  const rv = f.need("rv", field);
  const av = f.need("av", field);
  const a = emptyAnteile();
  a.kv = employerShare(be, beAn, kv);
  a.kvZusatz = employerShare(be, beAn, zus);
  // Sachsen: the employer's share with the rate less one point (§ 58 Abs. 5 SGB XI)
  a.pv = employerShare(be, beAn, input.sachsen ? rateMinus(pv, 1) : pv);
  a.rv = employerShare(be, beAn, rv);
  a.av = employerShare(be, beAn, av);
  const umlageBase = input.brutto;
  kasseUmlagenUndUv(input, umlageBase, a, ctx, { uvLabel: "Unfallkasse" });
  a.inso = input.privathaushalt === false ? centsOfPercent(ae, f.need("insolvenzgeldumlage", field)) : ZERO;
  return finish(input, a, NO_TOP_UP, ctx, { be, beAn });
}

/** A month with pay up to the Geringfügigkeitsgrenze: BE = F × AE, all of it the employer's (BVV § 2 Abs. 2 S. 2, 5). */
function belowBand(input: EmployerCostInput, ae: Dec, ctx: CostContext): EmployerCost {
  const f = ctx.figures!;
  const field = ctx.field;
  const be = cents(f.need("faktorF", field).mul(ae));
  const full = (rate: Dec) => {
    const half = centsOfHalfPercent(be, rate);
    return half.add(half);
  };
  const a = emptyAnteile();
  a.kv = full(f.need("kvAllgemein", field));
  a.kvZusatz = full(input.zusatzbeitragProzent ?? f.need("kvZusatzDurchschnitt", field));
  a.pv = full(f.need("pv", field));
  a.rv = full(f.need("rv", field));
  a.av = full(f.need("av", field));
  kasseUmlagenUndUv(input, input.brutto, a, ctx, { uvLabel: "Unfallkasse" });
  a.inso = input.privathaushalt === false ? centsOfPercent(ae, f.need("insolvenzgeldumlage", field)) : ZERO;
  return finish(input, a, NO_TOP_UP, ctx, { be, beAn: ZERO });
}
