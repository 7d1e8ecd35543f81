/**
 * Bad input is never a crash: the engine throws `InputError` with a German sentence that names the
 * field (JSON path or cell), and the adapters turn it into an exit code 2, `#WERT!` or a UI message.
 */
export class InputError extends Error {
  /** `fehlend` = a legal figure is missing for a date (custom functions answer `#NV`). */
  constructor(
    message: string,
    readonly field: string,
    readonly kind: "ungueltig" | "fehlend" = "ungueltig",
  ) {
    super(message);
    this.name = "InputError";
  }
}

export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError;
}
