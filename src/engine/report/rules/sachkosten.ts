/**
 * Sachkosten without receipts (LWL): of the administration costs, a share may be spent without
 * receipts. Defined here as: the positive amounts of expenses booked to plan positions of art
 * "verwaltung" without a receipt number, summed over the whole report, must not exceed
 * `regeln.sachkostenNachweisfreiProzent` (default 15) % of the actual total booked to those positions
 * (with and without receipts). Above it: one `warnung`, placed on the row where the sum first passes
 * the share. Such rows are exempt from the missing-receipt rule (rows.ts).
 */
import { ZERO, cents, fmtDe, fmtEuro, HUNDRED } from "../../money";
import type { CheckContext, ResolvedAusgabe } from "../context";

export function checkSachkosten(ctx: CheckContext): void {
  let total = ZERO;
  const ohne: ResolvedAusgabe[] = [];
  for (const r of ctx.ausgaben) {
    const b = r.a.betrag;
    if (!b || r.position?.position.art !== "verwaltung") continue;
    total = total.add(b);
    if (r.a.beleg === "" && b.gt(0)) ohne.push(r);
  }
  if (ohne.length === 0) return;
  const share = ctx.regeln.sachkostenNachweisfreiProzent;
  const allowed = cents(total.gt(0) ? total.mul(share).div(HUNDRED) : ZERO);
  let running = ZERO;
  for (const r of ohne) {
    running = running.add(r.a.betrag!);
    if (running.lte(allowed)) continue;
    let sumOhne = running;
    for (const q of ohne.slice(ohne.indexOf(r) + 1)) sumOhne = sumOhne.add(q.a.betrag!);
    ctx.add(
      "sachkosten-ohne-beleg",
      "warnung",
      `Bei der Budgetverwaltung wurden ${fmtEuro(sumOhne)} ohne Beleg ausgegeben. Ohne Nachweis sind ${fmtDe(share, 0)} % der Verwaltungskosten von ${fmtEuro(total)} erlaubt, also ${fmtEuro(allowed)} – für ${fmtEuro(sumOhne.sub(allowed))} fehlen Belege (überschritten ab ${r.label}).`,
      { liste: "ausgaben", zeile: r.a.zeile, feld: "beleg" },
      r.a.begruendung,
    );
    return;
  }
}
