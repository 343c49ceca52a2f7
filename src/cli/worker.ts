/**
 * The worker thread of the batch pool: checks the files it is sent, one at a time.
 *
 * @module
 */
import { parentPort } from 'node:worker_threads';
import { checkFile } from './check-file.js';
import type { CheckRequest, CheckResponse } from './pool.js';

parentPort?.on('message', async ({ index, file, settings }: CheckRequest) => {
  parentPort!.postMessage({ index, report: await checkFile(file, settings) } satisfies CheckResponse);
});
