#!/usr/bin/env node
// Verwendungsnachweis check engine: 100,000 expense rows (realistic mix), checkReport timed alone.
// Needs the compiled engine: `npm run build:cli` first (or `npm run bench`).
const path = require("node:path");
const { parseReport, checkReport, reportResultJson } = require(path.join(__dirname, "..", "build", "engine", "index.js"));

const ROWS = Number(process.env.ROWS || 100000);
const GOAL_MS = 1000;

// Deterministic pseudo-random numbers (no Math.random: runs must be comparable).
let seed = 42; // mulberry32
const rnd = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
const mm = (m) => String(m).padStart(2, "0");

const plan = {
  format: "kostenplan/1",
  zeitraum: { beginn: "2026-01-01", ende: "2026-12-31" },
  positionen: [
    { bezeichnung: "Tagesassistenz", art: "arbeitgeber", menge: "4000", einheit: "stunde", je: "monat", preis: "15.00", beschaeftigung: "pauschal", arbeitgeberanteilProzent: "22" },
    { bezeichnung: "Nachtbereitschaft", art: "arbeitgeber", menge: "600", einheit: "stunde", je: "monat", preis: "14.00", beschaeftigung: "pauschal", arbeitgeberanteilProzent: "22" },
    { bezeichnung: "Fahrdienst", art: "sachkosten", menge: "200", einheit: "fahrt", je: "monat", preis: "25.00" },
    { bezeichnung: "Pflegedienst", art: "dienstleistung", menge: "150", einheit: "stunde", je: "monat", preis: "48.00" },
    { bezeichnung: "Budgetverwaltung", art: "verwaltung", menge: "1", je: "monat", preis: "900.00" },
    { bezeichnung: "Ausfallreserve", art: "reserve", prozent: "10", basis: "arbeitgeber" },
  ],
};

const employees = [];
for (let i = 1; i <= 200; i++) {
  const minijob = i % 3 === 0;
  employees.push({
    name: `Assistenz ${i}`,
    beschaeftigung: minijob ? "minijob-privat" : i % 3 === 1 ? "sv-pflichtig" : "uebergangsbereich",
    stundenlohn: i % 10 === 0 ? "" : pick(["14.00", "15.50", "16.20", "13.50"]),
    verwandtschaft: i === 7 ? "kind" : "",
  });
}

const ausgaben = [];
for (let i = 0; i < ROWS; i++) {
  const m = 1 + Math.floor(rnd() * 12);
  const day = 1 + Math.floor(rnd() * 28);
  const r = rnd();
  let row;
  if (r < 0.55) {
    const e = pick(employees);
    const h = (2 + Math.floor(rnd() * 64) / 4).toFixed(2); // quarter hours
    row = { empfaenger: e.name, position: rnd() < 0.85 ? "Tagesassistenz" : "Nachtbereitschaft", stunden: h, betrag: (Number(h) * 15).toFixed(2) };
  } else if (r < 0.75) {
    row = { empfaenger: pick(["Taxi Schmidt", "Taxi Meier", "Fahrdienst Nord"]), position: "Fahrdienst", betrag: (15 + Math.floor(rnd() * 4000) / 100).toFixed(2) };
  } else if (r < 0.88) {
    row = { empfaenger: "Pflegedienst Sonne", position: "Pflegedienst", betrag: (48 * (1 + Math.floor(rnd() * 16) / 4)).toFixed(2), stunden: "" };
  } else if (r < 0.97) {
    row = { empfaenger: pick(["Steuerbüro Klein", "Bürobedarf", "Bank"]), position: pick(["Budgetverwaltung", "budgetverwaltung "]), betrag: (1 + Math.floor(rnd() * 3000) / 100).toFixed(2) };
  } else {
    row = { empfaenger: pick(["Unbekannt", ""]), position: pick(["Urlaub", "Fahrdienst", ""]), betrag: pick(["abc", "-12,50", "0", "12,5"]) };
  }
  row.datum = rnd() < 0.5 ? `2026-${mm(m)}-${mm(day)}` : `${mm(day)}.${mm(m)}.2026`;
  row.leistungsmonat = rnd() < 0.95 ? `2026-${mm(m)}` : "";
  row.beleg = rnd() < 0.9 ? `B-${i}` : "";
  if (rnd() < 0.01) row.begruendung = "mit dem Träger vereinbart";
  if (typeof row.betrag === "string" && rnd() < 0.3) row.betrag = row.betrag.replace(".", ",");
  ausgaben.push(row);
}

const einnahmen = [];
for (let m = 1; m <= 12; m++) einnahmen.push({ datum: `2026-${mm(m)}-01`, art: "budget", traeger: "egh", betrag: "100000.00" });

const json = {
  format: "verwendungsnachweis/1",
  zeitraum: { beginn: "2026-01-01", ende: "2026-12-31" },
  kostenplan: plan,
  regeln: { reste: "uebertrag-bis-monatsbudget", belegPflichtAb: "0" },
  einnahmen,
  beschaeftigte: employees,
  ausgaben,
  angaben: { einnahmen: "1200000.00" },
};

const mb = (x) => (x / 1048576).toFixed(1);
if (global.gc) global.gc();
const t0 = process.hrtime.bigint();
const report = parseReport(json);
if (global.gc) global.gc(); // charge checkReport with its own garbage only
const t1 = process.hrtime.bigint();
// warm-up on a small slice would distort nothing but JIT; we measure the first full run as a user sees it
const result = checkReport(report);
const t2 = process.hrtime.bigint();
const out = reportResultJson(result);
const t3 = process.hrtime.bigint();
const mem = process.memoryUsage();

const ms = (a, b) => Number(b - a) / 1e6;
const checkMs = ms(t1, t2);
console.log(`rows:            ${ROWS.toLocaleString("en")}`);
console.log(`parseReport:     ${ms(t0, t1).toFixed(0)} ms`);
console.log(`checkReport:     ${checkMs.toFixed(0)} ms  (${Math.round(ROWS / (checkMs / 1000)).toLocaleString("en")} rows/s)  goal < ${GOAL_MS} ms`);
console.log(`result JSON:     ${ms(t2, t3).toFixed(0)} ms`);
console.log(`findings:        ${out.befunde.length} (fehler ${out.counts.fehler}, warnung ${out.counts.warnung}, hinweis ${out.counts.hinweis})`);
console.log(`rss / heapUsed:  ${mb(mem.rss)} MB / ${mb(mem.heapUsed)} MB`);
if (checkMs >= GOAL_MS) {
  console.log("GOAL MISSED");
  process.exitCode = 1;
}
