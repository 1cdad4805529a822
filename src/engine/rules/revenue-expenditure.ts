/**
 * revenue-expenditure: the revenue table's 总计 = the expenditure table's 合计 (not compared when the
 * summary states money carried into next year, 年终结转结余).
 */
import { lineFact, totalFact } from '../facts';
import { reportPair, tableOf } from './cross';
import type { Rule } from './types';

export const revenueExpenditure: Rule = {
  id: 'revenue-expenditure',
  severity: 'error',
  description: { 'zh-CN': '收入预算表总计 = 支出预算表合计', en: 'Revenue table total = expenditure table total' },
  kinds: ['revenue', 'expenditure'],
  check(ctx) {
    const r = tableOf(ctx, 'revenue');
    const e = tableOf(ctx, 'expenditure');
    if (!r || !e) return;
    // money carried into next year (年终结转结余) makes the two differ by design
    const s = tableOf(ctx, 'summary');
    const carry = s ? lineFact(s, 'expense', /年终结转结余/) : null;
    if (carry && carry.value !== 0) return;
    reportPair(ctx, 'revenue-expenditure', e, totalFact(e, 'total'), r, totalFact(r, 'total'));
  },
};
