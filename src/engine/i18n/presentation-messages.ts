/**
 * Finding messages of the presentation rules, zh-CN first and en second.
 */
import type { LocalizedText } from './lang';
import { TABLE_KIND_DEFS, type TableKind } from '../tables/kinds';

const zh = (k: TableKind) => TABLE_KIND_DEFS[k].name['zh-CN'];
const en = (k: TableKind) => TABLE_KIND_DEFS[k].name.en;

export const presentationMessages = {
  overlappingMerges({ count, example }: { count: number; example: string }): LocalizedText {
    return {
      'zh-CN': `工作表中有 ${count} 个合并单元格与其他合并区域重叠（如 ${example}），读取时已忽略：请在 Excel 中检查这些合并单元格`,
      en: `${count} merged area(s) on this sheet overlap another merge (e.g. ${example}) and were ignored when reading: check them in Excel`,
    };
  },

  emptyWithoutNote({ kind }: { kind: TableKind }): LocalizedText {
    return {
      'zh-CN': `${zh(kind)}没有数据，也没有说明原因的备注（如“本单位无…安排的支出，故本表无数据”）`,
      en: `The ${en(kind)} is empty and has no note saying why (e.g. "本单位无…安排的支出，故本表无数据")`,
    };
  },
  placeholder({ text }: { text: string }): LocalizedText {
    return {
      'zh-CN': `模板占位内容未替换：「${text}」`,
      en: `Template placeholder left in: "${text}"`,
    };
  },
  blankEntity({ label }: { label: string }): LocalizedText {
    return {
      'zh-CN': `「${label}」后未填写单位（部门）名称`,
      en: `"${label}" is not followed by the unit's (department's) name`,
    };
  },
  titleYear({ kind, year, expected }: { kind: TableKind; year: number; expected: number }): LocalizedText {
    return {
      'zh-CN': `${zh(kind)}标题中的年度 ${year} 与工作簿其他表的年度 ${expected} 不一致`,
      en: `The ${en(kind)} title says ${year}; the other tables of the workbook say ${expected}`,
    };
  },
  missingUnit({ kind }: { kind: TableKind }): LocalizedText {
    return {
      'zh-CN': `${zh(kind)}没有金额单位行（如“单位：万元”）`,
      en: `The ${en(kind)} states no unit (e.g. "单位：万元")`,
    };
  },
  missingTotal({ kind }: { kind: TableKind }): LocalizedText {
    return {
      'zh-CN': `${zh(kind)}没有合计行`,
      en: `The ${en(kind)} has no total (合计) row`,
    };
  },
};
