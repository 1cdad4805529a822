/**
 * The rules between tables on in-memory sheets (seed 001's summary and expenditure tables): cases
 * that must and must not be reported. The same rules on the fixture workbooks, every rule and both
 * sides' cells: test/integration/cross-rules.test.ts.
 */
import { EXPENDITURE_001, SUMMARY_001 } from '../../../../test/engine/seed-layouts';
import { brief, findingsOf, withCell } from '../../../../test/support/rules';
import type { SheetSpec } from '../../../../test/support/sheet';

// SUMMARY_001: rows 5.. are the income | expense lines; row 6 (Excel 7) is 一、一般公共服务 765.29 on
// the expense side; EXPENDITURE_001 row 5 (Excel 6) is 合计 827.29, row 7 (Excel 8) 事业运行 765.29.
const cases: { name: string; rule: string; sheets: SheetSpec[]; want: string[] }[] = [
  { name: 'seed 001 summary and expenditure agree', rule: 'summary-expenditure', sheets: [SUMMARY_001, EXPENDITURE_001], want: [] },
  { name: 'one table alone: nothing to compare', rule: 'summary-expenditure', sheets: [EXPENDITURE_001], want: [] },
  {
    name: 'the class line 一、一般公共服务 differs from class 201 in the expenditure table',
    rule: 'summary-expenditure',
    sheets: [withCell(SUMMARY_001, 5, 3, 700), EXPENDITURE_001],
    want: ['error D6'],
  },
  {
    name: 'a 0.01 difference with two figures is a rounding info',
    rule: 'summary-expenditure',
    sheets: [withCell(SUMMARY_001, 5, 3, 765.3), EXPENDITURE_001],
    want: ['info D6'],
  },
  {
    name: 'the expenditure total differs from 本年支出合计',
    rule: 'summary-expenditure',
    sheets: [SUMMARY_001, withCell(EXPENDITURE_001, 5, 5, 820)],
    want: ['error F6'],
  },
];

describe('rules between tables', () => {
  test.each(cases)('$rule: $name', ({ rule, sheets, want }) => {
    expect(brief(findingsOf(rule, sheets))).toEqual(want);
  });

  test('a finding names the other side: its sheet and cells, and the figure it expected', () => {
    const [f] = findingsOf('summary-expenditure', [withCell(SUMMARY_001, 5, 3, 700), EXPENDITURE_001]);
    expect(f).toMatchObject({ rule: 'summary-expenditure', sheet: '表一 收支预算表', expected: 765.29, actual: 700 });
    expect(f.related).toEqual([{ sheet: '表三 支出预算表', cells: ['F8'] }]);
  });

  test('figures 10,000 times the other table’s (元 labelled 万元): one unit finding, not an error per figure', () => {
    const inYuan: SheetSpec = { ...EXPENDITURE_001, rows: EXPENDITURE_001.rows.map((r, i) => (i < 5 ? r : r.map((v) => (typeof v === 'number' ? Math.round(v * 10000) : v)))) };
    const fs = findingsOf('summary-expenditure', [SUMMARY_001, inYuan]);
    expect(fs.map((f) => f.severity)).toEqual(['warning']);
    expect(fs[0].message['zh-CN']).toContain('金额单位可能不一致');
    expect(fs[0].message['zh-CN']).toContain('10,000 倍');
  });
});
