/**
 * Workbooks for the Office host tests: budget-like sheets (a merged title, a unit line, a header,
 * code / name / amount rows with a SUM total) built as fake Excel input.
 */
import { OfficeHost } from '../../src/hosts/office';
import { createFakeExcel, type FakeExcel, type FakeExcelOptions, type FakeSheetInput } from '../fakes/excel';

const TITLES = [
  '收支预算总表',
  '收入预算表',
  '支出预算表',
  '财政拨款收支预算总表',
  '一般公共预算支出预算表',
  '一般公共预算基本支出预算表',
  '支出经济分类汇总表',
  '一般公共预算“三公”经费预算表',
  '政府性基金预算支出预算表',
  '国有资本经营预算支出预算表',
  '机关运行经费预算表',
  '项目支出预算表',
  '项目绩效目标表',
];

/** Sheet i: rows 1–3 title/unit/header, then `rows` data rows, then a SUM total row. */
export function budgetSheet(i: number, rows = 12): FakeSheetInput {
  const title = `${TITLES[i % TITLES.length]}${i >= TITLES.length ? `（${Math.floor(i / TITLES.length) + 1}）` : ''}`;
  const cells: FakeSheetInput['cells'] = [
    [`2024年${title}`],
    [null, null, null, '单位：万元'],
    ['科目编码', '科目名称', '基本支出', '项目支出', '合计'],
  ];
  for (let r = 0; r < rows; r++) {
    const excelRow = 4 + r;
    const basic = Math.round((r + 1) * 13.37 * 100) / 100;
    const project = Math.round((r + 2) * 7.11 * 100) / 100;
    cells.push([
      `${2010350 + r}`,
      `科目${r + 1}`,
      { value: basic, numFmt: '#,##0.00' },
      { value: project, numFmt: '#,##0.00' },
      { formula: `=C${excelRow}+D${excelRow}`, numFmt: '#,##0.00' },
    ]);
  }
  const last = 3 + rows;
  cells.push([
    '合计',
    null,
    { formula: `=SUM(C4:C${last})`, numFmt: '#,##0.00' },
    { formula: `=SUM(D4:D${last})`, numFmt: '#,##0.00' },
    { formula: `=SUM(E4:E${last})`, numFmt: '#,##0.00' },
  ]);
  return { name: `表${i + 1} ${TITLES[i % TITLES.length]}`.slice(0, 31).replace(/[“”]/g, ''), cells, merges: ['A1:E1', `A${last + 1}:B${last + 1}`] };
}

export function budgetWorkbook(sheets: number, options?: FakeExcelOptions, rows = 12): FakeExcel {
  return createFakeExcel({ sheets: Array.from({ length: sheets }, (_, i) => budgetSheet(i, rows)) }, options);
}

export function hostOn(fake: FakeExcel): OfficeHost {
  return new OfficeHost({ run: fake.run, isSetSupported: fake.isSetSupported });
}
