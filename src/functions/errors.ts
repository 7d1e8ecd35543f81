/**
 * Engine errors → Excel errors. Every failure of a custom function leaves here as a
 * `CustomFunctions.Error` with a German message that names the parameter:
 * - `InputError` kind "ungueltig" (bad input)            → invalidValue (#WERT! / #VALUE!)
 * - `InputError` kind "fehlend" (no legal figure/table)   → notAvailable (#NV / #N/A)
 * - anything else (a bug)                                 → invalidValue with a German "interner Fehler" text,
 *   never a bare #VALUE!.
 *
 * The `CustomFunctions` global exists only inside the Office runtime (and in test/bench shims). It is
 * looked up lazily, when an error is thrown, so this module imports cleanly in Node (CLI build, bench).
 */
import { InputError } from "../engine/errors";

interface CustomFunctionsRuntime {
  Error: new (code: string, message?: string) => Error;
  ErrorCode: { invalidValue: string; notAvailable: string };
}

function runtime(): CustomFunctionsRuntime {
  const cf = (globalThis as unknown as { CustomFunctions?: CustomFunctionsRuntime }).CustomFunctions;
  if (!cf) throw new Error("CustomFunctions runtime is not available (Office runtime or test shim required).");
  return cf;
}

/** The error of a bad argument: `#WERT!` with "<parameter>: <message>". */
export function invalid(message: string): Error {
  const cf = runtime();
  return new cf.Error(cf.ErrorCode.invalidValue, message);
}

/** Missing legal data: `#NV` with the message. */
export function notAvailable(message: string): Error {
  const cf = runtime();
  return new cf.Error(cf.ErrorCode.notAvailable, message);
}

/** Prefixes the parameter name unless the message already starts with it. */
function named(param: string, message: string): string {
  return message.startsWith(`${param}:`) || message.startsWith(`${param} `) ? message : `${param}: ${message}`;
}

/** True for an error that is already a CustomFunctions.Error (so it passes through unchanged). */
function isCustomFunctionsError(e: unknown): boolean {
  const cf = (globalThis as unknown as { CustomFunctions?: CustomFunctionsRuntime }).CustomFunctions;
  return !!cf && e instanceof cf.Error;
}

/**
 * Maps an exception to a CustomFunctions.Error. `param` is the Excel parameter the failure belongs to;
 * `paramOf` can refine it from the engine's field path (e.g. "zeitraum.beginn" → "beginn").
 */
export function toExcelError(e: unknown, param: string, paramOf?: (field: string) => string | undefined): Error {
  if (isCustomFunctionsError(e)) return e as Error;
  if (e instanceof InputError) {
    const p = paramOf?.(e.field) ?? (e.field || param);
    const msg = named(p, e.message);
    return e.kind === "fehlend" ? notAvailable(msg) : invalid(msg);
  }
  const detail = e instanceof Error ? e.message : String(e);
  return invalid(`${param}: Interner Fehler bei der Berechnung (${detail}). Bitte melden Sie diesen Fehler.`);
}

/** Runs an adapter body; any failure leaves as a CustomFunctions.Error naming `param`. */
export function guard<T>(param: string, body: () => T, paramOf?: (field: string) => string | undefined): T {
  try {
    return body();
  } catch (e) {
    throw toExcelError(e, param, paramOf);
  }
}
