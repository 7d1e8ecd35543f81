/**
 * Pflegegeld by Pflegegrad in the Kostenplan (plan key `pflege`, src/engine/pflege): offset against the budget
 * or as the Pflegekasse's Teilbudget, the Kombinationsleistung, a plan across the change of amounts on
 * 1 January 2025, the Entlastungsbetrag apart, and the messages for bad input. Expected values by hand.
 */
import { evaluatePlan, isInputError, parsePlan, planResultJson } from "../../src/engine";

const run = (plan: unknown) => planResultJson(evaluatePlan(parsePlan(plan)));
const rules = (r: { befunde: { regel: string }[] }) => r.befunde.map((b) => b.regel);

const jahr2026 = { beginn: "2026-01-01", ende: "2026-12-31" };
/** A need of 3,000.00 € a month, as one position of the Eingliederungshilfe. */
const bedarf = { bezeichnung: "Assistenz", art: "dienstleistung", traeger: "egh", menge: "1", einheit: "monat", je: "monat", preis: "3000" };
const traeger = [
  { id: "egh", name: "Eingliederungshilfe" },
  { id: "pk", name: "Pflegekasse" },
];

function inputError(plan: unknown): { message: string; field: string } {
  try {
    parsePlan(plan);
  } catch (e) {
    if (isInputError(e)) return { message: e.message, field: e.field };
    throw e;
  }
  throw new Error("no input error");
}

describe("Pflegegeld offset against the budget (anrechnung)", () => {
  test("Pflegegrad 3 in 2026: a need of 3,000 € gives a budget of 2,401 €", () => {
    // § 37 Abs. 1 SGB XI, 2026 (= 2025): Pflegegrad 3 599 €; 3,000.00 − 599.00 = 2,401.00 a month, × 12 = 28,812.00
    const r = run({ zeitraum: jahr2026, positionen: [{ ...bedarf, traeger: undefined }], pflege: { pflegegrad: 3, verwendung: "anrechnung" } });
    expect(r.monatsbudget).toBe("2401.00");
    expect(r.summeZeitraum).toBe("28812.00");
    expect(r.auszahlung).toBe("2401.00");
    expect(r.monatsplan.every((m) => m.betrag === "2401.00")).toBe(true);
    // the offset is a computed line of its own: 12 × 599 = 7,188.00
    const line = r.positionen[1];
    expect(line).toMatchObject({ bezeichnung: "Pflegegeld (angerechnet)", automatisch: true, monatsbetrag: "-599.00", zeitraumbetrag: "-7188.00" });
    expect(r.pflege).toMatchObject({ pflegegrad: 3, verwendung: "anrechnung", anrechnungProzent: "100", pflegegeldZeitraum: "7188.00", angerechnetZeitraum: "7188.00" });
    expect(r.pflege!.monate[0]).toEqual({ monat: "2026-01", pflegegeldGesetzlich: "599.00", pflegegeld: "599.00", angerechnet: "599.00" });
    expect(r.pflege!.monate).toHaveLength(12);
    expect(r.befunde.filter((b) => b.schwere !== "hinweis")).toEqual([]);
  });

  test("with Träger: the Teilbudget of the Eingliederungshilfe is reduced, the Pflegekasse's stays 0", () => {
    const r = run({ zeitraum: jahr2026, traeger, positionen: [bedarf], pflege: { pflegegrad: "Pflegegrad 3", verwendung: "angerechnet", traeger: "pk" } });
    expect(r.teilbudgets.map((t) => [t.traeger, t.monatsbetrag, t.zeitraumbetrag])).toEqual([
      ["egh", "2401.00", "28812.00"],
      ["pk", "0.00", "0.00"],
    ]);
    expect(r.pflege).toMatchObject({ traeger: "pk", anrechnungTraeger: "egh" });
  });

  test("the Träger offsets half of the Pflegegeld: 599 × 50 % = 299.50, budget 2,700.50", () => {
    const r = run({ zeitraum: jahr2026, positionen: [bedarf], traeger, pflege: { pflegegrad: "2", verwendung: "anrechnung", anrechnungProzent: "50" } });
    // Pflegegrad 2: 347 × 50 % = 173.50 → 3,000 − 173.50 = 2,826.50
    expect(r.monatsbudget).toBe("2826.50");
    expect(r.pflege!.monate[0]).toMatchObject({ pflegegeld: "347.00", angerechnet: "173.50" });
  });

  test("Pflegegrad 5 in 2024 (PUEG, +5 %): 947 €", () => {
    const r = run({ zeitraum: { beginn: "2024-01-01", ende: "2024-06-30" }, positionen: [bedarf], traeger, pflege: { pflegegrad: 5, verwendung: "anrechnung" } });
    expect(r.monatsbudget).toBe("2053.00"); // 3,000 − 947
  });
});

