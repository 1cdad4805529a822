/**
 * The standalone checker page's own words, zh-CN first and en second (the findings list and the
 * summary are the task pane's panels, with the pane's words).
 */
import { fill, type Lang } from '../engine/i18n/lang';

const S = {
  title: { 'zh-CN': '预算表审核助手 · 网页版', en: 'Budget Table Checker · web page' },
  intro: {
    'zh-CN': '不用安装加载项：选择或拖入一个或多个 .xlsx 文件即可审核。适用于 WPS、Excel 2016 等不能运行 Office 加载项的环境。',
    en: 'No add-in needed: choose or drop one or more .xlsx files to check them. For WPS, Excel 2016 and others that cannot run Office add-ins.',
  },
  privacy: { 'zh-CN': '文件只在本机浏览器中处理，不会上传到任何地方。', en: 'Files are processed in this browser only; nothing is uploaded.' },
  choose: { 'zh-CN': '选择 .xlsx 文件…', en: 'Choose .xlsx files…' },
  drop: { 'zh-CN': '或把文件拖到这里', en: 'or drop them here' },
  checking: { 'zh-CN': '正在审核 {n}/{count}：{name}', en: 'Checking {n} of {count}: {name}' },
  files: { 'zh-CN': '已审核的文件', en: 'Files checked' },
  cannotRead: { 'zh-CN': '无法审核：', en: 'Cannot check: ' },
  downloadAnnotated: { 'zh-CN': '下载标注副本', en: 'Download the marked copy' },
  downloadReport: { 'zh-CN': '下载网页报告', en: 'Download the HTML report' },
  downloadAllReports: { 'zh-CN': '下载全部文件的网页报告', en: 'Download the HTML report of all files' },
  near: { 'zh-CN': '{where} 附近', en: 'Around {where}' },
  blank: { 'zh-CN': '空白标准工作簿', en: 'Blank standard workbook' },
  blankHint: {
    'zh-CN': '按所选模板的官方版式写出全部标准公开表（带合计公式和打印设置），可分发给各单位填写。',
    en: 'Every standard table of the chosen profile as its official template lays it out (with total formulas and print setup), to hand out.',
  },
  downloadBlank: { 'zh-CN': '下载空白标准工作簿', en: 'Download the blank workbook' },
  profile: { 'zh-CN': '模板', en: 'Profile' },
  auto: { 'zh-CN': '自动判断', en: 'Automatic' },
  year: { 'zh-CN': '年度', en: 'Year' },
  unitName: { 'zh-CN': '单位名称', en: 'Unit name' },
  language: { 'zh-CN': '语言', en: 'Language' },
  failed: { 'zh-CN': '操作失败：', en: 'Failed: ' },
} as const;

export type CheckerKey = keyof typeof S;

export function ct(key: CheckerKey, lang: Lang, vars: Readonly<Record<string, string | number>> = {}): string {
  return fill(S[key][lang], vars);
}
