/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { HostError, type TemplateSheetPlan } from "../../../src/taskpane/host/types";
import { createPreviewHost } from "../../../src/taskpane/preview";
import { VorlageView } from "../../../src/taskpane/views/VorlageView";
import { mockHost, renderWithHost } from "../support/host";

const plan = (konflikt: boolean): TemplateSheetPlan[] => [
  { vorlage: "Übersicht", name: "Übersicht", vorhanden: false },
  { vorlage: "Einstellungen", name: "Einstellungen", vorhanden: false },
  { vorlage: "Kostenplan", name: konflikt ? "Kostenplan (2)" : "Kostenplan", vorhanden: konflikt },
  { vorlage: "Ausgaben", name: "Ausgaben", vorhanden: true },
];

describe("Vorlage view", () => {
  test("an inserted template is said plainly", async () => {
    renderWithHost(<VorlageView />, mockHost());
    expect(await screen.findByText(/Die Vorlage ist in dieser Arbeitsmappe schon eingefügt/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Vorlage einfügen" })).toBeNull();
  });

  test("lists the sheets and inserts without asking when no name is taken", async () => {
    const host = mockHost();
    host.templateState.mockResolvedValueOnce({ eingefuegt: false, blaetter: plan(false) });
    host.insertTemplate.mockResolvedValue({ blaetter: ["Übersicht", "Einstellungen", "Kostenplan", "Ausgaben"] });
    renderWithHost(<VorlageView />, host);
    const list = await screen.findByRole("list", { name: "Blätter der Vorlage" });
    expect(list.textContent).toContain("„Ausgaben“ (das leere Blatt wird verwendet)");
    fireEvent.click(screen.getByRole("button", { name: "Vorlage einfügen" }));
    await waitFor(() => expect(host.insertTemplate).toHaveBeenCalledWith(plan(false)));
    expect(await screen.findByText(/Die Vorlage ist eingefügt: 4 Blätter \(„Übersicht“, „Einstellungen“, „Kostenplan“ und „Ausgaben“\)/)).toBeTruthy();
    expect(host.templateState).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  function conflictHost() {
    const host = mockHost();
    host.templateState.mockResolvedValue({ eingefuegt: false, blaetter: plan(true) });
    host.insertTemplate.mockResolvedValue({ blaetter: ["Übersicht", "Einstellungen", "Kostenplan (2)", "Ausgaben"] });
    renderWithHost(<VorlageView />, host);
    return host;
  }

  test("a taken sheet name is asked about in a dialog first; cancelling inserts nothing", async () => {
    const host = conflictHost();
    fireEvent.click(await screen.findByRole("button", { name: "Vorlage einfügen" }));
    const dialog = await screen.findByRole("dialog");
    expect(dialog.textContent).toContain("Es gibt schon ein Blatt „Kostenplan“ mit Daten. Die Vorlage legt stattdessen „Kostenplan (2)“ an.");
    fireEvent.click(within(dialog).getByRole("button", { name: "Abbrechen" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(host.insertTemplate).not.toHaveBeenCalled();
    expect(screen.getByRole("button", { name: "Vorlage einfügen" })).toBeTruthy();
  });

  test("confirming the dialog inserts under the new names", async () => {
    const host = conflictHost();
    fireEvent.click(await screen.findByRole("button", { name: "Vorlage einfügen" }));
    const dialog = await screen.findByRole("dialog");
    fireEvent.click(within(dialog).getByRole("button", { name: "Vorlage einfügen" }));
    await waitFor(() => expect(host.insertTemplate).toHaveBeenCalledWith(plan(true)));
    expect(await screen.findByText(/Tragen Sie jetzt im Blatt „Kostenplan \(2\)“ Ihre Hilfen ein/)).toBeTruthy();
  });

  test("errors: reading the state, and inserting", async () => {
    const broken = mockHost();
    broken.templateState.mockRejectedValue(new HostError("Die Arbeitsmappe ist schreibgeschützt."));
    const r1 = renderWithHost(<VorlageView />, broken);
    expect(await screen.findByText("Die Arbeitsmappe ist schreibgeschützt.")).toBeTruthy();
    r1.unmount();

    const host = mockHost();
    host.templateState.mockResolvedValue({ eingefuegt: false, blaetter: plan(false) });
    host.insertTemplate.mockRejectedValue(new Error("RichApi.Error"));
    renderWithHost(<VorlageView />, host);
    fireEvent.click(await screen.findByRole("button", { name: "Vorlage einfügen" }));
    expect(await screen.findByText("Das hat nicht geklappt: RichApi.Error")).toBeTruthy();
  });

  test("the preview says honestly that inserting needs Excel", async () => {
    renderWithHost(<VorlageView />, createPreviewHost());
    expect(await screen.findByText(/Eine neue Vorlage einfügen können Sie nur in Excel/)).toBeTruthy();
  });
});
