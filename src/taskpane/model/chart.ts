/** Data of the small horizontal bar charts: numbers only scale the bars; the texts come from the engine's formatting. */
export interface BalkenWert {
  /** For the bar length only. */
  wert: number;
  /** The formatted amount shown beside the bar. */
  text: string;
}

export interface Balken {
  label: string;
  /** One value per series (e.g. plan and actual). */
  werte: BalkenWert[];
}

/** Bar length in 0…1 of the largest value; negative and non-finite values draw no bar. */
export function anteil(wert: number, max: number): number {
  if (!Number.isFinite(wert) || wert <= 0 || !Number.isFinite(max) || max <= 0) return 0;
  return Math.min(1, wert / max);
}
