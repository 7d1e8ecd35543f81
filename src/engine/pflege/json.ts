/** The Pflegeversicherung in the result JSON (`pflege`), amounts as decimal strings, month by month and in the period. */
import { fmt } from "../money";
import { isoMonth } from "../dates";
import type { PflegeErgebnis } from "./types";

export function pflegeJson(e: PflegeErgebnis) {
  const a = e.angaben;
  return {
    pflegegrad: Number(a.pflegegrad),
    verwendung: a.verwendung,
    ...(a.traeger ? { traeger: a.traeger } : {}),
    ...(a.anrechnungTraeger ? { anrechnungTraeger: a.anrechnungTraeger } : {}),
    kombinationProzent: a.kombinationProzent.toFixed(),
    ...(a.verwendung === "anrechnung" ? { anrechnungProzent: a.anrechnungProzent.toFixed() } : {}),
    monate: e.monate.map((m) => ({
      monat: isoMonth(m.monat),
      pflegegeldGesetzlich: fmt(m.pflegegeldGesetzlich),
      pflegegeld: fmt(m.pflegegeld),
      ...(m.angerechnet ? { angerechnet: fmt(m.angerechnet) } : {}),
      ...(m.teilbudget ? { teilbudget: fmt(m.teilbudget) } : {}),
      ...(m.ueberBedarf ? { ueberBedarf: fmt(m.ueberBedarf) } : {}),
      ...(m.sachleistungHoechstbetrag ? { sachleistungHoechstbetrag: fmt(m.sachleistungHoechstbetrag), sachleistungAnteil: fmt(m.sachleistungAnteil!) } : {}),
      ...(m.entlastungsbetrag ? { entlastungsbetrag: fmt(m.entlastungsbetrag) } : {}),
    })),
    pflegegeldZeitraum: fmt(e.pflegegeldZeitraum),
    ...(e.angerechnetZeitraum ? { angerechnetZeitraum: fmt(e.angerechnetZeitraum) } : {}),
    ...(e.teilbudgetZeitraum ? { teilbudgetZeitraum: fmt(e.teilbudgetZeitraum) } : {}),
    ...(e.entlastungsbetragZeitraum ? { entlastungsbetragZeitraum: fmt(e.entlastungsbetragZeitraum) } : {}),
  };
}
