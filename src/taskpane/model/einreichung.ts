/**
 * The submission document of the open workbook for the Einreichen view: read through the host, computed by the
 * engine (document/workbook.ts, the same as `budget bericht`), and the German sentences of the results.
 */
import { einreichungAusMappe, heute } from "../../document/workbook";
import type { Einreichung } from "../../document/types";
import type { CalculationResult, WorkbookHost } from "../host/types";
import { zitat } from "./format";

export type DokumentStand = { ok: true; dokument: Einreichung } | { ok: false; text: string };

export const VORLAGE_FEHLT = "Die Vorlage fehlt – bitte zuerst unter „Vorlage“ die Vorlage einfügen.";

export async function einreichungLesen(host: WorkbookHost, erstellt = heute()): Promise<DokumentStand> {
  const read = await host.read();
  if (!read) return { ok: false, text: VORLAGE_FEHLT };
  const out = einreichungAusMappe(read, erstellt);
  if (out.ok) return out;
  return { ok: false, text: out.leer ? "Der Kostenplan hat noch keine Positionen – es gibt noch nichts zu berechnen." : out.message };
}

/** „Das Blatt „Berechnung“ ist neu angelegt: 84 Zeilen, alle Zahlen als Werte. …“ */
export function berechnungSatz(r: CalculationResult): string {
  const wie = r.neu ? "ist neu angelegt" : "ist auf dem neuesten Stand";
  return `Das Blatt ${zitat(r.blatt)} ${wie}: ${r.zeilen} Zeilen, alle Zahlen als Werte. Es druckt auf A4; Ihre eigenen Blätter bleiben unverändert.`;
}
