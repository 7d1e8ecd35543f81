/**
 * The Office.js host (mode "excel"): the WorkbookHost of the task pane inside Excel. Every action is one
 * `Excel.run` with a fixed number of `context.sync()` calls, independent of the number of rows; writing
 * actions form one undo step (`mergeUndoGroup`). Errors arrive as HostError with plain German messages.
 *
 * Syncs per action: read 2, templateState 2, insertTemplate 3, select 1, writeSummary 3,
 * prepareSubmission 5, writeSettings 2, writeCalculation 3 (onChange: 1 to register, 1 to remove).
 */
import type { WorkbookHost } from "../host/types";
import { createChangeHub } from "./changes";
import { insertTemplate } from "./insert";
import { readWorkbook } from "./read";
import { selectCell } from "./select";
import { writeSettingValues } from "./settings";
import { prepareSubmissionCopies } from "./submission";
import { writeCalculationSheet } from "./berechnung";
import { writeSummaryValues } from "./summary";
import { templateState } from "./template";

export function createOfficeHost(): WorkbookHost {
  const changes = createChangeHub();
  return {
    mode: "excel",
    read: readWorkbook,
    templateState,
    insertTemplate,
    select: selectCell,
    writeSummary: writeSummaryValues,
    prepareSubmission: prepareSubmissionCopies,
    writeSettings: writeSettingValues,
    writeCalculation: writeCalculationSheet,
    onChange: (listener) => changes.subscribe(listener),
  };
}

export { toHostError } from "./errors";
