/**
 * The rule kit's cell helpers: addresses, names of rows and columns for messages, the amount cells
 * of a table, the classification codes of the tables a rule reads.
 */
import type { MappedCode, MappedRow } from '../../catalog/mapping';
import type { Scheme } from '../../catalog/types';
import { toA1 } from '../../model/address';
import { TABLE_KIND_DEFS, TABLE_KINDS, type TableKind } from '../../tables/kinds';
import { amountAt, columnLabel, type RecognizedTable, type TableColumn, type TablePart, type TableRow } from '../../tables/model';
import { SCHEME_ROLES } from '../../tables/vocabulary';
import { SKIP_REASONS } from '../../i18n/coverage';
import type { RuleContext } from '../types';

export function isBlankAmount(t: RecognizedTable, row: number, col: number): boolean {
  return amountAt(t, row, col).kind === 'blank';
}

export function a1(row: number, col: number): string {
  return toA1(row, col);
}

export function colByIndex(p: TablePart, col: number): TableColumn | undefined {
  return p.columns.find((c) => c.col === col);
}

export function labelOfColumn(p: TablePart, col: number): string {
  const c = colByIndex(p, col);
  return (c && columnLabel(c)) || a1(0, col).replace(/\d+$/, '') + '列';
}

/** A row's name for messages: its label, its code, or its address. */
export function labelOfRow(r: TableRow): string {
  const l = r.label.replace(/\s+/g, '');
  if (l) return l;
  const code = r.fn?.code ?? r.econ?.code ?? r.unitCode;
  if (code) return code;
  return `第 ${r.row + 1} 行`;
}

/** Every classification code of the tables the rule reads, with its table, part and row. */
export function forEachCode(
  ctx: Pick<RuleContext, 'tables' | 'mapping' | 'checked' | 'skipped'>,
  fn: (t: RecognizedTable, p: TablePart, r: TableRow, c: MappedCode, m: MappedRow) => void,
): void {
  for (const t of ctx.tables) {
    if (!codesCovered(ctx, t)) continue;
    // indexed loops: every mapped row of every table, usually in a single cold pass
    const mapping = ctx.mapping(t);
    for (let i = 0; i < mapping.length; i++) {
      const m = mapping[i];
      const p = t.parts[m.part];
      const r = p.rows[m.index];
      for (let k = 0; k < m.codes.length; k++) fn(t, p, r, m.codes[k], m);
    }
  }
}

/** Coverage of a classification rule on a table: its mapped rows, or why it could not run. */
export function codesCovered(ctx: Pick<RuleContext, 'mapping' | 'checked' | 'skipped'>, t: RecognizedTable): boolean {
  const n = ctx.mapping(t).length;
  if (n === 0) ctx.skipped(t, SKIP_REASONS.noCodes);
  else ctx.checked(t, n);
  return n > 0;
}

/** The cells that hold a code (and its name, when the name is in its own cell), most specific first. */
export function codeCells(r: TableRow, c: MappedCode, nameCol: number | null = null): string[] {
  const cols = [...c.cols];
  if (nameCol !== null && !cols.includes(nameCol)) cols.push(nameCol);
  return cols.map((col) => a1(r.row, col));
}

/** Whether any amount cell of the row holds a non-zero number. */
export function rowHasAmount(t: RecognizedTable, p: TablePart, r: TableRow): boolean {
  for (const col of p.columns) {
    if (col.role !== 'amount') continue;
    const a = amountAt(t, r.row, col.col);
    if (a.kind === 'number' && a.value !== 0) return true;
  }
  return false;
}

/** The classification kinds (tables whose rows carry codes or class lines). */
export const CLASSIFIED_KINDS: TableKind[] = [
  'summary',
  'fiscal-summary',
  'expenditure',
  'general-budget',
  'gov-fund',
  'state-capital',
  'basic-expenditure',
  'economic-summary',
  'operating-funds',
];

/** The column holding a classification's name on a row: 政府经济分类 has its own name column. */
export function nameColOf(p: TablePart, r: TableRow, scheme: Scheme): number | null {
  if (scheme === 'gov') return p.columns.find((x) => x.role === 'gov-name')?.col ?? null;
  return r.labelCol;
}

/** The code columns of a classification in a table part. */
export function codeColumnsOf(p: TablePart, scheme: Scheme): number[] {
  return p.columns.filter((x) => (SCHEME_ROLES[scheme] as string[]).includes(x.role)).map((x) => x.col);
}

/** Rows that hold no figures of their own (blank, a repeated header, a project name's second line). */
export const NON_FIGURE_ROLES = new Set(['blank', 'header-repeat', 'continuation']);

/**
 * The amount cells of a grid table's figure rows that do not hold a plain number or a blank (text,
 * errors, numbers stored as text, uncalculated formulas), with their part and row; returns how many
 * amount cells the table has (what the rules looked at).
 */
export function eachUnusualAmount(t: RecognizedTable, fn: (row: number, col: number, p: TablePart, r: TableRow) => void): number {
  if (t.unusualAmounts.length) {
    const at = new Map<number, { p: TablePart; r: TableRow }[]>();
    for (const p of t.parts) for (const r of p.rows) if (!NON_FIGURE_ROLES.has(r.role)) at.set(r.row, [...(at.get(r.row) ?? []), { p, r }]);
    for (const { row, col } of t.unusualAmounts) {
      const where = at.get(row)?.find((x) => col >= x.p.left && col <= x.p.right);
      if (where) fn(row, col, where.p, where.r);
    }
  }
  return t.amounts.size;
}

/** Tables whose amount columns are a grid (the form-like 整体绩效目标表 is checked by form-sum). */
export const GRID_KINDS: TableKind[] = TABLE_KINDS.filter((k) => TABLE_KIND_DEFS[k].layout !== 'form');
