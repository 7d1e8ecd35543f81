/**
 * Row rules: unreadable cells, amounts (negative, zero), payee and receipt numbers of single rows.
 *
 * Decisions: a negative amount is a `fehler` (a credit or refund belongs into the Einnahmen as
 * "erstattung"); a zero amount is a `warnung` (harmless for the sums, but usually a mistake). Both
 * still count in the sums as written, so the sums always match the rows. A receipt number is required
 * for positive amounts from `regeln.belegPflichtAb` on (default 0 = always), except for rows booked to a
 * `verwaltung` position: those fall under the receipt-free share (see sachkosten.ts).
 */
import { fmtEuro } from "../../money";
import { beschaeftigteLabel, einnahmeLabel, type CheckContext } from "../context";

export function checkCells(ctx: CheckContext): void {
  const { report } = ctx;
  for (const e of report.einnahmen) for (const p of e.probleme) ctx.addProblem("einnahmen", e.zeile, einnahmeLabel(e), p);
  for (const b of report.beschaeftigte) for (const p of b.probleme) ctx.addProblem("beschaeftigte", b.zeile, beschaeftigteLabel(b), p);
  for (const r of ctx.ausgaben) for (const p of r.a.probleme) ctx.addProblem("ausgaben", r.a.zeile, r.label, p);
  for (const p of report.angaben.probleme) ctx.addProblem("angaben", undefined, "Angaben", p);
}

export function checkAusgabeAmounts(ctx: CheckContext): void {
  const ab = ctx.regeln.belegPflichtAb;
  for (const r of ctx.ausgaben) {
    const { a } = r;
    if (a.unbrauchbar) continue;
    if (a.betrag) {
      if (a.betrag.isNegative()) {
        ctx.addAusgabe(r, "ausgabe-betrag-negativ", "fehler", `Der Betrag ${fmtEuro(a.betrag)} ist negativ. Gutschriften und Erstattungen gehören zu den Einnahmen (Art „erstattung“).`, "betrag");
      } else if (a.betrag.isZero()) {
        ctx.addAusgabe(r, "ausgabe-betrag-null", "warnung", "Der Betrag ist 0,00 € – bitte prüfen, ob die Zeile gebraucht wird.", "betrag");
      }
    }
    if (a.empfaenger === "" && !a.probleme.some((p) => p.feld.endsWith(".empfaenger"))) {
      ctx.addAusgabe(r, "ausgabe-empfaenger-fehlt", "warnung", "Es fehlt, an wen gezahlt wurde (Empfänger).", "empfaenger");
    }
    if (a.beleg === "" && a.betrag && a.betrag.gt(0) && a.betrag.gte(ab) && r.position?.position.art !== "verwaltung") {
      const wo = ab.gt(0) ? ` – ab ${fmtEuro(ab)} ist ein Beleg nötig` : "";
      ctx.addAusgabe(r, "ausgabe-beleg-fehlt", "warnung", `Die Belegnummer fehlt${wo}.`, "beleg");
    }
  }
}

export function checkEinnahmeAmounts(ctx: CheckContext): void {
  for (const e of ctx.report.einnahmen) {
    if (e.unbrauchbar || !e.betrag) continue;
    const ort = { liste: "einnahmen", zeile: e.zeile, feld: "betrag" };
    if (e.betrag.isNegative()) {
      ctx.add("einnahme-betrag-negativ", "fehler", `${einnahmeLabel(e)}: Der Betrag ${fmtEuro(e.betrag)} ist negativ. Rückzahlungen gehören zu den Ausgaben.`, ort, e.begruendung);
    } else if (e.betrag.isZero()) {
      ctx.add("einnahme-betrag-null", "warnung", `${einnahmeLabel(e)}: Der Betrag ist 0,00 € – bitte prüfen, ob die Zeile gebraucht wird.`, ort, e.begruendung);
    }
  }
}
