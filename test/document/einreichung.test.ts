/**
 * The submission document: from a plan with a case record (every position with its amounts, beantragt where the
 * caseworker recognised less, the employer cost per assistant, Teilbudgets, the justified cap finding, the
 * attestation), from a Verwendungsnachweis (sums, plan vs actual, Budgetreste), and laid out as the sheet
 * „Berechnung“ (amounts as numbers). Personal data only in the case record.
 */
import { fmtEuro, type Befund } from "../../src/engine";
import { arbeitgeberTabellen, bemessungText, berechnungsBlatt, buildEinreichung, umbrechen, type Abschnitt, type Einreichung } from "../../src/document";
import { BETRAG_FORMAT, TEXT_FORMAT, UNTERSCHRIFT_LINIE } from "../../src/document/sheet";
import { AKTENZEICHEN, ANSCHRIFT, ERSTELLT, NAME, plan, report } from "./fixtures";

function section<A extends Abschnitt["art"]>(d: Einreichung, id: string, art: A): Extract<Abschnitt, { art: A }> {
  const a = d.abschnitte.find((x) => x.id === id);
  if (!a || a.art !== art) throw new Error(`no ${art} section ${id}: ${d.abschnitte.map((x) => x.id).join(", ")}`);
  return a as Extract<Abschnitt, { art: A }>;
}
const angabe = (d: Einreichung, id: string, label: string) => section(d, id, "angaben").angaben.find((a) => a.label === label);

