/**
 * Where the rows of a verwendungsnachweis/1 JSON would stand in a freshly inserted template (layout.ts):
 * row n of a list in sheet row headerRow + n, a key in its table column, a setting in its row of the
 * settings table. The preview uses it so that findings name real-looking cells.
 */
import { SETTINGS, columnLetter, tableDef, tableForListe, type TableDef } from "../../workbook/layout";
import type { CellRef } from "../host/types";

const ALIASES: Record<string, string> = {
  "kostenplan.positionen": "positionen",
  "kostenplan.traeger": "traeger",
};

function columnOf(t: TableDef, feld?: string): number {
  const key = feld?.includes("].") ? feld.slice(feld.lastIndexOf("].") + 2) : feld;
  let idx = key ? t.columns.findIndex((c) => c.key === key) : -1;
  if (idx < 0 && key) idx = t.columns.findIndex((c) => c.key === key.split(".")[0]);
  return t.firstCol + Math.max(idx, 0);
}

export function templateCellOf(liste: string, zeile: number, feld?: string): CellRef | undefined {
  const t = tableForListe(ALIASES[liste] ?? liste);
  if (!t || !Number.isInteger(zeile) || zeile < 1) return undefined;
  return { blatt: t.sheet, zelle: `${columnLetter(columnOf(t, feld))}${t.headerRow + zeile}` };
}

export function templateLocate(field: string): CellRef | undefined {
  const m = /^(kostenplan\.positionen|kostenplan\.traeger|positionen|traeger|einnahmen|beschaeftigte|ausgaben)\[(\d+)\](?:\.([\w.]+))?/.exec(field);
  if (m) return templateCellOf(m[1], Number(m[2]), m[3]);
  const key = field.replace(/^verwendungsnachweis\./, "");
  let i = SETTINGS.findIndex((s) => s.key === key || s.key === `kostenplan.${key}`);
  if (i < 0) i = SETTINGS.findIndex((s) => s.key.startsWith(`${key}.`) || s.key.startsWith(`kostenplan.${key}.`));
  if (i < 0) return undefined;
  const t = tableDef("tblEinstellungen");
  const wert = t.columns.findIndex((c) => c.key === "wert");
  return { blatt: t.sheet, zelle: `${columnLetter(t.firstCol + wert)}${t.headerRow + 1 + i}` };
}
