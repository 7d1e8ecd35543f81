/**
 * Period rules. The Leistungsmonat decides whether an expense belongs to the Nachweiszeitraum: a month
 * counts when it overlaps the period. Only where the Leistungsmonat is missing (or unreadable) the
 * payment date decides, and then it must lie within the period. Outside = `fehler`.
 * A payment date more than `regeln.datumAbstandMonate` (default 3) months away from its Leistungsmonat
 * is implausible: a `hinweis`. Income dated outside the period is a `hinweis` (budget payments arrive
 * in advance, e.g. the January payment at the end of December).
 */
import { germanDate, germanMonth, monthIndex, type YearMonth } from "../../dates";
import { einnahmeLabel, type CheckContext } from "../context";

/** Month index (y × 12 + m − 1) back to year and month. */
export function ymOf(index: number): YearMonth {
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

export function zeitraumText(ctx: CheckContext): string {
  const z = ctx.report.zeitraum;
  return `${germanDate(z.beginn)} bis ${germanDate(z.ende)}`;
}

export function checkPeriod(ctx: CheckContext): void {
  const z = ctx.report.zeitraum;
  const abstand = ctx.regeln.datumAbstandMonate;
  for (const r of ctx.ausgaben) {
    const { a } = r;
    if (a.unbrauchbar) continue;
    if (a.leistungsmonat) {
      const m = monthIndex(a.leistungsmonat);
      if (m < z.ersterMonat || m > z.letzterMonat) {
        ctx.addAusgabe(r, "ausgabe-ausserhalb-zeitraum", "fehler", `Der Leistungsmonat ${germanMonth(a.leistungsmonat)} liegt außerhalb des Nachweiszeitraums (${zeitraumText(ctx)}).`, "leistungsmonat");
      }
      if (a.datum) {
        const d = monthIndex(a.datum);
        if (Math.abs(d - m) > abstand) {
          ctx.addAusgabe(r, "ausgabe-datum-fern", "hinweis", `Das Zahlungsdatum ${germanDate(a.datum)} liegt mehr als ${abstand} Monate vom Leistungsmonat ${germanMonth(a.leistungsmonat)} entfernt – bitte prüfen.`, "datum");
        }
      }
    } else if (a.datum) {
      if (!ctx.inZeitraum(a.datum)) {
        ctx.addAusgabe(r, "ausgabe-ausserhalb-zeitraum", "fehler", `Das Datum ${germanDate(a.datum)} liegt außerhalb des Nachweiszeitraums (${zeitraumText(ctx)}), und es ist kein Leistungsmonat angegeben.`, "datum");
      }
    } else if (!a.probleme.some((p) => /\.(datum|leistungsmonat)$/.test(p.feld))) {
      ctx.addAusgabe(r, "ausgabe-ohne-datum", "fehler", "Es fehlen Datum und Leistungsmonat – die Ausgabe lässt sich keinem Zeitraum zuordnen.", "datum");
    }
  }
  for (const e of ctx.report.einnahmen) {
    if (e.unbrauchbar || !e.datum || ctx.inZeitraum(e.datum)) continue;
    ctx.add("einnahme-ausserhalb-zeitraum", "hinweis", `${einnahmeLabel(e)}: Das Datum liegt außerhalb des Nachweiszeitraums (${zeitraumText(ctx)}) – bitte prüfen, ob die Einnahme zu diesem Zeitraum gehört.`, { liste: "einnahmen", zeile: e.zeile, feld: "datum" }, e.begruendung);
  }
}
