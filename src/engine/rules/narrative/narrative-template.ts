/**
 * narrative-template: template leftovers in the narrative — alternatives left unresolved
 * (增加/减少, 增长/下降, 增加（减少）, …/与上年持平), doubled words (增加增加), contradictory choices
 * (增加持平), placeholders (XX, xxx, ××) and bracketed guidance (（请填写…）).
 */
import { SKIP_REASONS } from '../../i18n/coverage';
import { narrativeMessages } from '../../i18n/narrative-messages';
import { toA1 } from '../../model/address';
import { defineRule } from '../types';
import { quote } from '../kit/narrative';

export const TEMPLATE_LEFTOVERS: RegExp[] = [
  /(增加|减少|增长|下降)\s*\/\s*(增加|减少|增长|下降|与上年持平|持平)/,
  /\/\s*与上年持平/,
  /(增加|增长)\s*[(（]\s*(减少|下降)\s*[)）]/,
  /(增加|减少|增长|下降)\1/,
  /(增加|减少|增长|下降)持平/,
  /(?<![A-Za-z])[XxＸｘ×]{2,}(?![A-Za-z])/,
  /[(（]\s*(请|此处|填写|如有|如无|根据实际|说明)[^)）]{0,40}[)）]/,
];

export const narrativeTemplate = defineRule({
  id: 'narrative-template',
  severity: 'warning',
  description: { 'zh-CN': '预算说明中没有未处理的模板内容', en: 'No template leftovers in the narrative' },
  needs: { tables: 'workbook', narrative: true },
  messages: { template: narrativeMessages.template },
  check(ctx) {
    if (ctx.blankWorkbook) return ctx.skipped(null, SKIP_REASONS.blankTemplate);
    if (ctx.narrative.paragraphs.length === 0) return ctx.skipped(null, SKIP_REASONS.noNarrative);
    ctx.checked(null, ctx.narrative.paragraphs.length);
    for (const p of ctx.narrative.paragraphs) {
      const found = new Set<string>();
      for (const re of TEMPLATE_LEFTOVERS) {
        const m = re.exec(p.norm);
        if (!m || found.has(m[0])) continue;
        found.add(m[0]);
        ctx.report({
          severity: 'warning',
          sheet: p.sheet,
          cells: [toA1(p.row, p.col)],
          messageId: 'template', data: { found: m[0], text: quote(p.text, m.index) },
        });
      }
    }
  },
});
