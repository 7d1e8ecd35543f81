#!/usr/bin/env node
/**
 * `budget pruefen <ordner> --csv` over 1,000 workbooks of 200 expense rows each, in ONE process.
 * Needs `npm run build:cli` first (npm run bench does it). Generation is not timed: 20 distinct
 * workbooks are built from the template and copied to 1,000 files. Goal: under 30 s on 2 cores.
 *
 * In the same run a bare pass over the same files (one thread, in this process): read each file, inflate every part
 * of the zip and run the own XML tokenizer over each XML part (src/workbook/xlsx/zip.ts and xml.ts, compiled in
 * build/) – no template mapping, no checks. The batch's time over that pass is the ratio; goal: at most 2×.
 */
const { mkdtempSync, writeFileSync, rmSync, existsSync, readFileSync } = require("node:fs");
const { tmpdir } = require("node:os");
const path = require("node:path");
const { spawnSync } = require("node:child_process");

const FILES = Number(process.argv[2] || 1000);
const ROWS = Number(process.argv[3] || 200);
const root = path.join(__dirname, "..");
const build = path.join(root, "build");
if (!existsSync(path.join(build, "workbook", "xlsx-write.js"))) {
  console.error("Bitte zuerst `npm run build:cli` ausführen.");
  process.exit(2);
}
const { buildTemplate } = require(path.join(build, "workbook", "xlsx-write.js"));
const { SETTINGS, tableDef } = require(path.join(build, "workbook", "layout.js"));
const { readDirectory, inflateEntry, InflateBudget } = require(path.join(build, "workbook", "xlsx", "zip.js"));
const { XmlTokenizer } = require(path.join(build, "workbook", "xlsx", "xml.js"));
const sample = JSON.parse(readFileSync(path.join(root, "samples", "verwendungsnachweis-2026-h1.json"), "utf8"));

function setSetting(wb, key, value) {
  const t = tableDef("tblEinstellungen");
  wb.getWorksheet(t.sheet).getCell(t.headerRow + 1 + SETTINGS.findIndex((s) => s.key === key), t.firstCol + 1).value = value;
}
function fill(wb, table, rows) {
  const t = tableDef(table);
  const ws = wb.getWorksheet(t.sheet);
  rows.forEach((row, i) => {
    t.columns.forEach((c, j) => {
      const v = c.key.split(".").reduce((o, k) => (o == null ? undefined : o[k]), row);
      if (v !== undefined && v !== "") ws.getCell(t.headerRow + 1 + i, t.firstCol + j).value = v;
    });
  });
}
const num = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === "string" && /^\d+(\.\d+)?$/.test(v) ? Number(v) : v]));
const date = (iso) => new Date(`${iso}T00:00:00Z`);

