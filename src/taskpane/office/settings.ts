/**
 * writeSettings(values): each key's row found by the settings table's „Schlüssel“ column (one read), then
 * the „Wert“ cells written (one sync). An unknown key writes nothing and raises a HostError.
 */
import { SETTINGS, SETTINGS_COLUMNS, normHeader, tableDef, type ColumnKind } from "../../workbook/layout";
import { dateOfText, decimalOf, serialOfDate, type DateSystem } from "../../engine/values";
import { HostError, type SettingValue } from "../host/types";
import { officeCode } from "./errors";
import { runWrite } from "./run";
import { dateSystemOf, probeDateSystem } from "./date-system";

export const SETTINGS_SYNCS = 2;
const TABLE = tableDef("tblEinstellungen");

/**
 * The cell value for a setting: dates as serials in the workbook's date system, numbers as numbers (read as a
 * person typed them: "1.500" is fifteen hundred), yes/no as "ja"/"nein", null clears.
 */
export function settingCell(value: SettingValue, kind: ColumnKind, dateSystem: DateSystem = 1900): string | number | boolean {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "ja" : "nein";
  if (typeof value === "number") return value;
  const s = value.trim();
  const date = kind === "datum" ? dateOfText(s) : null;
  if (date) return serialOfDate(date, dateSystem);
  const d = kind === "betrag" || kind === "zahl" || kind === "prozent" ? decimalOf(s, "mensch", kind === "betrag" ? "euro" : kind === "prozent" ? "prozent" : undefined) : null;
  if (d) return Number(d.toFixed());
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
      const probe = probeDateSystem(context);
      await context.sync();
      const dateSystem = dateSystemOf(probe);

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
          def
            ? `Die Einstellung „${def.label}“ fehlt in der Tabelle „Einstellungen“ (die Arbeitsmappe stammt aus einer älteren Vorlage). ` +
                `Bitte unten in der Tabelle eine Zeile mit dem Schlüssel „${missing}“ anfügen und den Wert dort eintragen.`
            : `Unbekannte Einstellung „${missing}“.`,
          "einstellung",
        );
      }
      for (const k of keys) {
        const def = SETTINGS.find((s) => s.key === k);
        // a choice is written as the German word its dropdown offers (the code is read as well)
        const value = values[k];
        const shown = def?.vocab && typeof value === "string" && value in def.vocab.labels ? def.vocab.labels[value] : value;
        range.getCell(rowOf.get(k)!, wertCol).values = [[settingCell(shown, def?.kind ?? "text", dateSystem)]];
      }
      await context.sync();
    });
  } catch (e) {
    if (officeCode(e) === "ItemNotFound") throw new HostError("Die Einstellungen fehlen – bitte Vorlage einfügen.", "ItemNotFound");
    throw e;
  }
}
