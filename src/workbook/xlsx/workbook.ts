/**
 * An .xlsx file (Office Open XML, transitional or strict) as plain grids for the one reader: the parts
 * the reader needs and nothing else (sheet names and visibility, the date system, shared strings, number
 * formats, tables, cell values, merged cells). Sheets that hold none of the template's tables are never
 * inflated. Every part is streamed with a limit (GRENZEN below), so memory stays bounded for any file.
 *
 * Written for files from any writer: Excel, LibreOffice ("true" as the 1904 flag, no cell references on
 * empty rows), openpyxl (absolute part names in relationships), exceljs, and hostile ones.
 */
import type { DateSystem } from "../../engine/values";
import type { GridValue } from "../cells";
import type { GridSheet, GridTable, GridWorkbook, Sichtbarkeit } from "../grid-read";
import { columnNumber, parseA1Range, type Rect } from "../layout";
import { XmlError, XmlTokenizer, XmlTooLong, type XmlHandler } from "./xml";
import { InflateBudget, LimitError, ZipError, entryText, inflateEntry, readDirectory, type ZipEntry } from "./zip";

/** Limits per workbook (documented in the README). */
export const XLSX_GRENZEN = {
  /** Size of the file itself. */
  dateiBytes: 64 * 1024 * 1024,
  /** Uncompressed size of one worksheet. */
  blattBytes: 256 * 1024 * 1024,
  /** Uncompressed size of the shared strings, and the characters and count kept of them. */
  texteBytes: 32 * 1024 * 1024,
  texteZeichen: 16_000_000,
  texteAnzahl: 1_000_000,
  /** Uncompressed size of any other part (workbook, styles, tables, relationships). */
  teilBytes: 16 * 1024 * 1024,
  /** All parts inflated together (a part reached twice counts twice). */
  gesamtBytes: 512 * 1024 * 1024,
  /** Relationships of one part, tables of one sheet. */
  beziehungen: 10_000,
  tabellenJeBlatt: 100,
  /** Rows of one read sheet (a table may have 100,000 data rows). */
  zeilen: 100_010,
  /** Non-empty cells of the read sheets together, the characters of their own texts (inline strings, formula
   * texts), and the cell and row elements parsed at all (empty ones too). */
  zellen: 3_000_000,
  zellenZeichen: 32_000_000,
  elemente: 12_000_000,
} as const;

export { LimitError, ZipError, XmlError, XmlTooLong };

const STRICT_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Excel's built-in number formats by id (ids 27–36 and 50–58 are East Asian dates). */
const BUILTIN_FORMATS: Record<number, string> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};
for (const id of [27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]) BUILTIN_FORMATS[id] = "yyyy-mm-dd";

function parse(text: string, handler: XmlHandler): void {
  const t = new XmlTokenizer(handler);
  t.feed(text);
  t.end();
}

/** Streams a part through the tokenizer without holding its text (the decoder drops a BOM). */
function parseEntry(zip: Archive, e: ZipEntry, limit: number, label: string, handler: XmlHandler): void {
  const t = new XmlTokenizer(handler);
  const decoder = new TextDecoder("utf-8");
  inflateEntry(zip.buf, e, limit, label, zip.budget, (chunk) => t.feed(decoder.decode(chunk, { stream: true })));
  t.feed(decoder.decode());
  t.end();
}

const handler = (open: XmlHandler["open"], extra: Partial<XmlHandler> = {}): XmlHandler => ({ open, close: () => {}, text: () => {}, ...extra });

interface Relationship {
  type: string;
  target: string;
}

