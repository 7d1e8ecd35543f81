/**
 * Fuzzing the ways in with hostile input: documents with prototype keys, deep nesting, odd types and huge
 * strings through the command line's batch; random grids through the one reader; damaged and crafted .xlsx
 * files through the file reader. Nothing may crash (an error of our own shows as „Nicht geprüft –“), every
 * file of a batch gets its line, no message is English or a placeholder („…“), no prototype is touched.
 */
import fc from "fast-check";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { execute } from "../../src/cli/main";
import { InputError } from "../../src/engine/errors";
import { checkWorkbook, evaluateWorkbookPlan } from "../../src/workbook/evaluate";
import { gridToJson, type GridSheet, type GridTable } from "../../src/workbook/grid-read";
import { SETTINGS, TABLES } from "../../src/workbook/layout";
import { readXlsxFile } from "../../src/workbook/xlsx-read";
import { craftXlsx, minimalWorkbook } from "../support/xlsx-craft";
import { SAMPLE, tempDir } from "../workbook/helpers";

const ENGLISH = /\b(Cannot|undefined|Unexpected|unexpected token|is not a|TypeError|RangeError|SyntaxError|Maximum call stack|NaN|\[object|primitive value|Invalid|invalid)\b/;
const PROTO_KEYS = ["__proto__", "constructor", "prototype", "x.__proto__.begruendung", "toString", "hasOwnProperty"];
const dir = tempDir("budget-hostile-");

/** German messages only; what the file itself said („NaN“, a quoted value or key) may be anything. */
function germanOnly(text: string): void {
  expect(text.replace(/„[^“]*“/g, "„…“")).not.toMatch(ENGLISH);
  expect(text).not.toContain("„…“");
  expect(text).not.toContain("Nicht geprüft –");
}

const hostileLeaf = fc.oneof(
  fc.constantFrom<unknown>({ toString: 1 }, { valueOf: 2 }, [], {}, null, true, -0, 1e308, -1e-308, "", " ", "1.23,4", "NaN", "Infinity"),
  fc.string({ maxLength: 20 }),
  fc.integer().map((n) => "x".repeat(9000 + (n % 3000))),
  fc.double(),
  fc.integer({ min: 1, max: 40 }).map((d) => JSON.parse("[".repeat(d) + "]".repeat(d))),
);

/** The sample with some leaves replaced by hostile values and some keys added (prototype names, near misses). */
const hostileDoc = fc
  .record({
    edits: fc.array(fc.tuple(fc.integer({ min: 0, max: 10_000 }), hostileLeaf), { maxLength: 6 }),
    keys: fc.array(fc.tuple(fc.integer({ min: 0, max: 10_000 }), fc.constantFrom(...PROTO_KEYS, "eigenanteilmonat", "Reste", "Betrag ")), { maxLength: 2 }),
    deep: fc.option(fc.integer({ min: 30, max: 50_000 }), { nil: undefined }),
  })
  .map(({ edits, keys, deep }) => {
    if (deep !== undefined) return "[".repeat(deep) + "]".repeat(deep);
    const doc = JSON.parse(JSON.stringify(SAMPLE));
    const objects: Record<string, unknown>[] = [];
    const walk = (v: unknown) => {
      if (v && typeof v === "object") {
        if (!Array.isArray(v)) objects.push(v as Record<string, unknown>);
        Object.values(v).forEach(walk);
      }
    };
    walk(doc);
    for (const [i, leaf] of edits) {
      const o = objects[i % objects.length];
      const k = Object.keys(o);
      if (k.length) o[k[i % k.length]] = leaf;
    }
    let text = JSON.stringify(doc);
    for (const [i, key] of keys) {
      // inserted as text: JSON.parse makes "__proto__" an own key, as a file from disk would
      const at = [...text.matchAll(/\{/g)].map((m) => m.index!);
      const p = at[i % at.length] + 1;
      text = `${text.slice(0, p)}${JSON.stringify(key)}:${JSON.stringify(String(i))},${text.slice(p)}`.replace(/,\}/g, "}");
    }
    return text;
  });

test("batches of hostile JSON documents: every file its line, German reasons, no crash, no pollution", async () => {
  let n = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(hostileDoc, { minLength: 1, maxLength: 4 }), async (docs) => {
      const batch = join(dir, `stapel-${n++}`);
      mkdirSync(batch);
      docs.forEach((d, i) => writeFileSync(join(batch, `fall-${i}.json`), d));
      const r = await execute(["pruefen", batch, "--csv"]);
      expect([0, 1, 2]).toContain(r.exitCode);
      const lines = r.stdout.replace(/^\ufeff/, "").trim().split("\r\n");
      expect(lines).toHaveLength(docs.length + 2);
      docs.forEach((_, i) => expect(lines.filter((l) => l.includes(`fall-${i}.json`))).toHaveLength(1));
      germanOnly(r.stdout + (r.stderr ?? ""));
      expect(({} as Record<string, unknown>).begruendung).toBeUndefined();
      expect(Object.keys(Object.prototype)).toEqual([]);
    }),
    { numRuns: 30 },
  );
}, 120000);

