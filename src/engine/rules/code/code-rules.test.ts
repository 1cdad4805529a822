/**
 * The classification rules, each with cases that must and must not be reported.
 * Rows: [部门 code, name, 政府 code, name, 合计, 人员经费, 公用经费] (seed 001's basic-expenditure layout);
 * the table starts at row 6 (A6) below its 合计 row.
 */
import { BASIC_ROWS_CLEAN, basicExpenditure, economicSummary, EXPENDITURE_001, SUMMARY_001 } from '../../../../test/engine/seed-layouts';
import { brief, findingsOf, withCell } from '../../../../test/support/rules';
import type { SheetSpec, V } from '../../../../test/support/sheet';
import { checkWorkbook } from '../../check';
import { workbook } from '../../../../test/support/sheet';

const _ = undefined;
const basic = (...extra: V[][]) => basicExpenditure([...BASIC_ROWS_CLEAN, ...extra]);
/** An administrative unit: its name says 局 (no function rows in these sheets). */
const adminBasic = (...extra: V[][]) => basicExpenditure([...BASIC_ROWS_CLEAN.filter((r) => String(r[2]).startsWith('509')), ...extra], '表六', '洛阳市某某局');

function run(rule: string, sheets: SheetSpec[]) {
  return brief(findingsOf(rule, sheets));
}

describe('code-invalid', () => {
  test.each([
    { name: 'clean seed 001 basic table', sheets: [basic()], want: [] as string[] },
    { name: 'seed 001: 20107 绩效工资 in the 部门经济分类 column', sheets: [basic(['20107', '绩效工资', '50501', '工资福利支出', 35.19, 35.19, _])], want: ['error A12,B12'] },
    { name: 'a 功能分类 code in the 政府经济分类 column', sheets: [basic(['30199', '其他工资福利支出', '20101', '工资福利支出', 1, 1, _])], want: ['error C12,D12'] },
    { name: 'a 部门 code in the 政府 column', sheets: [basic(['30199', '其他工资福利支出', '30101', '工资福利支出', 1, 1, _])], want: ['error C12,D12'] },
    { name: 'no such class 304', sheets: [basic(['30401', '某某补助', '50999', '其他对个人和家庭补助', 1, 1, _])], want: ['error A12'] },
    { name: 'wrong length 3010', sheets: [basic(['3010', '基本工资', '50501', '工资福利支出', 1, 1, _])], want: ['error A12'] },
    { name: 'an expenditure table: 类 218 does not exist', sheets: [withCell(EXPENDITURE_001, 11, 0, '218')], want: ['error A12,B12,C12'] },
    { name: 'an expenditure table: an economic code in the 类 column', sheets: [withCell(EXPENDITURE_001, 11, 0, '301')], want: ['error A12,B12,C12,E12'] },
    {
      name: 'seed 002: 302 99 mapped to 502 with no 款',
      sheets: [economicSummary([['302', '99', '其他商品和服务支出', '502', _, '机关商品和服务支出', 2.91]])],
      want: ['error D6'],
    },
    { name: 'a 类-level pair on a leaf row is not incomplete', sheets: [economicSummary([['302', _, '商品和服务支出', '502', _, '机关商品和服务支出', 2.91]])], want: [] },
  ])('$name', ({ sheets, want }) => {
    expect(run('code-invalid', sheets)).toEqual(want);
  });

  test('the message names the other classification and the code the name points to', () => {
    const [f] = findingsOf('code-invalid', [basic(['20107', '绩效工资', '50501', '工资福利支出', 35.19, 35.19, _])]);
    expect(f.message['zh-CN']).toBe('编码 20107 填在部门预算经济分类栏，但它是支出功能分类的编码（20107 税收事务）；按名称应为 30107 绩效工资');
  });
});

describe('code-unknown', () => {
  test.each([
    { name: 'known codes', sheets: [basic()], want: [] as string[] },
    { name: '30110 exists, 30198 does not (class 301 exists)', sheets: [basic(['30198', '某某缴费', '50501', '工资福利支出', 1, 1, _])], want: ['warning A12'] },
    { name: 'a structurally invalid code is code-invalid, not unknown', sheets: [basic(['30401', '某某', '50999', '其他对个人和家庭补助', 1, 1, _])], want: [] },
    { name: 'an unknown 项 under a known 款', sheets: [withCell(EXPENDITURE_001, 7, 2, '97')], want: ['warning A8,B8,C8'] },
  ])('$name', ({ sheets, want }) => {
    expect(run('code-unknown', sheets)).toEqual(want);
  });

  test('the message names the catalog and its edition', () => {
    const [f] = findingsOf('code-unknown', [basic(['30198', '某某缴费', '50501', '工资福利支出', 1, 1, _])]);
    expect(f.message['zh-CN']).toContain('内置目录');
    expect(f.message['zh-CN']).toContain('30198');
    expect(f.message.en).toContain('built-in catalog');
  });
});

