/**
 * Every finding message, zh-CN first and en second. Rules call these; nothing else words a finding.
 */
import type { LocalizedText } from './lang';
import { formatAmount } from '../numbers';
import { TABLE_KIND_DEFS, type TableKind } from '../tables/kinds';

const n = (v: number, d = 2) => formatAmount(v, d);

function decimalsOf(...values: number[]): number {
  let d = 2;
  for (const v of values) {
    const s = String(Math.abs(v));
    const i = s.indexOf('.');
    if (i >= 0) d = Math.max(d, Math.min(4, s.length - i - 1));
  }
  return d;
}

export interface SumTerm {
  label: string;
  value: number;
}

function termList(terms: SumTerm[], d: number, max = 6): { zh: string; en: string } {
  const shown = terms.slice(0, max);
  const more = terms.length - shown.length;
  const zh = shown.map((t) => `${t.label} ${n(t.value, d)}`).join(' + ') + (more > 0 ? ` + 其余 ${more} 项` : '');
  const en = shown.map((t) => `${t.label} ${n(t.value, d)}`).join(' + ') + (more > 0 ? ` + ${more} more` : '');
  return { zh, en };
}

export const messages = {
  /** No table recognised at all: missing tables are not told from unrecognised ones. */
  noTablesFound({ profileName }: { profileName: LocalizedText }): LocalizedText {
    return {
      'zh-CN': `工作簿中没有识别出任何预算公开表（表可能缺失，也可能版式与内置模板不同），未按${profileName['zh-CN']}检查缺表`,
      en: `No budget table was recognised in the workbook (missing, or laid out unlike the built-in templates); missing tables were not checked against ${profileName.en}`,
    };
  },
  /** The picked template lacks too many of the workbook's tables to be taken as its set. */
  profileUnconfirmed({ kinds, profileName }: { kinds: TableKind[]; profileName: LocalizedText }): LocalizedText {
    return {
      'zh-CN': `工作簿与最接近的内置模板（${profileName['zh-CN']}）不相符：该模板的${kinds.length}张表不在工作簿中（${kinds.map((k) => TABLE_KIND_DEFS[k].name['zh-CN']).join('、')}），可能是其他地区的表样，未按该模板检查缺表；如确应按该模板编制，请在设置中指定模板后再校验`,
      en: `The workbook does not match the closest built-in template (${profileName.en}): ${kinds.length} of its tables are absent (${kinds.map((k) => TABLE_KIND_DEFS[k].name.en).join(', ')}), perhaps another region's set; missing tables were not checked. Choose the template in the settings if the workbook should follow it`,
    };
  },
  missingTable({ kind, profileName }: { kind: TableKind; profileName: LocalizedText }): LocalizedText {
    const def = TABLE_KIND_DEFS[kind];
    return {
      'zh-CN': `缺少${def.name['zh-CN']}（${profileName['zh-CN']}应包含此表）`,
      en: `Missing table: ${def.name.en} (required by ${profileName.en})`,
    };
  },

  /** Within a row: total ≠ sum of its part columns. */
  rowSum({ rowLabel, target, parts, diff, rounding, tolerance }: { rowLabel: string; target: SumTerm; parts: SumTerm[]; diff: number; rounding: boolean; tolerance: number }): LocalizedText {
    const d = decimalsOf(target.value, ...parts.map((p) => p.value), diff);
    const t = termList(parts, d);
    const where = rowLabel ? `「${rowLabel}」行：` : '';
    const whereEn = rowLabel ? `Row "${rowLabel}": ` : '';
    if (rounding) {
      return {
        'zh-CN': `${where}${target.label} ${n(target.value, d)} 与 ${t.zh} 相差 ${n(Math.abs(diff), d)}，在取整容差 ${n(tolerance, 3)} 以内（取整差异）`,
        en: `${whereEn}${target.label} ${n(target.value, d)} differs from ${t.en} by ${n(Math.abs(diff), d)}, within the rounding tolerance ${n(tolerance, 3)}`,
      };
    }
    return {
      'zh-CN': `${where}${target.label} ${n(target.value, d)} ≠ ${t.zh}（差 ${n(diff, d)}）`,
      en: `${whereEn}${target.label} ${n(target.value, d)} ≠ ${t.en} (difference ${n(diff, d)})`,
    };
  },

  /** Down a column: a total/subtotal row ≠ the sum of the rows it sums. */
  columnSum({ reason, rowLabel, columnLabel, actual, expected, partCount, diff, rounding, tolerance }: { reason: 'total' | 'subtotal' | 'unit' | 'grand-total'; rowLabel: string; columnLabel: string; actual: number; expected: number; partCount: number; diff: number; rounding: boolean; tolerance: number }): LocalizedText {
    const d = decimalsOf(actual, expected, diff);
    const whatZh = { total: '合计行', subtotal: '汇总行', unit: '部门/单位行', 'grand-total': '总计行' }[reason];
    const whatEn = { total: 'total row', subtotal: 'subtotal row', unit: 'department/unit row', 'grand-total': 'grand total row' }[reason];
    const partsZh = reason === 'grand-total' ? `合计与其后各行之和` : `所属 ${partCount} 行之和`;
    const partsEn = reason === 'grand-total' ? `the sum of the total and the lines below it` : `the sum of its ${partCount} rows`;
    const col = columnLabel ? `「${columnLabel}」` : '';
    const colEn = columnLabel ? ` "${columnLabel}"` : '';
    if (rounding) {
      return {
        'zh-CN': `${whatZh}「${rowLabel}」${col} ${n(actual, d)} 与${partsZh} ${n(expected, d)} 相差 ${n(Math.abs(diff), d)}，在取整容差 ${n(tolerance, 3)} 以内（取整差异）`,
        en: `The ${whatEn} "${rowLabel}"${colEn} ${n(actual, d)} differs from ${partsEn} ${n(expected, d)} by ${n(Math.abs(diff), d)}, within the rounding tolerance ${n(tolerance, 3)}`,
      };
    }
    return {
      'zh-CN': `${whatZh}「${rowLabel}」${col} ${n(actual, d)} ≠ ${partsZh} ${n(expected, d)}（差 ${n(diff, d)}）`,
      en: `The ${whatEn} "${rowLabel}"${colEn} ${n(actual, d)} ≠ ${partsEn} ${n(expected, d)} (difference ${n(diff, d)})`,
    };
  },

  balance({ incomeLabel, income, expenseLabel, expense, diff, rounding, tolerance }: { incomeLabel: string; income: number; expenseLabel: string; expense: number; diff: number; rounding: boolean; tolerance: number }): LocalizedText {
    const d = decimalsOf(income, expense, diff);
    if (rounding) {
      return {
        'zh-CN': `${incomeLabel} ${n(income, d)} 与 ${expenseLabel} ${n(expense, d)} 相差 ${n(Math.abs(diff), d)}，在取整容差 ${n(tolerance, 3)} 以内（取整差异）`,
        en: `${incomeLabel} ${n(income, d)} and ${expenseLabel} ${n(expense, d)} differ by ${n(Math.abs(diff), d)}, within the rounding tolerance ${n(tolerance, 3)}`,
      };
    }
    return {
      'zh-CN': `收支不平衡：${incomeLabel} ${n(income, d)} ≠ ${expenseLabel} ${n(expense, d)}（差 ${n(diff, d)}）`,
      en: `Revenue and expenditure do not balance: ${incomeLabel} ${n(income, d)} ≠ ${expenseLabel} ${n(expense, d)} (difference ${n(diff, d)})`,
    };
  },

  /** A column identity from the header that most rows contradict: the structure was misread, nothing is reported row by row. */
  rowStructure({ identity, failed, applicable }: { identity: string; failed: number; applicable: number }): LocalizedText {
    return {
      'zh-CN': `表头显示「${identity}」，但 ${applicable} 行中有 ${failed} 行不成立：表的结构未能由数据确认，这些行内求和未校验`,
      en: `The header suggests "${identity}", but it fails on ${failed} of ${applicable} rows: the structure is not confirmed by the figures, so these row sums were not checked`,
    };
  },

  /** Row identities (totals, subtotals) that most columns contradict: the hierarchy was misread. */
  columnStructure({ reason, failed, applicable }: { reason: 'total' | 'subtotal' | 'unit' | 'grand-total'; failed: number; applicable: number }): LocalizedText {
    const zh = { total: '合计行', subtotal: '类/款汇总行', unit: '部门/单位行', 'grand-total': '总计行' }[reason];
    const en = { total: 'total rows', subtotal: 'class/kind subtotal rows', unit: 'department/unit rows', 'grand-total': 'grand total rows' }[reason];
    return {
      'zh-CN': `${zh}与其所属各行之和在 ${applicable} 处中有 ${failed} 处不符：行的层次未能由数据确认，这些列向求和未校验`,
      en: `The ${en} differ from the sum of their rows in ${failed} of ${applicable} places: the row hierarchy is not confirmed by the figures, so these column sums were not checked`,
    };
  },

  /** Formulas without results: once for the workbook. */
  uncalculated({ count, sheets }: { count: number; sheets: number }): LocalizedText {
    return {
      'zh-CN': `${sheets} 张表中有 ${count} 个公式单元格没有计算结果（文件不是由 Excel 保存的）：这些单元格未按 0 计算，相关合计未校验；请在 Excel 中打开、重新计算并保存后再审核`,
      en: `${count} formula cells in ${sheets} table(s) have no calculated result (the file was not saved by Excel): they are not counted as 0 and the sums through them were not checked; open the file in Excel, recalculate, save and check again`,
    };
  },

  cellError({ code, columnLabel, rowLabel }: { code: string; columnLabel: string; rowLabel: string }): LocalizedText {
    return {
      'zh-CN': `单元格错误 ${code}：「${rowLabel || '（无名称）'}」的「${columnLabel}」应为金额，不能按 0 计算`,
      en: `Cell error ${code}: "${columnLabel}" of "${rowLabel || '(no label)'}" should be an amount; it is not counted as 0`,
    };
  },

  textInNumber({ text, columnLabel, rowLabel }: { text: string; columnLabel: string; rowLabel: string }): LocalizedText {
    return {
      'zh-CN': `金额栏中是文字「${text}」：「${rowLabel || '（无名称）'}」的「${columnLabel}」应为数字，未按 0 计算，相关合计未校验`,
      en: `Text "${text}" where an amount belongs: "${columnLabel}" of "${rowLabel || '(no label)'}" should be a number; it is not counted as 0 and the sums through it were not checked`,
    };
  },

  numberAsText({ text, value }: { text: string; value: number }): LocalizedText {
    return {
      'zh-CN': `数字以文本形式存储「${text}」（按 ${formatAmount(value, 2)} 计算）；建议转换为数字，否则 Excel 公式不会计入`,
      en: `Number stored as text "${text}" (read as ${formatAmount(value, 2)}); convert it to a number, Excel formulas skip text`,
    };
  },

  numbersAsText({ count }: { count: number }): LocalizedText {
    return {
      'zh-CN': `本表有 ${count} 个金额以文本形式存储（已按数字计算）；建议整列转换为数字，否则 Excel 公式不会计入`,
      en: `${count} amounts in this table are stored as text (read as numbers); convert the columns to numbers, Excel formulas skip text`,
    };
  },

  noTables(): LocalizedText {
    return {
      'zh-CN': '未识别到任何预算公开表：请确认表格标题（如“2024年部门收支预算表”）和表头在工作表中',
      en: 'No budget disclosure table was recognised: check that the tables have their titles (e.g. "2024年部门收支预算表") and headers',
    };
  },
};
