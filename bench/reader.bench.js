#!/usr/bin/env node
/**
 * The workbook reader: robustness and speed against exceljs on the same files, and the limits.
 * Needs `npm run build:cli` (npm run bench does it). Each measurement runs in its own child process, so the
 * peak memory (maxRSS) is that reading's alone.
 *
 * 1. Robustness: the fixtures of other writers (openpyxl, LibreOffice, both date systems) and a hand-made
 *    file (inline strings, no cell references, absolute part names): read by exceljs and by ours.
 * 2. Speed: a filled template and one with 20,000 expense rows, exceljs vs ours.
 * 3. Limits (goal: under 500 MB and under 10 s each, with a clear German message): a "zip bomb" (a few MB
 *    whose shared strings inflate to more than 1 GB) and a workbook with 1,000,000 rows.
 */
const { mkdtempSync, rmSync, writeFileSync, readdirSync, readFileSync, openSync, writeSync, closeSync } = require("node:fs");
const { tmpdir } = require("node:os");
const path = require("node:path");
const { spawnSync } = require("node:child_process");
const { Zip, ZipDeflate, strToU8 } = require("fflate");

const root = path.join(__dirname, "..");
const build = path.join(root, "build");
const fixtures = path.join(root, "test", "fixtures");
const dir = mkdtempSync(path.join(tmpdir(), "budget-reader-bench-"));

/** Runs one reading in a fresh process: { ms, rssMB, ok, text }. */
function measure(reader, file, repeat = 1) {
  const script = `
    const t = process.hrtime.bigint();
    let ok = true, text = "";
    (async () => {
      try {
        for (let i = 0; i < ${repeat}; i++) {
          if (${JSON.stringify(reader)} === "exceljs") {
            const ExcelJS = require("exceljs");
            const wb = new ExcelJS.Workbook();
            await wb.xlsx.readFile(${JSON.stringify(file)});
            const ws = wb.getWorksheet("Einstellungen");
            const cell = ws ? ws.getCell("B4").value : undefined;
            text = "gelesen" + (cell instanceof Date ? ", Datum " + cell.toISOString().slice(0, 10) : "");
          } else {
            const { readWorkbook } = require(${JSON.stringify(path.join(build, "workbook", "xlsx-read.js"))});
            const { checkWorkbook } = require(${JSON.stringify(path.join(build, "workbook", "evaluate.js"))});
            const read = await readWorkbook(${JSON.stringify(file)});
            const o = checkWorkbook(read);
            text = "gelesen, Bewilligungszeitraum ab " + ((read.json.kostenplan || {}).zeitraum || {}).beginn + (o.ok ? "" : " – " + o.message.slice(0, 60));
          }
        }
      } catch (e) { ok = false; text = String(e && e.message || e).slice(0, 160); }
      const ms = Number(process.hrtime.bigint() - t) / 1e6 / ${repeat};
      process.stdout.write(JSON.stringify({ ms, rssMB: process.resourceUsage().maxRSS / 1024, ok, text }));
    })();`;
  const r = spawnSync(process.execPath, ["-e", script], { cwd: root, encoding: "utf8", maxBuffer: 1 << 24 });
  try {
    return JSON.parse(r.stdout);
  } catch {
    return { ms: NaN, rssMB: NaN, ok: false, text: `Prozess beendet (Status ${r.status}, Signal ${r.signal})` };
  }
}

const fmt = (m) => `${m.ok ? "ok   " : "FEHLER"} ${m.ms.toFixed(0).padStart(6)} ms ${m.rssMB.toFixed(0).padStart(5)} MB  ${m.text}`;

/** A zip written part by part, streamed to disk (the big parts never sit in memory as a whole). */
function streamZip(file, parts) {
  const fd = openSync(file, "w");
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    writeSync(fd, chunk);
  });
  for (const [name, gen] of parts) {
    const entry = new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    for (const chunk of gen()) entry.push(strToU8(chunk), false);
    entry.push(new Uint8Array(0), true);
  }
  zip.end();
  closeSync(fd);
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const skeleton = (withStrings) => [
  ["[Content_Types].xml", function* () { yield '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'; }],
  ["_rels/.rels", function* () { yield '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'; }],
  ["xl/workbook.xml", function* () { yield `<?xml version="1.0"?><workbook ${NS}><sheets><sheet name="Ausgaben" sheetId="1" r:id="rId1"/></sheets></workbook>`; }],
  ["xl/_rels/workbook.xml.rels", function* () {
    yield '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>';
    if (withStrings) yield '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>';
    yield "</Relationships>";
  }],
];

function bomb(file, gigabytes) {
  const si = "<si><t>Musterstraße 1, 12345 Musterstadt, Beleg B-0001</t></si>".repeat(2000);
  const rounds = Math.ceil((gigabytes * 1024 ** 3) / Buffer.byteLength(si));
  streamZip(file, [
    ...skeleton(true),
    ["xl/worksheets/sheet1.xml", function* () { yield `<?xml version="1.0"?><worksheet ${NS}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>`; }],
    ["xl/sharedStrings.xml", function* () { yield "<sst>"; for (let i = 0; i < rounds; i++) yield si; yield "</sst>"; }],
  ]);
  return rounds * Buffer.byteLength(si);
}

