/**
 * Übergangsbereich (§ 20 Abs. 2, 2a SGB IV, rules since 1.10.2022):
 *   BE    = F×G + (OG − F×G)/(OG − G) × (AE − G)     (contribution basis of the total contribution)
 *   BE_AN = OG/(OG − G) × (AE − G)                    (basis of the employee share)
 * each rounded half-up to cents. Per branch: total = 2 × round2(BE × rate/2) (BVV § 2 Abs. 1),
 * employee = round2(BE_AN × employee rate), employer = total − employee. Umlagen on the actual pay.
 */
import { Dec, ZERO, cents, centsOfHalfPercent, centsOfPercent } from "../money";
import type { YearFigures } from "../legal/tables";
import type { EmployerCost, EmployerCostInput } from "./types";
import { type CostContext, contributionBase, emptyAnteile, finish, kasseUmlagenUndUv, NO_TOP_UP } from "./common";

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

/** Total = 2 × round2(BE × rate/2); employee = round2(BE_AN × employee rate); employer = the difference. */
function employerShare(be: Dec, beAn: Dec, rate: Dec, employeeShare: Dec | null): Dec {
  const half = centsOfHalfPercent(be, rate);
  const an = employeeShare ? centsOfPercent(beAn, employeeShare) : centsOfHalfPercent(beAn, rate);
  return half.add(half).sub(an);
}

export function midijob(input: EmployerCostInput, ctx: CostContext): EmployerCost {
  const f = ctx.figures!;
  const field = ctx.field;
  const ae = contributionBase(input);
  const { be, beAn } = bemessungsgrundlagen(ae, f, field);
  const kv = f.need("kvAllgemein", field);
  const zus = input.zusatzbeitragProzent ?? f.need("kvZusatzDurchschnitt", field);
  const pv = f.need("pv", field);
  const rv = f.need("rv", field);
  const av = f.need("av", field);
  // Sachsen: the employee carries a larger PV share; the total stays the full rate.
  const pvEmployee = input.sachsen ? pv.sub(f.need("pvAgSachsen", field)) : null;
  const a = emptyAnteile();
  a.kv = employerShare(be, beAn, kv, null);
  a.kvZusatz = employerShare(be, beAn, zus, null);
  a.pv = employerShare(be, beAn, pv, pvEmployee);
  a.rv = employerShare(be, beAn, rv, null);
  a.av = employerShare(be, beAn, av, null);
  if (input.sachsen) {
    ctx.befunde.push({
      regel: "sachsen-uebergangsbereich",
      schwere: "hinweis",
      text: `${field}: Pflegeversicherung in Sachsen im Übergangsbereich: Arbeitnehmeranteil mit dem sächsischen Satz auf BE_AN gerechnet (Verteilung nicht amtlich bestätigt).`,
    });
  }
  const umlageBase = input.brutto;
  kasseUmlagenUndUv(input, umlageBase, a, ctx, { uvLabel: "Unfallkasse" });
  a.inso = input.privathaushalt === false ? centsOfPercent(ae, f.need("insolvenzgeldumlage", field)) : ZERO;
  return finish(input, a, NO_TOP_UP, ctx, { be, beAn });
}
