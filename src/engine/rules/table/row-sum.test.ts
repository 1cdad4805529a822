import { EXPENDITURE_001 } from '../../../../test/engine/seed-layouts';
import { brief, findingsOf, withCell } from '../../../../test/support/rules';
import type { SheetSpec } from '../../../../test/support/sheet';

// EXPENDITURE_001 row 7 (Excel row 8) is 事业运行: F 合计 765.29 = G 基本 221.17 + L 项目 544.12
const cases: { name: string; sheet: SheetSpec; expect: string[] }[] = [
  { name: 'seed 001 支出预算表 adds up', sheet: EXPENDITURE_001, expect: [] },
  { name: '合计 ≠ 基本支出 + 项目支出 beyond the envelope', sheet: withCell(EXPENDITURE_001, 7, 5, 765.39), expect: ['error F8,G8,L8'] },
  { name: '0.01 off with 3 figures (envelope 0.015): rounding info', sheet: withCell(EXPENDITURE_001, 7, 5, 765.3), expect: ['info F8,G8,L8'] },
  { name: '0.02 off with 3 figures: error', sheet: withCell(EXPENDITURE_001, 7, 5, 765.31), expect: ['error F8,G8,L8'] },
  {
    name: '基本支出 小计 ≠ 人员 + 公用 (blank parts are not named)',
    sheet: withCell(withCell(EXPENDITURE_001, 8, 6, 6.2), 8, 5, 6.2),
    expect: ['error G9,I9,J9'],
  },
  { name: 'a text part is not read as zero: no sum is claimed', sheet: withCell(EXPENDITURE_001, 7, 6, '待定'), expect: [] },
  { name: 'an error part is not read as zero', sheet: withCell(EXPENDITURE_001, 7, 6, { error: '#REF!' }), expect: [] },
  { name: 'numbers stored as text are summed', sheet: withCell(EXPENDITURE_001, 7, 6, '221. 17'), expect: [] },
];

describe('row-sum', () => {
  test.each(cases)('$name', ({ sheet, expect: want }) => {
    expect(brief(findingsOf('row-sum', [sheet]))).toEqual(want);
  });

  test('the finding carries expected, actual and a message naming the columns', () => {
    const [f] = findingsOf('row-sum', [withCell(EXPENDITURE_001, 7, 5, 765.39)]);
    expect(f).toMatchObject({ rule: 'row-sum', sheet: '表三 支出预算表', expected: 765.29, actual: 765.39 });
    expect(f.message['zh-CN']).toBe('「事业运行」行：合计 765.39 ≠ 基本支出 221.17 + 项目支出 544.12（差 0.10）');
    expect(f.message.en).toContain('≠');
  });

  test('three-public: 合计 = 出国 + 用车 + 接待, 用车 小计 = 购置 + 运行', () => {
    const three: SheetSpec = {
      name: '三公',
      rows: [
        ['2024年一般公共预算"三公"经费预算表'],
        ['单位名称: 洛龙区政务服务中心(本级)', undefined, undefined, undefined, undefined, '单位:万元'],
        ['"三公"经费合计', '因公出国(境)费', '公务用车购置及运行费', undefined, undefined, '公务接待费'],
        [undefined, undefined, '小计', '公务用车购置费', '公务用车运行费'],
        [1.5, undefined, 1.5, undefined, 1.5, undefined],
      ],
      merges: ['A3:A4', 'B3:B4', 'C3:E3', 'F3:F4'],
    };
    expect(findingsOf('row-sum', [three])).toEqual([]);
    expect(brief(findingsOf('row-sum', [withCell(three, 4, 0, 2.5)]))).toEqual(['error A5,C5']);
    expect(brief(findingsOf('row-sum', [withCell(three, 4, 2, 1.2)]))).toEqual(['error A5,C5', 'error C5,E5']);
  });
});
