/** `budget kostenplan` with the Pflegeversicherung: the summary shows the Pflegegeld per stretch of months and the Entlastungsbetrag apart. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execute } from "../../src/cli/main";

const dir = mkdtempSync(join(tmpdir(), "budget-pflege-"));
function file(name: string, content: unknown): string {
  const p = join(dir, name);
  writeFileSync(p, JSON.stringify(content));
  return p;
}

const plan = (pflege: object) => ({
  format: "kostenplan/1",
  zeitraum: { beginn: "2024-11-01", ende: "2025-04-30" },
  traeger: [
    { id: "egh", name: "Eingliederungshilfe" },
    { id: "pk", name: "AOK Pflegekasse" },
  ],
  positionen: [{ bezeichnung: "Assistenz", art: "dienstleistung", traeger: "egh", menge: "1", je: "monat", preis: "3000" }],
  pflege,
});

describe("budget kostenplan with Pflegegeld", () => {
  test("anrechnung with a Kombinationsleistung across New Year: 573 × 60 % = 343.80, 599 × 60 % = 359.40", async () => {
    const r = await execute(["kostenplan", file("kombi.json", plan({ pflegegrad: 3, verwendung: "anrechnung", traeger: "pk", kombinationProzent: "40", entlastungsbetrag: "ja" }))]);
    expect(r.exitCode).toBe(0);
    const out = r.stdout;
    // the offset as a line of the plan: (2 × 343.80 + 4 × 359.40) / 6 = (687.60 + 1,437.60) / 6 = 2,125.20 / 6 = 354.20
    expect(out).toMatch(/anteiliges Pflegegeld \(angerechnet\) +−354,20 € +−2\.125,20 €/);
    expect(out).toContain("Pflegeversicherung (Pflegegrad 3):");
    expect(out).toContain("11/2024 – 12/2024   Pflegegeld 343,80 € (statt 573,00 €), angerechnet 343,80 €, Pflegesachleistung 572,80 € von 1.432,00 €, Entlastungsbetrag bis 125,00 € im Monat");
    expect(out).toContain("01/2025 – 04/2025   Pflegegeld 359,40 € (statt 599,00 €), angerechnet 359,40 €, Pflegesachleistung 598,80 € von 1.497,00 €, Entlastungsbetrag bis 131,00 € im Monat");
    expect(out).toContain("Im Bewilligungszeitraum: Pflegegeld 2.125,20 €, davon auf das Budget angerechnet 2.125,20 €.");
    // 2 × 125 + 4 × 131 = 774.00, apart from the budget: 18,000 − 2,125.20 = 15,874.80
    expect(out).toContain("im Bewilligungszeitraum bis zu 774,00 €");
    expect(out).toMatch(/Summe im Zeitraum: +15\.874,80 €/);
    expect(out).toContain("(Leistungsbeträge der Pflegeversicherung 2025)");
  });

  test("teilbudget: the Pflegekasse's Teilbudget in the summary and the JSON", async () => {
    const p = file("tb.json", plan({ pflegegrad: 3, verwendung: "teilbudget", traeger: "pk" }));
    const text = (await execute(["kostenplan", p])).stdout;
    // 3,542 / 6 = 590.33; 3,000 − 590.33 = 2,409.67
    expect(text).toMatch(/AOK Pflegekasse +590,33 €/);
    expect(text).toMatch(/Eingliederungshilfe +2\.409,67 €/);
    expect(text).toContain("Die Pflegekasse (AOK Pflegekasse) zahlt das Pflegegeld als ihr Teilbudget");
    const j = JSON.parse((await execute(["kostenplan", p, "--json"])).stdout);
    expect(j.pflege).toMatchObject({ pflegegrad: 3, verwendung: "teilbudget", traeger: "pk", anrechnungTraeger: "egh", teilbudgetZeitraum: "3542.00", pflegegeldZeitraum: "3542.00" });
    expect(j.pflege.monate.map((m: { teilbudget: string }) => m.teilbudget)).toEqual(["573.00", "573.00", "599.00", "599.00", "599.00", "599.00"]);
  });

  test("Pflegegrad 1 is unreadable input: exit 2 with the German message", async () => {
    const r = await execute(["kostenplan", file("pg1.json", plan({ pflegegrad: 1, verwendung: "anrechnung" }))]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain("pflege.pflegegrad: Pflegegrad 1 hat keinen Anspruch auf Pflegegeld");
  });
});
