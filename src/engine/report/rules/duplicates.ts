/**
 * Duplicates: the same payment date, payee (case/blank-insensitive) and amount twice. Reported as a
 * `warnung` on the later row, naming the earlier one. One map, O(n).
 */
import { fmtEuro } from "../../money";
import type { CheckContext, ResolvedAusgabe } from "../context";

export function checkDuplicates(ctx: CheckContext): void {
  const seen = new Map<string, ResolvedAusgabe>();
  for (const r of ctx.ausgaben) {
    const { a } = r;
    if (a.unbrauchbar || !a.datum || !a.betrag || r.empfaengerNorm === "") continue;
    const day = a.datum.y * 372 + a.datum.m * 31 + a.datum.d;
    const key = `${day}|${r.empfaengerNorm}|${a.betrag.toString()}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, r);
      continue;
    }
    ctx.addAusgabe(r, "ausgabe-doppelt", "warnung", `Gleiches Datum, gleicher Empfänger und gleicher Betrag (${fmtEuro(a.betrag)}) wie Ausgabe ${first.a.zeile} – bitte prüfen, ob doppelt gebucht wurde.`);
  }
}
