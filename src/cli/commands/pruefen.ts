/**
 * `budget pruefen <datei.xlsx|datei.json|ordner>... [--json|--csv] [--regel-reste <regel>]`:
 * checks Verwendungsnachweise, one file or a whole folder (finance staff's batch).
 *
 * - A folder means the .xlsx/.xlsm/.json files directly inside it (not recursive: one folder = one batch
 *   of cases; subfolders often hold archives or attachments), in natural order ("fall-2" before "fall-10");
 *   hidden files and Excel lock files ("~$…") are skipped. A file named twice is checked once.
 * - Every file gets its own line, whatever it holds: a bad file gets a German message naming the file on
 *   stderr and the batch goes on; special files (pipes, devices) are skipped with a message; an internal
 *   error in one file is that file's line, never the end of the batch. Input files are only read, never written.
 * - Logs (stderr, progress) carry file names, counts and the German reasons only.
 * - A workbook that is still the empty template is „noch nicht ausgefüllt“: not checked, but no unreadable
 *   file either (it does not change the exit code; its line says so).
 * - Exit code: 2 when any input was unreadable (the batch is incomplete: this wins), else 1 when any file
 *   has a finding of severity „fehler“, else 0.
 */
import { readdirSync, statSync } from "node:fs";
import { basename, extname, join, resolve } from "node:path";
import { befundText, Dec, fmtEuro, isInputError, reportResultJson, RESTE_REGEL_LABELS, RESTE_REGELN, showValue, type Befund, type CheckOptions, type Overrides, type ResteRegel } from "../../engine";
import { InputError } from "../../engine/errors";
import { option } from "../args";
import { parseCommandArgs, usageOf, type CommandHelp } from "../help";
import { notAFile, readJsonFile } from "../io";
import { readOverridesFile, reportWithOverrides, RECHENGROESSEN_OPTION } from "../overrides";
import type { CommandResult } from "../main";
import { readWorkbook } from "../../workbook/xlsx-read";
import { checkWorkbook, jsonAsRead } from "../../workbook/evaluate";
import { fallkennung, type Fallkennung } from "../batch/fallkennung";
import { stichprobe, stichprobeOptionen } from "../batch/stichprobe";
import { checkBuchungenFile, writeBuchungen } from "../batch/buchungen";
import { readVorperiode, verketten } from "../batch/vorperiode";
import { absturzMeldung, poolSize, runPool, workerScript, zumWorker } from "../batch/pool";
import { KEIN_ZUSATZ, stichprobeText, zusatzCells, zusatzHeader, zusatzJson, type Zusatz } from "../batch/zusatz";

/** The status of a workbook that is still the empty template (text, JSON and CSV). */
export const NICHT_AUSGEFUELLT = "noch nicht ausgefüllt";

