/**
 * What stands in amount cells: cell errors (#REF! …) are errors, text that is not a number is a
 * warning, a number stored as text is worth a look (info). None of them is ever read as zero.
 */
import { messages } from '../i18n/messages';
import { amountAt, type RecognizedTable } from '../tables/model';
import { TABLE_KIND_DEFS, TABLE_KINDS, type TableKind } from '../tables/kinds';
import { a1, labelOfColumn, labelOfRow } from './helpers';
import type { Rule, RuleContext } from './types';

/** Tables whose amount columns are a grid (the form-like 整体绩效目标表 is checked by form-sum). */
const GRID_KINDS: TableKind[] = TABLE_KINDS.filter((k) => TABLE_KIND_DEFS[k].layout !== 'form');

const SKIP_ROLES = new Set(['blank', 'header-repeat', 'continuation']);

function eachAmountCell(t: RecognizedTable, fn: (row: number, col: number, partIndex: number, rowIndex: number) => void): void {
  t.parts.forEach((p, pi) => {
    const cols = p.columns.filter((c) => c.role === 'amount').map((c) => c.col);
    p.rows.forEach((r, ri) => {
      if (SKIP_ROLES.has(r.role)) return;
      for (const c of cols) fn(r.row, c, pi, ri);
    });
  });
}

function run(ctx: RuleContext, want: 'error' | 'text' | 'number-text'): void {
  for (const t of ctx.relevant) {
    eachAmountCell(t, (row, col, pi, ri) => {
      const a = amountAt(t, row, col);
      const p = t.parts[pi];
      const r = p.rows[ri];
      if (want === 'error' && a.kind === 'error') {
        ctx.report({ rule: 'cell-error', severity: 'error', sheet: t.sheet, cells: [a1(row, col)], message: messages.cellError(a.code, labelOfColumn(p, col), labelOfRow(r)) });
      } else if (want === 'text' && a.kind === 'text') {
        ctx.report({ rule: 'text-in-number', severity: 'warning', sheet: t.sheet, cells: [a1(row, col)], message: messages.textInNumber(a.text, labelOfColumn(p, col), labelOfRow(r)) });
      } else if (want === 'number-text' && a.kind === 'number' && a.fromText) {
        const raw = ctx.workbook.sheets[t.sheetIndex];
        const v = raw.cells[row - raw.top]?.[col - raw.left]?.value;
        ctx.report({ rule: 'number-as-text', severity: 'info', sheet: t.sheet, cells: [a1(row, col)], message: messages.numberAsText(String(v ?? ''), a.value) });
      }
    });
  }
}

export const cellError: Rule = {
  id: 'cell-error',
  severity: 'error',
  description: { 'zh-CN': '金额单元格中的错误值（#REF!、#VALUE! 等）', en: 'Error values (#REF!, #VALUE! …) in amount cells' },
  kinds: GRID_KINDS,
  check: (ctx) => run(ctx, 'error'),
};

export const textInNumber: Rule = {
  id: 'text-in-number',
  severity: 'warning',
  description: { 'zh-CN': '金额栏中不是数字的文字', en: 'Text that is not a number in an amount column' },
  kinds: GRID_KINDS,
  check: (ctx) => run(ctx, 'text'),
};

export const numberAsText: Rule = {
  id: 'number-as-text',
  severity: 'info',
  description: { 'zh-CN': '以文本形式存储的数字', en: 'Numbers stored as text' },
  kinds: GRID_KINDS,
  check: (ctx) => run(ctx, 'number-text'),
};
