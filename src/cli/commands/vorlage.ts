/** `budget vorlage <datei.xlsx>`: writes the empty workbook template (never overwrites a file). */
import { InputError } from "../../engine/errors";
import { parseCommandArgs, usageOf, type CommandHelp } from "../help";
import type { CommandResult } from "../main";
import { writeTemplate } from "../../workbook/xlsx-write";
import { checkNewFile, writeNewFile } from "../io";
import { SHEETS } from "../../workbook/layout";

/** The sheets people see, as a German enumeration („A, B und C“). */
const SICHTBAR = ((names: string[]) => `${names.slice(0, -1).join(", ")} und ${names[names.length - 1]}`)(SHEETS.filter((s) => !s.hidden).map((s) => s.name));

export const hilfe: CommandHelp = {
  name: "vorlage",
  argumente: "<datei.xlsx>",
  kurz: "leere Arbeitsmappe schreiben: Kostenplan und Verwendungsnachweis",
  beschreibung: [
    `Schreibt die leere Arbeitsmappe der Vorlage mit den Blättern ${SICHTBAR}.`,
    "Eine vorhandene Datei wird nie überschrieben. Die Formeln BUDGET.* der Übersicht",
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
  checkNewFile(path, ".xlsx", path);
  await writeNewFile(path, path, () => writeTemplate(path));
  return {
    stdout: `Vorlage geschrieben: ${path}\nBlätter: ${SICHTBAR}. Prüfen mit „budget pruefen ${path}“.`,
    exitCode: 0,
  };
}
