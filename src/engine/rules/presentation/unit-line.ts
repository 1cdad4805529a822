/**
 * unit-line: a table of amounts without its unit line (单位：万元 / 单位：元). The 整体绩效目标表
 * states units in its lines and is not concerned.
 */
import { presentationMessages } from '../../i18n/presentation-messages';
import { TABLE_KIND_DEFS } from '../../tables/kinds';
import { a1 } from '../kit/cells';
import { defineRule } from '../types';

export const unitLine = defineRule({
  id: 'unit-line',
  severity: 'warning',
  description: { 'zh-CN': '表格注明金额单位', en: 'Tables state their unit' },
  needs: { tables: 'any' },
  messages: { missingUnit: presentationMessages.missingUnit },
  check(ctx) {
    for (const t of ctx.tables) {
      if (TABLE_KIND_DEFS[t.kind].layout === 'form') continue;
      ctx.checked(t, 1);
      if (t.unit) continue;
      ctx.report({ severity: 'warning', sheet: t.sheet, cells: [a1(t.titleRow, t.titleCol)], messageId: 'missingUnit', data: { kind: t.kind } });
    }
  },
});
