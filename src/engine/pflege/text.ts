/**
 * The Pflegeversicherung of a plan in plain German, for the command line's summary and the task pane:
 * one line per stretch of months with the same amounts, the period sums, and what they mean.
 */
import { fmtDe, fmtEuro } from "../money";
import { germanMonth } from "../dates";
import { pflegeAbschnitte } from "./compute";
import type { PflegeErgebnis } from "./types";

export interface PflegeZeile {
  /** „11/2024 – 12/2024“ */
  zeitraum: string;
  /** Monthly amounts of the stretch. */
  pflegegeld: string;
  /** With a Kombinationsleistung: the Pflegegeld before the reduction. */
  pflegegeldGesetzlich?: string;
  /** `anrechnung`: what the Träger deducts; `teilbudget`: the Pflegekasse's Teilbudget. */
  imBudget: string;
  sachleistung?: string;
  entlastungsbetrag?: string;
}

export interface PflegeText {
  titel: string;
  /** How the Pflegegeld enters the budget, in one or two sentences. */
  saetze: string[];
  /** What „imBudget“ means for the plan (column heading). */
  imBudgetLabel: string;
  zeilen: PflegeZeile[];
  /** The period sums in one sentence. */
  summe: string;
  /** The Entlastungsbetrag, said apart (only when shown). */
  entlastung?: string;
}

export function pflegeText(e: PflegeErgebnis): PflegeText {
  const a = e.angaben;
  const kasse = e.traegerName ? `die Pflegekasse (${e.traegerName})` : "die Pflegekasse";
  const kombi = !a.kombinationProzent.isZero();
  const prozent = (x: typeof a.kombinationProzent) => `${fmtDe(x, x.isInteger() ? 0 : 2)} %`;
  const saetze: string[] = [];
  if (a.verwendung === "anrechnung") {
    saetze.push(
      `Das Pflegegeld (§ 37 SGB XI) zahlt ${kasse} direkt an Sie; es ist kein Geld aus dem Budget. ` +
        `${e.anrechnungTraegerName ? `Der Träger ${e.anrechnungTraegerName}` : "Der Träger"} rechnet ${a.anrechnungProzent.eq(100) ? "es" : `${prozent(a.anrechnungProzent)} davon`} auf den Bedarf an: Das Budget ist der Bedarf minus das angerechnete Pflegegeld.`,
    );
  } else {
    saetze.push(
      `${kasse.charAt(0).toUpperCase()}${kasse.slice(1)} zahlt das Pflegegeld als ihr Teilbudget (§ 35a SGB XI: nur das Pflegegeld geht als Geld ins Budget). ` +
        `Den übrigen Bedarf trägt ${e.anrechnungTraegerName ? `der Träger ${e.anrechnungTraegerName}` : "der andere Träger"}.`,
    );
  }
  if (kombi) {
    saetze.push(
      `Weil daneben ${prozent(a.kombinationProzent)} der Pflegesachleistung genutzt werden (Kombinationsleistung, § 38 SGB XI), sinkt das Pflegegeld um ${prozent(a.kombinationProzent)}. Die Pflegesachleistung rechnet der Pflegedienst mit der Pflegekasse ab, nicht über das Budget.`,
    );
  }
  const zeilen = pflegeAbschnitte(e).map((s): PflegeZeile => {
    const w = s.werte;
    const z: PflegeZeile = {
      zeitraum: s.monate === 1 ? germanMonth(s.von) : `${germanMonth(s.von)} – ${germanMonth(s.bis)}`,
      pflegegeld: fmtEuro(w.pflegegeld),
      imBudget: fmtEuro(a.verwendung === "anrechnung" ? w.angerechnet! : w.teilbudget!),
    };
    if (kombi) z.pflegegeldGesetzlich = fmtEuro(w.pflegegeldGesetzlich);
    if (w.sachleistungAnteil) z.sachleistung = `${fmtEuro(w.sachleistungAnteil)} von ${fmtEuro(w.sachleistungHoechstbetrag!)}`;
    if (w.entlastungsbetrag) z.entlastungsbetrag = fmtEuro(w.entlastungsbetrag);
    return z;
  });
  const summe =
    a.verwendung === "anrechnung"
      ? `Im Bewilligungszeitraum: Pflegegeld ${fmtEuro(e.pflegegeldZeitraum)}, davon auf das Budget angerechnet ${fmtEuro(e.angerechnetZeitraum!)}.`
      : e.teilbudgetZeitraum!.eq(e.pflegegeldZeitraum)
        ? `Im Bewilligungszeitraum: Pflegegeld ${fmtEuro(e.pflegegeldZeitraum)} als Teilbudget der Pflegekasse.`
        : `Im Bewilligungszeitraum: Pflegegeld ${fmtEuro(e.pflegegeldZeitraum)}, davon als Teilbudget der Pflegekasse ${fmtEuro(e.teilbudgetZeitraum!)} (höchstens der Bedarf).`;
  const out: PflegeText = {
    titel: `Pflegeversicherung (Pflegegrad ${a.pflegegrad})`,
    saetze,
    imBudgetLabel: a.verwendung === "anrechnung" ? "angerechnet" : "Teilbudget",
    zeilen,
    summe,
  };
  if (e.entlastungsbetragZeitraum) {
    out.entlastung = `Dazu kommt der Entlastungsbetrag (§ 45b SGB XI) von bis zu ${zeilen.map((z) => z.entlastungsbetrag).filter((x, i, all) => all.indexOf(x) === i).join(" bzw. ")} im Monat, im Bewilligungszeitraum bis zu ${fmtEuro(e.entlastungsbetragZeitraum)}. Die Pflegekasse erstattet ihn gegen Beleg; er gehört nicht zum Budget und wird nicht mit dem Pflegegeld verrechnet.`;
  }
  return out;
}
