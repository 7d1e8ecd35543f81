/**
 * The submission document (types.ts) as a PDF, for Node (`budget bericht --pdf`): A4 portrait, the case record,
 * every table with its header repeated after a page break, the findings, the attestation with lines to sign,
 * and on every page a header (title, Aktenzeichen) and a footer (Aktenzeichen, date, „Seite x von y“).
 *
 * pdfkit with DejaVu Sans Condensed (regular, bold, oblique — about as wide as Helvetica, so the tables keep their
 * room; TrueType from the npm package dejavu-fonts-ttf, read from node_modules, nothing fetched): pdfkit embeds a subset of each font with the glyphs the document uses and a
 * ToUnicode map, so every letter is printed as it is — „Ayşe Yıldız-Łukasiewicz“, umlauts, ß, „−“, „→“, „✓“, € —
 * and pdftotext reads it back; the file stays small (tens of KB).
 */
import { readFileSync } from "node:fs";
import PDFDocument from "pdfkit";
import type { Abschnitt, AngabenAbschnitt, BefundAbschnitt, Einreichung, TabellenAbschnitt, TextAbschnitt, VersicherungAbschnitt } from "./types";

type Doc = PDFKit.PDFDocument;

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { top: 62, bottom: 62, left: 50, right: 50 };
const WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const BOTTOM = PAGE.height - MARGIN.bottom;

const FONT = "DejaVuSansCondensed";
const BOLD = "DejaVuSansCondensed-Bold";
const ITALIC = "DejaVuSansCondensed-Oblique";
const INK = "#1a1a1a";
const GREY = "#555555";
const HEAD_FILL = "#1F4E79";
const RULE = "#c8c8c8";
const ZEBRA = "#f2f5f9";

