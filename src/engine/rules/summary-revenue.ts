/**
 * summary-revenue: the revenue table's totals and source columns = the summary's income lines
 * (seed 001: 收入预算表 其中财政拨款 714.40 while the summary says 财政拨款 827.29).
 */
import { cellFact, columnOf, grandTotalRow, totalFact, type Fact } from '../facts';
import type { RecognizedTable, TablePart } from '../tables/model';
import type { Measure } from '../tables/vocabulary';
import { reportPair, tableOf } from './cross';
import type { Rule } from './types';

/** The summary's income lines by what they hold; this year's section only (before 本年收入合计). */
const LINES: { measure: Measure; line: RegExp }[] = [
  { measure: 'general-budget', line: /一般公共预算/ },
  { measure: 'gov-fund', line: /政府性基金/ },
  { measure: 'state-capital', line: /国有资本经营/ },
  { measure: 'special-account', line: /财政专户/ },
  { measure: 'business-operating', line: /事业单位经营收入/ },
  { measure: 'business-income', line: /^[一二三四五六七八九十、.()\d]*事业收入/ },
  { measure: 'superior-subsidy', line: /上级补助收入/ },
  { measure: 'subsidiary-remit', line: /附属单位上缴收入/ },
  { measure: 'other-income', line: /其他收入/ },
];

/** Summary income facts: this year's lines, 其中财政拨款 under the 一般公共预算 line, totals. */
export function summaryIncome(t: RecognizedTable): { lines: Map<Measure, Fact>; thisYear: Fact | null; carryover: Fact | null; grand: Fact | null } {
  const lines = new Map<Measure, Fact>();
  const p: TablePart | undefined = t.parts.find((x) => x.side === 'income');
  if (!p) return { lines, thisYear: null, carryover: null, grand: null };
  const col = p.columns.find((c) => c.role === 'amount');
  if (!col) return { lines, thisYear: null, carryover: null, grand: null };
  const totals = p.rows.filter((r) => r.role === 'total');
  const thisYearRow = totals.find((r) => /本年收入|收入合计/.test(r.key)) ?? (totals.length > 1 ? totals[0] : undefined);
  const grandRow = totals.find((r) => /收入总计|总计/.test(r.key)) ?? totals[totals.length - 1];
  const end = thisYearRow ? p.rows.indexOf(thisYearRow) : p.rows.length;
  let lastGeneral = -1;
  p.rows.forEach((r, i) => {
    if (i >= end || r.role === 'blank') return;
    if (r.role === 'of-which') {
      if (i === lastGeneral + 1 && /财政拨款/.test(r.key) && !lines.has('fiscal')) {
        const f = cellFact(t, r.row, col.col, `「${r.label.replace(/\s+/g, '')}」`);
        if (f) lines.set('fiscal', f);
      }
      return;
    }
    for (const l of LINES) {
      if (lines.has(l.measure) || !l.line.test(r.key) || /结转/.test(r.key)) continue;
      const f = cellFact(t, r.row, col.col, `「${r.label.replace(/\s+/g, '')}」`);
      if (f) lines.set(l.measure, f);
      if (l.measure === 'general-budget') lastGeneral = i;
      break;
    }
  });
  const carryRow = p.rows.find((r, i) => i > end && /上年结转/.test(r.key));
  return {
    lines,
    thisYear: thisYearRow ? cellFact(t, thisYearRow.row, col.col, `「${thisYearRow.label.replace(/\s+/g, '')}」`) : null,
    carryover: carryRow ? cellFact(t, carryRow.row, col.col, `「${carryRow.label.replace(/\s+/g, '')}」`) : null,
    grand: grandRow && grandRow !== thisYearRow ? cellFact(t, grandRow.row, col.col, `「${grandRow.label.replace(/\s+/g, '')}」`) : null,
  };
}

export const summaryRevenue: Rule = {
  id: 'summary-revenue',
  severity: 'error',
  description: { 'zh-CN': '收入预算表与收支预算表的收入一致', en: 'Revenue table agrees with the summary’s income lines' },
  kinds: ['summary', 'revenue'],
  check(ctx) {
    const s = tableOf(ctx, 'summary');
    const r = tableOf(ctx, 'revenue');
    if (!s || !r) return;
    const inc = summaryIncome(s);
    const p = r.parts[0];
    if (!p || !grandTotalRow(p)) return;
    reportPair(ctx, 'summary-revenue', r, totalFact(r, 'total'), s, inc.grand ?? inc.thisYear);
    for (const [measure, line] of inc.lines) {
      if (!columnOf(p, measure)) continue;
      reportPair(ctx, 'summary-revenue', r, totalFact(r, measure), s, line);
    }
    if (inc.carryover && columnOf(p, 'carryover', true)) reportPair(ctx, 'summary-revenue', r, totalFact(r, 'carryover', { carryover: true }), s, inc.carryover);
  },
};
