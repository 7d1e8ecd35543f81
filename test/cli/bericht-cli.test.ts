/**
 * `budget bericht … --pdf`: the submission of a plan workbook and of a report JSON as PDF, checked by its text
 * (pdftotext: Aktenzeichen, every position's Bezeichnung with its amounts, the attestation's „Unterschrift“),
 * a long plan over several pages with the table header repeated, page 1 rendered to PNG for review
 * (test-results/pdf/), never overwriting, the exit codes, and no personal data in what the command prints.
 * pdftotext/pdftoppm come from Debian's poppler-utils (scripts/ensure-poppler.sh, run by `npm run test:unit`).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { execute } from "../../src/cli/main";
import { fmtEuro, type PlanResult } from "../../src/engine";
import { evaluateWorkbookPlan } from "../../src/workbook/evaluate";
import { buildTemplate } from "../../src/workbook/xlsx-write";
import { fillTable, readBack, serial, setSetting, tempDir, writeWorkbook } from "../workbook/helpers";
import { AKTENZEICHEN, ANSCHRIFT, NAME, plan, planJson, reportJson } from "../document/fixtures";

const OUT = join(__dirname, "../../test-results/pdf");
const dir = tempDir("budget-bericht-");

const pdftotext = (pdf: string, ...args: string[]) => execFileSync("pdftotext", ["-layout", ...args, pdf, "-"], { encoding: "utf8" });
const seiten = (text: string) => text.split("\f").filter((p) => p.trim()).length;
/** The line of the PDF text that holds a position: its name, then its monthly and its period amount. */
const zeileVon = (text: string, bezeichnung: string) => text.split("\n").find((l) => new RegExp(`^\\s*${bezeichnung.replace(/[()]/g, "\\$&")}\\s`).test(l));

/** Page 1 as PNG for people to look at (pdftoppm, 60 dpi). */
function png(pdf: string, name: string): string {
  mkdirSync(OUT, { recursive: true });
  const base = join(OUT, name);
  execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, base]);
  return `${base}.png`;
}

/** The fixture plan typed into the template, as a user would: the case record on „Fall“, Träger, positions. */
function planWorkbook() {
  const j = planJson();
  const fall = j.fall as Record<string, any>;
  const wb = buildTemplate();
  setSetting(wb, "kostenplan.zeitraum.beginn", "01.01.2026");
  setSetting(wb, "kostenplan.zeitraum.ende", "31.12.2026");
  setSetting(wb, "kostenplan.obergrenzeMonat", 2000);
  setSetting(wb, "kostenplan.obergrenzeBegruendung", j.obergrenzeBegruendung as string);
  setSetting(wb, "kostenplan.fall.aktenzeichen", fall.aktenzeichen);
  setSetting(wb, "kostenplan.fall.budgetnehmer.name", fall.budgetnehmer.name);
  setSetting(wb, "kostenplan.fall.budgetnehmer.anschrift", fall.budgetnehmer.anschrift);
  setSetting(wb, "kostenplan.fall.budgetnehmer.geburtsdatum", serial("1980-02-01"));
  setSetting(wb, "kostenplan.fall.beauftragterTraeger", "lwl");
  setSetting(wb, "kostenplan.fall.bescheidDatum", "01.12.2025");
  setSetting(wb, "kostenplan.fall.zielvereinbarung.ziele", fall.zielvereinbarung.ziele);
  fillTable(wb, "tblNachweise", [{ art: "Verwendungsnachweis", intervall: "halbjährlich", fristTage: 56 }]);
  fillTable(wb, "tblTraeger", j.traeger as Record<string, unknown>[]);
  const num = (_k: string, v: unknown) => (typeof v === "string" && /^\d+(\.\d+)?$/.test(v) ? Number(v) : (v as string));
  fillTable(wb, "tblKostenplan", j.positionen as Record<string, unknown>[], num);
  return wb;
}

