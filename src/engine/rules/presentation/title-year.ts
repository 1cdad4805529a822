/**
 * title-year: a table whose title states another year than the workbook's (the year most titles
 * state). Only titles count: 与2024年相比 in a narrative is not a table's year.
 */
import { presentationMessages } from '../../i18n/presentation-messages';
import { a1 } from '../kit/cells';
import { defineRule } from '../types';

export const titleYear = defineRule({
  id: 'title-year',
  severity: 'warning',
  description: { 'zh-CN': '表格标题年度与工作簿年度一致', en: 'Table titles state the workbook’s year' },
  needs: { tables: 'any' },
  messages: { titleYear: presentationMessages.titleYear },
  check(ctx) {
    const counts = new Map<number, number>();
    for (const t of ctx.tables) if (t.year) counts.set(t.year, (counts.get(t.year) ?? 0) + 1);
    for (const t of ctx.tables) if (t.year) ctx.checked(t, 1);
    if (counts.size < 2) return;
    const [year, n] = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
    if ([...counts.values()].filter((c) => c === n).length > 1) return; // no majority: cannot tell which is wrong
    for (const t of ctx.tables) {
      if (!t.year || t.year === year) continue;
      ctx.report({ severity: 'warning', sheet: t.sheet, cells: [a1(t.titleRow, t.titleCol)], messageId: 'titleYear', data: { kind: t.kind, year: t.year, expected: year } });
    }
  },
});
