/**
 * general-budget-expenditure: the general-budget table against the expenditure table, for the
 * parts that correspond. When all of this year's money is 一般公共预算 (the revenue table or the
 * summary says so), the two tables must be equal code by code and in total; otherwise each code's
 * general-budget amount cannot exceed its expenditure amount (the expenditure table holds all sources).
 */
import type { MappedRow } from '../catalog/mapping';
import { cellFact, compareFacts, firstAmountColumn, sumFacts, totalFact, type Fact } from '../facts';
import type { RecognizedTable, TablePart } from '../tables/model';
import type { Measure } from '../tables/vocabulary';
import { reportExceeds, reportPair, tableOf } from './cross';
import { summaryIncome } from './summary-revenue';
import { zeroFact } from './summary-expenditure';
import type { Rule, RuleContext } from './types';

/** Leaf rows by full functional code (amounts of the table's total column). */
export function leafCodeFacts(t: RecognizedTable, mapping: MappedRow[]): Map<string, Fact> {
  const by = new Map<string, Fact[]>();
  for (const m of mapping) {
    const fn = m.codes.find((c) => c.scheme === 'fn' && c.matched === 'code' && c.code?.[0] === '2');
    const p: TablePart = t.parts[m.part];
    const r = p.rows[m.index];
    if (!fn?.code || r.role !== 'detail') continue;
    const col = p.columns.find((c) => c.role === 'amount' && c.measure === 'total') ?? firstAmountColumn(p);
    if (!col) continue;
    const f = cellFact(t, r.row, col.col, `「${fn.code} ${r.label.replace(/\s+/g, '')}」`);
    if (!f) continue;
    by.set(fn.code, [...(by.get(fn.code) ?? []), f]);
  }
  const out = new Map<string, Fact>();
  for (const [code, list] of by) out.set(code, list.length === 1 ? list[0] : sumFacts(list, list[0].label, t.sheet));
  return out;
}

const OTHER_SOURCES: Measure[] = ['gov-fund', 'state-capital', 'special-account', 'business-income', 'business-operating', 'superior-subsidy', 'subsidiary-remit', 'other-income', 'unit-funds'];

/** Whether all of this year's money is 一般公共预算 (then the two tables hold the same figures). */
export function onlyGeneralBudget(ctx: RuleContext): boolean | null {
  const r = tableOf(ctx, 'revenue');
  if (r && totalFact(r, 'general-budget')) {
    // every other source of the revenue table empty at its total row, and nothing carried over
    const others = OTHER_SOURCES.map((m) => totalFact(r, m)).filter((f): f is Fact => !!f);
    const carry = totalFact(r, 'carryover', { carryover: true });
    return others.every((f) => f.value === 0) && (!carry || carry.value === 0);
  }
  const s = tableOf(ctx, 'summary');
  if (s) {
    const inc = summaryIncome(s);
    const gb = inc.lines.get('general-budget');
    const total = inc.grand ?? inc.thisYear;
    if (gb && total) return compareFacts(total, gb).verdict !== 'mismatch';
  }
  return null;
}

export const generalBudgetExpenditure: Rule = {
  id: 'general-budget-expenditure',
  severity: 'error',
  description: { 'zh-CN': '一般公共预算支出表与支出预算表相应部分一致', en: 'General-budget table agrees with the corresponding part of the expenditure table' },
  kinds: ['general-budget', 'expenditure'],
  check(ctx) {
    const g = tableOf(ctx, 'general-budget');
    const e = tableOf(ctx, 'expenditure');
    if (!g || !e) return;
    const only = onlyGeneralBudget(ctx);
    const gc = leafCodeFacts(g, ctx.mapping(g));
    const ec = leafCodeFacts(e, ctx.mapping(e));
    if (only) {
      reportPair(ctx, 'general-budget-expenditure', g, totalFact(g, 'total'), e, totalFact(e, 'total'));
      for (const code of [...new Set([...gc.keys(), ...ec.keys()])].sort()) {
        const a = gc.get(code);
        const b = ec.get(code);
        if (a) reportPair(ctx, 'general-budget-expenditure', g, a, e, b ?? zeroFact(e, code, []));
        else if (b && b.value !== 0) reportPair(ctx, 'general-budget-expenditure', e, b, g, zeroFact(g, code, []));
      }
      return;
    }
    for (const [code, a] of gc) reportExceeds(ctx, 'general-budget-expenditure', g, a, e, ec.get(code) ?? zeroFact(e, code, []));
  },
};
