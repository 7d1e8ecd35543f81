/** `budget arbeitgeberkosten`: employer cost of one employee in one month. */
import {
  BESCHAEFTIGUNGSARTEN,
  ANTEIL_KEYS,
  ANTEIL_LABELS,
  BESCHAEFTIGUNG_LABELS,
  einmalzahlungMonat,
  employerCostWith,
  fmtDe,
  FIGURE_KEYS,
  FIGURE_LABELS,
  PFLEGE_FIGURE_KEYS,
  ZUSCHLAG_ARTEN,
  ZUSCHLAG_LABELS,
  type Dec,
  type ZuschlagArt,
  type ZuschlagStunden,
  employerCostJson,
  figuresUsed,
  fmtEuro,
  mindestlohnCheck,
  parseDate,
  parseEnum,
  parseTypedDecimal,
  showValue,
} from "../../engine";
import { InputError } from "../../engine/errors";
import { choiceOf, type Einheit } from "../../engine/values";
import { VOKABULAR } from "../../engine/vocabulary";
import type { InputKey, NamedCostInput } from "../../engine/employer-cost/common";
import { option, options } from "../args";
import { parseCommandArgs, usageOf, ZAHLEN_HINWEIS, type CommandHelp, type OptionHelp } from "../help";
import { figureHint, mergeOverrides, optionFigures, parseFigureOptions, readOverridesFile, RECHENGROESSEN_OPTION, requireOptionFigures } from "../overrides";
import { FigureNotes } from "../../engine/legal/figure-notes";
import type { CommandResult } from "../main";

/** An option that gives an input of the engine: `feld` is how the engine's messages name it (as this option). */
type InputOption = OptionHelp & { feld?: InputKey; einheit?: Einheit };

