/**
 * The booking export of the batch (`budget pruefen --buchungen <datei.csv>`, issue 13): what finance staff book after
 * the check, one line per case, Träger and kind, for German Excel like the report CSV (same cells: UTF-8 with BOM,
 * `;`, decimal comma, a text Excel would read as a formula gets a leading apostrophe).
 *
 * - Kinds: „Rückforderung“ and „Anrechnung“ (the Reste rule's result), split per Träger as the report splits them
 *   (`reste.proTraeger`); a plan without Träger gives one line with an empty Träger and the whole amount. An
 *   Übertrag is no booking (the money stays on the budget account) and is not listed; neither is money spent outside
 *   the plan („Ohne Planposition“): that is the caseworker's decision, never booked automatically.
 * - „Fällig“ stays empty: the due date of a Rückforderung is set by the Träger's Erstattungsbescheid (§ 50 Abs. 3
 *   SGB X), which the workbook does not know. „Anrechnung ab“ is the day after the Nachweiszeitraum: the engine
 *   offsets the Rest against the next budget payments, which begin then. How many months that takes depends on the
 *   next period's payments and is not computed here.
 * - Only checked cases; one with a „fehler“ finding gets the Hinweis to clarify it before booking.
 * - The file is new: an existing file is never overwritten (checked before the batch starts, and again on writing).
 */
import { writeFileSync } from "node:fs";
import { csvAmount, csvText, type Outcome } from "../commands/pruefen";
import { checkNewFile, writeNewFile } from "../io";

export const BUCHUNGEN_HEADER = ["Aktenzeichen", "Träger-Nr.", "Träger", "Art", "Betrag", "Fällig", "Anrechnung ab", "Nachweiszeitraum", "Datei", "Hinweis"];

const ARTEN = [
  ["rueckforderung", "Rückforderung"],
  ["anrechnung", "Anrechnung"],
] as const;

/** "2026-06-30" → "01.07.2026" (the next day), or "" for anything else. */
function dayAfter(iso: unknown): string {
  if (typeof iso !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return "";
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(d.getUTCDate())}.${p(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
}

const nonZero = (s: string | undefined) => s !== undefined && s !== "" && !/^-?0(\.0+)?$/.test(s);

/** The booking CSV of the checked cases (a header line only when nothing is to be booked). */
export function buchungenCsv(outcomes: readonly Outcome[]): string {
  const lines = [BUCHUNGEN_HEADER.join(";")];
  for (const o of outcomes) {
    if (!o.ok) continue;
    const r = o.result;
    const ende = (r.zeitraum as { ende?: unknown } | undefined)?.ende;
    const hinweis = r.counts.fehler > 0 ? "Prüfung mit Fehlern – vor der Buchung klären" : "";
    const teile = r.reste.proTraeger?.length ? r.reste.proTraeger : [{ traeger: "", name: "", rueckforderung: r.reste.rueckforderung, anrechnung: r.reste.anrechnung }];
    for (const [key, label] of ARTEN) {
      for (const t of teile) {
        if (!nonZero(t[key])) continue;
        lines.push(
          [
            csvText(o.fall?.aktenzeichen ?? ""),
            csvText(t.traeger),
            csvText(t.name),
            label,
            csvAmount(t[key]),
            "",
            key === "anrechnung" ? dayAfter(ende) : "",
            csvText(o.zeitraum),
            csvText(o.datei),
            csvText(hinweis),
          ].join(";"),
        );
      }
    }
  }
  return "\ufeff" + lines.join("\r\n") + "\r\n";
}

/** Refuses a booking file that exists already (or a wrong extension / missing folder) before any case is checked. */
export function checkBuchungenFile(path: string): void {
  checkNewFile(path, ".csv", "--buchungen");
}

/** Writes the booking file; never overwrites (flag „wx“). */
export async function writeBuchungen(path: string, outcomes: readonly Outcome[]): Promise<void> {
  await writeNewFile(path, "--buchungen", () => writeFileSync(path, buchungenCsv(outcomes), { encoding: "utf8", flag: "wx" }));
}
