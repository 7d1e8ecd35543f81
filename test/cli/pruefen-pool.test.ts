/**
 * The worker pool of `budget pruefen` (src/cli/batch/pool.ts): results in the order of the tasks whatever order the
 * workers finish in, a worker that dies or throws costs only its task (which gets the crash result) and is replaced,
 * and the pool size. The real worker script runs through the compiled CLI in test/cli/binary.test.ts; here the pool
 * runs a small plain-JS worker that crashes on purpose.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { absturzMeldung, ausWorker, MAX_WORKERS, poolSize, runPool, workerScript, zumWorker } from "../../src/cli/batch/pool";
import { Dec } from "../../src/engine";
import { tempDir } from "../workbook/helpers";

const SCRIPT = `
const { parentPort } = require("node:worker_threads");
parentPort.on("message", ({ id, task }) => {
  if (task.includes("exit")) process.exit(3);
  if (task.includes("throw")) throw new Error("kaputt");
  if (task.includes("oom")) { const a = []; for (;;) a.push(new Array(1e6).fill(1)); }
  setTimeout(() => parentPort.postMessage({ id, result: "ok " + task }), (task.length * 7) % 13);
});`;

describe("runPool", () => {
  const script = join(tempDir("budget-pool-"), "worker.js");
  beforeAll(() => writeFileSync(script, SCRIPT));

  test("12 tasks on 2 workers: file order kept, crashed and throwing tasks get their own line, the rest goes on", async () => {
    const tasks = Array.from({ length: 12 }, (_, i) => (i === 2 ? "c-exit.xlsx" : i === 5 ? "f-throw.xlsx" : i === 6 ? "g-exit.xlsx" : `fall-${i + 1}${"x".repeat(i % 4)}.xlsx`));
    const ticks: number[] = [];
    const out = await runPool<string, string>(tasks, { script, size: 2, crashed: (t, err) => `unlesbar ${absturzMeldung(t, err)}`, onDone: (n) => ticks.push(n) });
    expect(out).toHaveLength(12);
    tasks.forEach((t, i) => {
      if (/exit|throw/.test(t)) expect(out[i]).toBe(`unlesbar ${t}: Nicht geprüft – die Prüfung dieser Datei ist abgestürzt. Bitte melden Sie das mit der Datei (ohne persönliche Daten).`);
      else expect(out[i]).toBe(`ok ${t}`);
    });
    expect(ticks).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  }, 30000);

  test("every worker dies: each task still gets its line (a replacement per crash)", async () => {
    const tasks = ["a-exit", "b-exit", "c-exit", "d-throw", "e"];
    const out = await runPool<string, string>(tasks, { script, size: 3, crashed: (t) => `tot ${t}` });
    expect(out).toEqual(["tot a-exit", "tot b-exit", "tot c-exit", "tot d-throw", "ok e"]);
  }, 30000);

  test("out of memory in a worker: a German message, the batch goes on", async () => {
    const out = await runPool<string, string>(["a-oom.xlsx", "b.xlsx"], { script, size: 1, resourceLimits: { maxOldGenerationSizeMb: 32 }, crashed: (t, err) => absturzMeldung(t, err) });
    expect(out[1]).toBe("ok b.xlsx");
    expect(out[0]).toBe("a-oom.xlsx: Nicht geprüft – der Arbeitsspeicher reichte für diese Datei nicht. Bitte melden Sie das mit der Datei (ohne persönliche Daten).");
  }, 60000);

  test("no tasks: no worker", async () => {
    expect(await runPool<string, string>([], { script: "/gibt/es/nicht.js", size: 2, crashed: () => "x" })).toEqual([]);
  });
});

describe("pool size and options", () => {
  test("small batches and BUDGET_WORKERS=0 stay in this process; the size is capped by files and MAX_WORKERS", () => {
    expect(poolSize(1, undefined)).toBe(0);
    expect(poolSize(3, undefined)).toBe(0);
    expect(poolSize(1000, "0")).toBe(0);
    expect(poolSize(2, "1")).toBe(1);
    expect(poolSize(2, "4")).toBe(2);
    expect(poolSize(1000, "64")).toBe(MAX_WORKERS);
    expect(poolSize(1000, undefined)).toBeGreaterThanOrEqual(1);
    expect(poolSize(1000, undefined)).toBeLessThanOrEqual(MAX_WORKERS);
  });

  test("under ts-jest there is no compiled worker script: the batch runs in this process", () => {
    expect(workerScript()).toBeUndefined();
  });

  test("a --vorperiode result travels to the worker as strings and comes back as Dec", () => {
    const vorperiode = { uebertrag: new Dec("540.00"), monatsbudget: new Dec("950.5"), aktenzeichen: "EGH-1", zeitraum: { beginn: { y: 2026, m: 1, d: 1 }, ende: { y: 2026, m: 6, d: 30 } } };
    const sent = structuredClone(zumWorker({ resteRegel: "rueckforderung", vorperiode } as never, {}));
    const back = ausWorker(sent);
    expect(back.vorperiode?.uebertrag).toBeInstanceOf(Dec);
    expect(back.vorperiode?.uebertrag.toFixed(2)).toBe("540.00");
    expect(back.vorperiode?.monatsbudget?.toString()).toBe("950.5");
    expect(back).toMatchObject({ resteRegel: "rueckforderung", vorperiode: { aktenzeichen: "EGH-1", zeitraum: vorperiode.zeitraum } });
    expect(ausWorker(structuredClone(zumWorker({}, { "2027": { x: "1" } })))).toEqual({});
  });
});
