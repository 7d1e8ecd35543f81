/**
 * The same select action against Microsoft's office-addin-mock (a second, independent model of the proxy
 * objects): activate + select queued, one sync, and Excel.run called with a batch.
 */
import { OfficeMockObject } from "office-addin-mock";
import { selectCell } from "../../../src/taskpane/office/select";

test("select through office-addin-mock: activate, select, one sync", async () => {
  const calls: string[] = [];
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          getItem(name: string) {
            calls.push(`getItem ${name}`);
            return {
              activate: () => calls.push("activate"),
              getRange: (address: string) => ({ select: () => calls.push(`select ${address}`) }),
            };
          },
        },
      },
    },
    run: async function (this: { context: unknown }, batch: (ctx: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  });
  const sync = jest.spyOn(mock.context, "sync");
  (globalThis as any).Excel = mock;
  try {
    await selectCell({ blatt: "Ausgaben", zelle: "E7" });
  } finally {
    delete (globalThis as any).Excel;
  }
  expect(calls).toEqual(["getItem Ausgaben", "activate", "select E7"]);
  expect(sync).toHaveBeenCalledTimes(1);
});
