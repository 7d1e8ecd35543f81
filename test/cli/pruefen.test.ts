import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { execute } from "../../src/cli/main";
import { filledWorkbook, tempDir, writeWorkbook, SAMPLE } from "../workbook/helpers";

const SAMPLE_PATH = join(__dirname, "../../samples/verwendungsnachweis-2026-h1.json");
type Obj = Record<string, any>;

describe("budget pruefen: a folder batch with bad files", () => {
  const dir = tempDir();
  const files: Record<string, Buffer> = {};
  beforeAll(async () => {
    await writeWorkbook(filledWorkbook().wb, join(dir, "fall-01.xlsx"));
    copyFileSync(SAMPLE_PATH, join(dir, "fall-02.json"));
    const bad = JSON.parse(JSON.stringify(SAMPLE));
    bad.ausgaben[0].position = "Urlaubsreise";
    writeFileSync(join(dir, "fall-10.json"), JSON.stringify(bad));
    writeFileSync(join(dir, "leer.xlsx"), "");
    writeFileSync(join(dir, "kennwort.xlsx"), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    writeFileSync(join(dir, "kaputt.xlsx"), Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(200, 7)]));
    writeFileSync(join(dir, "text.xlsx"), "Das ist keine Arbeitsmappe");
    const foreign = new ExcelJS.Workbook();
    foreign.addWorksheet("Tabelle1").addRow(["Kunde", "Umsatz"]);
    await foreign.xlsx.writeFile(join(dir, "fremd.xlsx"));
    writeFileSync(join(dir, "notiz.txt"), "ignoriert");
    writeFileSync(join(dir, "~$fall-01.xlsx"), "Excel-Sperrdatei");
    mkdirSync(join(dir, "archiv"));
    writeFileSync(join(dir, "archiv", "alt.json"), "{}");
    for (const f of ["fall-01.xlsx", "fall-02.json", "leer.xlsx", "kennwort.xlsx", "kaputt.xlsx", "fremd.xlsx"]) files[f] = readFileSync(join(dir, f));
  });

  test("every bad file is named with a German reason, the batch goes on, exit 2 wins over 1", async () => {
    const r = await execute(["pruefen", dir]);
    expect(r.exitCode).toBe(2);
    const err = r.stderr!;
    expect(err).toMatch(/leer\.xlsx: Die Datei ist leer/);
    expect(err).toMatch(/kennwort\.xlsx: .*Kennwort/);
    expect(err).toMatch(/kaputt\.xlsx: .*beschädigt/);
    expect(err).toMatch(/text\.xlsx: Das ist keine Excel-Arbeitsmappe/);
    expect(err).toMatch(/fremd\.xlsx: Das ist keine Arbeitsmappe der Budget-Vorlage/);
    expect(err).toContain("1 Unterordner");
    expect(err).toContain("8 Dateien: 3 geprüft (1 mit Fehlern), 5 unlesbar.");
    expect(err).not.toContain("M. Muster"); // no personal data in logs
    expect(r.stdout).toContain("fall-01.xlsx");
    expect(r.stdout).not.toContain("notiz.txt");
    expect(r.stdout).not.toContain("~$");
    // natural order: fall-2 before fall-10
    expect(r.stdout.indexOf("fall-02.json")).toBeLessThan(r.stdout.indexOf("fall-10.json"));
    for (const [f, bytes] of Object.entries(files)) expect(readFileSync(join(dir, f)).equals(bytes)).toBe(true);
  });

  test("exit 1 when a file has a fehler and all were readable; 0 when clean", async () => {
    const r1 = await execute(["pruefen", join(dir, "fall-01.xlsx"), join(dir, "fall-10.json")]);
    expect(r1.exitCode).toBe(1);
    const r0 = await execute(["pruefen", join(dir, "fall-01.xlsx"), join(dir, "fall-02.json")]);
    expect(r0.exitCode).toBe(0);
  });

  test("--csv: BOM, semicolons, decimal comma, an error line per unreadable file and a totals line", async () => {
    const r = await execute(["pruefen", dir, "--csv"]);
    expect(r.exitCode).toBe(2);
    expect(r.stdout.startsWith("\ufeffDatei;Zeitraum;Einnahmen;Ausgaben;Rest;Übertrag;Rückforderung;Anrechnung;Fehler;Warnungen;Status;Ohne Planposition;Ausstehende Budgetzahlungen;Aufteilung je Träger")).toBe(true);
    const lines = r.stdout.slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(1 + 8 + 1);
    const fall1 = lines.find((l) => l.includes("fall-01.xlsx"))!.split(";");
    expect(fall1.slice(1, 8)).toEqual(["01.01.2026–30.06.2026", "5700,00", "5506,10", "193,90", "193,90", "0,00", "0,00"]);
    expect(fall1[10]).toBe("geprüft");
    expect(lines.find((l) => l.includes("leer.xlsx"))).toMatch(/;;;;;;;;;unlesbar: leer\.xlsx: Die Datei ist leer/);
    const summe = lines[lines.length - 1].split(";");
    expect(summe[0]).toBe("Summe");
    expect(summe[2]).toBe("17100,00");
    expect(summe[10]).toBe("3 geprüft, 5 unlesbar");
  });

  test("--json: an object with datei for one file, a list for several", async () => {
    const one = JSON.parse((await execute(["pruefen", SAMPLE_PATH, "--json"])).stdout);
    expect(one.datei).toBe(SAMPLE_PATH);
    expect(one.reste.uebertrag).toBe("193.90");
    const many = JSON.parse((await execute(["pruefen", join(dir, "fall-01.xlsx"), join(dir, "leer.xlsx"), "--json"])).stdout);
    expect(many.map((x: Obj) => x.datei)).toEqual([join(dir, "fall-01.xlsx"), join(dir, "leer.xlsx")]);
    expect(many[1].unlesbar).toContain("leer.xlsx");
  });

  test("--regel-reste overrides the file's rule; unknown rules and options are input errors", async () => {
    const r = JSON.parse((await execute(["pruefen", SAMPLE_PATH, "--json", "--regel-reste", "rueckforderung"])).stdout);
    // the sample is the first half of a year's plan: an interim report, so even this rule reclaims nothing yet
    expect(r.reste).toMatchObject({ regel: "rueckforderung", nachweisart: "zwischennachweis", rueckforderung: "0.00", uebertrag: "193.90" });
    // a Träger that settles with every report says so for the batch
    const settled = JSON.parse((await execute(["pruefen", SAMPLE_PATH, "--json", "--regel-reste", "rueckforderung", "--zwischennachweis-rueckforderung"])).stdout);
    expect(settled.reste).toMatchObject({ rueckforderung: "193.90", uebertrag: "0.00" });
    expect((await execute(["pruefen", SAMPLE_PATH, "--regel-reste", "behalten"])).exitCode).toBe(2);
    expect((await execute(["pruefen", SAMPLE_PATH, "--json", "--csv"])).exitCode).toBe(2);
    expect((await execute(["pruefen"])).exitCode).toBe(2);
    const missing = await execute(["pruefen", join(dir, "gibtsnicht.xlsx")]);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain("gibtsnicht.xlsx");
  });
});

