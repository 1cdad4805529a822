/**
 * A worker thread of budget-check's pool (pool.ts): reads and checks one file at a time, as the
 * main thread would (the same engine, the same error texts), and posts the report back. It is
 * built to dist/cli/worker.js next to budget-check.js; under tsx / jest pool.ts loads this .ts.
 *
 * Protocol: the worker posts { type: 'ready' } once loaded; then for each { file } it is given it
 * posts { type: 'done', report } or { type: 'done', error } (LocalizedText).
 */
import { parentPort, workerData } from 'worker_threads';
import { checkWorkbook, reportOf } from '../engine/check';
import { HostError } from '../hosts/errors';
import { readWorkbookFile } from '../hosts/file/node';
import { cliTexts } from './messages';
import type { WorkerJob } from './pool';

const job = workerData as WorkerJob;
const port = parentPort!;

port.on('message', async (m: { file: string }) => {
  try {
    const wb = await readWorkbookFile(m.file);
    // the report only: the recognised tables' model (every amount cell) is not needed to write it, and
    // copying it to the main thread cost as much as checking a small workbook
    const report = reportOf(checkWorkbook(wb, { profile: job.profile, catalog: job.catalog, unitType: job.unitType }));
    port.postMessage({ type: 'done', report });
  } catch (e) {
    const error = e instanceof HostError ? e.text : cliTexts('internalError', { what: e instanceof Error ? e.message : String(e) });
    port.postMessage({ type: 'done', error });
  }
});
port.postMessage({ type: 'ready' });
