/** @jest-environment jsdom */
/** The Einreichen view with the submission document: „Berechnung ins Blatt schreiben“ and the copy with „Berechnung (Abgabe)“. */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { HostError } from "../../../src/taskpane/host/types";
import { createPreviewHost } from "../../../src/taskpane/preview";
import { EinreichenView } from "../../../src/taskpane/views/EinreichenView";
import { mockHost, renderWithHost, sampleJson } from "../support/host";

const BUTTON = "Berechnung ins Blatt schreiben";

describe("Einreichen view: the sheet „Berechnung“", () => {
  test("writes the workbook's document and says what was written", async () => {
    const host = mockHost();
    host.writeCalculation.mockResolvedValue({ blatt: "Berechnung", zeilen: 84, neu: true });
    const { announce } = renderWithHost(<EinreichenView />, host);
    fireEvent.click(screen.getByRole("button", { name: BUTTON }));
    const text = "Das Blatt „Berechnung“ ist neu angelegt: 84 Zeilen, alle Zahlen als Werte. Es druckt auf A4; Ihre eigenen Blätter bleiben unverändert.";
    expect(await screen.findByText(text)).toBeTruthy();
    expect(announce).toHaveBeenCalledWith(text);
    const dokument = host.writeCalculation.mock.calls[0][0];
    expect(dokument.art).toBe("verwendungsnachweis");
    expect(dokument.abschnitte.map((a) => a.id)).toEqual(expect.arrayContaining(["fall", "positionen", "teilbudgets", "arbeitgeber-0", "reste", "befunde", "versicherung"]));
  });

  test("a plan that cannot be computed: the engine's message, nothing written", async () => {
    const json = sampleJson();
    json.kostenplan.positionen[0].art = "gibt-es-nicht";
    const host = mockHost(json);
    renderWithHost(<EinreichenView />, host);
    fireEvent.click(screen.getByRole("button", { name: BUTTON }));
    expect(await screen.findByText("Die Berechnung ließ sich nicht schreiben")).toBeTruthy();
    expect(host.writeCalculation).not.toHaveBeenCalled();
  });

  test("an error of the host is shown as it is; the button is enabled again", async () => {
    const host = mockHost();
    host.writeCalculation.mockRejectedValue(new HostError("Das Blatt ist geschützt."));
    renderWithHost(<EinreichenView />, host);
    fireEvent.click(screen.getByRole("button", { name: BUTTON }));
    expect(await screen.findByText("Das Blatt ist geschützt.")).toBeTruthy();
    await waitFor(() => expect((screen.getByRole("button", { name: BUTTON }) as HTMLButtonElement).disabled).toBe(false));
  });

  test("Einreichen vorbereiten hands the document to the copy (for „Berechnung (Abgabe)“)", async () => {
    const host = mockHost();
    host.prepareSubmission.mockResolvedValue({ blaetter: ["Kostenplan (Abgabe)", "Berechnung (Abgabe)"], ersetzt: 2 });
    renderWithHost(<EinreichenView />, host);
    fireEvent.click(screen.getByRole("button", { name: "Einreichen vorbereiten" }));
    expect(await screen.findByText(/2 Blätter angelegt: „Kostenplan \(Abgabe\)“ und „Berechnung \(Abgabe\)“\./)).toBeTruthy();
    expect(host.prepareSubmission.mock.calls[0][0]?.titel).toMatch(/^Verwendungsnachweis/);
  });

  test("Einreichen vorbereiten with a plan that cannot be computed: the copies without „Berechnung (Abgabe)“, and why", async () => {
    const json = sampleJson();
    json.kostenplan.positionen[0].art = "gibt-es-nicht";
    const host = mockHost(json);
    host.prepareSubmission.mockResolvedValue({ blaetter: ["Kostenplan (Abgabe)"], ersetzt: 0 });
    renderWithHost(<EinreichenView />, host);
    fireEvent.click(screen.getByRole("button", { name: "Einreichen vorbereiten" }));
    expect(await screen.findByText(/Ohne das Blatt „Berechnung \(Abgabe\)“: .*gibt-es-nicht/)).toBeTruthy();
    expect(host.prepareSubmission.mock.calls[0][0]).toBeUndefined();
  });

  test("the preview disables it and says why", () => {
    renderWithHost(<EinreichenView />, createPreviewHost());
    const button = screen.getByRole("button", { name: BUTTON }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(document.getElementById(button.getAttribute("aria-describedby")!)!.textContent).toMatch(/kein Blatt „Berechnung“. Das geht nur im Add-in in Excel\./);
  });

  test("the preview host refuses to write, in German", async () => {
    await expect(createPreviewHost().writeCalculation({} as never)).rejects.toThrow(/Das geht nur in Excel: .*„Berechnung“/);
  });
});
