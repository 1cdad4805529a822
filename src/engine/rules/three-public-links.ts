/**
 * three-public-links: the "三公" table's 公务用车运行维护费 against economic code 30231 (at least the
 * basic-expenditure table's 30231, at most the economic summary's), and the 机关运行经费 /
 * operating-funds table's 合计 = the basic-expenditure table's 公用经费.
 */
import { cellFact, econFacts, firstAmountColumn, grandTotalRow, totalFact, type Fact } from '../facts';
import type { RecognizedTable } from '../tables/model';
import type { Measure } from '../tables/vocabulary';
import { publicFundsFact } from './basic-expenditure-links';
import { reportExceeds, reportPair, tableOf } from './cross';
import type { Rule } from './types';

/** A figure of the 三公 table: on its 合计 row, or its one data row. */
export function threePublicFact(t: RecognizedTable, measure: Measure): Fact | null {
  const p = t.parts[0];
  if (!p) return null;
  const row = grandTotalRow(p) ?? p.rows.find((r) => r.role === 'detail');
  const col = p.columns.find((c) => c.role === 'amount' && c.measure === measure);
  if (!row || !col) return null;
  return cellFact(t, row.row, col.col, `「${col.pathRaw.filter(Boolean).slice(-1)[0]?.replace(/\s+/g, '') ?? ''}」`);
}

export const threePublicLinks: Rule = {
  id: 'three-public-links',
  severity: 'error',
  description: { 'zh-CN': '“三公”经费表的公务用车运行维护费与 30231 一致；机关运行经费与公用经费一致', en: '三公 vehicle operation vs code 30231; operating funds vs public funds' },
  kinds: ['three-public', 'operating-funds'],
  check(ctx) {
    const tp = tableOf(ctx, 'three-public');
    const col = (p: Parameters<typeof firstAmountColumn>[0]) => p.columns.find((c) => c.role === 'amount' && c.measure === 'total') ?? firstAmountColumn(p);
    if (tp) {
      const run = threePublicFact(tp, 'vehicle-operation');
      const basic = tableOf(ctx, 'basic-expenditure');
      const econ = tableOf(ctx, 'economic-summary');
      const b30231 = basic ? econFacts(basic, ctx.mapping(basic), col).get('30231') : undefined;
      const e30231 = econ ? econFacts(econ, ctx.mapping(econ), col).get('30231') : undefined;
      // 三公 is 财政拨款 money, basic and project: at least the basic 30231, at most all of 30231
      if (run && b30231 && basic) reportExceeds(ctx, 'three-public-links', basic, b30231, tp, run);
      if (run && econ) reportExceeds(ctx, 'three-public-links', tp, run, econ, e30231 ?? { value: 0, step: 0, exact: true, sheet: econ.sheet, cells: [], label: '「30231 公务用车运行维护费」', factor: 1 });
    }
    const of = tableOf(ctx, 'operating-funds');
    if (of) {
      const basic = tableOf(ctx, 'basic-expenditure') ?? tableOf(ctx, 'general-budget');
      if (basic) reportPair(ctx, 'three-public-links', of, totalFact(of, 'total'), basic, publicFundsFact(basic));
    }
  },
};
