/**
 * Files checked on all cores: a pool of worker threads fed from a lazy file iterator, with at most
 * `jobs × 4` files in flight. Reports are handed on in INPUT ORDER (a finished file waits for the
 * ones before it), so output is deterministic and memory holds only the in-flight window.
 *
 * @module
 */
import { Worker } from 'node:worker_threads';
import { type CheckSettings, checkFile, type FileReport } from './check-file.js';

/** The worker entry, built by tsup next to cli.js. */
const WORKER_URL = new URL('./cli-worker.js', import.meta.url);

/** A request to a worker. */
export interface CheckRequest {
  readonly index: number;
  readonly file: string;
  readonly settings: CheckSettings;
}

/** A worker's answer. */
export interface CheckResponse {
  readonly index: number;
  readonly report: FileReport;
}

/**
 * Checks every file of `files` with `jobs` threads (`jobs` 1: in this thread) and calls `onReport`
 * in input order.
 */
export async function checkFiles(files: Iterator<string>, settings: CheckSettings, jobs: number, onReport: (report: FileReport) => void): Promise<void> {
  if (jobs === 1) {
    for (let next = files.next(); !next.done; next = files.next()) onReport(await checkFile(next.value, settings));
    return;
  }
  // Each worker holds a few files queued so it never waits on this thread between files; the
  // window bounds how far reports may run ahead of the oldest unfinished file.
  const queuedPerWorker = 4;
  const window = jobs * queuedPerWorker * 4;
  const done = new Map<number, FileReport>();
  let nextToSend = 0;
  let nextToReport = 0;
  let exhausted = false;
  const workers = Array.from({ length: jobs }, () => new Worker(WORKER_URL));
  const queued = workers.map(() => 0);
  try {
    await new Promise<void>((resolve, reject) => {
      const feed = () => {
        workers.forEach((worker, w) => {
          while (!exhausted && queued[w]! < queuedPerWorker && nextToSend - nextToReport < window) {
            const next = files.next();
            if (next.done) {
              exhausted = true;
              break;
            }
            worker.postMessage({ index: nextToSend++, file: next.value, settings } satisfies CheckRequest);
            queued[w]!++;
          }
        });
      };
      const flush = () => {
        for (let report = done.get(nextToReport); report; report = done.get(nextToReport)) {
          done.delete(nextToReport++);
          onReport(report);
        }
        feed();
        if (exhausted && nextToReport === nextToSend) resolve();
      };
      workers.forEach((worker, w) => {
        worker.on('message', ({ index, report }: CheckResponse) => {
          queued[w]!--;
          done.set(index, report);
          flush();
        });
        worker.on('error', reject);
      });
      flush();
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
