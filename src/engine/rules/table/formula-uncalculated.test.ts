/**
 * formula-uncalculated: formulas without results are reported once for the workbook and never read
 * as 0 (no false sum error through them); formulas with their cached results are read as numbers.
 */
import { EXPENDITURE_001 } from '../../../../test/engine/seed-layouts';
import { workbook } from '../../../../test/support/sheet';
import { checkWorkbook } from '../../check';
import type { CellData } from '../../model/workbook';

/** The seed 001 expenditure table with formulas in F8 (合计) and F9, with or without their results. */
function withFormulas(cached: boolean) {
  const wb = workbook(EXPENDITURE_001);
  const s = wb.sheets[0];
  const set = (r: number, c: number, formula: string) => {
    const old = s.cells[r][c] as CellData;
    s.cells[r][c] = { value: cached ? old.value : null, formula };
  };
  set(7, 5, '=G8+L8');
  set(8, 5, '=G9+L9');
  return wb;
}

describe('formula-uncalculated', () => {
  test('formulas without results: one warning for the workbook naming the cells', () => {
    const fs = checkWorkbook(withFormulas(false), { rules: ['formula-uncalculated'] }).findings;
    expect(fs.map((f) => [f.rule, f.severity, f.cells])).toEqual([['formula-uncalculated', 'warning', ['F8', 'F9']]]);
    expect(fs[0].message['zh-CN']).toContain('2 个公式单元格没有计算结果');
  });
  test('never read as 0: no sum error through an uncalculated formula', () => {
    const fs = checkWorkbook(withFormulas(false), { rules: ['row-sum', 'column-sum'] }).findings;
    expect(fs.filter((f) => f.severity === 'error')).toEqual([]);
  });
  test('formulas with their cached results are read as numbers: nothing to report', () => {
    expect(checkWorkbook(withFormulas(true), { rules: ['formula-uncalculated', 'row-sum', 'column-sum'] }).findings).toEqual([]);
  });
});