describe("the document of a plan with a case record", () => {
  const p = plan();
  const r = p.ergebnis;
  const d = buildEinreichung({ ...p, erstellt: ERSTELLT });

  test("title, Aktenzeichen, date, and the case record with the Träger's addresses and the due dates", () => {
    expect(d.art).toBe("kostenplan");
    expect(d.titel).toBe("Leistungs- und Kostenplan");
    expect(d.untertitel).toContain("Bewilligungszeitraum 01.01.2026 bis 31.12.2026");
    expect(d.aktenzeichen).toBe(AKTENZEICHEN);
    expect(d.erstellt).toBe("15.01.2026");
    const fall = Object.fromEntries(section(d, "fall", "angaben").angaben.map((a) => [a.label, a.wert.text]));
    expect(fall).toMatchObject({
      Aktenzeichen: AKTENZEICHEN,
      "Budgetnehmerin / Budgetnehmer": NAME,
      Anschrift: ANSCHRIFT,
      Geburtsdatum: "01.02.1980",
      "Beauftragter Träger": "LWL (lwl)",
      "Bescheid vom": "01.12.2025",
      Bewilligungszeitraum: "01.01.2026 bis 31.12.2026 (12 Monate)",
      Zielvereinbarung: "01.01.2026 bis 31.12.2027",
      "Nächste Bedarfsermittlung": "01.12.2027",
    });
    const traeger = section(d, "traeger", "tabelle").zeilen.map((z) => z.zellen.map((c) => c.text));
    expect(traeger[0]).toEqual(["LWL", "lwl", "Freiherr-vom-Stein-Platz 1, 48147 Münster", "LWL-77", ""]);
    expect(section(d, "ziele", "text").absaetze).toEqual(["Selbstständig wohnen; Arbeit in Teilzeit"]);
    expect(section(d, "nachweise", "tabelle").zeilen.map((z) => z.zellen[3].text)).toEqual(["25.08.2026", "25.02.2027"]);
  });

  test("every position with the engine's monthly and period amount; beantragt where it differs; the sum", () => {
    const t = section(d, "positionen", "tabelle");
    expect(t.spalten.map((s) => s.titel)).toEqual(["Position", "Art", "Träger", "Berechnung", "je Monat", "im Zeitraum", "beantragt je Monat", "beantragt im Zeitraum"]);
    expect(r.positionen.length).toBe(4);
    r.positionen.forEach((pos, i) => {
      const z = t.zeilen[i].zellen;
      expect(z[0].text).toBe(pos.position.bezeichnung);
      expect(z[4]).toEqual({ text: fmtEuro(pos.monatsbetrag), betrag: pos.monatsbetrag });
      expect(z[5]).toEqual({ text: fmtEuro(pos.zeitraumbetrag), betrag: pos.zeitraumbetrag });
    });
    // recognised 24 of 30 hours: 840 € instead of the 1,050 € applied for
    expect(t.zeilen[0].zellen.map((c) => c.text)).toEqual(["Assistenz", "Dienstleistung", "lwl", "24 Stunden je Monat × 35,00 €", "840,00 €", "10.080,00 €", "1.050,00 €", "12.600,00 €"]);
    expect(t.zeilen[1].zellen.slice(6).map((c) => c.text)).toEqual(["", ""]);
    expect(t.zeilen[2].zellen[3].text).toBe("60 Stunden je Monat × 15,50 €, zzgl. Arbeitgeberanteile (sozialversicherungspflichtig)");
    const summe = t.zeilen[t.zeilen.length - 1];
    expect(summe.summe).toBe(true);
    expect(summe.zellen[5].text).toBe(fmtEuro(r.summeZeitraumUngerundet));
  });

  test("the employer cost of each assistant is the task pane's table; the Teilbudgets and the key figures", () => {
    const tables = arbeitgeberTabellen(r);
    expect(tables.map((t) => t.titel)).toEqual(["Nachtassistenz", "Haushaltshilfe"]);
    for (const t of tables) {
      const s = section(d, `arbeitgeber-${t.key}`, "tabelle");
      expect(s.titel).toBe(`Arbeitgeberkosten: ${t.titel}`);
      expect(s.spalten.map((c) => c.titel)).toEqual(["Posten", ...t.spalten]);
      expect(s.zeilen.map((z) => z.zellen.map((c) => c.text))).toEqual(t.zeilen.map((z) => [z.label, ...z.werte]));
    }
    const gesamt = r.positionen[2].arbeitgeberkosten![0].kosten.gesamt;
    expect(section(d, "arbeitgeber-2", "tabelle").zeilen.at(-1)!.zellen[1].text).toBe(fmtEuro(gesamt));

    const tb = section(d, "teilbudgets", "tabelle").zeilen.map((z) => z.zellen.map((c) => c.text));
    expect(tb).toEqual(r.teilbudgets.map((t) => [t.name, fmtEuro(t.monatsbetrag), fmtEuro(t.zeitraumbetrag)]));
    expect(angabe(d, "ueberblick", "Monatsbudget")!.wert.text).toBe(fmtEuro(r.monatsbudget));
    expect(angabe(d, "ueberblick", "Beantragt je Monat")!.wert.text).toBe(fmtEuro(r.beantragt!.monatsbudget));
    const og = angabe(d, "ueberblick", "Obergrenze je Monat (Kosten der Sachleistung)")!;
    expect(og.wert.text).toBe("2.000,00 €");
    expect(og.zusatz).toMatch(/^überschritten um .* – begründet: Nachtbereitschaft ohne Alternative$/);
  });

  test("findings grouped, the justified one marked and not counted; the attestation with Ort, Datum, Unterschrift", () => {
    const b = section(d, "befunde", "befunde");
    const warnungen = b.gruppen.find((g) => g.schwere === "warnung")!;
    const og = warnungen.befunde.find((x) => x.text.includes("Obergrenze"))!;
    expect(og.begruendung).toBe("Nachtbereitschaft ohne Alternative");
    expect(b.anzahl.warnung).toBe(warnungen.befunde.filter((x) => !x.begruendung).length);
    expect(b.zaehlung).toMatch(/begründet \(zählen nicht\)\.$/);
    expect(b.gruppen.map((g) => g.titel)).toEqual(b.gruppen.map((g) => ({ fehler: "Fehler", warnung: g.befunde.length === 1 ? "Warnung" : "Warnungen", hinweis: g.befunde.length === 1 ? "Hinweis" : "Hinweise" })[g.schwere]));

    const v = section(d, "versicherung", "versicherung");
    expect(d.abschnitte.at(-1)).toBe(v);
    expect(v.absaetze[0]).toMatch(/^Ich versichere, dass .* vollständig und richtig/);
    expect(v.felder[0]).toBe("Ort");
    expect(v.felder[1]).toBe("Datum");
    expect(v.felder[2]).toMatch(/^Unterschrift/);
  });

  test("name, address and date of birth appear in the case record only", () => {
    for (const a of d.abschnitte.filter((x) => x.id !== "fall")) {
      const s = JSON.stringify(a);
      expect({ id: a.id, name: s.includes(NAME) }).toEqual({ id: a.id, name: false });
      expect(s).not.toContain("Lindenweg");
      expect(s).not.toContain("01.02.1980");
    }
    expect(JSON.stringify(d.titel + d.untertitel + (d.aktenzeichen ?? ""))).not.toContain(NAME);
  });

  test("without a case record: the period only, no Aktenzeichen", () => {
    const bare = plan({ fall: undefined, obergrenzeBegruendung: undefined });
    const doc = buildEinreichung({ ...bare, erstellt: ERSTELLT });
    expect(doc.aktenzeichen).toBeUndefined();
    expect(section(doc, "fall", "angaben").angaben.map((a) => a.label)).toEqual(["Bewilligungszeitraum"]);
    expect(doc.abschnitte.some((a) => a.id === "nachweise" || a.id === "ziele")).toBe(false);
    const og = angabe(doc, "ueberblick", "Obergrenze je Monat (Kosten der Sachleistung)")!;
    expect(og.zusatz).toMatch(/braucht eine Begründung \(§ 29 Abs\. 2 S\. 7 SGB IX\)$/);
  });
});

