/** Test support: a workbook host with jest mocks over the sample case, and rendering a view inside the pane's providers. */
import type { ReactElement } from "react";
import { configure, render } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import sample from "../../../samples/verwendungsnachweis-2026-h1.json";
import { HostContext } from "../../../src/taskpane/components/HostContext";
import { createPreviewHost } from "../../../src/taskpane/preview";
import type { HostMode, WorkbookHost } from "../../../src/taskpane/host/types";

// CI machines are small and busy (2 cores, suites in parallel): give async queries room before failing.
configure({ asyncUtilTimeout: 5000 });

export type Json = Record<string, any>;

/** A fresh deep copy of the sample Verwendungsnachweis (with its Kostenplan inline). */
export function sampleJson(): Json {
  return JSON.parse(JSON.stringify(sample)) as Json;
}

export type MockHost = { [K in keyof WorkbookHost]: WorkbookHost[K] extends (...a: infer A) => infer R ? jest.Mock<R, A> : WorkbookHost[K] } & {
  /** Calls the onChange listeners (as the Office layer does after an edit). */
  change(): void;
};

/**
 * A host whose read() returns `json` with the template's cell positions (as the preview computes them).
 * Every method is a jest mock and can be overridden.
 */
export function mockHost(json: unknown = sampleJson(), mode: HostMode = "excel"): MockHost {
  const preview = createPreviewHost(json);
  const listeners = new Set<() => void>();
  const host = {
    mode,
    read: jest.fn(() => preview.read()),
    templateState: jest.fn(async () => ({ eingefuegt: true, blaetter: [] })),
    insertTemplate: jest.fn(async () => ({ blaetter: [] as string[] })),
    select: jest.fn(async () => undefined),
    writeSummary: jest.fn(async () => undefined),
    prepareSubmission: jest.fn(async () => ({ blaetter: [] as string[], ersetzt: 0 })),
    writeSettings: jest.fn(async () => undefined),
    writeCalculation: jest.fn(async () => ({ blatt: "Berechnung", zeilen: 0, neu: true })),
    onChange: jest.fn((l: () => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    }),
    change: () => listeners.forEach((l) => l()),
  };
  return host as unknown as MockHost;
}

export function renderWithHost(ui: ReactElement, host: WorkbookHost) {
  const announce = jest.fn();
  const r = render(
    <FluentProvider theme={webLightTheme}>
      <HostContext.Provider value={{ host, announce }}>{ui}</HostContext.Provider>
    </FluentProvider>,
  );
  return { ...r, announce };
}
