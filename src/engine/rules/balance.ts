/**
 * balance: in a two-sided table (收支预算表, 财政拨款收支预算表), 收入总计 = 支出总计.
 */
import { messages } from '../i18n/messages';
import type { TablePart, TableRow } from '../tables/model';
import { compareValues } from '../tolerance';
import { a1, cellFigure, isBlankAmount, labelOfRow } from './helpers';
import type { Rule } from './types';

function lastTotal(p: TablePart): TableRow | undefined {
  for (let i = p.rows.length - 1; i >= 0; i--) if (p.rows[i].role === 'total') return p.rows[i];
  return undefined;
}

function firstAmountCol(p: TablePart): number | undefined {
  return p.columns.find((c) => c.role === 'amount' && !c.nonAddend)?.col;
}

export const balance: Rule = {
  id: 'balance',
  severity: 'error',
  description: { 'zh-CN': '收支表两侧平衡：收入总计 = 支出总计', en: 'Both sides balance: total revenue = total expenditure' },
  kinds: ['summary', 'fiscal-summary'],
  check(ctx) {
    for (const t of ctx.relevant) {
      const inc = t.parts.find((p) => p.side === 'income');
      const exp = t.parts.find((p) => p.side === 'expense');
      if (!inc || !exp) continue;
      const ri = lastTotal(inc);
      const re = lastTotal(exp);
      const ci = firstAmountCol(inc);
      const ce = firstAmountCol(exp);
      if (!ri || !re || ci === undefined || ce === undefined) continue;
      if (isBlankAmount(t, ri.row, ci) && isBlankAmount(t, re.row, ce)) continue;
      const fi = cellFigure(t, ri.row, ci);
      const fe = cellFigure(t, re.row, ce);
      if (!fi || !fe) continue;
      const cmp = compareValues(fi, fe);
      if (cmp.verdict === 'equal') continue;
      const rounding = cmp.verdict === 'rounding';
      ctx.report({
        rule: 'balance',
        severity: rounding ? 'info' : 'error',
        sheet: t.sheet,
        cells: [a1(ri.row, ci), a1(re.row, ce)],
        message: messages.balance(labelOfRow(ri), fi.value, labelOfRow(re), fe.value, cmp.diff, rounding, cmp.tolerance),
        expected: cmp.expected,
        actual: cmp.actual,
      });
    }
  },
};
