/** select(ref): activates the sheet and selects the cell (one sync). */
import { HostError, type CellRef } from "../host/types";
import { officeCode } from "./errors";
import { runRead } from "./run";

export const SELECT_SYNCS = 1;

export async function selectCell(ref: CellRef): Promise<void> {
  try {
    await runRead(async (context) => {
      const ws = context.workbook.worksheets.getItem(ref.blatt);
      ws.activate();
      ws.getRange(ref.zelle).select();
      await context.sync();
    });
  } catch (e) {
    const code = officeCode(e);
    if (code === "ItemNotFound") throw new HostError(`Das Blatt „${ref.blatt}“ gibt es nicht mehr – vielleicht wurde es umbenannt oder gelöscht. Bitte neu prüfen.`, code);
    if (code === "InvalidArgument") throw new HostError(`Die Zelle „${ref.zelle}“ auf dem Blatt „${ref.blatt}“ gibt es nicht.`, code);
    throw e;
  }
}
