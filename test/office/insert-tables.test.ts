/**
 * OfficeHost.insertTables through the fake Excel: the missing tables of a profile (or a chosen set),
 * never a second copy of a table the workbook holds, the year / name / unit of the workbook, sheets
 * placed by the template's numbering, and an insert that fails part way leaves nothing behind.
 */
import { recognizeWorkbook } from '../../src/engine/recognize';
import type { TableKind } from '../../src/engine/tables/kinds';
import { buildTemplate, buildTemplates, templatesToWorkbook } from '../../src/engine/templates';
import { createFakeExcel } from '../fakes/excel';
import { fillTemplates } from '../support/template-fill';
import { hostOn } from './support';

const NAME = '某区政务服务中心';
const OPTS = { profile: 'henan-2024-unit', year: 2023, unitName: '', unit: '万元' as const, level: 'unit' as const };

/** A filled Henan 2024 unit workbook (year 2023) without `without`, after a narrative sheet. */
function workbookWithout(without: TableKind[]) {
  const ts = fillTemplates(buildTemplates(OPTS), NAME, 2023).filter((t) => !without.includes(t.kind));
  const wb = templatesToWorkbook(ts);
  return createFakeExcel({ sheets: [{ name: '说明', cells: [['预算说明']] }, ...wb.sheets] });
}

describe('OfficeHost.insertTables', () => {
  test('inserts only the missing tables, each after the table numbered before it, with the workbook\'s year, name and unit', async () => {
    const fake = workbookWithout(['expenditure', 'three-public', 'project-performance']);
    const before = fake.sheetNames();
    const res = await hostOn(fake).insertTables({ profile: 'henan-2024-unit' });
    expect(res.inserted.map((x) => x.kind)).toEqual(['expenditure', 'three-public', 'project-performance']);
    expect(res.inserted.map((x) => x.sheet)).toEqual(['表三 支出预算表', '表八 三公经费预算表', '表十三 项目绩效目标表']);
    expect(res.present.map((x) => x.kind)).toEqual(['summary', 'revenue', 'fiscal-summary', 'general-budget', 'basic-expenditure', 'economic-summary', 'gov-fund', 'state-capital', 'operating-funds', 'projects']);
    expect([res.year, res.unitName]).toEqual([2023, NAME]);
    const names = fake.sheetNames();
    expect(names).toEqual([
      '说明',
      '表一 收支预算表',
      '表二 收入预算表',
      '表三 支出预算表',
      '表四 财政拨款收支预算表',
      '表五 一般公共预算支出预算表',
      '表六 基本支出预算表',
      '表七 支出经济分类汇总表',
      '表八 三公经费预算表',
      '表九 政府性基金支出预算表',
      '表十 国有资本经营支出预算表',
      '表十一 机构运转经费预算表',
      '表十二 项目支出预算表',
      '表十三 项目绩效目标表',
    ]);
    // nothing that was there changed place relative to the rest
    expect(names.filter((n) => before.includes(n))).toEqual(before);
    expect(fake.value('表三 支出预算表', 'A1')).toBe('2023年单位支出预算表');
    expect(fake.value('表三 支出预算表', 'A2')).toBe(`单位名称：${NAME}`);
    expect(fake.value('表三 支出预算表', 'N2')).toBe('单位：万元');
    // the inserted tables are recognised as what they are
    const tables = recognizeWorkbook(await hostOn(fake).readWorkbook());
    expect(tables.map((t) => t.kind).sort()).toEqual(buildTemplates(OPTS).map((t) => t.kind).sort());
  });

  test('a chosen set: a table the workbook holds is reported, not inserted again; a table of another set comes after the set\'s own', async () => {
    const fake = workbookWithout([]);
    const n = fake.sheetNames().length;
    const res = await hostOn(fake).insertTables({ profile: 'henan-2024-unit', kinds: ['summary', 'overall-performance'] });
    expect(res.present).toEqual([{ kind: 'summary', sheet: '表一 收支预算表' }]);
    expect(res.inserted).toEqual([{ kind: 'overall-performance', sheet: '表十四 整体绩效目标表' }]);
    expect(fake.sheetNames()).toHaveLength(n + 1);
    expect(fake.sheetNames()[n]).toBe('表十四 整体绩效目标表');
    // once more: nothing left to insert, nothing touched
    const again = await hostOn(fake).insertTables({ profile: 'henan-2024-unit' });
    expect(again.inserted).toEqual([]);
    expect(fake.sheetNames()).toHaveLength(n + 1);
  });

  test('an empty workbook gets the whole set in order, with the year and name asked for, print setup and frozen header', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'Sheet1' }] });
    const res = await hostOn(fake).insertTables({ profile: 'shanghai-2026-dept', year: 2026, unitName: '某区某街道办事处' });
    expect(res.inserted.map((x) => x.kind)).toEqual(['summary', 'revenue', 'expenditure', 'fiscal-summary', 'general-budget', 'gov-fund', 'state-capital', 'basic-expenditure', 'three-public']);
    expect(fake.sheetNames()).toEqual(['Sheet1', ...res.inserted.map((x) => x.sheet)]);
    expect(fake.value('部门收支总表', 'A1')).toBe('2026年部门财务收支预算总表');
    expect(fake.value('部门收支总表', 'A2')).toBe('编制部门：某区某街道办事处');
    const t = buildTemplate('summary', { ...OPTS, profile: 'shanghai-2026-dept', year: 2026 });
    expect(fake.frozenRows('部门收支总表')).toBe(t.freezeRows);
    expect(fake.sheet('部门收支总表').pageLayout).toMatchObject({ orientation: 'Landscape', paperSize: 'A4', centerHorizontally: true });
  });

  test('Excel below ExcelApi 1.9 gets the tables without the print setup it cannot set', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'Sheet1' }] }, { excelApi: '1.8' });
    const res = await hostOn(fake).insertTables({ profile: 'mof-9' });
    expect(res.inserted).toHaveLength(9);
    expect(fake.sheet(res.inserted[0].sheet).pageLayout.orientation).toBe('Portrait');
  });

  test('an unknown profile is refused before anything is read or written', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'Sheet1' }] });
    await expect(hostOn(fake).insertTables({ profile: 'henan-2099' })).rejects.toThrow(/henan-2099/);
    expect(fake.syncs).toBe(0);
  });
});

describe('a write that fails part way', () => {
  test('removes the sheets it added and rethrows; the workbook is as it was', async () => {
    const fake = createFakeExcel({ sheets: [{ name: '收支预算表', cells: [['原有']] }] });
    const good = buildTemplate('summary', OPTS);
    const bad = { ...buildTemplate('revenue', OPTS), rows: [[{ formula: '=SUM(', style: 'total' as const }]] };
    await expect(hostOn(fake).addSheets([good, bad])).rejects.toThrow();
    expect(fake.sheetNames()).toEqual(['收支预算表']);
    expect(fake.value('收支预算表', 'A1')).toBe('原有');
  });
});
