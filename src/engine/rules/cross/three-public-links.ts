/**
 * three-public-links: the "三公" table's 公务用车运行维护费 against economic code 30231 (at least the
 * basic-expenditure table's 30231, at most the economic summary's), and the 机关运行经费 /
 * operating-funds table's 合计 = the basic-expenditure table's 公用经费.
 */
import { econFacts, totalColumn, totalFact } from '../../analysis/facts';
import { CROSS_MESSAGES, reportExceeds, reportPair } from '../kit/cross';
import { defineRule } from '../types';

export const threePublicLinks = defineRule({
  id: 'three-public-links',
  severity: 'error',
  description: { 'zh-CN': '“三公”经费表的公务用车运行维护费与 30231 一致；机关运行经费与公用经费一致', en: '三公 vehicle operation vs code 30231; operating funds vs public funds' },
  needs: { tables: ['three-public', 'operating-funds'], reads: ['basic-expenditure', 'economic-summary', 'general-budget'] },
  messages: CROSS_MESSAGES,
  check(ctx) {
    const tp = ctx.table('three-public');
    if (tp) {
      const run = ctx.facts.threePublic(tp, 'vehicle-operation');
      const basic = ctx.table('basic-expenditure');
      const econ = ctx.table('economic-summary');
      const b30231 = basic ? econFacts(basic, ctx.mapping(basic), totalColumn).get('30231') : undefined;
      const e30231 = econ ? econFacts(econ, ctx.mapping(econ), totalColumn).get('30231') : undefined;
      // 三公 is 财政拨款 money, basic and project: at least the basic 30231, at most all of 30231
      if (run && b30231 && basic) reportExceeds(ctx, basic, b30231, tp, run);
      if (run && econ) reportExceeds(ctx, tp, run, econ, e30231 ?? { value: 0, step: 0, exact: true, sheet: econ.sheet, cells: [], label: '「30231 公务用车运行维护费」', factor: 1 });
    }
    const of = ctx.table('operating-funds');
    if (of) {
      const basic = ctx.table('basic-expenditure') ?? ctx.table('general-budget');
      if (basic) reportPair(ctx, of, totalFact(of, 'total'), basic, ctx.facts.publicFunds(basic));
    }
  },
});
