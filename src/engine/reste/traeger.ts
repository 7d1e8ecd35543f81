/**
 * Budgetreste per Träger: Rest, Übertrag, Rückforderung and Anrechnung split over the Träger of a
 * trägerübergreifendes budget, so finance staff know which share goes back to whom.
 *
 * Basis (`basis`): by the budget payments each Träger made itself („einnahmen“: every budget payment of the report
 * names a Träger of the plan, and the payments are not the Gesamtbudget paid by the beauftragter Träger), else by
 * the plan's Teilbudgets („teilbudgets“: their period amounts `zeitraumbetrag`). Each figure is split on its own
 * in proportion to the basis, in whole cents by largest remainder (ties to the earlier Träger), so the parts add up
 * exactly to the totals; a Träger's Rest is the sum of its Übertrag, Rückforderung and Anrechnung (a negative
 * Rest, where those are 0, is split itself). One Träger: one part equal to the totals; no Träger: no parts.
 */
import { Dec, ZERO, allocateCents } from "../money";

export type ResteBasis = "einnahmen" | "teilbudgets";

export interface ResteBetraege {
  rest: Dec;
  uebertrag: Dec;
  rueckforderung: Dec;
  anrechnung: Dec;
}

export interface ResteTeil extends ResteBetraege {
  traeger: string;
  name: string;
  /** The Träger's figure on the basis: its budget payments, or its Teilbudget for the period. */
  grundlage: Dec;
}

export function resteJeTraeger(r: ResteBetraege, traeger: readonly { traeger: string; name: string; grundlage: Dec }[]): ResteTeil[] {
  if (traeger.length === 0) return [];
  const w = traeger.map((t) => (t.grundlage.isNegative() ? ZERO : t.grundlage));
  const uebertrag = allocateCents(r.uebertrag, w);
  const rueckforderung = allocateCents(r.rueckforderung, w);
  const anrechnung = allocateCents(r.anrechnung, w);
  const rest = r.rest.isNegative() ? allocateCents(r.rest, w) : traeger.map((_t, i) => uebertrag[i].add(rueckforderung[i]).add(anrechnung[i]));
  return traeger.map((t, i) => ({ traeger: t.traeger, name: t.name, grundlage: t.grundlage, rest: rest[i], uebertrag: uebertrag[i], rueckforderung: rueckforderung[i], anrechnung: anrechnung[i] }));
}
