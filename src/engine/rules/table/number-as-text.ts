/**
 * number-as-text: a number stored as text (it is read as the number; Excel's own formulas skip it).
 * A few such cells are listed one by one; a table where they are many or most of its numbers
 * (amounts pasted from a PDF, an export that writes text) gets one note with the count.
 */
import { messages } from '../../i18n/messages';
import { amountAt, cellKey, forEachAmount } from '../../tables/model';
import { a1, eachUnusualAmount, GRID_KINDS } from '../kit/cells';
import { defineRule } from '../types';

/** More cells than this in one table are reported together. */
const ONE_BY_ONE = 10;

export const numberAsText = defineRule({
  id: 'number-as-text',
  severity: 'info',
  description: { 'zh-CN': '以文本形式存储的数字', en: 'Numbers stored as text' },
  needs: { tables: GRID_KINDS },
  messages: { numberAsText: messages.numberAsText, numbersAsText: messages.numbersAsText },
  check(ctx) {
    for (const t of ctx.tables) {
      const found: { row: number; col: number; value: number }[] = [];
      const n = eachUnusualAmount(t, (row, col) => {
        const a = amountAt(t, row, col);
        if (a.kind === 'number' && a.fromText) found.push({ row, col, value: a.value });
      });
      ctx.checked(t, n);
      // many, or most of the table's numbers: the way the table was made, said once
      const numbers = () => {
        let n = 0;
        forEachAmount(t.amounts, (x) => {
          if (x.kind === 'number') n++;
        });
        return n;
      };
      if (found.length > ONE_BY_ONE || (found.length >= 3 && found.length * 2 >= numbers())) {
        ctx.report({ messageId: 'numbersAsText', data: { count: found.length }, sheet: t.sheet, cells: found.slice(0, 12).map((x) => a1(x.row, x.col)) });
        continue;
      }
      for (const x of found) {
        ctx.report({ messageId: 'numberAsText', data: { text: t.amountTexts.get(cellKey(x.row, x.col)) ?? '', value: x.value }, sheet: t.sheet, cells: [a1(x.row, x.col)] });
      }
    }
  },
});
