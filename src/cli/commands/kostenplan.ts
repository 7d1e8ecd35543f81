/**
 * `budget kostenplan <plan.json|datei.xlsx> [--json] [--rechengroessen datei.json]`: evaluates a Leistungs- und
 * Kostenplan, from a kostenplan/1 JSON file or from a workbook of the template. A workbook is read by the one
 * reader `budget pruefen` uses (workbook/xlsx-read.ts, grid-read.ts, evaluateWorkbookPlan), so its messages and
 * findings name sheet and cell; a workbook without plan positions is „noch nicht ausgefüllt“ (exit 0, as in pruefen).
 */
import { basename, extname } from "node:path";
import { counts, evaluatePlan, type Befund, fmtDe, fmtEuro, germanDate, germanMonth, parsePlan, planMonthText, planResultJson, type PlanResult } from "../../engine";
import { VOKABULAR } from "../../engine/vocabulary";
import { InputError } from "../../engine/errors";
import { option } from "../args";
import { EXIT_HINWEIS, parseCommandArgs, usageOf, type CommandHelp } from "../help";
import { readJsonFile } from "../io";
import { planWithOverrides, readOverridesFile, reportWithOverrides, RECHENGROESSEN_OPTION } from "../overrides";
import type { CommandResult } from "../main";
import { pflegeZeilen } from "../pflege";
import { readWorkbook } from "../../workbook/xlsx-read";
import { evaluateWorkbookPlan, withCell } from "../../workbook/evaluate";
import { NICHT_AUSGEFUELLT } from "./pruefen";

export const hilfe: CommandHelp = {
  name: "kostenplan",
  argumente: "<plan.json|datei.xlsx>",
  kurz: "Leistungs- und Kostenplan auswerten: Monatsbudget, Auszahlung, Obergrenze",
  beschreibung: [
    "Rechnet einen Leistungs- und Kostenplan (JSON-Datei im Format „kostenplan/1“, Beispiel: samples/kostenplan-2026.json)",
    "aus: jede Position je Monat und im Bewilligungszeitraum, Summe, Monatsbudget, Auszahlung, Budget je Stunde, Obergrenze",
    "und Teilbudgets je Träger. Dazu die Monate, in denen sich der Bedarf ändert (mit Grund), und bei einer anderen",
    "Zahlweise als monatlich die Zahlungen mit ihren Fälligkeiten. Am Ende stehen die Befunde.",
    "Eine Arbeitsmappe der Vorlage (.xlsx, .xlsm) wird wie bei „budget pruefen“ gelesen: Meldungen und Befunde nennen Blatt",
    `und Zelle. Hat ihr Kostenplan noch keine Positionen, ist sie „${NICHT_AUSGEFUELLT}“ (nicht ausgewertet, Exit-Code 0).`,
  ],
  optionen: [
    {
      name: "json",
      text: [
        "Ergebnis als JSON statt als Text (Beträge als Dezimalzahlen mit Punkt, z. B. \"691.15\"); eine leere Vorlage als",
        "Objekt mit „datei“ und „nichtAusgefuellt“ (mit dem Grund).",
      ],
    },
    RECHENGROESSEN_OPTION,
  ],
  hinweise: [EXIT_HINWEIS],
  beispiele: ["budget kostenplan samples/kostenplan-2026.json", "budget kostenplan fall-12.xlsx", "budget kostenplan plan.json --json --rechengroessen rechengroessen-2027.json"],
};

export const usage = usageOf(hilfe);

const WORKBOOK_EXTENSIONS = [".xlsx", ".xlsm"];

export async function run(argv: string[]): Promise<CommandResult> {
  const a = parseCommandArgs(argv, hilfe);
  if (a.positional.length !== 1) throw new InputError(`Bitte genau eine Plandatei angeben: ${usage}`, "datei");
  const file = option(a, "rechengroessen");
  const overrides = file ? readOverridesFile(file) : {};
  const datei = a.positional[0];
  let result: PlanResult;
  if (WORKBOOK_EXTENSIONS.includes(extname(datei).toLowerCase())) {
    const read = await readWorkbook(datei);
    const outcome = evaluateWorkbookPlan({ ...read, json: reportWithOverrides(read.json, overrides) });
    const name = basename(datei);
    const withName = (msg: string) => (msg.includes(name) ? msg : `${name}: ${msg}`);
    if (!outcome.ok && outcome.leer) {
      if (a.options.has("json")) return { stdout: JSON.stringify({ datei, nichtAusgefuellt: withName(outcome.message) }, null, 2), exitCode: 0 };
      return { stdout: `${datei}: ${NICHT_AUSGEFUELLT}, nicht ausgewertet – ${outcome.message}`, exitCode: 0 };
    }
    if (!outcome.ok) throw new InputError(withName(outcome.message), outcome.feld ?? datei, outcome.fehlend ? "fehlend" : "ungueltig");
    result = { ...outcome.result, befunde: outcome.result.befunde.map((b) => withCell(read, b, true)) };
  } else result = evaluatePlan(parsePlan(planWithOverrides(readJsonFile(datei), overrides)));
  const exitCode = counts(result.befunde).fehler > 0 ? 1 : 0;
  if (a.options.has("json")) return { stdout: JSON.stringify(planResultJson(result), null, 2), exitCode };
  return { stdout: summary(result), exitCode };
}