/** A relationship target as a part name: absolute ("/xl/…", as openpyxl writes) or relative to the source part's folder. */
function resolvePart(baseDir: string, target: string): string {
  const raw = target.startsWith("/") ? target.slice(1) : baseDir + target;
  const out: string[] = [];
  for (const seg of raw.replace(/\\/g, "/").split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

function dirOf(part: string): string {
  const i = part.lastIndexOf("/");
  return i < 0 ? "" : part.slice(0, i + 1);
}

function relsPartOf(part: string): string {
  const dir = dirOf(part);
  return `${dir}_rels/${part.slice(dir.length)}.rels`;
}

class Archive {
  readonly entries: Map<string, ZipEntry>;
  readonly budget = new InflateBudget(XLSX_GRENZEN.gesamtBytes);
  /** Small parts are inflated once, however many relationships point at them. */
  private readonly texts = new Map<string, string | undefined>();
  constructor(readonly buf: Uint8Array) {
    this.entries = readDirectory(buf);
  }
  get(part: string): ZipEntry | undefined {
    return this.entries.get(part.toLowerCase());
  }
  text(part: string): string | undefined {
    const key = part.toLowerCase();
    if (!this.texts.has(key)) {
      const e = this.get(part);
      this.texts.set(key, e ? entryText(this.buf, e, XLSX_GRENZEN.teilBytes, "part", this.budget) : undefined);
    }
    return this.texts.get(key);
  }
  rels(part: string): Map<string, Relationship> {
    const out = new Map<string, Relationship>();
    const text = this.text(relsPartOf(part));
    if (!text) return out;
    const base = dirOf(part);
    parse(
      text,
      handler((name, a) => {
        if (name !== "Relationship" || !a.Id || !a.Target || a.TargetMode === "External") return;
        if (out.size >= XLSX_GRENZEN.beziehungen) throw new LimitError("part");
        out.set(a.Id, { type: a.Type ?? "", target: resolvePart(base, a.Target) });
      }),
    );
    return out;
  }
}

const isType = (r: Relationship, kind: string) => r.type.endsWith(`/${kind}`);

function workbookPart(zip: Archive): string {
  for (const r of zip.rels("").values()) if (isType(r, "officeDocument")) return r.target;
  return "xl/workbook.xml";
}

interface SheetInfo {
  name: string;
  part: string;
  sichtbarkeit: Sichtbarkeit;
}

function readWorkbookPart(zip: Archive, part: string): { sheets: SheetInfo[]; dateSystem: DateSystem; rels: Map<string, Relationship> } {
  const text = zip.text(part);
  if (text === undefined) throw new ZipError(`no ${part}`);
  const rels = zip.rels(part);
  const sheets: SheetInfo[] = [];
  let dateSystem: DateSystem = 1900;
  parse(
    text,
    handler((name, a) => {
      if (name === "workbookPr" && a.date1904 !== undefined) dateSystem = ["1", "true", "on"].includes(a.date1904.trim().toLowerCase()) ? 1904 : 1900;
      if (name !== "sheet" || !a.name) return;
      const rel = a.id ? rels.get(a.id) : undefined;
      if (!rel || !isType(rel, "worksheet")) return; // chart sheets, dialog sheets
      const state = (a.state ?? "visible").toLowerCase();
      sheets.push({ name: a.name, part: rel.target, sichtbarkeit: state === "hidden" ? "ausgeblendet" : state === "veryhidden" ? "sehr-ausgeblendet" : "sichtbar" });
    }),
  );
  return { sheets, dateSystem, rels };
}

function readSharedStrings(zip: Archive, part: string | undefined): string[] {
  const e = part ? zip.get(part) : undefined;
  const out: string[] = [];
  if (!e) return out;
  let cur = "";
  let inT = false;
  let phonetic = 0;
  let chars = 0;
  parseEntry(zip, e, XLSX_GRENZEN.texteBytes, "texts", {
    open(name) {
      if (name === "si") cur = "";
      else if (name === "rPh") phonetic++;
      else if (name === "t" && phonetic === 0) inT = true;
    },
    close(name) {
      if (name === "t") inT = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si") {
        chars += cur.length;
        if (chars > XLSX_GRENZEN.texteZeichen || out.length >= XLSX_GRENZEN.texteAnzahl) throw new LimitError("texts");
        out.push(cur);
      }
    },
    text(t) {
      if (inT) cur += t;
    },
  });
  return out;
}

/** Number format code per cell style index. */
function readStyles(zip: Archive, part: string | undefined): string[] {
  const text = part ? zip.text(part) : undefined;
  const xfs: string[] = [];
  if (!text) return xfs;
  const custom = new Map<number, string>();
  const ids: number[] = [];
  let inCellXfs = false;
  let inNumFmts = false; // numFmt elements of conditional formats (dxfs) are no cell formats
  parse(text, {
    open(name, a, self) {
      if (name === "numFmts") inNumFmts = !self;
      else if (name === "numFmt" && inNumFmts && a.numFmtId !== undefined) custom.set(Number(a.numFmtId), a.formatCode ?? "");
      else if (name === "cellXfs") inCellXfs = !self;
      else if (name === "xf" && inCellXfs) ids.push(Number(a.numFmtId ?? 0));
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
      else if (name === "numFmts") inNumFmts = false;
    },
    text() {},
  });
  for (const id of ids) xfs.push(custom.get(id) ?? BUILTIN_FORMATS[id] ?? "General");
  return xfs;
}

function readTables(zip: Archive, sheetPart: string): GridTable[] {
  const out: GridTable[] = [];
  const targets = new Set<string>();
  for (const r of zip.rels(sheetPart).values()) {
    if (!isType(r, "table") || targets.has(r.target.toLowerCase())) continue;
    targets.add(r.target.toLowerCase());
    if (targets.size > XLSX_GRENZEN.tabellenJeBlatt) throw new LimitError("part");
    const text = zip.text(r.target);
    if (!text) continue;
    parse(
      text,
      handler((name, a) => {
        if (name !== "table") return;
        const ref = parseA1Range(a.ref ?? "");
        const tableName = a.displayName || a.name;
        if (!ref || !tableName || a.headerRowCount === "0") return;
        out.push({ name: tableName, ...ref, totalsRow: Number(a.totalsRowCount ?? 0) > 0 });
      }),
    );
  }
  return out;
}

/** The cells of one sheet: per row, sorted columns with their values and style indexes. */
interface Row {
  cols: number[];
  vals: GridValue[];
  styles: number[];
}

class CellBudget {
  cells = 0;
  chars = 0;
  elements = 0;
}

function readSheetData(zip: Archive, e: ZipEntry, strings: readonly string[], budget: CellBudget): { rows: Map<number, Row>; maxRow: number; maxCol: number; merged: Rect[] } {
  const rows = new Map<number, Row>();
  const merged: Rect[] = [];
  let maxRow = 0;
  let maxCol = 0;
  let rowNum = 0;
  let colNum = 0;
  let cur: Row | undefined;
  let curRow = 0;
  let type = "";
  let style = 0;
  let vText = "";
  let isText = "";
  let inV = false;
  let inIs = false;
  let inT = false;
  let phonetic = 0;
  let cellRow = 0;

  const finishCell = () => {
    let v: GridValue = null;
    switch (type) {
      case "s": {
        const i = Number(vText.trim());
        if (!Number.isInteger(i) || i < 0 || i >= strings.length) throw new XmlError("shared string index out of range");
        v = strings[i];
        break;
      }
      case "inlineStr":
        v = isText;
        break;
      case "str":
      case "e":
      case "d":
        v = vText;
        break;
      case "b":
        v = vText.trim() === "1" || vText.trim().toLowerCase() === "true";
        break;
      default: {
        const t = vText.trim();
        if (t === "") v = null;
        else {
          const n = STRICT_NUMBER.test(t) ? Number(t) : NaN;
          v = Number.isFinite(n) ? n : t;
        }
      }
    }
    if (v === null || v === "") return;
    // limits count cells with a value: a formatted but empty row 200,000 is no reason to refuse a file
    if (cellRow > XLSX_GRENZEN.zeilen) throw new LimitError("rows");
    if (++budget.cells > XLSX_GRENZEN.zellen) throw new LimitError("cells");
    if (typeof v === "string" && type !== "s" && (budget.chars += v.length) > XLSX_GRENZEN.zellenZeichen) throw new LimitError("cells");
    if (!cur || curRow !== cellRow) {
      curRow = cellRow;
      cur = rows.get(cellRow);
      if (!cur) rows.set(cellRow, (cur = { cols: [], vals: [], styles: [] }));
    }
    cur.cols.push(colNum);
    cur.vals.push(v);
    cur.styles.push(style);
    if (cellRow > maxRow) maxRow = cellRow;
    if (colNum > maxCol) maxCol = colNum;
  };

  parseEntry(zip, e, XLSX_GRENZEN.blattBytes, "sheet", {
    open(name, a) {
      switch (name) {
        case "row":
          if (++budget.elements > XLSX_GRENZEN.elemente) throw new LimitError("cells");
          rowNum = a.r !== undefined ? Number(a.r) : rowNum + 1;
          if (!Number.isInteger(rowNum) || rowNum < 1 || rowNum > 1_048_576) throw new XmlError("row number");
          colNum = 0;
          break;
        case "c": {
          if (++budget.elements > XLSX_GRENZEN.elemente) throw new LimitError("cells");
          const m = a.r ? /^([A-Za-z]{1,3})(\d+)$/.exec(a.r) : null;
          colNum = m ? columnNumber(m[1]) : colNum + 1;
          cellRow = m ? Number(m[2]) : rowNum;
          if (colNum > 16384 || cellRow < 1 || cellRow > 1_048_576) throw new XmlError("cell reference");
          type = a.t ?? "";
          style = a.s !== undefined ? Number(a.s) : 0;
          vText = "";
          isText = "";
          break;
        }
        case "v":
          inV = true;
          break;
        case "is":
          inIs = true;
          break;
        case "rPh":
          phonetic++;
          break;
        case "t":
          if (inIs && phonetic === 0) inT = true;
          break;
        case "mergeCell": {
          const ref = a.ref ? parseA1Range(a.ref) : undefined;
          if (ref && merged.length < 100_000) merged.push(ref);
          break;
        }
      }
    },
    close(name) {
      switch (name) {
        case "v":
          inV = false;
          break;
        case "t":
          inT = false;
          break;
        case "rPh":
          phonetic--;
          break;
        case "is":
          inIs = false;
          break;
        case "c":
          finishCell();
          break;
      }
    },
    text(t) {
      if (inV) vText += t;
      else if (inT) isText += t;
    },
  });
  return { rows, maxRow, maxCol, merged };
}

function gridOf(info: SheetInfo, data: ReturnType<typeof readSheetData>, tables: GridTable[], formats: readonly string[]): GridSheet {
  const find = (row: number, col: number): { r: Row; i: number } | undefined => {
    const r = data.rows.get(row);
    if (!r) return undefined;
    // columns arrive in order; binary search, with a linear fall-back for writers that do not sort
    let lo = 0;
    let hi = r.cols.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (r.cols[mid] === col) return { r, i: mid };
      if (r.cols[mid] < col) lo = mid + 1;
      else hi = mid - 1;
    }
    const i = r.cols.indexOf(col);
    return i >= 0 ? { r, i } : undefined;
  };
  return {
    name: info.name,
    rowCount: data.maxRow,
    columnCount: data.maxCol,
    value: (row, col) => {
      const hit = find(row, col);
      return hit ? hit.r.vals[hit.i] : null;
    },
    numFmt: (row, col) => {
      const hit = find(row, col);
      const f = hit ? formats[hit.r.styles[hit.i]] : undefined;
      return f && f !== "General" ? f : undefined;
    },
    tables,
    sichtbarkeit: info.sichtbarkeit,
    merged: data.merged,
  };
}

