/**
 * A pool of worker threads (worker.ts) that check files for the command line: each file in a
 * worker with a memory limit (V8 old generation) and a time limit (the worker is terminated). A
 * file that passes a limit, or a worker that dies, is that file's error; the pool replaces the
 * worker and goes on with the others.
 */
import { createRequire } from 'module';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { CheckOptions } from '../engine/check';
import type { WorkbookReport } from '../engine/findings';
import type { Lang, LocalizedText } from '../engine/i18n/lang';
import type { ReportGrids } from '../report/excerpts';
import { WorkbookReadError } from '../hosts/file/errors';

/**
 * What every worker checks with (structured-cloned to it), and what it makes besides the report:
 * the grid excerpts of the HTML report (in that language) and the annotated copy (in that language,
 * its report sheet dated `when`, the start of the run); null: none.
 */
export type WorkerJob = Required<Pick<CheckOptions, 'profile' | 'catalog' | 'unitType'>> & { grids: Lang | null; annotate: { lang: Lang; when: string } | null };

export interface PoolOptions {
  /** Worker threads at most. */
  size: number;
  /** --max-memory: the V8 heap (old generation) of each worker, MiB. */
  maxMemoryMb: number;
  /** --timeout: the longest one file may take, ms. */
  timeoutMs: number;
  job: WorkerJob;
}

/** What a file's check made besides its report (WorkerJob): the HTML report's grids, the annotated copy or why it could not be made. */
export interface FileExtras {
  grids?: ReportGrids;
  annotated?: Uint8Array;
  annotateError?: LocalizedText;
}

/** One file's outcome: a report (and its extras), or why there is none. */
export type FileOutcome = ({ report: WorkbookReport; error?: undefined } & FileExtras) | { report?: undefined; error: LocalizedText };

export interface FilePool {
  /** Check one file; files are started in the order asked (onStart then, for progress). Never rejects. */
  check(file: string, onStart?: () => void): Promise<FileOutcome>;
  /** Stop every worker. */
  close(): Promise<void>;
}

/** How a worker thread is started: a built .js file, or code run with eval. */
export interface WorkerScript {
  file: string;
  eval?: boolean;
}

/**
 * The worker entry next to this module: dist/cli/worker.js in the build (this module is bundled
 * into budget-check.js); worker.ts under tsx or jest, loaded through tsx's require hook (a
 * worker thread does not inherit the parent's loader).
 */
function defaultScript(): WorkerScript {
  if (!__filename.endsWith('.ts')) return { file: path.join(__dirname, 'worker.js') };
  const tsx = createRequire(__filename).resolve('tsx/cjs/api');
  const entry = path.join(__dirname, 'worker.ts');
  return { file: `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(entry)});`, eval: true };
}

interface Task {
  file: string;
  onStart?: () => void;
  resolve(o: FileOutcome): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  task?: Task;
  timer?: NodeJS.Timeout;
}

export function startPool(o: PoolOptions, script: WorkerScript = defaultScript()): FilePool {
  const pending: Task[] = [];
  const slots = new Set<Slot>();
  let closed = false;

  const finish = (slot: Slot, outcome: FileOutcome) => {
    const t = slot.task;
    if (slot.timer) clearTimeout(slot.timer);
    slot.task = undefined;
    slot.timer = undefined;
    t?.resolve(outcome);
  };

  /** A worker that is gone: its file (if any) gets `why`, and the pool goes on without it. */
  const lose = (slot: Slot, why: WorkbookReadError) => {
    if (!slots.delete(slot)) return;
    finish(slot, { error: why.text });
    void slot.worker.terminate();
    // a worker that died before it was ready will not start again: the files waiting fail too
    if (!slot.ready) for (const t of pending.splice(0)) t.resolve({ error: why.text });
    pump();
  };

  const spawn = () => {
    const worker = new Worker(script.file, {
      eval: script.eval,
      workerData: o.job,
      resourceLimits: { maxOldGenerationSizeMb: o.maxMemoryMb },
      stdout: false,
      stderr: false,
    });
    const slot: Slot = { worker, ready: false };
    slots.add(slot);
    worker.on('message', (m: { type: 'ready' } | ({ type: 'done' } & FileOutcome)) => {
      if (m.type === 'ready') slot.ready = true;
      else if (m.report) {
        const { type: _type, ...outcome } = m;
        finish(slot, outcome);
      } else finish(slot, { error: m.error! });
      pump();
    });
    worker.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        lose(slot, new WorkbookReadError('out-of-memory', { 'zh-CN': `上限 ${o.maxMemoryMb} MiB`, en: `limit ${o.maxMemoryMb} MiB` }));
      } else lose(slot, new WorkbookReadError('crashed'));
    });
    worker.on('exit', () => lose(slot, new WorkbookReadError('crashed')));
  };

  const pump = () => {
    if (closed) return;
    for (const slot of slots) {
      if (pending.length === 0) break;
      if (!slot.ready || slot.task) continue;
      const task = pending.shift()!;
      slot.task = task;
      task.onStart?.();
      const s = o.timeoutMs / 1000;
      slot.timer = setTimeout(() => lose(slot, new WorkbookReadError('timeout', { 'zh-CN': `时限 ${s} 秒`, en: `limit ${s} s` })), o.timeoutMs);
      slot.worker.postMessage({ file: task.file });
    }
    // a worker more while files wait and the pool is not full (one that is still loading counts)
    let loading = [...slots].filter((s) => !s.ready).length;
    while (pending.length > loading && slots.size < o.size) {
      spawn();
      loading++;
    }
  };

  return {
    check(file, onStart) {
      return new Promise<FileOutcome>((resolve) => {
        pending.push({ file, onStart, resolve });
        pump();
      });
    },
    async close() {
      closed = true;
      const all = [...slots];
      slots.clear();
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  };
}
