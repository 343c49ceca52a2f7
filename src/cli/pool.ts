/**
 * Files checked on all cores: `jobs` worker threads fed from a lazy file iterator, with a bounded
 * number of files in flight. This thread only walks the folders, hands out batches and writes the
 * reports, so it never holds a worker waiting while it checks a file itself. Reports are handed on
 * in INPUT ORDER (a finished file waits for the ones before it), so output is deterministic and
 * memory holds only the in-flight window.
 *
 * @module
 */
import { Worker } from 'node:worker_threads';
import { type CheckSettings, checkFile, type FileReport } from './check-file.js';

/** The worker entry: the built command itself (dist/cli.js), which serves checks when started in a worker thread. */
const WORKER_URL = new URL(import.meta.url);

/** Files sent to a worker in one message: one message each way per batch, not per file. */
export interface CheckBatch {
  /** Input-order positions of `files`. */
  readonly indexes: readonly number[];
  readonly files: readonly string[];
}

/** A worker's answer to a batch: the reports of its files, in the batch's order. */
export interface CheckAnswer {
  readonly indexes: readonly number[];
  readonly reports: readonly FileReport[];
}

// Two batches of 8 in flight keep a worker busy while its last answer travels back; on 2,000
// corpus files, one file a message took more CPU (6.8 s against 6.5 s) and no less time.
const BATCH = 8;
const BATCHES_PER_WORKER = 2;

/** Checks `files` here, one after another. */
async function checkHere(
  files: Iterator<string>,
  settings: CheckSettings,
  onReport: (report: FileReport) => void,
): Promise<void> {
  for (let next = files.next(); !next.done; next = files.next()) onReport(await checkFile(next.value, settings));
}

/** The next `count` files of `files` (fewer at the end). */
function take(files: Iterator<string>, count: number): string[] {
  const taken: string[] = [];
  while (taken.length < count) {
    const next = files.next();
    if (next.done) break;
    taken.push(next.value);
  }
  return taken;
}

/**
 * Checks every file of `files` with `jobs` worker threads and calls `onReport` in input order.
 * `jobs` 1, or no more files than one batch: checked in this thread, as a worker's start costs
 * more than a few files.
 */
export async function checkFiles(
  files: Iterator<string>,
  settings: CheckSettings,
  jobs: number,
  onReport: (report: FileReport) => void,
): Promise<void> {
  if (jobs === 1) return checkHere(files, settings, onReport);
  const pending = take(files, BATCH + 1);
  if (pending.length <= BATCH) return checkHere(pending.values(), settings, onReport);
  const nextFile = (): IteratorResult<string> =>
    pending.length > 0 ? { done: false, value: pending.shift()! } : files.next();

  const window = jobs * BATCH * BATCHES_PER_WORKER * 2;
  const done = new Map<number, FileReport>();
  let nextToSend = 0;
  let nextToReport = 0;
  let exhausted = false;
  const workers: Worker[] = [];
  const inFlight: number[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      const feed = (w: number) => {
        while (!exhausted && inFlight[w]! < BATCH * BATCHES_PER_WORKER && nextToSend - nextToReport < window) {
          const indexes: number[] = [];
          const batch: string[] = [];
          while (batch.length < BATCH) {
            const next = nextFile();
            if (next.done) {
              exhausted = true;
              break;
            }
            indexes.push(nextToSend++);
            batch.push(next.value);
          }
          if (batch.length === 0) return;
          workers[w]!.postMessage({ indexes, files: batch } satisfies CheckBatch);
          inFlight[w]! += batch.length;
        }
      };
      const flush = () => {
        for (let report = done.get(nextToReport); report; report = done.get(nextToReport)) {
          done.delete(nextToReport++);
          onReport(report);
        }
        // Every worker, not only the one that answered: the window may have held the others back.
        for (let w = 0; w < workers.length; w++) feed(w);
        if (exhausted && nextToReport === nextToSend) resolve();
      };
      for (let w = 0; w < jobs; w++) {
        // The settings travel once: the worker keeps one object, and validate() caches the rules it resolves by that object.
        const worker = new Worker(WORKER_URL, { workerData: settings });
        worker.on('message', ({ indexes, reports }: CheckAnswer) => {
          inFlight[w]! -= indexes.length;
          indexes.forEach((index, i) => done.set(index, reports[i]!));
          flush();
        });
        worker.on('error', reject);
        workers.push(worker);
        inFlight.push(0);
      }
      flush();
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