describe("Pflegegeld as the Pflegekasse's Teilbudget (§ 35a SGB XI)", () => {
  test("Pflegegrad 3 in 2026: the Pflegekasse pays 599 €, the Eingliederungshilfe the rest", () => {
    // Gesamtbudget = the need 3,000.00; Pflegekasse 599.00, Eingliederungshilfe 3,000 − 599 = 2,401.00
    const r = run({ zeitraum: jahr2026, traeger, positionen: [bedarf], pflege: { pflegegrad: 3, verwendung: "teilbudget", traeger: "pk" } });
    expect(r.monatsbudget).toBe("3000.00");
    expect(r.summeZeitraum).toBe("36000.00");
    expect(r.positionen).toHaveLength(1); // no line: the need is not reduced
    expect(r.teilbudgets.map((t) => [t.traeger, t.monatsbetrag, t.zeitraumbetrag, t.zeitraumbetragUngerundet])).toEqual([
      ["egh", "2401.00", "28812.00", "28812.00"],
      ["pk", "599.00", "7188.00", "7188.00"],
    ]);
    expect(r.pflege).toMatchObject({ verwendung: "teilbudget", traeger: "pk", anrechnungTraeger: "egh", teilbudgetZeitraum: "7188.00" });
    expect(r.pflege!.monate[0]).toEqual({ monat: "2026-01", pflegegeldGesetzlich: "599.00", pflegegeld: "599.00", teilbudget: "599.00" });
    expect(r.befunde.filter((b) => b.schwere !== "hinweis")).toEqual([]);
  });

  test("the Pflegekasse keeps exactly its Pflegegeld when the budget is rounded; the rounding goes to the others", () => {
    // need 3,005.50 a month, monthly budget rounded up to 10 → 3,010.00; Pflegekasse 599.00, EGH 3,010 − 599 = 2,411.00
    const r = run({
      zeitraum: jahr2026,
      einstellungen: { rundung: { monat: { schritt: "10", richtung: "auf" } } },
      traeger,
      positionen: [{ ...bedarf, preis: "3005.50" }],
      pflege: { pflegegrad: 3, verwendung: "teilbudget", traeger: "pk" },
    });
    expect(r.monatsbudget).toBe("3010.00");
    expect(r.teilbudgets.map((t) => t.monatsbetrag)).toEqual(["2411.00", "599.00"]);
  });

  test("a Träger percentage means nothing for a Teilbudget: a hint says so", () => {
    const r = run({ zeitraum: jahr2026, traeger, positionen: [bedarf], pflege: { pflegegrad: 3, verwendung: "teilbudget", traeger: "pk", anrechnungProzent: "80" } });
    expect(r.teilbudgets[1].monatsbetrag).toBe("599.00");
    expect(rules(r)).toContain("pflege-anrechnung-ohne-wirkung");
  });

  test("a position charged to the Pflegekasse is a warning (§ 35a: only the Pflegegeld as money)", () => {
    const r = run({
      zeitraum: jahr2026,
      traeger,
      positionen: [bedarf, { bezeichnung: "Pflegedienst", art: "dienstleistung", traeger: "pk", menge: "1", je: "monat", preis: "200" }],
      pflege: { pflegegrad: 3, verwendung: "teilbudget", traeger: "pk" },
    });
    expect(rules(r)).toContain("pflegekasse-position");
  });
});

