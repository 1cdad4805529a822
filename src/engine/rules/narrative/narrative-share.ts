/**
 * narrative-share: 占 x% after an item of a list must be its share of the list's total
 * (seed 000: 245.23 of 866.01 is 28%, right).
 */
import { narrativeMessages } from '../../i18n/narrative-messages';
import { defineRule } from '../types';
import { cellOf, narrativePresent } from '../kit/narrative';

export const narrativeShare = defineRule({
  id: 'narrative-share',
  severity: 'warning',
  description: { 'zh-CN': '预算说明中的占比与金额相符', en: 'Narrative shares match the amounts' },
  needs: { tables: 'workbook', narrative: true },
  messages: { share: narrativeMessages.share },
  check(ctx) {
    if (!narrativePresent(ctx)) return;
    const seen = new Set<unknown>();
    for (const l of ctx.narrative.lists) {
      if (l.total.value <= 0) continue;
      for (const p of l.parts) {
        if (!p.share || seen.has(p)) continue;
        seen.add(p);
        const actual = (p.value / l.total.value) * 100;
        // the share is rounded as written; the amounts themselves are rounded too
        const slack = p.share.step / 2 + ((p.step / 2) / l.total.value) * 100 + ((l.total.step / 2) * p.value * 100) / (l.total.value * l.total.value) + 1e-9;
        if (Math.abs(actual - p.share.value) <= slack) continue;
        ctx.report({
          severity: 'warning',
          sheet: p.para.sheet,
          cells: [cellOf(p)],
          messageId: 'share', data: { item: p.lead.slice(-12) || p.written, value: p.value, base: l.total.value, stated: p.share.written, actual },
          expected: Math.round(actual * 10) / 10,
          actual: p.share.value,
        });
      }
    }
  },
});
