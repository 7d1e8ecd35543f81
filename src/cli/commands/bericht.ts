/**
 * `budget bericht <datei.xlsx|datei.json> --pdf <ziel.pdf> [--rechengroessen datei.json]`: writes the submission
 * of a plan or of a Verwendungsnachweis as PDF (document/: the same content as the sheet „Berechnung“ of the
 * add-in). Never overwrites a file. Messages name files and cells, never the personal data the PDF holds.
 */
import { writeFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { InputError } from "../../engine/errors";
import { formatKind } from "../../engine/schema/formats";
import { option } from "../args";
import { parseCommandArgs, usageOf, type CommandHelp } from "../help";
import { checkNewFile, readJsonFile, writeNewFile } from "../io";
import { planWithOverrides, readOverridesFile, reportWithOverrides, RECHENGROESSEN_OPTION } from "../overrides";
import type { CommandResult } from "../main";
import { readWorkbook } from "../../workbook/xlsx-read";
import { jsonAsRead, type Failure } from "../../workbook/evaluate";
import type { WorkbookRead } from "../../workbook/grid-read";
import { einreichungAusMappe, heute } from "../../document/workbook";
import { einreichungPdf } from "../../document/pdf";
import type { BefundAbschnitt, Einreichung } from "../../document/types";

export const hilfe: CommandHelp = {
  name: "bericht",
  argumente: "<datei.xlsx|datei.json>",
  kurz: "Unterlagen zum Einreichen als PDF: Kostenplan oder Verwendungsnachweis",
  beschreibung: [
    "Schreibt die Unterlagen für den Träger als PDF (A4, mit Seitenzahlen und dem Aktenzeichen in der Fußzeile): die Angaben",
    "zum Fall, jede Position je Monat und im Bewilligungszeitraum, die Arbeitgeberkosten jeder Assistenz, die Teilbudgets,",
    "die Befunde und die Versicherung mit Zeilen für Ort, Datum und Unterschrift. Bei einem Verwendungsnachweis (eine",
    "Arbeitsmappe mit Nachweiszeitraum oder JSON im Format „verwendungsnachweis/1“) dazu Einnahmen, Ausgaben, Plan und Ist",
    "und die Budgetreste; sonst der Kostenplan allein (Arbeitsmappe oder JSON im Format „kostenplan/1“).",
    "Eine vorhandene Datei wird nie überschrieben.",
  ],
  optionen: [{ name: "pdf", wert: "<ziel.pdf>", pflicht: true, text: ["die PDF-Datei, die geschrieben wird (sie darf noch nicht existieren)"] }, RECHENGROESSEN_OPTION],
  hinweise: [
    "Exit-Codes: 0 geschrieben, 1 geschrieben, aber mit Befunden „fehler“, 2 nicht geschrieben (unlesbare Eingabe, Datei",
    "vorhanden, Ordner fehlt, keine Schreibberechtigung).",
  ],
  beispiele: ["budget bericht budget-2026.xlsx --pdf kostenplan-2026.pdf", "budget bericht samples/verwendungsnachweis-2026-h1.json --pdf nachweis-2026-h1.pdf"],
};

export const usage = usageOf(hilfe);


/** A JSON file as a read workbook: a Verwendungsnachweis as it is, a Kostenplan as the plan of an empty report. */
function readJson(path: string, overrides: ReturnType<typeof readOverridesFile>): WorkbookRead {
  const json = readJsonFile(path);
  return formatKind(json) === "kostenplan" ? jsonAsRead({ kostenplan: planWithOverrides(json, overrides) }) : jsonAsRead(reportWithOverrides(json, overrides));
}

function failure(datei: string, f: Failure): InputError {
  const name = basename(datei);
  const msg = f.message.includes(name) ? f.message : `${name}: ${f.message}`;
  return new InputError(f.leer ? `${msg} Die Arbeitsmappe ist noch nicht ausgefüllt – es gibt nichts zu berichten.` : msg, datei);
}

export async function run(argv: string[]): Promise<CommandResult> {
  const a = parseCommandArgs(argv, hilfe);
  if (a.positional.length !== 1) throw new InputError(`Bitte genau eine Datei angeben: ${usage}`, "datei");
  const ziel = option(a, "pdf");
  if (!ziel) throw new InputError(`--pdf: Bitte die PDF-Datei angeben, die geschrieben werden soll: ${usage}`, "--pdf");
  checkNewFile(ziel, ".pdf", "--pdf");
  const datei = a.positional[0];
  const figures = option(a, "rechengroessen");
  const overrides = figures ? readOverridesFile(figures) : {};

  const ext = extname(datei).toLowerCase();
  let read: WorkbookRead;
  if (ext === ".json") read = readJson(datei, overrides);
  else if (ext === ".xlsx" || ext === ".xlsm") {
    const wb = await readWorkbook(datei);
    read = { ...wb, json: reportWithOverrides(wb.json, overrides) };
  } else throw new InputError(`${basename(datei)}: Unbekannter Dateityp – erwartet wird eine .xlsx- oder .json-Datei.`, datei);

  const outcome = einreichungAusMappe(read, heute());
  if (!outcome.ok) throw failure(datei, outcome);
  const d: Einreichung = outcome.dokument;
  const { pdf, seiten } = await einreichungPdf(d);
  await writeNewFile(ziel, "--pdf", () => writeFileSync(ziel, pdf, { flag: "wx" }));
  const befunde = d.abschnitte.find((x): x is BefundAbschnitt => x.art === "befunde");
  const fehler = befunde?.anzahl.fehler ?? 0;
  const was = d.art === "verwendungsnachweis" ? "Verwendungsnachweis" : "Kostenplan";
  return {
    stdout: `PDF geschrieben: ${ziel} (${was}, ${seiten} ${seiten === 1 ? "Seite" : "Seiten"}). Befunde: ${befunde?.zaehlung ?? "keine"}`,
    exitCode: fehler > 0 ? 1 : 0,
  };
}
