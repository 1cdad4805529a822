/**
 * narrative-sum: a total in the narrative and the items listed under it (其中 / 包括 / 分别是 …)
 * must add up (seed 000: 政府采购 130 ≠ 30 + 80 + 0; seed 003: 支出 819.82 ≠ 623.44 + 150.94).
 * A list that need not be complete (其中 with items of no known decomposition, 主要包括) is only
 * reported when its items exceed the total.
 */
import type { TopicId } from '../../narrative';
import { narrativeMessages } from '../../i18n/narrative-messages';
import { compareSum } from '../../tolerance';
import { defineRule } from '../types';
import { cellOf, fig, narrativePresent } from '../kit/narrative';

/** Totals whose named parts make the whole. */
const DECOMPOSITIONS: Partial<Record<TopicId, TopicId[]>> = {
  'expense-sum': ['basic', 'project'],
  'expense-total': ['basic', 'project'],
  basic: ['personnel', 'public'],
  procurement: ['procurement-goods', 'procurement-works', 'procurement-services'],
  'three-public': ['outbound', 'reception', 'vehicles'],
  vehicles: ['vehicle-purchase', 'vehicle-operation'],
};

export const narrativeSum = defineRule({
  id: 'narrative-sum',
  severity: 'error',
  description: { 'zh-CN': '预算说明中的合计等于所列各项之和', en: 'Narrative totals equal the items they list' },
  needs: { tables: 'workbook', narrative: true },
  messages: { listSum: narrativeMessages.listSum, partsExceed: narrativeMessages.partsExceed },
  check(ctx) {
    if (!narrativePresent(ctx)) return;
    for (const l of ctx.narrative.lists) {
      const sets = [l.parts, l.numbered].filter((s) => s.length >= 2);
      const cmps = sets.map((s) => compareSum(fig(l.total), s.map(fig)));
      if (cmps.some((c) => c.verdict !== 'mismatch')) continue;
      const dec = l.total.topic ? DECOMPOSITIONS[l.total.topic] : undefined;
      const known = !!dec && l.parts.every((p) => p.topic && dec.includes(p.topic));
      const complete = /^(包括|分别是|分别为|主要用于以下方面)$/.test(l.marker) || l.numbered.length >= 2 || known;
      const best = cmps[cmps.length - 1];
      const parts = sets[sets.length - 1];
      const cells = [...new Set([cellOf(l.total), ...parts.map(cellOf)])];
      if (complete) {
        ctx.report({
          severity: 'error',
          sheet: l.total.para.sheet,
          cells,
          messageId: 'listSum', data: { total: l.total.lead.slice(-12) || l.total.written, totalValue: l.total.value, parts: parts.map((p) => p.written), sum: best.expected },
          expected: best.expected,
          actual: l.total.value,
        });
      } else if (best.diff < 0) {
        ctx.report({
          severity: 'error',
          sheet: l.total.para.sheet,
          cells,
          messageId: 'partsExceed', data: { total: l.total.lead.slice(-12) || l.total.written, totalValue: l.total.value, sum: best.expected },
          expected: best.expected,
          actual: l.total.value,
        });
      }
    }
  },
});
