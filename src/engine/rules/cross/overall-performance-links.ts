/**
 * overall-performance-links: the 整体绩效目标表's 预算总额 = the summary's income total, its
 * 资金来源 政府预算资金 / 财政拨款 = the summary's fiscal lines, and its 资金结构 基本支出 and 项目支出
 * = the expenditure table's.
 */
import { cellFact, sumFacts, totalFact, type Fact } from '../../analysis/facts';
import type { RecognizedTable } from '../../tables/model';
import { CROSS_MESSAGES, reportPair } from '../kit/cross';
import { defineRule } from '../types';

function formFact(t: RecognizedTable, re: RegExp, fallbackUnit: '万元' | '元'): Fact | null {
  const line = t.form.find((l) => re.test(l.key) && l.valueCol !== null);
  if (!line || line.valueCol === null) return null;
  // the form states its unit in the line (预算总额(万元)) or not at all
  const factor = /\(元\)|（元）/.test(line.key) ? 1e-4 : /万元/.test(line.key) ? 1 : fallbackUnit === '元' ? 1e-4 : 1;
  return cellFact(t, line.row, line.valueCol, `「${line.label.replace(/\s+/g, '').slice(-12)}」`, factor);
}

export const overallPerformanceLinks = defineRule({
  id: 'overall-performance-links',
  severity: 'error',
  description: { 'zh-CN': '整体绩效目标表的预算总额、资金来源和资金结构与收支预算表、支出预算表一致', en: 'Overall performance form’s budget, sources and structure agree with the summary and expenditure tables' },
  needs: { together: true, tables: ['overall-performance'], reads: ['summary', 'expenditure'] },
  messages: CROSS_MESSAGES,
  check(ctx) {
    const o = ctx.table('overall-performance');
    if (!o) return;
    const unit = ctx.profile.unit;
    const s = ctx.table('summary');
    if (s) {
      const inc = ctx.facts.summaryIncome(s);
      reportPair(ctx, o, formFact(o, /预算总额/, unit), s, inc.thisYear ?? inc.grand);
      const fiscal = ['general-budget', 'gov-fund', 'state-capital'].map((m) => inc.lines.get(m as never)).filter((f): f is Fact => !!f);
      if (fiscal.length) reportPair(ctx, o, formFact(o, /政府预算资金|财政拨款$/, unit), s, fiscal.length === 1 ? fiscal[0] : sumFacts(fiscal, fiscal.map((f) => f.label).join(' + '), s.sheet));
    }
    const e = ctx.table('expenditure');
    if (e) {
      reportPair(ctx, o, formFact(o, /基本支出$/, unit), e, totalFact(e, 'basic'));
      reportPair(ctx, o, formFact(o, /项目支出$/, unit), e, totalFact(e, 'project'));
    }
  },
});
