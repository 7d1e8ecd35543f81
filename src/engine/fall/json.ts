/**
 * The case record in result JSON: the file's identity, dates and due dates, without the personal data
 * (name, address, date of birth), which only the submission document prints.
 */
import { isoDate } from "../dates";
import type { Fall } from "./types";

export function fallJson(f: Fall): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (f.aktenzeichen) out.aktenzeichen = f.aktenzeichen;
  if (f.beauftragterTraeger) out.beauftragterTraeger = f.beauftragterTraeger;
  if (f.bescheidDatum) out.bescheidDatum = isoDate(f.bescheidDatum);
  const zv = f.zielvereinbarung;
  if (zv.beginn || zv.ende) out.zielvereinbarung = { ...(zv.beginn ? { beginn: isoDate(zv.beginn) } : {}), ...(zv.ende ? { ende: isoDate(zv.ende) } : {}) };
  if (f.bedarfsermittlung.naechste) out.naechsteBedarfsermittlung = isoDate(f.bedarfsermittlung.naechste);
  if (f.nachweise.length) {
    out.nachweise = f.nachweise.map((n) => ({
      art: n.art,
      intervall: n.intervall,
      termine: n.termine.map((t) => ({ beginn: isoDate(t.abschnitt.beginn), ende: isoDate(t.abschnitt.ende), faellig: isoDate(t.faellig) })),
    }));
  }
  return out;
}