describe("budget pruefen: a workbook that is still the empty template", () => {
  const dir = tempDir();
  const vorlage = join(dir, "neu.xlsx");
  beforeAll(async () => {
    expect((await execute(["vorlage", vorlage])).exitCode).toBe(0);
    copyFileSync(SAMPLE_PATH, join(dir, "fall-01.json"));
  });

  test("text: „noch nicht ausgefüllt“ with where to start, not checked, not unreadable; exit 0", async () => {
    const one = await execute(["pruefen", vorlage]);
    expect(one.exitCode).toBe(0);
    expect(one.stderr).toBeUndefined();
    expect(one.stdout).toBe(`${vorlage}: noch nicht ausgefüllt, nicht geprüft – Blatt „Einstellungen“, Zelle B2: Der Nachweiszeitraum fehlt – bitte Beginn und Ende eintragen (z. B. 01.01.2026 bis 30.06.2026).`);
    const batch = await execute(["pruefen", dir]);
    expect(batch.exitCode).toBe(0);
    expect(batch.stderr).toBe("2 Dateien: 1 geprüft (0 mit Fehlern), 1 noch nicht ausgefüllt, 0 unlesbar.");
    expect(batch.stdout).not.toContain("unlesbar");
  });

  test("an unreadable file beside it still exits 2; one with a fehler 1", async () => {
    const other = tempDir();
    copyFileSync(vorlage, join(other, "neu.xlsx"));
    writeFileSync(join(other, "kaputt.json"), "{");
    const r = await execute(["pruefen", other]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain("2 Dateien: 0 geprüft (0 mit Fehlern), 1 noch nicht ausgefüllt, 1 unlesbar.");
    const bad = JSON.parse(JSON.stringify(SAMPLE));
    bad.ausgaben[0].position = "Urlaubsreise";
    const withError = join(tempDir(), "fall-10.json");
    writeFileSync(withError, JSON.stringify(bad));
    expect((await execute(["pruefen", vorlage, withError])).exitCode).toBe(1);
  });

  test("--json and --csv: its own status; the totals count it apart", async () => {
    const json = JSON.parse((await execute(["pruefen", dir, "--json"])).stdout) as Obj[];
    const empty = json.find((x) => x.datei === vorlage)!;
    expect(Object.keys(empty)).toEqual(["datei", "nichtAusgefuellt"]);
    expect(empty.nichtAusgefuellt).toContain("Nachweiszeitraum fehlt");
    const lines = (await execute(["pruefen", dir, "--csv"])).stdout.slice(1).trimEnd().split("\r\n");
    expect(lines.find((l) => l.includes("neu.xlsx"))).toBe(`${vorlage};;;;;;;;;;noch nicht ausgefüllt`);
    expect(lines[lines.length - 1]).toMatch(/^Summe;;5700,00;.*;1 geprüft, 1 noch nicht ausgefüllt, 0 unlesbar;/); // then the appended columns
  });

  test("a template with something typed in is checked (or fails) as before", async () => {
    const json = JSON.parse(JSON.stringify(SAMPLE));
    delete json.zeitraum;
    const noPeriod = join(tempDir(), "ohne-zeitraum.json");
    writeFileSync(noPeriod, JSON.stringify(json));
    const r = await execute(["pruefen", noPeriod, "--json"]);
    expect(r.exitCode).toBe(2);
    expect(JSON.parse(r.stdout).unlesbar).toMatch(/Nachweiszeitraum fehlt/);
  });
});
