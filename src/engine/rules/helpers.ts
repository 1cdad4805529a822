/**
 * Shared pieces of the arithmetic rules: figures from amount cells, labels for messages.
 */
import { toA1 } from '../model/address';
import type { Amount } from '../numbers';
import { amountAt, columnLabel, type RecognizedTable, type TableColumn, type TablePart, type TableRow } from '../tables/model';
import { displayStep, type Figure } from '../tolerance';

/** A figure from an amount cell, or null when the cell is text or an error (never a silent zero). */
export function figureOf(a: Amount): Figure | null {
  if (a.kind === 'number') return { value: a.value, step: displayStep(a) };
  if (a.kind === 'blank') return { value: 0, step: 0, exact: true };
  return null;
}

export function cellFigure(t: RecognizedTable, row: number, col: number): Figure | null {
  return figureOf(amountAt(t, row, col));
}

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
