/**
 * Files checked on all cores: this thread and a pool of worker threads, fed from a lazy file
 * iterator with a bounded number of files in flight. Reports are handed on in INPUT ORDER (a
 * finished file waits for the ones before it), so output is deterministic and memory holds only the
 * in-flight window.
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

/** Where files are checked: a worker thread, or this thread between its other work. */
interface Lane {
  post(request: CheckRequest): void;
  close(): Promise<unknown>;
}

function workerLane(onResponse: (response: CheckResponse) => void, onError: (error: Error) => void): Lane {
  const worker = new Worker(WORKER_URL);
  worker.on('message', onResponse);
  worker.on('error', onError);
  return { post: (request) => worker.postMessage(request), close: () => worker.terminate() };
}

/** This thread as one more lane: saves a thread's start-up and warm-up, and keeps the main core busy. */
function localLane(onResponse: (response: CheckResponse) => void, onError: (error: Error) => void): Lane {
  const queue: CheckRequest[] = [];
  let running = false;
  const pump = async () => {
    running = true;
    for (let request = queue.shift(); request; request = queue.shift()) {
      onResponse({ index: request.index, report: await checkFile(request.file, request.settings) });
      // Let the workers' answers in between files.
      await new Promise((resolve) => setImmediate(resolve));
    }
    running = false;
  };
  return {
    post(request) {
      queue.push(request);
      if (!running) pump().catch(onError);
    },
    close: async () => undefined,
  };
}

/**
 * Checks every file of `files` on `jobs` lanes (this thread and `jobs - 1` worker threads; `jobs` 1:
 * this thread alone) and calls `onReport` in input order.
 */
export async function checkFiles(files: Iterator<string>, settings: CheckSettings, jobs: number, onReport: (report: FileReport) => void): Promise<void> {
  if (jobs === 1) {
    for (let next = files.next(); !next.done; next = files.next()) onReport(await checkFile(next.value, settings));
    return;
  }
  // Each lane holds a few files queued so it never waits on this thread between files; the
  // window bounds how far reports may run ahead of the oldest unfinished file.
  const queuedPerLane = 4;
  const window = jobs * queuedPerLane * 4;
  const done = new Map<number, FileReport>();
  let nextToSend = 0;
  let nextToReport = 0;
  let exhausted = false;
  const lanes: Lane[] = [];
  const queued: number[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      const feed = () => {
        lanes.forEach((lane, l) => {
          while (!exhausted && queued[l]! < queuedPerLane && nextToSend - nextToReport < window) {
            const next = files.next();
            if (next.done) {
              exhausted = true;
              break;
            }
            lane.post({ index: nextToSend++, file: next.value, settings });
            queued[l]!++;
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
      for (let l = 0; l < jobs; l++) {
        const onResponse = ({ index, report }: CheckResponse) => {
          queued[l]!--;
          done.set(index, report);
          flush();
        };
        queued.push(0);
        lanes.push(l === 0 ? localLane(onResponse, reject) : workerLane(onResponse, reject));
      }
      flush();
    });
  } finally {
    await Promise.all(lanes.map((lane) => lane.close()));
  }
}
