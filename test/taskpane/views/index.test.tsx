/** @jest-environment jsdom */
import { chooseHost, excelReady } from "../../../src/taskpane/index";

/** A promise settled by the test itself: no timers, whatever the machine's speed. */
function later<T>() {
  let settle!: (v: T) => void;
  const promise = new Promise<T>((resolve) => (settle = resolve));
  return { promise, settle };
}

describe("asking Office which host this is", () => {
  test("no office.js (plain browser, or the script failed to load): not Excel", async () => {
    expect(await excelReady(undefined)).toBe(false);
    expect(await excelReady({})).toBe(false);
  });
  test("Office.onReady reports Excel, another host, no host, or fails", async () => {
    expect(await excelReady({ onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }) })).toBe(true);
    expect(await excelReady({ onReady: () => Promise.resolve({ host: "Word" }) })).toBe(false);
    expect(await excelReady({ onReady: () => Promise.resolve({ host: null, platform: null }) })).toBe(false);
    expect(await excelReady({ onReady: () => Promise.reject(new Error("kaputt")) })).toBe(false);
    expect(
      await excelReady({
        onReady: () => {
          throw new Error("office.js kaputt");
        },
      }),
    ).toBe(false);
  });
});

describe("choosing the host", () => {
  test("Office answers Excel in time: the workbook, no preview", async () => {
    const shown: string[] = [];
    await chooseHost(Promise.resolve(true), new Promise(() => undefined), (h) => shown.push(h));
    expect(shown).toEqual(["excel"]);
  });

  test("Office answers after the wait: the preview meanwhile, then the workbook – never stuck on the sample", async () => {
    const ready = later<boolean>();
    const patience = later<void>();
    const previewShown = later<void>();
    const shown: string[] = [];
    const done = chooseHost(ready.promise, patience.promise, (h) => {
      shown.push(h);
      if (h === "vorschau") previewShown.settle();
    });
    patience.settle();
    await previewShown.promise;
    expect(shown).toEqual(["vorschau"]);
    ready.settle(true);
    await done;
    expect(shown).toEqual(["vorschau", "excel"]);
  });

  test("no Excel at all: the preview, once", async () => {
    const shown: string[] = [];
    await chooseHost(Promise.resolve(false), new Promise(() => undefined), (h) => shown.push(h));
    const late = later<boolean>();
    const patience = later<void>();
    const done = chooseHost(late.promise, patience.promise, (h) => shown.push(h));
    patience.settle();
    late.settle(false);
    await done;
    expect(shown).toEqual(["vorschau", "vorschau"]);
  });
});
