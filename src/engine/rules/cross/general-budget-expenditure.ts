/**
 * general-budget-expenditure: the general-budget table against the expenditure table, for the
 * parts that correspond. When all of this year's money is 一般公共预算 (the revenue table or the
 * summary says so), the two tables must be equal code by code and in total; otherwise each code's
 * general-budget amount cannot exceed its expenditure amount (the expenditure table holds all sources).
 */
import { totalFact, zeroFact } from '../../analysis/facts';
import { SKIP_REASONS } from '../../i18n/coverage';
import { CROSS_MESSAGES, reportExceeds, reportPair } from '../kit/cross';
import { defineRule } from '../types';

export const generalBudgetExpenditure = defineRule({
  id: 'general-budget-expenditure',
  severity: 'error',
  description: { 'zh-CN': '一般公共预算支出表与支出预算表相应部分一致', en: 'General-budget table agrees with the corresponding part of the expenditure table' },
  needs: { together: true, tables: ['general-budget', 'expenditure'], reads: ['revenue', 'summary'] },
  messages: CROSS_MESSAGES,
  check(ctx) {
    const g = ctx.table('general-budget');
    const e = ctx.table('expenditure');
    if (!g || !e) return;
    const only = ctx.facts.onlyGeneralBudget();
    const gc = ctx.facts.leafCodes(g);
    const ec = ctx.facts.leafCodes(e);
    // an expenditure table without functional codes (江苏's 支出预算总表 is one row of totals): only the
    // totals can be compared; its codes are not amounts of zero
    const codesToo = ec.size > 0;
    if (only) {
      reportPair(ctx, g, totalFact(g, 'total'), e, totalFact(e, 'total'));
      if (!codesToo) {
        ctx.noted(g, SKIP_REASONS.noCodes);
        return;
      }
      for (const code of [...new Set([...gc.keys(), ...ec.keys()])].sort()) {
        const a = gc.get(code);
        const b = ec.get(code);
        if (a) reportPair(ctx, g, a, e, b ?? zeroFact(e, code, []));
        else if (b && b.value !== 0) reportPair(ctx, e, b, g, zeroFact(g, code, []));
      }
      return;
    }
    if (!codesToo) {
      ctx.skipped(g, SKIP_REASONS.noCodes);
      return;
    }
    for (const [code, a] of gc) reportExceeds(ctx, g, a, e, ec.get(code) ?? zeroFact(e, code, []));
  },
});
