/** Findings (Befunde) for display: grouped by severity, each with the cell it names when there is one. */
import type { Befund, Schwere } from "../../engine";
import type { CellRef, WorkbookRead } from "../host/types";

export const SCHWERE_REIHENFOLGE: readonly Schwere[] = ["fehler", "warnung", "hinweis"];

export const SCHWERE_TITEL: Record<Schwere, { eins: string; mehrere: string }> = {
  fehler: { eins: "Fehler", mehrere: "Fehler" },
  warnung: { eins: "Warnung", mehrere: "Warnungen" },
  hinweis: { eins: "Hinweis", mehrere: "Hinweise" },
};

export interface BefundZeile {
  key: string;
  regel: string;
  schwere: Schwere;
  text: string;
  ort?: CellRef;
  begruendung?: string;
}

export interface BefundGruppe {
  schwere: Schwere;
  titel: string;
  befunde: BefundZeile[];
}

/**
 * The cell of a finding: the sheet and cell the engine adapter put on it, else looked up in the read
 * workbook by list row (plan findings) or by field ("obergrenzeMonat" lives under "kostenplan.").
 */
export function ortVon(b: Befund, read?: WorkbookRead, feldPrefix = ""): CellRef | undefined {
  const o = b.ort;
  if (!o) return undefined;
  if (o.blatt && o.zelle) return { blatt: o.blatt, zelle: o.zelle };
  if (!read) return undefined;
  if (o.liste !== undefined && o.zeile !== undefined) return read.cellOf(o.liste, o.zeile, o.feld);
  if (o.feld) return read.locate(`${feldPrefix}${o.feld}`) ?? read.locate(o.feld);
  return undefined;
}

export function befundZeilen(befunde: readonly Befund[], read?: WorkbookRead, feldPrefix = ""): BefundZeile[] {
  return befunde.map((b, i) => {
    const ort = ortVon(b, read, feldPrefix);
    return {
      key: `${i}-${b.regel}`,
      regel: b.regel,
      schwere: b.schwere,
      text: b.text,
      ...(ort ? { ort } : {}),
      ...(b.begruendung ? { begruendung: b.begruendung } : {}),
    };
  });
}

/** Non-empty groups in the order Fehler, Warnungen, Hinweise. */
export function gruppieren(zeilen: readonly BefundZeile[]): BefundGruppe[] {
  return SCHWERE_REIHENFOLGE.map((schwere) => {
    const befunde = zeilen.filter((z) => z.schwere === schwere);
    const t = SCHWERE_TITEL[schwere];
    return { schwere, titel: befunde.length === 1 ? t.eins : t.mehrere, befunde };
  }).filter((g) => g.befunde.length > 0);
}
