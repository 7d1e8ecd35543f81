/**
 * What the task pane needs from a workbook. Two implementations:
 * - `office/` (Excel through Office.js: one `Excel.run` per action, a fixed number of `context.sync`);
 * - `preview/` (a plain browser without Office: the bundled sample case, in memory).
 * The views talk only to this interface; every figure they show comes from the engine.
 */
import type { CellRef, WorkbookRead } from "../../workbook/grid-read";
import type { Einreichung } from "../../document/types";

export type { CellRef, WorkbookRead, Einreichung };

export type HostMode = "excel" | "vorschau";

/** One sheet of the template and where it would go. */
export interface TemplateSheetPlan {
  /** Name in the template (layout.ts), e.g. "Kostenplan". */
  vorlage: string;
  /** Name it gets: the template name, or a new one ("Kostenplan (2)") when a sheet of that name holds data. */
  name: string;
  /** A sheet of the template name exists already (empty ones are reused, others keep their data). */
  vorhanden: boolean;
}

export interface TemplateState {
  /** The template's tables are in the workbook already (at least tblKostenplan or tblAusgaben). */
  eingefuegt: boolean;
  /** Where each template sheet would go; only meaningful when not yet inserted. */
  blaetter: TemplateSheetPlan[];
}

export interface InsertResult {
  /** Names of the sheets created or reused, in template order. */
  blaetter: string[];
}

/** Figures the check writes into the summary sheet's value cells without formulas (layout SUMMARY_ROWS keys). */
export type SummaryValues = Partial<Record<string, number>>;

export interface SubmissionResult {
  /** Names of the new sheets with values instead of BUDGET.* formulas. */
  blaetter: string[];
  /** How many BUDGET.* formulas were replaced by their values. */
  ersetzt: number;
}

export interface CalculationResult {
  /** Name of the sheet written („Berechnung“, or „Berechnung (2)“ when a sheet of the user has that name). */
  blatt: string;
  /** Rows written. */
  zeilen: number;
  /** The sheet was created (not refreshed). */
  neu: boolean;
}

/** A setting value as written into the settings table's „Wert“ cell. */
export type SettingValue = string | number | boolean | null;

export interface WorkbookHost {
  readonly mode: HostMode;
  /** Reads the template's tables into the verwendungsnachweis/1 JSON; undefined when the template is missing. */
  read(): Promise<WorkbookRead | undefined>;
  /** Whether the template is there, and where its sheets would go. */
  templateState(): Promise<TemplateState>;
  /** Inserts the template with the given plan (from templateState); never overwrites a non-empty sheet. */
  insertTemplate(plan: TemplateSheetPlan[]): Promise<InsertResult>;
  /** Activates the sheet and selects the cell. */
  select(ref: CellRef): Promise<void>;
  /** Writes the check's figures into the summary sheet (cells the template reserves for them). */
  writeSummary(values: SummaryValues): Promise<void>;
  /**
   * Copies the template sheets with every BUDGET.* formula replaced by its value; the originals stay untouched.
   * With the submission document, a sheet „Berechnung (Abgabe)“ with its figures as values comes along, and the
   * copies' headers name its Aktenzeichen.
   */
  prepareSubmission(dokument?: Einreichung): Promise<SubmissionResult>;
  /**
   * Writes the submission document's figures as values into the sheet „Berechnung“ (the add-in's own sheet,
   * found by its workbook name; created when missing, refreshed otherwise; never a sheet of the user).
   */
  writeCalculation(dokument: Einreichung): Promise<CalculationResult>;
  /** Writes settings (by key of layout SETTINGS) into the settings table's „Wert“ cells. */
  writeSettings(values: Readonly<Record<string, SettingValue>>): Promise<void>;
  /** Calls `listener` after the user changed the workbook (debounced by the caller); returns an unsubscribe. */
  onChange(listener: () => void): () => void;
}

/** An error whose message is already plain German for the user (the Office layer maps Office errors to it). */
export class HostError extends Error {
  constructor(message: string, readonly code?: string) {
    super(message);
    this.name = "HostError";
  }
}
