/**
 * What every rule of the check needs: the report, its effective settings, each expense resolved once
 * (month, plan position, employee) and one place to add findings. Rules only read the context and add
 * findings, so each stays O(n) and independent of the others.
 */
import { compareDates, germanDate, monthIndex, type CalDate } from "../dates";
import type { Befund, Ort, Schwere } from "../findings";
import type { PositionResult } from "../plan/compute";
import { normName } from "./cells";
import type { Ausgabe, Beschaeftigter, Einnahme, Report, ReportRules, Zellproblem } from "./types";

export interface ResolvedAusgabe {
  a: Ausgabe;
  /** "Ausgabe 3 (31.01.2026, A. Beispiel)": how findings name the row (built on first use). */
  readonly label: string;
  /** Normalised payee (shared strings: one per distinct payee). */
  empfaengerNorm: string;
  /** Month index of the Leistungsmonat, else of the payment date; undefined when neither is readable. */
  monat?: number;
  /** The plan position the row is booked to (exact name or a case/whitespace variant). */
  position?: PositionResult;
  /** The employee the payment went to (payee = employee name). */
  beschaeftigter?: Beschaeftigter;
}

export class CheckContext {
  readonly befunde: Befund[] = [];
  readonly ausgaben: ResolvedAusgabe[];
  /** Plan positions by exact name and by normalised name (first one wins on duplicates). */
  readonly positionExakt = new Map<string, PositionResult>();
  readonly positionNorm = new Map<string, PositionResult>();
  readonly beschaeftigteNorm = new Map<string, Beschaeftigter>();

  constructor(
    readonly report: Report,
    readonly regeln: ReportRules,
  ) {
    for (const p of report.planErgebnis.positionen) {
      const name = p.position.bezeichnung;
      if (!this.positionExakt.has(name)) this.positionExakt.set(name, p);
      const n = normName(name);
      if (!this.positionNorm.has(n)) this.positionNorm.set(n, p);
    }
    for (const b of report.beschaeftigte) {
      if (b.unbrauchbar || b.name === "") continue;
      const n = normName(b.name);
      if (!this.beschaeftigteNorm.has(n)) this.beschaeftigteNorm.set(n, b);
    }
    this.ausgaben = report.ausgaben.map((a) => this.resolve(a));
  }

  /** Normalised names are cached: large reports repeat few distinct payees and positions. */
  private readonly normCache = new Map<string, string>();
  norm(s: string): string {
    let n = this.normCache.get(s);
    if (n === undefined) this.normCache.set(s, (n = normName(s)));
    return n;
  }

  private resolve(a: Ausgabe): ResolvedAusgabe {
    const r = new Resolved(a, a.empfaenger ? this.norm(a.empfaenger) : "");
    if (a.unbrauchbar) return r;
    if (a.leistungsmonat) r.monat = monthIndex(a.leistungsmonat);
    else if (a.datum) r.monat = monthIndex(a.datum);
    if (a.position !== "") r.position = this.positionExakt.get(a.position) ?? this.positionNorm.get(this.norm(a.position));
    if (r.empfaengerNorm !== "") r.beschaeftigter = this.beschaeftigteNorm.get(r.empfaengerNorm);
    return r;
  }

  add(regel: string, schwere: Schwere, text: string, ort?: Ort, begruendung?: string): void {
    const b: Befund = ort ? { regel, schwere, text, ort } : { regel, schwere, text };
    if (begruendung) b.begruendung = begruendung;
    this.befunde.push(b);
  }

  /** A finding of an expense row: named by its label, carrying the row's justification. */
  addAusgabe(r: ResolvedAusgabe, regel: string, schwere: Schwere, text: string, feld?: string): void {
    this.add(regel, schwere, `${r.label}: ${text}`, ort("ausgaben", r.a.zeile, feld), r.a.begruendung);
  }

  /** Cell problems are never neutralised by a justification: an unreadable value must be corrected. */
  addProblem(liste: string, zeile: number | undefined, label: string, p: Zellproblem): void {
    const feld = p.feld.replace(/^[a-z]+(\[\d+\])?\./, ""); // "beschaeftigte[2].aenderungen[1].ab" → "aenderungen[1].ab"
    this.add(p.regel, p.schwere, `${label}: ${p.text}`, zeile === undefined ? { liste, feld } : ort(liste, zeile, feld === p.feld ? undefined : feld));
  }

  inZeitraum(d: CalDate): boolean {
    const z = this.report.zeitraum;
    return compareDates(d, z.beginn) >= 0 && compareDates(d, z.ende) <= 0;
  }
}

class Resolved implements ResolvedAusgabe {
  monat?: number;
  position?: PositionResult;
  beschaeftigter?: Beschaeftigter;
  private labelText?: string;
  constructor(
    readonly a: Ausgabe,
    readonly empfaengerNorm: string,
  ) {}
  get label(): string {
    return (this.labelText ??= ausgabeLabel(this.a));
  }
}

function ort(liste: string, zeile: number, feld?: string): Ort {
  return feld ? { liste, zeile, feld } : { liste, zeile };
}

export function ausgabeLabel(a: Ausgabe): string {
  const parts = [a.datum ? germanDate(a.datum) : "", a.empfaenger ?? ""].filter((s) => s !== "");
  return parts.length ? `Ausgabe ${a.zeile} (${parts.join(", ")})` : `Ausgabe ${a.zeile}`;
}

export function einnahmeLabel(e: Einnahme): string {
  const parts = [e.datum ? germanDate(e.datum) : "", e.artText ?? ""].filter((s) => s !== "");
  return parts.length ? `Einnahme ${e.zeile} (${parts.join(", ")})` : `Einnahme ${e.zeile}`;
}

export function beschaeftigteLabel(b: Beschaeftigter): string {
  return b.name ? `Beschäftigte/r ${b.zeile} (${b.name})` : `Beschäftigte/r ${b.zeile}`;
}

/** "Ausgaben 3, 7, 9" – at most five rows, then "und 12 weitere". */
export function rowList(rows: readonly ResolvedAusgabe[]): string {
  const shown = rows.slice(0, 5).map((r) => r.a.zeile).join(", ");
  const more = rows.length > 5 ? ` und ${rows.length - 5} weitere` : "";
  return `${rows.length === 1 ? "Ausgabe" : "Ausgaben"} ${shown}${more}`;
}

/** The first justification among a group of rows (group findings such as a month's wage check). */
export function groupBegruendung(rows: readonly ResolvedAusgabe[]): string | undefined {
  for (const r of rows) if (r.a.begruendung) return r.a.begruendung;
  return undefined;
}
