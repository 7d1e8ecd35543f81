/**
 * The plan's own findings everywhere (issue 12, point 3): `budget pruefen` reports the findings of the
 * Kostenplan (Obergrenze, Mindestlohn, type of employment) beside the report's, with their cell in a
 * workbook; `budget kostenplan` reads a workbook through the same reader as pruefen.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { execute } from "../../src/cli/main";
import { columnLetter, settingRow, tableDef } from "../../src/workbook/layout";
import { SAMPLE, filledWorkbook, tempDir, writeWorkbook } from "../workbook/helpers";

type Obj = Record<string, any>;
const copy = (): Obj => JSON.parse(JSON.stringify(SAMPLE));

/**
 * The cell of a column of a plan position (1-based) in the template, from the layout; without a column the
 * row's first cell (where a finding on the whole row points, in the Kostenplan view as here).
 */
function planCell(zeile: number, key?: string): string {
  const t = tableDef("tblKostenplan");
  const col = key === undefined ? 0 : t.columns.findIndex((c) => c.key === key);
  expect(col).toBeGreaterThanOrEqual(0);
  return `${columnLetter(t.firstCol + col)}${t.headerRow + zeile}`;
}
const settingCell = (key: string) => `B${settingRow(key)}`;

/** The sample with its plan above the Obergrenze: a Monatsbudget of 950 € against 800 € (plan and Teilbudget). */
function overCap(): Obj {
  const j = copy();
  j.kostenplan.obergrenzeMonat = "800.00";
  j.kostenplan.traeger[0].obergrenzeMonat = "800.00";
  return j;
}

/** The sample whose Tagesassistenz is paid 12 € an hour: below the Mindestlohn 2026 of the plan. */
function lowWage(): Obj {
  const j = copy();
  j.kostenplan.positionen[0].preis = "12.00";
  return j;
}

const dir = tempDir("budget-planbefunde-");
async function workbook(name: string, json: Obj): Promise<string> {
  const path = join(dir, name);
  await writeWorkbook(filledWorkbook(json).wb, path);
  return path;
}
function jsonFile(name: string, json: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(json));
  return path;
}

