import { SUMMARY_001 } from '../../../../test/engine/seed-layouts';
import { brief, findingsOf, withCell } from '../../../../test/support/rules';

describe('balance', () => {
  test.each([
    { name: 'seed 001 收支预算表 balances', sheet: SUMMARY_001, expect: [] as string[] },
    // row 19 (index 19) is 收入总计 / 支出总计
    { name: '收入总计 ≠ 支出总计', sheet: withCell(SUMMARY_001, 19, 3, 837.29), expect: ['error B20,D20'] },
    { name: 'a rounding difference of 0.01 between two figures is info', sheet: withCell(SUMMARY_001, 19, 3, 827.3), expect: ['info B20,D20'] },
    { name: 'a text total is not compared', sheet: withCell(SUMMARY_001, 19, 3, '见说明'), expect: [] },
  ])('$name', ({ sheet, expect: want }) => {
    expect(brief(findingsOf('balance', [sheet]))).toEqual(want);
  });
  test('message names both totals', () => {
    const [f] = findingsOf('balance', [withCell(SUMMARY_001, 19, 3, 837.29)]);
    expect(f.message['zh-CN']).toBe('收支不平衡：收入总计 827.29 ≠ 支出总计 837.29（差 -10.00）');
  });
});
