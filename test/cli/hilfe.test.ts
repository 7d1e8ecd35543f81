/** The CLI explains itself: help for every command, hints that name the options, values instead of placeholders. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { COMMANDS, execute } from "../../src/cli/main";
import { helpOf, usageOf } from "../../src/cli/help";
import { optionName } from "../../src/cli/commands/arbeitgeberkosten";
import { BESCHAEFTIGUNG_LABELS, RESTE_REGEL_LABELS, ZUSCHLAG_LABELS, type Befund } from "../../src/engine";

const NAMES = Object.keys(COMMANDS);

/** The options a command accepts, as its own error message for an unknown option lists them. */
async function accepted(name: string): Promise<string[]> {
  const r = await execute([name, "--gibt-es-nicht"]);
  expect(r.exitCode).toBe(2);
  const list = /erlaubt: (.*)\.$/.exec(r.stderr!)![1];
  return list === "keine" ? [] : list.split(", ");
}

describe("budget <befehl> --help", () => {
  test("budget --help, -h and help list every command with its call; exit 0", async () => {
    for (const argv of [["--help"], ["-h"], ["help"], ["hilfe"]]) {
      const r = await execute(argv);
      expect(r.exitCode).toBe(0);
      for (const c of Object.values(COMMANDS)) {
        expect(r.stdout).toContain(`  ${c.hilfe.name}`);
        expect(r.stdout).toContain(c.hilfe.kurz);
        for (const line of usageOf(c.hilfe).split("\n")) expect(r.stdout).toContain(line);
      }
      expect(r.stdout).toContain("budget <befehl> --help");
    }
  });

  test.each(NAMES)("%s: --help, -h, help <befehl> and hilfe <befehl> print the same German help, exit 0", async (name) => {
    const outs = await Promise.all([[name, "--help"], [name, "-h"], ["help", name], ["hilfe", name], [name, "--json", "--help"]].map((argv) => execute(argv)));
    for (const r of outs) {
      expect(r.exitCode).toBe(0);
      expect(r.stderr).toBeUndefined();
      expect(r.stdout).toBe(outs[0].stdout);
    }
    const text = outs[0].stdout;
    expect(text.startsWith(`budget ${name} – `)).toBe(true);
    expect(text).toMatch(/\nAufruf:\n/);
    expect(text).toMatch(/\nBeispiele?:\n {2}budget /);
    expect(text).toContain(COMMANDS[name].hilfe.beschreibung[0]);
  });

  test.each(NAMES)("%s: the usage, the help and the parser come from one description", async (name) => {
    const { hilfe } = COMMANDS[name];
    const mod = await import(`../../src/cli/commands/${name}`);
    expect(mod.usage).toBe(usageOf(hilfe));
    const help = helpOf(hilfe);
    for (const line of mod.usage.split("\n")) expect(help).toContain(`  ${line}\n`);
    const options = await accepted(name);
    expect(options.sort()).toEqual(hilfe.optionen.map((o) => `--${o.name}`).sort());
    for (const o of options) {
      expect(mod.usage).toContain(o);
      expect(help).toMatch(new RegExp(`\\n  ${o}\\b`));
    }
  });

  test("allowed values with their German meaning, formats as people type them", async () => {
    const ak = (await execute(["arbeitgeberkosten", "--help"])).stdout;
    for (const [code, label] of Object.entries(BESCHAEFTIGUNG_LABELS)) expect(ak).toMatch(new RegExp(`\\n +${code} +${escape(label)}\\n`));
    for (const [code, label] of Object.entries(ZUSCHLAG_LABELS)) expect(ak).toMatch(new RegExp(`\\n +${code} +${escape(label)}\\n`));
    for (const typed of ["„1.500“", "„13,90“", "„2,9 %“", "„01.02.2026“"]) expect(ak).toContain(typed);
    expect(ak).toMatch(/\n +kvZusatzDurchschnitt +durchschnittlicher Zusatzbeitrag/);
    const pr = (await execute(["pruefen", "--help"])).stdout;
    for (const [code, label] of Object.entries(RESTE_REGEL_LABELS)) expect(pr).toMatch(new RegExp(`\\n +${code} +${escape(label)}\\n`));
    expect(pr).toContain("noch nicht ausgefüllt");
  });

  test("the examples of budget arbeitgeberkosten --help run as shown", async () => {
    const help = (await execute(["arbeitgeberkosten", "--help"])).stdout;
    const examples = help.slice(help.indexOf("\nBeispiele:\n")).split("\n").filter((l) => l.startsWith("  budget arbeitgeberkosten --"));
    expect(examples.length).toBeGreaterThan(1);
    for (const e of examples) {
      const r = await execute(e.trim().split(/\s+/).slice(1));
      expect([e, r.exitCode, r.stderr]).toEqual([e, 0, undefined]);
    }
  });

  test("help for an unknown command is an unknown command (exit 2); a missing file names the usage", async () => {
    const r = await execute(["help", "rechne"]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/^Unbekannter Befehl „rechne“/);
    expect((await execute(["constructor"])).exitCode).toBe(2);
    expect((await execute(["kostenplan"])).stderr).toContain(usageOf(COMMANDS.kostenplan.hilfe));
    expect((await execute(["vorlage"])).stderr).toContain(usageOf(COMMANDS.vorlage.hilfe));
  });
});

