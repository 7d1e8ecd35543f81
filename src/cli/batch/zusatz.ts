/**
 * The columns and fields the batch adds to each case (issue 13): its identity (Aktenzeichen, Träger, the name only
 * with `--namen`) and, with `--stichprobe`, whether it is in the sample. One place for CSV, JSON and text, so the
 * personal data rule (no name without `--namen`) holds in every output.
 */
import type { Outcome } from "../commands/pruefen";
import { fallkennungJson } from "./fallkennung";

export interface Zusatz {
  /** Print the budget holder's name (`--namen`). */
  namen: boolean;
  /** The sample's file paths, when `--stichprobe` was given. */
  stichprobe?: ReadonlySet<string>;
}

export const KEIN_ZUSATZ: Zusatz = { namen: false };

/** The CSV header cells after the fixed extra columns: „Aktenzeichen“, „Träger-Nr.“, „Träger“, „Name“, „Stichprobe“. */
export function zusatzHeader(z: Zusatz): string[] {
  return ["Aktenzeichen", "Träger-Nr.", "Träger", ...(z.namen ? ["Name"] : []), ...(z.stichprobe ? ["Stichprobe"] : [])];
}

/** The raw text cells of a checked case (the caller quotes them with csvText). */
export function zusatzCells(z: Zusatz, o: Extract<Outcome, { ok: true }>): string[] {
  const k = o.fall ?? {};
  return [k.aktenzeichen ?? "", k.traeger?.id ?? "", k.traeger?.name ?? "", ...(z.namen ? [k.name ?? ""] : []), ...(z.stichprobe ? [z.stichprobe.has(o.datei) ? "ja" : "nein"] : [])];
}

/** The JSON fields of a checked case, placed after „datei“. */
export function zusatzJson(z: Zusatz, o: Extract<Outcome, { ok: true }>): Record<string, unknown> {
  return { ...fallkennungJson(o.fall, z.namen), ...(z.stichprobe ? { stichprobe: z.stichprobe.has(o.datei) } : {}) };
}

/** The text section „Stichprobe (n von m Fällen)“ listing the sampled files (with their Aktenzeichen). */
export function stichprobeText(z: Zusatz, outcomes: readonly Outcome[]): string | undefined {
  if (!z.stichprobe) return undefined;
  const checked = outcomes.filter((o): o is Extract<Outcome, { ok: true }> => o.ok);
  const chosen = checked.filter((o) => z.stichprobe!.has(o.datei));
  const L = [`Stichprobe (${chosen.length} von ${checked.length} ${checked.length === 1 ? "Fall" : "Fällen"}):`];
  for (const o of chosen) L.push(`  ${o.datei}${o.fall?.aktenzeichen ? ` – Aktenzeichen ${o.fall.aktenzeichen}` : ""}`);
  if (chosen.length === 0) L.push("  (keine)");
  return L.join("\n");
}
