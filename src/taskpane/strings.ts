/**
 * Task pane wording, zh-CN first and en second. Finding messages come from the engine, and the
 * names of the tool's concepts (table kinds, profiles, classifications, code levels, how a row
 * was matched) from the shared labels module, engine/i18n/labels.
 */
import { fill, type Lang } from '../engine/i18n/lang';

const S = {
  check: { 'zh-CN': '校验', en: 'Check' },
  reading: { 'zh-CN': '正在读取工作簿…', en: 'Reading the workbook…' },
  readingSheets: { 'zh-CN': '正在读取 {count} 张工作表…', en: 'Reading {count} sheets…' },
  readingSheet: { 'zh-CN': '正在读取 {n}/{count} 张工作表…', en: 'Reading sheet {n} of {count}…' },
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
  verdict: { 'zh-CN': '错误 {error} · 警告 {warning} · 提示 {info}', en: '{error} errors · {warning} warnings · {info} info' },
  clean: { 'zh-CN': '识别到的 {tables} 张表都已校验。', en: 'The {tables} tables found were checked.' },
  noBudgetTable: {
    'zh-CN': '未找到预算公开表：工作簿中没有可识别的表格标题和表头。可以在下方“插入标准表”插入空白的标准表。',
    en: 'No budget disclosure table found: no table title and header could be recognised. Use “Insert standard tables” below to add blank standard tables.',
  },
  missingTables: { 'zh-CN': '缺少 {count} 张模板规定的表（展开查看）', en: '{count} tables of the profile are missing (expand to see)' },
  cancel: { 'zh-CN': '取消', en: 'Cancel' },
  cancelled: { 'zh-CN': '已取消校验', en: 'Check cancelled' },
  search: { 'zh-CN': '搜索问题、工作表或规则', en: 'Search findings, sheets or rules' },
  bySheet: { 'zh-CN': '按工作表筛选', en: 'Filter by sheet' },
  allSheets: { 'zh-CN': '全部工作表', en: 'All sheets' },
  byRule: { 'zh-CN': '按规则筛选', en: 'Filter by rule' },
  allRules: { 'zh-CN': '全部规则', en: 'All rules' },
  shown: { 'zh-CN': '显示 {n} / {of} 条', en: 'Showing {n} of {of}' },
  arranging: { 'zh-CN': '正在整理 {count} 条问题…', en: 'Arranging {count} findings…' },
  next: { 'zh-CN': '下一个', en: 'Next' },
  previous: { 'zh-CN': '上一个', en: 'Previous' },
  more: { 'zh-CN': '展开', en: 'more' },
  goOther: { 'zh-CN': '对照：{where}', en: 'Compare: {where}' },
  details: { 'zh-CN': '识别结果', en: 'What was recognised' },
  tablesCount: { 'zh-CN': '识别到 {n} 张', en: '{n} found' },
  missingCount: { 'zh-CN': '缺 {n} 张', en: '{n} missing' },
  workbook: { 'zh-CN': '工作簿', en: 'Workbook' },
  insert: { 'zh-CN': '插入标准表', en: 'Insert standard tables' },
  insertFrom: { 'zh-CN': '按「{profile}」的官方模板插入，按模板编号排列；已有的表不会重复插入。', en: 'Inserted as the official templates of “{profile}”, in their numbering order; a table the workbook has is not inserted again.' },
  insertMissing: { 'zh-CN': '选择缺少的表', en: 'Select the missing tables' },
  insertDo: { 'zh-CN': '插入所选的表', en: 'Insert the selected tables' },
  alreadyThere: { 'zh-CN': '已有这些表，未重复插入（已选中）：{sheets}', en: 'Already in the workbook, not inserted again (selected): {sheets}' },
  inserted: { 'zh-CN': '已插入工作表：', en: 'Sheets added: ' },
  year: { 'zh-CN': '年度', en: 'Year' },
  unitName: { 'zh-CN': '单位名称', en: 'Unit name' },
  unit: { 'zh-CN': '金额单位', en: 'Amount unit' },
  level: { 'zh-CN': '级次', en: 'Level' },
  levelUnit: { 'zh-CN': '单位', en: 'Unit' },
  levelDept: { 'zh-CN': '部门', en: 'Department' },
  settings: { 'zh-CN': '设置', en: 'Settings' },
  language: { 'zh-CN': '语言', en: 'Language' },
  marked: { 'zh-CN': '已在工作表中标出 {findings} 个问题（{cells} 个单元格）', en: '{findings} findings marked in the sheets ({cells} cells)' },
  skipped: { 'zh-CN': '未能标记（工作表受保护）：', en: 'Not marked (protected sheet): ' },
  unsupported: {
    'zh-CN': '此版本的 Excel 不支持本加载项（需要 ExcelApi 1.7：Microsoft 365 或 Excel 2019 及以后）。请使用命令行工具 budget-check。',
    en: 'This Excel does not support the add-in (ExcelApi 1.7 needed: Microsoft 365 or Excel 2019 and later). Use the budget-check command line instead.',
  },
  catalog: { 'zh-CN': '分类目录', en: 'Classification catalog' },
  catalogBuiltin: { 'zh-CN': '内置目录（功能分类 2025 年版，项级不完整；经济分类全部类、款）', en: 'Built-in (functional 2025, items incomplete; economic classes and kinds)' },
  catalogImported: { 'zh-CN': '导入的目录：', en: 'Imported: ' },
  catalogCounts: { 'zh-CN': '功能分类 {fn} 条，部门经济分类 {econ} 条，政府经济分类 {gov} 条', en: '{fn} functional, {econ} departmental, {gov} government economic entries' },
  catalogImport: { 'zh-CN': '导入官方目录…', en: 'Import the official catalog…' },
  catalogRestore: { 'zh-CN': '恢复内置目录', en: 'Use the built-in catalog' },
  catalogDone: { 'zh-CN': '分类目录已导入，请重新校验', en: 'Catalog imported; check again' },
  catalogRestored: { 'zh-CN': '已恢复内置目录，请重新校验', en: 'Built-in catalog restored; check again' },
  catalogFound: { 'zh-CN': '在 {file} 中找到：', en: 'Found in {file}: ' },
  catalogShape: { 'zh-CN': '{scheme} {count} 条（类 {class}，款 {kind}，项 {item}）', en: '{scheme} {count} ({class} classes, {kind} kinds, {item} items)' },
  catalogSmall: {
    'zh-CN': '{scheme}只有 {count} 条，内置目录有 {builtin} 条：导入后将替换内置的{scheme}，不在这 {count} 条中的编码都会被报告为“不在目录中”。请确认这是完整的官方目录。',
    en: 'The {scheme} classification here has only {count} entries, the built-in one {builtin}: the import replaces the built-in one, and every code not among these {count} will be reported as not in the catalog. Make sure this is the complete official catalog.',
  },
  catalogConfirm: { 'zh-CN': '导入并替换', en: 'Import and replace' },
  catalogCancel: { 'zh-CN': '不导入', en: 'Do not import' },
  exportSheet: { 'zh-CN': '导出到新工作表', en: 'Export to a new sheet' },
  copyText: { 'zh-CN': '复制为文本', en: 'Copy as text' },
  exported: { 'zh-CN': '已添加工作表「{sheet}」，原有工作表未改动', en: 'Sheet "{sheet}" added; no existing sheet was changed' },
  copied: { 'zh-CN': '已复制 {count} 条问题，可粘贴到审核意见中', en: '{count} findings copied, ready to paste into a memo' },
  copyFailed: { 'zh-CN': '此环境不允许复制到剪贴板：请改用“导出到新工作表”', en: 'This host does not allow copying to the clipboard: use “Export to a new sheet”' },
  staleSettings: { 'zh-CN': '模板、单位类型或分类目录已更改，以下结果是按原设置校验的。请重新校验。', en: 'The profile, unit type or catalog changed since this check: check again.' },
  staleCleared: { 'zh-CN': '列表中的问题已不再标在单元格上，重新校验可再次标记。', en: 'The findings below are no longer marked in the cells: check again to mark them.' },
  staleInserted: { 'zh-CN': '已插入标准表，以下结果是插入前的。请重新校验。', en: 'Standard tables were inserted after this check: check again.' },
  unitType: { 'zh-CN': '单位类型', en: 'Unit type' },
  unitTypeAuto: { 'zh-CN': '自动判断', en: 'Automatic' },
  // the pane's own English for the two unit types (a radio's label); the shared unitTypeLabel says 'administrative unit'
  unitAdmin: { 'zh-CN': '行政单位', en: 'Administrative' },
  unitInstitution: { 'zh-CN': '事业单位', en: 'Public institution' },
  cellInfo: { 'zh-CN': '所选单元格', en: 'Selected cell' },
  cellInfoAsk: { 'zh-CN': '查看所选单元格的分类编码', en: 'Show the selected cell’s codes' },
  cellInfoNone: { 'zh-CN': '该行没有分类编码', en: 'No classification code on this row' },
  cellInfoHint: { 'zh-CN': '校验后，选中表中的单元格即可查看该行的分类编码', en: 'After a check, select a cell to see its row’s codes' },
  notInCatalog: { 'zh-CN': '不在目录中', en: 'not in the catalog' },
  coverage: { 'zh-CN': '校验覆盖：已校验 {ran} 项，未校验 {skipped} 项', en: 'Coverage: {ran} checks ran, {skipped} not run' },
  noSums: { 'zh-CN': '「{sheet}」未做任何求和校验：{reasons}', en: '"{sheet}": no sum was checked: {reasons}' },
  privacy: { 'zh-CN': '数据只在本机处理，不会上传。', en: 'Your data stays on this machine.' },
} as const;

export type StringKey = keyof typeof S;

/** A pane text in one language, its `{name}` placeholders filled from `vars`. */
export function t(key: StringKey, lang: Lang, vars: Readonly<Record<string, string | number>> = {}): string {
  return fill(S[key][lang], vars);
}

/**
 * A count with its thousands grouped ("13,679"), the same in both languages. Not toLocaleString:
 * its first use loads the locale's number data (tens of milliseconds on the pane's thread).
 */
export function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
