/**
 * revenue-expenditure: the revenue table's 总计 = the expenditure table's 合计 (not compared when the
 * summary states money carried into next year, 年终结转结余).
 */
import { lineFact, totalFact } from '../../analysis/facts';
import { CROSS_MESSAGES, reportPair } from '../kit/cross';
import { defineRule } from '../types';

export const revenueExpenditure = defineRule({
  id: 'revenue-expenditure',
  severity: 'error',
  description: { 'zh-CN': '收入预算表总计 = 支出预算表合计', en: 'Revenue table total = expenditure table total' },
  needs: { together: true, tables: ['revenue', 'expenditure'], reads: ['summary'] },
  messages: CROSS_MESSAGES,
  check(ctx) {
    const r = ctx.table('revenue');
    const e = ctx.table('expenditure');
    if (!r || !e) return;
    // money carried into next year (年终结转结余) makes the two differ by design
    const s = ctx.table('summary');
    const carry = s ? lineFact(s, 'expense', /年终结转结余/) : null;
    if (carry && carry.value !== 0) {
      ctx.skipped(e, { 'zh-CN': '收支预算表列有年终结转结余，收入与支出按设计不相等', en: 'the summary carries money into next year: revenue and expenditure differ by design' });
      return;
    }
    reportPair(ctx, e, totalFact(e, 'total'), r, totalFact(r, 'total'));
  },
});
