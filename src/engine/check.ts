/**
 * The engine's entry point: recognise the tables of a workbook, pick the profile, run the rules.
 */
import type { WorkbookData } from './model/workbook';
import type { WorkbookReport } from './findings';

export interface CheckOptions {
  /** A profile id of PROFILES, or 'auto' (default). */
  profile?: string;
}

export function checkWorkbook(_wb: WorkbookData, _options: CheckOptions = {}): WorkbookReport {
  // Filled in by the recognition and rules work (in progress).
  return { profile: 'mof-9', profileAuto: true, tables: [], missingTables: [], findings: [] };
}
