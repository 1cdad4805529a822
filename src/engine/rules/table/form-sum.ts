/**
 * form-sum: in the 整体绩效目标表, 预算总额 = Σ 资金来源 lines = Σ 资金结构 lines.
 */
import { figureOf } from '../../analysis/facts';
import { messages } from '../../i18n/messages';
import { amountAt, type FormLine, type RecognizedTable } from '../../tables/model';
import { compareSum, type Figure } from '../../tolerance';
import { a1 } from '../kit/cells';
import { defineRule } from '../types';

const TOTAL = /预算总额|资金总额/;
const SOURCES = /资金来源/;
const STRUCTURE = /资金结构/;
const ITEM = /^(\d+[、.])?(资金来源|资金结构)?[:：]?\(\d+\)/;

function lineFigure(t: RecognizedTable, l: FormLine): Figure | null {
  return l.valueCol === null ? null : figureOf(amountAt(t, l.row, l.valueCol));
}

function group(lines: FormLine[], start: number, stop: RegExp | null): FormLine[] {
  const out: FormLine[] = [];
  for (let i = start; i < lines.length; i++) {
    const l = lines[i];
    if (i > start && (stop?.test(l.key) || !ITEM.test(l.key))) break;
    if (ITEM.test(l.key) || i === start) out.push(l);
  }
  return out;
}

export const formSum = defineRule({
  id: 'form-sum',
  severity: 'error',
  description: {
    'zh-CN': '整体绩效目标表：预算总额 = 资金来源各项之和 = 资金结构各项之和',
    en: 'Overall performance form: total budget = sum of the funding sources = sum of the funding structure',
  },
  needs: { tables: ['overall-performance'] },
  messages: { rowSum: messages.rowSum },
  check(ctx) {
    for (const t of ctx.tables) {
      const lines = t.form;
      const ti = lines.findIndex((l) => TOTAL.test(l.key));
      if (ti < 0) continue;
      const total = lines[ti];
      const tf = lineFigure(t, total);
      if (!tf || total.valueCol === null) continue;
      for (const [re, name] of [
        [SOURCES, { 'zh-CN': '资金来源', en: 'funding sources' }],
        [STRUCTURE, { 'zh-CN': '资金结构', en: 'funding structure' }],
      ] as const) {
        const si = lines.findIndex((l, i) => i > ti && re.test(l.key));
        if (si < 0) continue;
        const items = group(lines, si, re === SOURCES ? STRUCTURE : null).filter((l) => l.valueCol !== null);
        const figs = items.map((l) => lineFigure(t, l));
        if (items.length === 0 || figs.some((f) => f === null)) continue;
        ctx.compare(t, items.length + 1, compareSum(tf, figs as Figure[]), ({ rounding, cmp }) => ({
          messageId: 'rowSum',
          data: {
            rowLabel: '',
            target: { label: '预算总额', value: cmp.actual },
            parts: items.map((_l, i) => ({ label: `${name['zh-CN']}${i + 1}`, value: (figs[i] as Figure).value })),
            diff: cmp.diff,
            rounding,
            tolerance: cmp.tolerance,
          },
          sheet: t.sheet,
          cells: [a1(total.row, total.valueCol!), ...items.map((l) => a1(l.row, l.valueCol!))],
        }));
      }
    }
  },
});
