/**
 * balance: in a two-sided table (收支预算表, 财政拨款收支预算表), 收入总计 = 支出总计.
 */
import { cellFigure, statedColumn } from '../../analysis/facts';
import { SKIP_REASONS } from '../../i18n/coverage';
import { messages } from '../../i18n/messages';
import type { TablePart, TableRow } from '../../tables/model';
import { compareValues } from '../../tolerance';
import { a1, isBlankAmount, labelOfRow } from '../kit/cells';
import { defineRule } from '../types';

function lastTotal(p: TablePart): TableRow | undefined {
  for (let i = p.rows.length - 1; i >= 0; i--) if (p.rows[i].role === 'total') return p.rows[i];
  return undefined;
}

export const balance = defineRule({
  id: 'balance',
  severity: 'error',
  description: { 'zh-CN': '收支表两侧平衡：收入总计 = 支出总计', en: 'Both sides balance: total revenue = total expenditure' },
  needs: { tables: ['summary', 'fiscal-summary'] },
  messages: { balance: messages.balance },
  check(ctx) {
    for (const t of ctx.tables) {
      if (!t.hasFigures) {
        ctx.skipped(t, SKIP_REASONS.noFigures);
        continue;
      }
      const inc = t.parts.find((p) => p.side === 'income');
      const exp = t.parts.find((p) => p.side === 'expense');
      if (!inc || !exp) continue;
      const ri = lastTotal(inc);
      const re = lastTotal(exp);
      if (!ri || !re) continue;
      const ci = statedColumn(t, inc, ri.row)?.col;
      const ce = statedColumn(t, exp, re.row)?.col;
      if (ci === undefined || ce === undefined) continue;
      if (isBlankAmount(t, ri.row, ci) && isBlankAmount(t, re.row, ce)) continue;
      const fi = cellFigure(t, ri.row, ci);
      const fe = cellFigure(t, re.row, ce);
      if (!fi || !fe) continue;
      ctx.compare(t, 2, compareValues(fi, fe), ({ rounding, cmp }) => ({
        messageId: 'balance',
        data: { incomeLabel: labelOfRow(ri), income: fi.value, expenseLabel: labelOfRow(re), expense: fe.value, diff: cmp.diff, rounding, tolerance: cmp.tolerance },
        sheet: t.sheet,
        cells: [a1(ri.row, ci), a1(re.row, ce)],
      }));
    }
  },
});
