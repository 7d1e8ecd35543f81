/** Reading input files with German messages that name the file (never a stack trace, never a hang). */
import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { InputError } from "../engine/errors";
import { checkLimits } from "../engine/schema/limits";

/** Largest JSON file read (a year of expenses as JSON is about 1 MB). */
export const MAX_JSON_BYTES = 64 * 1024 * 1024;

/** A regular file's size, or a German reason why the path cannot be read as a file. */
function fileSize(path: string): number | string {
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === "ENOENT" ? "Datei nicht gefunden" : code === "EACCES" || code === "EPERM" ? "keine Leseberechtigung" : "Datei nicht lesbar";
  }
  if (st.isDirectory()) return "ist ein Ordner, erwartet wird eine Datei";
  if (!st.isFile()) return "keine gewöhnliche Datei (z. B. eine Pipe oder ein Gerät) – übersprungen";
  return st.size;
}

/** Why a path cannot be read as a file: a German reason, or undefined for a regular file. */
export function notAFile(path: string): string | undefined {
  const s = fileSize(path);
  return typeof s === "string" ? s : undefined;
}

export function readJsonFile(path: string): unknown {
  const name = basename(path);
  const size = fileSize(path);
  if (typeof size === "string") throw new InputError(`${name}: ${size}.`, path);
  if (size > MAX_JSON_BYTES) throw new InputError(`${name}: Die Datei ist zu groß (erlaubt sind ${MAX_JSON_BYTES / (1024 * 1024)} MB).`, path);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new InputError(`${name}: Datei nicht lesbar.`, path);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === "") throw new InputError(`${name}: Die Datei ist leer.`, path);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const m = /position (\d+)/.exec((e as Error).message);
    const where = m ? ` (Zeile ${lineOf(text, Number(m[1]))})` : "";
    throw new InputError(`${name}: Kein gültiges JSON${where}.`, path);
  }
  checkLimits(json, name);
  return json;
}

function lineOf(text: string, pos: number): number {
  return text.slice(0, pos).split("\n").length;
}