describe("budget bericht --pdf", () => {
  let planResult: PlanResult;
  let planPdf: string;
  let planText: string;
  let planRun: Awaited<ReturnType<typeof execute>>;

  beforeAll(async () => {
    const wb = planWorkbook();
    const read = await readBack(wb);
    const out = evaluateWorkbookPlan(read);
    if (!out.ok) throw new Error(out.message);
    planResult = out.result;
    const xlsx = join(dir, "plan.xlsx");
    await writeWorkbook(wb, xlsx);
    planPdf = join(dir, "kostenplan.pdf");
    planRun = await execute(["bericht", xlsx, "--pdf", planPdf]);
    planText = existsSync(planPdf) ? pdftotext(planPdf) : "";
  });

  test("a plan workbook: the PDF holds the Aktenzeichen, every position with its amounts, the employer cost and the signature lines", () => {
    expect(planRun.stderr).toBeUndefined();
    expect(planRun.exitCode).toBe(0);
    expect(planRun.stdout).toMatch(/^PDF geschrieben: .*kostenplan\.pdf \(Kostenplan, \d Seiten\)\./);
    expect(readFileSync(planPdf).subarray(0, 5).toString()).toBe("%PDF-");
    expect(planText).toContain("Leistungs- und Kostenplan");
    expect(planText).toContain(`Aktenzeichen ${AKTENZEICHEN}`);
    expect(planResult.positionen.length).toBe(4);
    for (const p of planResult.positionen) {
      const line = zeileVon(planText, p.position.bezeichnung);
      expect({ position: p.position.bezeichnung, line: line !== undefined }).toEqual({ position: p.position.bezeichnung, line: true });
      expect(line).toContain(fmtEuro(p.monatsbetrag));
      expect(line).toContain(fmtEuro(p.zeitraumbetrag));
    }
    // the figures the engine computed, with umlauts, ß and € as they are
    expect(planText).toContain(fmtEuro(planResult.monatsbudget));
    expect(planText).toContain("Arbeitgeberkosten: Nachtassistenz");
    expect(planText).toContain("Kosten je Beschäftigtem und Monat");
    expect(planText).toContain(fmtEuro(planResult.positionen[2].arbeitgeberkosten![0].kosten.gesamt));
    expect(planText).toContain("Teilbudgets je Träger");
    expect(planText).toContain("Freiherr-vom-Stein-Platz 1, 48147 Münster");
    expect(planText).toContain("Selbstständig wohnen");
    expect(planText).toContain("Begründet: Nachtbereitschaft ohne Alternative");
    expect(planText).toContain("Ich versichere");
    expect(planText).toMatch(/Ort\s+Datum/);
    expect(planText).toContain("Unterschrift");
    // page x of y, the Aktenzeichen in every footer
    const pages = planText.split("\f").filter((p) => p.trim());
    pages.forEach((page, i) => {
      expect(page).toContain(`Seite ${i + 1} von ${pages.length}`);
      expect(page).toMatch(new RegExp(`Aktenzeichen ${AKTENZEICHEN.replace(/\./g, "\\.")} · erstellt am \\d\\d\\.\\d\\d\\.\\d{4}`));
    });
  });

  test("personal data in the PDF's case record, never in what the command prints", () => {
    expect(planText).toContain(NAME);
    expect(planText).toContain(ANSCHRIFT);
    expect(planText).toContain("01.02.1980");
    expect(planRun.stdout).not.toContain(NAME);
    const pdf = readFileSync(planPdf, "latin1");
    // the document's metadata: the title and the file number, not the name
    expect(pdf).not.toContain("Mustermann");
  });

  test("page 1 as PNG for review; A4 pages", () => {
    const file = png(planPdf, "kostenplan");
    expect(readFileSync(file).subarray(1, 4).toString()).toBe("PNG");
    const info = execFileSync("pdfinfo", [planPdf], { encoding: "utf8" });
    expect(info).toMatch(/Page size:\s+595\.2\d? x 841\.8\d? pts \(A4\)/);
  });

  test("a report JSON: the Verwendungsnachweis with sums, plan and actual, the Budgetreste, every position", async () => {
    const src = join(dir, "nachweis.json");
    writeFileSync(src, JSON.stringify(reportJson()));
    const pdf = join(dir, "nachweis.pdf");
    const r = await execute(["bericht", src, "--pdf", pdf]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain("(Verwendungsnachweis, ");
    const text = pdftotext(pdf);
    expect(text).toContain("Verwendungsnachweis (Zwischennachweis)");
    expect(text).toContain(`Aktenzeichen ${AKTENZEICHEN}`);
    expect(text).toContain("Nachweiszeitraum 01.01.2026 bis 30.06.2026");
    const sample = JSON.parse(readFileSync(src, "utf8"));
    for (const p of sample.kostenplan.positionen) expect(text).toContain(p.bezeichnung);
    expect(text).toMatch(/Einnahmen\s+5\.700,00 €/);
    expect(text).toMatch(/Ausgaben\s+5\.506,10 €/);
    expect(text).toContain("Budgetreste");
    expect(text).toMatch(/Übertrag\s+193,90 €/);
    // „−“ is printed as the minus sign, not as „-“
    expect(text).toContain("Rest (Einnahmen − Ausgaben)");
    expect(text).toMatch(/Tagesassistenz\s+6\s+2\.991,60 €\s+2\.991,60 €/);
    expect(text).toContain("Unterschrift");
    png(pdf, "verwendungsnachweis");
  });

  test("names and signs outside Latin-1 are printed as they are (embedded, subset Unicode font); the PDF stays small", async () => {
    const name = "Ayşe Yıldız-Łukasiewicz";
    const j = planJson();
    const fall = j.fall as Record<string, any>;
    const positionen = [
      ...(j.positionen as Record<string, unknown>[]),
      { bezeichnung: "Fahrt → Werk ✓", art: "sachkosten", traeger: "lwl", menge: "1", je: "monat", preis: "45" },
    ];
    const src = join(dir, "unicode.json");
    writeFileSync(src, JSON.stringify({ ...j, positionen, fall: { ...fall, budgetnehmer: { ...fall.budgetnehmer, name, anschrift: "Straße 1, 48149 Münster" } } }));
    const pdf = join(dir, "unicode.pdf");
    const r = await execute(["bericht", src, "--pdf", pdf]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).not.toContain(name);
    const text = pdftotext(pdf);
    expect(text).toContain(name);
    expect(text).toContain("Fahrt → Werk ✓");
    expect(text).toContain("Straße 1, 48149 Münster");
    expect(text).not.toMatch(/Ay.e Y.ld.z-\?|->/);
    // the fonts are embedded as subsets: all of DejaVu Sans Condensed is about 680 KB a style
    const fonts = execFileSync("pdffonts", [pdf], { encoding: "utf8" });
    expect(fonts).toMatch(/[A-Z]{6}\+DejaVuSansCondensed\b.*TrueType.*yes\s+yes\s+yes/);
    expect(fonts).toMatch(/[A-Z]{6}\+DejaVuSansCondensed-Bold\b/);
    expect(readFileSync(pdf).length).toBeLessThan(60_000);
    png(pdf, "unicode");
  });

  test("a long plan breaks its table over pages, the header repeated; every position is there", async () => {
    const positionen = Array.from({ length: 120 }, (_, i) => ({ bezeichnung: `Leistung ${i + 1}`, art: "sachkosten", traeger: "lwl", menge: "1", je: "monat", preis: `${100 + i}.25` }));
    const src = join(dir, "lang.json");
    writeFileSync(src, JSON.stringify(planJson({ positionen, obergrenzeMonat: undefined, obergrenzeBegruendung: undefined })));
    const pdf = join(dir, "lang.pdf");
    const r = await execute(["bericht", src, "--pdf", pdf]);
    expect(r.exitCode).toBe(0);
    const text = pdftotext(pdf);
    expect(seiten(text)).toBeGreaterThanOrEqual(3);
    const { ergebnis } = plan({ positionen, obergrenzeMonat: undefined, obergrenzeBegruendung: undefined });
    for (const p of ergebnis.positionen) {
      const line = zeileVon(text, p.position.bezeichnung);
      expect(line).toContain(fmtEuro(p.zeitraumbetrag));
    }
    // the positions continue on page 2 under the repeated header
    const page2 = pdftotext(pdf, "-f", "2", "-l", "2");
    expect(page2).toMatch(/Position\s+Art\s+Träger\s+Berechnung\s+je Monat\s+im Zeitraum/);
    expect(page2).toMatch(/Leistung \d+/);
    expect(page2).toContain(`Seite 2 von ${seiten(text)}`);
  });

  test("never overwrites; a target that is no .pdf or whose folder is missing; --pdf is required", async () => {
    const before = readFileSync(planPdf);
    const r = await execute(["bericht", join(dir, "plan.xlsx"), "--pdf", planPdf]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe("Fehler: kostenplan.pdf: Diese Datei gibt es schon. Sie wird nicht überschrieben – bitte einen anderen Namen wählen.");
    expect(readFileSync(planPdf).equals(before)).toBe(true);
    expect((await execute(["bericht", join(dir, "plan.xlsx"), "--pdf", join(dir, "x.txt")])).stderr).toMatch(/muss auf „\.pdf“ enden/);
    expect((await execute(["bericht", join(dir, "plan.xlsx"), "--pdf", join(dir, "fehlt", "x.pdf")])).stderr).toMatch(/Den Ordner .* gibt es nicht/);
    const none = await execute(["bericht", join(dir, "plan.xlsx")]);
    expect(none.exitCode).toBe(2);
    expect(none.stderr).toMatch(/--pdf: Bitte die PDF-Datei angeben/);
  });

  test("exit 1 with a finding of severity fehler (the PDF is written and lists it); exit 2 for unreadable or empty input", async () => {
    const bad = join(dir, "fehler.json");
    writeFileSync(bad, JSON.stringify(planJson({ positionen: [{ bezeichnung: "Taxi", art: "sachkosten", traeger: "xyz", menge: "1", je: "monat", preis: "90" }] })));
    const pdf = join(dir, "fehler.pdf");
    const r = await execute(["bericht", bad, "--pdf", pdf]);
    expect(r.exitCode).toBe(1);
    expect(pdftotext(pdf)).toMatch(/Fehler \(1\)[\s\S]*Der Träger „xyz“ steht nicht in der Trägerliste/);

    const broken = join(dir, "kaputt.json");
    writeFileSync(broken, "{ nein");
    const u = await execute(["bericht", broken, "--pdf", join(dir, "k.pdf")]);
    expect(u.exitCode).toBe(2);
    expect(u.stderr).toMatch(/^Fehler: kaputt\.json: Kein gültiges JSON/);
    expect(existsSync(join(dir, "k.pdf"))).toBe(false);

    const leer = join(dir, "leer.xlsx");
    await writeWorkbook(buildTemplate(), leer);
    const e = await execute(["bericht", leer, "--pdf", join(dir, "leer.pdf")]);
    expect(e.exitCode).toBe(2);
    expect(e.stderr).toMatch(/noch nicht ausgefüllt/);
    expect(existsSync(join(dir, "leer.pdf"))).toBe(false);
  });

  test("the sheet of a bad entry is named, its typed personal value is not", async () => {
    const wb = planWorkbook();
    setSetting(wb, "kostenplan.fall.budgetnehmer.geburtsdatum", "31.02.1980");
    const xlsx = join(dir, "falsch.xlsx");
    await writeWorkbook(wb, xlsx);
    const r = await execute(["bericht", xlsx, "--pdf", join(dir, "falsch.pdf")]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/^Fehler: falsch\.xlsx: Blatt „Fall“, Zelle B\d+: /);
    expect(r.stderr).not.toContain("31.02.1980");
    expect(r.stderr).not.toContain(NAME);
  });
});