export const hilfe: CommandHelp = {
  name: "pruefen",
  argumente: "<datei.xlsx|datei.json|ordner>...",
  kurz: "Verwendungsnachweise prüfen: eine Datei oder einen ganzen Ordner",
  beschreibung: [
    "Prüft Verwendungsnachweise (Arbeitsmappe der Vorlage oder JSON im Format „verwendungsnachweis/1“): Einnahmen und",
    "Ausgaben, Vergleich mit dem Kostenplan, Budgetreste nach der Regel des Trägers, und alles, was der Träger bemängeln",
    "könnte – auch die Befunde des Kostenplans selbst (Obergrenze, Mindestlohn, Art der Beschäftigung; mit „Kostenplan:“",
    "davor). Ein Ordner heißt: alle .xlsx-, .xlsm- und .json-Dateien darin, ohne Unterordner. Jede Datei bekommt ihre",
    "Zeile, auch eine unlesbare (mit dem Grund) und eine leere Vorlage („noch nicht ausgefüllt“, nicht geprüft).",
  ],
  optionen: [
    {
      name: "json",
      text: [
        "Ergebnis als JSON: ein Objekt für eine Datei, eine Liste für mehrere; eine unlesbare Datei mit „unlesbar“, eine leere",
        "Vorlage mit „nichtAusgefuellt“ (jeweils mit dem Grund); die Befunde des Kostenplans tragen „teil“: „kostenplan“",
      ],
    },
    {
      name: "csv",
      text: [
        "eine Zeile je Fall für Excel (Semikolon, Dezimalkomma, UTF-8 mit BOM) und eine Summenzeile; Spalte Status:",
        `„geprüft“, „Fehler“, „${NICHT_AUSGEFUELLT}“ oder „unlesbar: <Grund>“ (nicht zusammen mit --json)`,
      ],
    },
    { name: "regel-reste", wert: "<Regel>", text: ["die Regel für Budgetreste, statt der Regel in der Datei:"], werte: RESTE_REGELN.map((r) => [r, RESTE_REGEL_LABELS[r]] as const) },
    {
      name: "zwischennachweis-rueckforderung",
      text: ["die Regel auch auf Zwischennachweise anwenden (sonst wird vor dem Ende des Bewilligungszeitraums nichts zurückgefordert)"],
    },
    RECHENGROESSEN_OPTION,
    {
      name: "vorperiode",
      wert: "<datei>",
      text: [
        "der Verwendungsnachweis des vorigen Zeitraums (.xlsx oder .json): der gebuchte Übertrag wird mit dessen Ergebnis verglichen.",
        "Ohne diese Option sucht ein Stapel den vorigen Nachweis selbst: gleiches Aktenzeichen, Zeitraum endet am Tag davor",
      ],
    },
    {
      name: "namen",
      text: [
        "den Namen der Budgetnehmerin oder des Budgetnehmers (Blatt „Fall“) mit ausgeben (CSV-Spalte „Name“, JSON „name“). Ohne",
        "diese Option nie: der Name ist ein personenbezogenes Datum. Aktenzeichen und Träger stehen immer neben der Datei.",
      ],
    },
    {
      name: "stichprobe",
      wert: "<prozent>",
      text: [
        "eine wiederholbare Stichprobe der geprüften Fälle für die vertiefte Prüfung (mindestens ein Fall, wenn mehr als 0 %):",
        "eigener Abschnitt „Stichprobe (n von m Fällen)“, CSV-Spalte „Stichprobe“ (ja/nein), JSON „stichprobe“. Nur mit --seed",
      ],
    },
    {
      name: "seed",
      wert: "<Zahl>",
      text: [
        "Startwert der Stichprobe (ganze Zahl): dieselben Dateien und derselbe Startwert ergeben dieselbe Stichprobe, auf",
        "jedem Rechner (gezogen wird nach dem Dateinamen, ohne Ordner)",
      ],
    },
    {
      name: "buchungen",
      wert: "<datei.csv>",
      text: [
        "schreibt die Buchungen in eine neue CSV-Datei (wird nie überschrieben): eine Zeile je Fall, Träger und Art",
        "(Rückforderung, Anrechnung) mit Aktenzeichen, Betrag und „Anrechnung ab“; „Fällig“ bleibt leer (setzt der",
        "Bescheid). Übertrag und Ausgaben ohne Planposition werden nie gebucht.",
      ],
    },
  ],
  hinweise: [
    "Exit-Codes: 0 ohne Fehler, 1 bei Befunden „fehler“, 2 wenn eine Datei unlesbar war (2 hat Vorrang). Eine leere",
    `Vorlage („${NICHT_AUSGEFUELLT}“) ist nicht unlesbar und ändert den Exit-Code nicht.`,
  ],
  beispiele: [
    "budget pruefen samples/verwendungsnachweis-2026-h1.json",
    "budget pruefen eingang/ --csv > pruefung.csv",
    "budget pruefen fall-12.xlsx --regel-reste rueckforderung --json",
    "budget pruefen eingang/ --stichprobe 10 --seed 2026 --buchungen buchungen-2026-h1.csv",
  ],
};

export const usage = usageOf(hilfe);

