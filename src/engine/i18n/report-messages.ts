/**
 * The words of the command line's reports over a check (zh-CN first, en second): the labels the
 * text report and the HTML report share, and the ones only the HTML report uses. `{name}` marks a
 * value filled in by reportLabel. (The report sheet's words are in engine/report-sheet.ts.)
 */
import { fill, type Lang, type LocalizedText } from './lang';

export const REPORT_TEXTS = {
  // ------------------------------------------------------------ every report
  file: { 'zh-CN': '文件', en: 'File' },
  cannotRead: { 'zh-CN': '无法读取', en: 'Cannot read' },
  profile: { 'zh-CN': '模板', en: 'Profile' },
  profileAuto: { 'zh-CN': '（自动判断）', en: ' (picked automatically)' },
  tablesFound: { 'zh-CN': '识别到的表', en: 'Tables found' },
  tablesMissing: { 'zh-CN': '缺少的表', en: 'Tables missing' },
  none: { 'zh-CN': '无', en: 'none' },
  unitUnknown: { 'zh-CN': '单位未注明', en: 'unit not stated' },
  coverage: { 'zh-CN': '已校验 {ran} 项，未校验 {skipped} 项', en: '{ran} checks ran, {skipped} not run' },
  noSums: { 'zh-CN': '本表未做任何求和校验', en: 'no sum was checked in this table' },
  unitType: { 'zh-CN': '单位类型', en: 'Unit type' },
  catalog: { 'zh-CN': '分类目录', en: 'Catalog' },
  findings: { 'zh-CN': '问题', en: 'Findings' },
  workbookLevel: { 'zh-CN': '工作簿', en: 'Workbook' },
  // ------------------------------------------------------------ the HTML report
  htmlTitle: { 'zh-CN': '预算表审核报告', en: 'Budget table check report' },
  generatedBy: { 'zh-CN': '由 budget-check {version} 生成', en: 'Made by budget-check {version}' },
  contents: { 'zh-CN': '目录', en: 'Contents' },
  verdictClean: { 'zh-CN': '未发现问题', en: 'No problem found' },
  verdictNoErrors: { 'zh-CN': '没有错误', en: 'No errors' },
  verdictErrors: { 'zh-CN': '有错误', en: 'Errors found' },
  counts: { 'zh-CN': '错误 {error}，警告 {warning}，提示 {info}', en: '{error} errors, {warning} warnings, {info} info' },
  sheet: { 'zh-CN': '工作表', en: 'Sheet' },
  cell: { 'zh-CN': '单元格', en: 'Cell' },
  kind: { 'zh-CN': '表', en: 'Table' },
  range: { 'zh-CN': '区域', en: 'Range' },
  unit: { 'zh-CN': '金额单位', en: 'Unit' },
  rule: { 'zh-CN': '规则', en: 'Rule' },
  message: { 'zh-CN': '问题说明', en: 'Message' },
  checksRan: { 'zh-CN': '已校验', en: 'Checks run' },
  checksSkipped: { 'zh-CN': '未校验', en: 'Not run' },
  coverageHead: { 'zh-CN': '校验覆盖（规则 比较的单元格数）', en: 'Coverage (rule, cells compared)' },
  workbookChecks: { 'zh-CN': '工作簿级校验', en: 'Workbook-level checks' },
  related: { 'zh-CN': '对照', en: 'Compared with' },
  groupOf: { 'zh-CN': '同类问题 {n} 处', en: '{n} findings of this kind' },
  excerptsCapped: { 'zh-CN': '仅显示前 {shown} 处的单元格片段', en: 'cell excerpts for the first {shown} only' },
  excerptCaption: { 'zh-CN': '「{sheet}」{cell} 附近', en: 'Around {cell} on “{sheet}”' },
  noFindings: { 'zh-CN': '本文件没有问题', en: 'No findings in this file' },
  total: {
    'zh-CN': '共 {files} 个文件：错误 {error}，警告 {warning}，提示 {info}；无法读取 {unreadable} 个',
    en: '{files} files: {error} errors, {warning} warnings, {info} info; {unreadable} unreadable',
  },
} as const satisfies Record<string, LocalizedText>;

export type ReportKey = keyof typeof REPORT_TEXTS;

/** A report text in one language, with `{name}` filled from vars. */
export function reportLabel(key: ReportKey, lang: Lang, vars: Readonly<Record<string, string | number>> = {}): string {
  return fill(REPORT_TEXTS[key][lang], vars);
}
