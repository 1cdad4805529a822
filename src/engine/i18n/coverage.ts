/**
 * Why a check did not run on a table (the coverage of the report), zh-CN first and en second.
 */
import type { LocalizedText } from './lang';

export const SKIP_REASONS = {
  blankTemplate: { 'zh-CN': '空白模板，尚未填报（各表没有金额，也没有填写单位名称）', en: 'a blank template, not filled in yet (no figures, no unit name)' },
  noNarrative: { 'zh-CN': '工作簿中没有预算说明文字', en: 'the workbook has no narrative (预算说明)' },
  noColumnIdentity: { 'zh-CN': '表头中没有“合计 = 各组成栏”的关系', en: 'the header shows no total column with its part columns' },
  noRowIdentity: { 'zh-CN': '没有合计行、汇总行或部门/单位行', en: 'no total, subtotal or department/unit row' },
  noCodes: { 'zh-CN': '表中没有分类编码', en: 'no classification code in this table' },
  unconfirmed: { 'zh-CN': '表的结构未能由数据确认', en: 'the structure is not confirmed by the figures' },
  fromTemplate: { 'zh-CN': '可比较的行太少，无法由数据确认结构：按模板的结构校验', en: 'too few rows to confirm the structure from the figures: checked as the template lays it out' },
  profileUnconfirmed: { 'zh-CN': '自动判断的模板与工作簿不相符，未检查缺表（可在设置中指定模板）', en: 'the template picked does not match the workbook: missing tables not checked (choose the template in the settings)' },
  noFigures: { 'zh-CN': '表中没有金额', en: 'the table holds no figure' },
} satisfies Record<string, LocalizedText>;