/** The result JSON of the check engine as this command reads it (amounts are decimal strings). */
export interface ReportJson {
  befunde: Befund[];
  summen: { einnahmen: string; ausgaben: string; proPosition?: unknown; ohnePlanposition?: string };
  reste: {
    rest: string;
    uebertrag: string;
    rueckforderung: string;
    anrechnung: string;
    begruendung?: string;
    /** How the Reste are split per Träger („einnahmen“ or „teilbudgets“). */
    basis?: string;
    proTraeger?: { traeger: string; name: string; rest: string; uebertrag: string; rueckforderung: string; anrechnung: string }[];
  };
  zahlungen?: { ausstehend?: string };
  counts: { fehler: number; warnung: number; hinweis: number };
  zeitraum?: unknown;
  [key: string]: unknown;
}

/** A checked file, or one that was not checked: unreadable, or (`leer`) still the empty template. */
export type Outcome = { datei: string; ok: true; result: ReportJson; zeitraum: string; fall?: Fallkennung } | { datei: string; ok: false; message: string; leer?: true };
type NotChecked = Extract<Outcome, { ok: false }>;

const EXTENSIONS = [".xlsx", ".xlsm", ".json"];

interface Input {
  datei: string;
  problem?: string;
}

/** Expands the arguments to files; problems (missing paths, empty folders) become unreadable entries. */
export function collectInputs(args: readonly string[]): { inputs: Input[]; notes: string[] } {
  const inputs: Input[] = [];
  const notes: string[] = [];
  const seen = new Set<string>();
  const add = (datei: string, problem?: string) => {
    const key = resolve(datei);
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push(problem ? { datei, problem } : { datei });
  };
  for (const arg of args) {
    let isDir = false;
    try {
      isDir = statSync(arg).isDirectory();
    } catch {
      add(arg, `${arg}: Datei oder Ordner nicht gefunden.`);
      continue;
    }
    if (!isDir) {
      const why = notAFile(arg);
      if (why) add(arg, `${basename(arg)}: ${why}.`);
      else if (!EXTENSIONS.includes(extname(arg).toLowerCase())) {
        add(arg, `${basename(arg)}: Unbekannter Dateityp – erwartet wird eine .xlsx- oder .json-Datei.`);
      } else add(arg);
      continue;
    }
    let entries: import("node:fs").Dirent[];
    try {
      entries = readdirSync(arg, { withFileTypes: true });
    } catch {
      add(arg, `${arg}: Der Ordner kann nicht gelesen werden (keine Berechtigung?).`);
      continue;
    }
    const files = entries
      .filter((e) => !e.isDirectory() && !e.name.startsWith(".") && !e.name.startsWith("~$") && EXTENSIONS.includes(extname(e.name).toLowerCase()))
      .map((e) => e.name)
      .sort((a, b) => a.localeCompare(b, "de", { numeric: true }));
    const subdirs = entries.filter((e) => e.isDirectory()).length;
    if (subdirs > 0) notes.push(`Hinweis: ${subdirs} Unterordner in ${arg} ${subdirs === 1 ? "wird" : "werden"} nicht durchsucht.`);
    if (files.length === 0) add(arg, `${arg}: Der Ordner enthält keine .xlsx- oder .json-Dateien.`);
    for (const f of files) {
      const path = join(arg, f);
      const why = notAFile(path);
      add(path, why ? `${f}: ${why}.` : undefined);
    }
  }
  return { inputs, notes };
}

function periodText(z: unknown): string {
  const de = (s: unknown) => (typeof s === "string" && /^\d{4}-\d{2}-\d{2}$/.test(s) ? `${s.slice(8, 10)}.${s.slice(5, 7)}.${s.slice(0, 4)}` : String(s ?? ""));
  if (z && typeof z === "object") {
    const o = z as Record<string, unknown>;
    if (o.beginn !== undefined || o.ende !== undefined) return `${de(o.beginn)}–${de(o.ende)}`;
  }
  return typeof z === "string" ? z : "";
}

/**
 * Checks one file; every problem becomes an unreadable outcome with a German message naming the file. An
 * error of our own (a bug) is that file's line too, so one strange file never ends the batch.
 */
