/**
 * Plan vs actual per position. The plan figure is the position's monthly amount × the plan months of the
 * Nachweiszeitraum (plan months whose first day lies in the period); for a position whose months differ
 * (von/bis, changes), the sum of its amounts in those months, in cents. Every plan position is listed,
 * "0.00" where nothing was spent. Spending more than `regeln.planUeberschreitungProzent` (default 10 %)
 * above the plan is a `warnung` (also any spending on a position without a plan amount in the period);
 * spending more than `regeln.planUnterschreitungProzent` (default 50 %) below it a `hinweis`. Reserve
 * positions are never reported as under-spent (a reserve unused is good news); expected refunds
 * (art "erstattung") are listed but not compared.
 */
import { Dec, ZERO, cents, fmtDe, fmtEuro, HUNDRED } from "../../money";
import { compareDates } from "../../dates";
import type { CheckContext } from "../context";
import type { PositionSumme } from "../types";
import { zeitraumText } from "./period";

export interface PlanActual {
  proPosition: PositionSumme[];
  ohnePlanposition: Dec;
}

/** Indexes of the plan months whose first day lies in the Nachweiszeitraum. */
function planMonthIndexes(ctx: CheckContext): number[] {
  const z = ctx.report.zeitraum;
  const out: number[] = [];
  ctx.report.plan.zeitraum.monthStarts.forEach((s, k) => {
    if (compareDates(s, z.beginn) >= 0 && compareDates(s, z.ende) <= 0) out.push(k);
  });
  return out;
}

export function planMonthsInPeriod(ctx: CheckContext): number {
  return planMonthIndexes(ctx).length;
}

export function checkPlanActual(ctx: CheckContext): PlanActual {
  const indexes = planMonthIndexes(ctx);
  const monate = indexes.length;
  const ist = new Map<string, Dec>();
  let ohne = ZERO;
  for (const r of ctx.ausgaben) {
    const b = r.a.betrag;
    if (!b) continue;
    if (r.position) {
      const name = r.position.position.bezeichnung;
      ist.set(name, (ist.get(name) ?? ZERO).add(b));
    } else ohne = ohne.add(b);
  }
  const over = ctx.regeln.planUeberschreitungProzent;
  const under = ctx.regeln.planUnterschreitungProzent;
  const proPosition: PositionSumme[] = [];
  const listed = new Set<string>();
  for (const p of ctx.report.planErgebnis.positionen) {
    const pos = p.position;
    if (listed.has(pos.bezeichnung)) continue; // duplicate names: the plan reports them itself
    listed.add(pos.bezeichnung);
    const even = p.monate.every((x) => x === p.monate[0] || x.eq(p.monate[0]));
    const plan = even ? cents(p.monatsbetrag.mul(monate)) : cents(indexes.reduce((t, k) => t.add(p.monate[k]), ZERO));
    const actual = ist.get(pos.bezeichnung) ?? ZERO;
    proPosition.push({ bezeichnung: pos.bezeichnung, art: pos.art, monate, plan, ist: actual });
    if (pos.art === "erstattung") continue;
    const ort = { liste: "positionen", zeile: pos.zeile };
    const name = `Position „${pos.bezeichnung}“`;
    if (plan.lte(0)) {
      if (actual.gt(0)) {
        ctx.add("plan-ueberschritten", "warnung", `${name}: Ausgaben von ${fmtEuro(actual)}, obwohl der Kostenplan für den Nachweiszeitraum (${zeitraumText(ctx)}) keinen Betrag vorsieht.`, ort);
      }
      continue;
    }
    const diffPct = actual.sub(plan).div(plan).mul(HUNDRED);
    if (diffPct.gt(over)) {
      ctx.add("plan-ueberschritten", "warnung", `${name}: Die Ausgaben von ${fmtEuro(actual)} liegen ${fmtDe(diffPct, 1)} % über dem Plan von ${fmtEuro(plan)} (${monate} Monate) – erlaubt sind ${fmtDe(over, 0)} % ohne Erklärung.`, ort);
    } else if (pos.art !== "reserve" && diffPct.neg().gt(under)) {
      ctx.add("plan-unterschritten", "hinweis", `${name}: Die Ausgaben von ${fmtEuro(actual)} liegen ${fmtDe(diffPct.neg(), 1)} % unter dem Plan von ${fmtEuro(plan)} (${monate} Monate).`, ort);
    }
  }
  return { proPosition, ohnePlanposition: ohne };
}
