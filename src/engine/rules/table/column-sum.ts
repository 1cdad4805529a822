/**
 * column-sum: down each amount column, a total row equals the sum of the rows it totals, a 类/款
 * subtotal row the sum of its 款/项 rows, a department row its unit rows, a unit row its detail
 * rows (the row tree built by recognition). Rounding inside the envelope → info.
 */
import { cellFigure } from '../../analysis/facts';
import { SKIP_REASONS } from '../../i18n/coverage';
import { messages } from '../../i18n/messages';
import { compareSum, type Figure } from '../../tolerance';
import { a1, isBlankAmount, labelOfColumn, labelOfRow } from '../kit/cells';
import { defineRule } from '../types';

export const columnSum = defineRule({
  id: 'column-sum',
  severity: 'error',
  description: {
    'zh-CN': '合计行、类/款汇总行、部门/单位行等于其所属各行之和',
    en: 'Total, class/subclass subtotal and department/unit rows equal the sum of their rows',
  },
  needs: { tables: 'any' },
  messages: { columnSum: messages.columnSum },
  check(ctx) {
    for (const t of ctx.tables) {
      if (!t.hasFigures) {
        ctx.skipped(t, SKIP_REASONS.noFigures);
        continue;
      }
      if (t.parts.every((p) => p.rowIdentities.length === 0)) {
        ctx.skipped(t, SKIP_REASONS.noRowIdentity);
        continue;
      }
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
            ctx.compare(t, parts.length + 1, compareSum(tf, pf as Figure[]), ({ rounding, cmp }) => {
              const shown = parts.filter((r) => !isBlankAmount(t, r.row, col));
              return {
                messageId: 'columnSum',
                data: {
                  reason: id.reason,
                  rowLabel: labelOfRow(target),
                  columnLabel: labelOfColumn(p, col),
                  actual: cmp.actual,
                  expected: cmp.expected,
                  partCount: parts.length,
                  diff: cmp.diff,
                  rounding,
                  tolerance: cmp.tolerance,
                },
                sheet: t.sheet,
                cells: [a1(target.row, col), ...shown.map((r) => a1(r.row, col))],
              };
            });
          }
        }
      }
    }
  },
});
