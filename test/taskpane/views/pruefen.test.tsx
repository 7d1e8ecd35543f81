/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { HostError } from "../../../src/taskpane/host/types";
import { PruefenView } from "../../../src/taskpane/views/PruefenView";
import { mockHost, renderWithHost, sampleJson } from "../support/host";
import { settingRow } from "../../../src/workbook/layout";
import { caseByIncome } from "../../engine/report/traeger-fixture";

async function pruefen() {
  const button = screen.getByRole("button", { name: "Nachweis prüfen" });
  await act(async () => fireEvent.click(button));
}

describe("Prüfen view", () => {
  test("checks the sample: no findings, the Budgetreste in one sentence, and the summary written as numbers", async () => {
    const host = mockHost();
    renderWithHost(<PruefenView />, host);
    expect(host.read).not.toHaveBeenCalled();
    await pruefen();
    expect(await screen.findByText("Keine Befunde")).toBeTruthy();
    expect(
      screen.getByText(
        "Es bleiben 193,90 € übrig. Weil der Bewilligungszeitraum weiterläuft (Zwischennachweis), bleibt das Geld auf dem Budgetkonto; zurückgefordert wird nichts.",
      ),
    ).toBeTruthy();
    expect(screen.getByText("Nachweiszeitraum 01.01.2026 bis 30.06.2026. Keine Befunde.")).toBeTruthy();
    await waitFor(() => expect(host.writeSummary).toHaveBeenCalledTimes(1));
    expect(host.writeSummary).toHaveBeenCalledWith({
      einnahmen: 5700,
      ausgaben: 5506.1,
      rest: 193.9,
      uebertrag: 193.9,
      rueckforderung: 0,
      anrechnung: 0,
      fehler: 0,
      warnung: 0,
      hinweis: 0,
    });
  });

  test("plan and actual per position: a chart with a summary and the table as its text alternative", async () => {
    renderWithHost(<PruefenView />, mockHost());
    await pruefen();
    const table = await screen.findByRole("table", { name: "Plan und Ausgaben im Nachweiszeitraum" });
    const row = within(table)
      .getAllByRole("row")
      .find((r) => r.firstElementChild?.textContent === "Taxifahrten")!;
    // plan: 6 months × 4 rides × 22,50 €; actual: the sample's six taxi receipts
    expect([...row.children].map((c) => c.textContent)).toEqual(["Taxifahrten", "540,00 €", "472,50 €"]);
    const chart = screen.getByRole("img");
    expect(chart.getAttribute("aria-label")).toMatch(/4 Positionen/);
  });

  test("findings are grouped by severity; a finding with a cell is a focusable button that selects it", async () => {
    const json = sampleJson();
    json.ausgaben[2].beleg = "";
    json.ausgaben[4].betrag = "-30.00";
    const host = mockHost(json);
    renderWithHost(<PruefenView />, host);
    await pruefen();
    const fehler = await screen.findByRole("heading", { name: /^Fehler \(\d+\)$/ });
    expect(fehler.tagName).toBe("H4");
    const buttons = screen.getAllByRole("button", { name: /Zelle Ausgaben!/ });
    expect(buttons.length).toBeGreaterThanOrEqual(2);
    const beleg = screen.getByRole("button", { name: /Zelle Ausgaben!G4/ });
    expect(beleg.tagName).toBe("BUTTON");
    beleg.focus();
    expect(document.activeElement).toBe(beleg);
    await act(async () => fireEvent.click(beleg));
    await waitFor(() => expect(host.select).toHaveBeenCalledWith({ blatt: "Ausgaben", zelle: "G4" }));
    const betrag = screen.getByRole("button", { name: /Zelle Ausgaben!E6/ });
    await act(async () => fireEvent.click(betrag));
    await waitFor(() => expect(host.select).toHaveBeenLastCalledWith({ blatt: "Ausgaben", zelle: "E6" }));
    const summary = host.writeSummary.mock.calls[0][0];
    expect(summary.fehler).toBeGreaterThanOrEqual(1);
  });

  test("two Träger: a small table „Budgetreste je Träger“ with the basis of the split; one Träger: none", async () => {
    renderWithHost(<PruefenView />, mockHost(caseByIncome()));
    await pruefen();
    const table = await screen.findByRole("table", { name: "Budgetreste je Träger" });
    const rows = within(table).getAllByRole("row").map((r) => r.textContent);
    // Rest 620,00 € reclaimed, split by the incomes 2.400 : 1.400 (see test/engine/report/traeger.test.ts)
    expect(rows).toEqual(["TrägerRestÜbertragRückforderungAnrechnung", "Eingliederungshilfe391,58 €0,00 €391,58 €0,00 €", "Pflegekasse228,42 €0,00 €228,42 €0,00 €"]);
    expect(screen.getByText("Aufgeteilt nach den Zahlungen, die jeder Träger geleistet hat.")).toBeTruthy();
  });

  test("the sample (one Träger) shows no table per Träger", async () => {
    renderWithHost(<PruefenView />, mockHost());
    await pruefen();
    await screen.findByText("Keine Befunde");
    expect(screen.queryByRole("table", { name: "Budgetreste je Träger" })).toBeNull();
  });

  test("a finding without a cell is plain text, not a button", async () => {
    const json = sampleJson();
    json.einnahmen.pop(); // income short by one month: the expenses exceed it
    renderWithHost(<PruefenView />, mockHost(json));
    await pruefen();
    const text = await screen.findByText(/Mehrausgaben von/);
    expect(text.closest("button")).toBeNull();
    expect(screen.getByText("Es bleibt nichts übrig: Die Ausgaben sind 756,10 € höher als die Einnahmen.")).toBeTruthy();
  });

  test("a failing summary write is shown, and the results stay", async () => {
    const host = mockHost();
    host.writeSummary.mockRejectedValue(new HostError("Das Blatt „Übersicht“ ist geschützt."));
    renderWithHost(<PruefenView />, host);
    await pruefen();
    expect(await screen.findByText("Das Blatt „Übersicht“ ist geschützt.")).toBeTruthy();
    expect(screen.getByText("Keine Befunde")).toBeTruthy();
    expect(screen.getByText(/Es bleiben 193,90 € übrig/)).toBeTruthy();
  });

  test("a read error shows the host's German message; no summary is written", async () => {
    const host = mockHost();
    host.read.mockRejectedValue(new HostError("Die Arbeitsmappe ist gerade nicht erreichbar."));
    renderWithHost(<PruefenView />, host);
    await pruefen();
    expect(await screen.findByText("Die Arbeitsmappe ist gerade nicht erreichbar.")).toBeTruthy();
    expect(host.writeSummary).not.toHaveBeenCalled();
  });

  test("an input error names its cell and „Zur Zelle“ selects it", async () => {
    const json = sampleJson();
    json.zeitraum.beginn = "irgendwann";
    const host = mockHost(json);
    renderWithHost(<PruefenView />, host);
    await pruefen();
    expect(await screen.findByText(/Blatt „Einstellungen“, Zelle B2:/)).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Zur Zelle Einstellungen!B2" })));
    await waitFor(() => expect(host.select).toHaveBeenCalledWith({ blatt: "Einstellungen", zelle: "B2" }));
    expect(host.writeSummary).not.toHaveBeenCalled();
  });

  test("an empty template: the message says where to start; a missing template says so", async () => {
    const host = mockHost({ format: "verwendungsnachweis/1", einnahmen: [], ausgaben: [] });
    renderWithHost(<PruefenView />, host);
    await pruefen();
    expect(await screen.findByText(/^Blatt „Einstellungen“, Zelle B2:/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Zur Zelle Einstellungen!B2" })).toBeTruthy();
    expect(host.writeSummary).not.toHaveBeenCalled();

    const none = mockHost();
    none.read.mockResolvedValue(undefined);
    const r = renderWithHost(<PruefenView />, none);
    fireEvent.click(within(r.container).getByRole("button", { name: "Nachweis prüfen" }));
    expect(await within(r.container).findByText("Noch keine Vorlage")).toBeTruthy();
    expect(none.writeSummary).not.toHaveBeenCalled();
  });

  test("Schlussnachweis: the whole rest is reclaimed", async () => {
    const json = sampleJson();
    json.regeln.schlussnachweis = "ja";
    const host = mockHost(json);
    renderWithHost(<PruefenView />, host);
    await pruefen();
    expect(await screen.findByText("Es bleiben 193,90 € übrig. Weil das Budget mit diesem Zeitraum endet, werden 193,90 € zurückgefordert.")).toBeTruthy();
    await waitFor(() => expect(host.writeSummary).toHaveBeenCalled());
    expect(host.writeSummary.mock.calls[0][0]).toMatchObject({ uebertrag: 0, rueckforderung: 193.9 });
  });

  test("the plan's own findings stand among the report's, marked „Kostenplan:“, with a button to their cell", async () => {
    const json = sampleJson();
    json.kostenplan.obergrenzeMonat = "800.00";
    json.kostenplan.positionen[0].preis = "12.00"; // below the Mindestlohn 2026
    const host = mockHost(json);
    renderWithHost(<PruefenView />, host);
    await pruefen();
    const warnungen = await screen.findByRole("heading", { name: /^Warnungen \(\d+\)$/ });
    const liste = warnungen.parentElement!;
    const og = within(liste).getByRole("button", { name: /^Warnung Kostenplan: Das Monatsbudget von 865,00 € übersteigt die Kosten der Sachleistung \(Obergrenze 800,00 €\) um 65,00 €/ });
    const zelle = `B${settingRow("kostenplan.obergrenzeMonat")}`;
    expect(og.textContent).toContain(`Zelle Einstellungen!${zelle}`);
    await act(async () => fireEvent.click(og));
    await waitFor(() => expect(host.select).toHaveBeenCalledWith({ blatt: "Einstellungen", zelle }));
    const ml = within(liste).getByRole("button", { name: /^Warnung Kostenplan: Position 1 \(Tagesassistenz\): 12,00 € je Stunde liegt unter dem Mindestlohn/ });
    expect(ml.textContent).toContain("Zelle Kostenplan!J2"); // the row's Preis je Einheit: the wage that is too low
    // counted like the report's findings: the summary sheet gets them too
    await waitFor(() => expect(host.writeSummary).toHaveBeenCalled());
    expect(host.writeSummary.mock.calls[0][0].warnung).toBe(within(liste).getAllByRole("listitem").length);
    expect(screen.getByText(/^Nachweiszeitraum 01\.01\.2026 bis 30\.06\.2026\. 0 Fehler, \d+ Warnungen/)).toBeTruthy();
  });
});