describe("the document of a Verwendungsnachweis", () => {
  const rp = report();
  const d = buildEinreichung({ ...rp, erstellt: ERSTELLT });

  test("sums, plan vs actual per position, the Budgetreste with the rule, the report's periods", () => {
    expect(d.art).toBe("verwendungsnachweis");
    expect(d.titel).toBe("Verwendungsnachweis (Zwischennachweis)");
    expect(d.untertitel).toContain("Nachweiszeitraum 01.01.2026 bis 30.06.2026");
    expect(angabe(d, "fall", "Nachweiszeitraum")!.wert.text).toBe("01.01.2026 bis 30.06.2026");
    expect(angabe(d, "summen", "Einnahmen")!.wert.text).toBe("5.700,00 €");
    expect(angabe(d, "summen", "Ausgaben")!.wert.text).toBe("5.506,10 €");
    expect(angabe(d, "summen", "Rest (Einnahmen − Ausgaben)")!.wert.text).toBe("193,90 €");
    const planIst = section(d, "plan-ist", "tabelle");
    expect(planIst.zeilen.map((z) => z.zellen.map((c) => c.text))).toEqual(rp.nachweis.summen.proPosition.map((p) => [p.bezeichnung, String(p.monate), fmtEuro(p.plan), fmtEuro(p.ist)]));
    expect(angabe(d, "reste", "Übertrag")!.wert.text).toBe("193,90 €");
    expect(angabe(d, "reste", "Rückforderung")!.wert.text).toBe("0,00 €");
    expect(angabe(d, "reste", "Art des Nachweises")!.wert.text).toBe("Zwischennachweis");
    expect(section(d, "reste", "angaben").untertitel).toBe(rp.nachweis.reste.begruendung);
    expect(section(d, "versicherung", "versicherung").absaetze[0]).toContain("Verwendungsnachweis");
    // the plan is part of it: every position again
    expect(section(d, "positionen", "tabelle").zeilen.length).toBe(rp.ergebnis.positionen.length + 1);
  });

  test("a finding of the plan that the report repeats is listed once", () => {
    const planBefund: Befund = { regel: "x-plan", schwere: "warnung", text: "Eine Warnung des Plans." };
    const ergebnis = { ...rp.ergebnis, befunde: [...rp.ergebnis.befunde, planBefund] };
    const once = buildEinreichung({ ...rp, ergebnis, nachweis: { ...rp.nachweis, befunde: [...rp.nachweis.befunde, planBefund] }, erstellt: ERSTELLT });
    const texts = section(once, "befunde", "befunde").gruppen.flatMap((g) => g.befunde.map((b) => b.text));
    expect(texts.filter((t) => t.endsWith(planBefund.text))).toHaveLength(1);
    // a plan's finding the check did not carry is added, marked as the plan's
    const fromPlan = buildEinreichung({ ...rp, ergebnis, erstellt: ERSTELLT, nachweis: rp.nachweis });
    expect(section(fromPlan, "befunde", "befunde").gruppen.flatMap((g) => g.befunde.map((b) => b.text))).toContain(`Kostenplan: ${planBefund.text}`);
  });
});