describe("Kombinationsleistung (§ 38 SGB XI)", () => {
  test("40 % of the Sachleistung used: Pflegegeld 599 × 60 % = 359.40 €", () => {
    // Sachleistung Pflegegrad 3 2026: 1,497 × 40 % = 598.80 (outside the budget); budget 3,000 − 359.40 = 2,640.60
    const r = run({ zeitraum: jahr2026, positionen: [bedarf], traeger, pflege: { pflegegrad: 3, verwendung: "anrechnung", kombinationProzent: "40" } });
    expect(r.pflege!.monate[0]).toEqual({
      monat: "2026-01",
      pflegegeldGesetzlich: "599.00",
      pflegegeld: "359.40",
      angerechnet: "359.40",
      sachleistungHoechstbetrag: "1497.00",
      sachleistungAnteil: "598.80",
    });
    expect(r.monatsbudget).toBe("2640.60");
    expect(r.positionen[1].bezeichnung).toBe("anteiliges Pflegegeld (angerechnet)");
    expect(r.pflege!.pflegegeldZeitraum).toBe("4312.80"); // 12 × 359.40
  });

  test("as a Teilbudget: the Pflegekasse pays the reduced Pflegegeld", () => {
    const r = run({ zeitraum: jahr2026, traeger, positionen: [bedarf], pflege: { pflegegrad: 3, verwendung: "teilbudget", traeger: "pk", kombinationProzent: "40" } });
    expect(r.teilbudgets.map((t) => t.monatsbetrag)).toEqual(["2640.60", "359.40"]);
  });

  test("the reduction is rounded once, half up: 599 × 87.5 % = 524.125 → 524.13", () => {
    const r = run({ zeitraum: jahr2026, positionen: [bedarf], traeger, pflege: { pflegegrad: 3, verwendung: "anrechnung", kombinationProzent: "12.5" } });
    expect(r.pflege!.monate[0].pflegegeld).toBe("524.13");
    expect(r.monatsbudget).toBe("2475.87"); // 3,000 − 524.13
  });

  test("100 % Sachleistung leaves no Pflegegeld, with a hint", () => {
    const r = run({ zeitraum: jahr2026, positionen: [bedarf], traeger, pflege: { pflegegrad: 3, verwendung: "anrechnung", kombinationProzent: "100" } });
    expect(r.monatsbudget).toBe("3000.00");
    expect(rules(r)).toContain("pflegegeld-kombination-voll");
  });
});

describe("a plan across the change of amounts (1 January 2025, § 30 Abs. 1 SGB XI)", () => {
  const plan = {
    zeitraum: { beginn: "2024-11-01", ende: "2025-04-30" },
    traeger,
    positionen: [bedarf],
    pflege: { pflegegrad: 3, verwendung: "anrechnung", entlastungsbetrag: "ja" },
  };

  test("573 € in November and December 2024, 599 € from January 2025", () => {
    const r = run(plan);
    expect(r.pflege!.monate.map((m) => m.pflegegeld)).toEqual(["573.00", "573.00", "599.00", "599.00", "599.00", "599.00"]);
    // 2 × 573 + 4 × 599 = 1,146 + 2,396 = 3,542.00; need 6 × 3,000 = 18,000 → 14,458.00; / 6 = 2,409.666… → 2,409.67
    expect(r.pflege!.pflegegeldZeitraum).toBe("3542.00");
    expect(r.summeZeitraum).toBe("14458.00");
    expect(r.monatsbudget).toBe("2409.67");
    expect(r.monatsplan.map((m) => m.betrag)).toEqual(["2427.00", "2427.00", "2401.00", "2401.00", "2401.00", "2401.00"]);
    expect(r.wechsel).toEqual([
      {
        monat: "2025-01",
        ab: "2025-01-01",
        vorher: "2427.00",
        nachher: "2401.00",
        positionen: [{ bezeichnung: "Pflegegeld (angerechnet)", vorher: "-573.00", nachher: "-599.00", grund: "Leistungsbeträge der Pflegeversicherung 2025" }],
      },
    ]);
  });

  test("the Entlastungsbetrag is shown apart: 125 € in 2024, 131 € in 2025, never in the budget", () => {
    const r = run(plan);
    expect(r.pflege!.monate.map((m) => m.entlastungsbetrag)).toEqual(["125.00", "125.00", "131.00", "131.00", "131.00", "131.00"]);
    // 2 × 125 + 4 × 131 = 250 + 524 = 774.00
    expect(r.pflege!.entlastungsbetragZeitraum).toBe("774.00");
    // the same plan without it has the same budget and Teilbudgets
    const ohne = run({ ...plan, pflege: { ...plan.pflege, entlastungsbetrag: "nein" } });
    expect(ohne.summeZeitraum).toBe(r.summeZeitraum);
    expect(ohne.teilbudgets).toEqual(r.teilbudgets);
    expect(ohne.pflege!.monate[0].entlastungsbetrag).toBeUndefined();
    expect(r.positionen.map((p) => p.bezeichnung)).toEqual(["Assistenz", "Pflegegeld (angerechnet)"]);
  });

  test("as a Teilbudget across New Year: the Pflegekasse's period amount is 3,542.00, its monthly share the average", () => {
    const r = run({ ...plan, pflege: { pflegegrad: 3, verwendung: "teilbudget", traeger: "pk" } });
    // 3,542 / 6 = 590.333… → 590.33; EGH 3,000 − 590.33 = 2,409.67; period 18,000 − 3,542 = 14,458.00
    expect(r.teilbudgets.map((t) => [t.monatsbetrag, t.zeitraumbetrag])).toEqual([
      ["2409.67", "14458.00"],
      ["590.33", "3542.00"],
    ]);
    expect(r.pflege!.monate.map((m) => m.teilbudget)).toEqual(["573.00", "573.00", "599.00", "599.00", "599.00", "599.00"]);
  });

  test("2028 is not published yet: computed provisionally with 2027's amounts, and said so", () => {
    const r = run({ zeitraum: { beginn: "2027-07-01", ende: "2028-06-30" }, traeger, positionen: [bedarf], pflege: { pflegegrad: 4, verwendung: "anrechnung" } });
    expect(r.pflege!.monate.map((m) => m.pflegegeld)).toEqual(Array(12).fill("800.00"));
    const w = r.befunde.find((b) => b.regel === "rechengroessen-vorlaeufig")!;
    expect(w.text).toContain("für 2028 vorläufig mit den Werten von 2027: Pflegegeld Pflegegrad 4 800,00 €/Monat");
  });

  test("a workbook override of a year's Pflegegeld is used", () => {
    const r = run({ ...plan, einstellungen: { rechengroessen: { "2025": { pflegegeld3: "600" } } } });
    expect(r.pflege!.monate.map((m) => m.pflegegeld)).toEqual(["573.00", "573.00", "600.00", "600.00", "600.00", "600.00"]);
  });
});

