/** `budget arbeitgeberkosten`: employer cost of one employee in one month. */
import {
  BESCHAEFTIGUNGSARTEN,
  ANTEIL_KEYS,
  ANTEIL_LABELS,
  BESCHAEFTIGUNG_LABELS,
  einmalzahlungMonat,
  employerCost,
  employerCostJson,
  figuresFor,
  figuresUsed,
  fmtEuro,
  mindestlohnCheck,
  parseDate,
  parseEnum,
  parseTypedDecimal,
  requireFigures,
  type EmployerCostInput,
} from "../../engine";
import { InputError } from "../../engine/errors";
import { option, options, parseArgs } from "../args";
import { mergeOverrides, parseFigureOptions, readOverridesFile } from "../overrides";
import { FigureNotes } from "../../engine/legal/figure-notes";
import type { CommandResult } from "../main";

export const usage =
  "budget arbeitgeberkosten --brutto <EUR/Monat> --art <Art> --datum <JJJJ-MM-TT> [--zusatzbeitrag %] [--u1 %] [--u2 %]\n" +
  "                         [--uv-jahr EUR] [--zuschlaege-sv-frei EUR] [--einmalzahlung-jahr EUR] [--stundenlohn EUR]\n" +
  "                         [--sachsen] [--rv-befreit] [--kv-privat] [--pauschsteuer-arbeitnehmer] [--gewerblich]\n" +
  "                         [--arbeitgeberanteil %] [--rechengroessen datei.json] [--rechengroesse Name=Wert]... [--json]\n" +
  "    --rechengroesse: ein noch nicht veröffentlichter Wert im Jahr von --datum, z. B. --rechengroesse kvZusatzDurchschnitt=2,9";

/** Options in percent points: "2,9 %" is allowed there. */
const PERCENT_OPTIONS = new Set(["zusatzbeitrag", "u1", "u2", "arbeitgeberanteil"]);

export function run(argv: string[]): CommandResult {
  const a = parseArgs(
    argv,
    ["json", "sachsen", "rv-befreit", "kv-privat", "pauschsteuer-arbeitnehmer", "gewerblich", "privathaushalt"],
    ["brutto", "art", "datum", "zusatzbeitrag", "u1", "u2", "uv-jahr", "zuschlaege-sv-frei", "einmalzahlung-jahr", "arbeitgeberanteil", "stundenlohn", "rechengroessen", "rechengroesse"],
  );
  // options are typed by people: "1.500" is fifteen hundred (the value rules of the engine)
  const typed = (name: string, v: string | undefined) => {
    const d = parseTypedDecimal(v, `--${name}`, PERCENT_OPTIONS.has(name) ? "prozent" : "euro");
    if (d.isNegative()) throw new InputError(`--${name}: ${d.toFixed()} darf nicht negativ sein.`, `--${name}`);
    return d;
  };
  const opt = (name: string) => {
    const v = option(a, name);
    return v === undefined ? undefined : typed(name, v);
  };
  const art = parseEnum(option(a, "art"), "--art", BESCHAEFTIGUNGSARTEN);
  const datum = parseDate(option(a, "datum"), "--datum");
  const einmal = opt("einmalzahlung-jahr");
  const input: EmployerCostInput = {
    art,
    brutto: typed("brutto", option(a, "brutto")),
    einmalzahlungMonat: einmal ? einmalzahlungMonat(einmal) : undefined,
    zuschlaegeSvFrei: opt("zuschlaege-sv-frei"),
    zusatzbeitragProzent: opt("zusatzbeitrag"),
    u1Prozent: opt("u1"),
    u2Prozent: opt("u2"),
    uvJahr: opt("uv-jahr"),
    arbeitgeberanteilProzent: opt("arbeitgeberanteil"),
    sachsen: a.options.has("sachsen"),
    rvBefreit: a.options.has("rv-befreit"),
    kvPrivat: a.options.has("kv-privat"),
    pauschsteuerArbeitgeber: !a.options.has("pauschsteuer-arbeitnehmer"),
    privathaushalt: a.options.has("gewerblich") ? false : a.options.has("privathaushalt") ? true : undefined,
  };
  const file = option(a, "rechengroessen");
  const overrides = mergeOverrides(file ? readOverridesFile(file) : {}, parseFigureOptions(options(a, "rechengroesse"), datum.y));
  const cost = employerCost(input, datum, overrides, "--datum");
  const notes = new FigureNotes();
  const figures = figuresFor(datum, overrides);
  if (figures && art !== "pauschal") notes.note(figuresUsed(input), figures);
  const stundenlohn = opt("stundenlohn");
  if (stundenlohn) {
    const f = requireFigures(datum, overrides, "--datum");
    const check = mindestlohnCheck({ stundenlohn }, datum, f, "--stundenlohn");
    if (check.befund) cost.befunde.push(check.befund);
    notes.note(["mindestlohn"], f);
  }
  cost.befunde.push(...notes.befunde((_year, key) => `mit --rechengroesse ${key}=<Wert> angeben (oder mit --rechengroessen für eine Datei mit allen Werten)`));
  if (a.options.has("json")) return { stdout: JSON.stringify(employerCostJson(cost), null, 2), exitCode: 0 };
  const lines = [
    `Arbeitgeberkosten je Monat – ${BESCHAEFTIGUNG_LABELS[art]}, ${String(datum.m).padStart(2, "0")}/${datum.y}`,
    `  Brutto (beitragspflichtig)        ${fmtEuro(cost.brutto).padStart(14)}`,
  ];
  if (!cost.einmalzahlung.isZero()) lines.push(`  Einmalzahlung (Monatsanteil)      ${fmtEuro(cost.einmalzahlung).padStart(14)}`);
  if (!cost.zuschlaegeSvFrei.isZero()) lines.push(`  beitragsfreie Zuschläge           ${fmtEuro(cost.zuschlaegeSvFrei).padStart(14)}`);
  for (const k of ANTEIL_KEYS) {
    if (!cost.anteile[k].isZero()) lines.push(`  ${ANTEIL_LABELS[k].padEnd(34)}${fmtEuro(cost.anteile[k]).padStart(14)}`);
  }
  lines.push(`  ${"Gesamt".padEnd(34)}${fmtEuro(cost.gesamt).padStart(14)}`);
  if (!cost.arbeitnehmer.rvAufstockung.isZero()) {
    lines.push(`  (vom Lohn einbehalten: RV-Aufstockung ${fmtEuro(cost.arbeitnehmer.rvAufstockung)} – keine Arbeitgeberkosten)`);
  }
  for (const b of cost.befunde) lines.push(`${b.schwere.toUpperCase()}: ${b.text}`);
  return { stdout: lines.join("\n"), exitCode: 0 };
}
