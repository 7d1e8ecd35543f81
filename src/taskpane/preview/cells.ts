/**
 * Where the rows of a verwendungsnachweis/1 JSON would stand in a freshly inserted template (layout.ts):
 * row n of a list in sheet row headerRow + n, a key in its table column, a setting in its row of the
 * settings table. The preview has no grid to read positions from; with these, its findings name the
 * cells they would have in Excel. Field names are parsed as the workbook reader does (grid-read.ts).
 */
import { SETTINGS, cellAddress, settingRow, tableDef, tableForListe } from "../../workbook/layout";
import { feldKeys, listField, listeOf } from "../../workbook/grid-read";
import type { CellRef } from "../host/types";

export function templateCellOf(liste: string, zeile: number, feld?: string): CellRef | undefined {
  const l = listeOf(liste);
  const t = l && tableForListe(l);
  if (!t || !Number.isInteger(zeile) || zeile < 1) return undefined;
  const idx = feldKeys(feld)
    .map((k) => t.columns.findIndex((c) => c.key === k))
    .find((i) => i >= 0);
  return { blatt: t.sheet, zelle: cellAddress(t, idx ?? 0, t.headerRow + zeile) };
}

export function templateLocate(field: string): CellRef | undefined {
  const lf = listField(field);
  if (lf) return templateCellOf(lf.liste, lf.zeile, lf.feld);
  const key = field.replace(/^verwendungsnachweis\./, "");
  const def =
    SETTINGS.find((s) => s.key === key || s.key === `kostenplan.${key}`) ??
    SETTINGS.find((s) => s.key.startsWith(`${key}.`) || s.key.startsWith(`kostenplan.${key}.`));
  if (!def) return undefined;
  const t = tableDef("tblEinstellungen");
  return { blatt: t.sheet, zelle: cellAddress(t, t.columns.findIndex((c) => c.key === "wert"), settingRow(def.key)) };
}
