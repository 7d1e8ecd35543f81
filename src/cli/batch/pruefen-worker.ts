/**
 * One worker of the `budget pruefen` pool (src/cli/batch/pool.ts): checks the file of each message with exactly the
 * `checkFile` of the command and answers with its `Outcome` (plain JSON data). The batch's options come as
 * `workerData`; the amounts of a `--vorperiode` result travel as decimal strings (a Dec does not survive the copy).
 */
import { parentPort, workerData } from "node:worker_threads";
import { basename } from "node:path";
import { checkFile, type Outcome } from "../commands/pruefen";
import { ausWorker, type WorkerOptionen } from "./pool";

if (parentPort) {
  const port = parentPort;
  const data = workerData as WorkerOptionen;
  const options = ausWorker(data);
  port.on("message", (m: { id: number; task: string }) => {
    checkFile(m.task, options, data.overrides).then(
      (result: Outcome) => port.postMessage({ id: m.id, result }),
      () => port.postMessage({ id: m.id, result: { datei: m.task, ok: false, message: `${basename(m.task)}: Nicht geprüft – interner Fehler beim Prüfen. Bitte melden Sie das mit der Datei (ohne persönliche Daten).` } satisfies Outcome }),
    );
  });
}
