/**
 * The engine run on a read workbook, shared by the command line and the task pane: the cost plan
 * (parse + evaluate) and the check of the Verwendungsnachweis. Input errors become German messages that
 * name the sheet and cell; findings get their sheet and cell. Nothing here computes an amount itself.
 */
import { checkReport, counts, evaluatePlan, isInputError, parsePlan, parseReport, type InputError, type CheckOptions, type PlanResult, type ReportResult } from "../engine";
import { readerFindings, type CellRef, type WorkbookRead } from "./grid-read";

/** `leer`: the workbook holds nothing to compute yet (an empty template), not a mistake. */
/** `fehlend`: a legal figure is missing (custom functions answer #NV). */
export type Failure = { ok: false; message: string; ort?: CellRef; leer?: boolean; fehlend?: boolean; feld?: string };
export type PlanOutcome = { ok: true; result: PlanResult } | Failure;
export type CheckOutcome = { ok: true; result: ReportResult } | Failure;

/** An input error as a German message naming the cell („Blatt „Ausgaben“, Zelle E7: …“) where the field can be located. */
export function describeInputError(e: InputError, locate?: (field: string) => CellRef | undefined): Failure {
  const msg = e.message;
  const fehlend = { ...(e.kind === "fehlend" ? { fehlend: true } : {}), ...(e.field ? { feld: e.field } : {}) };
  const ort = locate && e.field ? locate(e.field) : undefined;
  if (!ort || msg.startsWith("Blatt „")) return { ok: false, message: msg, ...fehlend };
  const prefix = `${e.field}: `;
  const rest = msg.startsWith(prefix) ? msg.slice(prefix.length) : msg;
  return { ok: false, message: `Blatt „${ort.blatt}“, Zelle ${ort.zelle}: ${rest}`, ort, ...fehlend };
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === "object" && !Array.isArray(v) ? (v as Obj) : {});
const rows = (v: unknown): number => (Array.isArray(v) ? v.length : 0);

/** Evaluates the workbook's cost plan. */
export function evaluateWorkbookPlan(read: WorkbookRead): PlanOutcome {
  const plan = obj(obj(read.json).kostenplan);
  if (rows(plan.positionen) === 0) {
    return { ok: false, leer: true, message: "Der Kostenplan hat noch keine Positionen." };
  }
  try {
    const result = evaluatePlan(parsePlan(plan));
    return { ok: true, result: { ...result, befunde: [...readerFindings(read, "plan"), ...result.befunde] } };
  } catch (e) {
    if (isInputError(e)) return describeInputError(e, (f) => read.locate(f.startsWith("kostenplan.") ? f : `kostenplan.${f}`) ?? read.locate(f));
    throw e;
  }
}

/** Nothing entered yet: no period, no rows in the Kostenplan, Einnahmen, Beschäftigte or Ausgaben (the empty template). */
function isEmptyReport(json: unknown): boolean {
  const r = obj(json);
  return r.zeitraum === undefined && rows(obj(r.kostenplan).positionen) === 0 && ["einnahmen", "beschaeftigte", "ausgaben"].every((k) => rows(r[k]) === 0);
}

/**
 * Checks the Verwendungsnachweis: all rules of the report engine; findings with a row get the sheet and
 * cell of that row. An empty template fails as `leer` with the engine's message naming the first missing
 * field (the period), which tells the user where to start.
 */
export function checkWorkbook(read: WorkbookRead, options: CheckOptions = {}): CheckOutcome {
  let result: ReportResult;
  try {
    result = checkReport(parseReport(read.json), options);
  } catch (e) {
    if (!isInputError(e)) throw e;
    const failure = describeInputError(e, read.locate);
    return e.field === "zeitraum" && isEmptyReport(read.json) ? { ...failure, leer: true } : failure;
  }
  const befunde = [
    ...readerFindings(read, "nachweis"),
    ...result.befunde.map((b) => {
      if (!b.ort || b.ort.liste === undefined || b.ort.zeile === undefined) return b;
      const c = read.cellOf(b.ort.liste, b.ort.zeile, b.ort.feld);
      return c ? { ...b, ort: { ...b.ort, blatt: c.blatt, zelle: c.zelle } } : b;
    }),
  ];
  return { ok: true, result: { ...result, befunde, counts: counts(befunde) } };
}

/** A JSON file as a read workbook: no cells to name. */
export function jsonAsRead(json: unknown): WorkbookRead {
  return { json, cellOf: () => undefined, locate: () => undefined, tables: [], befunde: [] };
}
