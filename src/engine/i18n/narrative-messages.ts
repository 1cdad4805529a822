/**
 * Finding messages of the narrative (预算说明) rules, zh-CN first and en second.
 */
import type { LocalizedText } from './lang';
import { formatAmount } from '../numbers';
import { TABLE_KIND_DEFS, type TableKind } from '../tables/kinds';

const w = (v: number) => `${formatAmount(v, Math.abs(v - Math.round(v * 100) / 100) > 1e-9 ? 4 : 2)} 万元`;

export const narrativeMessages = {
  listSum({ total, totalValue, parts, sum }: { total: string; totalValue: number; parts: string[]; sum: number }): LocalizedText {
    return {
      'zh-CN': `预算说明中「${total}」${w(totalValue)} ≠ 所列各项之和 ${parts.join(' + ')} = ${w(sum)}（差 ${w(totalValue - sum)}）`,
      en: `The narrative's "${total}" ${w(totalValue)} ≠ the sum of the items it lists, ${parts.join(' + ')} = ${w(sum)}`,
    };
  },
  partsExceed({ total, totalValue, sum }: { total: string; totalValue: number; sum: number }): LocalizedText {
    return {
      'zh-CN': `预算说明中「${total}」${w(totalValue)} 小于其中所列各项之和 ${w(sum)}`,
      en: `The narrative's "${total}" ${w(totalValue)} is less than the items listed under it (${w(sum)})`,
    };
  },
  inconsistent({ topic, a, aWhere, b }: { topic: string; a: number; aWhere: string; b: number }): LocalizedText {
    return {
      'zh-CN': `预算说明前后不一致：${topic}此处为 ${w(b)}，${aWhere}为 ${w(a)}`,
      en: `The narrative contradicts itself: ${topic} is ${w(b)} here and ${w(a)} at ${aWhere}`,
    };
  },
  targetsExceed({ targets, project, where }: { targets: number; project: number; where: string }): LocalizedText {
    return {
      'zh-CN': `预算说明中编制绩效目标的项目资金 ${w(targets)} 大于项目支出 ${w(project)}（${where}）`,
      en: `The narrative's projects with performance targets (${w(targets)}) exceed project expenditure ${w(project)} (${where})`,
    };
  },
  share({ item, value, base, stated, actual }: { item: string; value: number; base: number; stated: string; actual: number }): LocalizedText {
    return {
      'zh-CN': `预算说明中「${item}」${w(value)} 占 ${w(base)} 的 ${actual.toFixed(1)}%，文中写作 ${stated}`,
      en: `The narrative's "${item}" ${w(value)} is ${actual.toFixed(1)}% of ${w(base)}, not ${stated}`,
    };
  },
  change({ what, current, delta, dir, stated, actual }: { what: string; current: number; delta: number; dir: 'up' | 'down'; stated: string; actual: number }): LocalizedText {
    const zhDir = dir === 'up' ? '增加' : '减少';
    return {
      'zh-CN': `预算说明中${what}为 ${w(current)}，比上年${zhDir} ${w(delta)}，变动率应为 ${actual.toFixed(1)}%，文中写作 ${stated}`,
      en: `The narrative's ${what}: ${w(current)}, ${dir === 'up' ? 'up' : 'down'} ${w(delta)} on last year, is a change of ${actual.toFixed(1)}%, not ${stated}`,
    };
  },
  changeDirection({ text }: { text: string }): LocalizedText {
    return {
      'zh-CN': `预算说明中增减方向矛盾：「${text}」`,
      en: `The narrative's direction of change contradicts itself: "${text}"`,
    };
  },
  template({ found, text }: { found: string; text: string }): LocalizedText {
    return {
      'zh-CN': `预算说明中留有未处理的模板内容「${found}」：「${text}」`,
      en: `Unresolved template text "${found}" left in the narrative: "${text}"`,
    };
  },
  tableUnit({ topic, written, kind, where, factor }: { topic: string; written: string; kind: TableKind; where: string; factor: number }): LocalizedText {
    return {
      'zh-CN': `预算说明中${topic} ${written} 与${TABLE_KIND_DEFS[kind].name['zh-CN']}（${where}）相差约 ${formatAmount(factor, 0)} 倍：表的金额单位（元 / 万元）可能标注有误，该表与说明的其余比较未做`,
      en: `The narrative's ${topic} ${written} and the ${TABLE_KIND_DEFS[kind].name.en} (${where}) differ by a factor of about ${formatAmount(factor, 0)}: the table's unit (元 / 万元) is probably misstated; its other comparisons with the narrative were not made`,
    };
  },
  /** The narrative's figure as written, the table's in the table's own unit and precision. */
  table({ topic, value, kind, label, tableValue, tableUnit, where }: { topic: string; value: number; kind: TableKind; label: string; tableValue: number; tableUnit: '万元' | '元'; where: string }): LocalizedText {
    const t = tableUnit === '万元' ? w(tableValue) : `${formatAmount(tableValue, Number.isInteger(tableValue) ? 0 : 2)} 元`;
    return {
      'zh-CN': `预算说明中${topic} ${w(value)} 与${TABLE_KIND_DEFS[kind].name['zh-CN']}${label}（${where}）${t} 不一致`,
      en: `The narrative's ${topic} ${w(value)} disagrees with the ${TABLE_KIND_DEFS[kind].name.en} ${label} (${where}) ${t}`,
    };
  },
};
