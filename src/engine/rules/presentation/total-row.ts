/**
 * total-row: a table whose template has a 合计 row, holding rows of figures but no 合计 row.
 */
import { presentationMessages } from '../../i18n/presentation-messages';
import type { TableKind } from '../../tables/kinds';
import { a1 } from '../kit/cells';
import { defineRule } from '../types';

/** The kinds whose templates carry a 合计 row (the 三公 table is one line; performance tables list targets). */
const WITH_TOTAL: TableKind[] = ['revenue', 'expenditure', 'general-budget', 'basic-expenditure', 'economic-summary', 'gov-fund', 'state-capital', 'operating-funds', 'projects'];

export const totalRow = defineRule({
  id: 'total-row',
  severity: 'warning',
  description: { 'zh-CN': '表格有合计行', en: 'Tables have their total row' },
  needs: { tables: WITH_TOTAL },
  messages: { missingTotal: presentationMessages.missingTotal },
  check(ctx) {
    for (const t of ctx.tables) {
      ctx.checked(t, t.parts.length);
      for (const p of t.parts) {
        const body = p.rows.filter((r) => r.role === 'detail' || r.role === 'subtotal' || r.role === 'unit' || r.role === 'dept');
        if (body.length < 2 || p.rows.some((r) => r.role === 'total')) continue;
        ctx.report({ severity: 'warning', sheet: t.sheet, cells: [a1(body[0].row, p.left)], messageId: 'missingTotal', data: { kind: t.kind } });
      }
    }
  },
});
