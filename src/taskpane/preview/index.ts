/**
 * The preview host: a plain browser without Excel works on a bundled sample case in memory — one with a few
 * findings (samples/vorschau-beispiel.json), so the check shows what it does.
 * Reading, checking and the settings work as in Excel (settings change the in-memory case); inserting the
 * template and preparing the submission need Excel and say so.
 */
import sample from "../../../samples/vorschau-beispiel.json";
import { SHEETS, TABLES } from "../../workbook/layout";
import {
  HostError,
  type CalculationResult,
  type CellRef,
  type InsertResult,
  type SettingValue,
  type SubmissionResult,
  type SummaryValues,
  type TemplateState,
  type WorkbookHost,
  type WorkbookRead,
} from "../host/types";
import { templateCellOf, templateLocate } from "./cells";

type Obj = Record<string, unknown>;

/** Why the preview cannot write the sheet „Berechnung“ (the view shows it next to the disabled button). */
export const VORSCHAU_BERECHNUNG = "Das geht nur in Excel: Dort schreibt das Add-in alle Zahlen als Werte in das Blatt „Berechnung“. In der Vorschau gibt es keine Blätter.";

export interface PreviewHost extends WorkbookHost {
  /** Cells "selected" so far (the preview has no sheet to show them in). */
  readonly auswahl: readonly CellRef[];
  /** Figures the last check would have written into the summary sheet. */
  readonly zusammenfassung: SummaryValues | undefined;
}

function setPath(target: Obj, path: readonly string[], value: SettingValue): void {
  let o = target;
  for (const teil of path.slice(0, -1)) {
    const next = o[teil];
    if (!next || typeof next !== "object" || Array.isArray(next)) o[teil] = {};
    o = o[teil] as Obj;
  }
  const last = path[path.length - 1];
  if (value === null || value === "") delete o[last];
  else o[last] = value;
}

export function createPreviewHost(json: unknown = sample): PreviewHost {
  const data = JSON.parse(JSON.stringify(json)) as Obj;
  const listeners = new Set<() => void>();
  const auswahl: CellRef[] = [];
  let zusammenfassung: SummaryValues | undefined;

  return {
    mode: "vorschau",
    get auswahl() {
      return auswahl;
    },
    get zusammenfassung() {
      return zusammenfassung;
    },
    async read(): Promise<WorkbookRead> {
      return {
        json: JSON.parse(JSON.stringify(data)),
        cellOf: templateCellOf,
        locate: templateLocate,
        tables: TABLES.map((t) => t.name),
        befunde: [],
      };
    },
    async templateState(): Promise<TemplateState> {
      return { eingefuegt: true, blaetter: SHEETS.map((s) => ({ vorlage: s.name, name: s.name, vorhanden: true })) };
    },
    async insertTemplate(): Promise<InsertResult> {
      throw new HostError("Die Vorlage kann nur in Excel eingefügt werden. Die Vorschau zeigt einen schon ausgefüllten Beispielfall.");
    },
    async select(ref: CellRef): Promise<void> {
      auswahl.push(ref);
    },
    async writeSummary(values: SummaryValues): Promise<void> {
      zusammenfassung = { ...values };
    },
    async prepareSubmission(): Promise<SubmissionResult> {
      throw new HostError(
        "Das geht nur in Excel: Dort legt das Add-in Kopien der Blätter an, in denen die Formeln durch ihre Werte ersetzt sind. In der Vorschau gibt es keine Blätter.",
      );
    },
    async writeCalculation(): Promise<CalculationResult> {
      throw new HostError(VORSCHAU_BERECHNUNG);
    },
    async writeSettings(values: Readonly<Record<string, SettingValue>>): Promise<void> {
      for (const [key, value] of Object.entries(values)) setPath(data, key.split("."), value);
      for (const l of [...listeners]) l();
    },
    onChange(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
