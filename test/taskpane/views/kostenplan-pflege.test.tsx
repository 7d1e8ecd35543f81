/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { KostenplanView } from "../../../src/taskpane/views/KostenplanView";
import { mockHost, renderWithHost, sampleJson } from "../support/host";

function figure(label: string | RegExp): string {
  const dt = screen.getByText(label, { selector: "dt" });
  return dt.nextElementSibling?.textContent ?? "";
}

describe("Kostenplan view with the Pflegeversicherung", () => {
  test("Anrechnung: the budget is the need minus the Pflegegeld, the Entlastungsbetrag apart", async () => {
    const json = sampleJson();
    json.kostenplan.pflege = { pflegegrad: "2", verwendung: "anrechnung", entlastungsbetrag: "ja" };
    renderWithHost(<KostenplanView />, mockHost(json));
    await screen.findByRole("heading", { name: "Überblick" });
    // need 11,375.20 − 12 × 347 = 7,211.20; / 12 = 600.93, rounded up to 5 → 605.00
    expect(figure("Monatsbudget")).toBe("605,00 €");
    expect(screen.getByRole("heading", { name: "Pflegeversicherung (Pflegegrad 2)" })).toBeTruthy();
    expect(screen.getByText(/^Das Pflegegeld \(§ 37 SGB XI\) zahlt die Pflegekasse direkt an Sie; es ist kein Geld aus dem Budget\./)).toBeTruthy();
    const table = screen.getByRole("table", { name: "Pflegegeld je Monat" });
    const heads = within(table).getAllByRole("columnheader").map((h) => h.textContent);
    expect(heads).toEqual(["Monate", "Pflegegeld", "angerechnet", "Entlastungsbetrag (extra)"]);
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((r) => [...r.children].map((c) => c.textContent))).toEqual([["01/2026 – 12/2026", "347,00 €", "347,00 €", "131,00 €"]]);
    expect(screen.getByText("Im Bewilligungszeitraum: Pflegegeld 4.164,00 €, davon auf das Budget angerechnet 4.164,00 €.")).toBeTruthy();
    expect(screen.getByText(/im Bewilligungszeitraum bis zu 1\.572,00 €\. Die Pflegekasse erstattet ihn gegen Beleg; er gehört nicht zum Budget/)).toBeTruthy();
    const positionen = screen.getByRole("table", { name: "Kosten je Position" });
    expect(within(positionen).getByText("Pflegegeld (angerechnet)")).toBeTruthy();
  });

  test("Teilbudget: the Pflegekasse's Teilbudget in the table of Teilbudgets", async () => {
    const json = sampleJson();
    json.kostenplan.traeger.push({ id: "pk", name: "Pflegekasse" });
    json.kostenplan.pflege = { pflegegrad: "3", verwendung: "teilbudget", traeger: "pk", kombinationProzent: "40" };
    renderWithHost(<KostenplanView />, mockHost(json));
    await screen.findByRole("heading", { name: "Überblick" });
    expect(figure("Monatsbudget")).toBe("950,00 €");
    const teil = screen.getByRole("table", { name: "Teilbudgets" });
    const pk = within(teil).getByText("Pflegekasse").closest("tr")!;
    // 599 × 60 % = 359.40; the Eingliederungshilfe 950.00 − 359.40 = 590.60
    expect([...pk.children].map((c) => c.textContent)).toEqual(["Pflegekasse", "359,40 €", "4.312,80 €"]);
    const egh = within(teil).getByText("Eingliederungshilfe (Beispielkreis)").closest("tr")!;
    expect(egh.children[1].textContent).toBe("590,60 €");
    const table = screen.getByRole("table", { name: "Pflegegeld je Monat" });
    const cells = [...within(table).getAllByRole("row")[1].children].map((c) => c.textContent);
    expect(cells).toEqual(["01/2026 – 12/2026", "599,00 €", "359,40 €", "598,80 € von 1.497,00 €"]);
    expect(screen.getByText(/sinkt das Pflegegeld um 40 %/)).toBeTruthy();
  });
});