describe("budget pruefen reports the plan's own findings", () => {
  test("the sample has none: nothing changes for a plan without findings", async () => {
    const r = await execute(["pruefen", await workbook("sample.xlsx", copy()), "--json"]);
    expect(r.exitCode).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.befunde).toEqual([]);
    expect(j.counts).toEqual({ fehler: 0, warnung: 0, hinweis: 0 });
  });

  test("a workbook above the Obergrenze: both cap findings with their cell, counted once, marked as the plan's", async () => {
    const r = await execute(["pruefen", await workbook("obergrenze.xlsx", overCap()), "--json"]);
    expect(r.exitCode).toBe(0); // warnings only
    const j = JSON.parse(r.stdout);
    const og = j.befunde.filter((b: Obj) => b.regel === "obergrenze-ueberschritten");
    expect(og).toHaveLength(1);
    expect(og[0]).toMatchObject({
      schwere: "warnung",
      teil: "kostenplan",
      ort: { feld: "kostenplan.obergrenzeMonat", blatt: "Einstellungen", zelle: settingCell("kostenplan.obergrenzeMonat") },
    });
    expect(og[0].text).toBe(
      "Das Monatsbudget von 950,00 € übersteigt die Kosten der Sachleistung (Obergrenze 800,00 €) um 150,00 € – nach § 29 Abs. 2 S. 7 SGB IX braucht das eine Begründung.",
    );
    const tb = j.befunde.filter((b: Obj) => b.regel === "teilbudget-obergrenze-ueberschritten");
    expect(tb).toHaveLength(1);
    expect(tb[0]).toMatchObject({ schwere: "warnung", teil: "kostenplan", ort: { liste: "traeger", zeile: 1, blatt: "Einstellungen" } });
    expect(tb[0].ort.zelle).toMatch(/^[A-Z]+\d+$/);
    expect(j.counts).toEqual({ fehler: 0, warnung: 2, hinweis: 0 });
    expect(j.befunde).toHaveLength(2);

    const text = await execute(["pruefen", join(dir, "obergrenze.xlsx")]);
    expect(text.stdout).toContain("Befunde: 0 Fehler, 2 Warnungen, 0 Hinweise");
    expect(text.stdout).toContain(`    WARNUNG [Einstellungen!${settingCell("kostenplan.obergrenzeMonat")}]: Kostenplan: Das Monatsbudget von 950,00 € übersteigt`);
  });

  test("the same through the JSON path: the same findings and counts, without cells", async () => {
    const fromJson = JSON.parse((await execute(["pruefen", jsonFile("obergrenze.json", overCap()), "--json"])).stdout);
    const fromXlsx = JSON.parse((await execute(["pruefen", join(dir, "obergrenze.xlsx"), "--json"])).stdout);
    expect(fromJson.counts).toEqual({ fehler: 0, warnung: 2, hinweis: 0 });
    const og = fromJson.befunde.find((b: Obj) => b.regel === "obergrenze-ueberschritten");
    expect(og).toEqual({ regel: "obergrenze-ueberschritten", schwere: "warnung", text: expect.stringContaining("Obergrenze 800,00 €"), ort: { feld: "kostenplan.obergrenzeMonat" }, teil: "kostenplan" });
    const strip = (bs: Obj[]) => bs.map((b) => ({ ...b, ort: { ...b.ort, blatt: undefined, zelle: undefined } }));
    expect(strip(fromXlsx.befunde)).toEqual(strip(fromJson.befunde));
    // --csv counts them too
    const csv = (await execute(["pruefen", join(dir, "obergrenze.json"), "--csv"])).stdout.slice(1).split("\r\n");
    expect(csv[1].split(";").slice(8, 11)).toEqual(["0", "2", "geprüft"]); // the columns after Status: see pruefen.test.ts
  });

  test("a justified Obergrenze stays listed but no longer counts", async () => {
    const j = overCap();
    j.kostenplan.obergrenzeBegruendung = "Nachtbereitschaft, mit dem Träger vereinbart";
    const r = JSON.parse((await execute(["pruefen", jsonFile("begruendet.json", j), "--json"])).stdout);
    const og = r.befunde.find((b: Obj) => b.regel === "obergrenze-ueberschritten");
    expect(og).toMatchObject({ begruendung: "Nachtbereitschaft, mit dem Träger vereinbart", ort: { feld: "kostenplan.obergrenzeBegruendung" } });
    expect(r.counts.warnung).toBe(1); // only the Teilbudget's
  });

  test("the plan's Mindestlohn finding appears in pruefen, at the position's price (the wage that is too low)", async () => {
    const r = await execute(["pruefen", await workbook("mindestlohn.xlsx", lowWage()), "--json"]);
    const j = JSON.parse(r.stdout);
    const ml = j.befunde.filter((b: Obj) => b.regel === "mindestlohn");
    expect(ml).toHaveLength(1);
    expect(ml[0]).toMatchObject({ schwere: "warnung", teil: "kostenplan", ort: { liste: "positionen", zeile: 1, blatt: "Kostenplan", zelle: planCell(1, "preis") } });
    expect(ml[0].text).toMatch(/^Position 1 \(Tagesassistenz\): 12,00 € je Stunde liegt unter dem Mindestlohn von 13,90 €/);
    expect(j.counts.warnung).toBe(j.befunde.filter((b: Obj) => b.schwere === "warnung" && !b.begruendung).length);
    const json = JSON.parse((await execute(["pruefen", jsonFile("mindestlohn.json", lowWage()), "--json"])).stdout);
    expect(json.befunde.find((b: Obj) => b.regel === "mindestlohn")).toMatchObject({ ort: { liste: "positionen", zeile: 1 }, teil: "kostenplan" });
  });

  test("a type of employment that does not fit the wage, and a plan fehler that makes pruefen exit 1", async () => {
    const j = copy();
    j.kostenplan.positionen[0].menge = "60"; // 60 h × 14,50 € = 870 € a month: above the Minijob-Grenze
    j.kostenplan.positionen[2].traeger = "pk"; // no such Träger
    const path = await workbook("art.xlsx", j);
    const r = await execute(["pruefen", path, "--json"]);
    expect(r.exitCode).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.befunde.find((b: Obj) => b.regel === "minijob-grenze")).toMatchObject({ schwere: "warnung", teil: "kostenplan", ort: { liste: "positionen", zeile: 1, blatt: "Kostenplan" } });
    expect(out.befunde.find((b: Obj) => b.regel === "traeger-unbekannt")).toMatchObject({ schwere: "fehler", teil: "kostenplan", ort: { liste: "positionen", zeile: 3, blatt: "Kostenplan", zelle: planCell(3) } });
    expect(out.counts.fehler).toBe(1);
  });

  test("the reader's findings on the plan's table and on the workbook are reported once", async () => {
    const { wb } = filledWorkbook(copy());
    // a row typed below the Kostenplan table, which did not grow, and the Kostenplan sheet hidden
    const t = tableDef("tblKostenplan");
    const ws = wb.getWorksheet(t.sheet)!;
    const below = t.headerRow + t.rows + 3;
    ws.getCell(below, t.firstCol).value = "Nachtbereitschaft";
    ws.state = "hidden";
    const path = join(dir, "ausserhalb.xlsx");
    await writeWorkbook(wb, path);
    const plan = await execute(["kostenplan", path, "--json"]);
    const check = await execute(["pruefen", path, "--json"]);
    expect([plan.exitCode, check.exitCode]).toEqual([1, 1]);
    const regeln = (bs: Obj[]) => bs.map((b) => b.regel).filter((r) => r === "zeile-ausserhalb-tabelle" || r === "blatt-ausgeblendet");
    const fromPlan = JSON.parse(plan.stdout).befunde;
    const fromCheck = JSON.parse(check.stdout);
    expect(regeln(fromPlan)).toEqual(["zeile-ausserhalb-tabelle", "blatt-ausgeblendet"]);
    expect(regeln(fromCheck.befunde)).toEqual(["zeile-ausserhalb-tabelle", "blatt-ausgeblendet"]);
    const outside = fromCheck.befunde.find((b: Obj) => b.regel === "zeile-ausserhalb-tabelle");
    expect(outside).toMatchObject({ schwere: "fehler", ort: { blatt: "Kostenplan", zelle: `${columnLetter(t.firstCol)}${below}` } });
    expect(fromCheck.counts).toEqual({ fehler: 1, warnung: 1, hinweis: 0 });
  });
});

