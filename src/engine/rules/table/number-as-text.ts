/**
 * number-as-text: a number stored as text (it is read as the number; Excel's own formulas skip it).
 */
import { messages } from '../../i18n/messages';
import { amountAt } from '../../tables/model';
import { a1, eachAmountCell, GRID_KINDS } from '../kit/cells';
import { defineRule } from '../types';

export const numberAsText = defineRule({
  id: 'number-as-text',
  severity: 'info',
  description: { 'zh-CN': '以文本形式存储的数字', en: 'Numbers stored as text' },
  needs: { tables: GRID_KINDS },
  messages: { numberAsText: messages.numberAsText },
  check(ctx) {
    for (const t of ctx.tables) {
      let n = 0;
      eachAmountCell(t, (row, col) => {
        n++;
        const a = amountAt(t, row, col);
        if (a.kind !== 'number' || !a.fromText) return;
        const key = `${row}:${col}`;
        ctx.report({ messageId: 'numberAsText', data: { text: t.amountTexts.get(key) ?? '', value: a.value }, sheet: t.sheet, cells: [a1(row, col)] });
      });
      ctx.checked(t, n);
    }
  },
});
