import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execute } from "../../src/cli/main";

const dir = mkdtempSync(join(tmpdir(), "budget-cli-"));
function file(name: string, content: string): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}
const plan = (extra: object = {}) =>
  JSON.stringify({
    format: "kostenplan/1",
    zeitraum: { beginn: "2026-01-01", ende: "2026-12-31" },
    positionen: [{ bezeichnung: "Assistenz", art: "arbeitgeber", beschaeftigung: "minijob-privat", rvBefreit: true, menge: "43.38", einheit: "stunde", je: "monat", preis: "13.90" }],
    ...extra,
  });

describe("budget kostenplan", () => {
  test("text summary for people, exit 0", async () => {
    const r = await execute(["kostenplan", file("ok.json", plan())]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/Monatsbudget: +691,1\d €/);
  });

  test("--json prints the result format", async () => {
    const r = await execute(["kostenplan", file("ok2.json", plan()), "--json"]);
    const j = JSON.parse(r.stdout);
    expect(j.monate).toBe(12);
    expect(j.positionen[0].arbeitgeberkosten.anteile.kv).toBe("30.15");
    expect(Object.keys(j)).toEqual(expect.arrayContaining(["summeZeitraum", "monatsbudget", "auszahlung", "auszahlungZeitraum", "monatsplan", "teilbudgets", "befunde"]));
  });

  test("a finding of severity fehler exits 1", async () => {
    const r = await execute(["kostenplan", file("f.json", plan({ traeger: [{ id: "egh" }] }))]);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/FEHLER: .*kein Träger/);
  });

  test.each([
    ["empty.json", "", /Die Datei ist leer/],
    ["broken.json", "{ \"zeitraum\": ", /Kein gültiges JSON/],
    ["text.json", plan().replace('"13.90"', '"dreizehn"'), /positionen\[1\]\.preis: „dreizehn“ ist keine gültige Zahl/],
    ["type.json", plan().replace("minijob-privat", "minijob"), /beschaeftigung: „minijob“ ist unbekannt/],
    ["period.json", plan().replace("2026-12-31", "2026-12-30"), /keine ganzen Monate/],
    ["nofig.json", plan().replace(/2026/g, "2012"), /Für 2012 gibt es keine Rechengrößen/],
  ])("%s: German message naming the field, exit 2, no stack trace", async (name, content, message) => {
    const r = await execute(["kostenplan", file(name, content)]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  test("a missing file is named", async () => {
    const r = await execute(["kostenplan", join(dir, "gibt-es-nicht.json")]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/gibt-es-nicht\.json: Datei nicht gefunden/);
  });
});

describe("budget arbeitgeberkosten", () => {
  test("E11 as JSON: brutto, items and gesamt", async () => {
    const r = await execute(["arbeitgeberkosten", "--brutto", "2.500,00", "--art", "sv-pflichtig", "--datum", "2026-05-01", "--u1", "2,1", "--u2", "0.43", "--uv-jahr", "90", "--json"]);
    expect(r.exitCode).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.brutto).toBe("2500.00");
    expect(j.anteile).toMatchObject({ kv: "182.50", kvZusatz: "36.25", pv: "45.00", rv: "232.50", av: "32.50", u1: "52.50", u2: "10.75", uv: "7.50", inso: "0.00" });
    expect(j.gesamt).toBe("3099.50");
  });

  test("SV-free surcharges on top, Sachsen", async () => {
    const r = await execute(["arbeitgeberkosten", "--brutto", "2500", "--art", "sv-pflichtig", "--datum", "2026-05-01", "--zuschlaege-sv-frei", "200", "--sachsen", "--json"]);
    const j = JSON.parse(r.stdout);
    expect(j.anteile.pv).toBe("32.50");
    expect(j.gesamt).toBe("3216.25"); // 2,500 + 200 + 182.50 + 36.25 + 32.50 + 232.50 + 32.50; no U1/U2/UV given
  });

  test.each([
    [["--brutto", "abc", "--art", "minijob-privat", "--datum", "2026-01-01"], /--brutto: „abc“ ist keine gültige Zahl/],
    [["--brutto", "1.23,4", "--art", "minijob-privat", "--datum", "2026-01-01"], /--brutto: „1\.23,4“/],
    [["--brutto", "500", "--art", "minijob", "--datum", "2026-01-01"], /--art: „minijob“ ist unbekannt – erlaubt: minijob-privat/],
    [["--brutto", "500", "--art", "minijob-privat", "--datum", "31.02.2026"], /--datum: „31\.02\.2026“ ist kein gültiges Datum/],
    [["--brutto", "500", "--art", "uebergangsbereich", "--datum", "2040-01-01"], /Für 2040 gibt es keine Rechengrößen/],
    [["--brutto", "500", "--art", "minijob-privat"], /--datum: Das Datum fehlt/],
    [["--brutto", "500", "--art", "minijob-privat", "--datum", "2026-01-01", "--foo"], /--foo: Unbekannte Option/],
  ])("bad input %#: exit 2 with a German message", async (args, message) => {
    const r = await execute(["arbeitgeberkosten", ...args]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  test("unknown command and help", async () => {
    expect((await execute(["rechne"])).exitCode).toBe(2);
    expect((await execute(["--help"])).stdout).toMatch(/budget kostenplan/);
  });
});

describe("budget arbeitgeberkosten --zuschlag", () => {
  test("surcharges by class on the --stundenlohn: free and liable parts in the JSON, the liable part in the contributions", async () => {
    const r = await execute(["arbeitgeberkosten", "--brutto", "2.400", "--art", "sv-pflichtig", "--datum", "2026-03-01", "--stundenlohn", "30", "--zuschlag", "nacht:10", "--zuschlag", "sonntag:8:60", "--json"]);
    expect(r.exitCode).toBe(0);
    const j = JSON.parse(r.stdout);
    // night 10 h × 30 € × 25 % = 75,00 (free 62,50 on 25 €); Sunday 8 h × 30 € × 60 % = 144,00 (tax-free 120,00, free 100,00)
    expect(j.zuschlaege.map((z: Record<string, string>) => [z.art, z.betrag, z.steuerfrei, z.svFrei, z.svPflichtig])).toEqual([
      ["nacht", "75.00", "75.00", "62.50", "12.50"],
      ["sonntag", "144.00", "120.00", "100.00", "44.00"],
    ]);
    expect([j.zuschlaegeSvFrei, j.zuschlaegeSvPflichtig]).toEqual(["162.50", "56.50"]);
    expect(j.anteile.rv).toBe("228.45"); // 9,3 % of 2.456,50
    const text = await execute(["arbeitgeberkosten", "--brutto", "2400", "--art", "sv-pflichtig", "--datum", "2026-03-01", "--stundenlohn", "30", "--zuschlag", "nacht:10"]);
    expect(text.stdout).toMatch(/Zuschlag Nachtarbeit \(20–6 Uhr\) +75,00 €\n +10 h × 25 %: beitragsfrei 62,50 €, beitragspflichtig 12,50 €/);
  });
  test("without the hourly wage, or with an unknown class: a German input error", async () => {
    expect((await execute(["arbeitgeberkosten", "--brutto", "2400", "--art", "sv-pflichtig", "--datum", "2026-03-01", "--zuschlag", "nacht:10"])).stderr).toMatch(/bitte --stundenlohn angeben/);
    const r = await execute(["arbeitgeberkosten", "--brutto", "2400", "--art", "sv-pflichtig", "--datum", "2026-03-01", "--stundenlohn", "15", "--zuschlag", "tag:10"]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/„tag:10“ – erwartet Art:Stunden\[:Prozent\]/);
  });
});
