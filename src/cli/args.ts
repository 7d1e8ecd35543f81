/** A small argv parser: `--name value`, `--name=value`, `--flag`, and positional arguments. */
import { InputError } from "../engine/errors";

export interface ParsedArgs {
  positional: string[];
  options: Map<string, string | true>;
  /** Every value of a valued option given more than once, in order. */
  repeated: Map<string, string[]>;
}

export function parseArgs(argv: readonly string[], flags: readonly string[], valued: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  const repeated = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith("--") || a === "--") {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
    if (flags.includes(name)) {
      if (eq > 0) throw new InputError(`--${name}: Diese Option nimmt keinen Wert.`, `--${name}`);
      options.set(name, true);
    } else if (valued.includes(name)) {
      const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (value === undefined || (eq < 0 && value.startsWith("--"))) {
        throw new InputError(`--${name}: Es fehlt ein Wert.`, `--${name}`);
      }
      options.set(name, value);
      repeated.set(name, [...(repeated.get(name) ?? []), value]);
    } else {
      const known = [...flags, ...valued].map((o) => `--${o}`).join(", ");
      throw new InputError(`--${name}: Unbekannte Option – erlaubt: ${known || "keine"}.`, `--${name}`);
    }
  }
  return { positional, options, repeated };
}

/** All values of an option that may be given several times. */
export function options(args: ParsedArgs, name: string): string[] {
  return args.repeated.get(name) ?? [];
}

export function option(args: ParsedArgs, name: string): string | undefined {
  const v = args.options.get(name);
  return typeof v === "string" ? v : undefined;
}