export function summary(r: PlanResult): string {
  const L: string[] = [];
  const money = (x: Parameters<typeof fmtEuro>[0]) => fmtEuro(x).padStart(15);
  L.push(`Leistungs- und Kostenplan über ${r.monate} Monate${r.fall?.aktenzeichen ? `, Aktenzeichen ${r.fall.aktenzeichen}` : ""}`);
  L.push("");
  L.push(`${"Position".padEnd(38)}${"je Monat".padStart(15)}${"im Zeitraum".padStart(15)}`);
  const beantragt = new Map((r.beantragt?.positionen ?? []).map((b) => [b.zeile, b]));
  for (const p of r.positionen) {
    L.push(`${p.position.bezeichnung.slice(0, 37).padEnd(38)}${money(p.monatsbetrag)}${money(p.zeitraumbetrag)}`);
    const b = !p.automatisch ? beantragt.get(p.position.zeile) : undefined;
    if (b) L.push(`${"  beantragt".padEnd(38)}${money(b.monatsbetrag)}${money(b.zeitraumbetrag)}`);
  }
  L.push("");
  // with an agreed amount the „ungerundet“ figures are the calculated need, shown on their own line
  const rounded = !r.bedarf && !r.summeZeitraum.eq(r.summeZeitraumUngerundet);
  L.push(`Summe im Zeitraum:  ${fmtEuro(r.summeZeitraum)}${rounded ? ` (ungerundet ${fmtEuro(r.summeZeitraumUngerundet)})` : ""}`);
  const mRounded = !r.bedarf && !r.monatsbudget.eq(r.monatsbudgetUngerundet);
  L.push(`Monatsbudget:       ${fmtEuro(r.monatsbudget)}${mRounded ? ` (ungerundet ${fmtEuro(r.monatsbudgetUngerundet)})` : ""}`);
  if (r.bedarf) L.push(`Berechnet:          ${fmtEuro(r.bedarf.monatsbudget)} im Monat, ${fmtEuro(r.bedarf.summeZeitraum)} im Zeitraum (das Budget ist der vereinbarte Betrag)`);
  if (r.beantragt) L.push(`Beantragt:          ${fmtEuro(r.beantragt.monatsbudget)} im Monat, ${fmtEuro(r.beantragt.summeZeitraum)} im Zeitraum`);
  if (!r.eigenanteilMonat.isZero()) L.push(`Eigenanteil:        ${fmtEuro(r.eigenanteilMonat)} im Monat`);
  L.push(`Auszahlung:         ${fmtEuro(r.auszahlung)} im Monat, ${fmtEuro(r.auszahlungZeitraum)} im Zeitraum`);
  if (r.stundensatz) L.push(`Budget je Stunde:   ${fmtEuro(r.stundensatz.betrag)} (bei ${fmtDe(r.stundensatz.stundenMonat)} Stunden im Monat)`);
  if (r.obergrenze) {
    const d = r.obergrenze.differenz;
    L.push(`Obergrenze:         ${fmtEuro(r.obergrenze.obergrenzeMonat)} – ${d.isNegative() ? `überschritten um ${fmtEuro(d.neg())}` : `noch ${fmtEuro(d)} Spielraum`}`);
  }
  if (r.teilbudgets.length) {
    L.push("");
    L.push("Teilbudgets je Monat:");
    for (const t of r.teilbudgets) {
      const og = t.obergrenzeMonat ? ` (Obergrenze ${fmtEuro(t.obergrenzeMonat)}, ${t.differenz!.isNegative() ? "überschritten" : "eingehalten"})` : "";
      L.push(`  ${t.name.padEnd(30)}${money(t.monatsbetrag)}${og}`);
    }
  }
  if (r.pflege) L.push("", ...pflegeZeilen(r.pflege));
  const changes = r.monatsplan.some((m) => !m.betrag.eq(r.monatsplan[0].betrag));
  if (changes) {
    L.push("");
    L.push("Monatsplan:");
    for (const m of r.monatsplan) L.push(`  ${germanMonth(m.monat)}  ${money(m.betrag)}`);
  }
  if (r.wechsel.length) {
    L.push("");
    L.push("Änderungen im Zeitraum:");
    for (const w of r.wechsel) {
      L.push(`  ab ${planMonthText(w.ab)}: Bedarf ${fmtEuro(w.vorher)} → ${fmtEuro(w.nachher)} im Monat`);
      for (const p of w.positionen) L.push(`    ${p.bezeichnung}: ${fmtEuro(p.vorher)} → ${fmtEuro(p.nachher)}${p.grund ? ` (${p.grund})` : ""}`);
    }
  }
  if (r.zahlweise !== "monatlich") {
    L.push("");
    L.push(`Zahlungen (${VOKABULAR.zahlweise.labels[r.zahlweise]} im Voraus), zusammen ${fmtEuro(r.summeZahlungen)}:`);
    for (const z of r.zahlungsplan) {
      const fuer = z.monate === 1 ? germanMonth(z.von) : `${germanMonth(z.von)} – ${germanMonth(z.bis)}`;
      L.push(`  ${germanDate(z.faellig)}  ${money(z.betrag)}  für ${fuer}`);
    }
  }
  if (r.befunde.length) {
    L.push("");
    L.push("Befunde:");
    for (const b of r.befunde) L.push(`  ${b.schwere.toUpperCase()}${zelle(b)}: ${b.text}${b.begruendung ? ` (begründet: ${b.begruendung}; zählt nicht)` : ""}`);
  }
  return L.join("\n");
}

/** „ [Kostenplan!F5]“ for a finding that names its cell (a workbook), else nothing. */
function zelle(b: Befund): string {
  return b.ort?.blatt && b.ort.zelle ? ` [${b.ort.blatt}!${b.ort.zelle}]` : "";
}
