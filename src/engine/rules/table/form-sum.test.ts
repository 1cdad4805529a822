import { brief, findingsOf, withCell } from '../../../../test/support/rules';
import type { SheetSpec } from '../../../../test/support/sheet';

const _ = undefined;

/** Seed 002's 整体绩效目标表, 预算情况 block. */
const FORM: SheetSpec = {
  name: '整体绩效',
  rows: [
    ['本级部门(单位)整体绩效目标表'],
    ['(2022年度)'],
    ['部门(单位)名称', '洛阳市孟津区政务服务和大数据管理局'],
    ['年度履职目标', '(一)组织研究制定全区政务服务、大数据管理和社会信用体系建设工作的中长期规划'],
    ['预算情况', '部门预算总额(万元)', 883.5],
    [_, '1、资金来源: (1)政府预算资金', 883.5],
    [_, '(2) 财政专户管理资金', _],
    [_, '(3) 单位资金', _],
    [_, '2、资金结构: (1)基本支出', 633.06],
    [_, '(2) 项目支出', 250.44],
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['产出指标', '重点工作任务完成', '重点工作任务1计划完成率', '100%'],
  ],
};

describe('form-sum', () => {
  test.each([
    { name: 'seed 002 budget block adds up', sheet: FORM, expect: [] as string[] },
    { name: '资金结构 ≠ 预算总额', sheet: withCell(FORM, 9, 2, 260.44), expect: ['error C5,C9,C10'] },
    { name: '资金来源 ≠ 预算总额', sheet: withCell(FORM, 6, 2, 10), expect: ['error C5,C6,C7,C8'] },
    { name: 'text in a line is not summed', sheet: withCell(FORM, 9, 2, '待定'), expect: [] },
  ])('$name', ({ sheet, expect: want }) => {
    expect(brief(findingsOf('form-sum', [sheet]))).toEqual(want);
  });
  test('no grid identities are claimed on a form', () => {
    expect(findingsOf('row-sum', [withCell(FORM, 9, 2, 260.44)])).toEqual([]);
    expect(findingsOf('column-sum', [withCell(FORM, 9, 2, 260.44)])).toEqual([]);
  });
});
