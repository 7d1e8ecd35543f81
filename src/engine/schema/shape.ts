/**
 * The structure of the exchange formats, checked with valibot before the engine reads a value: which keys
 * an object may have (an unknown key is an error naming it and the nearest valid key), which values are
 * objects, lists or single values. What a single value means (a number, a date, a code) is the engine
 * parsers' job, so all messages about values stay in one place.
 *
 * Why valibot: strict objects, nested paths and issue lists out of the box, tree-shakable (a few KB in
 * the custom-functions bundle, where zod would add ~50 KB), and it validates without building objects
 * we would have to trust; the German wording is ours (messages below).
 */
import * as v from "valibot";
import { InputError } from "../errors";
import { meintenSie } from "../suggest";
import { showValue } from "../values";
import { PERSONAL_PATH } from "../fall/types";

/** A single value as JSON or a cell gives it (a text, a number, a switch or nothing). */
export const wert = v.union([v.string(), v.pipe(v.number(), v.finite()), v.boolean(), v.null()], "wert");

type Entries = v.ObjectEntries;

/** An object with exactly these keys (each optional unless required is listed). */
export function objekt<E extends Entries>(entries: E) {
  // valibot takes a list for an object with keys "0", "1" …: say "Objekt erwartet" first
  return v.pipe(
    v.custom<object>((x) => typeof x === "object" && x !== null && !Array.isArray(x), "objekt"),
    v.strictObject(entries, "objekt"),
  );
}

export const optional = <S extends v.GenericSchema>(s: S) => v.optional(v.nullable(s));

/** A list of anything (rows are checked one by one, so a broken row stays a finding of its row). */
export const liste = v.array(v.unknown(), "liste");

function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = "";
  for (const p of issue.path ?? []) {
    const key = p.key as string | number;
    out = typeof key === "number" ? `${out}[${key + 1}]` : out ? `${out}.${key}` : String(key);
  }
  return out;
}

type AnySchema = { type: string; entries?: Record<string, AnySchema>; item?: AnySchema; value?: AnySchema; wrapped?: AnySchema; pipe?: AnySchema[] };

/** The schema below optional/nullable/pipe wrappers. */
function unwrap(s: AnySchema | undefined): AnySchema | undefined {
  let cur = s;
  while (cur && !cur.entries && !cur.item && !cur.value && (cur.wrapped || cur.pipe)) cur = cur.wrapped ?? cur.pipe!.find((p) => p.entries || p.item || p.value) ?? cur.pipe![0];
  return cur;
}

/** The keys the object at the issue's path allows (for „meinten Sie …?“). */
function keysOf(schema: AnySchema, issue: v.BaseIssue<unknown>): string[] {
  let cur = unwrap(schema);
  for (const p of (issue.path ?? []).slice(0, -1)) {
    if (!cur) return [];
    cur = unwrap(p.type === "array" ? cur.item : (cur.entries?.[String(p.key)] ?? cur.value));
  }
  return cur?.entries ? Object.keys(cur.entries) : [];
}

/** Paths of personal data (the budget holder in the case record): messages name the field, never the value. */
const isPersonal = (field: string) => PERSONAL_PATH.test(field);

const WAS: Record<string, string> = {
  objekt: "ein Objekt ({ … })",
  liste: "eine Liste ([ … ])",
  wert: "ein einzelner Wert (Text, Zahl oder ja/nein)",
  jahr: "ein Kalenderjahr wie „2027“",
};

/**
 * Checks `input` against `schema`; throws a German InputError for the first problem, its field path
 * prefixed with `prefix` ("kostenplan." inside a report); `root` names the document when the problem is
 * the document itself.
 */
export function checkShape(schema: v.GenericSchema, input: unknown, prefix: string, root: string): void {
  const r = v.safeParse(schema, input, { abortEarly: true, abortPipeEarly: true });
  if (r.success) return;
  const issue = r.issues[0];
  const at = pathOf(issue);
  const field = at ? prefix + at : prefix ? prefix.replace(/\.$/, "") : root;
  const last = issue.path?.[issue.path.length - 1];
  if (last && last.origin === "key" && issue.expected === "never") {
    const key = String(last.key);
    const keys = keysOf(schema as unknown as AnySchema, issue);
    const hint = meintenSie(key, keys) || (keys.length ? ` (erlaubt: ${keys.join(", ")})` : "");
    // under personal data a key may itself be a name or an address: never repeat it
    if (isPersonal(field)) {
      const parent = field.endsWith(`.${key}`) ? field.slice(0, -key.length - 1) : field;
      throw new InputError(`${parent}: Ein Schlüssel ist unbekannt${keys.length ? ` (erlaubt: ${keys.join(", ")})` : ""}.`, parent);
    }
    throw new InputError(`${field}: Der Schlüssel ${showValue(key)} ist unbekannt${hint}${hint.endsWith("?") ? "" : "."}`, field);
  }
  const erwartet = WAS[issue.message] ?? "ein anderer Wert";
  // what was typed under personal data is not repeated (it may be a name, an address, a date of birth)
  if (isPersonal(field)) throw new InputError(`${field}: Erwartet wird ${erwartet}.`, field);
  throw new InputError(`${field}: Erwartet wird ${erwartet}, nicht ${showValue(issue.input)}.`, field);
}
