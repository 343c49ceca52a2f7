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
  const window = jobs * 4;
  const done = new Map<number, FileReport>();
  let nextToSend = 0;
  let nextToReport = 0;
  let exhausted = false;
  const workers = Array.from({ length: jobs }, () => new Worker(WORKER_URL));
  try {
    await new Promise<void>((resolve, reject) => {
      const feed = (worker: Worker) => {
        if (exhausted || nextToSend - nextToReport >= window) return false;
        const next = files.next();
        if (next.done) {
          exhausted = true;
          return false;
        }
        worker.postMessage({ index: nextToSend++, file: next.value, settings } satisfies CheckRequest);
        return true;
      };
      const idle: Worker[] = [];
      const flush = () => {
        for (let report = done.get(nextToReport); report; report = done.get(nextToReport)) {
          done.delete(nextToReport++);
          onReport(report);
        }
        // The window moved: idle workers take new files.
        while (idle.length > 0 && feed(idle[idle.length - 1]!)) idle.pop();
        if (exhausted && nextToReport === nextToSend) resolve();
      };
      for (const worker of workers) {
        worker.on('message', ({ index, report }: CheckResponse) => {
          done.set(index, report);
          if (!feed(worker)) idle.push(worker);
          flush();
        });
        worker.on('error', reject);
        if (!feed(worker)) idle.push(worker);
      }
      flush();
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
