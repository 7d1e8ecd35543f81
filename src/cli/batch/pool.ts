/**
 * The batch of `budget pruefen` on worker threads (issue 13, „Both cores“): the files are handed to a small pool of
 * `node:worker_threads` workers, one file at a time each, and the results are put back in the file order whatever
 * order they finish in. A worker that dies (out of memory, a native crash, `process.exit`) costs only the file it was
 * checking – that file gets an „unlesbar“ line with a German message – and is replaced by a fresh worker, so the batch
 * never stops. An exception inside the check is already that file's line (`checkFile` catches everything).
 *
 * The worker script is the compiled `pruefen-worker.js` next to this file (build/cli/batch/). Where there is none –
 * under ts-jest, which runs the .ts sources – or for a single file or a small batch the files are checked in this
 * process (starting a worker costs about as much as checking two workbooks). `BUDGET_WORKERS=<n>` caps the pool
 * (`0`: always in this process; any n ≥ 1 also uses workers for a small batch).
 */
import { existsSync } from "node:fs";
import { availableParallelism, cpus } from "node:os";
import { basename, join } from "node:path";
import { Worker } from "node:worker_threads";
import { Dec, type CheckOptions, type Overrides, type Vorperiode } from "../../engine";

/** Most workers of one batch: the check is CPU-bound, more threads than this only cost memory. */
export const MAX_WORKERS = 8;
/** Batches up to this many files are checked in this process (without BUDGET_WORKERS). */
export const KLEINER_STAPEL = 3;

/** The compiled worker script, when this module runs compiled (not under ts-jest). */
export function workerScript(): string | undefined {
  if (__filename.endsWith(".ts")) return undefined;
  const script = join(__dirname, "pruefen-worker.js");
  return existsSync(script) ? script : undefined;
}

/** How many workers for `files` files: 0 = check in this process. */
export function poolSize(files: number, env: string | undefined = process.env.BUDGET_WORKERS): number {
  const cores = typeof availableParallelism === "function" ? availableParallelism() : cpus().length;
  const wanted = env !== undefined && /^\d+$/.test(env.trim()) ? Number(env.trim()) : undefined;
  if (wanted === 0) return 0;
  if (wanted === undefined && files <= KLEINER_STAPEL) return 0;
  return Math.max(0, Math.min(wanted ?? Math.max(1, cores), files, MAX_WORKERS));
}

/** The line of a file whose worker died: German, naming the file, no stack trace. */
export function absturzMeldung(datei: string, err?: unknown): string {
  const code = err && typeof err === "object" && "code" in err ? String((err as { code: unknown }).code) : "";
  const why = code === "ERR_WORKER_OUT_OF_MEMORY" ? "der Arbeitsspeicher reichte für diese Datei nicht" : "die Prüfung dieser Datei ist abgestürzt";
  return `${basename(datei)}: Nicht geprüft – ${why}. Bitte melden Sie das mit der Datei (ohne persönliche Daten).`;
}

export interface PoolOptions<T, R> {
  /** The worker script: answers each `{ id, task }` message with `{ id, result }`. */
  script: string;
  size: number;
  /** Data for every worker (`workerData`): the options of the batch. */
  workerData?: unknown;
  /** Heap limits of each worker (none by default: the reader's own limits bound a file). */
  resourceLimits?: import("node:worker_threads").ResourceLimits;
  /** The result of a task whose worker died. */
  crashed: (task: T, err: unknown) => R;
  /** Called after each finished task with the number finished so far. */
  onDone?: (done: number) => void;
}

/** Runs every task on the pool; the results are in the order of `tasks`. */
export function runPool<T, R>(tasks: readonly T[], o: PoolOptions<T, R>): Promise<R[]> {
  const results = new Array<R>(tasks.length);
  if (tasks.length === 0) return Promise.resolve(results);
  return new Promise<R[]>((resolveAll) => {
    let next = 0;
    let done = 0;
    let alive = 0;
    const finish = (i: number, r: R) => {
      results[i] = r;
      done++;
      o.onDone?.(done);
    };
    const start = () => {
      alive++;
      const w = new Worker(o.script, { workerData: o.workerData, ...(o.resourceLimits ? { resourceLimits: o.resourceLimits } : {}) });
      let current = -1;
      let gone = false;
      const feed = () => {
        if (next >= tasks.length) {
          current = -1;
          void w.terminate();
          return;
        }
        current = next++;
        w.postMessage({ id: current, task: tasks[current] });
      };
      const die = (err: unknown) => {
        if (gone) return;
        gone = true;
        alive--;
        if (current >= 0) {
          finish(current, o.crashed(tasks[current], err));
          current = -1;
        }
        if (next < tasks.length) start(); // the replacement takes the next file
        else if (alive === 0) resolveAll(results);
      };
      w.on("message", (m: { id: number; result: R }) => {
        if (m.id !== current) return;
        finish(current, m.result);
        feed();
      });
      w.on("error", (err) => die(err));
      w.on("exit", (code) => die(code === 0 && current < 0 ? undefined : new Error(`exit ${code}`)));
      feed();
    };
    const n = Math.max(1, Math.min(o.size, tasks.length));
    for (let k = 0; k < n; k++) start();
  });
}

/** The options of a batch as they can be copied to a worker. */
export interface WorkerOptionen {
  options: Omit<CheckOptions, "vorperiode"> & { vorperiode?: Omit<Vorperiode, "uebertrag" | "monatsbudget"> & { uebertrag: string; monatsbudget?: string } };
  overrides: Overrides;
}

export function zumWorker(options: CheckOptions, overrides: Overrides): WorkerOptionen {
  const { vorperiode, ...rest } = options;
  if (!vorperiode) return { options: rest, overrides };
  const { uebertrag, monatsbudget, ...v } = vorperiode;
  return { options: { ...rest, vorperiode: { ...v, uebertrag: uebertrag.toString(), ...(monatsbudget ? { monatsbudget: monatsbudget.toString() } : {}) } }, overrides };
}

export function ausWorker(w: WorkerOptionen): CheckOptions {
  const { vorperiode, ...rest } = w.options;
  if (!vorperiode) return rest;
  const { uebertrag, monatsbudget, ...v } = vorperiode;
  return { ...rest, vorperiode: { ...v, uebertrag: new Dec(uebertrag), ...(monatsbudget !== undefined ? { monatsbudget: new Dec(monatsbudget) } : {}) } };
}

