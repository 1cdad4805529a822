/**
 * Build engine sheets compactly in tests: rows of values from a given top-left cell, merges as A1 ranges.
 */
import { parseA1, parseRange } from '../../src/engine/model/address';
import type { CellData, CellValue, SheetData, WorkbookData } from '../../src/engine/model/workbook';

export type V = CellValue | undefined;

export interface SheetSpec {
  name: string;
  /** Top-left cell of rows[0][0], default A1. */
  at?: string;
  rows: V[][];
  merges?: string[];
  numFmt?: string;
}

export function sheet(spec: SheetSpec): SheetData {
  const at = parseA1(spec.at ?? 'A1');
  const cells: (CellData | null)[][] = [];
  for (let r = 0; r < at.row; r++) cells.push([]);
  for (const row of spec.rows) {
    const line: (CellData | null)[] = [];
    for (let c = 0; c < at.col; c++) line.push(null);
    for (const v of row) line.push(v === undefined || v === null ? null : { value: v, numFmt: typeof v === 'number' ? spec.numFmt : undefined });
    cells.push(line);
  }
  return { name: spec.name, top: 0, left: 0, cells, merges: (spec.merges ?? []).map(parseRange) };
}

export function workbook(...sheets: SheetSpec[]): WorkbookData {
  return { sheets: sheets.map(sheet) };
}
