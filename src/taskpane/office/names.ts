/** Sheet names: Excel compares them without case and allows at most 31 characters. */
export const MAX_SHEET_NAME = 31;

/** The first free "<base> (2)", "<base> (3)" … (base shortened so the name fits 31 characters). */
export function freeSheetName(base: string, taken: Iterable<string>, label = (k: number) => `(${k})`): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  for (let k = 2; ; k++) {
    const suffix = ` ${label(k)}`;
    const name = `${base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** "<base> (Abgabe)", then "<base> (Abgabe 2)" … within 31 characters. */
export function submissionSheetName(base: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  const first = `${base.slice(0, MAX_SHEET_NAME - " (Abgabe)".length).trimEnd()} (Abgabe)`;
  if (!used.has(first.toLowerCase())) return first;
  return freeSheetName(base, used, (k) => `(Abgabe ${k})`);
}
