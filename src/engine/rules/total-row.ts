/**
 * total-row: a table whose template has a 合计 row, holding rows of figures but no 合计 row.
 */
import { presentationMessages } from '../i18n/presentation-messages';
import type { TableKind } from '../tables/kinds';
import { a1 } from './helpers';
import type { Rule } from './types';

/** The kinds whose templates carry a 合计 row (the 三公 table is one line; performance tables list targets). */
const WITH_TOTAL: TableKind[] = ['revenue', 'expenditure', 'general-budget', 'basic-expenditure', 'economic-summary', 'gov-fund', 'state-capital', 'operating-funds', 'projects'];

export const totalRow: Rule = {
  id: 'total-row',
  severity: 'warning',
  description: { 'zh-CN': '表格有合计行', en: 'Tables have their total row' },
  kinds: WITH_TOTAL,
  check(ctx) {
    for (const t of ctx.relevant) {
      for (const p of t.parts) {
        const body = p.rows.filter((r) => r.role === 'detail' || r.role === 'subtotal' || r.role === 'unit' || r.role === 'dept');
        if (body.length < 2 || p.rows.some((r) => r.role === 'total')) continue;
        ctx.report({ rule: 'total-row', severity: 'warning', sheet: t.sheet, cells: [a1(body[0].row, p.left)], message: presentationMessages.missingTotal(t.kind) });
      }
    }
  },
};
