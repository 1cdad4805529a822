/**
 * The standalone checker page's engine side (run in its Web Worker): read a dropped .xlsx with the
 * file host, check it with the engine, keep the workbook and the report, and make from them what the
 * page offers to download — the annotated copy, the HTML report, a blank standard workbook. The same
 * readers, engine and writers as the command line. Nothing leaves the browser.
 */
import { checkWorkbook, reportOf, type CheckOptions } from '../engine/check';
import type { WorkbookReport } from '../engine/findings';
import type { Lang, LocalizedText } from '../engine/i18n/lang';
import type { WorkbookData } from '../engine/model/workbook';
import { entityNameOf } from '../engine/queries';
import { ruleDescriptions } from '../engine/registry';
import { HostError } from '../hosts/errors';
import { annotateXlsx } from '../hosts/file/annotate';
import { blankWorkbookXlsx, type BlankWorkbookRequest } from '../hosts/file/write-templates';
import { readXlsx } from '../hosts/file/xlsx';
import { excerptAt, reportGrids, type GridExcerpt } from '../report/excerpts';
import { htmlEnd, htmlFile, htmlStart } from '../report/html';

/** A checked file as the page shows it. */
export interface CheckedFile {
  id: number;
  name: string;
  report: WorkbookReport;
  /** The worksheets in workbook order. */
  sheets: string[];
  entityName: string | null;
  /** What each rule with a finding checks, for the rule filter. */
  ruleNames: Record<string, LocalizedText>;
}

/** A file that could not be read or checked, and why (in both languages). */
export interface FailedFile {
  name: string;
  error: LocalizedText;
}

interface Kept {
  name: string;
  bytes: Uint8Array;
  wb: WorkbookData;
  report: WorkbookReport;
}

const INTERNAL: LocalizedText = { 'zh-CN': '无法审核此文件（内部错误）：', en: 'This file could not be checked (internal error): ' };

function why(e: unknown): LocalizedText {
  if (e instanceof HostError) return e.text;
  const m = e instanceof Error ? e.message : String(e);
  return { 'zh-CN': `${INTERNAL['zh-CN']}${m}`, en: `${INTERNAL.en}${m}` };
}

export function checkerApi(version = '') {
  const kept = new Map<number, Kept>();
  let next = 1;
  const get = (id: number): Kept => {
    const k = kept.get(id);
    if (!k) throw new RangeError(`no checked file ${id}`);
    return k;
  };
  return {
    /** Read and check one file; its bytes stay here for the downloads. */
    async check(name: string, bytes: Uint8Array, options: CheckOptions): Promise<CheckedFile | FailedFile> {
      try {
        const wb = await readXlsx(bytes, { fileName: name });
        const result = checkWorkbook(wb, options);
        const report = reportOf(result);
        const id = next++;
        kept.set(id, { name, bytes, wb, report });
        return {
          id,
          name,
          report,
          sheets: wb.sheets.map((s) => s.name),
          entityName: entityNameOf(result),
          ruleNames: ruleDescriptions(report.findings),
        };
      } catch (e) {
        return { name, error: why(e) };
      }
    },
    /** A few rows and columns of the sheet around a cell, as shown. */
    excerpt(id: number, sheet: string, cell: string): GridExcerpt | null {
      return excerptAt(get(id).wb, sheet, cell);
    },
    /** The copy with the findings marked and a results sheet (the file itself is never changed). */
    annotated(id: number, lang: Lang, when: string): Promise<Uint8Array> {
      const k = get(id);
      return annotateXlsx(k.bytes, k.report, lang, when);
    },
    /** One HTML report for the files checked (in the order given) and those that failed. */
    htmlReport(ids: number[], failed: FailedFile[], lang: Lang): string {
      const parts = [htmlStart(lang, version)];
      let i = 0;
      for (const id of ids) {
        const k = get(id);
        parts.push(htmlFile({ file: k.name, report: k.report, grids: reportGrids(k.wb, k.report, lang) }, i++, lang));
      }
      for (const f of failed) parts.push(htmlFile({ file: f.name, error: f.error }, i++, lang));
      parts.push(htmlEnd(lang));
      return parts.join('');
    },
    /** A blank standard workbook of a profile (what `budget-check template` writes). */
    async blankWorkbook(req: BlankWorkbookRequest): Promise<Uint8Array> {
      return (await blankWorkbookXlsx(req)).bytes;
    },
    /** Forget a file (the page removed it). */
    drop(id: number): void {
      kept.delete(id);
    },
  };
}

export type CheckerApi = ReturnType<typeof checkerApi>;