/**
 * The workbook's grids. `wanted` decides from a sheet's name and its tables' names whether the sheet is
 * read at all. Throws ZipError / XmlError (a broken file) or LimitError (a file beyond the limits).
 */
export function readXlsxGrids(buf: Uint8Array, name: string, wanted: (sheet: string, tables: readonly string[]) => boolean): GridWorkbook {
  const zip = new Archive(buf);
  const wbPart = workbookPart(zip);
  const wb = readWorkbookPart(zip, wbPart);
  const rels = [...wb.rels.values()];
  const strings = readSharedStrings(zip, rels.find((r) => isType(r, "sharedStrings"))?.target);
  const formats = readStyles(zip, rels.find((r) => isType(r, "styles"))?.target);
  const budget = new CellBudget();
  const sheets: GridSheet[] = [];
  const parts = new Set<string>();
  for (const info of wb.sheets) {
    if (parts.has(info.part.toLowerCase())) continue; // two sheet entries of one part: read once
    parts.add(info.part.toLowerCase());
    const tables = readTables(zip, info.part);
    if (!wanted(info.name, tables.map((t) => t.name))) continue;
    const e = zip.get(info.part);
    if (!e) throw new ZipError(`no ${info.part}`);
    sheets.push(gridOf(info, readSheetData(zip, e, strings, budget), tables, formats));
  }
  return { name, sheets, dateSystem: wb.dateSystem };
}
