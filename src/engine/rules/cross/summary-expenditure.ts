/**
 * summary-expenditure: the summary's expenditure = the expenditure table: the totals, and every
 * functional class line (一、一般公共服务支出 …) = that 类's total in the expenditure table, by code,
 * so a figure on the wrong class line is caught. An outdated line counts as its current class.
 */
import { classFacts, firstAmountColumn, lineFact, totalColumn, totalFact, zeroFact } from '../../analysis/facts';
import { SKIP_REASONS } from '../../i18n/coverage';
import { CROSS_MESSAGES, reportPair } from '../kit/cross';
import { defineRule } from '../types';

export const summaryExpenditure = defineRule({
  id: 'summary-expenditure',
  severity: 'error',
  description: { 'zh-CN': '收支预算表的支出与支出预算表一致（合计与各功能分类类级）', en: 'The summary’s expenditure agrees with the expenditure table, total and class by class' },
  needs: { together: true, tables: ['summary', 'expenditure'] },
  messages: CROSS_MESSAGES,
  check(ctx) {
    const s = ctx.table('summary');
    const e = ctx.table('expenditure');
    if (!s || !e) return;
    const thisYear = lineFact(s, 'expense', /本年支出合计|^支出合计/);
    reportPair(ctx, e, totalFact(e, 'total'), s, thisYear);
    const basic = lineFact(s, 'expense', /^[一二三四五六七八九十、.()（）\d]*基本支出$/);
    if (basic) reportPair(ctx, e, totalFact(e, 'basic'), s, basic);
    const project = lineFact(s, 'expense', /^[一二三四五六七八九十、.()（）\d]*项目支出$/);
    if (project) reportPair(ctx, e, totalFact(e, 'project'), s, project);

    const lines = classFacts(s, ctx.mapping(s), (p) => (p.side === 'expense' ? firstAmountColumn(p) : undefined));
    if (lines.size === 0) return;
    const totals = classFacts(e, ctx.mapping(e), totalColumn);
    // an expenditure table without functional classes (江苏's 支出预算总表 is one row of totals): the
    // class lines have nothing to be compared with, which is not a figure of zero
    if (totals.size === 0) {
      ctx.noted(s, SKIP_REASONS.noCodes);
      return;
    }
    const classes = new Set([...lines.keys(), ...totals.keys()]);
    for (const cls of [...classes].sort()) {
      const line = lines.get(cls);
      const tot = totals.get(cls);
      if (!line) continue; // the summary has no line for this class: the template's choice
      reportPair(ctx, s, line, e, tot ?? zeroFact(e, `${cls} 类`, []));
    }
  },
});