describe("budget arbeitgeberkosten: every hint names options, not JSON keys", () => {
  const base = ["arbeitgeberkosten", "--datum", "01.03.2026"];
  const findings = async (...args: string[]): Promise<Befund[]> => {
    const r = await execute([...base, ...args, "--json"]);
    expect(r.exitCode).toBe(0);
    return JSON.parse(r.stdout).befunde;
  };
  // the engine's keys of these inputs, once the options (--brutto, --uv-jahr) are taken out
  const JSON_KEYS = /\b(brutto|u1Prozent|u2Prozent|uvJahr|arbeitgeberanteilProzent|zusatzbeitragProzent|grundlohn|datum|einstellungen|rechengroessen)\b/;
  const withoutOptions = (text: string) => text.replace(/--[\w-]+/g, "");

  test("Umlagen, Unfallkasse and pay: --u1, --u2, --uv-jahr, --brutto", async () => {
    const midi = await findings("--brutto", "2.100", "--art", "uebergangsbereich");
    expect(midi.map((b) => b.text)).toEqual(
      expect.arrayContaining([
        "--u1, --u2: Umlagesätze U1/U2 der Krankenkasse fehlen – mit 0 gerechnet. Tragen Sie --u1 und --u2 ein.",
        "--uv-jahr: Beitrag zur Unfallkasse fehlt – mit 0 gerechnet. Tragen Sie --uv-jahr (EUR je Jahr und Beschäftigten) ein.",
        expect.stringMatching(/^--brutto: 2\.100,00 € im Monat liegen außerhalb des Übergangsbereichs 2026/),
      ]),
    );
    const mini = await findings("--brutto", "700", "--art", "minijob-gewerblich");
    expect(mini.map((b) => b.text)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^--uv-jahr: Beitrag zur Berufsgenossenschaft fehlt.*Tragen Sie --uv-jahr/), expect.stringMatching(/^--brutto: 700,00 € im Monat liegen über der Minijob-Grenze/)]),
    );
    const sv = await findings("--brutto", "500", "--art", "sv-pflichtig", "--u1", "1", "--u2", "0,3", "--uv-jahr", "90", "--stundenlohn", "10");
    expect(sv.map((b) => b.text)).toEqual([expect.stringMatching(/^--brutto: 500,00 € im Monat liegen unter der Minijob-Grenze/), expect.stringMatching(/^--stundenlohn: 10,00 € je Stunde liegt unter dem Mindestlohn/)]);
    const later = await execute(["arbeitgeberkosten", "--datum", "01.03.2028", "--brutto", "2.500", "--art", "sv-pflichtig", "--json"]);
    const provisional = (JSON.parse(later.stdout).befunde as Befund[]).find((b) => b.regel === "rechengroessen-vorlaeufig")!;
    expect(provisional.ort).toEqual({ feld: "--rechengroesse" });
    for (const b of [...midi, ...mini, ...sv, provisional]) expect(withoutOptions(b.text)).not.toMatch(JSON_KEYS);
  });

  test.each([
    [["--datum", "01.03.2023", "--brutto", "500", "--art", "minijob-privat"], /^Fehler: --datum: Für 2023 gibt es keine Rechengrößen .* mit --rechengroessen datei\.json angeben/],
    [["--datum", "01.03.2023", "--brutto", "500", "--art", "minijob-privat", "--rechengroesse", "rv=18,6"], /^Fehler: --datum: Für 2023 fehlt die Rechengröße „Minijob im Privathaushalt: Pauschalbeitrag Krankenversicherung \(%\)“ – bitte mit --rechengroesse minijobHaushaltKv=<Wert> angeben/],
    [["--datum", "01.03.2026", "--brutto", "500", "--art", "pauschal"], /^Fehler: --arbeitgeberanteil: Für --art pauschal fehlt .* \(z\. B\. --arbeitgeberanteil 22,5\)/],
    [["--datum", "01.03.2026", "--brutto", "500", "--art", "sv-pflichtig", "--stundenlohn", "15", "--zuschlag", "nacht:viel"], /^Fehler: --zuschlag nacht: „viel“ ist keine gültige Zahl/],
    [["--datum", "01.03.2026", "--brutto", "500", "--art", "sv-pflichtig", "--stundenlohn", "15", "--zuschlag", "nacht:4:-25"], /^Fehler: --zuschlag nacht: „-25“ darf nicht negativ sein/],
  ])("input error %#: names the option that sets it", async (args, message) => {
    const r = await execute(["arbeitgeberkosten", ...args]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(withoutOptions(r.stderr!)).not.toMatch(JSON_KEYS);
    expect(r.stderr).not.toContain("zuschlag-prozent");
  });

  test("every engine input with an option is named by it; a plan still names its own keys", async () => {
    expect([optionName("u1Prozent"), optionName("u2Prozent"), optionName("uvJahr"), optionName("brutto"), optionName("grundlohn")]).toEqual(["--u1", "--u2", "--uv-jahr", "--brutto", "--stundenlohn"]);
    const dir = mkdtempSync(join(tmpdir(), "budget-hilfe-"));
    const plan = join(dir, "plan.json");
    const position = { bezeichnung: "Assistenz", art: "arbeitgeber", beschaeftigung: "uebergangsbereich", menge: "100", einheit: "stunde", je: "monat", preis: "15" };
    writeFileSync(plan, JSON.stringify({ format: "kostenplan/1", zeitraum: { beginn: "2026-01-01", ende: "2026-12-31" }, positionen: [position] }));
    const texts = (JSON.parse((await execute(["kostenplan", plan, "--json"])).stdout).befunde as Befund[]).map((b) => b.text);
    expect(texts).toContain("Position 1 (Assistenz): Umlagesätze U1/U2 der Krankenkasse fehlen – mit 0 gerechnet. Tragen Sie u1Prozent und u2Prozent ein.");
  });
});

