/**
 * fiscal-summary-links: the 财政拨款收支预算表 column by column and class by class: its 一般公共预算
 * column = the general-budget table, 政府性基金 = the gov-fund table, 国有资本经营 = the
 * state-capital table; its income lines = the summary's fiscal lines.
 */
import { cellFact, classFacts, grandTotalRow, lineFact, totalColumn, totalFact, zeroFact, type Fact } from '../../analysis/facts';
import type { TableKind } from '../../tables/kinds';
import type { RecognizedTable, TablePart } from '../../tables/model';
import type { Measure } from '../../tables/vocabulary';
import { CROSS_MESSAGES, reportPair } from '../kit/cross';
import { defineRule, type RuleContext } from '../types';

const COLUMNS: { measure: Measure; kind: TableKind }[] = [
  { measure: 'general-budget', kind: 'general-budget' },
  { measure: 'gov-fund', kind: 'gov-fund' },
  { measure: 'state-capital', kind: 'state-capital' },
];

function expenseTotal(t: RecognizedTable, p: TablePart, measure: Measure): Fact | null {
  const col = p.columns.find((c) => c.role === 'amount' && c.measure === measure && !c.carryover);
  const totals = p.rows.filter((r) => r.role === 'total' || (r.role === 'subtotal' && /本年支出/.test(r.key)));
  const row = totals.find((r) => /本年支出/.test(r.key)) ?? grandTotalRow(p);
  if (!col || !row) return null;
  return cellFact(t, row.row, col.col, `「${row.label.replace(/\s+/g, '')}」行「${col.pathRaw.filter(Boolean).slice(-2).join('').replace(/\s+/g, '')}」`);
}

function compareWithTable(ctx: RuleContext<typeof CROSS_MESSAGES>, f: RecognizedTable, p: TablePart, measure: Measure, other: RecognizedTable): void {
  const col = p.columns.find((c) => c.role === 'amount' && c.measure === measure && !c.carryover);
  if (!col) return;
  reportPair(ctx, other, totalFact(other, 'total'), f, expenseTotal(f, p, measure));
  const lines = classFacts(f, ctx.mapping(f), (x) => (x === p ? col : undefined));
  const totals = classFacts(other, ctx.mapping(other), totalColumn);
  for (const cls of [...new Set([...lines.keys(), ...totals.keys()])].sort()) {
    const line = lines.get(cls);
    if (!line) continue;
    reportPair(ctx, f, line, other, totals.get(cls) ?? zeroFact(other, `${cls} 类`, []));
  }
}

export const fiscalSummaryLinks = defineRule({
  id: 'fiscal-summary-links',
  severity: 'error',
  description: {
    'zh-CN': '财政拨款收支预算表与一般公共预算、政府性基金、国有资本经营预算支出表及收支预算表一致',
    en: 'The fiscal summary agrees with the general-budget, gov-fund and state-capital tables and the summary',
  },
  needs: { together: true, tables: ['fiscal-summary'], reads: ['general-budget', 'gov-fund', 'state-capital', 'summary'] },
  messages: CROSS_MESSAGES,
  check(ctx) {
    const f = ctx.table('fiscal-summary');
    if (!f) return;
    const exp = f.parts.find((p) => p.side === 'expense');
    if (exp) {
      for (const c of COLUMNS) {
        const other = ctx.table(c.kind);
        if (other) compareWithTable(ctx, f, exp, c.measure, other);
      }
    }
    // income lines ↔ the summary's fiscal lines
    const s = ctx.table('summary');
    if (!s) return;
    const inc = ctx.facts.summaryIncome(s);
    const pairs: [RegExp, Measure][] = [
      [/一般公共预算/, 'general-budget'],
      [/政府性基金/, 'gov-fund'],
      [/国有资本经营/, 'state-capital'],
    ];
    for (const [re, m] of pairs) {
      const mine = lineFact(f, 'income', re);
      const theirs = inc.lines.get(m);
      if (mine && theirs) reportPair(ctx, f, mine, s, theirs);
    }
  },
});
