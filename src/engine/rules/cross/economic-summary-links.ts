/**
 * economic-summary-links: the 支出经济分类汇总表's 总计 = the expenditure table's 合计; and every
 * economic 款 of the basic-expenditure table appears in it with at least the basic amount (the
 * summary holds basic and project money of all sources).
 */
import { econFacts, totalColumn, totalFact } from '../../analysis/facts';
import { crossMessages } from '../../i18n/cross-messages';
import { CROSS_MESSAGES, reportExceeds, reportPair, sideOf } from '../kit/cross';
import { defineRule } from '../types';

export const economicSummaryLinks = defineRule({
  id: 'economic-summary-links',
  severity: 'error',
  description: { 'zh-CN': '支出经济分类汇总表与支出预算表、基本支出表一致', en: 'Economic summary agrees with the expenditure and basic-expenditure tables' },
  needs: { together: true, tables: ['economic-summary'], reads: ['expenditure', 'basic-expenditure'] },
  messages: { ...CROSS_MESSAGES, missingIn: crossMessages.missingIn },
  check(ctx) {
    const s = ctx.table('economic-summary');
    if (!s) return;
    const e = ctx.table('expenditure');
    if (e) reportPair(ctx, s, totalFact(s, 'total'), e, totalFact(e, 'total'));
    const b = ctx.table('basic-expenditure');
    if (!b) return;
    const sc = econFacts(s, ctx.mapping(s), totalColumn);
    const bc = econFacts(b, ctx.mapping(b), totalColumn);
    for (const [code, bf] of bc) {
      if (bf.value === 0) continue;
      const sf = sc.get(code);
      if (!sf) {
        ctx.report({ severity: 'error', sheet: b.sheet, cells: bf.cells, messageId: 'missingIn', data: { a: sideOf(b, bf), otherKind: 'economic-summary', what: '编码' }, related: [{ sheet: s.sheet, cells: [] }] });
        continue;
      }
      reportExceeds(ctx, b, bf, s, sf);
    }
  },
});
