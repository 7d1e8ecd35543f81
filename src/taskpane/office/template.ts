/**
 * templateState(): whether the template is in the workbook and where its sheets would go (2 syncs).
 * A template sheet name that is free → used; taken by an empty sheet → that sheet is reused; taken by a
 * sheet with data → the first free "Name (2)" (the user's sheet is never touched).
 */
import { SHEETS } from "../../workbook/layout";
import type { TemplateSheetPlan, TemplateState } from "../host/types";
import { freeSheetName } from "./names";
import { runRead } from "./run";

export const TEMPLATE_STATE_SYNCS = 2;
/** Tables whose presence means the template is inserted. */
export const INSERTED_TABLES = ["tblKostenplan", "tblAusgaben"];

/** Where the template sheets go, given the workbook's sheet names and which of them are empty. */
export function planSheets(existing: readonly string[], isEmpty: (name: string) => boolean): TemplateSheetPlan[] {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  return SHEETS.map((s) => {
    const found = existing.find((n) => n.toLowerCase() === s.name.toLowerCase());
    if (!found) {
      taken.add(s.name.toLowerCase());
      return { vorlage: s.name, name: s.name, vorhanden: false };
    }
    if (isEmpty(found)) return { vorlage: s.name, name: found, vorhanden: true };
    const name = freeSheetName(s.name, taken);
    taken.add(name.toLowerCase());
    return { vorlage: s.name, name, vorhanden: true };
  });
}

export function isInserted(tableNames: readonly string[]): boolean {
  const have = new Set(tableNames.map((n) => n.toLowerCase()));
  return INSERTED_TABLES.some((t) => have.has(t.toLowerCase()));
}

export async function templateState(): Promise<TemplateState> {
  return runRead(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    const tables = context.workbook.tables.load("items/name");
    await context.sync();

    const names = sheets.items.map((s) => s.name);
    const wanted = new Set(SHEETS.map((s) => s.name.toLowerCase()));
    const used = new Map(
      sheets.items.filter((s) => wanted.has(s.name.toLowerCase())).map((s) => [s.name, s.getUsedRangeOrNullObject(true).load("address")] as const),
    );
    await context.sync();

    return {
      eingefuegt: isInserted(tables.items.map((t) => t.name)),
      blaetter: planSheets(names, (n) => used.get(n)?.isNullObject ?? true),
    };
  });
}
