/** `budget kostenplan <plan.json> [--json] [--rechengroessen datei.json]`: evaluates a Leistungs- und Kostenplan. */
import { counts, evaluatePlan, fmtDe, fmtEuro, germanDate, germanMonth, parsePlan, planMonthText, planResultJson, type PlanResult } from "../../engine";
import { VOKABULAR } from "../../engine/vocabulary";
import { InputError } from "../../engine/errors";
import { option } from "../args";
import { EXIT_HINWEIS, parseCommandArgs, usageOf, type CommandHelp } from "../help";
import { readJsonFile } from "../io";
import { planWithOverrides, readOverridesFile, RECHENGROESSEN_OPTION } from "../overrides";
import type { CommandResult } from "../main";

export const hilfe: CommandHelp = {
  name: "kostenplan",
  argumente: "<plan.json>",
  kurz: "Leistungs- und Kostenplan auswerten: Monatsbudget, Auszahlung, Obergrenze",
  beschreibung: [
    "Rechnet einen Leistungs- und Kostenplan (JSON-Datei im Format „kostenplan/1“, Beispiel: samples/kostenplan-2026.json)",
    "aus: jede Position je Monat und im Bewilligungszeitraum, Summe, Monatsbudget, Auszahlung, Budget je Stunde, Obergrenze",
    "und Teilbudgets je Träger. Dazu die Monate, in denen sich der Bedarf ändert (mit Grund), und bei einer anderen",
    "Zahlweise als monatlich die Zahlungen mit ihren Fälligkeiten. Am Ende stehen die Befunde.",
  ],
  optionen: [
    { name: "json", text: ["Ergebnis als JSON statt als Text (Beträge als Dezimalzahlen mit Punkt, z. B. \"691.15\")."] },
    RECHENGROESSEN_OPTION,
  ],
  hinweise: [EXIT_HINWEIS],
  beispiele: ["budget kostenplan samples/kostenplan-2026.json", "budget kostenplan plan.json --json --rechengroessen rechengroessen-2027.json"],
};

export const usage = usageOf(hilfe);

export function run(argv: string[]): CommandResult {
  const a = parseCommandArgs(argv, hilfe);
  if (a.positional.length !== 1) throw new InputError(`Bitte genau eine Plandatei angeben: ${usage}`, "datei");
  const file = option(a, "rechengroessen");
  const overrides = file ? readOverridesFile(file) : {};
  const result = evaluatePlan(parsePlan(planWithOverrides(readJsonFile(a.positional[0]), overrides)));
  const exitCode = counts(result.befunde).fehler > 0 ? 1 : 0;
  if (a.options.has("json")) return { stdout: JSON.stringify(planResultJson(result), null, 2), exitCode };
  return { stdout: summary(result), exitCode };
}

export function summary(r: PlanResult): string {
  const L: string[] = [];
  const money = (x: Parameters<typeof fmtEuro>[0]) => fmtEuro(x).padStart(15);
  L.push(`Leistungs- und Kostenplan über ${r.monate} Monate`);
  L.push("");
  L.push(`${"Position".padEnd(38)}${"je Monat".padStart(15)}${"im Zeitraum".padStart(15)}`);
  for (const p of r.positionen) {
    L.push(`${p.position.bezeichnung.slice(0, 37).padEnd(38)}${money(p.monatsbetrag)}${money(p.zeitraumbetrag)}`);
  }
  L.push("");
  const rounded = !r.summeZeitraum.eq(r.summeZeitraumUngerundet);
  L.push(`Summe im Zeitraum:  ${fmtEuro(r.summeZeitraum)}${rounded ? ` (ungerundet ${fmtEuro(r.summeZeitraumUngerundet)})` : ""}`);
  const mRounded = !r.monatsbudget.eq(r.monatsbudgetUngerundet);
  L.push(`Monatsbudget:       ${fmtEuro(r.monatsbudget)}${mRounded ? ` (ungerundet ${fmtEuro(r.monatsbudgetUngerundet)})` : ""}`);
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
    for (const b of r.befunde) L.push(`  ${b.schwere.toUpperCase()}: ${b.text}`);
  }
  return L.join("\n");
}