/** The font files (read once, on the first PDF): pdfkit subsets them per document. */
let fontFiles: Record<string, Buffer> | undefined;
function fonts(): Record<string, Buffer> {
  const file = (name: string) => readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${name}.ttf`));
  fontFiles ??= { [FONT]: file(FONT), [BOLD]: file(BOLD), [ITALIC]: file(ITALIC) };
  return fontFiles;
}

/** A text as it is printed: tabs and carriage returns as spaces, other control characters left out (the font has no glyph for them). */
export function druckText(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === "\t" || ch === "\r") out += " ";
    else if (ch === "\n" || (c >= 0x20 && c < 0x7f) || c > 0x9f) out += ch;
  }
  return out;
}

class Writer {
  constructor(readonly doc: Doc) {}

  /** Starts a new page when `height` does not fit below the current position. */
  ensure(height: number): boolean {
    if (this.doc.y + height <= BOTTOM) return false;
    this.doc.addPage();
    this.doc.x = MARGIN.left;
    this.doc.y = MARGIN.top;
    return true;
  }

  font(name: string, size: number, color = INK): this {
    this.doc.font(name).fontSize(size).fillColor(color);
    return this;
  }

  height(text: string, width: number): number {
    return this.doc.heightOfString(druckText(text), { width });
  }

  /** A paragraph over the full width; breaks pages by itself (pdfkit's text flow). */
  paragraph(text: string, font = FONT, size = 9.5, color = INK, gap = 3, indent = 0): void {
    this.font(font, size, color);
    this.ensure(Math.min(this.height(text, WIDTH - indent), 3 * size * 1.3));
    this.doc.text(druckText(text), MARGIN.left + indent, this.doc.y, { width: WIDTH - indent });
    this.doc.y += gap;
  }

  cell(text: string, x: number, y: number, width: number, align: "left" | "right"): void {
    this.doc.text(druckText(text), x, y, { width, align, lineBreak: true });
  }
}

function sectionTitle(w: Writer, a: Abschnitt, start: number): void {
  w.font(BOLD, 12.5);
  const titel = w.height(a.titel, WIDTH) + 12;
  w.font(FONT, 9);
  const unter = a.untertitel ? w.height(a.untertitel, WIDTH) + 4 : 0;
  // a title never ends a page: it keeps the start of its section (a short table: all of it)
  w.ensure(titel + unter + start);
  w.font(BOLD, 12.5);
  w.doc.y += 6;
  w.doc.text(druckText(a.titel), MARGIN.left, w.doc.y, { width: WIDTH });
  w.doc
    .moveTo(MARGIN.left, w.doc.y + 1)
    .lineTo(MARGIN.left + WIDTH, w.doc.y + 1)
    .lineWidth(0.6)
    .strokeColor(HEAD_FILL)
    .stroke();
  w.doc.y += 5;
  if (a.untertitel) w.paragraph(a.untertitel, FONT, 9, GREY, 4);
}

function angaben(w: Writer, a: AngabenAbschnitt): void {
  const labelWidth = 215;
  const valueX = MARGIN.left + labelWidth + 10;
  const valueWidth = WIDTH - labelWidth - 10;
  for (const x of a.angaben) {
    w.font(FONT, 9.5);
    const hl = w.height(x.label, labelWidth);
    w.font(BOLD, 9.5);
    const hv = w.height(x.wert.text, valueWidth);
    w.font(FONT, 8.5);
    const hz = x.zusatz ? w.height(x.zusatz, valueWidth) + 1 : 0;
    const h = Math.max(hl, hv + hz);
    w.ensure(h + 4);
    const y = w.doc.y;
    w.font(FONT, 9.5, GREY);
    w.cell(x.label, MARGIN.left, y, labelWidth, "left");
    w.font(BOLD, 9.5);
    w.cell(x.wert.text, valueX, y, valueWidth, "left");
    if (x.zusatz) {
      w.font(FONT, 8.5, GREY);
      w.cell(x.zusatz, valueX, y + hv + 1, valueWidth, "left");
    }
    w.doc.y = y + h + 4;
  }
}

/**
 * Column widths: an amount column as wide as its widest amount (amounts never wrap), a text column at least as
 * wide as its longest word; where the page has room, every text column as wide as its longest text (no cell
 * wraps); the rest of the page shared by the text columns by their relative width.
 */
function widths(w: Writer, t: TabellenAbschnitt): number[] {
  const { spalten } = t;
  const measure = (s: string, bold: boolean) => {
    w.font(bold ? BOLD : FONT, TABLE_SIZE);
    return w.doc.widthOfString(druckText(s));
  };
  const longestWord = (s: string, bold: boolean) => Math.max(0, ...s.split(/\s+/).map((x) => measure(x, bold)));
  const need = spalten.map((s, j) => {
    const head = longestWord(s.titel, true);
    const cells = t.zeilen.map((z) => (s.zahl ? measure(z.zellen[j]?.text ?? "", !!z.summe) : longestWord(z.zellen[j]?.text ?? "", !!z.summe)));
    return Math.max(head, ...cells) + 2 * PAD + 1;
  });
  const textCols = spalten.map((s, j) => (s.zahl ? -1 : j)).filter((j) => j >= 0);
  // an amount column's heading on one line, where the page has room for it
  const extra = spalten.map((s, j) => (s.zahl ? Math.max(0, measure(s.titel, true) + 2 * PAD + 1 - need[j]) : 0));
  const room = WIDTH - need.reduce((n, x) => n + x, 0);
  if (extra.reduce((n, x) => n + x, 0) <= room / 2) extra.forEach((x, j) => (need[j] += x));
  const rest = WIDTH - need.reduce((n, x) => n + x, 0);
  if (rest < 0 || textCols.length === 0) {
    // too many columns for the page: by relative width, as well as it goes
    const total = spalten.reduce((n, s) => n + (s.breite ?? 1), 0);
    return spalten.map((s) => (WIDTH * (s.breite ?? 1)) / total);
  }
  // every text on one line, where the page has room for all of them
  const full = spalten.map((s, j) => (s.zahl ? 0 : Math.max(0, ...t.zeilen.map((z) => measure(z.zellen[j]?.text ?? "", !!z.summe) + 2 * PAD + 1 - need[j]))));
  const grow = full.reduce((n, x) => n + x, 0) <= rest;
  const frei = grow ? rest - full.reduce((n, x) => n + x, 0) : rest;
  const share = textCols.reduce((n, j) => n + (spalten[j].breite ?? 1), 0);
  return need.map((x, j) => (spalten[j].zahl ? x : x + (grow ? full[j] : 0) + (frei * (spalten[j].breite ?? 1)) / share));
}

const PAD = 3;
const TABLE_SIZE = 8;

function tableHeader(w: Writer, t: TabellenAbschnitt, ws: number[]): void {
  w.font(BOLD, TABLE_SIZE, "#ffffff");
  const h = Math.max(...t.spalten.map((s, j) => w.height(s.titel, ws[j] - 2 * PAD))) + 2 * PAD;
  const y = w.doc.y;
  w.doc.rect(MARGIN.left, y, WIDTH, h).fill(HEAD_FILL);
  w.font(BOLD, TABLE_SIZE, "#ffffff");
  let x = MARGIN.left;
  t.spalten.forEach((s, j) => {
    w.cell(s.titel, x + PAD, y + PAD, ws[j] - 2 * PAD, s.zahl ? "right" : "left");
    x += ws[j];
  });
  w.doc.y = y + h;
}

interface TableLayout {
  ws: number[];
  headHeight: number;
  rowHeights: number[];
  /** What must fit on the page where the table starts: all of a short table, else its header and first row. */
  start: number;
}

function tableLayout(w: Writer, t: TabellenAbschnitt): TableLayout {
  const ws = widths(w, t);
  w.font(BOLD, TABLE_SIZE);
  const headHeight = Math.max(...t.spalten.map((s, j) => w.height(s.titel, ws[j] - 2 * PAD))) + 2 * PAD;
  const rowHeights = t.zeilen.map((z) => {
    w.font(z.summe ? BOLD : FONT, TABLE_SIZE);
    return Math.max(...t.spalten.map((_, j) => w.height(z.zellen[j]?.text ?? "", ws[j] - 2 * PAD))) + 2 * PAD;
  });
  const whole = headHeight + rowHeights.reduce((n, h) => n + h, 0);
  return { ws, headHeight, rowHeights, start: t.zeilen.length === 0 ? 16 : whole <= (BOTTOM - MARGIN.top) / 2 ? whole : headHeight + rowHeights[0] };
}

function tabelle(w: Writer, t: TabellenAbschnitt, l: TableLayout): void {
  const { ws, rowHeights } = l;
  if (t.zeilen.length === 0) {
    if (t.leer) w.paragraph(t.leer, FONT, 9.5, GREY);
    return;
  }
  w.ensure(l.start);
  tableHeader(w, t, ws);
  t.zeilen.forEach((z, i) => {
    const font = z.summe ? BOLD : FONT;
    const h = rowHeights[i];
    // a row never splits; after a page break the header comes again
    if (w.ensure(h)) tableHeader(w, t, ws);
    const y = w.doc.y;
    if (!z.summe && i % 2 === 1) w.doc.rect(MARGIN.left, y, WIDTH, h).fill(ZEBRA);
    if (z.summe) {
      w.doc
        .moveTo(MARGIN.left, y)
        .lineTo(MARGIN.left + WIDTH, y)
        .lineWidth(0.8)
        .strokeColor(INK)
        .stroke();
    }
    w.font(font, TABLE_SIZE);
    let x = MARGIN.left;
    t.spalten.forEach((s, j) => {
      w.cell(z.zellen[j]?.text ?? "", x + PAD, y + PAD, ws[j] - 2 * PAD, s.zahl ? "right" : "left");
      x += ws[j];
    });
    w.doc
      .moveTo(MARGIN.left, y + h)
      .lineTo(MARGIN.left + WIDTH, y + h)
      .lineWidth(0.3)
      .strokeColor(RULE)
      .stroke();
    w.doc.y = y + h;
  });
  w.doc.y += 4;
  for (const f of t.fussnoten ?? []) w.paragraph(f, FONT, 8.5, GREY, 2);
}

function text(w: Writer, a: TextAbschnitt): void {
  for (const p of a.absaetze) w.paragraph(p, FONT, 9.5, INK, 4);
}

const SCHWERE_FARBE = { fehler: "#a4262c", warnung: "#8a5a00", hinweis: "#1F4E79" } as const;

function befunde(w: Writer, a: BefundAbschnitt): void {
  w.paragraph(a.zaehlung, FONT, 9.5, INK, 4);
  for (const g of a.gruppen) {
    w.font(BOLD, 10.5, SCHWERE_FARBE[g.schwere]);
    w.ensure(40);
    w.doc.y += 2;
    w.doc.text(druckText(`${g.titel} (${g.befunde.length})`), MARGIN.left, w.doc.y, { width: WIDTH });
    w.doc.y += 2;
    for (const b of g.befunde) {
      w.paragraph(`• ${b.text}`, FONT, 9, INK, 1, 6);
      if (b.begruendung) w.paragraph(`Begründet: ${b.begruendung} – zählt nicht.`, ITALIC, 8.5, GREY, 1, 16);
      if (b.ort) w.paragraph(b.ort, FONT, 8, GREY, 1, 16);
      w.doc.y += 2;
    }
  }
}

/** The attestation with its signature lines: one block that stays on one page. */
function versicherungHeight(w: Writer, a: VersicherungAbschnitt): number {
  w.font(FONT, 10);
  return a.absaetze.reduce((n, p) => n + w.height(p, WIDTH) + 4, 0) + 14 + 26 + 50 * Math.max(0, a.felder.length - 2) + 20;
}

function versicherung(w: Writer, a: VersicherungAbschnitt): void {
  w.ensure(versicherungHeight(w, a));
  for (const p of a.absaetze) w.paragraph(p, FONT, 10, INK, 4);
  w.doc.y += 14;
  // Ort and Datum side by side, the signature below over the full width
  const [ort, datum, ...rest] = a.felder;
  const line = (x: number, y: number, width: number, caption: string) => {
    w.doc
      .moveTo(x, y)
      .lineTo(x + width, y)
      .lineWidth(0.7)
      .strokeColor(INK)
      .stroke();
    w.font(FONT, 8.5, GREY);
    w.cell(caption, x, y + 3, width, "left");
  };
  let y = w.doc.y + 26;
  if (ort) line(MARGIN.left, y, WIDTH * 0.55, ort);
  if (datum) line(MARGIN.left + WIDTH * 0.62, y, WIDTH * 0.38, datum);
  for (const f of rest) {
    y += 50;
    line(MARGIN.left, y, WIDTH * 0.75, f);
  }
  w.doc.y = y + 20;
}

/** Header and footer of every page, written once all pages exist (for „Seite x von y“). */
function kopfUndFuss(doc: Doc, d: Einreichung): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // text below the bottom margin would start a new page: the margin is lifted while the footer is written
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font(FONT).fontSize(8).fillColor(GREY);
    doc.text(druckText(`Persönliches Budget – ${d.titel}`), MARGIN.left, 30, { width: WIDTH / 2, lineBreak: false });
    if (d.aktenzeichen) doc.text(druckText(`Aktenzeichen ${d.aktenzeichen}`), MARGIN.left + WIDTH / 2, 30, { width: WIDTH / 2, align: "right", lineBreak: false });
    doc
      .moveTo(MARGIN.left, 42)
      .lineTo(MARGIN.left + WIDTH, 42)
      .lineWidth(0.4)
      .strokeColor(RULE)
      .stroke();
    const fy = PAGE.height - 40;
    doc
      .moveTo(MARGIN.left, fy - 6)
      .lineTo(MARGIN.left + WIDTH, fy - 6)
      .lineWidth(0.4)
      .strokeColor(RULE)
      .stroke();
    doc.font(FONT).fontSize(8).fillColor(GREY);
    const links = [d.aktenzeichen ? `Aktenzeichen ${d.aktenzeichen}` : "", `erstellt am ${d.erstellt} mit dem Budgetplaner`].filter(Boolean).join(" · ");
    doc.text(druckText(links), MARGIN.left, fy, { width: WIDTH * 0.75, lineBreak: false });
    doc.text(`Seite ${i - range.start + 1} von ${range.count}`, MARGIN.left + WIDTH * 0.75, fy, { width: WIDTH * 0.25, align: "right", lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

/** The PDF of a submission document, as bytes, and how many pages it has. */
export function einreichungPdf(d: Einreichung): Promise<{ pdf: Buffer; seiten: number }> {
  const doc = new PDFDocument({
    size: "A4",
    layout: "portrait",
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: true,
    // no personal data in the metadata: the title and the file number only
    info: { Title: druckText(`${d.titel}${d.aktenzeichen ? ` – Aktenzeichen ${d.aktenzeichen}` : ""}`), Creator: "Budgetplaner", Producer: "Budgetplaner (pdfkit)" },
    lang: "de-DE",
    displayTitle: true,
  });
  for (const [name, file] of Object.entries(fonts())) doc.registerFont(name, file);
  const chunks: Buffer[] = [];
  let seiten = 0;
  const done = new Promise<{ pdf: Buffer; seiten: number }>((resolve, reject) => {
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve({ pdf: Buffer.concat(chunks), seiten }));
    doc.on("error", reject);
  });
  const w = new Writer(doc);
  w.font(BOLD, 19);
  doc.text(druckText(d.titel), MARGIN.left, MARGIN.top, { width: WIDTH });
  doc.y += 2;
  w.paragraph(d.untertitel, FONT, 10, GREY, 8);
  for (const a of d.abschnitte) {
    const layout = a.art === "tabelle" ? tableLayout(w, a) : undefined;
    sectionTitle(w, a, layout?.start ?? (a.art === "versicherung" ? versicherungHeight(w, a) : 40));
    switch (a.art) {
      case "angaben":
        angaben(w, a);
        break;
      case "tabelle":
        tabelle(w, a, layout!);
        break;
      case "text":
        text(w, a);
        break;
      case "befunde":
        befunde(w, a);
        break;
      case "versicherung":
        versicherung(w, a);
        break;
    }
    doc.y += 6;
  }
  kopfUndFuss(doc, d);
  seiten = doc.bufferedPageRange().count;
  doc.end();
  return done;
}
