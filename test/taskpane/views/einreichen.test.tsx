/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { HostError } from "../../../src/taskpane/host/types";
import { createPreviewHost } from "../../../src/taskpane/preview";
import { EinreichenView } from "../../../src/taskpane/views/EinreichenView";
import { mockHost, renderWithHost } from "../support/host";

describe("Einreichen view", () => {
  test("explains, prepares and reports sheets and replaced formulas", async () => {
    const host = mockHost();
    host.prepareSubmission.mockResolvedValue({ blaetter: ["Kostenplan (Einreichung)", "Ausgaben (Einreichung)", "Übersicht (Einreichung)"], ersetzt: 12 });
    const { announce } = renderWithHost(<EinreichenView />, host);
    expect(screen.getByText(/Ihre eigenen Blätter bleiben unverändert/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Einreichen vorbereiten" }));
    const text =
      "3 Blätter angelegt: „Kostenplan (Einreichung)“, „Ausgaben (Einreichung)“ und „Übersicht (Einreichung)“. 12 Formeln durch Werte ersetzt. Das Original bleibt unverändert.";
    expect(await screen.findByText(text)).toBeTruthy();
    expect(host.prepareSubmission).toHaveBeenCalledTimes(1);
    expect(announce).toHaveBeenCalledWith(text);
  });

  test("singular forms", async () => {
    const host = mockHost();
    host.prepareSubmission.mockResolvedValue({ blaetter: ["Ausgaben (2)"], ersetzt: 1 });
    renderWithHost(<EinreichenView />, host);
    fireEvent.click(screen.getByRole("button", { name: "Einreichen vorbereiten" }));
    expect(await screen.findByText("1 Blatt angelegt: „Ausgaben (2)“. 1 Formel durch Werte ersetzt. Das Original bleibt unverändert.")).toBeTruthy();
  });

  test("an error of the host is shown as it is", async () => {
    const host = mockHost();
    host.prepareSubmission.mockRejectedValue(new HostError("Die Vorlage fehlt: Es gibt nichts zum Einreichen."));
    renderWithHost(<EinreichenView />, host);
    fireEvent.click(screen.getByRole("button", { name: "Einreichen vorbereiten" }));
    expect(await screen.findByText("Die Vorlage fehlt: Es gibt nichts zum Einreichen.")).toBeTruthy();
    await waitFor(() => expect((screen.getByRole("button", { name: "Einreichen vorbereiten" }) as HTMLButtonElement).disabled).toBe(false));
  });

  test("the preview disables the action and says why", async () => {
    renderWithHost(<EinreichenView />, createPreviewHost());
    const reason = screen.getByText(/In der Vorschau ohne Excel gibt es keine Blätter zum Kopieren/);
    const button = screen.getByRole("button", { name: "Einreichen vorbereiten" }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(document.getElementById(button.getAttribute("aria-describedby")!)!.textContent).toBe(reason.textContent);
  });
});
