/** Test helpers: temp folders and filling the template like a user (or another tool) would. */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { FALL_ROWS, TABLES, settingRow, tableDef } from "../../src/workbook/layout";
import { buildTemplate } from "../../src/workbook/xlsx-write";
import { gridToJson, isTemplateSheet, type WorkbookRead } from "../../src/workbook/grid-read";
import { readXlsxGrids } from "../../src/workbook/xlsx/workbook";

export const SAMPLE = JSON.parse(readFileSync(join(__dirname, "../../samples/verwendungsnachweis-2026-h1.json"), "utf8"));

export function tempDir(prefix = "budget-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export type Cell = ExcelJS.CellValue;
type Obj = Record<string, unknown>;

/** Excel serial day of an ISO date (1900 system). */
export function serial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}

export function germanDate(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

function get(o: Obj, key: string): unknown {
  return key.split(".").reduce<unknown>((x, k) => (x && typeof x === "object" ? (x as Obj)[k] : undefined), o);
}

/** Writes rows into a table of the template, starting below the header; `gaps` inserts empty rows before these indexes. */
export function fillTable(wb: ExcelJS.Workbook, tableName: string, rows: Obj[], cell: (key: string, v: unknown, i: number) => Cell = (_k, v) => v as Cell, gaps: number[] = []): number[] {
  const t = tableDef(tableName);
  const ws = wb.getWorksheet(t.sheet)!;
  const sheetRows: number[] = [];
  let r = t.headerRow + 1;
  rows.forEach((row, i) => {
    if (gaps.includes(i)) r++;
    t.columns.forEach((c, j) => {
      const v = get(row, c.key);
      if (v === undefined || v === "") return;
      ws.getCell(r, t.firstCol + j).value = cell(c.key, v, i);
    });
    sheetRows.push(r);
    r++;
  });
  return sheetRows;
}

/** Types a value into the „Wert“ cell of a setting, or of an entry of the case record (sheet „Fall“). */
export function setSetting(wb: ExcelJS.Workbook, key: string, value: Cell): void {
  const t = tableDef(FALL_ROWS.some((s) => s.key === key) ? "tblFall" : "tblEinstellungen");
  wb.getWorksheet(t.sheet)!.getCell(settingRow(key), t.firstCol + 1).value = value;
}

/**
 * The template filled from a verwendungsnachweis/1 JSON in mixed cell styles: amounts as numbers
 * (€ format) or German strings, dates as JS dates, Excel serials or German strings.
 */
export function filledWorkbook(json: Obj = SAMPLE, gaps: number[] = []): { wb: ExcelJS.Workbook; ausgabenRows: number[] } {
  const wb = buildTemplate();
  const plan = json.kostenplan as Obj;
  setSetting(wb, "zeitraum.beginn", germanDate((json.zeitraum as Obj).beginn as string)); // German string
  setSetting(wb, "zeitraum.ende", serial((json.zeitraum as Obj).ende as string)); // Excel serial
  setSetting(wb, "kostenplan.zeitraum.beginn", new Date(`${(plan.zeitraum as Obj).beginn}T00:00:00Z`)); // JS date
  setSetting(wb, "kostenplan.zeitraum.ende", new Date(`${(plan.zeitraum as Obj).ende}T00:00:00Z`));
  const rundung = (plan.einstellungen as Obj | undefined)?.rundung as Obj | undefined;
  const monat = rundung?.monat as Obj | undefined;
  if (monat) {
    setSetting(wb, "kostenplan.einstellungen.rundung.monat.schritt", Number(monat.schritt));
    setSetting(wb, "kostenplan.einstellungen.rundung.monat.richtung", monat.richtung as string);
  }
  if (plan.obergrenzeMonat) setSetting(wb, "kostenplan.obergrenzeMonat", Number(plan.obergrenzeMonat));
  const regeln = (json.regeln ?? {}) as Obj;
  if (regeln.reste) setSetting(wb, "regeln.reste", regeln.reste as string);
  const angaben = json.angaben as Obj | undefined;
  if (angaben) for (const k of ["einnahmen", "ausgaben", "rest"]) setSetting(wb, `angaben.${k}`, Number(angaben[k]));

  const num = (_k: string, v: unknown) => (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : (v as Cell));
  fillTable(wb, "tblTraeger", (plan.traeger as Obj[]) ?? [], num);
  fillTable(wb, "tblKostenplan", plan.positionen as Obj[], num);
  fillTable(wb, "tblBeschaeftigte", (json.beschaeftigte as Obj[]) ?? [], num);
  fillTable(wb, "tblEinnahmen", (json.einnahmen as Obj[]) ?? [], (k, v, i) =>
    k === "datum" ? new Date(`${v}T00:00:00Z`) : k === "betrag" && i % 2 === 1 ? String(v).replace(".", ",") + " €" : num(k, v),
  );
  const ausgabenRows = fillTable(
    wb,
    "tblAusgaben",
    (json.ausgaben as Obj[]) ?? [],
    (k, v, i) => {
      if (k === "datum") return i % 3 === 0 ? germanDate(v as string) : i % 3 === 1 ? serial(v as string) : new Date(`${v}T00:00:00Z`);
      if (k === "leistungsmonat") return i % 2 === 0 ? `${(v as string).slice(5)}/${(v as string).slice(0, 4)}` : new Date(`${v}-01T00:00:00Z`);
      if (k === "betrag" && i % 4 === 3) return String(v).replace(".", ","); // German text in an amount cell
      return num(k, v);
    },
    gaps,
  );
  return { wb, ausgabenRows };
}

export async function writeWorkbook(wb: ExcelJS.Workbook, path: string): Promise<void> {
  await wb.xlsx.writeFile(path);
}

/** The workbook as the command line reads it: saved as .xlsx in memory, then through the project's reader. */
export async function readBack(wb: ExcelJS.Workbook, name = "fall.xlsx"): Promise<WorkbookRead> {
  const buf = new Uint8Array(await wb.xlsx.writeBuffer());
  return gridToJson(readXlsxGrids(buf, name, isTemplateSheet));
}

export { TABLES };
