/**
 * text-in-number: text that is not a number where an amount belongs. Never read as zero; the sums
 * through it are not checked.
 */
import { messages } from '../../i18n/messages';
import { amountAt } from '../../tables/model';
import { a1, eachUnusualAmount, GRID_KINDS, labelOfColumn, labelOfRow } from '../kit/cells';
import { defineRule } from '../types';

export const textInNumber = defineRule({
  id: 'text-in-number',
  severity: 'warning',
  description: { 'zh-CN': '金额栏中不是数字的文字', en: 'Text that is not a number in an amount column' },
  needs: { tables: GRID_KINDS },
  messages: { textInNumber: messages.textInNumber },
  check(ctx) {
    for (const t of ctx.tables) {
      const n = eachUnusualAmount(t, (row, col, p, r) => {
        const a = amountAt(t, row, col);
        if (a.kind !== 'text') return;
        ctx.report({ messageId: 'textInNumber', data: { text: a.text, columnLabel: labelOfColumn(p, col), rowLabel: labelOfRow(r) }, sheet: t.sheet, cells: [a1(row, col)] });
      });
      ctx.checked(t, n);
    }
  },
});
