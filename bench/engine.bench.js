// Engine throughput: employer-cost evaluations per second and a 500-position plan, each against a plain
// `number` implementation of the same formulas written only for this benchmark (never used by the product).
const { performance } = require("node:perf_hooks");
const engine = require("../build/engine/index.js");

const { Dec, employerCost, parsePlan, evaluatePlan } = engine;

function time(fn, minMs = 400) {
  fn(); // warm-up
  let n = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < minMs) {
    fn();
    n++;
    t = performance.now();
  }
  return (t - t0) / n;
}

// --- plain-number baseline of the same formulas (2026 figures) ---
const r2 = (x) => Math.round((x + Number.EPSILON) * 100) / 100;
const P = { g: 603, og: 2000, f: 0.6619, kv: 14.6, zus: 2.9, pv: 3.6, rv: 18.6, av: 2.6, bbgKv: 5812.5, bbgRv: 8450 };
function numberCost(art, ae) {
  if (art === "minijob-privat") return ae + r2(ae * 0.05) * 2 + r2(ae * 0.02) + r2(ae * 0.016) + r2(ae * 0.008) + r2(ae * 0.0022);
  if (art === "uebergangsbereich") {
    const be = r2(P.f * P.g + ((P.og - P.f * P.g) * (ae - P.g)) / (P.og - P.g));
    const beAn = r2((P.og * (ae - P.g)) / (P.og - P.g));
    let ag = 0;
    for (const rate of [P.kv, P.zus, P.pv, P.rv, P.av]) ag += 2 * r2((be * rate) / 200) - r2((beAn * rate) / 200);
    return ae + ag + r2(ae * 0.015) + r2(ae * 0.004) + 5;
  }
  const kvb = Math.min(ae, P.bbgKv), rvb = Math.min(ae, P.bbgRv);
  return ae + r2((kvb * P.kv) / 200) + r2((kvb * P.zus) / 200) + r2((kvb * P.pv) / 200) + r2((rvb * P.rv) / 200) + r2((rvb * P.av) / 200) + r2(ae * 0.015) + r2(ae * 0.004) + 5;
}

const ARTS = ["minijob-privat", "uebergangsbereich", "sv-pflichtig"];
const N = 3000;
const wages = Array.from({ length: N }, (_, i) => {
  const art = ARTS[i % 3];
  const ae = art === "minijob-privat" ? 100 + (i % 500) : art === "uebergangsbereich" ? 604 + (i % 1390) : 2001 + (i % 5000);
  return { art, ae, dec: new Dec(ae).add(new Dec(i % 100).div(100)) };
});
const date = { y: 2026, m: 1, d: 1 };
const extra = { u1Prozent: new Dec("1.5"), u2Prozent: new Dec("0.4"), uvJahr: new Dec(60) };

const decMs = time(() => {
  for (const w of wages) employerCost({ art: w.art, brutto: w.dec, ...extra }, date);
});
const numMs = time(() => {
  let s = 0;
  for (const w of wages) s += numberCost(w.art, w.ae);
  return s;
});
const perSec = (N / decMs) * 1000;
console.log(`Arbeitgeberkosten: ${Math.round(perSec).toLocaleString("de-DE")} Auswertungen/s (decimal.js, ein Kern; Ziel ≥ 100.000)`);
console.log(`  number-Vergleich: ${Math.round((N / numMs) * 1000).toLocaleString("de-DE")} /s → Faktor ${(decMs / numMs).toFixed(1)}× langsamer als number`);

// --- 500-position plan across New Year ---
const positions = Array.from({ length: 500 }, (_, i) => {
  const k = i % 5;
  if (k === 0) return { bezeichnung: `Assistenz ${i}`, art: "arbeitgeber", beschaeftigung: "uebergangsbereich", menge: String(60 + (i % 40)), einheit: "stunde", je: "monat", preis: "15.50", u1Prozent: "1.5", u2Prozent: "0.4", uvJahr: "60" };
  if (k === 1) return { bezeichnung: `Minijob ${i}`, art: "arbeitgeber", beschaeftigung: "minijob-privat", rvBefreit: true, menge: String(10 + (i % 20)), einheit: "stunde", je: "woche", preis: "14.60" };
  if (k === 2) return { bezeichnung: `Pflege ${i}`, art: "arbeitgeber", beschaeftigung: "sv-pflichtig", menge: "160", einheit: "stunde", je: "monat", preis: "18.25", u1Prozent: "2.1", u2Prozent: "0.43", uvJahr: "90" };
  if (k === 3) return { bezeichnung: `Dienst ${i}`, art: "dienstleistung", menge: "2.5", einheit: "stunde", je: "tag", preis: "42.10", rundung: { schritt: "10", richtung: "auf" } };
  return { bezeichnung: `Fahrt ${i}`, art: "sachkosten", menge: "13", einheit: "fahrt", je: "zeitraum", preis: "28.50" };
});
const planJson = { zeitraum: { beginn: "2026-07-01", ende: "2027-06-30" }, einstellungen: { rechengroessen: { 2027: { kvZusatzDurchschnitt: "3.1", pv: "3.6", bbgKvPv: "6000", bbgRvAv: "8700", minijobU1: "0.8", minijobU2: "0.22" } } }, positionen: positions };
const planMs = time(() => evaluatePlan(parsePlan(planJson)), 1000);

function numberPlan() {
  let total = 0;
  for (const p of positions) {
    const m = Number(p.menge), price = Number(p.preis);
    const perMonth = p.je === "woche" ? (m * 52) / 12 : p.je === "tag" ? (m * 365) / 12 : p.je === "zeitraum" ? m / 12 : m;
    for (let k = 0; k < 12; k += 6) {
      const gross = r2(perMonth * price);
      total += (p.art === "arbeitgeber" ? numberCost(p.beschaeftigung, gross) : gross) * 6;
    }
  }
  return total;
}
const numPlanMs = time(numberPlan, 1000);
console.log(`Kostenplan mit 500 Positionen über den Jahreswechsel: ${planMs.toFixed(2)} ms je Auswertung (Ziel < 20 ms)`);
console.log(`  number-Vergleich: ${numPlanMs.toFixed(3)} ms → Faktor ${(planMs / numPlanMs).toFixed(0)}×`);
