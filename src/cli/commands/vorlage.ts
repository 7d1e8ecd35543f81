/** `budget vorlage <datei.xlsx>`: writes the empty workbook template (never overwrites a file). */
import { existsSync, statSync } from "node:fs";
import { basename, dirname, extname } from "node:path";
import { InputError } from "../../engine/errors";
import { parseCommandArgs, usageOf, type CommandHelp } from "../help";
import type { CommandResult } from "../main";
import { writeTemplate } from "../../workbook/xlsx-write";

export const hilfe: CommandHelp = {
  name: "vorlage",
  argumente: "<datei.xlsx>",
  kurz: "leere Arbeitsmappe schreiben: Kostenplan und Verwendungsnachweis",
  beschreibung: [
    "Schreibt die leere Arbeitsmappe der Vorlage mit den Blättern Übersicht, Einstellungen, Kostenplan, Einnahmen,",
    "Beschäftigte und Ausgaben. Eine vorhandene Datei wird nie überschrieben. Die Formeln BUDGET.* der Übersicht",
    "rechnet nur das Excel-Add-in; geprüft wird die ausgefüllte Mappe mit „budget pruefen <datei.xlsx>“.",
  ],
  optionen: [],
  hinweise: ["Exit-Codes: 0 geschrieben, 2 nicht geschrieben (Datei vorhanden, Ordner fehlt, keine Schreibberechtigung)."],
  beispiele: ["budget vorlage budget-2026.xlsx"],
};

export const usage = usageOf(hilfe);

export async function run(argv: string[]): Promise<CommandResult> {
  const a = parseCommandArgs(argv, hilfe);
  if (a.positional.length !== 1) throw new InputError(`Bitte genau einen Dateinamen angeben: ${usage}`, "datei");
  const path = a.positional[0];
  const name = basename(path);
  if (extname(path).toLowerCase() !== ".xlsx") {
    throw new InputError(`${name}: Der Dateiname muss auf „.xlsx“ enden.`, path);
  }
  if (existsSync(path)) {
    throw new InputError(`${name}: Diese Datei gibt es schon. Sie wird nicht überschrieben – bitte einen anderen Namen wählen.`, path);
  }
  const dir = dirname(path);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new InputError(`${name}: Den Ordner „${dir}“ gibt es nicht.`, path);
  try {
    await writeTemplate(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new InputError(`${name}: Diese Datei gibt es schon. Sie wird nicht überschrieben.`, path);
    if (code === "EACCES" || code === "EPERM" || code === "EROFS") throw new InputError(`${name}: Keine Schreibberechtigung in diesem Ordner.`, path);
    throw e;
  }
  return {
    stdout: `Vorlage geschrieben: ${path}\nBlätter: Übersicht, Einstellungen, Kostenplan, Einnahmen, Beschäftigte, Ausgaben. Prüfen mit „budget pruefen ${name}“.`,
    exitCode: 0,
  };
}
