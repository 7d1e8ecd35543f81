/**
 * Budgetreste of a period: Rest = income − expenses, then the Träger's policy decides what is carried
 * over, reclaimed or offset against the next payments, with the reasoning as a German sentence.
 */
import { Dec, ZERO, cents, fmtEuro, min } from "../money";
import type { Befund } from "../findings";

export const RESTE_REGELN = ["uebertrag-bis-monatsbudget", "rueckforderung", "anrechnung", "ansparen"] as const;
export type ResteRegel = (typeof RESTE_REGELN)[number];

export const RESTE_REGEL_LABELS: Record<ResteRegel, string> = {
  "uebertrag-bis-monatsbudget": "Übertrag bis zu einem Monatsbudget, der Rest wird zurückgefordert",
  rueckforderung: "Rückforderung des gesamten Rests",
  anrechnung: "Anrechnung auf die nächsten Zahlungen",
  ansparen: "Ansparen: der Rest bleibt als Reserve",
};

export interface ResteInput {
  einnahmen: Dec;
  ausgaben: Dec;
  /** The plan's monthly budget before Eigenanteil: the carry-over cap. */
  monatsbudget: Dec;
  regel: ResteRegel;
  /** The budget ends with this period: everything left is reclaimed. */
  schlussnachweis?: boolean;
  /**
   * An interim report (the Nachweiszeitraum ends before the Bewilligungszeitraum): the Rest stays for the rest
   * of the period and nothing is reclaimed, unless the Träger applies its rule to interim reports as well.
   */
  zwischennachweis?: { bewilligtBis?: string; regelGilt: boolean };
  /**
   * Expected Träger payments of the period that did not arrive (or arrived short), from the payment ledger: an
   * overspending up to this amount is caused by them, not by the budget holder.
   */
  ausstehend?: { betrag: Dec; zahlungen: readonly string[] };
}

/** Which report this is: the Reste rule applies at the end of a Bewilligungszeitraum (or when the budget ends). */
export type Nachweisart = "zwischennachweis" | "nachweis" | "schlussnachweis";

export function nachweisartOf(i: Pick<ResteInput, "schlussnachweis" | "zwischennachweis">): Nachweisart {
  return i.schlussnachweis ? "schlussnachweis" : i.zwischennachweis ? "zwischennachweis" : "nachweis";
}

export interface Reste {
  rest: Dec;
  uebertrag: Dec;
  rueckforderung: Dec;
  anrechnung: Dec;
  begruendung: string;
  befunde: Befund[];
}

export function computeReste(i: ResteInput): Reste {
  const rest = cents(i.einnahmen.sub(i.ausgaben));
  const r: Reste = { rest, uebertrag: ZERO, rueckforderung: ZERO, anrechnung: ZERO, begruendung: "", befunde: [] };
  if (rest.isNegative()) {
    r.begruendung = `Die Ausgaben übersteigen die Einnahmen um ${fmtEuro(rest.neg())}. Es gibt keinen Rest; nichts wird übertragen oder zurückgefordert.`;
    const offen = i.ausstehend && i.ausstehend.betrag.gt(0) ? i.ausstehend : undefined;
    // a missing Träger payment explains the overspending up to its amount: the holder is not asked about that part
    const erklaert = offen ? min(rest.neg(), offen.betrag) : ZERO;
    const ungeklaert = rest.neg().sub(erklaert);
    if (offen) {
      const ganz = ungeklaert.isZero();
      r.begruendung += ` Ursache${ganz ? "" : " zum Teil"}: Es fehlen Budgetzahlungen des Trägers (${offen.zahlungen.join("; ")}).`;
      r.befunde.push({
        regel: "reste-mehrausgaben-zahlung-fehlt",
        schwere: "hinweis",
        text:
          `Mehrausgaben von ${fmtEuro(rest.neg())}: ${ganz ? "Sie entstehen" : `${fmtEuro(erklaert)} davon entstehen`}, weil erwartete Budgetzahlungen nicht oder nicht vollständig eingegangen sind ` +
          `(${offen.zahlungen.join("; ")}). Das muss die Budgetnehmerin oder der Budgetnehmer nicht erklären – die Zahlung ist beim Träger nachzufragen.`,
      });
    }
    if (ungeklaert.gt(0)) {
      r.befunde.push({
        regel: "reste-mehrausgaben",
        schwere: "warnung",
        text: offen
          ? `Mehrausgaben von ${fmtEuro(ungeklaert)} über die fehlenden Budgetzahlungen hinaus: Die Ausgaben übersteigen die Einnahmen – bitte erklären, wie sie gedeckt wurden.`
          : `Mehrausgaben von ${fmtEuro(rest.neg())}: Die Ausgaben übersteigen die Einnahmen – bitte erklären, wie sie gedeckt wurden.`,
      });
    }
    return r;
  }
  if (rest.isZero()) {
    r.begruendung = "Einnahmen und Ausgaben sind gleich hoch: Es bleibt kein Rest.";
    return r;
  }
  if (i.schlussnachweis) {
    r.rueckforderung = rest;
    r.begruendung = `Das Budget endet mit diesem Zeitraum: Der ganze Rest von ${fmtEuro(rest)} wird zurückgefordert.`;
    return r;
  }
  if (i.zwischennachweis && !i.zwischennachweis.regelGilt) {
    const bis = i.zwischennachweis.bewilligtBis ? ` (bewilligt bis ${i.zwischennachweis.bewilligtBis})` : "";
    r.uebertrag = rest;
    r.begruendung =
      `Zwischennachweis: Der Bewilligungszeitraum läuft weiter${bis}. Der Rest von ${fmtEuro(rest)} bleibt für die übrigen Monate auf dem Budgetkonto; ` +
      `zurückgefordert wird nichts. Die Regel „${RESTE_REGEL_LABELS[i.regel]}“ gilt erst mit dem Nachweis am Ende des Bewilligungszeitraums.`;
    return r;
  }
  switch (i.regel) {
    case "uebertrag-bis-monatsbudget": {
      r.uebertrag = min(rest, max0(i.monatsbudget));
      r.rueckforderung = rest.sub(r.uebertrag);
      r.begruendung = r.rueckforderung.isZero()
        ? `Der Rest von ${fmtEuro(rest)} ist nicht höher als ein Monatsbudget (${fmtEuro(i.monatsbudget)}) und wird ganz in den nächsten Zeitraum übertragen.`
        : `Vom Rest von ${fmtEuro(rest)} werden bis zu einem Monatsbudget (${fmtEuro(i.monatsbudget)}) übertragen; die übrigen ${fmtEuro(r.rueckforderung)} werden zurückgefordert.`;
      break;
    }
    case "rueckforderung":
      r.rueckforderung = rest;
      r.begruendung = `Der Rest von ${fmtEuro(rest)} wird zurückgefordert.`;
      break;
    case "anrechnung":
      r.anrechnung = rest;
      r.begruendung = `Der Rest von ${fmtEuro(rest)} wird auf die nächsten Budgetzahlungen angerechnet.`;
      break;
    case "ansparen":
      r.uebertrag = rest;
      r.begruendung = `Der Rest von ${fmtEuro(rest)} bleibt als Reserve auf dem Budgetkonto und wird übertragen.`;
      break;
  }
  if (i.zwischennachweis) r.begruendung = `Zwischennachweis: Der Träger wendet seine Regel schon jetzt an. ${r.begruendung}`;
  return r;
}

function max0(x: Dec): Dec {
  return x.isNegative() ? ZERO : x;
}