describe("the sheet „Berechnung“ of the document", () => {
  const p = plan();
  const d = buildEinreichung({ ...p, erstellt: ERSTELLT });
  const b = berechnungsBlatt(d);
  const rowOf = (first: string) => b.werte.findIndex((r) => r[0] === first);

  test("a rectangular grid: amounts as numbers with the € format, texts as text, titles and table headers marked", () => {
    expect(b.werte.every((r) => r.length === b.spalten)).toBe(true);
    expect(b.formate.every((r) => r.length === b.spalten)).toBe(true);
    expect(b.werte[0][0]).toBe("Leistungs- und Kostenplan");
    p.ergebnis.positionen.forEach((pos) => {
      const r = rowOf(pos.position.bezeichnung);
      expect(r).toBeGreaterThan(0);
      expect(b.werte[r][4]).toBe(pos.monatsbetrag.toNumber());
      expect(b.werte[r][5]).toBe(pos.zeitraumbetrag.toNumber());
      expect(b.formate[r][4]).toBe(BETRAG_FORMAT);
      expect(b.formate[r][0]).toBe(TEXT_FORMAT);
    });
    const head = b.tabellenkoepfe.find((k) => b.werte[k.zeile][0] === "Position")!;
    expect(head.spalten).toBe(8);
    expect(b.werte[head.zeile].slice(0, 8)).toEqual(["Position", "Art", "Träger", "Berechnung", "je Monat", "im Zeitraum", "beantragt je Monat", "beantragt im Zeitraum"]);
    expect(b.abschnitte.map((r) => b.werte[r][0])).toEqual(d.abschnitte.map((a) => a.titel));
    expect(b.fett).toContain(rowOf("Summe der Positionen"));
    expect(b.quer).toBe(true);
    // the case record with the personal data, and the lines to sign
    expect(b.werte[rowOf("Budgetnehmerin / Budgetnehmer")][1]).toBe(NAME);
    expect(b.werte.filter((r) => r[0] === UNTERSCHRIFT_LINIE)).toHaveLength(3);
    expect(b.werte.some((r) => typeof r[0] === "string" && r[0].startsWith("Unterschrift"))).toBe(true);
  });

  test("a text Excel would read as a formula keeps an apostrophe; long texts are split into lines", () => {
    const odd = plan({ positionen: [{ bezeichnung: "=Taxi", art: "sachkosten", traeger: "lwl", menge: "1", je: "monat", preis: "90" }] });
    const grid = berechnungsBlatt(buildEinreichung({ ...odd, erstellt: ERSTELLT }));
    expect(grid.werte.some((r) => r[0] === "'=Taxi")).toBe(true);
    expect(grid.werte.some((r) => r[0] === "=Taxi")).toBe(false);
    const lines = umbrechen("Ein sehr langer Satz ".repeat(20).trim(), 50);
    expect(lines.length).toBeGreaterThan(5);
    expect(lines.every((l) => l.length <= 50)).toBe(true);
    expect(lines.join(" ")).toBe("Ein sehr langer Satz ".repeat(20).trim());
  });

  test("how a position's amount comes about, in words", () => {
    const [assistenz, taxi] = p.plan.positionen;
    expect(bemessungText(assistenz)).toBe("24 Stunden je Monat × 35,00 €");
    expect(bemessungText(taxi)).toBe("1 × 90,00 € je Monat");
    expect(bemessungText(taxi, true)).toBe("vom Budgetplaner berechnet");
  });
});

describe("the computed Pflegegeld line in the document", () => {
  test("its Art is the Pflegegeld of the Pflegekasse, not an expected refund; the other positions keep theirs", () => {
    const p = plan({ pflege: { pflegegrad: 3, verwendung: "anrechnung", traeger: "pk", anrechnungTraeger: "lwl" } });
    const t = section(buildEinreichung({ ...p, erstellt: ERSTELLT }), "positionen", "tabelle");
    const zeile = t.zeilen.find((z) => z.zellen[0].text === "Pflegegeld (angerechnet)")!;
    // Pflegegrad 3 in 2026: 599 € a month, 12 × 599 = 7,188 €, offset on the LWL's share
    expect(zeile.zellen.map((c) => c.text)).toEqual(["Pflegegeld (angerechnet)", "Pflegegeld der Pflegekasse (angerechnet)", "lwl", "vom Budgetplaner berechnet", "−599,00 €", "−7.188,00 €", "", ""]);
    expect(t.zeilen[1].zellen[1].text).toBe("Sachkosten");
  });
});
