/**
 * The command-line tool `budget`: a thin adapter over the engine. Input errors become a German message
 * on stderr and exit code 2; no stack trace, no personal data in logs.
 */
import { isInputError } from "../engine/errors";
import * as arbeitgeberkosten from "./commands/arbeitgeberkosten";
import * as kostenplan from "./commands/kostenplan";
import * as pruefen from "./commands/pruefen";
import * as vorlage from "./commands/vorlage";

export interface CommandResult {
  stdout: string;
  stderr?: string;
  exitCode: number;
}

interface Command {
  usage: string;
  run(argv: string[]): CommandResult | Promise<CommandResult>;
}

export const COMMANDS: Record<string, Command> = { kostenplan, arbeitgeberkosten, pruefen, vorlage };

function help(): string {
  return [
    "budget – Persönliches Budget: Kostenplan, Arbeitgeberkosten, Prüfung des Verwendungsnachweises",
    "",
    "Aufrufe:",
    ...Object.values(COMMANDS).map((c) => "  " + c.usage.replace(/\n/g, "\n  ")),
    "",
    "Zahlen: deutsch („1.234,56“) oder mit Punkt („1234.56“). Exit-Codes: 0 in Ordnung, 1 Befund „fehler“, 2 unlesbare Eingabe.",
  ].join("\n");
}

export async function execute(argv: string[]): Promise<CommandResult> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "hilfe") return { stdout: help(), exitCode: name ? 0 : 2 };
  const cmd = COMMANDS[name];
  if (!cmd) return { stdout: "", stderr: `Unbekannter Befehl „${name}“.\n\n${help()}`, exitCode: 2 };
  try {
    return await cmd.run(rest);
  } catch (e) {
    if (isInputError(e)) return { stdout: "", stderr: `Fehler: ${e.message}`, exitCode: 2 };
    const why = e instanceof Error ? e.message : String(e);
    return { stdout: "", stderr: `Interner Fehler: ${why}. Bitte melden Sie das mit dem Aufruf (ohne persönliche Daten).`, exitCode: 3 };
  }
}

export async function main(argv: string[]): Promise<void> {
  const r = await execute(argv);
  if (r.stdout) process.stdout.write(r.stdout.endsWith("\n") ? r.stdout : r.stdout + "\n");
  if (r.stderr) process.stderr.write(r.stderr.endsWith("\n") ? r.stderr : r.stderr + "\n");
  process.exitCode = r.exitCode;
}
