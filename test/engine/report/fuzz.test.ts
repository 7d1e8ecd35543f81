import fc from "fast-check";
import { Dec, InputError, REPORT_RULES, RESTE_REGELN, checkReport, parseReport, reportResultJson } from "../../../src/engine";
import { PLAN } from "./fixture";

const AMOUNT = /^-?\d+\.\d{2}$/;
const known = new Set(REPORT_RULES.map((r) => r.id).concat(["reste-mehrausgaben"]));

/** Cells as a workbook or a hand-written JSON may hold them. */
const cell = fc.oneof(
  fc.constantFrom(undefined, null, "", "  ", "abc", "1.23,4", "zwölf", "−12,50", "31.02.2026", "2026-13", "13/2026", "NaN", "Infinity", "1e5"),
  fc.integer({ min: -1000000, max: 1000000 }).map((c) => (c / 100).toFixed(2)),
  fc.integer({ min: 0, max: 1000000 }).map((c) => new Dec(c).div(100).toFixed(2).replace(".", ",")),
  fc.integer({ min: 40000, max: 50000 }), // Excel serial dates (2009–2036)
  fc.double({ noNaN: false }),
  fc.date({ min: new Date("2024-01-01"), max: new Date("2027-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.date({ min: new Date("2024-01-01"), max: new Date("2027-12-31"), noInvalidDate: true }).map((d) => `${d.getUTCDate()}.${d.getUTCMonth() + 1}.${d.getUTCFullYear()}`),
  fc.integer({ min: 1, max: 12 }).map((m) => `2026-${String(m).padStart(2, "0")}`),
  fc.constantFrom("Tagesassistenz", "fahrdienst", "Budgetverwaltung", "Unbekannt", "A. Beispiel", "budget", "uebertrag", "minijob-privat", "kind", "ja"),
  fc.boolean(),
  fc.string({ maxLength: 6 }),
);
/** A value of the wrong type where a single value belongs: rare, since it makes the whole file an input error. */
const oddCell = fc.constantFrom({ a: 1 }, [1, 2], { toString: 1 });
const anyCell = fc.oneof({ arbitrary: cell, weight: 40 }, { arbitrary: oddCell, weight: 1 });
const row = (keys: string[]) => fc.oneof(fc.dictionary(fc.constantFrom(...keys), anyCell, { maxKeys: keys.length }), cell);
/** `often` is the usable structure, `rarely` a broken one (then only an InputError is allowed). */
const mostly = <T, U>(often: fc.Arbitrary<T>, rarely: fc.Arbitrary<U>) => fc.oneof({ arbitrary: often, weight: 12 }, { arbitrary: rarely, weight: 1 });
const list = (keys: string[], maxLength: number) => mostly(fc.array(row(keys), { maxLength }), cell);
const report = fc.record(
  {
    format: fc.constantFrom("verwendungsnachweis/1", undefined),
    zeitraum: mostly(fc.constantFrom({ beginn: "2026-01-01", ende: "2026-06-30" }, { beginn: "01.03.2026", ende: "31.12.2026" }), fc.record({ beginn: cell, ende: cell })),
    kostenplan: mostly(fc.constant(PLAN), fc.constantFrom(undefined, {}, [])),
    regeln: mostly(
      fc.record({ reste: fc.constantFrom(...RESTE_REGELN), schlussnachweis: fc.boolean(), belegPflichtAb: fc.constantFrom("0", "50", "100,00") }, { requiredKeys: [] }),
      fc.dictionary(fc.constantFrom("reste", "schlussnachweis", "sachkostenNachweisfreiProzent", "belegPflichtAb", "planUeberschreitungProzent"), cell),
    ),
    einnahmen: list(["datum", "art", "traeger", "betrag", "begruendung"], 8),
    beschaeftigte: list(["name", "beschaeftigung", "stundenlohn", "verwandtschaft"], 4),
    ausgaben: list(["datum", "leistungsmonat", "empfaenger", "position", "betrag", "stunden", "beleg", "begruendung"], 25),
    angaben: mostly(fc.dictionary(fc.constantFrom("einnahmen", "ausgaben", "rest"), cell), cell),
  },
  { requiredKeys: ["zeitraum", "kostenplan"] },
);

function checkAmounts(v: unknown, path: string): void {
  if (typeof v === "string") {
    expect(v).not.toMatch(/NaN|undefined|Infinity/);
    return;
  }
  if (Array.isArray(v)) v.forEach((x, i) => checkAmounts(x, `${path}[${i}]`));
  else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) checkAmounts(x, `${path}.${k}`);
  else expect(["number", "boolean"]).toContain(typeof v);
}

test("random cells: only InputError, never NaN/undefined amounts, sums consistent", () => {
  let checked = 0;
  fc.assert(
    fc.property(report, fc.constantFrom(undefined, ...RESTE_REGELN), (json, regel) => {
      let result;
      try {
        result = reportResultJson(checkReport(parseReport(json), { resteRegel: regel }));
      } catch (e) {
        expect(e).toBeInstanceOf(InputError);
        expect((e as InputError).message).toMatch(/^\S+: /);
        return;
      }
      checked++;
      checkAmounts({ summen: result.summen, reste: result.reste, counts: result.counts }, "result");
      const { summen, reste } = result;
      for (const a of [summen.einnahmen, summen.ausgaben, summen.rest, summen.ohnePlanposition, reste.rest, reste.uebertrag, reste.rueckforderung, reste.anrechnung]) expect(a).toMatch(AMOUNT);
      let ist = new Dec(summen.ohnePlanposition);
      for (const p of Object.values(summen.proPosition)) {
        expect(p.plan).toMatch(AMOUNT);
        expect(p.ist).toMatch(AMOUNT);
        ist = ist.add(p.ist);
      }
      expect(ist.toFixed(2)).toBe(summen.ausgaben);
      expect(Object.keys(summen.proPosition)).toHaveLength(4);
      const parts = new Dec(reste.uebertrag).add(reste.rueckforderung).add(reste.anrechnung);
      expect(parts.toFixed(2)).toBe(new Dec(reste.rest).isNegative() ? "0.00" : reste.rest);
      for (const b of result.befunde) {
        expect(known.has(b.regel)).toBe(true);
        // quoted input („…“) may say anything; our own words must not
        expect(b.text.replace(/„[^“]*“/g, "")).not.toMatch(/undefined|\[object Object\]/);
        if (b.ort?.zeile !== undefined) expect(Number.isInteger(b.ort.zeile) && b.ort.zeile >= 1).toBe(true);
      }
    }),
    { numRuns: 400 },
  );
  expect(checked).toBeGreaterThan(100);
});
