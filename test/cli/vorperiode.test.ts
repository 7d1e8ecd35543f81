/** `budget pruefen --vorperiode` and the batch pairing by Aktenzeichen (src/cli/batch/vorperiode.ts). */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { execute } from "../../src/cli/main";
import { tempDir } from "../workbook/helpers";
import { PLAN, cleanReport, type Row } from "../engine/report/fixture";

type Obj = Record<string, any>;
const chain = (r: Obj) => (r.befunde as Obj[]).filter((b) => String(b.regel).startsWith("uebertrag-"));

/**
 * H1 2026 (01.01.–30.06.): income 6 × 600.00 + Übertrag 500.00 = 4,100.00, expenses 3,560.00, Rest 540.00; an interim
 * report (the plan runs to 31.12.2026), so the whole 540.00 is carried over.
 */
function h1(aktenzeichen: string): Row {
  return { ...cleanReport(), kostenplan: { ...PLAN, fall: { aktenzeichen } } };
}
/** H2 2026 (01.07.–31.12.): the same rows six months later, with `uebertrag` booked as the Übertrag. */
function h2(aktenzeichen: string, uebertrag: string): Row {
  const r = cleanReport();
  const shift = (s: unknown) => (typeof s === "string" ? s.replace(/^2026-0([1-6])/, (_, m) => `2026-${String(Number(m) + 6).padStart(2, "0")}`) : s);
  const move = (row: Row): Row => ({ ...row, datum: shift(row.datum), ...(row.leistungsmonat ? { leistungsmonat: shift(row.leistungsmonat) } : {}) });
  const out: Row = { ...r, zeitraum: { beginn: "2026-07-01", ende: "2026-12-31" }, kostenplan: { ...PLAN, fall: { aktenzeichen } } };
  out.einnahmen = r.einnahmen.map(move).map((e) => (e.art === "uebertrag" ? { ...e, betrag: uebertrag } : e));
  out.ausgaben = r.ausgaben.map(move);
  delete out.angaben;
  return out;
}

describe("budget pruefen: Übertrag chained", () => {
  const dir = tempDir();
  const batch = join(dir, "eingang");
  beforeAll(() => {
    mkdirSync(batch);
    writeFileSync(join(batch, "a-h1.json"), JSON.stringify(h1("EGH-1")));
    writeFileSync(join(batch, "a-h2.json"), JSON.stringify(h2("EGH-1", "640.00"))); // 640.00 booked, 540.00 carried: 100.00 apart
    writeFileSync(join(batch, "b-h2.json"), JSON.stringify(h2("EGH-2", "640.00"))); // no previous report in the batch
    writeFileSync(join(dir, "c-h2.json"), JSON.stringify(h2("EGH-1", "540.00"))); // matches a-h1's result
  });

  test("a batch pairs the reports by Aktenzeichen: the previous report ends the day before", async () => {
    const r = await execute(["pruefen", batch, "--json"]);
    const [a1, a2, b2] = JSON.parse(r.stdout) as Obj[];
    expect(a1.reste).toMatchObject({ nachweisart: "zwischennachweis", rest: "540.00", uebertrag: "540.00" });
    expect(chain(a1)).toEqual([]);
    expect(chain(a2).map((b) => [b.regel, b.schwere])).toEqual([["uebertrag-abweichend", "warnung"]]);
    expect(chain(a2)[0].text).toContain("640,00 € gebucht");
    expect(chain(a2)[0].text).toContain("540,00 €");
    expect(chain(a2)[0].text).toContain("Unterschied 100,00 €");
    expect(a2.kette).toMatchObject({ aktenzeichen: "EGH-1", uebertragGebucht: "640.00", vorperiode: true, vorperiodeDatei: join(batch, "a-h1.json") });
    // b-h2: no previous report; its period begins inside the Bewilligungszeitraum (an interim Übertrag): no cap, no finding
    expect(chain(b2)).toEqual([]);
    expect(b2.kette.vorperiode).toBe(false);
  });

  test("--vorperiode <datei>: checked against that file; matching = no finding, another Aktenzeichen = warning", async () => {
    const ok = await execute(["pruefen", join(dir, "c-h2.json"), "--vorperiode", join(batch, "a-h1.json"), "--json"]);
    expect(chain(JSON.parse(ok.stdout))).toEqual([]);
    expect(JSON.parse(ok.stdout).kette.vorperiode).toBe(true);
    const other = await execute(["pruefen", join(batch, "b-h2.json"), "--vorperiode", join(batch, "a-h1.json"), "--json"]);
    expect(chain(JSON.parse(other.stdout)).map((b) => b.regel).sort()).toEqual(["uebertrag-abweichend", "uebertrag-aktenzeichen-abweichend"]);
    const text = await execute(["pruefen", join(batch, "a-h2.json"), "--vorperiode", join(batch, "a-h1.json")]);
    expect(text.stdout).toContain("WARNUNG");
    expect(text.stdout).toContain("Unterschied 100,00 €");
  });

  test("an unreadable --vorperiode is an input error naming the option", async () => {
    writeFileSync(join(dir, "kaputt.json"), "{");
    const r = await execute(["pruefen", join(dir, "c-h2.json"), "--vorperiode", join(dir, "kaputt.json")]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain("--vorperiode");
  });

  test("the help names the option", async () => {
    const r = await execute(["pruefen", "--help"]);
    expect(r.stdout).toContain("--vorperiode <datei>");
  });
});
