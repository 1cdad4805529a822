/**
 * summary-revenue: the revenue table's totals and source columns = the summary's income lines
 * (seed 001: 收入预算表 其中财政拨款 714.40 while the summary says 财政拨款 827.29).
 */
import { columnOf, grandTotalRow, totalFact } from '../../analysis/facts';
import { CROSS_MESSAGES, reportPair } from '../kit/cross';
import { defineRule } from '../types';

export const summaryRevenue = defineRule({
  id: 'summary-revenue',
  severity: 'error',
  description: { 'zh-CN': '收入预算表与收支预算表的收入一致', en: 'Revenue table agrees with the summary’s income lines' },
  needs: { together: true, tables: ['summary', 'revenue'] },
  messages: CROSS_MESSAGES,
  check(ctx) {
    const s = ctx.table('summary');
    const r = ctx.table('revenue');
    if (!s || !r) return;
    const inc = ctx.facts.summaryIncome(s);
    const p = r.parts[0];
    if (!p || !grandTotalRow(p)) return;
    reportPair(ctx, r, totalFact(r, 'total'), s, inc.grand ?? inc.thisYear);
    for (const [measure, line] of inc.lines) {
      if (!columnOf(p, measure)) continue;
      reportPair(ctx, r, totalFact(r, measure), s, line);
    }
    if (inc.carryover && columnOf(p, 'carryover', true)) reportPair(ctx, r, totalFact(r, 'carryover', { carryover: true }), s, inc.carryover);
  },
});
