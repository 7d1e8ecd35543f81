/** @jest-environment jsdom */
import { inExcel } from "../../../src/taskpane/index";

type G = { Office?: unknown };

describe("choosing the host", () => {
  afterEach(() => {
    delete (globalThis as G).Office;
  });

  test("no office.js (plain browser, or the script failed to load): preview", async () => {
    expect(await inExcel(50)).toBe(false);
  });

  test("Office.onReady reports Excel: the Office host", async () => {
    (globalThis as G).Office = { onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }) };
    expect(await inExcel(50)).toBe(true);
  });

  test("Office.onReady without a host (page opened outside Office): preview", async () => {
    (globalThis as G).Office = { onReady: () => Promise.resolve({ host: null, platform: null }) };
    expect(await inExcel(50)).toBe(false);
  });

  test("Office.onReady never answers or throws: preview after the timeout", async () => {
    (globalThis as G).Office = { onReady: () => new Promise(() => undefined) };
    expect(await inExcel(50)).toBe(false);
    (globalThis as G).Office = {
      onReady: () => {
        throw new Error("office.js kaputt");
      },
    };
    expect(await inExcel(50)).toBe(false);
  });
});