describe("budget kostenplan <datei.xlsx>", () => {
  test("the workbook gives the same result as the JSON of the same plan, exit 0", async () => {
    const path = await workbook("plan.xlsx", copy());
    const x = await execute(["kostenplan", path, "--json"]);
    const p = await execute(["kostenplan", jsonFile("plan.json", copy().kostenplan), "--json"]);
    expect([x.exitCode, p.exitCode]).toEqual([0, 0]);
    const fromXlsx = JSON.parse(x.stdout);
    const fromJson = JSON.parse(p.stdout);
    expect(fromXlsx.monatsbudget).toBe("950.00");
    expect(fromJson.monatsbudget).toBe("950.00");
    expect(fromXlsx.summeZeitraum).toBe(fromJson.summeZeitraum);
    expect(fromXlsx.auszahlung).toBe(fromJson.auszahlung);
    expect(fromXlsx.teilbudgets).toEqual(fromJson.teilbudgets);
    const text = await execute(["kostenplan", path]);
    expect(text.exitCode).toBe(0);
    expect(text.stdout).toMatch(/\nMonatsbudget: +950,00 € \(ungerundet 947,93 €\)\n/);
    expect(text.stdout).toBe((await execute(["kostenplan", join(dir, "plan.json")])).stdout);
  });

  test("findings name their cell; a plan fehler exits 1", async () => {
    const x = await execute(["kostenplan", await workbook("plan-obergrenze.xlsx", overCap())]);
    expect(x.exitCode).toBe(0);
    expect(x.stdout).toContain(`  WARNUNG [Einstellungen!${settingCell("kostenplan.obergrenzeMonat")}]: Das Monatsbudget von 950,00 € übersteigt`);
    const j = copy();
    j.kostenplan.positionen[2].traeger = "pk";
    const f = await execute(["kostenplan", await workbook("plan-fehler.xlsx", j)]);
    expect(f.exitCode).toBe(1);
    expect(f.stdout).toContain(`  FEHLER [Kostenplan!${planCell(3)}]: Position 3 (Taxifahrten): Der Träger „pk“ steht nicht in der Trägerliste`);
    const json = JSON.parse((await execute(["kostenplan", join(dir, "plan-fehler.xlsx"), "--json"])).stdout);
    expect(json.befunde.find((b: Obj) => b.regel === "traeger-unbekannt").ort).toEqual({ liste: "positionen", zeile: 3, blatt: "Kostenplan", zelle: planCell(3) });
  });

  test("a bad cell: exit 2 with a message naming the file, sheet and cell", async () => {
    const { wb } = filledWorkbook(copy());
    const cell = planCell(1, "preis");
    wb.getWorksheet("Kostenplan")!.getCell(cell).value = "zwölf Euro";
    const path = join(dir, "kaputt.xlsx");
    await writeWorkbook(wb, path);
    const r = await execute(["kostenplan", path]);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(new RegExp(`^Fehler: kaputt\\.xlsx: Blatt „Kostenplan“, Zelle ${cell}: .*„zwölf Euro“`));
    // pruefen names the same cell
    const p = await execute(["pruefen", path]);
    expect(p.exitCode).toBe(2);
    expect(p.stderr).toContain(`Blatt „Kostenplan“, Zelle ${cell}:`);
  });

  test("a file that is no workbook of the template, or no workbook at all: exit 2", async () => {
    const text = join(dir, "text.xlsx");
    writeFileSync(text, "Das ist keine Arbeitsmappe");
    const r = await execute(["kostenplan", text]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/text\.xlsx: Das ist keine Excel-Arbeitsmappe/);
  });

  test("the empty template from budget vorlage is „noch nicht ausgefüllt“, exit 0, as in pruefen", async () => {
    const path = join(dir, "neu.xlsx");
    expect((await execute(["vorlage", path])).exitCode).toBe(0);
    const r = await execute(["kostenplan", path]);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBeUndefined();
    expect(r.stdout).toBe(`${path}: noch nicht ausgefüllt, nicht ausgewertet – Der Kostenplan hat noch keine Positionen.`);
    const j = await execute(["kostenplan", path, "--json"]);
    expect(j.exitCode).toBe(0);
    expect(JSON.parse(j.stdout)).toEqual({ datei: path, nichtAusgefuellt: "neu.xlsx: Der Kostenplan hat noch keine Positionen." });
    expect((await execute(["pruefen", path])).stdout).toContain("noch nicht ausgefüllt");
  });

  test("--rechengroessen reaches the workbook's plan as it reaches a JSON plan", async () => {
    const figures = jsonFile("rg.json", { "2026": { mindestlohn: "15.00" } });
    const x = JSON.parse((await execute(["kostenplan", join(dir, "plan.xlsx"), "--json", "--rechengroessen", figures])).stdout);
    const p = JSON.parse((await execute(["kostenplan", join(dir, "plan.json"), "--json", "--rechengroessen", figures])).stdout);
    // 14,50 € is below a Mindestlohn of 15 €: both paths say so
    expect(x.befunde.filter((b: Obj) => b.regel === "mindestlohn")).toHaveLength(1);
    expect(x.befunde.map((b: Obj) => b.text)).toEqual(p.befunde.map((b: Obj) => b.text));
  });
});
