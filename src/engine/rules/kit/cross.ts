/**
 * The rule kit for comparisons between tables: compare two facts and report with both sides named.
 */
import { compareFacts, type Fact } from '../../analysis/facts';
import type { Severity } from '../../findings';
import { crossMessages, type ComparedFigure } from '../../i18n/cross-messages';
import type { RecognizedTable } from '../../tables/model';
import type { RuleContext } from '../types';

/** The messages every rule between tables reports with. */
export const CROSS_MESSAGES = { mismatch: crossMessages.mismatch, exceeds: crossMessages.exceeds, unitSlip: crossMessages.unitSlip };

/** 1 万元 = 10,000 元; some tables are in 千元. */
const UNIT_FACTORS = [10000, 1000];

/** The factor by which `a` and `b` differ when it is a unit's (×10,000 or ×1,000 either way, to the figures' precision), else null. */
export function unitFactorBetween(a: number, b: number): number | null {
  if (a === 0 || b === 0 || Math.sign(a) !== Math.sign(b)) return null;
  const big = Math.max(Math.abs(a), Math.abs(b));
  const small = Math.min(Math.abs(a), Math.abs(b));
  if (small < 0.01) return null;
  for (const k of UNIT_FACTORS) if (Math.abs(big / small - k) <= k * 5e-4) return k;
  return null;
}


type CrossContext = RuleContext<typeof CROSS_MESSAGES>;

/** A fact as a message names it: its table's kind, label, value as written and unit. */
export function sideOf(t: RecognizedTable, f: Fact, withWhere = false): ComparedFigure {
  return { kind: t.kind, label: f.label, value: f.value / f.factor, unit: f.factor === 1 ? '万元' : '元', where: withWhere ? (f.cells.length ? `${f.sheet} ${f.cells[0]}` : f.sheet) : undefined };
}

const round = (v: number) => Math.round(v * 1e6) / 1e6;

/**
 * Report `a` (the more detailed table's figure: the finding sits on its sheet) against `b`.
 * Equal: nothing; inside the rounding envelope: info; beyond it: error (or `severity`).
 */
export function reportPair(ctx: CrossContext, ta: RecognizedTable, a: Fact | null, tb: RecognizedTable, b: Fact | null, severity?: Severity): void {
  if (!a || !b) return;
  ctx.checked(tb, b.cells.length);
  const cmp0 = compareFacts(a, b);
  const factor = cmp0.verdict === 'mismatch' ? unitFactorBetween(a.value, b.value) : null;
  if (factor) {
    // one table's unit is off: one finding for the pair of tables, not an error per figure
    if (!ctx.once(`unit-slip|${[ta.sheet, tb.sheet].sort().join('|')}`)) return;
    ctx.report({ messageId: 'unitSlip', data: { a: sideOf(ta, a), b: sideOf(tb, b, true), factor }, severity: 'warning', sheet: a.sheet, cells: a.cells.slice(0, 12), related: [{ sheet: b.sheet, cells: b.cells.slice(0, 12) }] });
    return;
  }
  ctx.compare(ta, a.cells.length, cmp0, ({ rounding, cmp }) => ({
    messageId: 'mismatch',
    data: { a: sideOf(ta, a), b: sideOf(tb, b, true), diffWanyuan: cmp.diff, rounding, tolWanyuan: cmp.tolerance },
    severity,
    sheet: a.sheet,
    cells: a.cells.slice(0, 12),
    expected: round(b.value / a.factor),
    actual: round(a.value / a.factor),
    related: [{ sheet: b.sheet, cells: b.cells.slice(0, 12) }],
  }));
}

/** Report `a` when it exceeds `b` beyond the rounding envelope, though it is a part of it. */
export function reportExceeds(ctx: CrossContext, ta: RecognizedTable, a: Fact, tb: RecognizedTable, b: Fact): void {
  const cmp = compareFacts(a, b);
  ctx.checked(ta, a.cells.length);
  ctx.checked(tb, b.cells.length);
  if (cmp.verdict !== 'mismatch' || cmp.diff <= 0) return;
  ctx.report({
    messageId: 'exceeds',
    data: { a: sideOf(ta, a), b: sideOf(tb, b, b.cells.length > 0), diffWanyuan: cmp.diff },
    severity: 'error',
    sheet: ta.sheet,
    cells: a.cells.slice(0, 12),
    expected: round(b.value / a.factor),
    actual: round(a.value / a.factor),
    related: b.cells.length ? [{ sheet: b.sheet, cells: b.cells.slice(0, 12) }] : undefined,
  });
}
