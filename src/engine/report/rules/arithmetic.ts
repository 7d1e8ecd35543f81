/**
 * Arithmetic: the submitted totals (`angaben`) against the rows. Income and expenses are the sums of all
 * readable amounts (rows with an unreadable amount are reported and left out); the Rest is income −
 * expenses. Any difference of at least one cent is a `fehler`.
 */
import { Dec, cents, fmtEuro } from "../../money";
import type { CheckContext } from "../context";

export function checkArithmetic(ctx: CheckContext, einnahmen: Dec, ausgaben: Dec): void {
  const a = ctx.report.angaben;
  const cmp = (regel: string, key: string, angegeben: Dec | undefined, berechnet: Dec, was: string) => {
    if (!angegeben) return;
    const diff = cents(angegeben).sub(cents(berechnet));
    if (diff.isZero()) return;
    ctx.add(regel, "fehler", `${was}: angegeben ${fmtEuro(angegeben)}, aus den Zeilen berechnet ${fmtEuro(berechnet)} – Unterschied ${fmtEuro(diff.abs())}.`, { liste: "angaben", feld: key });
  };
  cmp("summe-einnahmen-abweichend", "einnahmen", a.einnahmen, einnahmen, "Summe der Einnahmen");
  cmp("summe-ausgaben-abweichend", "ausgaben", a.ausgaben, ausgaben, "Summe der Ausgaben");
  cmp("summe-rest-abweichend", "rest", a.rest, einnahmen.sub(ausgaben), "Rest (Einnahmen − Ausgaben)");
}