describe("findings of the Pflegeversicherung", () => {
  test("a position for the Pflegegeld (the old workaround) is a warning: it would count twice", () => {
    const r = run({
      zeitraum: jahr2026,
      traeger,
      positionen: [bedarf, { bezeichnung: "Anrechnung Pflegegeld", art: "erstattung", traeger: "egh", menge: "1", je: "monat", preis: "-599" }],
      pflege: { pflegegrad: 3, verwendung: "anrechnung" },
    });
    expect(rules(r)).toContain("pflegegeld-doppelt");
  });

  test("a Pflegegeld higher than the need it reduces is a warning: the offset is capped at the need", () => {
    // 599 > 500 in every month: 500 offset, 99 outside the budget, the budget 0
    const r = run({ zeitraum: jahr2026, traeger, positionen: [{ ...bedarf, preis: "500" }], pflege: { pflegegrad: 3, verwendung: "anrechnung" } });
    const w = r.befunde.find((b) => b.regel === "pflegegeld-uebersteigt-bedarf")!;
    expect(w.schwere).toBe("warnung");
    expect(w.text).toBe(
      "In den Planmonaten 01/2026 – 12/2026 ist das Pflegegeld (je 599,00 €) höher als der Bedarf beim Träger „Eingliederungshilfe“ (je 500,00 €): angerechnet werden nur je 500,00 € (auf den Bedarf begrenzt), die übrigen je 99,00 € sind kein Geld aus dem Budget. Bitte Pflegegrad, Kombinationsleistung und die Zuordnung der Positionen prüfen.",
    );
    expect(r.monatsbudget).toBe("0.00");
  });

  test("several other Träger: the one whose share the Pflegegeld reduces is named", () => {
    const drei = [...traeger, { id: "kk", name: "Krankenkasse" }];
    const hilfsmittel = { bezeichnung: "Hilfsmittel", art: "sachkosten", traeger: "kk", menge: "1", je: "monat", preis: "100" };
    const r = run({ zeitraum: jahr2026, traeger: drei, positionen: [bedarf, hilfsmittel], pflege: { pflegegrad: 3, verwendung: "teilbudget", traeger: "pk", anrechnungTraeger: "egh" } });
    expect(r.teilbudgets.map((t) => t.monatsbetrag)).toEqual(["2401.00", "599.00", "100.00"]);
    const e = inputError({ zeitraum: jahr2026, traeger: drei, positionen: [bedarf, hilfsmittel], pflege: { pflegegrad: 3, verwendung: "teilbudget", traeger: "pk" } });
    expect(e.field).toBe("pflege.anrechnungTraeger");
    expect(e.message).toContain("Mehrere Träger haben Positionen („egh“, „kk“)");
  });
});

