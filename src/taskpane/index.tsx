/**
 * Entry of the task pane. In Excel (Office.onReady reports the Excel host) the pane works on the open
 * workbook through Office.js; anywhere else — a plain browser, office.js missing or not ready within 2 s —
 * it shows the preview on the bundled sample case.
 */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { createOfficeHost } from "./office";
import { createPreviewHost } from "./preview";
import type { WorkbookHost } from "./host/types";

const OFFICE_TIMEOUT_MS = 2000;

/** Whether Office.js runs inside Excel; false when office.js is missing, fails, reports another host or is too slow. */
export async function inExcel(timeoutMs = OFFICE_TIMEOUT_MS): Promise<boolean> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office || typeof office.onReady !== "function") return false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    const ready = Promise.resolve(office.onReady()).then((info) => String(info?.host ?? "") === "Excel");
    return await Promise.race([ready, timeout]);
  } catch {
    return false;
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

async function start(): Promise<void> {
  const container = document.getElementById("container");
  if (!container) return;
  let host: WorkbookHost;
  try {
    host = (await inExcel()) ? createOfficeHost() : createPreviewHost();
  } catch {
    host = createPreviewHost();
  }
  createRoot(container).render(<App host={host} />);
}

void start();
