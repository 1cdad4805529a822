import { basicExpenditure, BASIC_ROWS_CLEAN, EXPENDITURE_001 } from '../../test/engine/seed-layouts';
import { workbook } from '../../test/support/sheet';
import { checkWorkbook } from './check';
import type { Finding, WorkbookReport } from './findings';
import { codesAt, entityNameOf, findingsBySheet, yearOf } from './queries';

const BASIC = '表六 一般公共预算基本支出预算表';
const EXPENDITURE = '表三 支出预算表';
const checked = checkWorkbook(workbook(EXPENDITURE_001, basicExpenditure(BASIC_ROWS_CLEAN)));
const bare: WorkbookReport = { profile: 'mof-9', profileAuto: false, tables: [], missingTables: [], findings: [] };

const codes = (sheet: string, cell: string) => codesAt(checked, { sheet, cell })?.map((c) => `${c.scheme} ${c.code} ${c.level} ${c.name} ${c.matched}`);

describe('codesAt', () => {
  test('the codes of the row of the cell (A1 rows are 1-based, sheet rows 0-based)', () => {
    expect(codes(EXPENDITURE, 'B8')).toEqual(['fn 2010350 item 事业运行 code']);
    expect(codes(EXPENDITURE, 'E9')).toEqual(['fn 2080502 item 事业单位离退休 code']);
    expect(codes(BASIC, 'E7')).toEqual(['econ 30107 kind 绩效工资 code', 'gov 50501 kind 工资福利支出 code']);
  });

  test('[] for a row without codes, a cell below the table, or a sheet of another table', () => {
    expect(codes(EXPENDITURE, 'E6')).toEqual([]);
    expect(codes(EXPENDITURE, 'B40')).toEqual([]);
    expect(codes('Sheet9', 'B8')).toEqual([]);
  });

  test('null without row mappings or for an address that is not one cell', () => {
    expect(codesAt(bare, { sheet: EXPENDITURE, cell: 'B8' })).toBeNull();
    expect(codesAt(checked, { sheet: EXPENDITURE, cell: 'B8:C9' })).toBeNull();
  });
});

describe('yearOf', () => {
  const titled = (...titles: string[]): WorkbookReport => ({
    ...bare,
    tables: titles.map((title) => ({ kind: 'expenditure', sheet: 'S', title, unit: null, range: 'A1:B2' })),
  });

  test('the first year found in a title', () => {
    expect(yearOf(checked)).toBe(2024);
    expect(yearOf(titled('单位支出预算表', '2026年部门收支总表', '2025年单位支出预算表'))).toBe(2026);
  });

  test('null when no title states a year', () => {
    expect(yearOf(bare)).toBeNull();
    expect(yearOf(titled('单位支出预算表'))).toBeNull();
  });
});

describe('entityNameOf', () => {
  test('the first 单位名称 a table states; null without the tables model', () => {
    expect(entityNameOf(checked)).toBe('洛龙区政务服务中心(本级)');
    expect(entityNameOf(bare)).toBeNull();
  });
});

describe('findingsBySheet', () => {
  const f = (sheet: string | null, rule: string): Finding => ({ rule, severity: 'error', sheet, cells: [], message: { 'zh-CN': rule, en: rule } });

  test('grouped by sheet in the order the sheets first come; workbook-level ones under ""', () => {
    const grouped = findingsBySheet([f(null, 'a'), f('表三', 'b'), f('表一', 'c'), f('表三', 'd')]);
    expect(grouped.map(([sheet, list]) => [sheet, list.map((x) => x.rule)])).toEqual([
      ['', ['a']],
      ['表三', ['b', 'd']],
      ['表一', ['c']],
    ]);
    expect(findingsBySheet([])).toEqual([]);
  });
});
