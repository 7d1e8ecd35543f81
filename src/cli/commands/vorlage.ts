/** `budget vorlage <datei.xlsx>`: writes the empty workbook template (never overwrites a file). */
import { existsSync, statSync } from "node:fs";
import { basename, dirname, extname } from "node:path";
import { InputError } from "../../engine/errors";
import { parseArgs } from "../args";
import type { CommandResult } from "../main";
import { writeTemplate } from "../../workbook/xlsx-write";

export const usage = "budget vorlage <datei.xlsx>        (leere Arbeitsmappe: Kostenplan und Verwendungsnachweis)";

export async function run(argv: string[]): Promise<CommandResult> {
  const a = parseArgs(argv, [], []);
  if (a.positional.length !== 1) throw new InputError(`Bitte genau einen Dateinamen angeben: budget vorlage <datei.xlsx>`, "datei");
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
