/**
 * A worker thread of budget-check's pool (pool.ts): reads and checks one file at a time, as the
 * main thread would (check-file.ts: the same engine, the same error texts, the same extras), and
 * posts the outcome back. It is built to dist/cli/worker.js next to budget-check.js; under tsx /
 * jest pool.ts loads this .ts.
 *
 * Protocol: the worker posts { type: 'ready' } once loaded; then for each { file } it is given it
 * posts { type: 'done', report, grids?, annotated?, annotateError? } or { type: 'done', error }
 * (LocalizedText).
 */
import { parentPort, workerData } from 'worker_threads';
import { checkWorkbook } from '../engine/check';
import { annotateWorkbookFile, readWorkbookFile } from '../hosts/file/node';
import { checkFile } from './check-file';
import type { WorkerJob } from './pool';

const job = workerData as WorkerJob;
const port = parentPort!;

port.on('message', async (m: { file: string }) => {
  const outcome = await checkFile(m.file, job, { read: readWorkbookFile, check: checkWorkbook, annotate: annotateWorkbookFile });
  const annotated = outcome.report ? outcome.annotated : undefined;
  // the copy's bytes are moved to the main thread, not copied
  port.postMessage({ type: 'done', ...outcome }, annotated ? [annotated.buffer as ArrayBuffer] : []);
});
port.postMessage({ type: 'ready' });
