/**
 * basic-expenditure-links: the general-budget table's 基本支出, 人员经费 (工资福利支出 + 对个人和家庭的
 * 补助) and 公用经费 (商品和服务支出 + 资本性支出) = the basic-expenditure table's 合计, 人员经费, 公用经费.
 */
import { totalFact, totalOfMeasures, type Fact } from '../facts';
import type { RecognizedTable } from '../tables/model';
import { reportPair, tableOf } from './cross';
import type { Rule } from './types';

function personnel(t: RecognizedTable): Fact | null {
  return totalFact(t, 'personnel') ?? totalOfMeasures(t, ['wages', 'family'], '「合计」行「人员经费」');
}

function publicFunds(t: RecognizedTable): Fact | null {
  return totalFact(t, 'public') ?? totalOfMeasures(t, ['goods', 'capital'], '「合计」行「公用经费」');
}

export const basicExpenditureLinks: Rule = {
  id: 'basic-expenditure-links',
  severity: 'error',
  description: { 'zh-CN': '基本支出表与一般公共预算支出表的基本支出、人员经费、公用经费一致', en: 'Basic-expenditure table agrees with the general-budget table’s basic, personnel and public funds' },
  kinds: ['basic-expenditure', 'general-budget'],
  check(ctx) {
    const b = tableOf(ctx, 'basic-expenditure');
    const g = tableOf(ctx, 'general-budget');
    if (!b || !g) return;
    reportPair(ctx, 'basic-expenditure-links', b, totalFact(b, 'total'), g, totalFact(g, 'basic'));
    reportPair(ctx, 'basic-expenditure-links', b, personnel(b), g, personnel(g));
    reportPair(ctx, 'basic-expenditure-links', b, publicFunds(b), g, publicFunds(g));
  },
};

export { personnel as personnelFact, publicFunds as publicFundsFact };
