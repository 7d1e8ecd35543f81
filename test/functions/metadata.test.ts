/**
 * Metadata contract: what Excel will see (ids, German names, parameters) is generated from the JSDoc of
 * src/functions/functions.ts exactly as the webpack plugin does, and must equal the committed golden
 * file. To accept an intended change: `UPDATE_GOLDEN=1 npx jest test/functions/metadata`.
 *
 * MONAT vs the built-in MONAT: German Excel's MONAT is MONTH (HyperFormula deDE: MONTH → MONAT). Our
 * function is always shown and typed with its namespace, `BUDGET.MONAT`, which is a different name, and
 * its id is MONTHLY_BUDGET, so the id rule ("no id equal to a built-in in any language") holds. The
 * bare name MONAT is an allowed overlap (listed below); it must be checked once in German Excel
 * (IntelliSense shows both, BUDGET.MONAT( must not resolve to MONAT( ). The same holds for OBERGRENZE,
 * which is German Excel's CEILING (deDE: CEILING → OBERGRENZE): the issue names BUDGET.OBERGRENZE, the
 * id is CAP_HEADROOM. If German Excel shows a clash, rename the display name (e.g. OBERGRENZE_SPIELRAUM).
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import deDE from "hyperformula/i18n/languages/deDE";
import { FUNCTIONS_BY_ID } from "../../src/functions/catalog";
import * as functions from "../../src/functions/functions";

const root = path.resolve(__dirname, "../..");
const source = path.join(root, "src/functions/functions.ts");
const goldenPath = path.join(__dirname, "functions.golden.json");
/** Bare display names allowed to equal a German built-in because Excel shows them as BUDGET.<name>. */
const ALLOWED_BUILTIN_OVERLAP = new Set(["MONAT", "OBERGRENZE"]);

type Meta = {
  functions: {
    id: string;
    name: string;
    description?: string;
    parameters: { name: string; type?: string; dimensionality?: string; optional?: boolean; description?: string }[];
    result: { type?: string; dimensionality?: string };
    options?: Record<string, boolean>;
  }[];
};

let meta: Meta;
let associate: { id: string; functionName: string }[];

beforeAll(async () => {
  const r = await generateCustomFunctionsMetadata([source]);
  expect(r.errors).toEqual([]);
  meta = JSON.parse(r.metadataJson);
  associate = r.associate;
});

test("generated metadata equals the golden file", () => {
  if (process.env.UPDATE_GOLDEN) writeFileSync(goldenPath, JSON.stringify(meta, null, 2) + "\n");
  const golden = JSON.parse(readFileSync(goldenPath, "utf8"));
  expect(meta).toEqual(golden);
});

test("ids are stable English identifiers, names German, both at least 3 characters", () => {
  for (const f of meta.functions) {
    expect(f.id).toMatch(/^[A-Z][A-Z0-9_]{2,}$/);
    expect(f.name).toMatch(/^[A-ZÄÖÜ][A-ZÄÖÜ0-9_]{2,}$/);
    expect(f.description && f.description.length).toBeGreaterThan(20);
    for (const p of f.parameters) expect(p.description && p.description.length).toBeGreaterThan(5);
  }
  expect(new Set(meta.functions.map((f) => f.id)).size).toBe(meta.functions.length);
  expect(new Set(meta.functions.map((f) => f.name)).size).toBe(meta.functions.length);
});

test("no id or name collides with a German (deDE) built-in, except the documented MONAT and OBERGRENZE", () => {
  const builtins = new Set(Object.values((deDE as unknown as { functions: Record<string, string> }).functions).map((s) => s.toUpperCase()));
  const englishIds = new Set(Object.keys((deDE as unknown as { functions: Record<string, string> }).functions));
  for (const f of meta.functions) {
    expect(builtins.has(f.id)).toBe(false);
    expect(englishIds.has(f.id)).toBe(false);
    if (!ALLOWED_BUILTIN_OVERLAP.has(f.name)) expect(builtins.has(f.name)).toBe(false);
  }
  for (const n of ALLOWED_BUILTIN_OVERLAP) expect(builtins.has(n)).toBe(true); // the overlaps documented above are real
});

test("no function is volatile or streaming; optional parameters come last", () => {
  for (const f of meta.functions) {
    expect(f.options?.volatile ?? false).toBe(false);
    expect(f.options?.stream ?? false).toBe(false);
    const firstOptional = f.parameters.findIndex((p) => p.optional);
    if (firstOptional >= 0) expect(f.parameters.slice(firstOptional).every((p) => p.optional)).toBe(true);
  }
});

test("the catalog used by the headless tests maps every id to the associated wrapper", () => {
  expect(Object.keys(FUNCTIONS_BY_ID).sort()).toEqual(meta.functions.map((f) => f.id).sort());
  for (const a of associate) {
    expect(FUNCTIONS_BY_ID[a.id]).toBe((functions as Record<string, unknown>)[a.functionName]);
  }
});
