/**
 * Exact money arithmetic. Every amount in the engine is a `Dec` from this private decimal.js clone,
 * so our settings never leak into (or from) other libraries. Rounding happens only through the named
 * functions below, at the points the domain names.
 */
import DecimalBase from "decimal.js";

export const Dec = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });
export type Dec = InstanceType<typeof Dec>;

export const ZERO = new Dec(0);
export const HUNDRED = new Dec(100);

/** Half away from zero ("kaufmännisch") to cents: the single rounding of a money figure. */
export function cents(x: Dec): Dec {
  // Most payroll products already have at most two places; skipping decimal.js's rounding there is
  // the single biggest saving on the hot path.
  return x.decimalPlaces() <= 2 ? x : x.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
}

const factors = new WeakMap<Dec, Dec>();
const differences = new WeakMap<Dec, Map<string, Dec>>();

/**
 * `rate − other` for rates that are legal figures (parsed once): the same object each time, so the factor
 * caches below keep working on the hot payroll paths.
 */
export function rateMinus(rate: Dec, other: Dec | number): Dec {
  let byOther = differences.get(rate);
  if (!byOther) differences.set(rate, (byOther = new Map()));
  const key = String(other);
  let d = byOther.get(key);
  if (!d) byOther.set(key, (d = rate.sub(other)));
  return d;
}
const halfFactors = new WeakMap<Dec, Dec>();

/**
 * Percent points as an exact factor (5.00 → 0.05), cached per rate object: legal figures and plan inputs
 * are parsed once, so the hot payroll paths multiply instead of dividing.
 */
export function factorOf(ratePercent: Dec): Dec {
  let f = factors.get(ratePercent);
  if (!f) {
    f = ratePercent.div(HUNDRED);
    factors.set(ratePercent, f);
  }
  return f;
}

/** Half a rate as a factor (14.6 → 0.073): the employer's or employee's half share. Exact for any rate in cents of a percent. */
export function halfFactorOf(ratePercent: Dec): Dec {
  let f = halfFactors.get(ratePercent);
  if (!f) {
    f = ratePercent.div(200);
    halfFactors.set(ratePercent, f);
  }
  return f;
}

/** `round2(base × rate%)`: the usual payroll line. */
export function centsOfPercent(base: Dec, ratePercent: Dec): Dec {
  return cents(base.mul(factorOf(ratePercent)));
}

/** `round2(base × rate%/2)`: half of a contribution rate, as in BVV § 2 Abs. 1. */
export function centsOfHalfPercent(base: Dec, ratePercent: Dec): Dec {
  return cents(base.mul(halfFactorOf(ratePercent)));
}

export type Richtung = "kaufmaennisch" | "auf" | "ab";
export const RICHTUNGEN: readonly Richtung[] = ["kaufmaennisch", "auf", "ab"];

export interface Rundung {
  schritt: Dec;
  richtung: Richtung;
}

/**
 * Rounds a figure to whole steps (e.g. 5, 10, 50 EUR). Order as agreed with the Träger:
 * exact → cents (half-up) → step. `auf`/`ab` round towards larger / smaller values.
 */
export function roundToStep(x: Dec, r: Rundung | undefined): Dec {
  const c = cents(x);
  if (!r) return c;
  const steps = c.div(r.schritt);
  const mode = r.richtung === "auf" ? Dec.ROUND_CEIL : r.richtung === "ab" ? Dec.ROUND_FLOOR : Dec.ROUND_HALF_UP;
  return cents(steps.toDecimalPlaces(0, mode).mul(r.schritt));
}

/** Money as the exchange formats print it: "1234.50". */
export function fmt(x: Dec): string {
  return cents(x).toFixed(2);
}

/** Money for people: "1.234,50 €". */
export function fmtEuro(x: Dec): string {
  return `${fmtDe(x, 2)} €`;
}

/** German number with fixed decimals: "1.234,50". */
export function fmtDe(x: Dec, decimals = 2): string {
  const s = x.toDecimalPlaces(decimals, Dec.ROUND_HALF_UP).toFixed(decimals);
  const neg = s.startsWith("-");
  const [int, frac] = (neg ? s.slice(1) : s).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${neg ? "−" : ""}${grouped}${frac ? "," + frac : ""}`;
}

export function sum(xs: Iterable<Dec>): Dec {
  let t = ZERO;
  for (const x of xs) if (!x.isZero()) t = t.add(x);
  return t;
}

export function max(a: Dec, b: Dec): Dec {
  return a.gte(b) ? a : b;
}

export function min(a: Dec, b: Dec): Dec {
  return a.lte(b) ? a : b;
}

/**
 * Splits a cent amount into parts proportional to `weights`, each in whole cents, the parts summing exactly
 * to the amount (largest remainder, see `inCents`). Equal parts when the weights sum to zero.
 */
export function allocateCents(total: Dec, weights: readonly Dec[]): Dec[] {
  if (weights.length === 0) return [];
  const sumW = sum(weights);
  return inCents(
    total,
    weights.map((w) => (sumW.isZero() ? total.div(weights.length) : total.mul(w).div(sumW))),
  );
}

/**
 * Parts of a rounded total that were summed exactly before it was rounded: each part gets the rounding
 * difference in proportion to its positive size (a negative part, e.g. an expected refund, keeps its amount),
 * then whole cents summing to the total.
 */
export function allocateRounding(total: Dec, exact: readonly Dec[]): Dec[] {
  if (exact.length === 0) return [];
  const diff = cents(total).sub(sum(exact));
  const positive = exact.map((x) => (x.isNegative() ? ZERO : x));
  const sumPositive = sum(positive);
  return inCents(
    total,
    exact.map((x, i) => x.add(sumPositive.isZero() ? diff.div(exact.length) : diff.mul(positive[i]).div(sumPositive))),
  );
}

/**
 * Exact shares that sum to a cent amount → whole cents summing to it (largest remainder: every share rounded
 * down, the cents left over to the largest remainders, on equal remainders to the earlier share).
 */
function inCents(total: Dec, shares: readonly Dec[]): Dec[] {
  const parts = shares.map((x) => x.mul(100).floor());
  let left = cents(total).mul(100).sub(sum(parts)); // whole cents, fewer than there are shares
  const order = shares.map((x, i) => ({ i, rest: x.mul(100).sub(parts[i]) })).sort((a, b) => b.rest.cmp(a.rest) || a.i - b.i);
  for (const { i } of order) {
    if (!left.gt(0)) break;
    parts[i] = parts[i].add(1);
    left = left.sub(1);
  }
  return parts.map((p) => p.div(100));
}
