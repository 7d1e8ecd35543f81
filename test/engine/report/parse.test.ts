import { InputError, parseReport } from "../../../src/engine";
import { cleanReport, run } from "./fixture";

const fieldOf = (json: unknown): string => {
  try {
    parseReport(json);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return `${(e as InputError).field} | ${(e as InputError).message}`;
  }
  throw new Error("no InputError");
};
const mutate = (f: (r: Record<string, unknown>) => void) => {
  const r = cleanReport() as Record<string, unknown>;
  f(r);
  return r;
};

describe("InputError (exit code 2) only where the structure is unusable", () => {
  test.each([
    ["not an object", [], /^verwendungsnachweis \|/],
    ["a foreign format", mutate((r) => (r.format = "kostenplan/1")), /^format \| Verwendungsnachweis: Das ist ein Kostenplan \(format „kostenplan\/1“\)/],
    ["no Nachweiszeitraum", mutate((r) => delete r.zeitraum), /^zeitraum \| zeitraum: Der Nachweiszeitraum fehlt/],
    ["an impossible period date", mutate((r) => (r.zeitraum = { beginn: "31.02.2026", ende: "2026-06-30" })), /^zeitraum\.beginn \|/],
    ["end before start", mutate((r) => (r.zeitraum = { beginn: "2026-06-30", ende: "2026-01-01" })), /^zeitraum \| .*liegt vor dem Beginn/],
    ["no plan", mutate((r) => delete r.kostenplan), /^kostenplan \| kostenplan: Der vereinbarte Kostenplan fehlt/],
    [
      "an invalid plan (path under kostenplan)",
      mutate((r) => (r.kostenplan = { zeitraum: { beginn: "2026-01-01", ende: "2026-12-31" }, positionen: [{ bezeichnung: "X", art: "sachkosten", je: "monat", preis: "abc" }] })),
      /^kostenplan\.positionen\[1\]\.preis \| kostenplan\.positionen\[1\]\.preis: „abc“ ist keine gültige Zahl/,
    ],
    ["an unknown Reste policy", mutate((r) => (r.regeln = { reste: "verschenken" })), /^regeln\.reste \|/],
    ["a bad percentage", mutate((r) => (r.regeln = { sachkostenNachweisfreiProzent: "viel" })), /^regeln\.sachkostenNachweisfreiProzent \|/],
    ["a list that is no list", mutate((r) => (r.ausgaben = { betrag: "1" })), /^ausgaben \| ausgaben: Erwartet wird eine Liste/],
    ["angaben that are no object", mutate((r) => (r.angaben = "4100")), /^angaben \|/],
  ])("%s", (_name, json, expected) => {
    expect(fieldOf(json)).toMatch(expected);
  });

  test("absent lists are empty lists, absent format and regeln use the defaults", () => {
    const r = mutate((r) => {
      delete r.format;
      delete r.regeln;
      delete r.einnahmen;
      delete r.beschaeftigte;
      delete r.ausgaben;
      delete r.angaben;
    });
    const report = parseReport(r);
    expect(report.regeln.reste).toBe("uebertrag-bis-monatsbudget");
    expect(report.regeln.sachkostenNachweisfreiProzent.toString()).toBe("15");
    expect(report.regeln.belegPflichtAb.toString()).toBe("0");
    const res = run(r);
    expect(res.summen.ausgaben).toBe("0.00");
    expect(res.summen.proPosition.Tagesassistenz).toEqual({ plan: "2520.00", ist: "0.00" });
  });

  test("German numbers in regeln are accepted", () => {
    const report = parseReport(mutate((r) => (r.regeln = { belegPflichtAb: "1.000,00", schlussnachweis: "ja" })));
    expect(report.regeln.belegPflichtAb.toFixed(2)).toBe("1000.00");
    expect(report.regeln.schlussnachweis).toBe(true);
  });
});
