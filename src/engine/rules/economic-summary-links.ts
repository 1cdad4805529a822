/**
 * economic-summary-links: the 支出经济分类汇总表's 总计 = the expenditure table's 合计; and every
 * economic 款 of the basic-expenditure table appears in it with at least the basic amount (the
 * summary holds basic and project money of all sources).
 */
import { econFacts, firstAmountColumn, totalFact } from '../facts';
import { crossMessages } from '../i18n/cross-messages';
import { reportExceeds, reportPair, sideOf, tableOf } from './cross';
import type { Rule } from './types';

export const economicSummaryLinks: Rule = {
  id: 'economic-summary-links',
  severity: 'error',
  description: { 'zh-CN': '支出经济分类汇总表与支出预算表、基本支出表一致', en: 'Economic summary agrees with the expenditure and basic-expenditure tables' },
  kinds: ['economic-summary'],
  check(ctx) {
    const s = tableOf(ctx, 'economic-summary');
    if (!s) return;
    const e = tableOf(ctx, 'expenditure');
    if (e) reportPair(ctx, 'economic-summary-links', s, totalFact(s, 'total'), e, totalFact(e, 'total'));
    const b = tableOf(ctx, 'basic-expenditure');
    if (!b) return;
    const col = (p: Parameters<typeof firstAmountColumn>[0]) => p.columns.find((c) => c.role === 'amount' && c.measure === 'total') ?? firstAmountColumn(p);
    const sc = econFacts(s, ctx.mapping(s), col);
    const bc = econFacts(b, ctx.mapping(b), col);
    for (const [code, bf] of bc) {
      if (bf.value === 0) continue;
      const sf = sc.get(code);
      if (!sf) {
        ctx.report({ rule: 'economic-summary-links', severity: 'error', sheet: b.sheet, cells: bf.cells, message: crossMessages.missingIn(sideOf(b, bf), 'economic-summary', '编码'), related: [{ sheet: s.sheet, cells: [] }] });
        continue;
      }
      reportExceeds(ctx, 'economic-summary-links', b, bf, s, sf);
    }
  },
};
