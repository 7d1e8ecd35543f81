/**
 * The command-line tool `budget`: a thin adapter over the engine. Input errors become a German message
 * on stderr and exit code 2; no stack trace, no personal data in logs.
 */
import { isInputError } from "../engine/errors";
import { showValue } from "../engine/values";
import { helpOf, overviewOf, type CommandHelp } from "./help";
import * as arbeitgeberkosten from "./commands/arbeitgeberkosten";
import * as kostenplan from "./commands/kostenplan";
import * as pruefen from "./commands/pruefen";
import * as vorlage from "./commands/vorlage";
import * as bericht from "./commands/bericht";

export interface CommandResult {
  stdout: string;
  stderr?: string;
  exitCode: number;
}

interface Command {
  /** What the command says about itself: its usage, help text and options come from here. */
  hilfe: CommandHelp;
  run(argv: string[]): CommandResult | Promise<CommandResult>;
}

export const COMMANDS: Record<string, Command> = { kostenplan, arbeitgeberkosten, pruefen, vorlage, bericht };

const HELP_WORDS = ["--help", "-h", "help", "hilfe"];
const help = () => overviewOf(Object.values(COMMANDS).map((c) => c.hilfe));
const commandOf = (name: string): Command | undefined => (Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined);
const unknown = (name: string): CommandResult => ({ stdout: "", stderr: `Unbekannter Befehl ${showValue(name)}.\n\n${help()}`, exitCode: 2 });

export async function execute(argv: string[]): Promise<CommandResult> {
  const [name, ...rest] = argv;
  if (!name) return { stdout: help(), exitCode: 2 };
  // `budget help <befehl>`, `budget <befehl> --help` and `-h`: the command's help; `budget --help` the list
  if (HELP_WORDS.includes(name)) {
    if (rest.length === 0 || HELP_WORDS.includes(rest[0])) return { stdout: help(), exitCode: 0 };
    const asked = commandOf(rest[0]);
    return asked ? { stdout: helpOf(asked.hilfe), exitCode: 0 } : unknown(rest[0]);
  }
  const cmd = commandOf(name);
  if (!cmd) return unknown(name);
  if (rest.includes("--help") || rest.includes("-h")) return { stdout: helpOf(cmd.hilfe), exitCode: 0 };
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
