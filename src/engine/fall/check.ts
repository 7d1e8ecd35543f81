/**
 * Findings of the case record against the plan it belongs to. They name fields and dates, never the
 * budget holder's personal data.
 */
import { befund, type Befund } from "../findings";
import { compareDates, germanDate, type Period } from "../dates";
import type { Fall } from "./types";

export function checkFall(fall: Fall, zeitraum: Period, traegerIds: readonly string[]): Befund[] {
  const out: Befund[] = [];
  const bt = fall.beauftragterTraeger;
  if (bt !== undefined && traegerIds.length > 0 && !traegerIds.includes(bt)) {
    out.push(
      befund(
        "fall-traeger-unbekannt",
        "fehler",
        `Der Beauftragte Träger „${bt}“ steht nicht in der Liste der Träger (${traegerIds.map((t) => `„${t}“`).join(", ")}) – bitte das Kürzel aus der Träger-Tabelle nehmen.`,
        { feld: "fall.beauftragterTraeger" },
      ),
    );
  }
  const { beginn, ende } = fall.zielvereinbarung;
  const vorher = beginn !== undefined && compareDates(zeitraum.beginn, beginn) < 0;
  const nachher = ende !== undefined && compareDates(zeitraum.ende, ende) > 0;
  if (vorher || nachher) {
    const zv = `${beginn ? germanDate(beginn) : "…"} bis ${ende ? germanDate(ende) : "…"}`;
    const monate = vorher && nachher ? "die Monate davor und danach" : vorher ? "die Monate davor" : "die Monate danach";
    out.push(
      befund(
        "fall-zielvereinbarung-zeitraum",
        "hinweis",
        `Der Bewilligungszeitraum (${germanDate(zeitraum.beginn)} bis ${germanDate(zeitraum.ende)}) reicht über die Zielvereinbarung (${zv}) hinaus – für ${monate} braucht es eine neue oder verlängerte Zielvereinbarung (§ 29 Abs. 4 SGB IX).`,
        { feld: vorher ? "fall.zielvereinbarung.beginn" : "fall.zielvereinbarung.ende" },
      ),
    );
  }
  const naechste = fall.bedarfsermittlung.naechste;
  if (naechste && compareDates(naechste, zeitraum.ende) <= 0) {
    const m = fall.bedarfsermittlung.intervallMonate;
    const wie = fall.bedarfsermittlung.naechsteAbgeleitet && m ? ` (${m % 12 === 0 ? `${m / 12 === 1 ? "ein Jahr" : `${m / 12} Jahre`}` : `${m} Monate`} nach der letzten Bedarfsermittlung oder dem Bescheid)` : "";
    out.push(
      befund(
        "fall-bedarfsermittlung-faellig",
        "hinweis",
        `Die nächste Bedarfsermittlung ist am ${germanDate(naechste)} fällig${wie}, noch im Bewilligungszeitraum bis ${germanDate(zeitraum.ende)} – bitte rechtzeitig mit dem Träger einen Termin vereinbaren.`,
        { feld: "fall.bedarfsermittlung.naechste" },
      ),
    );
  }
  return out;
}
