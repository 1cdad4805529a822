/**
 * Labels of the command line and the task pane, zh-CN first and en second.
 */
import type { Lang, Severity } from '../findings';

const UI = {
  severity: {
    error: { 'zh-CN': '错误', en: 'error' },
    warning: { 'zh-CN': '警告', en: 'warning' },
    info: { 'zh-CN': '提示', en: 'info' },
  } as Record<Severity, Record<Lang, string>>,
  file: { 'zh-CN': '文件', en: 'File' },
  profile: { 'zh-CN': '模板', en: 'Profile' },
  profileAuto: { 'zh-CN': '（自动判断）', en: ' (picked automatically)' },
  tablesFound: { 'zh-CN': '识别到的表', en: 'Tables found' },
  tablesMissing: { 'zh-CN': '缺少的表', en: 'Tables missing' },
  none: { 'zh-CN': '无', en: 'none' },
  findings: { 'zh-CN': '问题', en: 'Findings' },
  noFindings: { 'zh-CN': '未发现问题', en: 'No findings' },
  workbookLevel: { 'zh-CN': '工作簿', en: 'Workbook' },
  unitUnknown: { 'zh-CN': '单位未注明', en: 'unit not stated' },
  cannotRead: { 'zh-CN': '无法读取', en: 'Cannot read' },
  checking: { 'zh-CN': '正在审核', en: 'Checking' },
  summary: { 'zh-CN': '合计', en: 'Total' },
} as const;

export type UiKey = Exclude<keyof typeof UI, 'severity'>;

export function ui(key: UiKey, lang: Lang): string {
  return UI[key][lang];
}

export function severityLabel(s: Severity, lang: Lang): string {
  return UI.severity[s][lang];
}
