/**
 * The Stichprobe of a batch (`budget pruefen --stichprobe <prozent> --seed <n>`): a reproducible random sample of the
 * checked cases for deeper checks.
 *
 * How it is drawn: every checked case gets a number in [0, 1) from its file name (without the folder, so a copy of the
 * folder elsewhere or on another machine draws the same sample) and the seed: FNV-1a (32 bit) over the UTF-8 bytes of
 * the file name, mixed with the seed, then one step of mulberry32. The ⌈prozent × m / 100⌉ cases with the smallest
 * numbers are the sample (ties by the full path) – at least one case when the percentage is above 0 and there are
 * cases, every case at 100 %. The draw depends only on the set of files and the seed, never on the order in which the
 * batch finishes, the clock or `Math.random`.
 */
import { basename } from "node:path";
import { parseTypedDecimal } from "../../engine";
import { InputError } from "../../engine/errors";

export interface StichprobeOptionen {
  prozent: number;
  seed: number;
}

/** FNV-1a, 32 bit, over the UTF-8 bytes of `s`. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(s, "utf8")) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** One step of mulberry32 from state `a`: a number in [0, 1). */
function mulberry32(a: number): number {
  let t = (a + 0x6d2b79f5) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** The case's number in [0, 1) for this seed. */
export function losnummer(datei: string, seed: number): number {
  return mulberry32((fnv1a(basename(datei)) ^ Math.imul(seed >>> 0, 0x9e3779b1)) >>> 0);
}

/** The sample among `dateien` (the checked cases): a set of their paths. */
export function stichprobe(dateien: readonly string[], o: StichprobeOptionen): Set<string> {
  const m = dateien.length;
  const n = o.prozent <= 0 || m === 0 ? 0 : Math.min(m, Math.ceil((o.prozent * m) / 100 - 1e-9));
  const sorted = dateien.map((d) => ({ d, x: losnummer(d, o.seed) })).sort((a, b) => a.x - b.x || (a.d < b.d ? -1 : a.d > b.d ? 1 : 0));
  return new Set(sorted.slice(0, Math.max(n, o.prozent > 0 && m > 0 ? 1 : 0)).map((e) => e.d));
}

/** `--stichprobe` and `--seed` as typed (German numbers: „12,5“, „10 %“, „1.000“); both or neither. */
export function stichprobeOptionen(prozent: string | undefined, seed: string | undefined): StichprobeOptionen | undefined {
  if (prozent === undefined && seed === undefined) return undefined;
  if (prozent === undefined) throw new InputError("--seed: gilt nur zusammen mit --stichprobe <prozent>.", "--seed");
  if (seed === undefined) throw new InputError("--stichprobe: Bitte auch --seed <Zahl> angeben, damit die Stichprobe wiederholbar ist.", "--seed");
  const p = parseTypedDecimal(prozent, "--stichprobe", "prozent");
  if (p.isNegative() || p.gt(100)) throw new InputError(`--stichprobe: ${prozent} liegt nicht zwischen 0 und 100 Prozent.`, "--stichprobe");
  const s = parseTypedDecimal(seed, "--seed");
  if (!s.isInteger() || s.isNegative() || s.gt(4294967295)) throw new InputError(`--seed: ${seed} ist keine ganze Zahl von 0 bis 4.294.967.295.`, "--seed");
  return { prozent: p.toNumber(), seed: s.toNumber() };
}
