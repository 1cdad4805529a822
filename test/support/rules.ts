/**
 * Run one rule over sheets built in a test and return its findings.
 */
import { checkWorkbook } from '../../src/engine/check';
import type { Finding } from '../../src/engine/findings';
import { workbook, type SheetSpec } from './sheet';

export function findingsOf(rule: string, sheets: SheetSpec[], profile = 'auto'): Finding[] {
  return checkWorkbook(workbook(...sheets), { profile, rules: [rule] }).findings;
}

/** A compact view of findings for assertions: "severity cell,cell". */
export function brief(fs: Finding[]): string[] {
  return fs.map((f) => `${f.severity} ${f.cells.join(',')}`);
}

/** Replace one cell (row index, column index into spec.rows) in a copy of a spec. */
export function withCell(spec: SheetSpec, row: number, col: number, value: unknown): SheetSpec {
  const rows = spec.rows.map((r) => [...r]);
  while (rows[row].length <= col) rows[row].push(undefined);
  rows[row][col] = value as never;
  return { ...spec, rows };
}
