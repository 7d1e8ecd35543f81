/** Reading input files with German messages that name the file (never a stack trace). */
import { readFileSync, statSync } from "node:fs";
import { InputError } from "../engine/errors";

export function readJsonFile(path: string): unknown {
  let text: string;
  try {
    if (statSync(path).isDirectory()) throw new InputError(`${path}: ist ein Ordner, erwartet wird eine JSON-Datei.`, path);
    text = readFileSync(path, "utf8");
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "Datei nicht gefunden" : code === "EACCES" ? "keine Leseberechtigung" : "Datei nicht lesbar";
    throw new InputError(`${path}: ${why}.`, path);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === "") throw new InputError(`${path}: Die Datei ist leer.`, path);
  try {
    return JSON.parse(text);
  } catch (e) {
    const m = /position (\d+)/.exec((e as Error).message);
    const where = m ? ` (Zeile ${lineOf(text, Number(m[1]))})` : "";
    throw new InputError(`${path}: Kein gültiges JSON${where}.`, path);
  }
}

function lineOf(text: string, pos: number): number {
  return text.slice(0, pos).split("\n").length;
}
