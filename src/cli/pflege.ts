/** The Pflegeversicherung in `budget kostenplan`'s summary: the Pflegegeld per stretch of months, the sums, the Entlastungsbetrag apart. */
import { pflegeText, type PflegeErgebnis } from "../engine";

export function pflegeZeilen(e: PflegeErgebnis): string[] {
  const t = pflegeText(e);
  const L = [`${t.titel}:`];
  for (const s of t.saetze) L.push(`  ${s}`);
  for (const z of t.zeilen) {
    const teile = [`Pflegegeld ${z.pflegegeld}${z.pflegegeldGesetzlich ? ` (statt ${z.pflegegeldGesetzlich})` : ""}`, `${t.imBudgetLabel} ${z.imBudget}`];
    if (z.sachleistung) teile.push(`Pflegesachleistung ${z.sachleistung}`);
    if (z.entlastungsbetrag) teile.push(`Entlastungsbetrag bis ${z.entlastungsbetrag}`);
    L.push(`  ${z.zeitraum.padEnd(19)} ${teile.join(", ")} im Monat`);
  }
  L.push(`  ${t.summe}`);
  if (t.entlastung) L.push(`  ${t.entlastung}`);
  return L;
}
