/**
 * narrative-tables on the fixture workbooks (read through the file host): a clean synthetic
 * workbook's narrative agrees with its tables; a changed figure does not.
 */
import * as path from 'path';
import { checkWorkbook } from '../../src/engine/check';
import { readWorkbookFile } from '../../src/hosts/file/node';

const DIR = path.join(__dirname, '../fixtures/generated');
const NARRATIVE = ['narrative-sum', 'narrative-consistency', 'narrative-share', 'narrative-change', 'narrative-template', 'narrative-tables'];

describe('narrative-tables', () => {
  test('a clean synthetic workbook’s narrative agrees with its tables; a changed figure does not', async () => {
    const wb = await readWorkbookFile(path.join(DIR, 'synthetic-henan-2024-unit.xlsx'));
    expect(checkWorkbook(wb, { rules: NARRATIVE }).findings).toEqual([]);
    const s = wb.sheets.find((x) => x.name === '预算说明')!;
    const i = s.cells.findIndex((r) => typeof r[0]?.value === 'string' && (r[0]!.value as string).includes('人员经费'));
    s.cells[i][0] = { value: (s.cells[i][0]!.value as string).replace(/人员经费([\d.]+)万元/, (_m, v: string) => `人员经费${(Number(v) + 1).toFixed(2)}万元`) };
    const got = checkWorkbook(wb, { rules: ['narrative-tables'] }).findings;
    expect(got.map((f) => `${f.severity} ${f.sheet} ${f.cells[0]}`)).toEqual([`error 预算说明 A${i + s.top + 1}`]);
    expect(got[0].related![0].sheet).toBe('表六 一般公共预算基本支出预算表');
  });
  test('a narrative in 万元 against tables in 元 (Shanghai) agrees', async () => {
    const wb = await readWorkbookFile(path.join(DIR, 'synthetic-shanghai-2026-dept-hierarchical.xlsx'));
    expect(checkWorkbook(wb, { rules: NARRATIVE }).findings).toEqual([]);
    expect(wb.sheets.some((x) => x.name === '预算说明')).toBe(true);
  });
});
