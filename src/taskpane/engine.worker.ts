/**
 * The engine off the task pane's UI thread: a Web Worker that checks a workbook (read by the Office
 * host on the UI thread) and hands the report back. Nothing leaves the browser.
 */
import { expose } from 'comlink';
import { checkWorkbook, type CheckOptions } from '../engine/check';
import type { WorkbookData } from '../engine/model/workbook';

const api = {
  check(wb: WorkbookData, options: CheckOptions) {
    return checkWorkbook(wb, options);
  },
};

export type EngineApi = typeof api;

expose(api);
