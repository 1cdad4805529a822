import { EXPENDITURE_001, HIERARCHICAL_EXPENDITURE as HIER, SUMMARY_001 } from '../../../../test/engine/seed-layouts';
import { brief, findingsOf, withCell } from '../../../../test/support/rules';
import type { SheetSpec } from '../../../../test/support/sheet';

const _ = undefined;

const DEPT_002: SheetSpec = {
  name: '收入',
  rows: [
    ['2022 年部门收入预算表'],
    ['部门(单位)代码', '部门(单位)名称', '总计', '本年收入'],
    [_, _, _, '合计'],
    [_, '合计', 883.5, 883.5],
    ['146001', '洛阳市孟津区政务服务和大数据管理局', 883.5, 883.5],
    ['146001', '洛阳市孟津区政务服务和大数据管理局', 883.5, 883.5],
  ],
  merges: ['A2:A3', 'B2:B3', 'C2:C3'],
};

const cases: { name: string; sheet: SheetSpec; expect: string[] }[] = [
  { name: 'seed 001 支出预算表 adds up (total = unit row = Σ 项)', sheet: EXPENDITURE_001, expect: [] },
  { name: 'unit row ≠ Σ 项 rows in 合计 column', sheet: withCell(EXPENDITURE_001, 6, 5, 828.29), expect: ['error F6,F7', 'error F7,F8,F9,F10,F11,F12'] },
  { name: 'total row ≠ unit row', sheet: withCell(EXPENDITURE_001, 5, 7, 262.54), expect: ['error H6,H7'] },
  { name: 'hierarchical table adds up', sheet: HIER, expect: [] },
  { name: '类 row ≠ Σ 款 rows', sheet: withCell(HIER, 5, 4, 710), expect: ['error E5,E6,E10', 'error E6,E7'] },
  { name: '款 row ≠ Σ 项 rows', sheet: withCell(HIER, 8, 4, 210), expect: ['error E7,E8,E9'] },
  { name: 'department row = its only unit row, total = department (no double count)', sheet: DEPT_002, expect: [] },
  { name: 'summary sides add up (其中 line not added)', sheet: SUMMARY_001, expect: [] },
  { name: 'summary 本年支出合计 ≠ Σ function lines', sheet: withCell(SUMMARY_001, 5, 3, 766.29), expect: ['error D18,D6,D13,D15,D17'] },
];

describe('column-sum', () => {
  test.each(cases)('$name', ({ sheet, expect: want }) => {
    expect(brief(findingsOf('column-sum', [sheet]))).toEqual(want);
  });

  test('a 0.01 difference over 6 figures is a rounding info, not an error', () => {
    const fs = findingsOf('column-sum', [withCell(EXPENDITURE_001, 6, 5, 827.3)]);
    expect(brief(fs)).toEqual(['info F6,F7', 'info F7,F8,F9,F10,F11,F12']);
    expect(fs[1].message['zh-CN']).toContain('取整差异');
  });

  test('message names the row, the column and both figures', () => {
    const f = findingsOf('column-sum', [withCell(EXPENDITURE_001, 6, 5, 828.29)]).find((x) => x.cells[0] === 'F7')!;
    expect(f).toMatchObject({ expected: 827.29, actual: 828.29 });
    expect(f.message['zh-CN']).toBe('部门/单位行「洛龙区政务服务中心」「合计」 828.29 ≠ 所属 5 行之和 827.29（差 1.00）');
  });

  test('a row tree the figures contradict (every subtotal off): one notice, not an error per cell', () => {
    // the 类/款 rows hold figures of another table: most subtotals fail
    let sheet = HIER;
    for (const [r, v] of [[5, 650], [6, 640], [9, 310], [10, 290]] as const) sheet = withCell(sheet, r, 4, v);
    const fs = findingsOf('column-sum', [sheet]);
    expect(fs.filter((f) => f.severity === 'error')).toEqual([]);
    expect(fs.filter((f) => f.severity === 'info').map((f) => f.message['zh-CN'])).toEqual([expect.stringContaining('行的层次未能由数据确认')]);
  });

  test('one subtotal off among many is a defect', () => {
    expect(brief(findingsOf('column-sum', [withCell(HIER, 6, 4, 710)])).filter((b) => b.startsWith('error'))).toEqual(['error E6,E7', 'error E7,E8,E9']);
  });
});
