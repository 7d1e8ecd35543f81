/**
 * Hand-made .xlsx files for the reader tests: any parts, zipped with fflate. `minimalWorkbook` writes the
 * smallest valid workbook around given sheet XML (the way other writers may: inline strings, no cell
 * references, absolute part names), so a test can make files no spreadsheet program would.
 */
import { strToU8, zipSync, type Zippable } from "fflate";

export function craftXlsx(parts: Record<string, string | Uint8Array>, level: 0 | 1 | 6 | 9 = 6): Uint8Array {
  const z: Zippable = {};
  for (const [name, data] of Object.entries(parts)) z[name] = [typeof data === "string" ? strToU8(data) : data, { level }];
  return zipSync(z);
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

export interface CraftSheet {
  name: string;
  /** The <sheetData> content (rows) or a whole worksheet document. */
  xml: string;
  state?: "hidden" | "veryHidden";
}

export function sheetXml(rows: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet ${NS}><sheetData>${rows}</sheetData></worksheet>`;
}

export function minimalWorkbook(sheets: CraftSheet[], extra: { sharedStrings?: string | Uint8Array; date1904?: string; absolute?: boolean } = {}): Record<string, string | Uint8Array> {
  const p = extra.absolute ? "/xl/" : "";
  const parts: Record<string, string | Uint8Array> = {
    "[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>`,
    "_rels/.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0"?><workbook ${NS}>${extra.date1904 ? `<workbookPr date1904="${extra.date1904}"/>` : ""}<sheets>${sheets
      .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"${s.state ? ` state="${s.state}"` : ""}/>`)
      .join("")}</sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${p}worksheets/sheet${i + 1}.xml"/>`)
      .join("")}${extra.sharedStrings ? `<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="${p}sharedStrings.xml"/>` : ""}</Relationships>`,
  };
  sheets.forEach((s, i) => (parts[`xl/worksheets/sheet${i + 1}.xml`] = s.xml.startsWith("<?xml") ? s.xml : sheetXml(s.xml)));
  if (extra.sharedStrings) parts["xl/sharedStrings.xml"] = extra.sharedStrings;
  return parts;
}

/** A row of inline-string and number cells, e.g. row(3, ["Datum", 46023]). */
export function row(r: number, cells: (string | number | null)[], withRefs = true): string {
  const col = (i: number) => String.fromCharCode(65 + i);
  const cs = cells
    .map((v, i) => {
      if (v === null) return "";
      const ref = withRefs ? ` r="${col(i)}${r}"` : "";
      return typeof v === "number" ? `<c${ref}><v>${v}</v></c>` : `<c${ref} t="inlineStr"><is><t>${v.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</t></is></c>`;
    })
    .join("");
  return `<row${withRefs ? ` r="${r}"` : ""}>${cs}</row>`;
}
