/**
 * Entry of the task pane. In Excel (Office.onReady reports the Excel host) the pane works on the open
 * workbook through Office.js; anywhere else — a plain browser, office.js missing or failing — it shows the
 * preview on the bundled sample case. If Office has not answered within 2 s the preview shows meanwhile, and
 * the pane switches to the workbook as soon as Office reports Excel: inside Excel it never stays on the sample.
 */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { createOfficeHost } from "./office";
import { createPreviewHost } from "./preview";

const OFFICE_TIMEOUT_MS = 2000;

type OfficeLike = { onReady?: () => unknown };

/** Whether Office.js reports the Excel host: false when office.js is missing, fails or reports another host. */
export function excelReady(office: OfficeLike | undefined): Promise<boolean> {
  if (!office || typeof office.onReady !== "function") return Promise.resolve(false);
  try {
    return Promise.resolve(office.onReady())
      .then((info) => String((info as { host?: unknown } | undefined)?.host ?? "") === "Excel")
      .catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/**
 * Shows a host: Excel when Office answers before `patience` settles; else the preview at once, and Excel as
 * soon as a late answer says Excel (the preview is shown before the switch can happen).
 */
export async function chooseHost(ready: Promise<boolean>, patience: Promise<void>, show: (host: "excel" | "vorschau") => void): Promise<void> {
  const first = await Promise.race([ready.then((ok) => (ok ? ("excel" as const) : ("vorschau" as const))), patience.then(() => "wartet" as const)]);
  if (first !== "wartet") return show(first);
  show("vorschau");
  if (await ready) show("excel");
}

async function start(): Promise<void> {
  const container = document.getElementById("container");
  if (!container) return;
  const root = createRoot(container);
  const preview = () => root.render(<App key="vorschau" host={createPreviewHost()} />);
  const show = (which: "excel" | "vorschau") => {
    if (which === "vorschau") return preview();
    try {
      root.render(<App key="excel" host={createOfficeHost()} />);
    } catch {
      preview(); // Office.js is there but unusable
    }
  };
  const patience = new Promise<void>((resolve) => setTimeout(resolve, OFFICE_TIMEOUT_MS));
  await chooseHost(excelReady((globalThis as { Office?: OfficeLike }).Office), patience, show);
}

void start();
