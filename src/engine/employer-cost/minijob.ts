/**
 * Minijobs: flat employer charges on the monthly pay (§ 249b SGB V, § 172 SGB VI, § 40a EStG),
 * Umlagen U1/U2 of the Minijob-Zentrale, each line rounded half-up to cents per month.
 */
import { ZERO, cents, centsOfPercent, max } from "../money";
import type { EmployerCost, EmployerCostInput } from "./types";
import { type CostContext, contributionBase, emptyAnteile, finish, uvFlat } from "./common";

/** Employee's own RV top-up: full rate on at least the Mindestbemessungsgrundlage, minus the employer's flat RV. */
function rvAufstockung(input: EmployerCostInput, ctx: CostContext, base: ReturnType<typeof contributionBase>, employerRv: ReturnType<typeof cents>) {
  if (input.rvBefreit) return ZERO;
  const f = ctx.figures!;
  const full = centsOfPercent(max(base, f.need("rvMindestbemessungsgrundlage", ctx.field)), f.need("rv", ctx.field));
  return max(full.sub(employerRv), ZERO);
}

export function minijobPrivat(input: EmployerCostInput, ctx: CostContext): EmployerCost {
  const f = ctx.figures!;
  const base = contributionBase(input);
  const a = emptyAnteile();
  a.kv = input.kvPrivat ? ZERO : centsOfPercent(base, f.need("minijobHaushaltKv", ctx.field));
  a.rv = centsOfPercent(base, f.need("minijobHaushaltRv", ctx.field));
  a.pauschsteuer = input.pauschsteuerArbeitgeber === false ? ZERO : centsOfPercent(base, f.need("minijobPauschsteuer", ctx.field));
  a.uv = centsOfPercent(base, f.need("minijobHaushaltUv", ctx.field));
  // Umlagen only on running pay; the Minijob-Zentrale's rates unless the workbook says otherwise.
  a.u1 = centsOfPercent(input.brutto, input.u1Prozent ?? f.need("minijobU1", ctx.field));
  a.u2 = centsOfPercent(input.brutto, input.u2Prozent ?? f.need("minijobU2", ctx.field));
  const top = rvAufstockung(input, ctx, base, a.rv);
  return finish(input, a, { rvAufstockung: top }, ctx);
}

export function minijobGewerblich(input: EmployerCostInput, ctx: CostContext): EmployerCost {
  const f = ctx.figures!;
  const base = contributionBase(input);
  const a = emptyAnteile();
  a.kv = input.kvPrivat ? ZERO : centsOfPercent(base, f.need("minijobGewerblichKv", ctx.field));
  a.rv = centsOfPercent(base, f.need("minijobGewerblichRv", ctx.field));
  a.pauschsteuer = input.pauschsteuerArbeitgeber === false ? ZERO : centsOfPercent(base, f.need("minijobPauschsteuer", ctx.field));
  a.u1 = centsOfPercent(input.brutto, input.u1Prozent ?? f.need("minijobU1", ctx.field));
  a.u2 = centsOfPercent(input.brutto, input.u2Prozent ?? f.need("minijobU2", ctx.field));
  // A commercial employer owes the Insolvenzgeldumlage unless the workbook says it is a private household.
  a.inso = input.privathaushalt === true ? ZERO : centsOfPercent(base, f.need("insolvenzgeldumlage", ctx.field));
  uvFlat(input, a, ctx, "Berufsgenossenschaft");
  const top = rvAufstockung(input, ctx, base, a.rv);
  return finish(input, a, { rvAufstockung: top }, ctx);
}