describe('code-name', () => {
  test.each([
    { name: 'names as in the catalog', sheets: [basic()], want: [] as string[] },
    { name: 'names cut by the layout or with spaces', sheets: [basic(['30108', '机关事业单位基本养 老保险缴费', '50501', '工资福利支出', 1, 1, _])], want: [] },
    { name: 'an accepted alias (50602 资本性支出（基本建设）)', sheets: [economicSummary([['309', '02', '办公设备购置', '506', '02', '资本性支出（基本建设）', 1.5]], '洛龙区政务服务中心')], want: [] },
    { name: 'a different name: warning', sheets: [basic(['30201', '文具采购', '50502', '商品和服务支出', 1, _, 1])], want: ['warning A12,B12'] },
    {
      name: "seed 002: 30299 named 商品和服务支出, the name of class 302: error",
      sheets: [economicSummary([['302', '99', '商品和服务支出', '502', '99', '其他商品和服务支出', 2.91]])],
      want: ['error A6,B6,C6'],
    },
    { name: 'the name of a sibling 项 (行政运行 on 2010350): error', sheets: [withCell(EXPENDITURE_001, 7, 4, '行政运行')], want: ['error A8,B8,C8,E8'] },
    { name: 'the 政府 name column is compared too', sheets: [basic(['30199', '其他工资福利支出', '50501', '办公经费', 1, 1, _])], want: ['error C12,D12'] },
  ])('$name', ({ sheets, want }) => {
    expect(run('code-name', sheets)).toEqual(want);
  });
});

describe('outdated-name', () => {
  // seed 002's 财政拨款收支预算表 expense side: （九）医疗卫生与计划生育支出 above （十）卫生健康支出
  const fiscal = (old: V, current: V): SheetSpec => ({
    name: '表四 财政拨款收支预算表',
    rows: [
      ['2022年财政拨款收支预算表'],
      ['部门名称:洛阳市孟津区政务服务和大数据管理局', _, _, '单位:万元'],
      ['收入', _, '支出'],
      ['项目', '金额', '项目', '合计'],
      ['一、本年收入', 21.25, '一、本年支出', 21.25],
      ['(一)一般公共预算拨款', 21.25, '(一)一般公共服务支出', _],
      [_, _, '(九)医疗卫生与计划生育支出', old],
      [_, _, '(十)卫生健康支出', current],
      ['收入合计', 21.25, '支出合计', 21.25],
    ],
    merges: ['A3:B3', 'C3:D3'],
  });
  test.each([
    { name: 'seed 002: the amount on the old line beside the current one: warning', sheets: [fiscal(21.25, _)], want: ['warning C7'] },
    { name: 'the old line left empty beside the current one: info', sheets: [fiscal(_, 21.25)], want: ['info C7'] },
    { name: 'current names only', sheets: [SUMMARY_001], want: [] as string[] },
  ])('$name', ({ sheets, want }) => {
    expect(run('outdated-name', sheets)).toEqual(want);
  });

  test('the amount on the old line still counts as class 210 in the mapping', () => {
    const r = checkWorkbook(workbook(fiscal(21.25, _)));
    const rows = r.tables[0].rows!;
    expect(rows.find((x) => x.row === 7)).toMatchObject({ code: '210', matched: 'former-name', name: '卫生健康支出' });
    expect(rows.find((x) => x.row === 8)).toMatchObject({ code: '210', matched: 'name' });
  });
});

