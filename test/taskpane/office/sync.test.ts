/** A fixed number of context.sync() per action, whatever the row count; writing actions are one undo group. */
import { cellAddress, tableDef } from "../../../src/workbook/layout";
import { READ_SYNCS } from "../../../src/taskpane/office/read";
import { INSERT_SYNCS } from "../../../src/taskpane/office/insert";
import { TEMPLATE_STATE_SYNCS } from "../../../src/taskpane/office/template";
import { bigSheet, counted, serial, setup, teardown, type Setup } from "./helpers";

let s: Setup;
beforeEach(() => (s = setup()));
afterEach(teardown);

async function withTemplate(): Promise<void> {
  await s.host.insertTemplate((await s.host.templateState()).blaetter);
}

function ausgaben(n: number): void {
  const t = tableDef("tblAusgaben");
  const rows = Array.from({ length: n }, (_, i) => [serial("2026-01-31"), serial("2026-01-01"), `Empfänger ${i}`, "Taxifahrten", 22.5, null, `B-${i}`, null]);
  s.c.setValues("Ausgaben", `${cellAddress(t, 0, 2)}:${cellAddress(t, t.columns.length - 1, n + 1)}`, rows);
}

describe("sync counts", () => {
  test("read(): 10 and 5,000 Ausgaben rows (a full table) take the same 3 syncs", async () => {
    await withTemplate();
    ausgaben(10);
    const small = await counted(s.c, () => s.host.read());
    expect(small.syncs).toBe(3);
    expect(READ_SYNCS).toBe(3);
    expect((small.result!.json as any).ausgaben).toHaveLength(10);

    ausgaben(5000);
    const large = await counted(s.c, () => s.host.read());
    expect(large.syncs).toBe(small.syncs);
    expect((large.result!.json as any).ausgaben).toHaveLength(5000);
    expect(large.runs).toHaveLength(1);
  });

  test("insertTemplate: 3 syncs into an empty workbook and next to a 10,000-row sheet named Kostenplan", async () => {
    const empty = await counted(s.c, () => s.host.insertTemplate([]));
    expect(empty.syncs).toBe(3);
    expect(INSERT_SYNCS).toBe(3);

    s.c.reset({ sheets: ["Kostenplan"] });
    const data = bigSheet(10000);
    s.c.setValues("Kostenplan", `A1:H${data.length}`, data);
    const st = await counted(s.c, () => s.host.templateState());
    expect(st.syncs).toBe(TEMPLATE_STATE_SYNCS);
    const busy = await counted(s.c, () => s.host.insertTemplate(st.result.blaetter));
    expect(busy.syncs).toBe(empty.syncs);
    expect(busy.result.blaetter).toContain("Kostenplan (2)");
  });

  test("templateState: 2 syncs with or without data", async () => {
    const a = await counted(s.c, () => s.host.templateState());
    s.c.reset({ sheets: ["Kostenplan", "Ausgaben"] });
    const data = bigSheet(10000);
    s.c.setValues("Ausgaben", `A1:H${data.length}`, data);
    const b = await counted(s.c, () => s.host.templateState());
    expect(a.syncs).toBe(2);
    expect(b.syncs).toBe(2);
  });

  test("every action is one Excel.run; writing actions pass mergeUndoGroup", async () => {
    const writes: [string, () => Promise<unknown>][] = [
      ["insertTemplate", () => withTemplate()],
      ["writeSummary", () => s.host.writeSummary({ fehler: 1 })],
      ["writeSettings", () => s.host.writeSettings({ "regeln.reste": "rueckforderung" })],
      ["prepareSubmission", () => s.host.prepareSubmission()],
    ];
    for (const [name, action] of writes) {
      s.c.resetCounters();
      await action();
      const runs = s.c.runs();
      const main = name === "insertTemplate" ? runs.slice(1) : runs; // templateState reads first
      expect({ name, runs: main.length }).toEqual({ name, runs: 1 });
      expect({ name, options: main[0].options }).toEqual({ name, options: { mergeUndoGroup: true } });
    }
    for (const action of [() => s.host.read(), () => s.host.templateState(), () => s.host.select({ blatt: "Ausgaben", zelle: "B2" })]) {
      s.c.resetCounters();
      await action();
      expect(s.c.runs()).toHaveLength(1);
      expect(s.c.runs()[0].options).toEqual({});
    }
  });

  test("the other actions: select 1, writeSummary 3, writeSettings 2, prepareSubmission 5", async () => {
    await withTemplate();
    expect((await counted(s.c, () => s.host.select({ blatt: "Ausgaben", zelle: "E7" }))).syncs).toBe(1);
    expect((await counted(s.c, () => s.host.writeSummary({ fehler: 2 }))).syncs).toBe(3);
    expect((await counted(s.c, () => s.host.writeSettings({ "regeln.reste": "ansparen" }))).syncs).toBe(2);
    expect((await counted(s.c, () => s.host.prepareSubmission())).syncs).toBe(5);
  });
});
