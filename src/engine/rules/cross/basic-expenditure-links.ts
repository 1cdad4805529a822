/**
 * basic-expenditure-links: the general-budget table's 基本支出, 人员经费 (工资福利支出 + 对个人和家庭的
 * 补助) and 公用经费 (商品和服务支出 + 资本性支出) = the basic-expenditure table's 合计, 人员经费, 公用经费.
 */
import { totalFact } from '../../analysis/facts';
import { CROSS_MESSAGES, reportPair } from '../kit/cross';
import { defineRule } from '../types';

export const basicExpenditureLinks = defineRule({
  id: 'basic-expenditure-links',
  severity: 'error',
  description: { 'zh-CN': '基本支出表与一般公共预算支出表的基本支出、人员经费、公用经费一致', en: 'Basic-expenditure table agrees with the general-budget table’s basic, personnel and public funds' },
  needs: { together: true, tables: ['basic-expenditure', 'general-budget'] },
  messages: CROSS_MESSAGES,
  check(ctx) {
    const b = ctx.table('basic-expenditure');
    const g = ctx.table('general-budget');
    if (!b || !g) return;
    reportPair(ctx, b, totalFact(b, 'total'), g, totalFact(g, 'basic'));
    reportPair(ctx, b, ctx.facts.personnel(b), g, ctx.facts.personnel(g));
    reportPair(ctx, b, ctx.facts.publicFunds(b), g, ctx.facts.publicFunds(g));
  },
});
