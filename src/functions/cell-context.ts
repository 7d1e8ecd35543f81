/**
 * What a custom function cannot see in its arguments but the cell rules need, so that the same cells give
 * the same figures as in the task pane and on the command line: the number formats of its range arguments
 * (a cell formatted as percent holds 0.15 for 15 %, a date typed into an amount cell is a date), which of
 * their cells are empty (Excel on the desktop hands an empty cell over as 0) and the workbook's date
 * system (1900 or 1904).
 *
 * Inside Excel (shared runtime, `@requiresParameterAddresses`), one read-only `context.sync` per call loads
 * both, as Microsoft documents for custom functions that need range formats; the function then answers
 * with a Promise, which Excel awaits. Without Office.js (the headless formula tests, the bench) there are no
 * formats and the 1900 system: the function answers at once. A failed read is a German #WERT!, never a
 * figure computed without the formats.
 */
import type { DateSystem } from "../engine/values";
import { parseAddress } from "../workbook/layout";
import { invalid } from "./errors";
import { dateSystemOf, probeDateSystem } from "../taskpane/office/date-system";

export interface CellContext {
  dateSystem: DateSystem;
  /** Number formats of the range argument at `param` (0-based), row by row; undefined when unknown. */
  formats(param: number): readonly (readonly unknown[])[] | undefined;
  /** Excel's value types of the range argument ("Empty" for an empty cell), row by row; undefined when unknown. */
  types(param: number): readonly (readonly unknown[])[] | undefined;
}

export const PLAIN: CellContext = { dateSystem: 1900, formats: () => undefined, types: () => undefined };

let knownDateSystem: DateSystem | undefined;

interface ExcelLike {
  RequestContext: new () => Excel.RequestContext;
}

function excel(): ExcelLike | undefined {
  const e = (globalThis as { Excel?: ExcelLike }).Excel;
  return e && typeof e.RequestContext === "function" ? e : undefined;
}

async function load(xl: ExcelLike, addresses: readonly (string | undefined)[]): Promise<CellContext> {
  const context = new xl.RequestContext();
  const probe = knownDateSystem ? undefined : probeDateSystem(context);
  const ranges = addresses.map((a) => {
    if (!a) return undefined;
    let sheet: string | undefined;
    try {
      sheet = parseAddress(a).sheet;
    } catch {
      return undefined; // a whole column or row ("A:A"), a name: no formats, the cell rules without them
    }
    if (!sheet || /^\[/.test(sheet)) return undefined; // another workbook: no formats
    const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
    const ref = a.slice(a.lastIndexOf("!") + 1);
    return { ws, range: ws.getRange(ref).load("numberFormat, valueTypes") };
  });
  await context.sync();
  if (probe) knownDateSystem = dateSystemOf(probe);
  const ok = ranges.map((r) => (r && !r.ws.isNullObject ? r.range : undefined));
  return {
    dateSystem: knownDateSystem ?? 1900,
    formats: (p) => ok[p]?.numberFormat as unknown[][] | undefined,
    types: (p) => ok[p]?.valueTypes as unknown[][] | undefined,
  };
}

/**
 * Runs `body` with the cell context of this call. `rangeParams` are the indexes of the range arguments whose
 * formats matter. The result is `T` outside Excel and a Promise of `T` inside (typed as `T`, which Excel's
 * runtime handles alike); `body`'s errors propagate either way.
 */
export function withCells<T>(invocation: CustomFunctions.Invocation | undefined, rangeParams: readonly number[], body: (cells: CellContext) => T): T {
  const xl = excel();
  const addresses = invocation?.parameterAddresses;
  if (!xl || !addresses) return body(PLAIN);
  const wanted = addresses.map((a, i) => (rangeParams.includes(i) ? a : undefined));
  if (knownDateSystem && wanted.every((a) => !a)) return body({ ...PLAIN, dateSystem: knownDateSystem });
  return load(xl, wanted).then(
    (cells) => body(cells),
    () => {
      throw invalid("Excel konnte die Zahlenformate der Bereiche nicht liefern (z. B. während eine Zelle bearbeitet wird) – bitte die Eingabe abschließen und neu berechnen (F9).");
    },
  ) as unknown as T;
}

/** For tests: forget the cached date system. */
export function resetCellContext(): void {
  knownDateSystem = undefined;
}
