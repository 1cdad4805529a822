/**
 * The pane's way to the engine: in a Web Worker where the browser has them (the UI keeps answering
 * clicks while a large workbook is checked, and a check can be cancelled by ending the worker),
 * else in the page (tests in jsdom, old hosts).
 */
import { wrap, type Remote } from 'comlink';
import { checkWorkbook, type CheckOptions } from '../engine/check';
import type { WorkbookData } from '../engine/model/workbook';
import type { CheckedReport } from '../engine/queries';
import type { EngineApi } from './engine.worker';

export interface EngineClient {
  check(wb: WorkbookData, options: CheckOptions): Promise<CheckedReport>;
  /** End the check under way (its promise rejects with CancelledCheck); the next check starts afresh. */
  cancel(): void;
}

export class CancelledCheck extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledCheck';
  }
}

/** The engine in the page: nothing to cancel once it runs. */
export function inPageEngine(check: (wb: WorkbookData, o: CheckOptions) => CheckedReport = checkWorkbook): EngineClient {
  return { check: async (wb, o) => check(wb, o), cancel: () => undefined };
}

export function workerEngine(): EngineClient {
  let worker: Worker | null = null;
  let remote: Remote<EngineApi> | null = null;
  let reject: ((e: Error) => void) | null = null;
  const start = () => {
    // built beside taskpane.html by webpack (entry 'engine.worker')
    worker = new Worker('engine.worker.js');
    remote = wrap<EngineApi>(worker);
  };
  return {
    check(wb, options) {
      if (!remote) start();
      return new Promise<CheckedReport>((resolve, fail) => {
        reject = fail;
        remote!.check(wb, options).then(resolve, fail).finally(() => (reject = null));
      });
    },
    cancel() {
      worker?.terminate();
      worker = null;
      remote = null;
      reject?.(new CancelledCheck());
      reject = null;
    },
  };
}

/** The worker where the browser can run one, else the page. */
export function defaultEngine(): EngineClient {
  return typeof Worker !== 'undefined' ? workerEngine() : inPageEngine();
}
