/**
 * A flat employer share agreed with the Träger: one percentage covers every contribution and Umlage
 * (U1, U2); only the Unfallkasse fee (uvJahr) comes on top. Needs no legal table.
 */
import { ZERO, cents, centsOfPercent } from "../money";
import { InputError } from "../errors";
import type { EmployerCost, EmployerCostInput } from "./types";
import { type CostContext, contributionBase, emptyAnteile, finish, NO_TOP_UP } from "./common";

export function pauschal(input: EmployerCostInput, ctx: CostContext): EmployerCost {
  if (input.arbeitgeberanteilProzent === undefined) {
    throw new InputError(
      `${ctx.field}: Für „pauschal“ fehlt arbeitgeberanteilProzent (der mit dem Träger vereinbarte Arbeitgeberanteil in %).`,
      `${ctx.field}.arbeitgeberanteilProzent`,
    );
  }
  const a = emptyAnteile();
  a.pauschal = centsOfPercent(contributionBase(input), input.arbeitgeberanteilProzent);
  a.uv = input.uvJahr ? cents(input.uvJahr.div(12)) : ZERO;
  return finish(input, a, NO_TOP_UP, ctx);
}