describe("messages show the value, not a placeholder", () => {
  const long = "x".repeat(200);
  test.each([
    [["pruefen", "samples/verwendungsnachweis-2026-h1.json", "--regel-reste", long]],
    [["arbeitgeberkosten", "--brutto", "500", "--art", "sv-pflichtig", "--datum", "01.03.2026", "--stundenlohn", "15", "--zuschlag", long]],
    [["arbeitgeberkosten", "--brutto", long, "--art", "sv-pflichtig", "--datum", "01.03.2026"]],
    [[long]],
  ])("a long value is shown shortened with its length %#", async (argv) => {
    const r = await execute(argv.map((a) => (a.startsWith("samples/") ? join(__dirname, "../..", a) : a)));
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/„x{40}“ \(gekürzt, 200 Zeichen\)/);
  });

  test("no output of the CLI stands in „…“ for a value", async () => {
    const dir = mkdtempSync(join(tmpdir(), "budget-platzhalter-"));
    writeFileSync(join(dir, "leer.json"), "");
    const runs = [
      ["pruefen", join(dir, "leer.json")],
      ["pruefen", join(dir, "leer.json"), "--csv"],
      ["pruefen", join(dir, "leer.json"), "--json"],
      ["arbeitgeberkosten", "--brutto", "700", "--art", "minijob-gewerblich", "--datum", "01.03.2028"],
      ["arbeitgeberkosten", "--brutto", "500", "--art", "minijob-privat", "--datum", "01.03.2023"],
      ["arbeitgeberkosten", "--brutto", "500", "--art", "minijob-privat", "--datum", "01.03.2023", "--rechengroesse", "rv=18,6"],
      ["kostenplan"],
      ["pruefen"],
    ];
    for (const argv of runs) {
      const r = await execute(argv);
      expect([argv, r.stdout, r.stderr ?? ""].join("\n")).not.toContain("…");
    }
    // an unreadable file's line says why, instead of pointing elsewhere
    const text = await execute(["pruefen", join(dir, "leer.json")]);
    expect(text.stdout).toBe(`${join(dir, "leer.json")}: nicht geprüft, unlesbar – Die Datei ist leer.`);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