describe("bad input: German messages naming the field", () => {
  const mit = (pflege: Record<string, unknown>) => ({ zeitraum: jahr2026, traeger, positionen: [bedarf], pflege });

  test("Pflegegrad 1 has no Pflegegeld", () => {
    const e = inputError(mit({ pflegegrad: 1, verwendung: "anrechnung" }));
    expect(e.field).toBe("pflege.pflegegrad");
    expect(e.message).toMatch(/^pflege\.pflegegrad: Pflegegrad 1 hat keinen Anspruch auf Pflegegeld – Pflegegeld gibt es nur in den Pflegegraden 2 bis 5 \(§ 37 Abs\. 1 S\. 1 SGB XI\)/);
  });

  test("Pflegegrad 6 is no Pflegegrad, nor 2.5 or a word", () => {
    expect(inputError(mit({ pflegegrad: 6, verwendung: "anrechnung" })).message).toBe(
      "pflege.pflegegrad: 6 ist kein Pflegegrad – es gibt die Pflegegrade 1 bis 5 (§ 15 Abs. 3 SGB XI); erlaubt sind die Pflegegrade 2, 3, 4 und 5 (Pflegegeld nach § 37 Abs. 1 SGB XI).",
    );
    expect(inputError(mit({ pflegegrad: "2,5", verwendung: "anrechnung" })).message).toMatch(/^pflege\.pflegegrad: „2,5“ ist kein Pflegegrad/);
    expect(inputError(mit({ pflegegrad: "schwer", verwendung: "anrechnung" })).message).toMatch(/^pflege\.pflegegrad: „schwer“ ist kein Pflegegrad/);
    expect(inputError(mit({ verwendung: "anrechnung" })).message).toMatch(/^pflege\.pflegegrad: Der Pflegegrad fehlt/);
  });

  test("a Pflegekasse that is not in the Träger list", () => {
    const e = inputError(mit({ pflegegrad: 3, verwendung: "teilbudget", traeger: "aok" }));
    expect(e).toEqual({
      field: "pflege.traeger",
      message: "pflege.traeger: Die Pflegekasse „aok“ steht nicht in der Trägerliste („egh“, „pk“) – bitte das Kürzel aus der Träger-Tabelle nehmen oder den Träger dort eintragen.",
    });
    expect(inputError(mit({ pflegegrad: 3, verwendung: "anrechnung", anrechnungTraeger: "lwl" })).message).toMatch(/^pflege\.anrechnungTraeger: Der Träger „lwl“ steht nicht in der Trägerliste/);
  });

  test("a Teilbudget needs the Pflegekasse; the use must be given", () => {
    expect(inputError(mit({ pflegegrad: 3, verwendung: "teilbudget" })).message).toMatch(/^pflege\.traeger: Für das Teilbudget der Pflegekasse fehlt ihr Kürzel/);
    expect(inputError(mit({ pflegegrad: 3 })).message).toMatch(/^pflege\.verwendung: Bitte angeben, wie das Pflegegeld in das Budget eingeht: „anrechnung“/);
    expect(inputError(mit({ pflegegrad: 3, verwendung: "bar" })).message).toMatch(/^pflege\.verwendung: „bar“ ist unbekannt – erlaubt: „anrechnung“/);
  });

  test("percentages from 0 to 100; an unknown key is named with the nearest one", () => {
    expect(inputError(mit({ pflegegrad: 3, verwendung: "anrechnung", kombinationProzent: "120" })).message).toBe(
      "pflege.kombinationProzent: „120“ % geht nicht – der genutzte Anteil der Pflegesachleistung ist höchstens 100 %.",
    );
    expect(inputError(mit({ pflegegrad: 3, verwendung: "anrechnung", anrechnungProzent: "-5" })).field).toBe("pflege.anrechnungProzent");
    const e = inputError(mit({ pflegegrad: 3, verwendung: "anrechnung", kombinationsProzent: "40" }));
    expect(e.message).toContain("kombinationProzent");
  });
});

