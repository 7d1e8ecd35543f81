/** Reading input files with German messages that name the file (never a stack trace, never a hang). */
import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, extname } from "node:path";
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

/** A file a command is to create: the right extension, not there yet (never overwritten), in a folder that exists. */
export function checkNewFile(path: string, ext: string, field: string): void {
  const name = basename(path);
  if (extname(path).toLowerCase() !== ext) throw new InputError(`${name}: Der Dateiname muss auf „${ext}“ enden.`, field);
  if (existsSync(path)) throw new InputError(`${name}: Diese Datei gibt es schon. Sie wird nicht überschrieben – bitte einen anderen Namen wählen.`, field);
  const dir = dirname(path);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new InputError(`${name}: Den Ordner „${dir}“ gibt es nicht.`, field);
}

/** Writes a new file (`write` must refuse an existing one, e.g. with the flag "wx"); the usual refusals in German. */
export async function writeNewFile(path: string, field: string, write: () => unknown): Promise<void> {
  try {
    await write();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const name = basename(path);
    if (code === "EEXIST") throw new InputError(`${name}: Diese Datei gibt es schon. Sie wird nicht überschrieben.`, field);
    if (code === "EACCES" || code === "EPERM" || code === "EROFS") throw new InputError(`${name}: Keine Schreibberechtigung in diesem Ordner.`, field);
    throw e;
  }
}
