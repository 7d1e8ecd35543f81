/**
 * writeSettings(values): each key's row found by the settings table's „Schlüssel“ column (one read), then
 * the „Wert“ cells written (one sync). An unknown key writes nothing and raises a HostError.
 */
import { SETTINGS, SETTINGS_COLUMNS, normHeader, tableDef, type ColumnKind } from "../../workbook/layout";
import { toExcelSerial, tryParseDate } from "../../engine/dates";
import { HostError, type SettingValue } from "../host/types";
import { officeCode } from "./errors";
import { runWrite } from "./run";

export const SETTINGS_SYNCS = 2;
const TABLE = tableDef("tblEinstellungen");

/** The cell value for a setting: dates as serials, numbers as numbers, yes/no as "ja"/"nein", null clears. */
export function settingCell(value: SettingValue, kind: ColumnKind): string | number | boolean {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "ja" : "nein";
  if (typeof value === "number") return value;
  const s = value.trim();
  const iso = kind === "datum" && /^\d{4}-\d{2}-\d{2}$/.test(s) ? tryParseDate(s) : null;
  if (iso) return toExcelSerial(iso);
  if ((kind === "betrag" || kind === "zahl" || kind === "prozent") && /^-?\d+([.,]\d+)?$/.test(s)) return Number(s.replace(",", "."));
  // a leading apostrophe keeps text that Excel would read as a formula
  return s.startsWith("=") ? `'${s}` : s;
}

function column(headers: unknown[], key: string): number {
  const def = SETTINGS_COLUMNS.find((c) => c.key === key)!;
  return headers.findIndex((h) => typeof h === "string" && (normHeader(h) === normHeader(def.header) || normHeader(h) === normHeader(def.key)));
}

export async function writeSettingValues(values: Readonly<Record<string, SettingValue>>): Promise<void> {
  const keys = Object.keys(values);
  try {
    await runWrite(async (context) => {
      const range = context.workbook.tables.getItem(TABLE.name).getRange().load("values");
      await context.sync();

      const [headers = [], ...rows] = range.values;
      const keyCol = column(headers, "schluessel");
      const wertCol = column(headers, "wert");
      if (keyCol < 0 || wertCol < 0) throw new HostError("Die Tabelle „Einstellungen“ hat keine Spalten „Schlüssel“ und „Wert“ mehr.", "einstellungen");
      const rowOf = new Map<string, number>();
      rows.forEach((r, i) => {
        const k = String(r[keyCol] ?? "").trim();
        if (k && !rowOf.has(k)) rowOf.set(k, i + 1);
      });
      const missing = keys.find((k) => !rowOf.has(k));
      if (missing !== undefined) {
        const def = SETTINGS.find((s) => s.key === missing);
        throw new HostError(
          def ? `Die Einstellung „${def.label}“ fehlt in der Tabelle „Einstellungen“.` : `Unbekannte Einstellung „${missing}“.`,
          "einstellung",
        );
      }
      for (const k of keys) {
        const kind = SETTINGS.find((s) => s.key === k)?.kind ?? "text";
        range.getCell(rowOf.get(k)!, wertCol).values = [[settingCell(values[k], kind)]];
      }
      await context.sync();
    });
  } catch (e) {
    if (officeCode(e) === "ItemNotFound") throw new HostError("Die Einstellungen fehlen – bitte Vorlage einfügen.", "ItemNotFound");
    throw e;
  }
}
