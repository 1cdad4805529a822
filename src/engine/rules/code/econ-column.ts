/**
 * econ-column: an economic code's amount in the wrong column group. 人员经费 holds 301 and 303;
 * 公用经费 holds 302, 309, 310 (and 399). A 302xx amount under 人员经费 is an error.
 */
import { lookup } from '../../catalog/catalog';
import { codeMessages } from '../../i18n/code-messages';
import { amountAt } from '../../tables/model';
import type { Measure } from '../../tables/vocabulary';
import { a1, labelOfColumn, codesCovered } from '../kit/cells';
import { defineRule } from '../types';

/** The economic classes each column group may hold. */
const GROUPS: Partial<Record<Measure, { classes: string[]; name: string }>> = {
  personnel: { classes: ['301', '303'], name: '人员经费' },
  public: { classes: ['302', '309', '310', '399'], name: '公用经费' },
};

export const econColumn = defineRule({
  id: 'econ-column',
  severity: 'error',
  description: { 'zh-CN': '经济分类金额列错栏（如 302 商品和服务支出列入人员经费）', en: 'Economic code under the wrong column group (e.g. 302 under personnel)' },
  needs: { tables: ['basic-expenditure', 'economic-summary', 'operating-funds', 'general-budget', 'expenditure'] },
  messages: { wrongColumn: codeMessages.wrongColumn },
  check(ctx) {
    for (const t of ctx.tables) {
      if (!codesCovered(ctx, t)) continue;
      for (const m of ctx.mapping(t)) {
        const econ = m.codes.find((c) => c.scheme === 'econ' && c.matched === 'code' && c.code?.startsWith('3'));
        if (!econ?.code) continue;
        const p = t.parts[m.part];
        const r = p.rows[m.index];
        const cls = econ.code.slice(0, 3);
        for (const col of p.columns) {
          const g = col.role === 'amount' && col.measure ? GROUPS[col.measure] : undefined;
          if (!g || g.classes.includes(cls)) continue;
          const a = amountAt(t, r.row, col.col);
          if (a.kind !== 'number' || a.value === 0) continue;
          const right = Object.values(GROUPS).find((x) => x!.classes.includes(cls));
          if (!right) continue;
          ctx.report({
            severity: 'error',
            sheet: t.sheet,
            cells: [a1(r.row, col.col), ...econ.cols.map((c) => a1(r.row, c))],
            messageId: 'wrongColumn', data: { code: econ.code, name: lookup(ctx.catalog, 'econ', econ.code)?.name ?? r.label, column: labelOfColumn(p, col.col), amount: a.value, expected: right.name },
          });
        }
      }
    }
  },
});
