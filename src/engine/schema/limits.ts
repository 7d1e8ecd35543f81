/**
 * Limits every input document passes before anything reads it: bounded depth, size and string length,
 * and no key that could reach an object's prototype (`__proto__`, `constructor`, `prototype`).
 * Iterative, so even 200,000 nested lists cannot overflow the stack.
 */
import { InputError } from "../errors";

export const GRENZEN = {
  /** Nesting of objects and lists (the formats need 6). */
  tiefe: 32,
  /** Values in one document (objects, lists and leaves). */
  knoten: 3_000_000,
  /** Characters of one text. */
  textZeichen: 10_000,
  /** Rows of a list (positions, income, expenses …). */
  zeilen: 100_000,
} as const;

export const VERBOTENE_SCHLUESSEL: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

function path(parent: string, key: string | number): string {
  return typeof key === "number" ? `${parent}[${key + 1}]` : parent ? `${parent}.${key}` : key;
}

/** Throws a German InputError naming the place of the first limit that is exceeded. */
export function checkLimits(doc: unknown, root: string): void {
  // `root` names the document in messages about it as a whole; places inside are plain paths ("positionen[2].preis")
  const stack: { v: unknown; at: string; depth: number }[] = [{ v: doc, at: "", depth: 0 }];
  let nodes = 0;
  const where = (at: string) => at || root;
  while (stack.length > 0) {
    const { v, at, depth } = stack.pop()!;
    if (++nodes > GRENZEN.knoten) {
      throw new InputError(`${root}: Das Dokument ist zu groß (mehr als ${GRENZEN.knoten.toLocaleString("de-DE")} Werte).`, root);
    }
    if (typeof v === "string") {
      if (v.length > GRENZEN.textZeichen) {
        throw new InputError(`${where(at)}: Der Text ist zu lang (${v.length.toLocaleString("de-DE")} Zeichen, erlaubt sind ${GRENZEN.textZeichen.toLocaleString("de-DE")}).`, where(at));
      }
      continue;
    }
    if (v === null || typeof v !== "object") continue;
    if (depth >= GRENZEN.tiefe) {
      throw new InputError(`${root}: Das Dokument ist zu tief verschachtelt (mehr als ${GRENZEN.tiefe} Ebenen).`, root);
    }
    if (Array.isArray(v)) {
      if (v.length > GRENZEN.zeilen) {
        throw new InputError(`${where(at)}: Die Liste hat ${v.length.toLocaleString("de-DE")} Einträge – erlaubt sind höchstens ${GRENZEN.zeilen.toLocaleString("de-DE")}.`, where(at));
      }
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], at: path(at, i), depth: depth + 1 });
      continue;
    }
    for (const key of Object.keys(v)) {
      if (VERBOTENE_SCHLUESSEL.has(key)) {
        throw new InputError(`${where(path(at, key))}: Der Schlüssel „${key}“ ist nicht erlaubt.`, where(path(at, key)));
      }
      stack.push({ v: (v as Record<string, unknown>)[key], at: path(at, key), depth: depth + 1 });
    }
  }
}
