/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { HostError } from "../../../src/taskpane/host/types";
import { EinstellungenView } from "../../../src/taskpane/views/EinstellungenView";
import { mockHost, renderWithHost, sampleJson } from "../support/host";

const input = (label: string | RegExp) => screen.getByLabelText(label) as HTMLInputElement;
const SACHKOSTEN = /^Sachkosten ohne Beleg/;
const TAGE = /^Tage je Monat/;
const SCHRITT_MONAT = /^Rundung Monatsbudget: Schritt/;

async function loaded() {
  await screen.findByText("Regeln des Trägers");
}

function type(label: string | RegExp, value: string) {
  const el = input(label);
  fireEvent.change(el, { target: { value } });
  fireEvent.blur(el);
}

describe("Einstellungen view", () => {
  test("shows the workbook's current settings", async () => {
    renderWithHost(<EinstellungenView />, mockHost());
    await loaded();
    expect(input(SACHKOSTEN).value).toBe("15");
    expect(input(SCHRITT_MONAT).value).toBe("5");
    expect(input(TAGE).value).toBe("365/12");
    expect(input(/^Rundung Gesamtbetrag: Schritt/).value).toBe("");
    expect(screen.getByLabelText(/^Regel für Budgetreste/).textContent).toContain("Übertrag bis zu einem Monatsbudget");
    expect(screen.getByLabelText(/^Rundung Monatsbudget: Richtung/).textContent).toContain("immer aufrunden");
    expect((screen.getByLabelText(/^Schlussnachweis/) as HTMLInputElement).checked).toBe(false);
  });

  test("invalid input shows German messages at the fields and writes nothing", async () => {
    const host = mockHost();
    renderWithHost(<EinstellungenView />, host);
    await loaded();
    type(SACHKOSTEN, "viel");
    expect(await screen.findByText("„viel“ ist keine Zahl. Bitte zum Beispiel 15 oder 12,5 eingeben.")).toBeTruthy();
    expect(input(SACHKOSTEN).getAttribute("aria-invalid")).toBe("true");
    type(TAGE, "100");
    expect(await screen.findByText("Ein Monat hat 28 bis 31 Tage; „100“ ergibt 100.")).toBeTruthy();
    type(SCHRITT_MONAT, "0");
    expect(await screen.findByText("Der Schritt muss größer als 0 sein, zum Beispiel 5 oder 10.")).toBeTruthy();
    fireEvent.click(screen.getByText("Speichern"));
    expect(await screen.findByText(/Bitte die markierten Angaben korrigieren: .*Es wurde nichts gespeichert\./)).toBeTruthy();
    expect(host.writeSettings).not.toHaveBeenCalled();
    // the first wrong field gets the focus
    expect(document.activeElement).toBe(input(SACHKOSTEN));
  });

  test("a percentage above 100 is refused", async () => {
    const host = mockHost();
    renderWithHost(<EinstellungenView />, host);
    await loaded();
    type(SACHKOSTEN, "150");
    fireEvent.click(screen.getByText("Speichern"));
    expect(await screen.findByText("Bitte eine Zahl von 0 bis 100 eingeben.")).toBeTruthy();
    expect(host.writeSettings).not.toHaveBeenCalled();
  });

  test("valid changes are written with their keys: numbers as numbers, text as text, cleared as null", async () => {
    const host = mockHost();
    renderWithHost(<EinstellungenView />, host);
    await loaded();
    type(SACHKOSTEN, "12,5");
    type(TAGE, "30,42");
    type(SCHRITT_MONAT, "");
    type(/^Rundung Gesamtbetrag: Schritt/, "10 €");
    fireEvent.click(screen.getByLabelText(/^Schlussnachweis/));
    fireEvent.click(screen.getByText("Speichern"));
    await waitFor(() => expect(host.writeSettings).toHaveBeenCalledTimes(1));
    expect(host.writeSettings).toHaveBeenCalledWith({
      "regeln.schlussnachweis": "ja",
      "regeln.sachkostenNachweisfreiProzent": 12.5,
      "kostenplan.einstellungen.rundung.monat.schritt": null,
      "kostenplan.einstellungen.rundung.gesamt.schritt": 10,
      "kostenplan.einstellungen.tageProMonat": "30,42",
    });
    expect(await screen.findByText("Gespeichert: 5 Einstellungen im Blatt „Einstellungen“.")).toBeTruthy();
    // saved values are the new baseline: saving again writes nothing
    fireEvent.click(screen.getByText("Speichern"));
    expect(await screen.findByText("Nichts geändert – es gibt nichts zu speichern.")).toBeTruthy();
    expect(host.writeSettings).toHaveBeenCalledTimes(1);
  });

  test("the Budgetreste rule is chosen from a list of the engine's rules", async () => {
    const host = mockHost();
    renderWithHost(<EinstellungenView />, host);
    await loaded();
    fireEvent.click(screen.getByLabelText(/^Regel für Budgetreste/));
    const option = screen.getByText("Anrechnung auf die nächsten Zahlungen").closest("[role=option]")!;
    expect(option).toBeTruthy();
    fireEvent.click(option);
    fireEvent.click(screen.getByText("Speichern"));
    await waitFor(() => expect(host.writeSettings).toHaveBeenCalledWith({ "regeln.reste": "anrechnung" }));
  });

  test("a write error is shown; a missing template and a read error too", async () => {
    const host = mockHost();
    host.writeSettings.mockRejectedValue(new HostError("Das Blatt „Einstellungen“ ist geschützt."));
    const r = renderWithHost(<EinstellungenView />, host);
    await loaded();
    type(SACHKOSTEN, "20");
    fireEvent.click(screen.getByText("Speichern"));
    expect(await screen.findByText("Das Blatt „Einstellungen“ ist geschützt.")).toBeTruthy();
    r.unmount();

    const none = mockHost();
    none.read.mockResolvedValue(undefined);
    const r2 = renderWithHost(<EinstellungenView />, none);
    expect(await screen.findByText("Noch keine Vorlage")).toBeTruthy();
    r2.unmount();

    const broken = mockHost(sampleJson());
    broken.read.mockRejectedValue(new HostError("Excel antwortet nicht."));
    renderWithHost(<EinstellungenView />, broken);
    expect(await screen.findByText("Excel antwortet nicht.")).toBeTruthy();
  });
});
