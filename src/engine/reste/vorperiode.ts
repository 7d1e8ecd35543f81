/**
 * Übertrag chained: the Übertrag booked as income of this period (income rows of art `uebertrag`) against the
 * previous period's result and against the Träger's cap.
 *
 * - `uebertrag-abweichend` (warnung): the booked Übertrag differs by more than a cent from the previous period's
 *   computed `reste.uebertrag`; the text names both amounts.
 * - `uebertrag-ueber-obergrenze` (warnung): under „Übertrag bis zu einem Monatsbudget“ the booked Übertrag is above one
 *   monthly budget – also without a previous period. The cap is the monthly budget of the **previous** plan when the
 *   previous result is known: the Übertrag was settled at the end of that period, under that Bewilligung (its
 *   `computeReste` capped it by its own monthly budget), so a raise or cut in the new plan does not change what could
 *   be carried over. Without the previous result the current plan's monthly budget stands in for it (a Bewilligung is
 *   mostly continued at about the same amount); the text says which one was used. No cap when the previous report was
 *   a Zwischennachweis (the whole Rest stays on the account within the Bewilligungszeitraum), nor, without a previous
 *   result, when this period begins after the Bewilligungszeitraum (the Übertrag then comes from an interim report of
 *   the same Bewilligung).
 * - `uebertrag-aktenzeichen-abweichend` (warnung): both periods have an Aktenzeichen and they differ (case and
 *   blanks ignored) – probably the wrong previous report. The texts name no Aktenzeichen.
 * - `uebertrag-vorperiode-nicht-anschliessend` (hinweis): the previous period does not end the day before this one.
 */
import { Dec, ZERO, cents, fmtEuro } from "../money";
import { addDays, compareDates, germanDate, type CalDate } from "../dates";
import type { Nachweisart, ResteRegel } from "./reste";
import type { CheckContext } from "../report/context";

/** The previous period's result (`CheckOptions.vorperiode`). */
export interface Vorperiode {
  /** Its computed `reste.uebertrag`. */
  uebertrag: Dec;
  zeitraum?: { beginn: CalDate; ende: CalDate };
  aktenzeichen?: string;
  /** Its plan's monthly budget (`reste.monatsbudget`): the cap of the Übertrag it settled. */
  monatsbudget?: Dec;
  nachweisart?: Nachweisart;
}

/** What the chain check saw: in the result as `kette` (the batch pairs reports by it). */
export interface UebertragKette {
  aktenzeichen?: string;
  /** Sum of the income rows of art `uebertrag`. */
  uebertragGebucht: Dec;
  /** Checked against a previous period's result. */
  vorperiode: boolean;
}

const CENT = new Dec("0.01");
const normAz = (s: string) => s.replace(/\s+/g, "").toLowerCase();

export function checkUebertrag(ctx: CheckContext, regel: ResteRegel, vor?: Vorperiode): UebertragKette {
  const report = ctx.report;
  let gebucht = ZERO;
  let erste: { zeile: number; begruendung?: string } | undefined;
  for (const e of report.einnahmen) {
    if (e.unbrauchbar || e.art !== "uebertrag" || !e.betrag) continue;
    gebucht = gebucht.add(e.betrag);
    erste ??= { zeile: e.zeile, begruendung: e.begruendung };
  }
  gebucht = cents(gebucht);
  const aktenzeichen = report.plan.fall?.aktenzeichen?.trim() || undefined;
  const ort = erste ? { liste: "einnahmen", zeile: erste.zeile, feld: "betrag" } : { feld: "einnahmen" };
  const add = (regelId: string, schwere: "warnung" | "hinweis", text: string) => ctx.add(regelId, schwere, text, ort, erste?.begruendung);

  if (vor) {
    const erwartet = cents(vor.uebertrag);
    if (gebucht.sub(erwartet).abs().gt(CENT)) {
      add(
        "uebertrag-abweichend",
        "warnung",
        `Als Übertrag sind ${fmtEuro(gebucht)} gebucht, nach dem Ergebnis des vorigen Nachweiszeitraums sind es ${fmtEuro(erwartet)} ` +
          `(Unterschied ${fmtEuro(gebucht.sub(erwartet).abs())}). Bitte den Übertrag prüfen oder die Abweichung begründen.`,
      );
    }
    const z = report.zeitraum;
    if (vor.zeitraum && compareDates(addDays(vor.zeitraum.ende, 1), z.beginn) !== 0) {
      add(
        "uebertrag-vorperiode-nicht-anschliessend",
        "hinweis",
        `Der vorige Nachweiszeitraum endet am ${germanDate(vor.zeitraum.ende)}, dieser beginnt am ${germanDate(z.beginn)}: Die Zeiträume schließen nicht aneinander an.`,
      );
    }
    if (aktenzeichen && vor.aktenzeichen?.trim() && normAz(aktenzeichen) !== normAz(vor.aktenzeichen)) {
      add(
        "uebertrag-aktenzeichen-abweichend",
        "warnung",
        "Das Aktenzeichen des vorigen Nachweises stimmt nicht mit dem dieses Nachweises überein: Gehört der vorige Nachweis zu diesem Fall?",
      );
    }
  }

  if (regel === "uebertrag-bis-monatsbudget" && gebucht.gt(0)) {
    const ausZwischennachweis = vor ? vor.nachweisart === "zwischennachweis" : compareDates(report.zeitraum.beginn, report.plan.zeitraum.beginn) > 0;
    const obergrenze = vor?.monatsbudget ?? report.planErgebnis.monatsbudget;
    if (!ausZwischennachweis && gebucht.gt(obergrenze)) {
      const welches = vor?.monatsbudget ? "des vorigen Kostenplans" : "des Kostenplans";
      add(
        "uebertrag-ueber-obergrenze",
        "warnung",
        `Der Übertrag von ${fmtEuro(gebucht)} ist höher als ein Monatsbudget ${welches} (${fmtEuro(obergrenze)}): Nach der Regel „Übertrag bis zu einem ` +
          `Monatsbudget“ hätten höchstens ${fmtEuro(obergrenze)} übertragen werden dürfen, ${fmtEuro(gebucht.sub(obergrenze))} mehr. Bitte prüfen.`,
      );
    }
  }
  return { ...(aktenzeichen ? { aktenzeichen } : {}), uebertragGebucht: gebucht, vorperiode: vor !== undefined };
}
