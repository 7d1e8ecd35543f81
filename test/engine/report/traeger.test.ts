/**
 * Budgetreste per Träger, the payment ledger and money outside the plan (issue 13), on a trägerübergreifendes
 * case: Eingliederungshilfe 2/3, Pflegekasse 1/3. Every expected figure is computed by hand in the comments.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { execute } from "../../../src/cli/main";
import { checkReport, parseReport, reportResultJson } from "../../../src/engine";
import { checkWorkbook } from "../../../src/workbook/evaluate";
import { filledWorkbook, readBack, tempDir } from "../../workbook/helpers";
import { caseByIncome, caseByTeilbudget, PLAN, twoTraeger, type Row } from "./traeger-fixture";

const run = (json: unknown) => reportResultJson(checkReport(parseReport(json)));
const ids = (r: { befunde: { regel: string }[] }) => r.befunde.map((b) => b.regel);
const pk = (r: ReturnType<typeof run>) => r.reste.proTraeger.find((t) => t.traeger === "pk")!;
const egh = (r: ReturnType<typeof run>) => r.reste.proTraeger.find((t) => t.traeger === "egh")!;

describe("Budgetreste per Träger", () => {
  test("split by the incomes each Träger paid, cents by largest remainder", () => {
    const r = run(caseByIncome());
    // Einnahmen: egh 6 × 400 = 2,400.00; pk 6 × 200 + 200 (May twice) = 1,400.00; total 3,800.00
    // Ausgaben: 6 × (350 + 180) = 3,180.00 → Rest 620.00, all reclaimed (rueckforderung, end of the period)
    expect(r.summen.einnahmen).toBe("3800.00");
    expect(r.reste.rueckforderung).toBe("620.00");
    expect(r.reste.basis).toBe("einnahmen");
    // egh 620 × 2400/3800 = 391.578947… → 391.57, pk 620 × 1400/3800 = 228.421052… → 228.42; 619.99 → the
    // cent left goes to the larger remainder (egh .89 > pk .10): egh 391.58, pk 228.42, together 620.00
    expect(egh(r)).toMatchObject({ name: "Eingliederungshilfe", grundlage: "2400.00", rest: "391.58", rueckforderung: "391.58", uebertrag: "0.00", anrechnung: "0.00" });
    expect(pk(r)).toMatchObject({ name: "Pflegekasse", grundlage: "1400.00", rest: "228.42", rueckforderung: "228.42" });
  });

  test("split by the Teilbudgets where the incomes name no Träger; money outside the plan is not reclaimed", () => {
    const r = run(caseByTeilbudget());
    // Einnahmen 6 × 600 = 3,600.00; Ausgaben 3,180.00 + 100.00 (Urlaubsreise, not in the plan) = 3,280.00 → Rest 320.00
    expect(r.summen.ohnePlanposition).toBe("100.00");
    // the 100.00 outside the plan is spent money: it is NOT added to the Rückforderung (320.00, not 420.00)
    expect(r.reste.rueckforderung).toBe("320.00");
    expect(r.reste.basis).toBe("teilbudgets");
    // Teilbudgets 2,400 : 1,200 → egh 320 × 2/3 = 213.333… → 213.33, pk 106.666… → 106.66; 319.99 → the cent to
    // the larger remainder (pk .67 > egh .33): egh 213.33, pk 106.67
    expect(egh(r)).toMatchObject({ grundlage: "2400.00", rueckforderung: "213.33", rest: "213.33" });
    expect(pk(r)).toMatchObject({ grundlage: "1200.00", rueckforderung: "106.67", rest: "106.67" });
    // the finding is a decision point for the caseworker
    const f = r.befunde.find((b) => b.regel === "ausgabe-position-unbekannt")!;
    expect(f.text).toContain("Zweckfremd? Entscheidung des Trägers – wird nicht automatisch zurückgefordert.");
    // one payment a month of 600.00 from no named Träger: the Gesamtbudget ledger, all on time
    expect(r.zahlungen.art).toBe("gesamt");
    expect(ids(r).filter((i) => i.startsWith("zahlung-"))).toEqual([]);
  });

  test("one Träger: one part equal to the totals", () => {
    const c = twoTraeger("350.00", "180.00");
    const plan = { ...PLAN, traeger: [PLAN.traeger[0]], positionen: PLAN.positionen.map((p) => ({ ...p, traeger: "egh" })) };
    c.kostenplan = plan;
    c.einnahmen = c.einnahmen.map((e) => ({ ...e, traeger: "egh" }));
    const r = run(c);
    // Einnahmen 3,600.00 − Ausgaben 3,180.00 = 420.00, all reclaimed, all from the one Träger
    expect(r.reste.proTraeger).toEqual([{ traeger: "egh", name: "Eingliederungshilfe", grundlage: "3600.00", rest: "420.00", uebertrag: "0.00", rueckforderung: "420.00", anrechnung: "0.00" }]);
    expect(ids(r).filter((i) => i.startsWith("zahlung-"))).toEqual([]); // 600.00 a month expected, received (2 rows each month)
  });

  test("Übertrag up to one monthly budget: every figure's parts add up to its total", () => {
    const c = caseByIncome();
    (c.regeln as Row).reste = "uebertrag-bis-monatsbudget";
    const r = run(c);
    // Rest 620.00: Übertrag 600.00 (one monthly budget), Rückforderung 20.00
    // Übertrag 600 × 2400/3800 = 378.947… → 378.95 (remainder .7 gets the cent), pk 600 × 1400/3800 = 221.052… → 221.05
    // Rückforderung 20 × 2400/3800 = 12.631… → 12.63, pk 7.368… → 7.37 (the cent to the larger remainder, pk .84 > egh .16)
    expect(egh(r)).toMatchObject({ uebertrag: "378.95", rueckforderung: "12.63", rest: "391.58" });
    expect(pk(r)).toMatchObject({ uebertrag: "221.05", rueckforderung: "7.37", rest: "228.42" });
  });
});

describe("payment ledger", () => {
  test("a double payment: the second May payment of the Pflegekasse", () => {
    const r = run(caseByIncome());
    const d = r.befunde.filter((b) => b.regel === "zahlung-doppelt");
    expect(d).toHaveLength(1);
    expect(d[0].text).toContain("Mai 2026 (Pflegekasse)");
    expect(d[0].ort).toMatchObject({ liste: "einnahmen", zeile: 13 }); // the 13th income row
    const mai = r.zahlungen.erwartet.find((z) => z.traeger === "pk" && z.von === "2026-05")!;
    // expected 1/3 of 600.00 = 200.00, received 2 × 200.00
    expect(mai).toMatchObject({ soll: "200.00", ist: "400.00", status: ["doppelt"] });
  });

  test("a missing March payment: the overspending is the Träger's, not the holder's", () => {
    const c = twoTraeger("400.00", "200.00");
    c.einnahmen = c.einnahmen.filter((e) => !(e.traeger === "pk" && e.datum === "2026-03-01"));
    const r = run(c);
    // Einnahmen 2,400 + 5 × 200 = 3,400.00; Ausgaben 6 × 600 = 3,600.00 → Rest −200.00 = the missing 200.00
    expect(r.reste.rest).toBe("-200.00");
    expect(r.zahlungen.ausstehend).toBe("200.00");
    const fehlt = r.befunde.filter((b) => b.regel === "zahlung-fehlt");
    expect(fehlt.map((b) => b.text)).toEqual(["Die Budgetzahlung März 2026 (Pflegekasse) über 200,00 €, fällig am 01.03.2026, ist nicht eingegangen – bitte beim Träger nachfragen."]);
    // no request to the holder to explain the overspending: the missing payment is named as the cause
    expect(ids(r)).not.toContain("reste-mehrausgaben");
    const cause = r.befunde.find((b) => b.regel === "reste-mehrausgaben-zahlung-fehlt")!;
    expect(cause.schwere).toBe("hinweis");
    expect(cause.text).toContain("März 2026 (Pflegekasse): 200,00 €");
    expect(cause.text).toContain("muss die Budgetnehmerin oder der Budgetnehmer nicht erklären");
    // nothing reclaimed; the negative Rest split by the incomes: egh −200 × 2400/3400 = −141.176… → −141.18, pk −58.82
    expect(r.reste.rueckforderung).toBe("0.00");
    expect(egh(r).rest).toBe("-141.18");
    expect(pk(r).rest).toBe("-58.82");
  });

  test("overspending beyond the missing payment: only the rest is asked about", () => {
    const c = twoTraeger("400.00", "200.00");
    c.einnahmen = c.einnahmen.filter((e) => !(e.traeger === "pk" && e.datum === "2026-03-01"));
    c.ausgaben[0].betrag = "450.00"; // January Assistenz 50.00 more → Rest −250.00: 200.00 missing, 50.00 to explain
    const r = run(c);
    expect(r.reste.rest).toBe("-250.00");
    expect(r.befunde.find((b) => b.regel === "reste-mehrausgaben")!.text).toContain("Mehrausgaben von 50,00 € über die fehlenden Budgetzahlungen hinaus");
    expect(r.befunde.find((b) => b.regel === "reste-mehrausgaben-zahlung-fehlt")!.text).toContain("200,00 € davon entstehen");
  });

  test("without a missing payment the holder is asked as before", () => {
    const r = run(twoTraeger("420.00", "200.00")); // Ausgaben 3,720.00 > Einnahmen 3,600.00: all payments arrived
    expect(ids(r)).toContain("reste-mehrausgaben");
    expect(ids(r)).not.toContain("reste-mehrausgaben-zahlung-fehlt");
  });

  test("a late and a short payment; the tolerance is a Träger rule", () => {
    const c = twoTraeger("350.00", "180.00");
    const april = c.einnahmen.find((e) => e.traeger === "egh" && e.datum === "2026-04-01")!;
    april.datum = "2026-05-03"; // April's payment of the Eingliederungshilfe arrives on 3 May (May's own on 1 May)
    c.einnahmen.find((e) => e.traeger === "pk" && e.datum === "2026-06-01")!.betrag = "150.00"; // June: 50.00 short
    const r = run(c);
    const late = r.befunde.filter((b) => b.regel === "zahlung-verspaetet");
    expect(late).toHaveLength(1);
    expect(late[0].text).toContain("Budgetzahlung April 2026 (Eingliederungshilfe), fällig am 01.04.2026, ist erst am 03.05.2026 eingegangen – erwartet bis 30.04.2026");
    const short = r.befunde.filter((b) => b.regel === "zahlung-zu-niedrig");
    // expected 200.00, received 150.00 → 50.00 missing
    expect(short.map((b) => b.text)).toEqual([expect.stringContaining("Für die Budgetzahlung Juni 2026 (Pflegekasse) sind 150,00 € eingegangen, erwartet waren 200,00 € – es fehlen 50,00 €.")]);
    expect(r.zahlungen.ausstehend).toBe("50.00");
    expect(ids(r)).not.toContain("zahlung-fehlt"); // April was paid (late), nothing is missing
    expect(ids(r)).not.toContain("zahlung-doppelt"); // 3 May is April's payment, not a second one for May
    // a Träger that allows 5 days after the end of the month: 3 May is on time
    (c.regeln as Row).zahlungToleranzTage = "5";
    expect(ids(run(c))).not.toContain("zahlung-verspaetet");
    // a difference of one cent is no short payment
    c.einnahmen.find((e) => e.traeger === "pk" && e.datum === "2026-06-01")!.betrag = "199.99";
    expect(ids(run(c))).not.toContain("zahlung-zu-niedrig");
  });

  test("income of other kinds is no Träger payment", () => {
    const c = twoTraeger("350.00", "180.00");
    const marz = c.einnahmen.find((e) => e.traeger === "pk" && e.datum === "2026-03-01")!;
    marz.art = "erstattung"; // a U1 refund booked on that day does not pay the Pflegekasse's March share
    const r = run(c);
    expect(r.befunde.filter((b) => b.regel === "zahlung-fehlt").map((b) => b.text)).toEqual([expect.stringContaining("März 2026 (Pflegekasse)")]);
  });

  test("every new rule id is in the catalogue", () => {
    const { REPORT_RULES } = jest.requireActual("../../../src/engine") as typeof import("../../../src/engine");
    const known = new Set(REPORT_RULES.map((x) => x.id));
    for (const id of ["zahlung-fehlt", "zahlung-verspaetet", "zahlung-zu-niedrig", "zahlung-doppelt", "zahlung-ohne-traeger", "reste-mehrausgaben-zahlung-fehlt"]) expect(known.has(id)).toBe(true);
  });
});

describe("the same split on every path", () => {
  test("budget pruefen --csv: columns per Träger and „Ohne Planposition“, read back as German Excel would", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "fall-a.json"), JSON.stringify(caseByIncome()));
    writeFileSync(join(dir, "fall-b.json"), JSON.stringify(caseByTeilbudget()));
    const out = await execute(["pruefen", dir, "--csv"]);
    expect(out.stdout.startsWith("\ufeff")).toBe(true);
    const lines = out.stdout.slice(1).trimEnd().split("\r\n").map((l) => l.split(";"));
    const head = lines[0];
    // the existing columns first, unchanged, then the new ones
    expect(head.slice(0, 11)).toEqual(["Datei", "Zeitraum", "Einnahmen", "Ausgaben", "Rest", "Übertrag", "Rückforderung", "Anrechnung", "Fehler", "Warnungen", "Status"]);
    expect(head.slice(11)).toEqual([
      "Ohne Planposition",
      "Ausstehende Budgetzahlungen",
      "Aufteilung je Träger",
      "Rest Eingliederungshilfe",
      "Übertrag Eingliederungshilfe",
      "Rückforderung Eingliederungshilfe",
      "Anrechnung Eingliederungshilfe",
      "Rest Pflegekasse",
      "Übertrag Pflegekasse",
      "Rückforderung Pflegekasse",
      "Anrechnung Pflegekasse",
      // the case's identity (issue 13, src/cli/batch/zusatz.ts), appended last
      "Aktenzeichen",
      "Träger-Nr.",
      "Träger",
    ]);
    const num = (s: string) => Number(s.replace(/\./g, "").replace(",", ".")); // German Excel: decimal comma
    const col = (row: string[], name: string) => row[head.indexOf(name)];
    const [a, b, summe] = [lines.find((l) => l[0].endsWith("fall-a.json"))!, lines.find((l) => l[0].endsWith("fall-b.json"))!, lines[lines.length - 1]];
    expect(col(a, "Aufteilung je Träger")).toBe("Einnahmen");
    expect(col(b, "Aufteilung je Träger")).toBe("Teilbudgets");
    expect(col(a, "Rückforderung Eingliederungshilfe")).toBe("391,58");
    expect(col(a, "Rückforderung Pflegekasse")).toBe("228,42");
    expect(col(b, "Rückforderung Eingliederungshilfe")).toBe("213,33");
    expect(col(b, "Rückforderung Pflegekasse")).toBe("106,67");
    // money outside the plan: its own column, and not in the Rückforderung (Rest 320.00 = Rückforderung 320.00)
    expect(col(b, "Ohne Planposition")).toBe("100,00");
    expect(col(b, "Rückforderung")).toBe("320,00");
    expect(col(a, "Ohne Planposition")).toBe("0,00");
    // the totals line: per Träger over the batch — egh 391.58 + 213.33 = 604.91, pk 228.42 + 106.67 = 335.09;
    // together 940.00 = Rückforderung 620.00 + 320.00
    expect(summe[0]).toBe("Summe");
    expect(col(summe, "Rückforderung Eingliederungshilfe")).toBe("604,91");
    expect(col(summe, "Rückforderung Pflegekasse")).toBe("335,09");
    expect(num(col(summe, "Rückforderung Eingliederungshilfe")) + num(col(summe, "Rückforderung Pflegekasse"))).toBeCloseTo(num(col(summe, "Rückforderung")), 10);
    expect(col(summe, "Ohne Planposition")).toBe("100,00");
  });

  test("the workbook (template filled with exceljs, read like the pane and the CLI) gives the split of the JSON", async () => {
    for (const json of [caseByIncome(), caseByTeilbudget()]) {
      const read = await readBack(filledWorkbook(json).wb);
      const outcome = checkWorkbook(read);
      if (!outcome.ok) throw new Error(outcome.message);
      const fromWorkbook = reportResultJson(outcome.result);
      const fromJson = run(json);
      expect(fromWorkbook.reste.proTraeger).toEqual(fromJson.reste.proTraeger);
      expect(fromWorkbook.reste.basis).toBe(fromJson.reste.basis);
      expect(fromWorkbook.summen.ohnePlanposition).toBe(fromJson.summen.ohnePlanposition);
      expect(fromWorkbook.zahlungen.erwartet.map((z) => z.status)).toEqual(fromJson.zahlungen.erwartet.map((z) => z.status));
    }
  });
});

// the sample case of the repository: one Träger paying 950.00 on the 1st, every month — no payment finding
test("the repository's sample has no payment finding", () => {
  const sample = JSON.parse(readFileSync(join(__dirname, "../../../samples/verwendungsnachweis-2026-h1.json"), "utf8"));
  const r = run(sample);
  expect(ids(r).filter((i) => i.startsWith("zahlung-") || i === "reste-mehrausgaben-zahlung-fehlt")).toEqual([]);
  expect(r.reste.proTraeger).toHaveLength(1);
  expect(r.reste.proTraeger[0].rest).toBe(r.reste.rest);
});
