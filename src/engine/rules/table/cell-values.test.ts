import { EXPENDITURE_001 } from '../../../../test/engine/seed-layouts';
import { brief, findingsOf, withCell } from '../../../../test/support/rules';

describe('cell-error', () => {
  test.each([
    { name: 'clean table', sheet: EXPENDITURE_001, expect: [] as string[] },
    { name: '#REF! in an amount cell', sheet: withCell(EXPENDITURE_001, 8, 5, { error: '#REF!' }), expect: ['error F9'] },
    { name: '#VALUE! arriving as text', sheet: withCell(EXPENDITURE_001, 9, 7, '#VALUE!'), expect: ['error H10'] },
    { name: 'an error in a label column is not an amount', sheet: withCell(EXPENDITURE_001, 9, 4, { error: '#N/A' }), expect: [] },
  ])('$name', ({ sheet, expect: want }) => {
    expect(brief(findingsOf('cell-error', [sheet]))).toEqual(want);
  });
  test('message names the code, the column and the row', () => {
    const [f] = findingsOf('cell-error', [withCell(EXPENDITURE_001, 8, 5, { error: '#REF!' })]);
    expect(f.message['zh-CN']).toBe('单元格错误 #REF!：「事业单位离退休」的「合计」应为金额，不能按 0 计算');
  });
});

describe('text-in-number', () => {
  test.each([
    { name: 'clean table', sheet: EXPENDITURE_001, expect: [] as string[] },
    { name: '待定 in an amount column', sheet: withCell(EXPENDITURE_001, 10, 6, '待定'), expect: ['warning G11'] },
    { name: '12,34a is not a number', sheet: withCell(EXPENDITURE_001, 10, 6, '12,34a'), expect: ['warning G11'] },
    { name: 'a dash is a zero, not text', sheet: withCell(EXPENDITURE_001, 10, 10, '-'), expect: [] },
    { name: 'a number written as text is not this rule', sheet: withCell(EXPENDITURE_001, 10, 6, '18. 96'), expect: [] },
  ])('$name', ({ sheet, expect: want }) => {
    expect(brief(findingsOf('text-in-number', [sheet]))).toEqual(want);
  });
});

describe('number-as-text', () => {
  test.each([
    { name: 'clean table', sheet: EXPENDITURE_001, expect: [] as string[] },
    { name: '18. 96 as text', sheet: withCell(EXPENDITURE_001, 10, 6, '18. 96'), expect: ['info G11'] },
    { name: 'full-width digits as text', sheet: withCell(EXPENDITURE_001, 10, 6, '１８.９６'), expect: ['info G11'] },
    { name: 'text that is not a number is not this rule', sheet: withCell(EXPENDITURE_001, 10, 6, '待定'), expect: [] },
  ])('$name', ({ sheet, expect: want }) => {
    expect(brief(findingsOf('number-as-text', [sheet]))).toEqual(want);
  });
});
