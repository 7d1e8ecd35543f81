/** "Meinten Sie …?": the known word nearest to a misspelt one (edit distance, case and umlauts ignored). */
import { normWord } from "./values";

function distance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

/**
 * The candidate nearest to `word`, when it is near enough to be a slip: at most a third of its letters
 * differ, or one begins or ends with the other ("eigenanteilmonat" ~ "kostenplan.eigenanteilMonat").
 * `streng` (column headers, where people add columns of their own): only two slips, no affixes.
 */
export function nearest(word: string, candidates: Iterable<string>, mode: "locker" | "streng" = "locker"): string | undefined {
  const w = normWord(word).slice(0, 80);
  if (!w) return undefined;
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const n = normWord(c);
    const suffix = mode === "locker" && Math.min(w.length, n.length) >= 4 && (n.endsWith(w) || w.endsWith(n) || n.startsWith(w) || w.startsWith(n));
    const d = n === w ? 0 : suffix ? 1 : distance(w, n);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  const limit = mode === "streng" ? (w.length >= 6 ? 2 : 0) : Math.max(2, Math.floor(w.length / 3));
  return best !== undefined && bestD <= limit ? best : undefined;
}

/** " – meinten Sie „x“?" or "" (to append to a message). */
export function meintenSie(word: string, candidates: Iterable<string>): string {
  const n = nearest(word, candidates);
  return n ? ` – meinten Sie „${n}“?` : "";
}
