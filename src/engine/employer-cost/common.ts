import { Dec, ZERO, cents, centsOfPercent } from "../money";
import type { Befund } from "../findings";
import type { YearFigures } from "../legal/tables";
import { ANTEIL_KEYS, type Anteile, type EmployerCost, type EmployerCostInput } from "./types";

export function emptyAnteile(): Anteile {
  const a = {} as Anteile;
  for (const k of ANTEIL_KEYS) a[k] = ZERO;
  return a;
}

/** The context a computation reports into: the field name for messages and the findings list. */
export interface CostContext {
  field: string;
  figures: YearFigures | undefined;
  befunde: Befund[];
}

/** An input of the employer cost, by its key in the exchange formats (u1Prozent). */
export type InputKey = keyof EmployerCostInput;

/**
 * An input that brings the caller's own names of its fields for messages: the command line names u1Prozent
 * „--u1“. Without them a message starts with the context's field (a plan position) and names the keys.
 */
export interface NamedCostInput extends EmployerCostInput {
  names?: (key: InputKey) => string;
}

/** How a message names one input: the caller's name, else its key. */
export function inputName(input: NamedCostInput, key: InputKey): string {
  return input.names ? input.names(key) : key;
}

/** Where a message about the inputs `keys` starts: the caller's names of them, else the field of the whole input. */
function about(input: NamedCostInput, ctx: CostContext, ...keys: InputKey[]): string {
  return input.names ? keys.map(input.names).join(", ") : ctx.field;
}

export function contributionBase(input: EmployerCostInput): Dec {
  return input.einmalzahlungMonat ? input.brutto.add(input.einmalzahlungMonat) : input.brutto;
}

/** Umlagen of the Krankenkasse and the Unfallkasse fee: inputs without a sensible default (0 with a hint). */
export function kasseUmlagenUndUv(
  input: NamedCostInput,
  umlageBase: Dec,
  a: Anteile,
  ctx: CostContext,
  what: { uvLabel: string },
): void {
  if (input.u1Prozent === undefined || input.u2Prozent === undefined) {
    ctx.befunde.push({
      regel: "umlagen-fehlen",
      schwere: "hinweis",
      text: `${about(input, ctx, "u1Prozent", "u2Prozent")}: Umlagesätze U1/U2 der Krankenkasse fehlen – mit 0 gerechnet. Tragen Sie ${inputName(input, "u1Prozent")} und ${inputName(input, "u2Prozent")} ein.`,
    });
  }
  a.u1 = input.u1Prozent ? centsOfPercent(umlageBase, input.u1Prozent) : ZERO;
  a.u2 = input.u2Prozent ? centsOfPercent(umlageBase, input.u2Prozent) : ZERO;
  uvFlat(input, a, ctx, what.uvLabel);
}

export function uvFlat(input: NamedCostInput, a: Anteile, ctx: CostContext, uvLabel: string): void {
  if (input.uvJahr === undefined) {
    ctx.befunde.push({
      regel: "uv-fehlt",
      schwere: "hinweis",
      text: `${about(input, ctx, "uvJahr")}: Beitrag zur ${uvLabel} fehlt – mit 0 gerechnet. Tragen Sie ${inputName(input, "uvJahr")} (EUR je Jahr und Beschäftigten) ein.`,
    });
  }
  a.uv = input.uvJahr ? cents(input.uvJahr.div(12)) : ZERO;
}

export function finish(
  input: EmployerCostInput,
  a: Anteile,
  arbeitnehmer: { rvAufstockung: Dec },
  ctx: CostContext,
  bemessung?: { be: Dec; beAn: Dec },
): EmployerCost {
  const einmal = input.einmalzahlungMonat ?? ZERO;
  const sfn = input.zuschlaegeSvFrei ?? ZERO;
  const paid = einmal.isZero() && sfn.isZero() ? input.brutto : input.brutto.add(einmal).add(sfn);
  let ag = ZERO;
  for (const k of ANTEIL_KEYS) if (!a[k].isZero()) ag = ag.add(a[k]);
  return {
    art: input.art,
    brutto: input.brutto,
    einmalzahlung: einmal,
    zuschlaegeSvFrei: sfn,
    zuschlaegeSvPflichtig: ZERO,
    zuschlaege: [],
    anteile: a,
    arbeitgeberanteile: ag,
    gesamt: paid.add(ag),
    arbeitnehmer,
    ...(bemessung ? { bemessung } : {}),
    befunde: ctx.befunde,
  };
}

export const NO_TOP_UP = { rvAufstockung: ZERO };
