/**
 * The findings as a worksheet a reviewer can keep in the workbook (the pane's 导出到工作表, and the
 * 审核结果 sheet of an annotated copy): a title that marks the sheet as the checker's own, the
 * verdict, then one row per finding — severity, sheet, cell (a link to it), rule, message — in
 * the order the pane lists them. The checker skips a sheet with this title when it checks the
 * workbook again, so its own report never becomes findings.
 */
import { countBySeverity, type WorkbookReport } from './findings';
import { SEVERITY_LABELS } from './i18n/labels';
import { fill, type Lang, type LocalizedText } from './i18n/lang';
import { cellAt, type SheetData } from './model/workbook';
import { sheetRef } from './model/address';
import { findingGroups } from './queries';
import { cellText } from './text';
import type { SheetLayout } from './templates/types';

/** What the first cell of a report sheet says (both languages: a check in either knows it). */
export const REPORT_SHEET_TITLE = '预算表审核助手 审核结果 / Budget Table Checker results';

/** A report sheet: rows from A1 (the cell column as HYPERLINK formulas), widths, frozen header. */
export type ReportSheet = SheetLayout;

const TEXT: Record<'name' | 'verdict' | 'none' | 'workbook' | 'severity' | 'sheet' | 'cell' | 'rule' | 'message', LocalizedText> = {
  name: { 'zh-CN': '审核结果', en: 'Check results' },
  verdict: { 'zh-CN': '错误 {error} · 警告 {warning} · 提示 {info}（{when}）', en: '{error} errors · {warning} warnings · {info} info ({when})' },
  none: { 'zh-CN': '未发现问题（{when}）', en: 'No findings ({when})' },
  workbook: { 'zh-CN': '（工作簿）', en: '(workbook)' },
  severity: { 'zh-CN': '严重程度', en: 'Severity' },
  sheet: { 'zh-CN': '工作表', en: 'Sheet' },
  cell: { 'zh-CN': '单元格', en: 'Cell' },
  rule: { 'zh-CN': '规则', en: 'Rule' },
  message: { 'zh-CN': '问题', en: 'Finding' },
};

/** A formula's string literal. */
const literal = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * The report sheet of a check: `sheets` in workbook order (findings listed as the pane lists them),
 * `when` the time of the check as the user reads it.
 */
export function reportSheet(report: WorkbookReport, sheets: string[], lang: Lang, when: string): ReportSheet {
  const c = countBySeverity(report.findings);
  const head = (k: keyof typeof TEXT) => ({ value: TEXT[k][lang], style: 'header' as const });
  const rows: SheetLayout['rows'] = [
    [{ value: REPORT_SHEET_TITLE, style: 'title' }],
    [{ value: report.findings.length ? fill(TEXT.verdict[lang], { ...c, when }) : fill(TEXT.none[lang], { when }) }],
    [head('severity'), head('sheet'), head('cell'), head('rule'), head('message')],
  ];
  for (const g of findingGroups(report.findings, sheets, lang, Infinity)) {
    for (const f of g.findings) {
      const cell = f.cells[0];
      rows.push([
        { value: SEVERITY_LABELS[f.severity][lang] },
        { value: f.sheet ?? TEXT.workbook[lang] },
        f.sheet && cell ? { formula: `=HYPERLINK(${literal(`#${sheetRef(f.sheet)}!${cell}`)},${literal(f.cells.join(','))})` } : { value: '' },
        { value: f.rule },
        { value: f.message[lang] },
      ]);
    }
  }
  return { sheetName: TEXT.name[lang], rows, merges: [], columnWidths: [10, 22, 10, 22, 90], amountFormat: 'General', freezeRows: 3 };
}

/**
 * The findings as plain text for a reviewer's memo (the pane's 复制为文本): the verdict, then one
 * numbered line per finding — severity, where, message — in the order the pane lists them.
 */
export function reportText(report: WorkbookReport, sheets: string[], lang: Lang, when: string): string {
  const c = countBySeverity(report.findings);
  const lines = [REPORT_SHEET_TITLE.split(' / ')[lang === 'en' ? 1 : 0], report.findings.length ? fill(TEXT.verdict[lang], { ...c, when }) : fill(TEXT.none[lang], { when })];
  let n = 0;
  for (const g of findingGroups(report.findings, sheets, lang, Infinity)) {
    for (const f of g.findings) {
      const where = f.sheet ? `${f.sheet}${f.cells.length ? `!${f.cells.join(',')}` : ''}` : TEXT.workbook[lang];
      lines.push(`${++n}. ${SEVERITY_LABELS[f.severity][lang]} ${where}${lang === 'en' ? ': ' : '：'}${f.message[lang]}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Whether a worksheet is a report sheet written by the checker (skipped when checking). */
export function isReportSheet(s: SheetData): boolean {
  return cellText(cellAt(s, s.top, s.left)?.value) === REPORT_SHEET_TITLE;
}
