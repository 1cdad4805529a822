/**
 * The engine off the task pane's UI thread: a Web Worker that checks a workbook (read by the Office
 * host on the UI thread), keeps the result and hands the pane what it shows. Nothing leaves the
 * browser.
 */
import { expose } from 'comlink';
import { engineSession } from './engine-session';

const api = engineSession();

export type EngineApi = typeof api;

expose(api);
