/**
 * The submission document of a read workbook (or a JSON file read as one), shared by the task pane and
 * `budget bericht`: a Verwendungsnachweis when the workbook names its Nachweiszeitraum, else the plan alone.
 * The engine runs through workbook/evaluate.ts, so messages name sheet and cell as everywhere else.
 */
import type { Befund, CalDate, CheckOptions } from "../engine";
import { checkWorkbook, evaluateWorkbookPlan, type Failure } from "../workbook/evaluate";
import type { CellRef, WorkbookRead } from "../workbook/grid-read";
import { buildEinreichung } from "./build";
import type { Einreichung } from "./types";

export type EinreichungOutcome = { ok: true; dokument: Einreichung } | Failure;

/** The cell of a finding in the read workbook: by list row (plan and report rows) or by field. */
export function befundZelle(read: WorkbookRead): (b: Befund) => CellRef | undefined {
  return (b) => {
    const o = b.ort;
    if (!o) return undefined;
    if (o.liste !== undefined && o.zeile !== undefined) return read.cellOf(o.liste, o.zeile, o.feld);
    if (o.feld) return read.locate(`kostenplan.${o.feld}`) ?? read.locate(o.feld);
    return undefined;
  };
}

/** Whether the read input holds a Verwendungsnachweis (its Nachweiszeitraum), not just a plan. */
export function hatNachweis(read: WorkbookRead): boolean {
  const j = read.json;
  return typeof j === "object" && j !== null && !Array.isArray(j) && (j as Record<string, unknown>).zeitraum !== undefined;
}

export function einreichungAusMappe(read: WorkbookRead, erstellt: CalDate, options: CheckOptions = {}): EinreichungOutcome {
  const zelleVon = befundZelle(read);
  if (hatNachweis(read)) {
    const c = checkWorkbook(read, options);
    if (!c.ok) return c;
    return { ok: true, dokument: buildEinreichung({ plan: c.report.plan, ergebnis: c.report.planErgebnis, nachweis: c.result, erstellt, zelleVon }) };
  }
  const p = evaluateWorkbookPlan(read);
  if (!p.ok) return p;
  return { ok: true, dokument: buildEinreichung({ plan: p.plan, ergebnis: p.result, erstellt, zelleVon }) };
}

/** Today in the local calendar (the day printed on the document). */
export function heute(now = new Date()): CalDate {
  return { y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() };
}
