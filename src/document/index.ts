/**
 * The submission document: one model (types.ts) built from the engine's results (build.ts), laid out as the
 * sheet „Berechnung“ (sheet.ts) and, in Node, as a PDF (pdf.ts, imported directly: it needs pdfkit).
 */
export * from "./types";
export { buildEinreichung, bemessungText, type EinreichungEingabe } from "./build";
export { arbeitgeberTabellen, type ArbeitgeberTabelle, type KostenZeile } from "./arbeitgeber";
export { berechnungsBlatt, umbrechen, type Blatt } from "./sheet";
export { einreichungAusMappe, befundZelle, hatNachweis, heute, type EinreichungOutcome } from "./workbook";
