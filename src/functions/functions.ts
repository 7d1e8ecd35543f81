// Platzhalter für die benutzerdefinierten Funktionen / placeholder custom functions (replaced later).

/**
 * Gibt die Version des Budgetplaners zurück.
 * @customfunction VERSION VERSION
 * @returns {string} Versionsnummer des Add-ins.
 */
export function version(): string {
  return "0.1.0";
}
