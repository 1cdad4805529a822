/**
 * column-sum: down each amount column, a total row equals the sum of the rows it totals, a 类/款
 * subtotal row the sum of its 款/项 rows, a department row its unit rows, a unit row its detail
 * rows (the row tree built by recognition). Rounding inside the envelope → info.
 */
import { messages } from '../i18n/messages';
import { compareSum, type Figure } from '../tolerance';
import { a1, cellFigure, isBlankAmount, labelOfColumn, labelOfRow } from './helpers';
import type { Rule } from './types';

export const columnSum: Rule = {
  id: 'column-sum',
  severity: 'error',
  description: {
    'zh-CN': '合计行、类/款汇总行、部门/单位行等于其所属各行之和',
    en: 'Total, class/subclass subtotal and department/unit rows equal the sum of their rows',
  },
  kinds: 'any',
  check(ctx) {
    for (const t of ctx.relevant) {
      for (const p of t.parts) {
        const amountCols = p.columns.filter((c) => c.role === 'amount' && !c.nonAddend).map((c) => c.col);
        for (const id of p.rowIdentities) {
          const target = p.rows[id.target];
          const parts = id.parts.map((i) => p.rows[i]);
          for (const col of amountCols) {
            if (isBlankAmount(t, target.row, col) && parts.every((r) => isBlankAmount(t, r.row, col))) continue;
            const tf = cellFigure(t, target.row, col);
            const pf = parts.map((r) => cellFigure(t, r.row, col));
            if (!tf || pf.some((f) => f === null)) continue;
            const cmp = compareSum(tf, pf as Figure[]);
            if (cmp.verdict === 'equal') continue;
            const rounding = cmp.verdict === 'rounding';
            const shown = parts.filter((r) => !isBlankAmount(t, r.row, col));
            ctx.report({
              rule: 'column-sum',
              severity: rounding ? 'info' : 'error',
              sheet: t.sheet,
              cells: [a1(target.row, col), ...shown.map((r) => a1(r.row, col))],
              message: messages.columnSum(id.reason, labelOfRow(target), labelOfColumn(p, col), cmp.actual, cmp.expected, parts.length, cmp.diff, rounding, cmp.tolerance),
              expected: cmp.expected,
              actual: cmp.actual,
            });
          }
        }
      }
    }
  },
};