const OPTIONEN: InputOption[] = [
  { name: "brutto", wert: "<EUR/Monat>", pflicht: true, feld: "brutto", text: ["laufender Bruttolohn im Monat (beitragspflichtig), z. B. „1.500“ oder „603,00“"] },
  {
    name: "art",
    wert: "<Art>",
    pflicht: true,
    feld: "art",
    text: ["Beschäftigungsart:"],
    werte: BESCHAEFTIGUNGSARTEN.map((a) => [a, BESCHAEFTIGUNG_LABELS[a]] as const),
  },
  { name: "datum", wert: "<Datum>", pflicht: true, text: ["ein Tag des Monats, z. B. „01.02.2026“ oder „2026-02-01“: bestimmt die Rechengrößen des Jahres"] },
  {
    name: "zusatzbeitrag",
    wert: "%",
    einheit: "prozent",
    feld: "zusatzbeitragProzent",
    text: ["voller Zusatzbeitrag der Krankenkasse in Prozent, z. B. „2,9 %“ (sonst der Durchschnitt des Jahres)"],
  },
  {
    name: "u1",
    wert: "%",
    einheit: "prozent",
    feld: "u1Prozent",
    text: ["Umlage U1 (Krankheit) der Krankenkasse in Prozent, z. B. „1,1“ (Minijob: sonst der Satz der Minijob-Zentrale,", "sonst 0 mit Hinweis)"],
  },
  { name: "u2", wert: "%", einheit: "prozent", feld: "u2Prozent", text: ["Umlage U2 (Mutterschaft) der Krankenkasse in Prozent, z. B. „0,24“ (wie --u1)"] },
  {
    name: "uv-jahr",
    wert: "EUR",
    feld: "uvJahr",
    text: ["Beitrag zur Unfallkasse oder Berufsgenossenschaft je Jahr und Beschäftigten, z. B. „90“ (ein Zwölftel je Monat;", "im Minijob im Privathaushalt ist die Unfallversicherung in den Pauschalen enthalten)"],
  },
  {
    name: "zuschlaege-sv-frei",
    wert: "EUR",
    feld: "zuschlaegeSvFrei",
    text: ["beitragsfreie Zuschläge im Monat als ein Betrag, z. B. „120,50“ (Kosten, aber keine Beitragsgrundlage)"],
  },
  {
    name: "einmalzahlung-jahr",
    wert: "EUR",
    feld: "einmalzahlungMonat",
    text: ["Einmalzahlungen im Jahr, z. B. Weihnachtsgeld „1.200“: ein Zwölftel je Monat, mit Beiträgen, ohne Umlagen U1/U2"],
  },
  {
    name: "stundenlohn",
    wert: "EUR",
    feld: "grundlohn",
    text: ["Stundenlohn, z. B. „13,90“: prüft den Mindestlohn und ist die Grundlage der Zuschläge von --zuschlag"],
  },
  {
    name: "zuschlag",
    wert: "Art:Stunden[:Prozent]",
    mehrfach: true,
    feld: "zuschlagStunden",
    text: [
      "Stunden im Monat in einer Zuschlagsart, auf den --stundenlohn gerechnet; Prozent nur, wenn vom Satz nach § 3b EStG",
      "abweichend vereinbart, z. B. --zuschlag nacht:40 --zuschlag sonntag:16:60. Arten:",
    ],
    werte: ZUSCHLAG_ARTEN.map((z) => [z, ZUSCHLAG_LABELS[z]] as const),
  },
  {
    name: "arbeitgeberanteil",
    wert: "%",
    einheit: "prozent",
    feld: "arbeitgeberanteilProzent",
    text: ["nur bei --art pauschal, dort Pflicht: der mit dem Träger vereinbarte Arbeitgeberanteil in Prozent, z. B. „22,5 %“"],
  },
  { name: "sachsen", feld: "sachsen", text: ["Arbeitsort in Sachsen: der geringere Arbeitgeberanteil der Pflegeversicherung"] },
  { name: "ost", feld: "ost", text: ["Arbeitsort im Beitrittsgebiet: Beitragsbemessungsgrenze Ost der Renten- und Arbeitslosenversicherung (bis 2024)"] },
  { name: "rv-befreit", feld: "rvBefreit", text: ["Minijob: von der Rentenversicherungspflicht befreit (keine Aufstockung vom Lohn)"] },
  { name: "kv-privat", feld: "kvPrivat", text: ["Minijob: nicht gesetzlich krankenversichert, also kein Pauschalbeitrag zur Krankenversicherung"] },
  {
    name: "hauptbeschaeftigung",
    feld: "hauptbeschaeftigung",
    text: ["Minijob neben einer versicherungspflichtigen Hauptbeschäftigung: ohne die Mindestbemessungsgrundlage von 175 €", "in der Rentenversicherung"],
  },
  { name: "pauschsteuer-arbeitnehmer", feld: "pauschsteuerArbeitgeber", text: ["Minijob: die Pauschsteuer von 2 % trägt der Beschäftigte (sonst der Arbeitgeber)"] },
  { name: "gewerblich", feld: "privathaushalt", text: ["Arbeitgeber ist kein Privathaushalt: Insolvenzgeldumlage auch im Übergangsbereich und bei sv-pflichtig"] },
  { name: "privathaushalt", text: ["Arbeitgeber ist ein Privathaushalt: keine Insolvenzgeldumlage, auch bei minijob-gewerblich"] },
  RECHENGROESSEN_OPTION,
  {
    name: "rechengroesse",
    wert: "Name=Wert",
    mehrfach: true,
    text: ["ein noch nicht veröffentlichter Wert im Jahr von --datum, z. B. --rechengroesse kvZusatzDurchschnitt=2,9. Namen:"],
    // the Pflegeversicherung's amounts are no part of an employer's cost
    werte: FIGURE_KEYS.filter((k) => !(PFLEGE_FIGURE_KEYS as readonly string[]).includes(k)).map((k) => [k, FIGURE_LABELS[k]] as const),
  },
  { name: "json", text: ["Ergebnis als JSON: jeder Posten (nicht fällige mit „0.00“), Beträge mit Punkt, dazu die Befunde"] },
];

export const hilfe: CommandHelp = {
  name: "arbeitgeberkosten",
  kurz: "Arbeitgeberkosten eines Beschäftigten in einem Monat",
  beschreibung: [
    "Rechnet aus, was ein Beschäftigter im Arbeitgebermodell in einem Monat kostet: Bruttolohn, Beiträge zur Kranken-,",
    "Pflege-, Renten- und Arbeitslosenversicherung, Umlagen U1/U2, Insolvenzgeldumlage, Unfallversicherung und",
    "Pauschsteuer, mit den Rechengrößen des Jahres von --datum. Darunter stehen Warnungen und Hinweise, z. B. wenn der",
    "Lohn nicht zur Beschäftigungsart passt, unter dem Mindestlohn liegt oder eine Rechengröße noch vorläufig ist.",
  ],
  optionen: OPTIONEN,
  hinweise: [...ZAHLEN_HINWEIS, "Exit-Codes: 0 gerechnet (auch mit Warnungen), 2 unlesbare Eingabe (mit einer Meldung, die die Option nennt)."],
  beispiele: [
    "budget arbeitgeberkosten --brutto 1.500 --art uebergangsbereich --datum 01.02.2026 --u1 1,1 --u2 0,24 --uv-jahr 90",
    "budget arbeitgeberkosten --brutto 603 --art minijob-privat --datum 2026-01-01 --stundenlohn 13,90",
    "budget arbeitgeberkosten --brutto 2.400 --art sv-pflichtig --datum 01.03.2026 --stundenlohn 15 --zuschlag nacht:40 --zuschlag sonntag:16:60",
  ],
};

