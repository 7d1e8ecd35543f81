/** `budget arbeitgeberkosten`: employer cost of one employee in one month. */
import {
  BESCHAEFTIGUNGSARTEN,
  ANTEIL_KEYS,
  ANTEIL_LABELS,
  BESCHAEFTIGUNG_LABELS,
  einmalzahlungMonat,
  employerCost,
  fmtDe,
  ZUSCHLAG_ARTEN,
  ZUSCHLAG_LABELS,
  type Dec,
  type ZuschlagArt,
  type ZuschlagStunden,
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
  "                         [--arbeitgeberanteil %] [--hauptbeschaeftigung] [--ost] [--zuschlag Art:Stunden[:Prozent]]...\n" +
  "                         [--rechengroessen datei.json] [--rechengroesse Name=Wert]... [--json]\n" +
  "    --zuschlag: Stunden im Monat je Zuschlagsart (nacht, nacht-0-4, sonntag, feiertag, feiertag-150) auf den --stundenlohn,\n" +
  "      Prozent nur, wenn vom Satz nach § 3b EStG abweichend vereinbart, z. B. --zuschlag nacht:40 --zuschlag sonntag:16:60\n" +
  "    --rechengroesse: ein noch nicht veröffentlichter Wert im Jahr von --datum, z. B. --rechengroesse kvZusatzDurchschnitt=2,9";

/** Options in percent points: "2,9 %" is allowed there. */
const PERCENT_OPTIONS = new Set(["zusatzbeitrag", "u1", "u2", "arbeitgeberanteil", "zuschlag-prozent"]);

/** „nacht:40“ or „sonntag:16:60“: a class, its hours in the month, and an agreed rate that differs from § 3b. */
function parseZuschlag(text: string, typed: (name: string, v: string) => Dec): ZuschlagStunden {
  const [art, stunden, prozent, ...rest] = text.split(":");
  if (!(ZUSCHLAG_ARTEN as readonly string[]).includes(art) || stunden === undefined || rest.length) {
    throw new InputError(`--zuschlag: „${text}“ – erwartet Art:Stunden[:Prozent], Art eine von ${ZUSCHLAG_ARTEN.join(", ")} (z. B. nacht:40).`, "--zuschlag");
  }
  return { art: art as ZuschlagArt, stunden: typed("zuschlag", stunden), ...(prozent !== undefined ? { prozent: typed("zuschlag-prozent", prozent) } : {}) };
}

export function run(argv: string[]): CommandResult {
  const a = parseArgs(
    argv,
    ["json", "sachsen", "rv-befreit", "kv-privat", "pauschsteuer-arbeitnehmer", "gewerblich", "privathaushalt", "hauptbeschaeftigung", "ost"],
    ["brutto", "art", "datum", "zusatzbeitrag", "u1", "u2", "uv-jahr", "zuschlaege-sv-frei", "einmalzahlung-jahr", "arbeitgeberanteil", "stundenlohn", "rechengroessen", "rechengroesse", "zuschlag"],
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
    hauptbeschaeftigung: a.options.has("hauptbeschaeftigung"),
    ost: a.options.has("ost"),
  };
  const zuschlaege = options(a, "zuschlag").map((z) => parseZuschlag(z, typed));
  if (zuschlaege.length) {
    const grundlohn = opt("stundenlohn");
    if (!grundlohn) throw new InputError(`--zuschlag: Die Zuschläge werden auf den Stundenlohn gerechnet – bitte --stundenlohn angeben.`, "--stundenlohn");
    input.grundlohn = grundlohn;
    input.zuschlagStunden = zuschlaege;
  }
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
  for (const z of cost.zuschlaege) {
    lines.push(`  Zuschlag ${ZUSCHLAG_LABELS[z.art]}`.padEnd(36) + fmtEuro(z.betrag).padStart(14));
    lines.push(`    ${fmtDe(z.stunden, z.stunden.isInteger() ? 0 : 2)} h × ${fmtDe(z.prozent, 0)} %: beitragsfrei ${fmtEuro(z.svFrei)}, beitragspflichtig ${fmtEuro(z.svPflichtig)}, steuerfrei ${fmtEuro(z.steuerfrei)}`);
  }
  if (!cost.zuschlaegeSvFrei.isZero()) lines.push(`  beitragsfreie Zuschläge           ${fmtEuro(cost.zuschlaegeSvFrei).padStart(14)}`);
  if (!cost.zuschlaegeSvPflichtig.isZero()) lines.push(`  beitragspflichtige Zuschläge      ${fmtEuro(cost.zuschlaegeSvPflichtig).padStart(14)}`);
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
