#!/usr/bin/env node
/**
 * Bench: 10,000 `=BUDGET.ARBEITGEBERKOSTEN(...)` cells in HyperFormula (German mode), each referencing its
 * own input cells (brutto, Beschäftigungsart, Datum) and a shared options range; a full recalculation after
 * changing every brutto is timed and compared with the same sheet using the native formula `=A1*1,1492`.
 * Goal (issue 3): under 1 s and under 10× native. Needs `npm run build:cli` (build/functions).
 * Usage: node bench/formulas.bench.js [rows]
 */
"use strict";
const path = require("node:path");
require("../test/support/custom-functions-shim");
const hf = require("hyperformula");
const deDE = require("hyperformula/i18n/languages/deDE").default;
const { registerBudget, GERMAN_CONFIG } = require("../test/support/hf-budget-plugin");
const metadata = require("../test/functions/functions.golden.json");
let catalog;
try {
  catalog = require(path.join(__dirname, "../build/functions/catalog.js"));
} catch (e) {
  console.error("build/functions fehlt – bitte zuerst `npm run build:cli` ausführen.", e.message);
  process.exit(2);
}
registerBudget(hf, metadata, catalog.FUNCTIONS_BY_ID, deDE, catalog.FIXED_SPILL_SIZES);

const ROWS = Number(process.argv[2] || 10000);
const ARTEN = ["minijob-privat", "minijob-gewerblich", "uebergangsbereich", "sv-pflichtig"];
const BRUTTO = [520, 560, 1200, 3200];
const JAN_2026 = 46023;

function sheetData(formula) {
  const rows = [];
  for (let i = 0; i < ROWS; i++) {
    const k = i % 4;
    rows.push([BRUTTO[k] + (i % 50), ARTEN[k], JAN_2026 + (i % 365), null, i < 2 ? ["u1Prozent", "u2Prozent"][i] : null, i < 2 ? [1.1, 0.24][i] : null]);
  }
  return rows.map((r, i) => {
    r[3] = formula(i + 1);
    return r;
  });
}

function run(label, formula) {
  const t0 = process.hrtime.bigint();
  const engine = hf.HyperFormula.buildFromArray(sheetData(formula), { ...GERMAN_CONFIG });
  const build = Number(process.hrtime.bigint() - t0) / 1e6;
  const sample = engine.getCellValue({ sheet: 0, row: 3, col: 3 });
  if (typeof sample !== "number" || !Number.isFinite(sample)) throw new Error(`${label}: unexpected value ${JSON.stringify(sample)}`);
  // warm-up edit, then the timed full recalculation: every brutto changes
  const edit = (delta) => {
    const t = process.hrtime.bigint();
    const column = Array.from({ length: ROWS }, (_, i) => [BRUTTO[i % 4] + (i % 50) + delta]);
    engine.setCellContents({ sheet: 0, row: 0, col: 0 }, column); // one operation: 10,000 inputs change
    return Number(process.hrtime.bigint() - t) / 1e6;
  };
  edit(1);
  const times = [2, 3, 4].map(edit).sort((a, b) => a - b);
  const recalc = times[1];
  const after = engine.getCellValue({ sheet: 0, row: 3, col: 3 });
  engine.destroy();
  return { label, build, recalc, sample, after };
}

const native = run("nativ =A1*1,1492", (r) => `=A${r}*1,1492`);
const budget = run("BUDGET.ARBEITGEBERKOSTEN", (r) => `=BUDGET.ARBEITGEBERKOSTEN(A${r};B${r};C${r};$E$1:$F$2)`);
const ratio = budget.recalc / native.recalc;
const fmt = (ms) => `${ms.toFixed(1)} ms`;
console.log(`Zeilen: ${ROWS}`);
for (const r of [native, budget]) console.log(`${r.label.padEnd(28)} Aufbau ${fmt(r.build).padStart(10)}   Neuberechnung ${fmt(r.recalc).padStart(10)}`);
console.log(`Verhältnis BUDGET/nativ (Neuberechnung): ${ratio.toFixed(2)}×`);
const ok = budget.recalc < 1000 && ratio < 10;
console.log(`Ziel < 1 s und < 10×: ${ok ? "erreicht" : "NICHT erreicht"}`);
process.exitCode = ok ? 0 : 1;
