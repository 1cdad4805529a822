/**
 * code-missing: a detail row with an amount and no code where the table has a code column for that
 * classification (seed 001: a 退休费 row with no 部门经济分类 code). Warning; the code its name
 * points to is suggested.
 */
import { codeMessages } from '../../i18n/code-messages';
import { a1, codeColumnsOf, forEachCode, nameColOf, rowHasAmount } from '../kit/cells';
import { defineRule } from '../types';

export const codeMissing = defineRule({
  id: 'code-missing',
  severity: 'warning',
  description: { 'zh-CN': '有金额的明细行没有科目编码', en: 'A detail row with an amount and no code' },
  needs: { tables: ['expenditure', 'general-budget', 'gov-fund', 'state-capital', 'basic-expenditure', 'economic-summary', 'operating-funds'] },
  messages: { missingCode: codeMessages.missingCode },
  check(ctx) {
    forEachCode(ctx, (t, p, r, c) => {
      if (c.matched === 'code' || c.raw || r.role !== 'detail') return;
      const codeCols = codeColumnsOf(p, c.scheme);
      if (codeCols.length === 0 || !rowHasAmount(t, p, r)) return;
      const byName = c.code && c.name ? { code: c.code, name: c.name } : null;
      ctx.report({
        severity: 'warning',
        sheet: t.sheet,
        cells: [a1(r.row, codeCols[0]), ...(nameColOf(p, r, c.scheme) !== null ? [a1(r.row, nameColOf(p, r, c.scheme)!)] : [])],
        messageId: 'missingCode', data: { label: r.label.trim(), scheme: c.scheme, byName },
      });
    });
  },
});
