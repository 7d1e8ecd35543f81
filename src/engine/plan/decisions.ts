/**
 * The caseworker's decisions on a plan: values recognised differently from what was applied for
 * (anerkannt vs beantragt), an agreed amount that differs from the calculated need, and the justification of
 * an Obergrenze exceedance. Each stays visible next to what the budget holder applied for; a decision without
 * its reason is a warning, because a Bescheid must give its reasons (§ 35 Abs. 1 SGB X).
 */
import { Dec, cents, fmtDe, fmtEuro } from "../money";
import { befund, type Befund } from "../findings";
import type { Bemessung, Plan, PlanPosition } from "./types";

const WERT_LABEL = { menge: "Menge", preis: "Preis", prozent: "Prozentsatz" } as const;

function wertOf(b: Bemessung, k: keyof typeof WERT_LABEL): Dec | undefined {
  if (k === "prozent") return b.kind === "prozent" ? b.prozent : undefined;
  return b.kind === "menge" ? b[k] : undefined;
}

const show = (k: keyof typeof WERT_LABEL, x: Dec) => (k === "preis" ? fmtEuro(x) : k === "prozent" ? `${fmtDe(x, 2)} %` : fmtDe(x, 2));

/** One finding per position whose values the caseworker recognised differently. */
export function anerkanntBefunde(p: PlanPosition): Befund[] {
  if (!p.anerkannt || !p.beantragt) return [];
  const diffs = p.anerkannt.werte
    .map((k) => ({ k, a: wertOf(p.bemessung, k), b: wertOf(p.beantragt!.bemessung, k) }))
    .filter((d) => d.a && d.b && !d.a.eq(d.b))
    .map((d) => `${WERT_LABEL[d.k]} ${show(d.k, d.a!)} statt beantragt ${show(d.k, d.b!)}`);
  if (!diffs.length) return [];
  // the cell of the first recognised value („Menge anerkannt“ …)
  const ort = { liste: "positionen", zeile: p.zeile, feld: `anerkannt.${p.anerkannt.werte[0]}` };
  const grund = p.anerkannt.begruendung;
  return [
    grund
      ? befund("anerkannt-abweichend", "hinweis", `${p.label}: anerkannt ${diffs.join(", ")} – Begründung des Trägers: ${grund}`, ort)
      : befund("anerkannt-ohne-begruendung", "warnung", `${p.label}: anerkannt ${diffs.join(", ")}, aber ohne Begründung – der Bescheid muss sagen, warum (§ 35 Abs. 1 SGB X).`, ort),
  ];
}

/**
 * The budget when an amount is agreed: per month (the period is that times the months) or for the period
 * (the month is its share, in cents). Without an agreement the calculated figures stand.
 */
export function agreedBudget(plan: Plan, need: { summeZeitraum: Dec; monatsbudget: Dec }): { summeZeitraum: Dec; monatsbudget: Dec; befunde: Befund[] } {
  const v = plan.vereinbart;
  if (!v) return { ...need, befunde: [] };
  const months = plan.zeitraum.months;
  const summeZeitraum = v.zeitraumbetrag ?? v.monatsbetrag!.mul(months);
  const monatsbudget = v.monatsbetrag ?? cents(v.zeitraumbetrag!.div(months));
  const [agreed, calculated] = v.monatsbetrag ? [monatsbudget, need.monatsbudget] : [summeZeitraum, need.summeZeitraum];
  const wofuer = v.monatsbetrag ? "im Monat" : "im Bewilligungszeitraum";
  const ort = { feld: v.monatsbetrag ? "vereinbart.monatsbetrag" : "vereinbart.zeitraumbetrag" };
  const befunde: Befund[] = [];
  if (!agreed.eq(calculated)) {
    const text = `Vereinbart sind ${fmtEuro(agreed)} ${wofuer}, berechnet ist ein Bedarf von ${fmtEuro(calculated)} (${agreed.gt(calculated) ? "+" : "−"}${fmtEuro(agreed.sub(calculated).abs())})`;
    befunde.push(
      v.begruendung
        ? befund("vereinbart-abweichend", "hinweis", `${text} – Begründung: ${v.begruendung}`, ort)
        : befund("vereinbart-ohne-begruendung", "warnung", `${text} – bitte die Begründung der Vereinbarung eintragen.`, ort),
    );
  }
  return { summeZeitraum, monatsbudget, befunde };
}

/** A cap finding with the caseworker's justification: it stays visible and no longer counts. */
export function justified(b: Befund, begruendung: string | undefined): Befund {
  return begruendung ? { ...b, begruendung } : b;
}