function millionRows(file, rows) {
  streamZip(file, [
    ...skeleton(false),
    ["xl/worksheets/sheet1.xml", function* () {
      yield `<?xml version="1.0"?><worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Datum</t></is></c><c r="B1" t="inlineStr"><is><t>Empfänger</t></is></c><c r="C1" t="inlineStr"><is><t>Betrag</t></is></c></row>`;
      let buf = "";
      for (let r = 2; r <= rows + 1; r++) {
        buf += `<row r="${r}"><c r="A${r}"><v>${46023 + (r % 180)}</v></c><c r="B${r}" t="inlineStr"><is><t>Taxi ${r % 97}</t></is></c><c r="C${r}"><v>${(r % 500) + 0.5}</v></c></row>`;
        if (buf.length > 1 << 20) {
          yield buf;
          buf = "";
        }
      }
      yield buf + "</sheetData></worksheet>";
    }],
  ]);
}

function handMade(file) {
  streamZip(file, [
    ...skeleton(false).map(([n, g]) => (n === "xl/_rels/workbook.xml.rels" ? [n, function* () { yield '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/></Relationships>'; }] : [n, g])),
    ["xl/worksheets/sheet1.xml", function* () {
      yield `<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>Datum</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>Betrag</x:t></x:is></x:c></x:row><x:row><x:c><x:v>46053</x:v></x:c><x:c><x:v>12.5</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    }],
  ]);
}

try {
  console.log("1. Robustheit: Dateien anderer Programme (exceljs gegen den eigenen Leser)");
  const files = readdirSync(fixtures).filter((f) => f.endsWith(".xlsx") && f.startsWith("fall-befunde")).map((f) => path.join(fixtures, f));
  const hand = path.join(dir, "handgemacht-inlineStr-ohne-Bezuege.xlsx");
  handMade(hand);
  for (const f of [...files, hand]) {
    console.log(`  ${path.basename(f)}`);
    console.log(`    exceljs: ${fmt(measure("exceljs", f))}`);
    console.log(`    eigener: ${fmt(measure("eigener", f))}`);
  }
  console.log("  (Der Bewilligungszeitraum der Fälle beginnt am 2026-01-01; exceljs liest Einstellungen!B4.)");

  console.log("\n2. Geschwindigkeit (Mittel über Wiederholungen, ohne Prozessstart)");
  const { buildTemplate } = require(path.join(build, "workbook", "xlsx-write.js"));
  const { tableDef } = require(path.join(build, "workbook", "layout.js"));
  (async () => {
    const wb = buildTemplate();
    const t = tableDef("tblAusgaben");
    const ws = wb.getWorksheet(t.sheet);
    for (let i = 0; i < 4990; i++) {
      ws.getCell(t.headerRow + 1 + i, 1).value = new Date(Date.UTC(2026, i % 6, 1 + (i % 28)));
      ws.getCell(t.headerRow + 1 + i, 3).value = `Empfänger ${i % 40}`;
      ws.getCell(t.headerRow + 1 + i, 4).value = "Taxifahrten";
      ws.getCell(t.headerRow + 1 + i, 5).value = 10 + (i % 90);
    }
    const big = path.join(dir, "ausgaben-4990.xlsx");
    writeFileSync(big, Buffer.from(await wb.xlsx.writeBuffer()));
    const small = path.join(fixtures, "fall-beispiel-libreoffice-1900.xlsx");
    for (const [label, f, n] of [["Beispielfall (30 Ausgaben), 20×", small, 20], ["4.990 Ausgaben, 3×", big, 3]]) {
      const a = measure("exceljs", f, n);
      const b = measure("eigener", f, n);
      console.log(`  ${label}: exceljs ${a.ms.toFixed(0)} ms / ${a.rssMB.toFixed(0)} MB, eigener ${b.ms.toFixed(0)} ms / ${b.rssMB.toFixed(0)} MB (eigener inkl. Prüfung) → ${(a.ms / b.ms).toFixed(1)}× schneller`);
    }

    console.log("\n3. Grenzen (Ziel: unter 500 MB und unter 10 s, mit deutscher Meldung)");
    const bombFile = path.join(dir, "bombe.xlsx");
    const inflated = bomb(bombFile, 1.2);
    const bombSize = readFileSync(bombFile).length;
    const rowsFile = path.join(dir, "million.xlsx");
    millionRows(rowsFile, 1_000_000);
    let ok = true;
    for (const [label, f] of [[`Zip-Bombe (${(bombSize / 1024 ** 2).toFixed(1)} MB Datei, entpackt ${(inflated / 1024 ** 3).toFixed(2)} GB)`, bombFile], [`1.000.000 Zeilen (${(readFileSync(rowsFile).length / 1024 ** 2).toFixed(1)} MB Datei)`, rowsFile]]) {
      const m = measure("eigener", f);
      const pass = m.rssMB < 500 && m.ms < 10_000 && !m.ok && /zu groß|Zeilen|Datenmenge/.test(m.text);
      ok &&= pass;
      console.log(`  ${label}: ${(m.ms / 1000).toFixed(2)} s, ${m.rssMB.toFixed(0)} MB – ${pass ? "Ziel erreicht" : "Ziel VERFEHLT"}\n    Meldung: ${m.text}`);
    }
    rmSync(dir, { recursive: true, force: true });
    process.exitCode = ok ? 0 : 1;
  })();
} catch (e) {
  rmSync(dir, { recursive: true, force: true });
  throw e;
}
