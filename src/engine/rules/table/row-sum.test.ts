import { basicExpenditure, EXPENDITURE_001 } from '../../../../test/engine/seed-layouts';
import { workbook } from '../../../../test/support/sheet';
import { checkWorkbook } from '../../check';
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

  describe('the header is a hypothesis the figures must confirm', () => {
    // rows holding both personnel and public funds: 合计 = 人员经费 + 公用经费 on every row
    const mixed = basicExpenditure([
      ['30199', '其他工资福利支出', '50501', '工资福利支出', 10, 6, 4],
      ['30201', '办公费', '50502', '商品和服务支出', 7, 2, 5],
      ['30211', '差旅费', '50502', '商品和服务支出', 9, 1, 8],
      ['30228', '工会经费', '50502', '商品和服务支出', 3, 1, 2],
    ]);
    test('as laid out, the table adds up', () => {
      expect(findingsOf('row-sum', [mixed])).toEqual([]);
    });
    test('a scrambled header (合计 and 人员经费 swapped): one notice that the structure is not confirmed, no row-by-row error', () => {
      const scrambled = withCell(withCell(mixed, 3, 4, '人员经费'), 3, 5, '合计');
      const fs = findingsOf('row-sum', [scrambled]);
      expect(fs.map((f) => f.severity)).toEqual(['info']);
      expect(fs[0].message['zh-CN']).toContain('结构未能由数据确认');
      expect(fs[0].message['zh-CN']).toContain('5 行中有 5 行不成立');
      const cov = checkWorkbook(workbook(scrambled), { rules: ['row-sum'] }).tables[0].checks!;
      expect(cov.skipped).toEqual([{ rule: 'row-sum', reason: { 'zh-CN': '表的结构未能由数据确认', en: 'the structure is not confirmed by the figures' } }]);
    });
    test('one or two rows that fail out of many are defects, reported as errors', () => {
      expect(brief(findingsOf('row-sum', [withCell(mixed, 5, 4, 11)]))).toEqual(['error E6,F6,G6']);
    });
  });
});
