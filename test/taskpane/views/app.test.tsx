/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../../src/taskpane/App";
import { createPreviewHost } from "../../../src/taskpane/preview";
import { mockHost } from "../support/host";
import cleanSample from "../../../samples/verwendungsnachweis-2026-h1.json";

describe("App", () => {
  test("the preview shows its banner and works on the sample; the tabs switch views", async () => {
    const host = createPreviewHost();
    render(<App host={host} />);
    expect(screen.getByText("Vorschau ohne Excel: ein Beispielfall.")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1, name: "Budgetplaner" })).toBeTruthy();
    const tabs = screen.getAllByRole("tab").map((t) => t.querySelector(".fui-Tab__content")?.textContent);
    expect(tabs).toEqual(["Vorlage", "Kostenplan", "Prüfen", "Einreichen", "Einstellungen"]);
    expect(await screen.findByRole("heading", { level: 2, name: "Kostenplan" })).toBeTruthy();
    await screen.findByRole("heading", { name: "Überblick" });

    fireEvent.click(screen.getByRole("tab", { name: "Prüfen" }));
    const panel = screen.getByRole("tabpanel", { name: "Prüfen" });
    fireEvent.click(within(panel).getByRole("button", { name: "Nachweis prüfen" }));
    // the preview's case has findings, so the check shows its grouping
    expect(await within(panel).findByRole("heading", { name: "Fehler (1)" })).toBeTruthy();
    expect(within(panel).getByRole("heading", { name: "Warnungen (3)" })).toBeTruthy();
    expect(within(panel).getByText(/Es bleiben 43,90 € übrig/)).toBeTruthy();
    await waitFor(() => expect(host.zusammenfassung?.rest).toBe(43.9));
    // the Kostenplan panel stays mounted but hidden
    expect((document.getElementById("panel-kostenplan") as HTMLElement).hidden).toBe(true);
  });

  test("the preview's settings change the in-memory case and the Kostenplan follows", async () => {
    const host = createPreviewHost();
    render(<App host={host} start="einstellungen" />);
    const schritt = (await screen.findByLabelText(/^Rundung Monatsbudget: Schritt/)) as HTMLInputElement;
    expect(schritt.value).toBe("5");
    fireEvent.change(schritt, { target: { value: "100" } });
    fireEvent.click(screen.getByText("Speichern"));
    expect(await screen.findByText(/Gespeichert: 1 Einstellung/)).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "Kostenplan" }));
    const panel = screen.getByRole("tabpanel", { name: "Kostenplan" });
    await within(panel).findByRole("heading", { name: "Überblick" });
    const dt = within(panel).getByText("Monatsbudget", { selector: "dt" });
    expect(dt.nextElementSibling?.textContent).toBe("1.000,00 €");
  });

  test("in the preview, going to a cell says which cell Excel would select", async () => {
    const host = createPreviewHost({ ...JSON.parse(JSON.stringify(cleanSample)), zeitraum: { beginn: "bald", ende: "2026-06-30" } });
    render(<App host={host} start="pruefen" />);
    fireEvent.click(screen.getByRole("button", { name: "Nachweis prüfen" }));
    fireEvent.click(await screen.findByRole("button", { name: "Zur Zelle Einstellungen!B2" }));
    expect(await screen.findByText("In Excel wäre jetzt Zelle Einstellungen!B2 markiert.")).toBeTruthy();
    expect(host.auswahl).toEqual([{ blatt: "Einstellungen", zelle: "B2" }]);
  });

  test("in Excel there is no preview banner; the tabs are keyboard-focusable and arrow keys move between them", async () => {
    const host = mockHost();
    render(<App host={host} />);
    expect(screen.queryByText("Vorschau ohne Excel: ein Beispielfall.")).toBeNull();
    const kostenplan = screen.getByRole("tab", { name: "Kostenplan" });
    expect(kostenplan.getAttribute("aria-selected")).toBe("true");
    await screen.findByRole("heading", { name: "Überblick" });
    act(() => kostenplan.focus());
    expect(document.activeElement).toBe(kostenplan);
    // Fluent's tab list moves focus with the arrow keys through tabster's "mover" (not simulated by jsdom)
    expect(screen.getByRole("tablist").getAttribute("data-tabster")).toContain("mover");
    const pruefen = screen.getByRole("tab", { name: "Prüfen" });
    expect(pruefen.tagName).toBe("BUTTON");
    fireEvent.click(pruefen);
    expect(pruefen.getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("heading", { level: 2, name: "Nachweis prüfen" })).toBeTruthy();
    expect(screen.queryByRole("heading", { level: 2, name: "Kostenplan" })).toBeNull(); // hidden panel
  });
});