export async function checkFile(datei: string, options: CheckOptions = {}, overrides: Overrides = {}): Promise<Outcome> {
  const name = basename(datei);
  const withName = (msg: string) => (msg.includes(name) ? msg : `${name}: ${msg}`);
  try {
    const read = extname(datei).toLowerCase() === ".json" ? jsonAsRead(readJsonFile(datei)) : await readWorkbook(datei);
    const outcome = checkWorkbook({ ...read, json: reportWithOverrides(read.json, overrides) }, options);
    if (!outcome.ok) return { datei, ok: false, message: withName(outcome.message), ...(outcome.leer ? { leer: true as const } : {}) };
    const result = reportResultJson(outcome.result) as unknown as ReportJson;
    return { datei, ok: true, result, zeitraum: periodText(result.zeitraum), fall: fallkennung(outcome.report) };
  } catch (e) {
    if (isInputError(e)) return { datei, ok: false, message: withName(e.message) };
    const why = e instanceof RangeError ? "die Datei ist zu verschachtelt oder zu groß" : "interner Fehler beim Prüfen";
    return { datei, ok: false, message: `${name}: Nicht geprüft – ${why}. Bitte melden Sie das mit der Datei (ohne persönliche Daten).` };
  }
}

// ---------------------------------------------------------------------------------------------

class Progress {
  private last = 0;
  constructor(
    private readonly total: number,
    private readonly on: boolean,
  ) {}
  tick(done: number): void {
    if (!this.on) return;
    const now = Date.now();
    if (done < this.total && now - this.last < 100) return;
    this.last = now;
    const width = 30;
    const filled = Math.round((done / this.total) * width);
    process.stderr.write(`\rPrüfe [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${this.total} Dateien`);
  }
  end(): void {
    if (this.on) process.stderr.write("\r\x1b[K");
  }
}

/**
 * Checks every input in the file order: on worker threads (src/cli/batch/pool.ts) for a batch, in this process for a
 * single file or a small one (and under ts-jest). Inputs with a known problem are not handed to a worker.
 */
async function checkAll(inputs: readonly Input[], options: CheckOptions, overrides: Overrides, progress: Progress): Promise<Outcome[]> {
  const outcomes: Outcome[] = inputs.map((i) => ({ datei: i.datei, ok: false, message: i.problem ?? "" }));
  const todo = inputs.flatMap((input, i) => (input.problem ? [] : [i]));
  let done = inputs.length - todo.length;
  const script = workerScript();
  const size = script ? poolSize(todo.length) : 0;
  if (!script || size === 0) {
    for (const i of todo) {
      outcomes[i] = await checkFile(inputs[i].datei, options, overrides);
      progress.tick(++done);
    }
    return outcomes;
  }
  const results = await runPool<string, Outcome>(
    todo.map((i) => inputs[i].datei),
    { script, size, workerData: zumWorker(options, overrides), crashed: (d, err) => ({ datei: d, ok: false, message: absturzMeldung(d, err) }), onDone: (n) => progress.tick(done + n) },
  );
  todo.forEach((i, k) => (outcomes[i] = results[k]));
  return outcomes;
}

