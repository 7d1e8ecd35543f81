/** Calls `reload` after the user changed the workbook, debounced (several edits in a row give one re-read). */
import { useEffect, useRef } from "react";
import type { WorkbookHost } from "../host/types";

export const CHANGE_DEBOUNCE_MS = 400;

export function useWorkbookChange(host: WorkbookHost, reload: () => void, delayMs = CHANGE_DEBOUNCE_MS): void {
  const latest = useRef(reload);
  latest.current = reload;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = host.onChange(() => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        latest.current();
      }, delayMs);
    });
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      off();
    };
  }, [host, delayMs]);
}