async function variant(k) {
  const wb = buildTemplate();
  setSetting(wb, "zeitraum.beginn", date("2026-01-01"));
  setSetting(wb, "zeitraum.ende", date("2026-06-30"));
  setSetting(wb, "kostenplan.zeitraum.beginn", date("2026-01-01"));
  setSetting(wb, "kostenplan.zeitraum.ende", date("2026-12-31"));
  setSetting(wb, "kostenplan.einstellungen.rundung.monat.schritt", 5);
  setSetting(wb, "kostenplan.einstellungen.rundung.monat.richtung", "auf");
  fill(wb, "tblTraeger", sample.kostenplan.traeger.map(num));
  fill(wb, "tblKostenplan", sample.kostenplan.positionen.map(num));
  fill(wb, "tblBeschaeftigte", sample.beschaeftigte.map(num));
  fill(wb, "tblEinnahmen", sample.einnahmen.map((e) => ({ ...num(e), datum: date(e.datum) })));
  const rows = [];
  for (let i = 0; i < ROWS; i++) {
    const a = sample.ausgaben[i % sample.ausgaben.length];
    const m = 1 + (i % 6);
    rows.push({ ...num(a), datum: date(`2026-0${m}-${String(1 + ((i * 7 + k) % 28)).padStart(2, "0")}`), leistungsmonat: date(`2026-0${m}-01`), betrag: Number(((Number(a.betrag) * (1 + (k % 5) / 100)) / 6).toFixed(2)), beleg: `B-${k}-${i}` });
  }
  fill(wb, "tblAusgaben", rows);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The bare pass: every part of every file inflated, every XML part tokenized (a handler that does nothing). */
function barePass(files) {
  const noop = { open() {}, close() {}, text() {} };
  let parts = 0;
  let bytes = 0;
  const start = process.hrtime.bigint();
  for (const f of files) {
    const buf = readFileSync(f);
    const budget = new InflateBudget(Number.MAX_SAFE_INTEGER);
    for (const e of readDirectory(buf).values()) {
      if (e.name.endsWith("/")) continue;
      parts++;
      if (/\.(xml|rels|vml)$/i.test(e.name)) {
        const t = new XmlTokenizer(noop);
        const decoder = new TextDecoder("utf-8");
        inflateEntry(buf, e, Number.MAX_SAFE_INTEGER, e.name, budget, (c) => {
          bytes += c.length;
          t.feed(decoder.decode(c, { stream: true }));
        });
        t.feed(decoder.decode());
        t.end();
      } else inflateEntry(buf, e, Number.MAX_SAFE_INTEGER, e.name, budget, (c) => (bytes += c.length));
    }
  }
  return { secs: Number(process.hrtime.bigint() - start) / 1e9, parts, bytes };
}

(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "budget-bench-"));
  try {
    const t0 = Date.now();
    const variants = [];
    for (let k = 0; k < 20; k++) variants.push(await variant(k));
    for (let i = 0; i < FILES; i++) writeFileSync(path.join(dir, `fall-${String(i + 1).padStart(4, "0")}.xlsx`), variants[i % variants.length]);
    console.log(`${FILES} Arbeitsmappen mit je ${ROWS} Ausgaben erzeugt in ${((Date.now() - t0) / 1000).toFixed(1)} s (${(variants[0].length / 1024).toFixed(0)} KB je Datei)`);

    const cli = [path.join(root, "bin", "budget.js"), "pruefen", dir, "--csv"];
    const hasTime = existsSync("/usr/bin/time");
    const start = process.hrtime.bigint();
    const r = hasTime
      ? spawnSync("/usr/bin/time", ["-v", process.execPath, ...cli], { stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 28 })
      : spawnSync(process.execPath, cli, { stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 28 });
    const secs = Number(process.hrtime.bigint() - start) / 1e9;
    const stderr = r.stderr.toString();
    const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
    const lines = r.stdout.toString().trim().split("\r\n").length;
    console.log(`budget pruefen ${FILES} Dateien --csv: ${secs.toFixed(2)} s, ${(FILES / secs).toFixed(1)} Dateien/s, Exit-Code ${r.status}, ${lines} CSV-Zeilen`);
    const files = Array.from({ length: FILES }, (_, i) => path.join(dir, `fall-${String(i + 1).padStart(4, "0")}.xlsx`));
    barePass(files.slice(0, 20)); // warm-up (JIT), not timed
    const bare = barePass(files);
    const ratio = secs / bare.secs;
    console.log(`Reiner Lesedurchgang (entpacken + XML zerlegen, 1 Thread): ${bare.secs.toFixed(2)} s, ${bare.parts} Teile, ${(bare.bytes / 1048576).toFixed(0)} MB entpackt`);
    console.log(`Verhältnis Stapel / reiner Durchgang: ${ratio.toFixed(2)}× (Ziel ≤ 2×: ${ratio <= 2 ? "erreicht" : "VERFEHLT"})`);
    if (rss) console.log(`Spitzen-RSS: ${(Number(rss[1]) / 1024).toFixed(0)} MB`);
    else console.log(`Spitzen-RSS: (nicht gemessen: /usr/bin/time fehlt; Kindprozess maxRSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB ist nur dieser Prozess)`);
    if (r.status !== 0 && r.status !== 1) console.log(stderr.split("\n").slice(0, 5).join("\n"));
    console.log(secs < 30 ? "Ziel < 30 s: erreicht" : "Ziel < 30 s: VERFEHLT");
    process.exitCode = secs < 30 && (r.status === 0 || r.status === 1) ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
})();
