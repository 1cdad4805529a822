/**
 * Shared by the rules between tables: compare two facts and report with both sides named.
 */
import { compareFacts, type Fact } from '../facts';
import type { Severity } from '../findings';
import { crossMessages, type Side } from '../i18n/cross-messages';
import type { RecognizedTable } from '../tables/model';
import type { RuleContext } from './types';

export function sideOf(t: RecognizedTable, f: Fact, withWhere = false): Side {
  return { kind: t.kind, label: f.label, value: f.value / f.factor, unit: f.factor === 1 ? '万元' : '元', where: withWhere ? `${f.sheet} ${f.cells[0]}` : undefined };
}

/**
 * Report `a` (the more detailed table's figure: the finding sits on its sheet) against `b`.
 * Equal: nothing; inside the rounding envelope: info; beyond it: error.
 */
export function reportPair(ctx: RuleContext, rule: string, ta: RecognizedTable, a: Fact | null, tb: RecognizedTable, b: Fact | null, severity: Severity = 'error'): void {
  if (!a || !b) return;
  const cmp = compareFacts(a, b);
  if (cmp.verdict === 'equal') return;
  const rounding = cmp.verdict === 'rounding';
  ctx.report({
    rule,
    severity: rounding ? 'info' : severity,
    sheet: a.sheet,
    cells: a.cells.slice(0, 12),
    message: crossMessages.mismatch(sideOf(ta, a), sideOf(tb, b, true), cmp.diff, rounding, cmp.tolerance),
    expected: round(b.value / a.factor),
    actual: round(a.value / a.factor),
    related: [{ sheet: b.sheet, cells: b.cells.slice(0, 12) }],
  });
}

const round = (v: number) => Math.round(v * 1e6) / 1e6;

/** Report `a` when it exceeds `b` beyond the rounding envelope, though it is a part of it. */
export function reportExceeds(ctx: RuleContext, rule: string, ta: RecognizedTable, a: Fact, tb: RecognizedTable, b: Fact): void {
  const cmp = compareFacts(a, b);
  if (cmp.verdict !== 'mismatch' || cmp.diff <= 0) return;
  ctx.report({
    rule,
    severity: 'error',
    sheet: ta.sheet,
    cells: a.cells.slice(0, 12),
    message: crossMessages.exceeds(sideOf(ta, a), sideOf(tb, b, b.cells.length > 0), cmp.diff),
    expected: round(b.value / a.factor),
    actual: round(a.value / a.factor),
    related: b.cells.length ? [{ sheet: b.sheet, cells: b.cells.slice(0, 12) }] : undefined,
  });
}

/** The first table of a kind. */
export function tableOf(ctx: RuleContext, kind: RecognizedTable['kind']): RecognizedTable | undefined {
  return ctx.tables.find((t) => t.kind === kind);
}
