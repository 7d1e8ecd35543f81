/**
 * What each command says about itself: one description per command (its options with their allowed values,
 * notes and examples) from which the synopsis (`usage`), the help text (`budget <befehl> --help`) and the
 * options the argument parser accepts are all made, so none of them can drift from the others.
 */
import { parseArgs, type ParsedArgs } from "./args";

export interface OptionHelp {
  /** The option without "--". */
  name: string;
  /** The value as the synopsis shows it ("<EUR/Monat>", "%", "Name=Wert"); none for a switch. */
  wert?: string;
  pflicht?: boolean;
  /** May be given several times. */
  mehrfach?: boolean;
  /** What it does, in German; one string per line. */
  text: string[];
  /** Allowed values and their German meaning, listed under the text. */
  werte?: readonly (readonly [string, string])[];
}

export interface CommandHelp {
  name: string;
  /** Positional arguments of the synopsis, e.g. "<plan.json>". */
  argumente?: string;
  /** One line for the list of commands. */
  kurz: string;
  /** What the command does, one string per line. */
  beschreibung: string[];
  optionen: OptionHelp[];
  /** Formats, exit codes. */
  hinweise?: string[];
  beispiele: string[];
}

/** How numbers, amounts and dates are typed in options (one text for every command). */
export const ZAHLEN_HINWEIS = [
  "Zahlen so, wie man sie schreibt: „1.500“ ist eintausendfünfhundert, „13,90“ und „13.90“ sind 13,90, „2,9 %“ sind",
  "2,9 Prozentpunkte; ein „€“ dahinter ist erlaubt. Daten als „01.02.2026“ oder „2026-02-01“.",
];

export const EXIT_HINWEIS = "Exit-Codes: 0 in Ordnung, 1 Befund „fehler“, 2 unlesbare Eingabe (mit einer Meldung, die das Feld nennt).";

const WIDTH = 110;

function optionText(o: OptionHelp): string {
  const word = `--${o.name}${o.wert ? ` ${o.wert}` : ""}`;
  return `${o.pflicht ? word : `[${word}]`}${o.mehrfach ? "..." : ""}`;
}

/** The synopsis: the call with every option, wrapped under the command name. */
export function usageOf(h: CommandHelp): string {
  const head = `budget ${h.name}`;
  const indent = " ".repeat(head.length + 1);
  const words = [...(h.argumente ? [h.argumente] : []), ...h.optionen.filter((o) => o.pflicht).map(optionText), ...h.optionen.filter((o) => !o.pflicht).map(optionText)];
  const lines: string[] = [];
  let line = head;
  for (const w of words) {
    if (line.length + 1 + w.length > WIDTH && line.trim() !== "") {
      lines.push(line);
      line = indent + w;
    } else line += ` ${w}`;
  }
  lines.push(line);
  return lines.join("\n");
}

/** The help text of one command: what it does, the call, every option with its values, notes, examples. */
export function helpOf(h: CommandHelp): string {
  const L = [`budget ${h.name} – ${h.kurz}`, "", "Aufruf:", indentLines(usageOf(h), 2), "", ...h.beschreibung, ""];
  if (h.optionen.length) {
    L.push("Optionen:");
    for (const o of h.optionen) {
      const head = `  --${o.name}${o.wert ? ` ${o.wert}` : ""}${o.pflicht ? " (Pflicht)" : ""}${o.mehrfach ? " (mehrfach möglich)" : ""}`;
      L.push(head);
      for (const t of o.text) L.push(`      ${t}`);
      if (o.werte) {
        const w = Math.max(...o.werte.map(([code]) => code.length));
        for (const [code, label] of o.werte) L.push(`        ${code.padEnd(w)}  ${label}`);
      }
    }
    L.push("");
  }
  if (h.hinweise?.length) L.push(...h.hinweise, "");
  L.push(h.beispiele.length === 1 ? "Beispiel:" : "Beispiele:", ...h.beispiele.map((b) => `  ${b}`));
  return L.join("\n");
}

function indentLines(text: string, n: number): string {
  return text.replace(/^/gm, " ".repeat(n));
}

/** The command's arguments, read with exactly the options its help describes. */
export function parseCommandArgs(argv: readonly string[], h: CommandHelp): ParsedArgs {
  return parseArgs(
    argv,
    h.optionen.filter((o) => !o.wert).map((o) => o.name),
    h.optionen.filter((o) => o.wert).map((o) => o.name),
  );
}

/** The list of commands for `budget --help`. */
export function overviewOf(commands: readonly CommandHelp[]): string {
  const w = Math.max(...commands.map((c) => c.name.length));
  return [
    "budget – Persönliches Budget: Kostenplan, Arbeitgeberkosten, Prüfung des Verwendungsnachweises",
    "",
    "Befehle:",
    ...commands.map((c) => `  ${c.name.padEnd(w)}  ${c.kurz}`),
    "",
    "Aufrufe:",
    ...commands.map((c) => indentLines(usageOf(c), 2)),
    "",
    "Alle Optionen mit ihren Werten und ein Beispiel: budget <befehl> --help (oder budget help <befehl>).",
    ...ZAHLEN_HINWEIS,
    EXIT_HINWEIS,
  ].join("\n");
}
