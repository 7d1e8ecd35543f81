/**
 * What was observed on the way from cells and files into the engine (issue „One trustworthy way in“), each
 * reproduced: German input misread, files of other writers, what is seen vs what is checked, prototype
 * keys, batches that stopped, missing limits, CSV injection, functions that hid errors.
 */
import "../support/custom-functions-shim";
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { execute } from "../../src/cli/main";
import { csv } from "../../src/cli/commands/pruefen";
import * as f from "../../src/functions/functions";
import { checkWorkbook, evaluateWorkbookPlan } from "../../src/workbook/evaluate";
import { readWorkbook } from "../../src/workbook/xlsx-read";
import { AUSGABEN_COLUMNS, settingRow, tableDef } from "../../src/workbook/layout";
import { strFromU8, unzipSync } from "fflate";
import { craftXlsx, minimalWorkbook, row } from "../support/xlsx-craft";
import { SAMPLE, filledWorkbook, readBack, tempDir, writeWorkbook } from "../workbook/helpers";

type Obj = Record<string, any>;
const dir = tempDir("budget-observed-");
const fixtures = join(__dirname, "../fixtures");
const ENGLISH = /\b(Cannot|undefined|Unexpected|unexpected token|is not a|TypeError|RangeError|SyntaxError|Maximum call stack|NaN|\[object|primitive value)\b/;
const col = (key: string) => String.fromCharCode(65 + AUSGABEN_COLUMNS.findIndex((c) => c.key === key));

describe("German input is read as meant, on every human path", () => {
  test("budget arbeitgeberkosten --brutto 1.500 is fifteen hundred (as 1500 and 1.500,00)", async () => {
    const run = (brutto: string) => execute(["arbeitgeberkosten", "--brutto", brutto, "--art", "sv-pflichtig", "--datum", "2026-03-01", "--json"]);
    const a = await run("1.500");
    const b = await run("1500");
    const c = await run("1.500,00");
    expect(a.exitCode).toBe(0);
    expect(JSON.parse(a.stdout).brutto).toBe("1500.00");
    expect(a.stdout).toBe(b.stdout);
    expect(c.stdout).toBe(b.stdout);
    expect(JSON.parse((await run("13.90")).stdout).brutto).toBe("13.90");
    const bad = await run("4 3 5");
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain("--brutto: „4 3 5“ ist keine gültige Zahl");
    const z = await execute(["arbeitgeberkosten", "--brutto", "2.000", "--art", "sv-pflichtig", "--datum", "2026-03-01", "--zusatzbeitrag", "2,9 %", "--json"]);
    expect(JSON.parse(z.stdout).anteile.kvZusatz).toBe("29.00"); // 2.000 × 2,9 % / 2
  });

  test("in a workbook: „2.500“ is 2500 €, „4 3 5“ and WAHR are no amounts, a date typed into Stunden is no number", async () => {
    const { wb, ausgabenRows } = filledWorkbook(SAMPLE);
    const ws = wb.getWorksheet("Ausgaben")!;
    ws.getCell(`${col("betrag")}${ausgabenRows[0]}`).value = "2.500";
    ws.getCell(`${col("betrag")}${ausgabenRows[1]}`).value = "4 3 5";
    ws.getCell(`${col("betrag")}${ausgabenRows[2]}`).value = true;
    const stunden = ws.getCell(`${col("stunden")}${ausgabenRows[3]}`);
    stunden.value = 46188; // "15.06" typed in German Excel becomes 15.06.2026
    stunden.numFmt = "dd.mm.yyyy";
    const r = checkWorkbook(await readBack(wb));
    if (!r.ok) throw new Error(r.message);
    const at = (zelle: string) => r.result.befunde.filter((b) => b.ort?.zelle === zelle).map((b) => b.text);
    expect(at(`${col("betrag")}${ausgabenRows[1]}`).join()).toContain("„4 3 5“ ist keine gültige Zahl");
    expect(at(`${col("betrag")}${ausgabenRows[2]}`).join()).toContain("WAHR ist keine gültige Zahl");
    expect(at(`${col("stunden")}${ausgabenRows[3]}`).join()).toContain("„15.06.2026“ ist keine gültige Zahl");
    const expected = SAMPLE.ausgaben.reduce((t: number, a: Obj, i: number) => (i === 1 || i === 2 ? t : t + Math.round(Number(a.betrag) * 100)), 0) - 43500 + 250000;
    expect(Math.round(Number(r.result.summen.ausgaben) * 100)).toBe(expected);
  });

  test("one yes/no vocabulary: j, x, WAHR are yes on every path; „yes“ is refused on every path", async () => {
    const plan = [
      ["Bezeichnung", "Art", "Menge", "Einheit", "je", "Preis je Einheit", "Beschäftigungsart", "privat krankenversichert"],
      ["Assistenz", "arbeitgeber", 30, "stunde", "monat", 14.5, "minijob-privat", "j"],
    ];
    const withFlag = (v: unknown) => [plan[0], [...plan[1].slice(0, 7), v]];
    const exempt = f.monatsbudget(withFlag(true) as any[][], 46023, 46387);
    for (const yes of ["j", "x", "ja", "WAHR", "true"]) expect(f.monatsbudget(withFlag(yes) as any[][], 46023, 46387)).toBe(exempt);
    expect(f.monatsbudget(withFlag("n") as any[][], 46023, 46387)).not.toBe(exempt);
    expect(() => f.monatsbudget(withFlag("yes") as any[][], 46023, 46387)).toThrow(/„yes“ ist kein Ja\/Nein-Wert \(erlaubt: ja\/nein, j\/n, x, wahr\/falsch, TRUE\/FALSE\)/);

    const { wb } = filledWorkbook(SAMPLE);
    const t = tableDef("tblKostenplan");
    const flagCol = t.firstCol + t.columns.findIndex((c) => c.key === "kvPrivat");
    wb.getWorksheet("Kostenplan")!.getCell(2, flagCol).value = "yes";
    const outcome = evaluateWorkbookPlan(await readBack(wb));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toContain("„yes“ ist kein Ja/Nein-Wert");
  });
});

describe("files from other writers, and what is seen is what is checked", () => {
  test("an openpyxl workbook (absolute part names) and LibreOffice's 1904 flag „true“ read as their JSON (see fixtures.test.ts)", async () => {
    const parts = unzipSync(readFileSync(join(fixtures, "fall-beispiel-openpyxl-1900.xlsx")));
    const rels = Object.entries(parts).find(([name]) => /worksheets\/_rels\/sheet\d+\.xml\.rels$/.test(name))!;
    expect(strFromU8(rels[1])).toContain('Target="/xl/'); // the form exceljs rejects (exceljs issue #1468)
    const lo = readFileSync(join(fixtures, "fall-beispiel-libreoffice-1904.xlsx"));
    expect(lo.length).toBeGreaterThan(1000);
    const read = await readWorkbook(join(fixtures, "fall-beispiel-libreoffice-1904.xlsx"));
    expect((read.json as Obj).zeitraum).toEqual(SAMPLE.zeitraum);
  });

  test("rows typed below a table that did not grow: a finding naming the first cell, counted neither in the sums nor in the check", async () => {
    const { wb } = filledWorkbook(SAMPLE);
    const t = tableDef("tblAusgaben");
    const below = t.headerRow + t.rows + 3;
    const ws = wb.getWorksheet("Ausgaben")!;
    ws.getCell(`${col("datum")}${below}`).value = "15.03.2026";
    ws.getCell(`${col("betrag")}${below}`).value = 1241171.29;
    ws.getCell(`${col("position")}${below}`).value = "Taxifahrten";
    const r = checkWorkbook(await readBack(wb));
    if (!r.ok) throw new Error(r.message);
    const finding = r.result.befunde.find((b) => b.regel === "zeile-ausserhalb-tabelle")!;
    expect(finding).toMatchObject({ schwere: "fehler", ort: { blatt: "Ausgaben", zelle: `A${below}` } });
    expect(finding.text).toContain(`Zeile ${below} steht unterhalb der Tabelle „Ausgaben“`);
    expect(r.result.summen.ausgaben.toFixed(2)).toBe("5506.10"); // the Übersicht's SUM(tblAusgaben[Betrag]) sums the same rows
  });

  test("hidden and very hidden sheets are named; merged cells in a data area are named and counted once", async () => {
    const { wb, ausgabenRows } = filledWorkbook(SAMPLE);
    wb.getWorksheet("Beschäftigte")!.state = "hidden";
    wb.getWorksheet("Einnahmen")!.state = "veryHidden";
    const ws = wb.getWorksheet("Ausgaben")!;
    const r0 = ausgabenRows[0];
    ws.getCell(`${col("betrag")}${r0 + 1}`).value = null;
    ws.mergeCells(`${col("betrag")}${r0}:${col("betrag")}${r0 + 1}`);
    const r = checkWorkbook(await readBack(wb));
    if (!r.ok) throw new Error(r.message);
    const hidden = r.result.befunde.filter((b) => b.regel === "blatt-ausgeblendet").map((b) => b.text);
    expect(hidden).toHaveLength(2);
    expect(hidden.join()).toContain("„Beschäftigte“ ist ausgeblendet");
    expect(hidden.join()).toContain("„Einnahmen“ ist sehr ausgeblendet");
    const merged = r.result.befunde.find((b) => b.regel === "zellen-verbunden")!;
    expect(merged.ort).toMatchObject({ blatt: "Ausgaben", zelle: `${col("betrag")}${r0}` });
    expect(merged.text).toContain(`${col("betrag")}${r0}:${col("betrag")}${r0 + 1}`);
    const expected = SAMPLE.ausgaben.reduce((t: number, a: Obj, i: number) => (i === 1 ? t : t + Math.round(Number(a.betrag) * 100)), 0);
    expect(Math.round(Number(r.result.summen.ausgaben) * 100)).toBe(expected); // the merged pair counts once (the second row is empty)
  });
});

describe("no file can switch the checks off", () => {
  test("a settings key with __proto__ is an input error naming its cell, and the next file of the batch still has its errors", async () => {
    const { wb } = filledWorkbook(SAMPLE);
    const ws = wb.getWorksheet("Einstellungen")!;
    const free = settingRow("angaben.rest"); // a row of the table, its key overwritten
    ws.getCell(`B${free}`).value = "ja";
    ws.getCell(`C${free}`).value = "x.__proto__.begruendung";
    const batch = join(dir, "proto");
    mkdirSync(batch);
    await writeWorkbook(wb, join(batch, "a-boese.xlsx"));
    copyFileSync(join(fixtures, "fall-befunde.json"), join(batch, "b-fall.json"));
    const r = await execute(["pruefen", batch, "--json"]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain(`a-boese.xlsx: Blatt „Einstellungen“, Zelle C${free}: Die Einstellung „x.__proto__.begruendung“ ist unbekannt`);
    const [, second] = JSON.parse(r.stdout);
    expect(second.counts.fehler).toBeGreaterThan(0);
    expect(({} as Obj).begruendung).toBeUndefined();
  });

  test("misspelt keys are input errors with the nearest valid key, in the workbook and in JSON", async () => {
    const { wb } = filledWorkbook(SAMPLE);
    const ws = wb.getWorksheet("Einstellungen")!;
    ws.getCell(`C${settingRow("kostenplan.eigenanteilMonat")}`).value = "eigenanteilmonat";
    await expect(readBack(wb)).rejects.toThrow(
      `Blatt „Einstellungen“, Zelle C${settingRow("kostenplan.eigenanteilMonat")}: Die Einstellung „eigenanteilmonat“ ist unbekannt – meinten Sie „kostenplan.eigenanteilMonat“?`,
    );

    const json = JSON.parse(JSON.stringify(SAMPLE));
    json.regeln = { Reste: "rueckforderung" };
    writeFileSync(join(dir, "reste.json"), JSON.stringify(json));
    const r = await execute(["pruefen", join(dir, "reste.json")]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain("regeln.Reste: Der Schlüssel „Reste“ ist unbekannt – meinten Sie „reste“?");
    json.regeln = {};
    json.kostenplan.eigenanteilmonat = "50";
    writeFileSync(join(dir, "eigen.json"), JSON.stringify(json));
    expect((await execute(["pruefen", join(dir, "eigen.json")])).stderr).toContain("kostenplan.eigenanteilmonat: Der Schlüssel „eigenanteilmonat“ ist unbekannt – meinten Sie „eigenanteilMonat“?");
  });
});

describe("a batch never stops", () => {
  test("odd values, deep nesting, a pipe and a formula-like file name: every file has its own line, in German", async () => {
    const batch = join(dir, "stapel");
    mkdirSync(batch);
    copyFileSync(join(fixtures, "fall-beispiel.json"), join(batch, "1-gut.json"));
    const odd = JSON.parse(JSON.stringify(SAMPLE));
    odd.ausgaben[0].betrag = { toString: 1 };
    writeFileSync(join(batch, "2-tostring.json"), JSON.stringify(odd));
    writeFileSync(join(batch, "3-tief.json"), "[".repeat(20000) + "]".repeat(20000));
    writeFileSync(join(batch, "4-proto.json"), '{"__proto__": {"begruendung": "ja"}, "zeitraum": {}}');
    execFileSync("mkfifo", [join(batch, "5-pipe.json")]);
    copyFileSync(join(fixtures, "fall-beispiel.json"), join(batch, "=1+2.json"));
    writeFileSync(join(batch, "6-kaputt.xlsx"), Buffer.concat([readFileSync(join(fixtures, "fall-beispiel-openpyxl-1900.xlsx")).subarray(0, 5000)]));
    const r = await execute(["pruefen", batch, "--csv"]);
    expect(r.exitCode).toBe(2);
    const lines = r.stdout.replace(/^\ufeff/, "").trim().split("\r\n");
    expect(lines).toHaveLength(1 + 7 + 1);
    const line = (name: string) => lines.find((l) => l.includes(`/${name}`))!;
    expect(line("=1+2.json")).toMatch(/^\/.*\/=1\+2\.json;01\.01\.2026–30\.06\.2026;5700,00;/);
    expect(line("1-gut.json")).toContain(";geprüft");
    for (const name of ["2-tostring.json", "3-tief.json", "4-proto.json", "5-pipe.json", "6-kaputt.xlsx"]) expect(line(name)).toMatch(/;"?unlesbar: /);
    expect(r.stderr).toContain("2-tostring.json: ausgaben[1].betrag: Erwartet wird ein einzelner Wert");
    expect(r.stderr).toContain("3-tief.json: Das Dokument ist zu tief verschachtelt");
    expect(r.stderr).toContain("4-proto.json: __proto__: Der Schlüssel „__proto__“ ist nicht erlaubt");
    expect(r.stderr).toContain("5-pipe.json: keine gewöhnliche Datei");
    expect(r.stderr).toContain("6-kaputt.xlsx: Die Arbeitsmappe ist beschädigt");
    expect(r.stderr + r.stdout).not.toMatch(ENGLISH);
    expect(r.stderr + r.stdout).not.toContain("„…“");
  });
});

test("CSV for Excel: a field that Excel would take for a formula is neutralised (OWASP); amounts stay numbers", () => {
  const ok = (datei: string) => ({ datei, ok: true as const, zeitraum: "01.01.2026–30.06.2026", result: { befunde: [], counts: { fehler: 0, warnung: 0, hinweis: 0 }, summen: { einnahmen: "10.00", ausgaben: "22.50" }, reste: { rest: "-12.50", uebertrag: "0.00", rueckforderung: "0.00", anrechnung: "0.00" } } });
  const out = csv([ok("=1+2.json"), ok("+49.json"), ok("-x.json"), ok("@SUMME(A1).json"), ok("\tfall.json"), ok("\rfall.json"), { datei: "=HYPERLINK(1).xlsx", ok: false, message: "=HYPERLINK(1).xlsx: leer" }]);
  const lines = out.replace(/^\ufeff/, "").split("\r\n");
  expect(lines[1].startsWith(`"'=1+2.json";`)).toBe(true);
  expect(lines[1]).toContain(";10,00;22,50;-12,50;0,00;");
  for (const l of lines.slice(1, 8)) expect(l).toMatch(/^"'[=+\-@\t\r]/);
  expect(lines[7].endsWith(";unlesbar: =HYPERLINK(1).xlsx: leer")).toBe(true); // starts with „u“: harmless
});

describe("limits: beyond them a German message, never the memory", () => {
  test("a sheet with more than 100,000 rows", async () => {
    const rows = Array.from({ length: 100_020 }, (_, i) => row(i + 1, [i === 0 ? "Datum" : 46023, i === 0 ? "Betrag" : 1])).join("");
    const path = join(dir, "zeilen.xlsx");
    writeFileSync(path, craftXlsx(minimalWorkbook([{ name: "Ausgaben", xml: rows }]), 1));
    await expect(readWorkbook(path)).rejects.toThrow(/zeilen\.xlsx: Ein Blatt der Vorlage hat mehr als 100\.000 Zeilen/);
  });

  test("a part that inflates beyond its limit (a small file, a huge text)", async () => {
    const si = new TextEncoder().encode("<si><t>" + "Musterstraße 1, 12345 Musterstadt ".repeat(30) + "</t></si>");
    const strings = new Uint8Array(si.length * Math.ceil((33 * 1024 * 1024) / si.length));
    for (let at = 0; at + si.length <= strings.length; at += si.length) strings.set(si, at);
    const path = join(dir, "bombe.xlsx");
    writeFileSync(path, craftXlsx(minimalWorkbook([{ name: "Ausgaben", xml: row(1, ["Datum", "Betrag"]) }], { sharedStrings: strings }), 1));
    expect(readFileSync(path).length).toBeLessThan(1024 * 1024);
    await expect(readWorkbook(path)).rejects.toThrow(/bombe\.xlsx: Die Arbeitsmappe entpackt sich zu einer zu großen Datenmenge \(ihre Texte/);

    const one = new Uint8Array(3 * 1024 * 1024).fill(0x61);
    const long = join(dir, "langer-text.xlsx");
    writeFileSync(long, craftXlsx(minimalWorkbook([{ name: "Ausgaben", xml: row(1, ["Datum", "Betrag"]) }], { sharedStrings: new Uint8Array([...new TextEncoder().encode("<sst><si><t>"), ...one]) }), 1));
    await expect(readWorkbook(long)).rejects.toThrow(/langer-text\.xlsx: Die Arbeitsmappe enthält einen Text von mehr als 1 MB/);
  });
});

test("a plan with a „fehler“ finding makes BUDGET.MONAT #WERT! with that finding, never a plausible number", () => {
  const plan = [
    ["Bezeichnung", "Art", "Menge", "je", "Preis je Einheit"],
    ["Taxi", "sachkosten", 4, "monat", 20],
    ["Taxi", "sachkosten", 2, "monat", 30],
  ];
  expect(() => f.monatsbudget(plan, 46023, 46387)).toThrow(/kostenplan \(Zelle A3 im Bereich\): Position 2 \(Taxi\): Die Bezeichnung kommt schon in Position 1 vor/);
});