export async function run(argv: string[]): Promise<CommandResult> {
  const a = parseCommandArgs(argv, hilfe);
  if (a.positional.length === 0) throw new InputError(`Bitte mindestens eine Datei oder einen Ordner angeben:\n${usage}`, "datei");
  if (a.options.has("json") && a.options.has("csv")) throw new InputError(`--json und --csv schließen sich aus: bitte nur eine Ausgabe wählen.`, "--csv");
  const regelText = option(a, "regel-reste");
  let resteRegel: ResteRegel | undefined;
  if (regelText !== undefined) {
    if (!(RESTE_REGELN as readonly string[]).includes(regelText)) {
      throw new InputError(`--regel-reste: ${showValue(regelText)} ist unbekannt – erlaubt: ${RESTE_REGELN.join(", ")}.`, "--regel-reste");
    }
    resteRegel = regelText as ResteRegel;
  }

  const figuresFile = option(a, "rechengroessen");
  const overrides = figuresFile ? readOverridesFile(figuresFile) : {};
  const probe = stichprobeOptionen(option(a, "stichprobe"), option(a, "seed"));
  const buchungen = option(a, "buchungen");
  if (buchungen !== undefined) checkBuchungenFile(buchungen);

  const checkOptions: CheckOptions = { resteRegel, ...(a.options.has("zwischennachweis-rueckforderung") ? { zwischennachweisRueckforderung: true } : {}) };
  const check = (datei: string, o: CheckOptions) => checkFile(datei, o, overrides);
  const vorperiode = option(a, "vorperiode");
  if (vorperiode !== undefined) checkOptions.vorperiode = await readVorperiode(vorperiode, check, checkOptions);

  const { inputs, notes } = collectInputs(a.positional);
  const progress = new Progress(inputs.length, process.stderr.isTTY === true && inputs.length > 5);
  const outcomes = await checkAll(inputs, checkOptions, overrides, progress);
  progress.end();
  if (vorperiode === undefined) await verketten(outcomes, check, checkOptions); // the previous report of the batch by Aktenzeichen

  const bad = outcomes.filter(isUnreadable);
  const withErrors = outcomes.filter((o) => o.ok && o.result.counts.fehler > 0).length;
  const exitCode = bad.length > 0 ? 2 : withErrors > 0 ? 1 : 0;
  const stderrLines = [...notes, ...bad.map((o) => `Fehler: ${o.message}`)];
  if (outcomes.length > 1) {
    stderrLines.push(`${outcomes.length} Dateien: ${tally(outcomes, withErrors)}.`);
  }

  const checked = outcomes.filter((o) => o.ok).map((o) => o.datei);
  const zusatz: Zusatz = { namen: a.options.has("namen"), ...(probe ? { stichprobe: stichprobe(checked, probe) } : {}) };
  if (buchungen !== undefined) {
    await writeBuchungen(buchungen, outcomes);
    stderrLines.push(`Buchungen geschrieben: ${buchungen}`);
  }

  let stdout: string;
  if (a.options.has("csv")) stdout = csv(outcomes, zusatz);
  else if (a.options.has("json")) stdout = jsonOutput(outcomes, zusatz);
  else stdout = [...outcomes.map(textSummary), stichprobeText(zusatz, outcomes)].filter((t) => t !== undefined).join("\n\n");
  return { stdout, stderr: stderrLines.length ? stderrLines.join("\n") : undefined, exitCode };
}

const isUnreadable = (o: Outcome): o is NotChecked => !o.ok && !o.leer;

/** „3 geprüft (1 mit Fehlern), 5 unlesbar“: how many files were checked, are still the empty template (if any), were unreadable. */
function tally(outcomes: readonly Outcome[], withErrors?: number): string {
  const checked = outcomes.filter((o) => o.ok).length;
  const unreadable = outcomes.filter(isUnreadable).length;
  const empty = outcomes.length - checked - unreadable;
  return `${checked} geprüft${withErrors === undefined ? "" : ` (${withErrors} mit Fehlern)`}, ${empty ? `${empty} ${NICHT_AUSGEFUELLT}, ` : ""}${unreadable} unlesbar`;
}

// ---------------------------------------------------------------------------------------------
// Output

function jsonOutput(outcomes: Outcome[], z: Zusatz = KEIN_ZUSATZ): string {
  const one = (o: Outcome) => (o.ok ? { datei: o.datei, ...zusatzJson(z, o), ...o.result } : o.leer ? { datei: o.datei, nichtAusgefuellt: o.message } : { datei: o.datei, unlesbar: o.message });
  return JSON.stringify(outcomes.length === 1 ? one(outcomes[0]) : outcomes.map(one), null, 2);
}

/** "1234.5" → "1234,50" (German Excel reads it as a number; hyphen-minus for negatives). */
export function csvAmount(s: string | undefined): string {
  if (s === undefined || s === "") return "";
  try {
    return new Dec(s).toFixed(2).replace(".", ",");
  } catch {
    return "";
  }
}

/**
 * A text field of the CSV: quoted where needed, and neutralised where Excel would read it as a formula
 * (a leading =, +, -, @, tab or CR gets a leading apostrophe, as OWASP recommends against CSV injection).
 * Amounts and counts are written by us as plain numbers and are not passed through here.
 */
