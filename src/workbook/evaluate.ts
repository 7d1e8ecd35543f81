/**
 * The engine run on a read workbook, shared by the command line and the task pane: the cost plan
 * (parse + evaluate) and the check of the Verwendungsnachweis. Input errors become German messages that
 * name the sheet and cell; findings get their sheet and cell. Nothing here computes an amount itself.
 */
import { checkReport, counts, evaluatePlan, isInputError, parsePlan, parseReport, type Befund, type InputError, type CheckOptions, type Plan, type PlanResult, type Report, type ReportResult } from "../engine";
import { readerFindings, type CellRef, type WorkbookRead } from "./grid-read";

/** `leer`: the workbook holds nothing to compute yet (an empty template), not a mistake. */
/** `fehlend`: a legal figure is missing (custom functions answer #NV). */
export type Failure = { ok: false; message: string; ort?: CellRef; leer?: boolean; fehlend?: boolean; feld?: string };
/** With the parsed plan or report beside the result (the submission document needs the Träger's addresses and the case record). */
export type PlanOutcome = { ok: true; result: PlanResult; plan: Plan } | Failure;
export type CheckOutcome = { ok: true; result: ReportResult; report: Report } | Failure;

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
    const parsed = parsePlan(plan);
    const result = evaluatePlan(parsed);
    return { ok: true, result: { ...result, befunde: [...readerFindings(read, "plan"), ...result.befunde] }, plan: parsed };
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
 * Checks the Verwendungsnachweis: all rules of the report engine, the plan's own findings and the reader's
 * findings (each once); findings with a row get the sheet and cell of that row, the plan's findings on a
 * setting the cell of that setting. An empty template fails as `leer` with the engine's message naming the first missing
 * field (the period), which tells the user where to start.
 */
export function checkWorkbook(read: WorkbookRead, options: CheckOptions = {}): CheckOutcome {
  let result: ReportResult;
  let report: Report;
  try {
    report = parseReport(read.json);
    result = checkReport(report, options);
  } catch (e) {
    if (!isInputError(e)) throw e;
    const failure = describeInputError(e, read.locate);
    return e.field === "zeitraum" && isEmptyReport(read.json) ? { ...failure, leer: true } : failure;
  }
  // every finding of the reader once: those of the plan's tables too, since the plan's findings are reported
  const befunde = [
    ...read.befunde,
    ...result.befunde.map((b) => withCell(read, b)),
  ];
  return { ok: true, result: { ...result, befunde, counts: counts(befunde) }, report };
}

/**
 * A finding with the sheet and cell it names in the read workbook (unchanged where there is none): a row
 * of a list by its row; a field of the plan by its setting, as the Kostenplan view finds it ("obergrenzeMonat"
 * lives under "kostenplan."). `plan`: the finding is one of the plan's own, whose fields are the plan's
 * (in a checked report they are marked `teil: "kostenplan"`); fields of the report are not located here.
 */
export function withCell(read: WorkbookRead, b: Befund, plan = b.teil === "kostenplan"): Befund {
  const o = b.ort;
  if (!o || (o.blatt && o.zelle)) return b;
  let c: CellRef | undefined;
  if (o.liste !== undefined && o.zeile !== undefined) c = read.cellOf(o.liste, o.zeile, o.feld);
  else if (plan && o.liste === undefined && o.feld) c = read.locate(o.feld.startsWith("kostenplan.") ? o.feld : `kostenplan.${o.feld}`) ?? read.locate(o.feld);
  return c ? { ...b, ort: { ...o, blatt: c.blatt, zelle: c.zelle } } : b;
}

/** A JSON file as a read workbook: no cells to name. */
export function jsonAsRead(json: unknown): WorkbookRead {
  return { json, cellOf: () => undefined, locate: () => undefined, tables: [], befunde: [] };
}
