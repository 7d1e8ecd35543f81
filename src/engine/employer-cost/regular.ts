/**
 * Regular employment liable to social insurance: per branch round2(min(AE, BBG) × employer rate)
 * (BVV § 2 Abs. 1): KV 7.3 % + half the Zusatzbeitrag, PV half (Sachsen: the lower employer share),
 * RV and AV half. U1/U2 on running pay up to the BBG of the RV; InsO only for non-household employers.
 * Workplace in the Beitrittsgebiet (`ost`): the RV/AV ceiling Ost of § 275a SGB VI (until 2024; since 2025 the
 * tables hold the one ceiling for both).
 */
import { ZERO, centsOfHalfPercent, centsOfPercent, min } from "../money";
import type { YearFigures } from "../legal/tables";
import type { EmployerCost, EmployerCostInput } from "./types";
import { type CostContext, contributionBase, emptyAnteile, finish, kasseUmlagenUndUv, NO_TOP_UP } from "./common";

/**
 * The ceiling Ost applies where the year's table sets it (until 2024 its own value, 2025 and 2026 the one
 * ceiling); a year that carries it over provisionally has no ceiling Ost any more (§ 275a SGB VI is gone): the
 * general ceiling, with its overrides, applies.
 */
export function ostCeiling(input: EmployerCostInput, f: YearFigures): boolean {
  return input.ost === true && f.get("bbgRvAvOst").value !== undefined && !f.isProvisional("bbgRvAvOst");
}

export function svPflichtig(input: EmployerCostInput, ctx: CostContext): EmployerCost {
  const f = ctx.figures!;
  const field = ctx.field;
  const ae = contributionBase(input);
  const kvBase = min(ae, f.need("bbgKvPv", field));
  const bbgRv = f.need(ostCeiling(input, f) ? "bbgRvAvOst" : "bbgRvAv", field);
  const rvBase = min(ae, bbgRv);
  const zus = input.zusatzbeitragProzent ?? f.need("kvZusatzDurchschnitt", field);
  const a = emptyAnteile();
  a.kv = centsOfHalfPercent(kvBase, f.need("kvAllgemein", field));
  a.kvZusatz = centsOfHalfPercent(kvBase, zus);
  a.pv = input.sachsen ? centsOfPercent(kvBase, f.need("pvAgSachsen", field)) : centsOfHalfPercent(kvBase, f.need("pv", field));
  a.rv = centsOfHalfPercent(rvBase, f.need("rv", field));
  a.av = centsOfHalfPercent(rvBase, f.need("av", field));
  kasseUmlagenUndUv(input, min(input.brutto, bbgRv), a, ctx, { uvLabel: "Unfallkasse" });
  a.inso = input.privathaushalt === false ? centsOfPercent(rvBase, f.need("insolvenzgeldumlage", field)) : ZERO;
  return finish(input, a, NO_TOP_UP, ctx);
}