/** Random grids with the template's headers: cells of any type, prototype names as settings keys, huge texts. */
const cellValue = fc.oneof(
  fc.constantFrom<unknown>(null, "", 0, false, true, "ja", "x", "yes", "1.500", "4 3 5", "15 %", "zwölf", 46023, 0.15, -1, ...PROTO_KEYS),
  fc.string({ maxLength: 15 }),
  fc.double(),
  fc.integer({ min: 0, max: 3 }).map((k) => "ä".repeat(20_000 + k)),
  fc.date({ noInvalidDate: false }),
);

const grids = fc.array(fc.tuple(fc.constantFrom(...TABLES.map((t) => t.name)), fc.array(fc.array(cellValue, { maxLength: 12 }), { maxLength: 6 }), fc.boolean()), { minLength: 1, maxLength: 5 });

function sheetsOf(spec: [string, unknown[][], boolean][]): GridSheet[] {
  const bySheet = new Map<string, { cells: Map<string, unknown>; tables: GridTable[] }>();
  for (const [name, rows, named] of spec) {
    const t = TABLES.find((x) => x.name === name)!;
    const s = bySheet.get(t.sheet) ?? { cells: new Map<string, unknown>(), tables: [] as GridTable[] };
    bySheet.set(t.sheet, s);
    t.columns.forEach((c, j) => s.cells.set(`${t.headerRow}:${t.firstCol + j}`, c.header));
    rows.forEach((r, i) => r.forEach((v, j) => s.cells.set(`${t.headerRow + 1 + i}:${t.firstCol + j}`, v)));
    if (t.target.kind === "einstellungen") rows.forEach((r, i) => s.cells.set(`${t.headerRow + 1 + i}:${t.firstCol + 2}`, r[0] ?? SETTINGS[i]?.key));
    if (named) s.tables.push({ name, r1: t.headerRow, c1: t.firstCol, r2: t.headerRow + Math.max(rows.length, 1), c2: t.firstCol + t.columns.length - 1, totalsRow: false });
  }
  return [...bySheet.entries()].map(([name, s]) => ({
    name,
    rowCount: 20,
    columnCount: 40,
    value: (r, c) => s.cells.get(`${r}:${c}`) as never,
    numFmt: (r, c) => ((r + c) % 5 === 0 ? "0%" : (r + c) % 7 === 0 ? "dd.mm.yyyy" : undefined),
    tables: s.tables,
  }));
}

test("the one reader on random grids: only German input errors or findings", () => {
  fc.assert(
    fc.property(grids, fc.constantFrom<1900 | 1904>(1900, 1904), (spec, dateSystem) => {
      try {
        const read = gridToJson({ name: "fuzz.xlsx", sheets: sheetsOf(spec as [string, unknown[][], boolean][]), dateSystem });
        const plan = evaluateWorkbookPlan(read);
        const report = checkWorkbook(read);
        for (const o of [plan, report]) {
          if (!o.ok) germanOnly(o.message);
          else for (const b of o.result.befunde) germanOnly(b.text.replace(/„[^“]*“/g, ""));
        }
      } catch (e) {
        expect(e).toBeInstanceOf(InputError);
        germanOnly((e as Error).message);
      }
      expect(({} as Record<string, unknown>).begruendung).toBeUndefined();
    }),
    { numRuns: 300 },
  );
});

test("the file reader on damaged and crafted .xlsx files: a German input error or a result, never a crash", () => {
  const good = new Uint8Array(readFileSync(join(__dirname, "../fixtures/fall-befunde-libreoffice-1900.xlsx")));
  const xmlish = fc.array(fc.constantFrom("<row r=\"2\">", "<c r=\"A2\" t=\"s\"><v>99999</v></c>", "<c t=\"inlineStr\"><is><t>x</t></is></c>", "</row>", "<!DOCTYPE x [<!ENTITY a \"b\">]>", "&a;", "&#xD800;", "<mergeCell ref=\"A1:ZZZ9\"/>", "<c r=\"XFE1\"><v>1</v></c>", "<![CDATA[", "<row r=\"0\">", "<v>1e400</v>", "<sheetData>", "</sheetData>"), { maxLength: 12 });
  let i = 0;
  fc.assert(
    fc.property(
      fc.oneof(
        fc.record({ kind: fc.constant("flip" as const), at: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }) }),
        fc.record({ kind: fc.constant("cut" as const), at: fc.array(fc.nat(), { minLength: 1, maxLength: 1 }) }),
        fc.record({ kind: fc.constant("xml" as const), parts: xmlish }),
      ),
      (m) => {
        let bytes: Uint8Array;
        if (m.kind === "xml") bytes = craftXlsx(minimalWorkbook([{ name: "Ausgaben", xml: m.parts.join("") }], { absolute: m.parts.length % 2 === 0 }));
        else {
          bytes = good.slice(0, m.kind === "cut" ? m.at[0] % good.length : good.length);
          if (m.kind === "flip") for (const a of m.at) bytes[a % bytes.length] ^= 0x5a;
        }
        const path = join(dir, `kaputt-${i++}.xlsx`);
        writeFileSync(path, bytes);
        try {
          const book = readXlsxFile(path);
          const read = gridToJson(book);
          checkWorkbook(read);
        } catch (e) {
          expect(e).toBeInstanceOf(InputError);
          germanOnly((e as Error).message);
        }
      },
    ),
    { numRuns: 300 },
  );
});