describe("a Pflegegeld above the need (§ 37 SGB XI money is no budget money beyond the need it covers)", () => {
  /** A need of 300.00 € a month: 10 hours × 30.00 € of the Eingliederungshilfe; Pflegegrad 5 in 2026: 990 €. */
  const klein = { ...bedarf, menge: "10", einheit: "Stunden", preis: "30" };

  test("anrechnung: the offset is capped at 300 €, the budget is 0 €, not −690 €", () => {
    const r = run({ zeitraum: jahr2026, traeger, obergrenzeMonat: "100", positionen: [klein], pflege: { pflegegrad: 5, verwendung: "anrechnung" } });
    // 300 − min(990, 300) = 0.00 a month, 12 × 0 = 0.00; the line is −300.00 a month, −3,600.00 in the period
    expect(r.monatsbudget).toBe("0.00");
    expect(r.summeZeitraum).toBe("0.00");
    expect(r.summeZeitraumUngerundet).toBe("0.00");
    expect(r.auszahlung).toBe("0.00");
    expect(r.monatsplan.every((m) => m.betrag === "0.00")).toBe(true);
    expect(r.positionen[1]).toMatchObject({ bezeichnung: "Pflegegeld (angerechnet)", monatsbetrag: "-300.00", zeitraumbetrag: "-3600.00" });
    expect(r.teilbudgets.map((t) => [t.traeger, t.monatsbetrag, t.zeitraumbetrag])).toEqual([
      ["egh", "0.00", "0.00"],
      ["pk", "0.00", "0.00"],
    ]);
    expect(r.stundensatz).toEqual({ stundenMonat: "10.00", betrag: "0.00" }); // not −69 €
    expect(r.obergrenze).toMatchObject({ obergrenzeMonat: "100.00", differenz: "100.00" }); // not 790 €
    expect(r.pflege).toMatchObject({ pflegegeldZeitraum: "11880.00", angerechnetZeitraum: "3600.00" });
    expect(r.pflege!.monate[0]).toEqual({ monat: "2026-01", pflegegeldGesetzlich: "990.00", pflegegeld: "990.00", angerechnet: "300.00", ueberBedarf: "690.00" });
    expect(rules(r)).not.toContain("eigenanteil-zu-hoch");
    const w = r.befunde.find((b) => b.regel === "pflegegeld-uebersteigt-bedarf")!;
    expect(w.schwere).toBe("warnung");
    expect(w.text).toContain("In den Planmonaten 01/2026 – 12/2026 ist das Pflegegeld (je 990,00 €) höher als der Bedarf beim Träger „Eingliederungshilfe“ (je 300,00 €)");
    expect(w.text).toContain("angerechnet werden nur je 300,00 € (auf den Bedarf begrenzt), die übrigen je 690,00 € sind kein Geld aus dem Budget.");
    expect(r.befunde.filter((b) => b.schwere === "warnung").map((b) => b.regel)).toEqual(["pflegegeld-uebersteigt-bedarf"]);
  });

  test("teilbudget: the Pflegekasse 300 €, the Eingliederungshilfe 0 €, together the budget of 300 €", () => {
    const r = run({ zeitraum: jahr2026, traeger, positionen: [klein], pflege: { pflegegrad: 5, verwendung: "teilbudget", traeger: "pk" } });
    expect(r.monatsbudget).toBe("300.00");
    expect(r.summeZeitraum).toBe("3600.00");
    expect(r.teilbudgets.map((t) => [t.traeger, t.monatsbetrag, t.zeitraumbetrag, t.zeitraumbetragUngerundet])).toEqual([
      ["egh", "0.00", "0.00", "0.00"],
      ["pk", "300.00", "3600.00", "3600.00"],
    ]);
    expect(r.pflege).toMatchObject({ pflegegeldZeitraum: "11880.00", teilbudgetZeitraum: "3600.00" });
    expect(r.pflege!.monate[0]).toEqual({ monat: "2026-01", pflegegeldGesetzlich: "990.00", pflegegeld: "990.00", teilbudget: "300.00", ueberBedarf: "690.00" });
    const w = r.befunde.find((b) => b.regel === "pflegegeld-uebersteigt-bedarf")!;
    expect(w.schwere).toBe("warnung");
    expect(w.text).toContain("das Teilbudget der Pflegekasse ist auf den Bedarf begrenzt (je 300,00 €), die übrigen je 690,00 € Pflegegeld sind kein Geld aus dem Budget.");
  });

  test("teilbudget, the monthly budget rounded up: the rounding goes to the Eingliederungshilfe, not to the Pflegekasse", () => {
    // need 305.00, rounded up to 310.00; Pflegekasse min(990, 305) = 305.00, Eingliederungshilfe 310 − 305 = 5.00
    const r = run({
      zeitraum: jahr2026,
      einstellungen: { rundung: { monat: { schritt: "10", richtung: "auf" } } },
      traeger,
      positionen: [{ ...klein, preis: "30.50" }],
      pflege: { pflegegrad: 5, verwendung: "teilbudget", traeger: "pk" },
    });
    expect(r.monatsbudget).toBe("310.00");
    expect(r.teilbudgets.map((t) => t.monatsbetrag)).toEqual(["5.00", "305.00"]);
    expect(r.teilbudgets.map((t) => t.zeitraumbetrag)).toEqual(["0.00", "3660.00"]); // 12 × 305, the period not rounded
  });

  describe("only some months exceed: capped only there (11/2024–04/2025, need 580 €, Pflegegrad 3: 573 € then 599 €)", () => {
    const plan = (verwendung: string) => ({
      zeitraum: { beginn: "2024-11-01", ende: "2025-04-30" },
      traeger,
      positionen: [{ ...bedarf, preis: "580" }],
      pflege: { pflegegrad: 3, verwendung, traeger: "pk" },
    });

    test("anrechnung: 573 € offset in 2024, 580 € (not 599 €) from January", () => {
      const r = run(plan("anrechnung"));
      expect(r.pflege!.monate.map((m) => m.angerechnet)).toEqual(["573.00", "573.00", "580.00", "580.00", "580.00", "580.00"]);
      expect(r.pflege!.monate.map((m) => m.ueberBedarf)).toEqual([undefined, undefined, "19.00", "19.00", "19.00", "19.00"]);
      // 580 − 573 = 7.00 in 2024, 0.00 from 2025; period 2 × 7 = 14.00, a month 14 / 6 = 2.333… → 2.33
      expect(r.monatsplan.map((m) => m.betrag)).toEqual(["7.00", "7.00", "0.00", "0.00", "0.00", "0.00"]);
      expect(r.summeZeitraum).toBe("14.00");
      expect(r.monatsbudget).toBe("2.33");
      expect(r.pflege).toMatchObject({ pflegegeldZeitraum: "3542.00", angerechnetZeitraum: "3466.00" }); // 2 × 573 + 4 × 580
      const w = r.befunde.find((b) => b.regel === "pflegegeld-uebersteigt-bedarf")!;
      expect(w.text).toMatch(/^In den Planmonaten 01\/2025 – 04\/2025 ist das Pflegegeld \(je 599,00 €\) höher als der Bedarf beim Träger „Eingliederungshilfe“ \(je 580,00 €\): angerechnet werden nur je 580,00 €/);
      expect(w.text).not.toContain("2024");
    });

    test("teilbudget: the Pflegekasse 3,466.00 € over the period, the Eingliederungshilfe 14.00 €", () => {
      const r = run(plan("teilbudget"));
      expect(r.pflege!.monate.map((m) => m.teilbudget)).toEqual(["573.00", "573.00", "580.00", "580.00", "580.00", "580.00"]);
      // Gesamtbudget 6 × 580 = 3,480.00; Pflegekasse 3,466.00, a month 3,466 / 6 = 577.666… → 577.67; EGH 580 − 577.67 = 2.33
      expect(r.summeZeitraum).toBe("3480.00");
      expect(r.teilbudgets.map((t) => [t.traeger, t.monatsbetrag, t.zeitraumbetrag])).toEqual([
        ["egh", "2.33", "14.00"],
        ["pk", "577.67", "3466.00"],
      ]);
      expect(r.pflege!.teilbudgetZeitraum).toBe("3466.00");
    });
  });
});