describe('econ-correspondence', () => {
  test.each([
    { name: '事业单位 (seed 001): 301 → 50501, 302 → 50502, 303 → 50905', sheets: [basic()], want: [] as string[] },
    { name: '行政单位: 30101 → 50101 fits', sheets: [adminBasic(['30101', '基本工资', '50101', '工资奖金津补贴', 1, 1, _])], want: [] },
    { name: 'seed 002: 30107 → 50501 in an administrative unit: warning', sheets: [adminBasic(['30107', '绩效工资', '50501', '工资福利支出', 60.56, 60.56, _])], want: ['warning C7,A7'] },
    { name: '30106 → 50905 fits neither: error', sheets: [basic(['30106', '伙食补助费', '50905', '离退休费', 1, 1, _])], want: ['error C12,A12'] },
    { name: '30107 → 50905 beside 30107 → 50501: error, and mapped two ways', sheets: [basic(['30107', '绩效工资', '50905', '离退休费', 1, 1, _])], want: ['warning C7,C12', 'error C12,A12'] },
    {
      name: 'seed 001: 30213 → 50502 and 50209 in a 事业单位',
      sheets: [
        economicSummary(
          [
            ['302', '13', '维修（护）费', '505', '02', '商品和服务支出', 10.9],
            ['302', '13', '维修（护）费', '502', '09', '维修（护）费', 13],
            ['301', '01', '基本工资', '505', '01', '工资福利支出', 5],
            ['208', '05', '事业运行', _, _, _, _],
          ],
          '洛龙区政务服务中心',
        ),
      ],
      want: ['warning D6,D7', 'warning D7,E7,A7,B7'],
    },
  ])('$name', ({ sheets, want }) => {
    expect(run('econ-correspondence', sheets)).toEqual(want);
  });

  test('the unit type set by the user wins over the inferred one', () => {
    const sheets = [basic(['30106', '伙食补助费', '50101', '工资奖金津补贴', 1, 1, _])];
    expect(brief(checkWorkbook(workbook(...sheets), { rules: ['econ-correspondence'] }).findings)).toEqual(['warning C12,A12']);
    expect(brief(checkWorkbook(workbook(...sheets), { rules: ['econ-correspondence'], unitType: 'admin' }).findings)).toEqual(['warning C6,A6', 'warning C7,A7', 'warning C8,A8', 'warning C9,A9', 'warning C10,A10']);
  });
});

describe('econ-column', () => {
  test.each([
    { name: 'clean', sheets: [basic()], want: [] as string[] },
    { name: '302 办公费 under 人员经费: error', sheets: [basic(['30202', '印刷费', '50502', '商品和服务支出', 2, 2, _])], want: ['error F12,A12'] },
    { name: '301 under 公用经费: error', sheets: [basic(['30113', '住房公积金', '50501', '工资福利支出', 2, _, 2])], want: ['error G12,A12'] },
    { name: 'a zero under the wrong group is not reported', sheets: [basic(['30202', '印刷费', '50502', '商品和服务支出', 2, 0, 2])], want: [] },
  ])('$name', ({ sheets, want }) => {
    expect(run('econ-column', sheets)).toEqual(want);
  });
});

describe('code-missing', () => {
  test.each([
    { name: 'clean', sheets: [basic()], want: [] as string[] },
    { name: 'seed 001: 退休费 with no 部门 code', sheets: [basic([_, '退休费', '50905', '离退休费', 1.13, 1.13, _])], want: ['warning A12,B12'] },
    { name: 'a row without an amount is not reported', sheets: [basic([_, '退休费', '50905', '离退休费', _, _, _])], want: [] },
    { name: 'an expenditure row with a name and no 类/款/项', sheets: [withCell(withCell(withCell(EXPENDITURE_001, 8, 0, _), 8, 1, _), 8, 2, _)], want: ['warning A9,E9'] },
  ])('$name', ({ sheets, want }) => {
    expect(run('code-missing', sheets)).toEqual(want);
  });

  test('the message suggests the code the name points to', () => {
    const [f] = findingsOf('code-missing', [basic([_, '退休费', '50905', '离退休费', 1.13, 1.13, _])]);
    expect(f.message['zh-CN']).toBe('「退休费」有金额但没有部门预算经济分类编码（按名称应为 30302 退休费）');
  });
});

describe('code-duplicate', () => {
  test.each([
    { name: 'clean', sheets: [basic()], want: [] as string[] },
    { name: 'seed 001: 30103 奖金 twice', sheets: [basic(['30103', '奖金', '50501', '工资福利支出', 12.99, 12.99, _])], want: ['warning A9,A12'] },
    { name: 'the same 部门 code to two 政府 codes is not a duplicate row', sheets: [basic(['30103', '奖金', '50101', '工资奖金津补贴', 12.99, 12.99, _])], want: [] },
  ])('$name', ({ sheets, want }) => {
    expect(run('code-duplicate', sheets)).toEqual(want);
  });

  test('the same 项 under two units of a department is not a duplicate', () => {
    const dept: SheetSpec = {
      name: '支出',
      rows: [
        ['2024年部门支出预算表'],
        ['科目编码', _, _, '单位代码', '单位(科目名称)', '合计'],
        ['类', '款', '项'],
        [_, _, _, _, '合计', 30],
        [_, _, _, '605001', '某局本级', 10],
        ['201', '03', '01', _, '行政运行', 10],
        [_, _, _, '605002', '某中心', 20],
        ['201', '03', '01', _, '行政运行', 20],
      ],
      merges: ['A2:C2', 'D2:D3', 'E2:E3', 'F2:F3'],
    };
    expect(run('code-duplicate', [dept])).toEqual([]);
    expect(run('code-duplicate', [withCell(dept, 6, 3, _)])).toEqual(['warning A6,A8']);
  });
});
