import { basicExpenditure, BASIC_ROWS_CLEAN, EXPENDITURE_001 } from '../../test/engine/seed-layouts';
import { workbook } from '../../test/support/sheet';
import { checkWorkbook } from './check';
import type { Finding, WorkbookReport } from './findings';
import { codesAt, entityNameOf, findingGroups, findingsBySheet, messageShape, tablesToOffer, yearOf } from './queries';
import type { TableKind } from './tables/kinds';
import { findProfile } from './tables/profiles';

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

describe('findingGroups: the list a user works through', () => {
  const f = (rule: string, severity: Finding['severity'], sheet: string | null, cell: string, zh: string): Finding => ({ rule, severity, sheet, cells: cell ? [cell] : [], message: { 'zh-CN': zh, en: zh } });
  const unknown = (code: string, cell: string) => f('code-unknown', 'warning', '表三', cell, `编码 ${code} 不在内置目录（2025年版）的支出功能分类中`);
  test('errors first, then warnings, then info; within a severity by sheet order and cell', () => {
    const list = [f('a', 'info', '表一', 'B2', '甲'), f('b', 'warning', '表二', 'A1', '乙'), f('c', 'error', '表二', 'C9', '丙'), f('d', 'error', '表一', 'D20', '丁'), f('e', 'error', '表一', 'D3', '戊')];
    expect(findingGroups(list, ['表一', '表二'], 'zh-CN').map((g) => g.findings[0].message['zh-CN'])).toEqual(['戊', '丁', '丙', '乙', '甲']);
  });
  test('three or more findings of one rule with the same message shape are one group with a count', () => {
    const list = [unknown('2010199', 'A8'), unknown('2050299', 'A9'), unknown('2089999', 'A12'), f('row-sum', 'error', '表三', 'F8', '「事业运行」行：合计 765.39 ≠ 基本支出 221.17 + 项目支出 544.12（差 0.10）')];
    const g = findingGroups(list, ['表三'], 'zh-CN');
    expect(g.map((x) => [x.rule, x.findings.length])).toEqual([
      ['row-sum', 1],
      ['code-unknown', 3],
    ]);
    expect(g[1].findings.map((x) => x.cells[0])).toEqual(['A8', 'A9', 'A12']);
  });
  test('two alike stay as two lines; messages of another shape are not grouped together', () => {
    const list = [unknown('2010199', 'A8'), unknown('2050299', 'A9'), f('code-unknown', 'warning', '表三', 'A10', '编码 301 不在导入的目录中')];
    expect(findingGroups(list, ['表三'], 'zh-CN').map((x) => x.findings.length)).toEqual([1, 1, 1]);
  });
  test('the shape hides figures, codes and quoted names', () => {
    expect(messageShape('「事业运行」行：合计 765.39 ≠ 基本支出 221.17（差 0.10）')).toBe(messageShape('「行政运行」行：合计 1,200.00 ≠ 基本支出 1,100.00（差 100.00）'));
    expect(messageShape('缺少收支预算表')).not.toBe(messageShape('缺少收入预算表'));
  });
  test('missing tables: one line, after the cell findings of their severity', () => {
    const miss = (n: string) => f('missing-table', 'error', null, '', `缺少${n}`);
    const g = findingGroups([miss('收支预算表'), miss('收入预算表'), f('row-sum', 'error', '表三', 'F8', '合计不符'), f('code-unknown', 'warning', '表三', 'A8', '编码')], ['表三'], 'zh-CN');
    expect(g.map((x) => [x.rule, x.findings.length])).toEqual([
      ['row-sum', 1],
      ['missing-table', 2],
      ['code-unknown', 1],
    ]);
  });
});

describe('tablesToOffer', () => {
  const base = { profileAuto: true, findings: [] };
  const table = (kind: TableKind) => ({ kind, sheet: kind, title: kind, unit: null, range: 'A1:B2', rows: [] });
  test('every table of the profile the workbook lacks, confirmed missing or not, in the profile’s order', () => {
    const henan = findProfile('henan-2024-unit')!;
    const rep = { ...base, profile: henan.id, tables: [table('expenditure'), table('summary')], missingTables: [] };
    expect(tablesToOffer(rep)).toEqual(henan.kinds.filter((k) => k !== 'expenditure' && k !== 'summary'));
  });
  test('an unknown profile: the missing tables the report names', () => {
    expect(tablesToOffer({ ...base, profile: 'nowhere', tables: [], missingTables: ['three-public'] })).toEqual(['three-public']);
  });
});
