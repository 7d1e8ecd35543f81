/**
 * The print setup of workbook/print.ts with Office.js (ExcelApi 1.9): A4, orientation, fitted to one page wide
 * (a wide sheet to several, its first column repeated, pages over then down), print area, repeated title rows,
 * header and footer. Queued only: the caller's next sync applies it.
 */
import type { Druckeinrichtung } from "../../workbook/print";

export function applyPrint(ws: Excel.Worksheet, d: Druckeinrichtung): void {
  const p = ws.pageLayout;
  p.paperSize = "A4";
  p.orientation = d.quer ? "Landscape" : "Portrait";
  p.zoom = { horizontalFitToPages: d.seitenBreit ?? 1 };
  if (d.bereich) p.setPrintArea(d.bereich);
  if (d.titelzeilen) p.setPrintTitleRows(d.titelzeilen);
  if (d.titelspalten) {
    p.setPrintTitleColumns(d.titelspalten);
    p.printOrder = "OverThenDown";
  }
  const hf = p.headersFooters.defaultForAllPages;
  hf.leftHeader = d.kopf.links;
  hf.centerHeader = d.kopf.mitte;
  hf.rightHeader = d.kopf.rechts;
  hf.leftFooter = d.fuss.links;
  hf.centerFooter = d.fuss.mitte;
  hf.rightFooter = d.fuss.rechts;
}
