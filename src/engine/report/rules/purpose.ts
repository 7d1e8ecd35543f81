/**
 * Zweckbindung: every expense names a position of the agreed plan. A missing or unknown position is a
 * `fehler`. A name that differs only in case or blanks is booked to that position and gets a `hinweis`
 * with the exact name.
 */
import type { CheckContext } from "../context";

export function checkPurpose(ctx: CheckContext): void {
  const names = ctx.report.plan.positionen.map((p) => `„${p.bezeichnung}“`);
  const shown = names.length > 8 ? `${names.slice(0, 8).join(", ")} …` : names.join(", ");
  for (const r of ctx.ausgaben) {
    const { a } = r;
    if (a.unbrauchbar || a.probleme.some((p) => p.feld.endsWith(".position"))) continue;
    if (a.position === "") {
      ctx.addAusgabe(r, "ausgabe-position-fehlt", "fehler", `Es fehlt die Position des Kostenplans, zu der die Ausgabe gehört (${shown || "der Plan hat keine Positionen"}).`, "position");
    } else if (!r.position) {
      ctx.addAusgabe(r, "ausgabe-position-unbekannt", "fehler", `Die Position „${a.position}“ steht nicht im Kostenplan (vereinbart: ${shown || "keine Positionen"}).`, "position");
    } else if (r.position.position.bezeichnung !== a.position) {
      ctx.addAusgabe(r, "ausgabe-position-schreibweise", "hinweis", `Die Position „${a.position}“ heißt im Kostenplan „${r.position.position.bezeichnung}“ – bitte genau so schreiben.`, "position");
    }
  }
}
