/**
 * narrative-change: 比上年增加 x 万元, 增长 y% — y must be x over last year's figure (this year's
 * minus x), within the rounding of what is written; and the words must not contradict each other
 * (增加 … 下降 y%).
 */
import { narrativeMessages } from '../../i18n/narrative-messages';
import type { Mention } from '../../narrative';
import { topicName } from '../../narrative';
import { defineRule } from '../types';
import { cellOf, quote, narrativePresent } from '../kit/narrative';

/** How far after a change its rate is looked for (the rate follows within the clause: 增加 x 万元，增长 y%). */
const PERCENT_REACH = 120;
const PERCENT = /^[^。；;]*?(增长|下降|增加|减少|上升|降低)\s*(\d+(?:\.\d+)?)\s*%/;

export const narrativeChange = defineRule({
  id: 'narrative-change',
  severity: 'warning',
  description: { 'zh-CN': '预算说明中的增减额与增减率相符', en: 'Narrative year-on-year changes agree with their rates' },
  needs: { tables: 'workbook', narrative: true },
  messages: { changeDirection: narrativeMessages.changeDirection, change: narrativeMessages.change },
  check(ctx) {
    if (!narrativePresent(ctx)) return;
    const doc = ctx.narrative;
    // this year's figures seen so far in the paragraph (mentions come in paragraph order): one pass, not a search per change
    let para: Mention['para'] | undefined;
    let lastByTopic = new Map<string, Mention>();
    let lastPlain: Mention | undefined;
    for (const a of doc.amounts) {
      if (a.para !== para) {
        para = a.para;
        lastByTopic = new Map();
        lastPlain = undefined;
      }
      if (!a.change) {
        if (a.topic) lastByTopic.set(a.topic, a);
        lastPlain = a;
        continue;
      }
      if (/\/|[(（]减少[)）]|[(（]增加[)）]/.test(a.lead)) continue; // template alternatives: narrative-template
      const from = a.at + a.written.length;
      const m = PERCENT.exec(a.para.norm.slice(from, from + PERCENT_REACH));
      if (!m) continue;
      const pctUp = /增长|增加|上升/.test(m[1]);
      if (pctUp !== (a.change === 'up')) {
        ctx.report({ severity: 'warning', sheet: a.para.sheet, cells: [cellOf(a)], messageId: 'changeDirection', data: { text: quote(a.para.text, a.at) } });
        continue;
      }
      // this year's figure: the last amount of the change's topic in the paragraph, or, for a change
      // without a topic, the amount just before it in the same sentence; a base not named is not guessed
      const current = a.topic ? lastByTopic.get(a.topic) : lastPlain?.sentence === a.sentence ? lastPlain : undefined;
      if (!current) continue;
      const prior = a.change === 'up' ? current.value - a.value : current.value + a.value;
      if (prior <= 0) continue;
      const actual = (a.value / prior) * 100;
      const stated = Number(m[2]);
      const step = m[2].includes('.') ? Math.pow(10, -(m[2].length - m[2].indexOf('.') - 1)) : 1;
      const slack = step / 2 + ((a.step / 2 + current.step / 2) / prior) * 100 * 2 + 1e-9;
      if (Math.abs(actual - stated) <= slack) continue;
      ctx.report({
        severity: 'warning',
        sheet: a.para.sheet,
        cells: [cellOf(a)],
        messageId: 'change', data: { what: current.topic ? topicName(current.topic, 'zh-CN') : current.lead.slice(-10), current: current.value, delta: a.value, dir: a.change, stated: `${m[2]}%`, actual },
        expected: Math.round(actual * 10) / 10,
        actual: stated,
      });
    }
  },
});
