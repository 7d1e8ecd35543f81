/** Legal figures from the command line: a file for a whole batch, single ones for one employer-cost figure. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execute } from "../../src/cli/main";
import { evaluatePlan, parsePlan, planResultJson } from "../../src/engine";

const dir = mkdtempSync(join(tmpdir(), "budget-rg-"));
const file = (name: string, content: unknown) => {
  const p = join(dir, name);
  writeFileSync(p, typeof content === "string" ? content : JSON.stringify(content));
  return p;
};

const PLAN_2027 = {
  format: "kostenplan/1",
  zeitraum: { beginn: "2027-01-01", ende: "2027-12-31" },
  positionen: [{ bezeichnung: "Assistenz", art: "arbeitgeber", beschaeftigung: "uebergangsbereich", menge: "120", einheit: "stunde", je: "monat", preis: "15.00", u1Prozent: "1.1", u2Prozent: "0.4" }],
};
// what the real 2027 figures might be: the batch sets them once for every case
const FIGURES = { "2027": { kvZusatzDurchschnitt: "3.1", rv: "18.6", faktorF: "0.6543", bbgKvPv: "6375", bbgRvAv: "8850" } };
const figuresFile = file("rechengroessen-2027.json", FIGURES);

describe("budget kostenplan --rechengroessen", () => {
  test("without: provisional figures, named in one warning; with: the file's figures, no warning, other amounts", async () => {
    const planFile = file("plan-2027.json", PLAN_2027);
    const before = JSON.parse((await execute(["kostenplan", planFile, "--json"])).stdout);
    expect(before.befunde.filter((b: { regel: string }) => b.regel === "rechengroessen-vorlaeufig")).toHaveLength(1);
    const r = await execute(["kostenplan", planFile, "--json", "--rechengroessen", figuresFile]);
    expect(r.exitCode).toBe(0);
    const after = JSON.parse(r.stdout);
    expect(after.befunde.map((b: { regel: string }) => b.regel)).not.toContain("rechengroessen-vorlaeufig");
    const expected = planResultJson(evaluatePlan(parsePlan({ ...PLAN_2027, einstellungen: { rechengroessen: FIGURES } })));
    expect(after.monatsbudget).toBe(expected.monatsbudget);
    expect(after.monatsbudget).not.toBe(before.monatsbudget);
  });

  test("a figure of the file replaces the plan's own value of the same figure; the plan's other figures stay", async () => {
    const own = { ...PLAN_2027, einstellungen: { rechengroessen: { "2027": { kvZusatzDurchschnitt: "9.9", minijobU1: "1.0" } } } };
    const after = JSON.parse((await execute(["kostenplan", file("plan-own.json", own), "--json", "--rechengroessen", figuresFile])).stdout);
    const expected = planResultJson(evaluatePlan(parsePlan({ ...PLAN_2027, einstellungen: { rechengroessen: { "2027": { ...FIGURES["2027"], minijobU1: "1.0" } } } })));
    expect(after.monatsbudget).toBe(expected.monatsbudget);
  });

  test.each([
    ['{"2027": {"kvZusatz": "3.1"}}', /^Fehler: --rechengroessen rechengroessen-falsch\.json: 2027\.kvZusatz: .*meinten Sie „kvZusatzDurchschnitt“/],
    ['{"27": {"rv": "18.6"}}', /^Fehler: --rechengroessen rechengroessen-falsch\.json: 27: Erwartet wird ein Kalenderjahr/],
    ['{"2027": {"rv": "viel"}}', /^Fehler: --rechengroessen rechengroessen-falsch\.json: rechengroessen\.2027\.rv: „viel“ ist keine gültige Zahl/],
    ['{"2027": {"__proto__": {"rv": "1"}}}', /^Fehler: --rechengroessen rechengroessen-falsch\.json: 2027\.__proto__/],
    ['{"__proto__": {"rv": "1"}}', /^Fehler: --rechengroessen rechengroessen-falsch\.json: /],
  ])("a bad figures file %s is an input error naming the file and the key (exit 2)", async (raw, message) => {
    const r = await execute(["kostenplan", file("plan-x.json", PLAN_2027), "--rechengroessen", file("rechengroessen-falsch.json", raw)]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe("budget pruefen --rechengroessen: the same figures for every file of the batch", () => {
  const report = (n: number) => ({
    format: "verwendungsnachweis/1",
    zeitraum: { beginn: "2027-01-01", ende: "2027-06-30" },
    kostenplan: PLAN_2027,
    einnahmen: [{ datum: "2027-01-01", art: "budget", betrag: String(1000 + n) }],
    ausgaben: [{ datum: "2027-01-31", leistungsmonat: "2027-01", empfaenger: "A. B.", position: "Assistenz", betrag: "1800.00", stunden: "120", beleg: `L-${n}` }],
  });
  test("each case's plan figure follows the file", async () => {
    const batch = mkdtempSync(join(tmpdir(), "budget-rg-batch-"));
    for (const n of [1, 2]) writeFileSync(join(batch, `fall-${n}.json`), JSON.stringify(report(n)));
    const plain = JSON.parse((await execute(["pruefen", batch, "--json"])).stdout);
    const withFigures = JSON.parse((await execute(["pruefen", batch, "--json", "--rechengroessen", figuresFile])).stdout);
    const expected = planResultJson(evaluatePlan(parsePlan({ ...PLAN_2027, einstellungen: { rechengroessen: FIGURES } })));
    const planOf = (x: { summen: { proPosition: Record<string, { plan: string }> } }) => x.summen.proPosition.Assistenz.plan;
    // six months of the plan's monthly amount of the position
    const six = (m: string) => (Number(m) * 6).toFixed(2);
    for (const k of [0, 1]) {
      expect(planOf(withFigures[k])).toBe(six(expected.positionen[0].monatsbetrag));
      expect(planOf(withFigures[k])).not.toBe(planOf(plain[k]));
    }
  });
  test("an unreadable figures file stops before the batch (exit 2), nothing is checked", async () => {
    const r = await execute(["pruefen", join(__dirname, "../../samples/verwendungsnachweis-2026-h1.json"), "--rechengroessen", file("kaputt.json", "{")]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/kaputt\.json: Kein gültiges JSON/);
    expect(r.stdout).toBe("");
  });
});

describe("budget arbeitgeberkosten --rechengroesse", () => {
  const args = ["arbeitgeberkosten", "--brutto", "1.800", "--art", "uebergangsbereich", "--datum", "2027-02-01", "--u1", "1,1", "--u2", "0,4", "--json"];
  test("a single figure for the year of --datum, typed as people type it; the rest stays provisional and is named", async () => {
    const before = JSON.parse((await execute(args)).stdout);
    const r = await execute([...args, "--rechengroesse", "kvZusatzDurchschnitt=3,1"]);
    expect(r.exitCode).toBe(0);
    const after = JSON.parse(r.stdout);
    // Midijob employer share of the Zusatzbeitrag: half of 3.1 % instead of 2.9 % on the same base
    expect(Number(after.anteile.kvZusatz)).toBeGreaterThan(Number(before.anteile.kvZusatz));
    const warning = after.befunde.find((b: { regel: string }) => b.regel === "rechengroessen-vorlaeufig").text as string;
    expect(warning).not.toContain("Zusatzbeitrag");
    expect(warning).toContain("Beitragssatz der Rentenversicherung 18,6 %");
    expect(warning).toMatch(/mit --rechengroesse \w+=<Wert> angeben/);
  });
  test("several figures; an unknown name or a bad value is an input error", async () => {
    const r = await execute([...args, "--rechengroesse", "rv=18,6", "--rechengroesse", "faktorF=0,6543", "--rechengroesse", "kvZusatzDurchschnitt=3,1", "--rechengroesse", "bbgKvPv=6.375"]);
    const out = JSON.parse(r.stdout);
    expect(out.befunde.map((b: { regel: string }) => b.regel)).not.toContain("rechengroessen-vorlaeufig");
    expect((await execute([...args, "--rechengroesse", "Zusatzbeitrag=3"])).stderr).toMatch(/--rechengroesse: „Zusatzbeitrag“ ist keine bekannte Rechengröße/);
    expect((await execute([...args, "--rechengroesse", "rv"])).stderr).toMatch(/erwartet wird Name=Wert/);
    expect((await execute([...args, "--rechengroesse", "rv=hoch"])).exitCode).toBe(2);
  });
});
