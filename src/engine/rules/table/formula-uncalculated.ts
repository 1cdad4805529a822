/**
 * formula-uncalculated: formulas saved without their results (files written by programs rather
 * than Excel). Their values are unknown, never read as 0: the sums through them are not checked,
 * and one finding for the workbook asks for it to be recalculated in Excel.
 */
import { messages } from '../../i18n/messages';
import { amountAt } from '../../tables/model';
import { a1, eachUnusualAmount, GRID_KINDS } from '../kit/cells';
import { defineRule } from '../types';

export const formulaUncalculated = defineRule({
  id: 'formula-uncalculated',
  severity: 'warning',
  description: { 'zh-CN': '公式没有计算结果（文件未经 Excel 保存），相关单元格未校验', en: 'Formulas saved without results (the file was not saved by Excel); those cells were not checked' },
  needs: { tables: GRID_KINDS },
  messages: { uncalculated: messages.uncalculated },
  check(ctx) {
    const cells: { sheet: string; cell: string }[] = [];
    for (const t of ctx.tables) {
      const n = eachUnusualAmount(t, (row, col) => {
        if (amountAt(t, row, col).kind === 'uncalculated') cells.push({ sheet: t.sheet, cell: a1(row, col) });
      });
      ctx.checked(t, n);
    }
    if (cells.length === 0) return;
    const first = cells[0];
    ctx.report({
      messageId: 'uncalculated',
      data: { count: cells.length, sheets: new Set(cells.map((c) => c.sheet)).size },
      sheet: first.sheet,
      cells: cells.filter((c) => c.sheet === first.sheet).slice(0, 12).map((c) => c.cell),
    });
  },
});
