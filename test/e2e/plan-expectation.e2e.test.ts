/**
 * The independent expectation of the Excel scenarios: the engine in node agrees with the hand-computed
 * monthly budget of support/plan.ts and finds the faulty Ausgabe (no browser here).
 */
import { checkReport, evaluatePlan, parsePlan, parseReport } from "../../src/engine";
import { FAULTY_AUSGABE_ROW, planJson, planWrites } from "./support/plan";

test("Monatsbudget des Testplans: 790,00 € (von Hand und von der Engine)", () => {
  const json = planJson();
  const r = evaluatePlan(parsePlan(json.kostenplan));
  expect(r.monatsbudget.toFixed(2)).toBe("790.00");
  expect(r.summeZeitraum.toFixed(2)).toBe("4740.00");
});

test("Prüfung des Testfalls: genau ein Fehler, auf der Ausgabe „Fahrdienst“", () => {
  const result = checkReport(parseReport(planJson()));
  const fehler = result.befunde.filter((b) => b.schwere === "fehler");
  expect(fehler).toHaveLength(1);
  expect(JSON.stringify(fehler[0])).toMatch(/Fahrdienst|position/i);
  expect(FAULTY_AUSGABE_ROW).toBe(3);
  expect(planWrites().some((w) => w.sheet === "Ausgaben" && w.address === `D${FAULTY_AUSGABE_ROW}` && w.value === "Fahrdienst")).toBe(true);
});
