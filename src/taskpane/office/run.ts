/**
 * The one way this layer talks to Excel: one `Excel.run` per action, errors mapped to German.
 * Actions that write use `mergeUndoGroup: true` (ExcelApi 1.20): all their syncs form ONE undo step;
 * older hosts ignore the option (then every sync is its own undo step).
 */
import { isInputError } from "../../engine/errors";
import { toHostError } from "./errors";

/** The reader's own German input errors (naming sheet and cell) pass through; Office's errors become German. */
function mapped(e: unknown): unknown {
  return isInputError(e) ? e : toHostError(e);
}

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** An action that only reads (or selects). */
export async function runRead<T>(batch: Batch<T>): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (e) {
    throw mapped(e);
  }
}

/** An action that writes: one undo group. */
export async function runWrite<T>(batch: Batch<T>): Promise<T> {
  try {
    return await Excel.run({ mergeUndoGroup: true }, batch);
  } catch (e) {
    throw mapped(e);
  }
}
