/**
 * Office errors → HostError with a plain German message. Logic uses `error.code` (not localized, see
 * "Error handling with the application-specific JavaScript APIs"); Office's own `message` is for developers
 * and only kept in the HostError's code for diagnostics.
 */
import { HostError } from "../host/types";

interface OfficeLikeError {
  code?: unknown;
  message?: unknown;
  debugInfo?: { code?: string; message?: string; errorLocation?: string };
}

export const MESSAGES = {
  cellEditMode: "Bitte zuerst die Eingabe in der Zelle abschließen (Enter).",
  itemNotFound: "Ein Blatt, eine Tabelle oder ein Name der Vorlage fehlt – vielleicht wurde etwas gelöscht oder umbenannt. Bitte neu laden.",
  invalidArgument: "Excel hat einen Wert oder einen Bezug nicht angenommen. Bitte die Vorlage prüfen (Blattnamen, Tabellen).",
  protected: "Das Blatt oder die Arbeitsmappe ist geschützt. Bitte den Schutz aufheben (Überprüfen → Blattschutz aufheben) und noch einmal versuchen.",
  alreadyExists: "Es gibt schon ein Blatt, eine Tabelle oder einen Namen mit diesem Namen.",
  general: "Excel hat die Aktion abgebrochen. Bitte noch einmal versuchen.",
  notSupported: "Diese Excel-Version kann das noch nicht. Bitte Excel aktualisieren (oder Excel im Web verwenden).",
  tooLarge: "Die Arbeitsmappe ist für einen Schritt zu groß (Excel im Web nimmt höchstens 5 MB je Anfrage).",
  unknown: "Excel meldet einen unerwarteten Fehler.",
} as const;

const BY_CODE: Record<string, string> = {
  InvalidOperationInCellEditMode: MESSAGES.cellEditMode,
  ItemNotFound: MESSAGES.itemNotFound,
  InvalidArgument: MESSAGES.invalidArgument,
  InvalidReference: MESSAGES.invalidArgument,
  AccessDenied: MESSAGES.protected,
  ItemAlreadyExists: MESSAGES.alreadyExists,
  GeneralException: MESSAGES.general,
  RequestAborted: MESSAGES.general,
  ApiNotFound: MESSAGES.notSupported,
  NotImplemented: MESSAGES.notSupported,
  UnsupportedOperation: MESSAGES.notSupported,
  UnsupportedFeature: MESSAGES.notSupported,
  RequestPayloadSizeLimitExceeded: MESSAGES.tooLarge,
  ResponsePayloadSizeLimitExceeded: MESSAGES.tooLarge,
  RangeExceedsLimit: MESSAGES.tooLarge,
  OperationCellsExceedLimit: MESSAGES.tooLarge,
};

/** The Office error code of an error (Office.js `OfficeExtension.Error.code`), if it has one. */
export function officeCode(e: unknown): string | undefined {
  const code = (e as OfficeLikeError | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** Any error of an Office call as a HostError (a HostError passes through unchanged). */
export function toHostError(e: unknown): HostError {
  if (e instanceof HostError) return e;
  const code = officeCode(e);
  const raw = String((e as OfficeLikeError | null)?.message ?? e ?? "");
  // a protected sheet is reported as AccessDenied or, on some builds, as InvalidOperation with a message saying so
  if (code && /protect|geschützt/i.test(raw)) return new HostError(MESSAGES.protected, code);
  if (code && BY_CODE[code]) return new HostError(BY_CODE[code], code);
  if (code) return new HostError(`${MESSAGES.unknown} (${code})`, code);
  return new HostError(`${MESSAGES.unknown} (${raw || "ohne Meldung"})`, "unbekannt");
}
