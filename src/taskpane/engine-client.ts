/**
 * The pane's way to the engine: in a Web Worker where the browser has them (the UI keeps answering
 * clicks while a large workbook is checked, and a check can be cancelled by ending the worker),
 * else in the page (tests in jsdom, old hosts). Either way the workbook goes over in pieces (sheet
 * by sheet, a large sheet in slices of rows) and the findings come back in chunks, the page getting
 * a turn between them, so that no single hand-over (a structured clone) blocks the UI thread for long.
 */
import { wrap, type Remote } from 'comlink';
import type { MappedCode } from '../engine/catalog/mapping';
import type { CheckOptions } from '../engine/check';
import type { Finding } from '../engine/findings';
import type { SheetData, WorkbookData } from '../engine/model/workbook';
import type { CellAddress } from '../engine/queries';
import { pacer } from '../hosts/pace';
import { engineSession, type CheckFn, type EngineSession, type PaneReport } from './engine-session';
import type { EngineApi } from './engine.worker';

export interface EngineClient {
  check(wb: WorkbookData, options: CheckOptions): Promise<PaneReport>;
  /** The codes of a cell's row in the last check (null: none known). */
  codesAt(at: CellAddress): Promise<MappedCode[] | null>;
  /** End the check under way (its promise rejects with CancelledCheck); the next check starts afresh. */
  cancel(): void;
  /** Whether cancel() can stop a check (only a worker can be ended). */
  readonly cancellable: boolean;
}

export class CancelledCheck extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledCheck';
  }
}

/** Findings per hand-over: about half a megabyte of structured clone. */
const CHUNK = 1500;

/** Cells per piece of the workbook handed over: a structured clone of a few milliseconds. */
const CELLS_PER_PIECE = 5000;

/** A sheet's rows as [from, to) pieces of about CELLS_PER_PIECE cells (at least one row each). */
function rowPieces(cells: SheetData['cells']): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  let size = 0;
  for (let r = 0; r < cells.length; r++) {
    size += cells[r]?.length ?? 0;
    if (size >= CELLS_PER_PIECE) {
      out.push([from, r + 1]);
      from = r + 1;
      size = 0;
    }
  }
  if (from < cells.length || out.length === 0) out.push([from, cells.length]);
  return out;
}

/** Hand the workbook over piece by piece, check it, then take the findings over chunk by chunk. */
async function checkThrough(s: EngineSession | Remote<EngineSession>, wb: WorkbookData, options: CheckOptions): Promise<PaneReport> {
  const pace = pacer();
  await s.open();
  for (const sheet of wb.sheets) {
    const [[, firstEnd], ...rest] = rowPieces(sheet.cells);
    await s.addSheet({ ...sheet, cells: sheet.cells.slice(0, firstEnd) });
    for (const [from, to] of rest) {
      if (pace.due) await pace.pause();
      await s.addRows(from, sheet.cells.slice(from, to));
    }
    if (pace.due) await pace.pause();
  }
  const { findingCount, ...head } = await s.check(options);
  const findings: Finding[] = [];
  for (let from = 0; from < findingCount; from += CHUNK) {
    await pace.pause();
    findings.push(...(await s.findings(from, CHUNK)));
  }
  return { ...head, findings };
}

/** The engine in the page (or a test's check): nothing to cancel once it runs. */
export function inPageEngine(check?: CheckFn): EngineClient {
  const session = engineSession(check);
  return {
    check: (wb, o) => checkThrough(session, wb, o),
    codesAt: async (at) => session.codesAt(at),
    cancel: () => undefined,
    cancellable: false,
  };
}

function workerEngine(): EngineClient {
  let worker: Worker | null = null;
  let remote: Remote<EngineApi> | null = null;
  let reject: ((e: Error) => void) | null = null;
  const started = (): Remote<EngineApi> => {
    if (!remote) {
      // built beside taskpane.html by webpack (entry 'engine.worker')
      worker = new Worker('engine.worker.js');
      remote = wrap<EngineApi>(worker);
    }
    return remote;
  };
  return {
    check(wb, options) {
      const r = started();
      return new Promise<PaneReport>((resolve, fail) => {
        reject = fail;
        checkThrough(r, wb, options)
          .then(resolve, fail)
          .finally(() => (reject = null));
      });
    },
    codesAt: async (at) => (remote ? remote.codesAt(at) : null),
    cancel() {
      worker?.terminate();
      worker = null;
      remote = null;
      reject?.(new CancelledCheck());
      reject = null;
    },
    cancellable: true,
  };
}

/** The worker where the browser can run one, else the page. */
export function defaultEngine(): EngineClient {
  return typeof Worker !== 'undefined' ? workerEngine() : inPageEngine();
}
