/**
 * The worker thread of the batch pool: checks the batches of files it is sent and answers each
 * batch in one message.
 *
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type CheckSettings, checkFile, type FileReport } from './check-file.js';
import type { CheckAnswer, CheckBatch } from './pool.js';

/** Answers the pool's batches in this worker thread (the command's own file, started again by the pool). */
export function serveChecks(): void {
  // One settings object for the whole run: validate() caches the resolved rules by its identity.
  const settings = workerData as CheckSettings;
  parentPort?.on('message', async ({ indexes, files }: CheckBatch) => {
    const reports: FileReport[] = [];
    for (const file of files) reports.push(await checkFile(file, settings));
    parentPort!.postMessage({ indexes, reports } satisfies CheckAnswer);
  });
}
