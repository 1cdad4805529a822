/**
 * row-sum: within each row, a total column equals the sum of its part columns
 * (合计 = 基本支出 + 项目支出; 基本支出 = 人员经费 + 公用经费; 三公 合计 = 出国 + 接待 + 用车 …),
 * as the header tree says. Rounding inside the envelope → info.
 */
import { cellFigure } from '../../analysis/facts';
import { SKIP_REASONS } from '../../i18n/coverage';
import { messages } from '../../i18n/messages';
import { compareSum, type Figure } from '../../tolerance';
import { a1, isBlankAmount, labelOfColumn, labelOfRow, NON_FIGURE_ROLES } from '../kit/cells';
import { defineRule } from '../types';

export const rowSum = defineRule({
  id: 'row-sum',
  severity: 'error',
  description: {
    'zh-CN': '同一行中，合计栏等于其组成栏之和（合计 = 基本支出 + 项目支出 等）',
    en: 'Within a row, a total column equals the sum of its part columns',
  },
  needs: { tables: 'any' },
  messages: { rowSum: messages.rowSum },
  check(ctx) {
    for (const t of ctx.tables) {
      if (!t.hasFigures) {
        ctx.skipped(t, SKIP_REASONS.noFigures);
        continue;
      }
      if (t.parts.every((p) => p.columnIdentities.length === 0)) {
        ctx.skipped(t, SKIP_REASONS.noColumnIdentity);
        continue;
      }
      for (const p of t.parts) {
        for (const row of p.rows) {
          if (NON_FIGURE_ROLES.has(row.role)) continue;
          for (const id of p.columnIdentities) {
            const cols = [id.target, ...id.parts];
            if (cols.every((c) => isBlankAmount(t, row.row, c))) continue;
            const target = cellFigure(t, row.row, id.target);
            const parts = id.parts.map((c) => cellFigure(t, row.row, c));
            if (!target || parts.some((f) => f === null)) continue; // text/error cells are reported by their own rules
            const figs = parts as Figure[];
            ctx.compare(t, cols.length, compareSum(target, figs), ({ rounding, cmp }) => {
              const shownParts = id.parts.filter((c) => !isBlankAmount(t, row.row, c));
              return {
                messageId: 'rowSum',
                data: {
                  rowLabel: labelOfRow(row),
                  target: { label: labelOfColumn(p, id.target), value: cmp.actual },
                  parts: (shownParts.length ? shownParts : id.parts).map((c) => ({ label: labelOfColumn(p, c), value: cellFigure(t, row.row, c)!.value })),
                  diff: cmp.diff,
                  rounding,
                  tolerance: cmp.tolerance,
                },
                sheet: t.sheet,
                cells: [a1(row.row, id.target), ...shownParts.map((c) => a1(row.row, c))],
              };
            });
          }
        }
      }
    }
  },
});
