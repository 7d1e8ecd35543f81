/**
 * Changes inside the period, as people enter them in a table: a row with the same Bezeichnung (or Name) as
 * a row above it and a date in „Gültig ab“ holds the values that apply from that day on. Such rows are
 * folded into the `aenderungen` of the row they change (kostenplan.md „Changes inside the period“), so the
 * engine sees one position with its changes, whichever path the workbook took.
 *
 * Copying the row and changing the price is the simplest way to enter a change, so the copied values that
 * cannot change (Art, je, Träger …) may stay as long as they are equal; a different one is an input error
 * naming its cell, as is a change row without a row to change.
 */
import { InputError } from "../engine/errors";
import { germanDate, tryParseDate } from "../engine/dates";
import { normName } from "../engine/report/cells";
import { CHANGE_COLUMN } from "./layout";

type Obj = Record<string, unknown>;

export interface ChangeRowRules {
  /** The key that names the row ("bezeichnung", "name"). */
  nameKey: string;
  /** Keys a change may set (besides the date). */
  changeable: readonly string[];
  /** How a row is called in messages ("Position", "beschäftigte Person"). */
  what: string;
  /** A key every row of its own has ("art"): the same name without it and without a date is a change missing its date. */
  required?: string;
  /** Column header of a key, for messages. */
  header(key: string): string;
  /** „Blatt „Kostenplan“, Zelle B5“ and the field reference of a row's cell. */
  cell(index: number, key: string): { text: string; ref: string };
}

export interface FoldedRows {
  rows: Obj[];
  /** Index (into the unfolded rows) of each folded row, and of each of its changes. */
  origin: { row: number; changes: number[] }[];
}

const nameOf = (v: unknown) => normName(String(v ?? ""));

function flat(o: Obj, prefix = ""): [string, unknown][] {
  return Object.entries(o).flatMap(([k, v]) =>
    typeof v === "object" && v !== null && !Array.isArray(v) ? flat(v as Obj, `${prefix}${k}.`) : [[`${prefix}${k}`, v] as [string, unknown]],
  );
}

export function foldChangeRows(rows: readonly Obj[], rules: ChangeRowRules): FoldedRows {
  const out: Obj[] = [];
  const origin: FoldedRows["origin"] = [];
  const byName = new Map<string, number>();
  rows.forEach((row, i) => {
    const name = nameOf(row[rules.nameKey]);
    if (row[CHANGE_COLUMN] === undefined) {
      const earlier = name ? byName.get(name) : undefined;
      // the same name again without a date and without what a row of its own needs: a change whose date is missing
      if (earlier !== undefined && rules.required && row[rules.required] === undefined) {
        const c = rules.cell(i, CHANGE_COLUMN);
        throw new InputError(
          `${c.text}: Diese Zeile hat dieselbe ${rules.header(rules.nameKey)} wie eine Zeile darüber, aber kein Datum „${rules.header(CHANGE_COLUMN)}“. ` +
            `Für eine Änderung bitte das Datum eintragen; eine eigene ${rules.what} braucht eine eigene ${rules.header(rules.nameKey)}.`,
          c.ref,
        );
      }
      if (name && earlier === undefined) byName.set(name, out.length);
      out.push(row);
      origin.push({ row: i, changes: [] });
      return;
    }
    const at = byName.get(name);
    if (at === undefined) {
      const c = rules.cell(i, CHANGE_COLUMN);
      throw new InputError(
        name
          ? `${c.text}: Diese Zeile ändert ab ${germanIso(row[CHANGE_COLUMN])} die ${rules.what} „${String(row[rules.nameKey])}“, die darüber nicht steht. ` +
              `Bitte zuerst die Zeile ohne „${rules.header(CHANGE_COLUMN)}“ eintragen und die Änderung darunter; für einen späteren Beginn gibt es die Spalte „Beginn (von)“.`
          : `${c.text}: Eine Zeile mit „${rules.header(CHANGE_COLUMN)}“ braucht die ${rules.header(rules.nameKey)} der Zeile, die sie ändert.`,
        c.ref,
      );
    }
    const base = out[at];
    const change: Obj = {};
    for (const [key, value] of flat(row)) {
      if (key === CHANGE_COLUMN || rules.changeable.includes(key)) change[key] = value;
      else if (key !== rules.nameKey && String(value) !== String(flatValue(base, key) ?? "")) {
        const c = rules.cell(i, key);
        throw new InputError(
          `${c.text}: „${rules.header(key)}“ kann sich in einer Änderung nicht ändern – bitte die Zelle leeren oder den Wert der Zeile darüber übernehmen` +
            ` (ändern können sich: ${rules.changeable.map(rules.header).join(", ")}).`,
          c.ref,
        );
      }
    }
    base.aenderungen = [...((base.aenderungen as Obj[] | undefined) ?? []), change];
    origin[at].changes.push(i);
  });
  return { rows: out, origin };
}

/** The reader gives dates as ISO text: shown as people read them. */
function germanIso(v: unknown): string {
  const d = tryParseDate(v);
  return d ? germanDate(d) : String(v);
}

function flatValue(o: Obj, dotted: string): unknown {
  let v: unknown = o;
  for (const k of dotted.split(".")) v = typeof v === "object" && v !== null ? (v as Obj)[k] : undefined;
  return v;
}