export function csvText(s: string): string {
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[";\r\n']/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const CSV_HEADER = ["Datei", "Zeitraum", "Einnahmen", "Ausgaben", "Rest", "Übertrag", "Rückforderung", "Anrechnung", "Fehler", "Warnungen", "Status"];

/**
 * The columns after „Status“ (appended, so the first eleven stay where they were): money outside the plan (a decision
 * point for the caseworker, never in the Rückforderung), the Träger payments still missing (payment ledger), the basis
 * of the split per Träger („Einnahmen“ or „Teilbudgets“), then four columns per Träger of the batch (Rest, Übertrag,
 * Rückforderung, Anrechnung – „Rückforderung Pflegekasse“), one group per Träger name in the order the batch first
 * names them; a case without that Träger leaves them empty. The totals line sums every amount column. Last, the case's
 * identity (src/cli/batch/zusatz.ts): „Aktenzeichen“, „Träger-Nr.“, „Träger“ (the Beauftragter Träger, else every
 * Träger of the plan), „Name“ only with --namen, „Stichprobe“ (ja/nein) only with --stichprobe.
 */
export const CSV_EXTRA_HEADER = ["Ohne Planposition", "Ausstehende Budgetzahlungen", "Aufteilung je Träger"];
const TRAEGER_KEYS = ["rest", "uebertrag", "rueckforderung", "anrechnung"] as const;
const TRAEGER_LABELS = ["Rest", "Übertrag", "Rückforderung", "Anrechnung"];
const BASIS_TEXT: Record<string, string> = { einnahmen: "Einnahmen", teilbudgets: "Teilbudgets" };

/**
 * One line per case; an unreadable file is a line with empty figures and Status „unlesbar: <Grund>“, an empty
 * template one with Status „noch nicht ausgefüllt“; last line „Summe“ over the checked cases (Status: how many
 * were checked / not filled in / unreadable).
 */
export function csv(outcomes: Outcome[], z: Zusatz = KEIN_ZUSATZ): string {
  const names: string[] = [];
  for (const o of outcomes) if (o.ok) for (const t of o.result.reste.proTraeger ?? []) if (!names.includes(t.name)) names.push(t.name);
  const traegerHeader = names.flatMap((n) => TRAEGER_LABELS.map((l) => csvText(`${l} ${n}`)));
  const lines = [[...CSV_HEADER, ...CSV_EXTRA_HEADER, ...traegerHeader, ...zusatzHeader(z).map(csvText)].join(";")];
  const keys = ["einnahmen", "ausgaben", "rest", "uebertrag", "rueckforderung", "anrechnung"] as const;
  const totals = keys.map(() => new Dec(0));
  const extraTotals = [new Dec(0), new Dec(0)];
  const traegerTotals = names.flatMap(() => TRAEGER_KEYS.map(() => new Dec(0)));
  const add = (list: Dec[], i: number, v: string | undefined) => {
    if (v === undefined) return;
    try {
      list[i] = list[i].add(new Dec(v));
    } catch {
      /* not a number: left out of the totals */
    }
  };
  let fehler = 0;
  let warnungen = 0;
  for (const o of outcomes) {
    if (!o.ok) {
      lines.push([csvText(o.datei), "", "", "", "", "", "", "", "", "", csvText(o.leer ? NICHT_AUSGEFUELLT : `unlesbar: ${o.message}`)].join(";")); // Excel reads the missing cells after it as empty
      continue;
    }
    const r = o.result;
    const values = [r.summen.einnahmen, r.summen.ausgaben, r.reste.rest, r.reste.uebertrag, r.reste.rueckforderung, r.reste.anrechnung];
    values.forEach((v, i) => add(totals, i, v));
    const extra = [r.summen.ohnePlanposition, r.zahlungen?.ausstehend];
    extra.forEach((v, i) => add(extraTotals, i, v));
    const teile = r.reste.proTraeger ?? [];
    const traegerCells = names.flatMap((n, j) => {
      const t = teile.find((x) => x.name === n);
      return TRAEGER_KEYS.map((k, i) => {
        if (!t) return "";
        add(traegerTotals, j * TRAEGER_KEYS.length + i, t[k]);
        return csvAmount(t[k]);
      });
    });
    fehler += r.counts.fehler;
    warnungen += r.counts.warnung;
    const status = r.counts.fehler > 0 ? "Fehler" : "geprüft";
    const basis = teile.length && r.reste.basis ? csvText(BASIS_TEXT[r.reste.basis] ?? r.reste.basis) : "";
    lines.push([csvText(o.datei), csvText(o.zeitraum), ...values.map(csvAmount), String(r.counts.fehler), String(r.counts.warnung), csvText(status), ...extra.map(csvAmount), basis, ...traegerCells, ...zusatzCells(z, o).map(csvText)].join(";"));
  }
  const sumCells = (ts: Dec[]) => ts.map((t) => csvAmount(t.toFixed(2)));
  lines.push(["Summe", "", ...sumCells(totals), String(fehler), String(warnungen), csvText(tally(outcomes)), ...sumCells(extraTotals), "", ...sumCells(traegerTotals), ...zusatzHeader(z).map(() => "")].join(";"));
  return "\ufeff" + lines.join("\r\n") + "\r\n";
}

function euro(s: string | undefined): string {
  if (s === undefined) return "–";
  try {
    return fmtEuro(new Dec(s));
  } catch {
    return s;
  }
}

const SCHWERE: Record<string, string> = { fehler: "FEHLER", warnung: "WARNUNG", hinweis: "HINWEIS" };

export function textSummary(o: Outcome): string {
  if (!o.ok) {
    const name = `${basename(o.datei)}: `;
    const why = o.message.startsWith(name) ? o.message.slice(name.length) : o.message;
    return `${o.datei}: ${o.leer ? `${NICHT_AUSGEFUELLT}, nicht geprüft – ${why}` : `nicht geprüft, unlesbar – ${why}`}`;
  }
  const r = o.result;
  const L: string[] = [];
  L.push(`${o.datei}${o.zeitraum ? ` – Nachweiszeitraum ${o.zeitraum.replace("–", " bis ")}` : ""}`);
  const row = (label: string, v: string | undefined) => L.push(`  ${label.padEnd(16)}${euro(v).padStart(16)}`);
  row("Einnahmen:", r.summen.einnahmen);
  row("Ausgaben:", r.summen.ausgaben);
  row("Rest:", r.reste.rest);
  row("Übertrag:", r.reste.uebertrag);
  row("Rückforderung:", r.reste.rueckforderung);
  row("Anrechnung:", r.reste.anrechnung);
  if (r.reste.begruendung) L.push(`  ${r.reste.begruendung}`);
  const teile = r.reste.proTraeger ?? [];
  if (teile.length > 1) {
    L.push(`  Budgetreste je Träger (aufgeteilt nach ${r.reste.basis === "einnahmen" ? "den Zahlungen der Träger" : "den Teilbudgets"}):`);
    for (const t of teile) L.push(`    ${t.name}: Rest ${euro(t.rest)}, Übertrag ${euro(t.uebertrag)}, Rückforderung ${euro(t.rueckforderung)}, Anrechnung ${euro(t.anrechnung)}`);
  }
  const ohne = r.summen.ohnePlanposition;
  if (ohne !== undefined && !/^-?0(\.0+)?$/.test(ohne)) {
    L.push(`  Ohne Planposition: ${euro(ohne)} – zweckfremd? Entscheidung des Trägers, wird nicht automatisch zurückgefordert.`);
  }
  const c = r.counts;
  L.push(`  Befunde: ${c.fehler} Fehler, ${c.warnung} ${c.warnung === 1 ? "Warnung" : "Warnungen"}, ${c.hinweis} ${c.hinweis === 1 ? "Hinweis" : "Hinweise"}`);
  for (const b of r.befunde) {
    const at = b.ort?.blatt && b.ort.zelle ? ` [${b.ort.blatt}!${b.ort.zelle}]` : "";
    const agreed = b.begruendung ? " (begründet, zählt nicht)" : "";
    L.push(`    ${SCHWERE[b.schwere] ?? b.schwere}${at}: ${befundText(b)}${agreed}`);
  }
  return L.join("\n");
}
