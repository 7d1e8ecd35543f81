/** Findings (Befunde) of every check: a stable rule id, a severity and a German sentence naming the place. */
export type Schwere = "fehler" | "warnung" | "hinweis";

export interface Ort {
  liste?: string;
  /** 1-based index into that list. */
  zeile?: number;
  feld?: string;
  blatt?: string;
  zelle?: string;
}

export interface Befund {
  regel: string;
  schwere: Schwere;
  text: string;
  ort?: Ort;
  /** An agreed justification: the finding stays visible but no longer counts. */
  begruendung?: string;
  /** The plan's own finding (evaluatePlan), reported with the check of a Verwendungsnachweis. */
  teil?: "kostenplan";
}

export function befund(regel: string, schwere: Schwere, text: string, ort?: Ort): Befund {
  return ort ? { regel, schwere, text, ort } : { regel, schwere, text };
}

/** The text where the plan's own findings stand among the report's: „Kostenplan: …“ in front of them. */
export function befundText(b: Befund): string {
  return b.teil === "kostenplan" ? `Kostenplan: ${b.text}` : b.text;
}

/** Counts only findings without an agreed justification. */
export function counts(befunde: readonly Befund[]): Record<Schwere, number> {
  const c = { fehler: 0, warnung: 0, hinweis: 0 };
  for (const b of befunde) if (!b.begruendung || b.schwere === "hinweis") c[b.schwere]++;
  return c;
}
