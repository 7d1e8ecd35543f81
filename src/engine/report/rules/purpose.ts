/**
 * Zweckbindung: every expense names a position of the agreed plan. A missing or unknown position is a
 * `fehler`. A name that differs only in case or blanks is booked to that position and gets a `hinweis`
 * with the exact name.
 *
 * Money outside the plan (a missing or unknown position, `summen.ohnePlanposition`) is a decision point for the
 * caseworker, never booked: it is not added to the Rückforderung. Whether it was spent zweckfremd is the Träger's
 * decision; in the Eingliederungshilfe a missed purpose does not allow a retroactive withdrawal of the Bescheid
 * (BSG, 11.08.2022, B 8 SO 3/21 R), so the check only names the amount and leaves the decision open.
 */
import type { CheckContext } from "../context";

/** The caseworker's decision point on money spent outside the plan (never reclaimed automatically). */
export const ZWECKFREMD_ENTSCHEIDUNG = "Zweckfremd? Entscheidung des Trägers – wird nicht automatisch zurückgefordert.";

export function checkPurpose(ctx: CheckContext): void {
  const names = ctx.report.plan.positionen.map((p) => `„${p.bezeichnung}“`);
  const shown = names.length > 8 ? `${names.slice(0, 8).join(", ")} …` : names.join(", ");
  for (const r of ctx.ausgaben) {
    const { a } = r;
    if (a.unbrauchbar || a.probleme.some((p) => p.feld.endsWith(".position"))) continue;
    if (a.position === "") {
      ctx.addAusgabe(r, "ausgabe-position-fehlt", "fehler", `Es fehlt die Position des Kostenplans, zu der die Ausgabe gehört (${shown || "der Plan hat keine Positionen"}). ${ZWECKFREMD_ENTSCHEIDUNG}`, "position");
    } else if (!r.position) {
      ctx.addAusgabe(r, "ausgabe-position-unbekannt", "fehler", `Die Position „${a.position}“ steht nicht im Kostenplan (vereinbart: ${shown || "keine Positionen"}). ${ZWECKFREMD_ENTSCHEIDUNG}`, "position");
    } else if (r.position.position.bezeichnung !== a.position) {
      ctx.addAusgabe(r, "ausgabe-position-schreibweise", "hinweis", `Die Position „${a.position}“ heißt im Kostenplan „${r.position.position.bezeichnung}“ – bitte genau so schreiben.`, "position");
    }
  }
}
