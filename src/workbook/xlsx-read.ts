/**
 * Reads a filled Budgetplaner workbook (.xlsx/.xlsm) for the command line: checks the file (size, type),
 * reads its grids with the project's own reader (xlsx/) and hands them to the one reader (grid-read.ts).
 * Never writes to the file. Formulas count with their cached result (none cached → empty); rich text →
 * plain text; error values (#DIV/0!) → their text. Beyond the limits (xlsx/workbook.ts) a file gets a
 * German message, never an exhausted memory.
 *
 * Why not exceljs (still used to write the template): it rejects valid files of other writers (openpyxl's
 * absolute part names, exceljs issue #1468), misreads LibreOffice's 1904 flag, repeats a merged cell's
 * value in every cell of the merge, and inflates every part into memory (a 2.7 MB file took 3.4 GB).
 */
import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { InputError } from "../engine/errors";
import { gridToJson, isTemplateSheet, type GridWorkbook, type WorkbookRead } from "./grid-read";
import { LimitError, XLSX_GRENZEN, XmlError, XmlTooLong, ZipError, readXlsxGrids } from "./xlsx/workbook";

export type { CellRef, WorkbookRead } from "./grid-read";

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];
const MB = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;

/** Reads and checks the file's bytes: German InputError naming the file for empty, encrypted, too large or non-xlsx files. */
export function readXlsxBytes(path: string): Buffer {
  const name = basename(path);
  let buf: Buffer;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw Object.assign(new Error("dir"), { code: "EISDIR" });
    if (!st.isFile()) throw Object.assign(new Error("special"), { code: "ESPECIAL" });
    if (st.size > XLSX_GRENZEN.dateiBytes) {
      throw new InputError(`${name}: Die Datei ist zu groß (${MB(st.size)}; erlaubt sind ${MB(XLSX_GRENZEN.dateiBytes)}).`, path);
    }
    buf = readFileSync(path);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "Datei nicht gefunden"
        : code === "EACCES" || code === "EPERM"
          ? "keine Leseberechtigung"
          : code === "EISDIR"
            ? "ist ein Ordner"
            : code === "ESPECIAL"
              ? "keine gewöhnliche Datei (z. B. eine Pipe oder ein Gerät) – übersprungen"
              : "Datei nicht lesbar";
    throw new InputError(`${name}: ${why}.`, path);
  }
  if (buf.length === 0) throw new InputError(`${name}: Die Datei ist leer (0 Byte).`, path);
  if (CFB_SIGNATURE.every((b, i) => buf[i] === b)) {
    throw new InputError(
      `${name}: Die Arbeitsmappe ist mit einem Kennwort geschützt (verschlüsselt) oder im alten .xls-Format. ` +
        `Bitte in Excel ohne Kennwort als .xlsx speichern und erneut prüfen.`,
      path,
    );
  }
  if (buf[0] !== 0x50 || buf[1] !== 0x4b) {
    throw new InputError(`${name}: Das ist keine Excel-Arbeitsmappe (.xlsx) – die Datei ist beschädigt oder hat ein anderes Format.`, path);
  }
  return buf;
}

function limitMessage(e: LimitError): string {
  const m = e.message;
  if (m === "rows") return `Ein Blatt der Vorlage hat mehr als ${(XLSX_GRENZEN.zeilen - 10).toLocaleString("de-DE")} Zeilen – so große Arbeitsmappen werden nicht geprüft.`;
  if (m === "cells") return `Die Blätter der Vorlage haben mehr als ${XLSX_GRENZEN.zellen.toLocaleString("de-DE")} gefüllte Zellen – so große Arbeitsmappen werden nicht geprüft.`;
  if (m === "zip64" || m.startsWith("more than")) return "Die Arbeitsmappe ist zu groß oder hat zu viele Teile, um sie zu prüfen.";
  const what =
    m === "texts"
      ? `ihre Texte sind entpackt größer als ${MB(XLSX_GRENZEN.texteBytes)} oder mehr als ${XLSX_GRENZEN.texteZeichen.toLocaleString("de-DE")} Zeichen`
      : m === "sheet"
        ? `ein Blatt ist entpackt größer als ${MB(XLSX_GRENZEN.blattBytes)}`
        : m === "archive"
          ? `alle Teile zusammen sind entpackt größer als ${MB(XLSX_GRENZEN.gesamtBytes)}`
          : `ein Teil ist entpackt größer als ${MB(XLSX_GRENZEN.teilBytes)} oder hat zu viele Verweise`;
  return `Die Arbeitsmappe entpackt sich zu einer zu großen Datenmenge (${what}) – sie wird nicht geprüft.`;
}

/** The grids of an .xlsx file; German InputError for a broken or oversized file. */
export function readXlsxFile(path: string): GridWorkbook {
  const name = basename(path);
  const buf = readXlsxBytes(path);
  try {
    return readXlsxGrids(buf, name, isTemplateSheet);
  } catch (e) {
    if (e instanceof LimitError) throw new InputError(`${name}: ${limitMessage(e)}`, path);
    if (e instanceof XmlTooLong) throw new InputError(`${name}: Die Arbeitsmappe enthält einen Text von mehr als 1 MB in einer Zelle – so große Inhalte werden nicht geprüft.`, path);
    if (e instanceof InputError) throw e;
    // fflate reports bad deflate data with a numeric code; anything else is a bug of ours, reported as such
    const broken = e instanceof ZipError || e instanceof XmlError || (e instanceof Error && typeof (e as { code?: unknown }).code === "number");
    if (!broken) throw e;
    const encrypted = e.message === "encrypted";
    throw new InputError(
      encrypted
        ? `${name}: Die Arbeitsmappe ist verschlüsselt. Bitte ohne Kennwort speichern und erneut prüfen.`
        : `${name}: Die Arbeitsmappe ist beschädigt und kann nicht gelesen werden.`,
      path,
    );
  }
}

export async function readWorkbook(path: string): Promise<WorkbookRead> {
  return gridToJson(readXlsxFile(path));
}
