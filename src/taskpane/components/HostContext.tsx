/** The workbook host and the screen-reader announcer, shared by all views. */
import { createContext, useContext } from "react";
import type { WorkbookHost } from "../host/types";

export interface PaneContext {
  host: WorkbookHost;
  /** Says a short status text through the pane's polite live region. */
  announce(text: string): void;
}

export const HostContext = createContext<PaneContext | undefined>(undefined);

export function usePane(): PaneContext {
  const c = useContext(HostContext);
  if (!c) throw new Error("HostContext fehlt");
  return c;
}
