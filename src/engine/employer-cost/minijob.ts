/**
 * Minijobs: flat employer charges on the monthly pay (§ 249b SGB V, § 172 SGB VI, § 40a EStG),
 * Umlagen U1/U2 of the Minijob-Zentrale, each line rounded half-up to cents per month.
 */
import { ZERO, centsOfPercent, max, rateMinus, type Dec } from "../money";
import type { EmployerCost, EmployerCostInput } from "./types";
import { type CostContext, contributionBase, emptyAnteile, finish, uvFlat } from "./common";

/**
 * The employee's own RV share (§ 168 Abs. 1 Nr. 1b/1c SGB VI: the employer pays its flat share of the pay,
 * „im Übrigen“ the employee). BVV § 2 Abs. 1 S. 3: shares not borne half and half are computed and rounded
 * separately, so the employee's share is round2(AE × (rate − employer rate)). Below the minimum basis of
 * § 163 Abs. 8 SGB VI (175 €), BVV § 2 Abs. 1 S. 5: the full rate on 175 €, less the employer's rounded share.
 * The minimum is not applied to a Minijob held beside a versicherungspflichtige Hauptbeschäftigung (the
 * Spitzenverbände's Geringfügigkeits-Richtlinien; not in the statute's wording): `hauptbeschaeftigung`.
 */
function rvAufstockung(input: EmployerCostInput, ctx: CostContext, base: Dec, employerRv: Dec, employerRate: Dec): Dec {
  if (input.rvBefreit) return ZERO;
  const f = ctx.figures!;
  const rv = f.need("rv", ctx.field);
  const minimum = f.need("rvMindestbemessungsgrundlage", ctx.field);
  if (input.hauptbeschaeftigung || base.gte(minimum)) return max(centsOfPercent(base, rateMinus(rv, employerRate)), ZERO);
  return max(centsOfPercent(minimum, rv).sub(employerRv), ZERO);
}

export function minijobPrivat(input: EmployerCostInput, ctx: CostContext): EmployerCost {
  const f = ctx.figures!;
  const base = contributionBase(input);
  const a = emptyAnteile();
  a.kv = input.kvPrivat ? ZERO : centsOfPercent(base, f.need("minijobHaushaltKv", ctx.field));
  const rvRate = f.need("minijobHaushaltRv", ctx.field);
  a.rv = centsOfPercent(base, rvRate);
  a.pauschsteuer = input.pauschsteuerArbeitgeber === false ? ZERO : centsOfPercent(base, f.need("minijobPauschsteuer", ctx.field));
  a.uv = centsOfPercent(base, f.need("minijobHaushaltUv", ctx.field));
  // Umlagen only on running pay; the Minijob-Zentrale's rates unless the workbook says otherwise.
  a.u1 = centsOfPercent(input.brutto, input.u1Prozent ?? f.need("minijobU1", ctx.field));
  a.u2 = centsOfPercent(input.brutto, input.u2Prozent ?? f.need("minijobU2", ctx.field));
  const top = rvAufstockung(input, ctx, base, a.rv, rvRate);
  return finish(input, a, { rvAufstockung: top }, ctx);
}

export function minijobGewerblich(input: EmployerCostInput, ctx: CostContext): EmployerCost {
  const f = ctx.figures!;
  const base = contributionBase(input);
  const a = emptyAnteile();
  a.kv = input.kvPrivat ? ZERO : centsOfPercent(base, f.need("minijobGewerblichKv", ctx.field));
  const rvRate = f.need("minijobGewerblichRv", ctx.field);
  a.rv = centsOfPercent(base, rvRate);
  a.pauschsteuer = input.pauschsteuerArbeitgeber === false ? ZERO : centsOfPercent(base, f.need("minijobPauschsteuer", ctx.field));
  a.u1 = centsOfPercent(input.brutto, input.u1Prozent ?? f.need("minijobU1", ctx.field));
  a.u2 = centsOfPercent(input.brutto, input.u2Prozent ?? f.need("minijobU2", ctx.field));
  // A commercial employer owes the Insolvenzgeldumlage unless the workbook says it is a private household.
  a.inso = input.privathaushalt === true ? ZERO : centsOfPercent(base, f.need("insolvenzgeldumlage", ctx.field));
  uvFlat(input, a, ctx, "Berufsgenossenschaft");
  const top = rvAufstockung(input, ctx, base, a.rv, rvRate);
  return finish(input, a, { rvAufstockung: top }, ctx);
}
