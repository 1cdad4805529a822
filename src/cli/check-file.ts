/**
 * Checking one file, the same in the main thread and in a worker (worker.ts), so that the output
 * is identical whatever --jobs says: read it, check it, and when asked take the HTML report's grid
 * excerpts and make the annotated copy (a copy that cannot be made is that copy's error, the report
 * stands).
 */
import { reportOf, type CheckOptions } from '../engine/check';
import type { WorkbookReport } from '../engine/findings';
import type { Lang, LocalizedText } from '../engine/i18n/lang';
import type { WorkbookData } from '../engine/model/workbook';
import { HostError } from '../hosts/errors';
import { reportGrids } from '../report/excerpts';
import { cliTexts } from './messages';
import type { FileOutcome, WorkerJob } from './pool';

export interface FileChecker {
  read(file: string): Promise<WorkbookData>;
  check(wb: WorkbookData, options: CheckOptions): WorkbookReport;
  annotate?(file: string, report: WorkbookReport, lang: Lang, when: string): Promise<Uint8Array>;
}

/** Why something could not be done: a host's words, or an internal error. */
export function errorText(e: unknown): LocalizedText {
  if (e instanceof HostError) return e.text;
  return cliTexts('internalError', { what: e instanceof Error ? e.message : String(e) });
}

export async function checkFile(file: string, job: WorkerJob, by: FileChecker): Promise<FileOutcome> {
  let wb: WorkbookData;
  let report: WorkbookReport;
  try {
    wb = await by.read(file);
    // the report only (not the recognised tables' model, which a worker would copy to the main thread for nothing)
    report = reportOf(by.check(wb, { profile: job.profile, catalog: job.catalog, unitType: job.unitType }));
  } catch (e) {
    return { error: errorText(e) };
  }
  const out: FileOutcome = { report };
  if (job.grids) out.grids = reportGrids(wb, report, job.grids);
  if (job.annotate) {
    try {
      if (!by.annotate) throw new Error('no annotated-copy writer');
      out.annotated = await by.annotate(file, report, job.annotate.lang, job.annotate.when);
    } catch (e) {
      out.annotateError = errorText(e);
    }
  }
  return out;
}
