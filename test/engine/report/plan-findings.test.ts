/** checkReport reports the plan's own findings (evaluatePlan) beside the report's, marked and counted once. */
import { befundText, checkReport, evaluatePlan, parsePlan, parseReport } from "../../../src/engine";
import { PLAN, cleanReport, run } from "./fixture";

type Obj = Record<string, any>;

function withPlan(change: (plan: Obj) => void) {
  const r = cleanReport() as Obj;
  r.kostenplan = JSON.parse(JSON.stringify(PLAN));
  change(r.kostenplan);
  return r;
}

describe("the plan's own findings in the check of a Verwendungsnachweis", () => {
  test("Obergrenze exceeded: the plan's finding, with the field's path in the report and teil „kostenplan“", () => {
    const res = run(withPlan((p) => (p.obergrenzeMonat = "500.00")));
    const og = res.befunde.filter((b) => b.regel === "obergrenze-ueberschritten");
    expect(og).toEqual([
      {
        regel: "obergrenze-ueberschritten",
        schwere: "warnung",
        text: "Das Monatsbudget von 600,00 € übersteigt die Kosten der Sachleistung (Obergrenze 500,00 €) um 100,00 € – nach § 29 Abs. 2 S. 7 SGB IX braucht das eine Begründung.",
        ort: { feld: "kostenplan.obergrenzeMonat" },
        teil: "kostenplan",
      },
    ]);
    expect(res.counts).toEqual({ fehler: 0, warnung: 1, hinweis: 0 });
  });

  test("every finding of the plan appears once with the same text; rows keep their place, fields get their path", () => {
    const json = withPlan((p) => {
      p.obergrenzeMonat = "500.00";
      p.eigenanteilMonat = "700.00";
      p.traeger = [{ id: "egh", obergrenzeMonat: "400.00" }];
      for (const pos of p.positionen) pos.traeger = "egh";
      p.positionen[1].traeger = "pk";
    });
    const plan = evaluatePlan(parsePlan(json.kostenplan));
    expect(plan.befunde.length).toBeGreaterThanOrEqual(4);
    const report = checkReport(parseReport(json));
    const fromPlan = report.befunde.filter((b) => b.teil === "kostenplan");
    expect(fromPlan.map((b) => `${b.regel}|${b.text}`).sort()).toEqual(plan.befunde.map((b) => `${b.regel}|${b.text}`).sort());
    const unknown = fromPlan.find((b) => b.regel === "traeger-unbekannt")!;
    expect(unknown).toMatchObject({ schwere: "fehler", ort: { liste: "positionen", zeile: 2 } });
    expect(fromPlan.find((b) => b.regel === "teilbudget-obergrenze-ueberschritten")!.ort).toEqual({ liste: "traeger", zeile: 1 });
    expect(fromPlan.find((b) => b.regel === "eigenanteil-zu-hoch")!.ort).toEqual({ feld: "kostenplan.eigenanteilMonat" });
    // the report's own findings are not marked
    expect(report.befunde.filter((b) => b.teil === undefined).every((b) => b.regel !== "traeger-unbekannt")).toBe(true);
    expect(report.counts.fehler).toBe(report.befunde.filter((b) => b.schwere === "fehler" && !b.begruendung).length);
    expect(report.counts.fehler).toBeGreaterThanOrEqual(1);
    // the plan's result itself is not changed by the check
    expect(report.befunde.find((b) => b.regel === "eigenanteil-zu-hoch")).not.toBe(plan.befunde.find((b) => b.regel === "eigenanteil-zu-hoch"));
  });

  test("a justified Obergrenze stays listed, names the justification's field and does not count", () => {
    const res = run(
      withPlan((p) => {
        p.obergrenzeMonat = "500.00";
        p.obergrenzeBegruendung = "Mehrbedarf nachts, vereinbart am 12.12.2025";
      }),
    );
    const og = res.befunde.find((b) => b.regel === "obergrenze-ueberschritten")!;
    expect(og).toMatchObject({ begruendung: "Mehrbedarf nachts, vereinbart am 12.12.2025", ort: { feld: "kostenplan.obergrenzeBegruendung" }, teil: "kostenplan" });
    expect(res.counts).toEqual({ fehler: 0, warnung: 0, hinweis: 0 });
  });

  test("befundText marks the plan's findings with „Kostenplan:“ and leaves the report's as they are", () => {
    expect(befundText({ regel: "x", schwere: "warnung", text: "Das Monatsbudget …", teil: "kostenplan" })).toBe("Kostenplan: Das Monatsbudget …");
    expect(befundText({ regel: "x", schwere: "warnung", text: "Ausgabe 3: …" })).toBe("Ausgabe 3: …");
  });
});
