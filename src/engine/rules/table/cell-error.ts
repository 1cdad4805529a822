/**
 * cell-error: an error value (#REF!, #VALUE! …) where an amount belongs. Never read as zero.
 */
import { messages } from '../../i18n/messages';
import { amountAt } from '../../tables/model';
import { a1, eachUnusualAmount, GRID_KINDS, labelOfColumn, labelOfRow } from '../kit/cells';
import { defineRule } from '../types';

export const cellError = defineRule({
  id: 'cell-error',
  severity: 'error',
  description: { 'zh-CN': '金额单元格中的错误值（#REF!、#VALUE! 等）', en: 'Error values (#REF!, #VALUE! …) in amount cells' },
  needs: { tables: GRID_KINDS },
  messages: { cellError: messages.cellError },
  check(ctx) {
    for (const t of ctx.tables) {
      const n = eachUnusualAmount(t, (row, col, p, r) => {
        const a = amountAt(t, row, col);
        if (a.kind !== 'error') return;
        ctx.report({ messageId: 'cellError', data: { code: a.code, columnLabel: labelOfColumn(p, col), rowLabel: labelOfRow(r) }, sheet: t.sheet, cells: [a1(row, col)] });
      });
      ctx.checked(t, n);
    }
  },
});
