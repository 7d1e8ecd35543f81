/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { ANTEIL_LABELS, evaluatePlan, fmtEuro, parsePlan } from "../../../src/engine";
import { HostError } from "../../../src/taskpane/host/types";
import { KostenplanView } from "../../../src/taskpane/views/KostenplanView";
import { mockHost, renderWithHost, sampleJson } from "../support/host";
import { settingRow } from "../../../src/workbook/layout";

async function shown() {
  return screen.findByRole("heading", { name: "Überblick" });
}

function figure(label: string | RegExp): string {
  const dt = screen.getByText(label, { selector: "dt" });
  return dt.nextElementSibling?.textContent ?? "";
}

describe("Kostenplan view", () => {
  test("shows the sample's monthly budget, payment, period sum, Obergrenze and Teilbudget", async () => {
    const host = mockHost();
    renderWithHost(<KostenplanView />, host);
    await shown();
    expect(figure("Monatsbudget")).toBe("950,00 €");
    expect(figure("Auszahlung je Monat")).toBe("950,00 €");
    expect(figure(/^Summe im Bewilligungszeitraum \(12 Monate\)$/)).toBe("11.375,20 €");
    expect(screen.getByText("gerundet, genau 947,93 €")).toBeTruthy();
    // the whole budget and the Träger's Teilbudget each keep their cap: badge and sentence, not colour alone
    expect(screen.getAllByText("Obergrenze eingehalten")).toHaveLength(2);
    expect(screen.getByText(/Das Monatsbudget liegt 550,00 € unter der Obergrenze von 1\.500,00 € im Monat\./)).toBeTruthy();
    const teil = screen.getByRole("table", { name: "Teilbudgets" });
    expect(within(teil).getByText("Eingliederungshilfe (Beispielkreis)")).toBeTruthy();
    expect(screen.getByText("Keine Befunde zum Plan.")).toBeTruthy();
    expect(host.read).toHaveBeenCalledTimes(1);
  });

  test("breaks down the employer cost of the assistant position with the engine's figures", async () => {
    const json = sampleJson();
    const expected = evaluatePlan(parsePlan(json.kostenplan)).positionen[0].arbeitgeberkosten![0].kosten;
    renderWithHost(<KostenplanView />, mockHost(json));
    await shown();
    const table = screen.getByRole("table", { name: "Arbeitgeberkosten Tagesassistenz" });
    const rows = within(table).getAllByRole("row");
    const cells = (label: string) => {
      const row = rows.find((r) => r.firstElementChild?.textContent === label);
      expect(row).toBeDefined();
      return [...row!.children].slice(1).map((c) => c.textContent);
    };
    expect(within(table).getByRole("columnheader", { name: "ab 01/2026" })).toBeTruthy();
    expect(cells("Bruttolohn")).toEqual([fmtEuro(expected.brutto)]);
    expect(cells(ANTEIL_LABELS.rv)).toEqual([fmtEuro(expected.anteile.rv)]);
    expect(cells("Kosten je Beschäftigtem und Monat")).toEqual([fmtEuro(expected.gesamt)]);
    expect(fmtEuro(expected.gesamt)).toBe("498,60 €");
    // items that are not due are left out
    expect(rows.some((r) => r.firstElementChild?.textContent === ANTEIL_LABELS.av)).toBe(false);
  });

  test("a plan across New Year shows one column per set of figures and the month-by-month schedule", async () => {
    const json = sampleJson();
    json.kostenplan.zeitraum = { beginn: "2026-07-01", ende: "2027-06-30" };
    json.kostenplan.positionen[0].preis = "13.90"; // at the 2026 minimum wage: 2027 raises it
    // 2027 rates of the Minijob-Zentrale are not published yet: the workbook supplies (higher) ones
    json.kostenplan.einstellungen.rechengroessen = { "2027": { minijobU1: "1.5", minijobU2: "0.5" } };
    const r = evaluatePlan(parsePlan(json.kostenplan));
    renderWithHost(<KostenplanView />, mockHost(json));
    await shown();
    const table = screen.getByRole("table", { name: "Arbeitgeberkosten Tagesassistenz" });
    const heads = within(table).getAllByRole("columnheader").map((h) => h.textContent);
    expect(heads).toEqual(["Betrag", ...r.positionen[0].arbeitgeberkosten!.map((s) => `ab ${String(s.ab.m).padStart(2, "0")}/${s.ab.y}`)]);
    expect(heads.length).toBeGreaterThan(2);
    const plan = screen.getByRole("table", { name: "Monatsplan" });
    expect(within(plan).getAllByRole("row")).toHaveLength(13);
    const last = within(plan).getAllByRole("row")[12];
    expect([...last.children].map((c) => c.textContent)).toEqual(["06/2027", fmtEuro(r.monatsplan[11].betrag)]);
    expect(r.monatsplan[11].betrag.eq(r.monatsplan[0].betrag)).toBe(false);
    const chart = screen.getByRole("img");
    expect(chart.getAttribute("aria-label")).toMatch(/ändert sich der Bedarf/);
  });

  test("a raise and a half-yearly payment: the months that change with their reason, and the payment schedule", async () => {
    const json = sampleJson();
    json.kostenplan.zeitraum = { beginn: "2026-12-01", ende: "2027-11-30" };
    json.kostenplan.einstellungen.zahlweise = "halbjaehrlich";
    json.kostenplan.positionen[0].preis = "13.90";
    json.kostenplan.positionen[0].aenderungen = [{ ab: "2027-01-01", preis: "14.60" }];
    json.kostenplan.einstellungen.rechengroessen = { "2027": { minijobU1: "0.8", minijobU2: "0.22" } };
    const r = evaluatePlan(parsePlan(json.kostenplan));
    renderWithHost(<KostenplanView />, mockHost(json));
    await shown();
    const wechsel = screen.getByRole("table", { name: "Monate, in denen sich Beträge ändern" });
    const first = within(wechsel).getAllByRole("row")[1];
    const januar = r.wechsel[0].positionen[0];
    expect(first.children[0].textContent).toBe("01/2027");
    expect(first.children[1].textContent).toBe(`Tagesassistenz: ${fmtEuro(januar.vorher)} → ${fmtEuro(januar.nachher)} (Änderung ab 01.01.2027)`);
    const zahlungen = screen.getByRole("table", { name: "Zahlungsplan" });
    const rows = within(zahlungen).getAllByRole("row").slice(1).map((row) => [...row.children].map((c) => c.textContent));
    expect(rows).toEqual(r.zahlungsplan.map((z, i) => [i === 0 ? "01.12.2026" : "01.06.2027", i === 0 ? "12/2026 – 05/2027" : "06/2027 – 11/2027", fmtEuro(z.betrag)]));
    // the sample rounds the monthly budget (rundung.monat): the agreed figure is the month's, paid × 6
    expect(r.zahlungsplan.map((z) => z.betrag.toFixed(2))).toEqual([r.auszahlung.mul(6).toFixed(2), r.auszahlung.mul(6).toFixed(2)]);
    expect(screen.getByText(new RegExp(`^Der Träger zahlt halbjährlich im Voraus: 2 Zahlungen, zusammen ${fmtEuro(r.summeZahlungen).replace(".", "\\.")}`))).toBeTruthy();
  });

  test("an even plan gets a chart with a summary sentence and no schedule table", async () => {
    const json = sampleJson();
    const r = evaluatePlan(parsePlan(json.kostenplan));
    renderWithHost(<KostenplanView />, mockHost(json));
    await shown();
    expect(screen.queryByRole("table", { name: "Monatsplan" })).toBeNull();
    const chart = screen.getByRole("img");
    expect(chart.getAttribute("aria-label")).toContain(`in jedem Monat gleich: ${fmtEuro(r.monatsplan[0].betrag)}`);
    expect(chart.querySelectorAll("[data-balken]")).toHaveLength(12);
  });

  test("an Obergrenze below the budget is shown as exceeded, in words and with a badge, and as a finding", async () => {
    const json = sampleJson();
    json.kostenplan.obergrenzeMonat = "900.00";
    renderWithHost(<KostenplanView />, mockHost(json));
    await shown();
    expect(screen.getByText("Obergrenze überschritten")).toBeTruthy();
    expect(screen.getByText(/liegt 50,00 € über der Obergrenze von 900,00 €/)).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Warnung (1)" })).toBeTruthy();
    // the plan finding names the settings cell of the Obergrenze
    const button = screen.getByRole("button", { name: new RegExp(`Einstellungen!B${settingRow("kostenplan.obergrenzeMonat")}`) });
    expect(button).toBeTruthy();
  });

  test("empty states: no positions yet, and no template", async () => {
    const json = sampleJson();
    json.kostenplan.positionen = [];
    renderWithHost(<KostenplanView />, mockHost(json));
    expect(await screen.findByText("Noch kein Kostenplan")).toBeTruthy();
    expect(screen.getByText(/Tragen Sie im Blatt „Kostenplan“ die Hilfen ein/)).toBeTruthy();

    const none = mockHost();
    none.read.mockResolvedValue(undefined);
    renderWithHost(<KostenplanView />, none);
    expect(await screen.findByText("Noch keine Vorlage")).toBeTruthy();
  });

  test("a read error shows the host's German message", async () => {
    const host = mockHost();
    host.read.mockRejectedValue(new HostError("Excel ist gerade beschäftigt. Bitte beenden Sie die Eingabe in der Zelle."));
    renderWithHost(<KostenplanView />, host);
    expect(await screen.findByText("Excel ist gerade beschäftigt. Bitte beenden Sie die Eingabe in der Zelle.")).toBeTruthy();
  });

  test("an unexpected error becomes a generic German message", async () => {
    const host = mockHost();
    host.read.mockRejectedValue(new TypeError("x is undefined"));
    renderWithHost(<KostenplanView />, host);
    expect(await screen.findByText("Das hat nicht geklappt: x is undefined")).toBeTruthy();
  });

  test("an input error names the cell, and „Zur Zelle“ selects it", async () => {
    const json = sampleJson();
    json.kostenplan.positionen[1].preis = "achtunddreißig";
    const host = mockHost(json);
    renderWithHost(<KostenplanView />, host);
    expect(await screen.findByText(/Blatt „Kostenplan“, Zelle J3:/)).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Zur Zelle Kostenplan!J3" })));
    await waitFor(() => expect(host.select).toHaveBeenCalledWith({ blatt: "Kostenplan", zelle: "J3" }));
  });

  test("re-reads when the workbook changes (debounced) and on „Aktualisieren“", async () => {
    const json = sampleJson();
    const host = mockHost(json);
    renderWithHost(<KostenplanView />, host);
    await shown();
    expect(figure("Monatsbudget")).toBe("950,00 €");
    json.kostenplan.einstellungen.rundung.monat.schritt = "100";
    const changed = mockHost(json);
    host.read.mockImplementation(() => changed.read());
    act(() => {
      host.change();
      host.change();
      host.change();
    });
    await waitFor(() => expect(figure("Monatsbudget")).toBe("1.000,00 €"));
    expect(host.read).toHaveBeenCalledTimes(2);

    fireEvent.click(screen.getByRole("button", { name: "Aktualisieren" }));
    await waitFor(() => expect(host.read).toHaveBeenCalledTimes(3));
  });
});
