/**
 * Task pane labels, zh-CN first and en second (finding messages come from the engine).
 */
import type { Lang } from '../engine/findings';

const S = {
  check: { 'zh-CN': '校验', en: 'Check' },
  reading: { 'zh-CN': '正在读取工作簿…', en: 'Reading the workbook…' },
  checking: { 'zh-CN': '正在校验…', en: 'Checking…' },
  marking: { 'zh-CN': '正在标记单元格…', en: 'Marking cells…' },
  clear: { 'zh-CN': '清除标记', en: 'Clear marks' },
  cleared: { 'zh-CN': '标记已清除，原有填充已恢复', en: 'Marks cleared, original fills restored' },
  profile: { 'zh-CN': '模板', en: 'Profile' },
  auto: { 'zh-CN': '自动判断', en: 'Automatic' },
  picked: { 'zh-CN': '（自动判断）', en: ' (automatic)' },
  tables: { 'zh-CN': '识别到的表', en: 'Tables found' },
  missing: { 'zh-CN': '缺少的表', en: 'Tables missing' },
  none: { 'zh-CN': '无', en: 'none' },
  findings: { 'zh-CN': '问题', en: 'Findings' },
  noFindings: { 'zh-CN': '未发现问题', en: 'No findings' },
  workbook: { 'zh-CN': '工作簿', en: 'Workbook' },
  insert: { 'zh-CN': '插入标准表', en: 'Insert standard tables' },
  insertMissing: { 'zh-CN': '选择缺少的表', en: 'Select the missing tables' },
  insertDo: { 'zh-CN': '插入所选的表', en: 'Insert the selected tables' },
  inserted: { 'zh-CN': '已插入工作表：', en: 'Sheets added: ' },
  year: { 'zh-CN': '年度', en: 'Year' },
  unitName: { 'zh-CN': '单位名称', en: 'Unit name' },
  unit: { 'zh-CN': '金额单位', en: 'Amount unit' },
  level: { 'zh-CN': '级次', en: 'Level' },
  levelUnit: { 'zh-CN': '单位', en: 'Unit' },
  levelDept: { 'zh-CN': '部门', en: 'Department' },
  settings: { 'zh-CN': '设置', en: 'Settings' },
  language: { 'zh-CN': '语言', en: 'Language' },
  marked: { 'zh-CN': '已标记单元格：', en: 'Cells marked: ' },
  skipped: { 'zh-CN': '未能标记（工作表受保护）：', en: 'Not marked (protected sheet): ' },
  unsupported: {
    'zh-CN': '此版本的 Excel 不支持本加载项（需要 ExcelApi 1.7：Microsoft 365 或 Excel 2019 及以后）。请使用命令行工具 budget-check。',
    en: 'This Excel does not support the add-in (ExcelApi 1.7 needed: Microsoft 365 or Excel 2019 and later). Use the budget-check command line instead.',
  },
  privacy: { 'zh-CN': '数据只在本机处理，不会上传。', en: 'Your data stays on this machine.' },
} as const;

export type StringKey = keyof typeof S;
export function t(key: StringKey, lang: Lang): string {
  return S[key][lang];
}