export const usage = usageOf(hilfe);

/** How the engine's messages name its inputs here: as the options that give them. */
export function optionName(key: InputKey): string {
  const o = OPTIONEN.find((x) => x.feld === key);
  return o ? `--${o.name}` : key;
}

/** „nacht:40“ or „sonntag:16:60“: a class, its hours in the month, and an agreed rate that differs from § 3b. */
function parseZuschlag(text: string, typed: (label: string, v: string, einheit?: Einheit) => Dec): ZuschlagStunden {
  const [art, stunden, prozent, ...rest] = text.split(":");
  if (!(ZUSCHLAG_ARTEN as readonly string[]).includes(art) || stunden === undefined || rest.length) {
    throw new InputError(`--zuschlag: ${showValue(text)} – erwartet Art:Stunden[:Prozent], Art eine von ${ZUSCHLAG_ARTEN.join(", ")} (z. B. nacht:40).`, "--zuschlag");
  }
  const label = `--zuschlag ${art}`;
  return { art: art as ZuschlagArt, stunden: typed(label, stunden), ...(prozent !== undefined ? { prozent: typed(label, prozent, "prozent") } : {}) };
}

export function run(argv: string[]): CommandResult {
  const a = parseCommandArgs(argv, hilfe);
  // options are typed by people: "1.500" is fifteen hundred (the value rules of the engine)
  const typed = (label: string, v: string | undefined, einheit: Einheit = "euro") => {
    const d = parseTypedDecimal(v, label, einheit);
    if (d.isNegative()) throw new InputError(`${label}: ${showValue(v)} darf nicht negativ sein.`, label);
    return d;
  };
  const opt = (name: string) => {
    const v = option(a, name);
    return v === undefined ? undefined : typed(`--${name}`, v, OPTIONEN.find((o) => o.name === name)?.einheit);
  };
  // the German words of the template's dropdown are read too („Minijob im Privathaushalt“), as in the workbook
  const art = choiceOf(option(a, "art"), VOKABULAR.beschaeftigung) ?? parseEnum(option(a, "art"), "--art", BESCHAEFTIGUNGSARTEN);
  const datum = parseDate(option(a, "datum"), "--datum");
  const einmal = opt("einmalzahlung-jahr");
  const input: NamedCostInput = {
    art,
    brutto: typed("--brutto", option(a, "brutto")),
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
    names: optionName,
  };
  if (art === "pauschal" && input.arbeitgeberanteilProzent === undefined) {
    throw new InputError(`--arbeitgeberanteil: Für --art pauschal fehlt der mit dem Träger vereinbarte Arbeitgeberanteil in Prozent (z. B. --arbeitgeberanteil 22,5).`, "--arbeitgeberanteil");
  }
  const zuschlaege = options(a, "zuschlag").map((z) => parseZuschlag(z, typed));
  const stundenlohn = opt("stundenlohn");
  if (zuschlaege.length) {
    if (!stundenlohn) throw new InputError(`--zuschlag: Die Zuschläge werden auf den Stundenlohn gerechnet – bitte --stundenlohn angeben.`, "--stundenlohn");
    input.grundlohn = stundenlohn;
    input.zuschlagStunden = zuschlaege;
  }
  const file = option(a, "rechengroessen");
  const overrides = mergeOverrides(file ? readOverridesFile(file) : {}, parseFigureOptions(options(a, "rechengroesse"), datum.y));
  // a flat share needs no legal table, unless there are surcharges or a wage to check
  const figures = art === "pauschal" && !zuschlaege.length && !stundenlohn ? optionFigures(datum, overrides) : requireOptionFigures(datum, overrides);
  // messages about the pay name --brutto (the field of the engine's checks of the pay)
  const cost = employerCostWith(input, figures, "--brutto");
  const notes = new FigureNotes();
  if (figures && art !== "pauschal") notes.note(figuresUsed(input), figures);
  if (stundenlohn && figures) {
    const check = mindestlohnCheck({ stundenlohn }, datum, figures, "--stundenlohn");
    if (check.befund) cost.befunde.push(check.befund);
    notes.note(["mindestlohn"], figures);
  }
  cost.befunde.push(...notes.befunde((_year, key) => figureHint(key)).map((b) => ({ ...b, ort: { feld: "--rechengroesse" } })));
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
