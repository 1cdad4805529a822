/**
 * Finding messages of the rules between tables, zh-CN first and en second.
 */
import type { LocalizedText } from './lang';
import { formatAmount } from '../numbers';
import { TABLE_KIND_DEFS, type TableKind } from '../tables/kinds';

/** One side of a comparison between tables, as a message names it. */
export interface ComparedFigure {
  kind: TableKind;
  /** 「合计」行「基本支出」 */
  label: string;
  /** As written in its table. */
  value: number;
  /** 万元 or 元 */
  unit: string;
  /** Where, for the other side: "表一 收支预算表 B6". */
  where?: string;
}

const d = (...v: number[]) => (Math.max(2, ...v.map((x) => String(Math.round(x * 1e6) / 1e6).split('.')[1]?.length ?? 0)) > 2 ? 4 : 2);

function fig(s: ComparedFigure, sameUnit: boolean, dec: number): string {
  return `${formatAmount(s.value, dec)}${sameUnit ? '' : ` ${s.unit}`}`;
}

export const crossMessages = {
  mismatch({ a, b, diffWanyuan, rounding, tolWanyuan }: { a: ComparedFigure; b: ComparedFigure; diffWanyuan: number; rounding: boolean; tolWanyuan: number }): LocalizedText {
    const same = a.unit === b.unit;
    const dec = d(a.value, b.value);
    const an = TABLE_KIND_DEFS[a.kind];
    const bn = TABLE_KIND_DEFS[b.kind];
    const where = b.where ? `（${b.where}）` : '';
    const whereEn = b.where ? ` (${b.where})` : '';
    const diff = `${formatAmount(diffWanyuan, 2)} 万元`;
    if (rounding) {
      return {
        'zh-CN': `${an.name['zh-CN']}${a.label} ${fig(a, same, dec)} 与${bn.name['zh-CN']}${b.label}${where} ${fig(b, same, dec)} 相差 ${diff}，在取整容差 ${formatAmount(tolWanyuan, 4)} 万元以内（取整差异）`,
        en: `${an.name.en} ${a.label} ${fig(a, same, dec)} differs from ${bn.name.en} ${b.label}${whereEn} ${fig(b, same, dec)} by ${formatAmount(diffWanyuan, 2)} (10k yuan), within the rounding tolerance`,
      };
    }
    return {
      'zh-CN': `${an.name['zh-CN']}${a.label} ${fig(a, same, dec)} ≠ ${bn.name['zh-CN']}${b.label}${where} ${fig(b, same, dec)}（差 ${diff}）`,
      en: `${an.name.en} ${a.label} ${fig(a, same, dec)} ≠ ${bn.name.en} ${b.label}${whereEn} ${fig(b, same, dec)} (difference ${formatAmount(diffWanyuan, 2)} in 10k yuan)`,
    };
  },

  /** Two figures that differ by a power of ten of the units: one table's unit is probably wrong. */
  unitSlip({ a, b, factor }: { a: ComparedFigure; b: ComparedFigure; factor: number }): LocalizedText {
    const an = TABLE_KIND_DEFS[a.kind];
    const bn = TABLE_KIND_DEFS[b.kind];
    const dec = d(a.value, b.value);
    return {
      'zh-CN': `金额单位可能不一致：${an.name['zh-CN']}${a.label} ${formatAmount(a.value, dec)} ${a.unit}与${bn.name['zh-CN']}${b.label}${b.where ? `（${b.where}）` : ''} ${formatAmount(b.value, dec)} ${b.unit}相差约 ${formatAmount(factor, 0)} 倍：请核对两表标注的单位（元 / 万元）；两表之间的其余比较未做`,
      en: `The amount units probably disagree: ${an.name.en} ${a.label} ${formatAmount(a.value, dec)} ${a.unit} and ${bn.name.en} ${b.label}${b.where ? ` (${b.where})` : ''} ${formatAmount(b.value, dec)} ${b.unit} differ by a factor of about ${formatAmount(factor, 0)}: check the unit each table states (元 / 万元); the other comparisons between the two tables were not made`,
    };
  },

  /** A part cannot exceed the whole it is part of (general-budget ≤ expenditure for one code). */
  exceeds({ a, b, diffWanyuan }: { a: ComparedFigure; b: ComparedFigure; diffWanyuan: number }): LocalizedText {
    const same = a.unit === b.unit;
    const dec = d(a.value, b.value);
    const an = TABLE_KIND_DEFS[a.kind];
    const bn = TABLE_KIND_DEFS[b.kind];
    return {
      'zh-CN': `${an.name['zh-CN']}${a.label} ${fig(a, same, dec)} 大于${bn.name['zh-CN']}${b.label}${b.where ? `（${b.where}）` : ''} ${fig(b, same, dec)}（多 ${formatAmount(diffWanyuan, 2)} 万元）：前者是后者的一部分`,
      en: `${an.name.en} ${a.label} ${fig(a, same, dec)} exceeds ${bn.name.en} ${b.label}${b.where ? ` (${b.where})` : ''} ${fig(b, same, dec)} by ${formatAmount(diffWanyuan, 2)} (10k yuan), though it is part of it`,
    };
  },

  missingIn({ a, otherKind, what }: { a: ComparedFigure; otherKind: TableKind; what: string }): LocalizedText {
    const an = TABLE_KIND_DEFS[a.kind];
    const bn = TABLE_KIND_DEFS[otherKind];
    return {
      'zh-CN': `${an.name['zh-CN']}${a.label} ${formatAmount(a.value)} 在${bn.name['zh-CN']}中没有对应的${what}`,
      en: `${an.name.en} ${a.label} ${formatAmount(a.value)} has no matching ${what === '项目' ? 'project' : what === '编码' ? 'code' : 'line'} in the ${bn.name.en}`,
    };
  },

  projectAmount({ name, amount, otherName, other, where }: { name: string; amount: number; otherName: string; other: number; where: string }): LocalizedText {
    const same = name === otherName;
    return {
      'zh-CN': `项目「${name}」在项目支出预算表中为 ${formatAmount(amount)}，项目绩效目标表中${same ? '' : `「${otherName}」`}为 ${formatAmount(other)}（${where}）`,
      en: `Project "${name}": ${formatAmount(amount)} in the projects table, ${formatAmount(other)} in the project performance table${same ? '' : ` ("${otherName}")`} (${where})`,
    };
  },

  projectWithoutTarget({ name, amount }: { name: string; amount: number }): LocalizedText {
    return {
      'zh-CN': `项目「${name}」（${formatAmount(amount)}）在项目绩效目标表中没有绩效目标`,
      en: `Project "${name}" (${formatAmount(amount)}) has no performance target in the project performance table`,
    };
  },

  targetWithoutProject({ name, amount }: { name: string; amount: number }): LocalizedText {
    return {
      'zh-CN': `绩效目标「${name}」（${formatAmount(amount)}）在项目支出预算表中没有对应项目`,
      en: `Performance target "${name}" (${formatAmount(amount)}) has no project in the projects table`,
    };
  },
};
