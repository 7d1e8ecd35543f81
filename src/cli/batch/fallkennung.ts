/**
 * Case identity for the batch (`budget pruefen`, issue 13): the Aktenzeichen from the case record (sheet „Fall“,
 * `fall.aktenzeichen`), the Träger – the Beauftragter Träger (§ 29 Abs. 3 SGB IX) with id and name, else every Träger
 * of the plan joined with „, “ – and the budget holder's name. The name is personal data: it is kept here so that
 * `--namen` can print it, and every output leaves it out unless that option was given.
 */
import type { Report } from "../../engine";

export interface Fallkennung {
  aktenzeichen?: string;
  traeger?: { id: string; name: string };
  /** Personal data: printed only with `--namen`. */
  name?: string;
}

export function fallkennung(report: Report): Fallkennung {
  const plan = report.plan;
  const fall = report.planErgebnis.fall ?? plan.fall;
  const out: Fallkennung = {};
  if (fall?.aktenzeichen) out.aktenzeichen = fall.aktenzeichen;
  const beauftragt = fall?.beauftragterTraeger ? plan.traeger.find((t) => t.id === fall.beauftragterTraeger) : undefined;
  if (beauftragt) out.traeger = { id: beauftragt.id, name: beauftragt.name };
  else if (plan.traeger.length) out.traeger = { id: plan.traeger.map((t) => t.id).join(", "), name: plan.traeger.map((t) => t.name).join(", ") };
  const name = fall?.budgetnehmer.name?.trim();
  if (name) out.name = name;
  return out;
}

/** The identity as JSON fields (`aktenzeichen`, `traeger`, and `name` only when `namen`). */
export function fallkennungJson(k: Fallkennung | undefined, namen: boolean): Record<string, unknown> {
  if (!k) return {};
  return {
    ...(k.aktenzeichen ? { aktenzeichen: k.aktenzeichen } : {}),
    ...(k.traeger ? { traeger: { ...k.traeger } } : {}),
    ...(namen && k.name ? { name: k.name } : {}),
  };
}
