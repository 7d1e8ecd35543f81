/**
 * The Pflegeversicherung through the workbook: the settings rows of the section „Pflegeversicherung“ (German
 * words from the dropdowns, numbers as typed) read by the one reader give the same result as the JSON plan,
 * and bad input names the cell.
 */
import { evaluatePlan, parsePlan, planResultJson } from "../../src/engine";
import { evaluateWorkbookPlan } from "../../src/workbook/evaluate";
import { SETTINGS, settingRow } from "../../src/workbook/layout";
import { buildTemplate } from "../../src/workbook/xlsx-write";
import { fillTable, readBack, setSetting } from "./helpers";

const traeger = [
  { id: "egh", name: "Eingliederungshilfe" },
  { id: "pk", name: "Pflegekasse" },
];
const positionen = [{ bezeichnung: "Assistenz", art: "dienstleistung", traeger: "egh", menge: "1", einheit: "monat", je: "monat", preis: "3000" }];

function workbook(pflege: Record<string, string | number>) {
  const wb = buildTemplate();
  setSetting(wb, "kostenplan.zeitraum.beginn", "01.11.2024");
  setSetting(wb, "kostenplan.zeitraum.ende", "30.04.2025");
  fillTable(wb, "tblTraeger", traeger);
  fillTable(wb, "tblKostenplan", positionen, (k, v) => (k === "preis" || k === "menge" ? Number(v) : (v as string)));
  for (const [k, v] of Object.entries(pflege)) setSetting(wb, `kostenplan.pflege.${k}`, v);
  return wb;
}

const json = (pflege: Record<string, unknown>) =>
  planResultJson(evaluatePlan(parsePlan({ format: "kostenplan/1", zeitraum: { beginn: "2024-11-01", ende: "2025-04-30" }, traeger, positionen, pflege })));

describe("Pflegeversicherung in the settings table", () => {
  test("the template has one block of rows with a heading", () => {
    const keys = SETTINGS.map((s) => s.key);
    const first = keys.indexOf("abschnitt.pflege");
    expect(keys.slice(first, first + 8)).toEqual([
      "abschnitt.pflege",
      "kostenplan.pflege.pflegegrad",
      "kostenplan.pflege.verwendung",
      "kostenplan.pflege.traeger",
      "kostenplan.pflege.anrechnungTraeger",
      "kostenplan.pflege.kombinationProzent",
      "kostenplan.pflege.anrechnungProzent",
      "kostenplan.pflege.entlastungsbetrag",
    ]);
  });

  test("Teilbudget with Kombinationsleistung and Entlastungsbetrag: the same figures as the JSON plan", async () => {
    const cells = { pflegegrad: "Pflegegrad 3", verwendung: "Teilbudget der Pflegekasse", traeger: "pk", kombinationProzent: 40, entlastungsbetrag: "ja" };
    const outcome = evaluateWorkbookPlan(await readBack(workbook(cells)));
    if (!outcome.ok) throw new Error(outcome.message);
    const fromCells = planResultJson(outcome.result);
    const fromJson = json({ pflegegrad: 3, verwendung: "teilbudget", traeger: "pk", kombinationProzent: "40", entlastungsbetrag: true });
    expect(fromCells).toEqual(fromJson);
    // 2 × 573 × 60 % + 4 × 599 × 60 % = 2 × 343.80 + 4 × 359.40 = 2,125.20 for the Pflegekasse; 2,125.20 / 6 = 354.20
    expect(fromCells.teilbudgets.map((t) => [t.traeger, t.monatsbetrag, t.zeitraumbetrag])).toEqual([
      ["egh", "2645.80", "15874.80"],
      ["pk", "354.20", "2125.20"],
    ]);
    expect(fromCells.pflege!.entlastungsbetragZeitraum).toBe("774.00");
  });

  test("Anrechnung with codes typed instead of the German words", async () => {
    const outcome = evaluateWorkbookPlan(await readBack(workbook({ pflegegrad: 3, verwendung: "anrechnung", anrechnungProzent: "50 %" })));
    if (!outcome.ok) throw new Error(outcome.message);
    // 573 × 50 % = 286.50 (Nov, Dec), 599 × 50 % = 299.50 (Jan–Apr): 18,000 − (573 + 1,198) = 16,229.00
    expect(planResultJson(outcome.result)).toEqual(json({ pflegegrad: "3", verwendung: "anrechnung", anrechnungProzent: "50" }));
    expect(outcome.result.summeZeitraum.toFixed(2)).toBe("16229.00");
  });

  test("bad input names the cell: Pflegegrad 6, Pflegegrad 1, an unknown Pflegekasse", async () => {
    const row = (k: string) => settingRow(`kostenplan.pflege.${k}`);
    const sechs = evaluateWorkbookPlan(await readBack(workbook({ pflegegrad: 6, verwendung: "anrechnung" })));
    expect(sechs).toMatchObject({ ok: false, ort: { blatt: "Einstellungen", zelle: `B${row("pflegegrad")}` } });
    expect(!sechs.ok && sechs.message).toMatch(new RegExp(`^Blatt „Einstellungen“, Zelle B${row("pflegegrad")}: „6“ ist kein Pflegegrad`));
    const eins = evaluateWorkbookPlan(await readBack(workbook({ pflegegrad: 1, verwendung: "anrechnung" })));
    expect(!eins.ok && eins.message).toContain("Pflegegrad 1 hat keinen Anspruch auf Pflegegeld");
    const kasse = evaluateWorkbookPlan(await readBack(workbook({ pflegegrad: 2, verwendung: "teilbudget", traeger: "aok" })));
    expect(kasse).toMatchObject({ ok: false, ort: { zelle: `B${row("traeger")}` } });
    expect(!kasse.ok && kasse.message).toContain("Die Pflegekasse „aok“ steht nicht in der Trägerliste („egh“, „pk“)");
  });
});
