/**
 * The presentation rules: cases that must and must not be reported.
 */
import { EXPENDITURE_001, SUMMARY_001 } from '../../../../test/engine/seed-layouts';
import { checkWorkbook } from '../../check';
import { workbook } from '../../../../test/support/sheet';
import { brief, findingsOf, withCell } from '../../../../test/support/rules';
import type { SheetSpec, V } from '../../../../test/support/sheet';

const _ = undefined;

/** A gov-fund table (seed 001 layout, 万元) with the given body rows and notes below. */
function govFund(body: V[][], notes: string[] = [], entity = '单位名称: 洛龙区政务服务中心(本级)'): SheetSpec {
  return {
    name: '表九 政府性基金支出预算表',
    rows: [
      ['2024年政府性基金支出预算表'],
      [entity, _, _, _, _, '单位:万元'],
      ['科目编码', _, _, '单位(科目名称)', '合计', '基本支出', '项目支出'],
      ['类', '款', '项'],
      [_, _, _, '合计', ...[0, 1, 2].map((i) => (body.length ? body.reduce((s, r) => s + Number(r[i] ?? 0), 0) : _))],
      ...body.map((r) => ['212', '08', '01', '征地和拆迁补偿支出', ...r]),
      ...notes.map((n) => [n]),
    ],
    merges: ['A3:C3', 'D3:D4', 'E3:E4', 'F3:F4', 'G3:G4'],
  };
}

describe('empty-table-note', () => {
  test.each([
    { name: 'an empty table with the note', sheets: [govFund([], ['备注：本单位2024年无政府性基金预算拨款安排的支出，故本表无数据。'])], want: [] as string[] },
    { name: 'worded 故本表为空表', sheets: [govFund([], ['注：我单位没有政府性基金预算，故本表为空表'])], want: [] },
    { name: 'an empty table without a note', sheets: [govFund([])], want: ['warning A1'] },
    { name: 'a note that does not say why (a definition)', sheets: [govFund([], ['注：政府性基金是指依照法律向特定对象征收的资金'])], want: ['warning A1'] },
    { name: 'zeros count as empty', sheets: [govFund([[0, 0, 0]])], want: ['warning A1'] },
    { name: 'a table with amounts needs no note', sheets: [govFund([[5, 0, 5]])], want: [] },
  ])('$name', ({ sheets, want }) => {
    expect(brief(findingsOf('empty-table-note', sheets))).toEqual(want);
  });
});

describe('placeholder', () => {
  test.each([
    { name: 'clean', sheets: [govFund([[5, 0, 5]])], want: [] as string[] },
    { name: 'seed 002: 部门名称 洛阳市 XXXX 局', sheets: [govFund([[5, 0, 5]], [], '部门名称: 洛阳市 XXXX 局')], want: ['warning A2'] },
    { name: 'seed 002: 备注 市 xxx 局 in the note', sheets: [govFund([], ['备注: 市 xxx 局 2022 年无政府性基金预算拨款安排的支出,故此表无数据'])], want: ['warning A6'] },
    { name: '×× in a row label', sheets: [withCell(EXPENDITURE_001, 8, 4, '××单位离退休')], want: ['warning E9'] },
    { name: 'a Latin word with xx is not a placeholder', sheets: [withCell(EXPENDITURE_001, 8, 4, 'Linux服务器运维')], want: [] },
    { name: 'a blank 单位名称： line', sheets: [govFund([[5, 0, 5]], [], '单位名称：')], want: ['warning A2'] },
    { name: 'the name on the next line (seed 001 summary) is not blank', sheets: [SUMMARY_001], want: [] },
  ])('$name', ({ sheets, want }) => {
    expect(brief(findingsOf('placeholder', sheets))).toEqual(want);
  });
});

describe('title-year', () => {
  const exp2023 = withCell(EXPENDITURE_001, 0, 0, '2023年单位支出预算表');
  test.each([
    { name: 'one year everywhere', sheets: [SUMMARY_001, EXPENDITURE_001, govFund([[5, 0, 5]])], want: [] as string[] },
    { name: 'one table of another year', sheets: [SUMMARY_001, exp2023, govFund([[5, 0, 5]])], want: ['warning A1'] },
    { name: 'two tables, two years: no majority, nothing reported', sheets: [SUMMARY_001, exp2023], want: [] },
  ])('$name', ({ sheets, want }) => {
    const fs = findingsOf('title-year', sheets);
    expect(brief(fs)).toEqual(want);
    if (want.length) expect(fs[0].sheet).toBe('表三 支出预算表');
  });
});

describe('unit-line', () => {
  test.each([
    { name: 'stated', sheets: [EXPENDITURE_001], want: [] as string[] },
    { name: 'missing', sheets: [withCell(EXPENDITURE_001, 1, 13, _)], want: ['warning A1'] },
  ])('$name', ({ sheets, want }) => {
    expect(brief(findingsOf('unit-line', sheets))).toEqual(want);
  });
});

describe('total-row', () => {
  const noTotal: SheetSpec = { ...EXPENDITURE_001, rows: EXPENDITURE_001.rows.filter((_r, i) => i !== 5) };
  test.each([
    { name: 'with its 合计 row', sheets: [EXPENDITURE_001], want: [] as string[] },
    { name: 'without', sheets: [noTotal], want: ['warning A6'] },
  ])('$name', ({ sheets, want }) => {
    expect(brief(findingsOf('total-row', sheets))).toEqual(want);
  });
});

describe('merge-overlap', () => {
  test('merges the host left out are noted once per sheet; none, nothing', () => {
    const wb = workbook(EXPENDITURE_001);
    expect(checkWorkbook(wb, { rules: ['merge-overlap'] }).findings).toEqual([]);
    wb.sheets[0].ignoredMerges = [{ top: 0, left: 1, bottom: 1, right: 3 }];
    const fs = checkWorkbook(wb, { rules: ['merge-overlap'] }).findings;
    expect(fs.map((f) => [f.severity, f.sheet, f.cells])).toEqual([['info', '表三 支出预算表', ['B1:D2']]]);
  });
});
