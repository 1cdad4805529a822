/**
 * The engine over the fixture workbooks, read through the file host: what the "done when" asks.
 */
import * as path from 'path';
import { checkWorkbook } from '../../src/engine/check';
import type { WorkbookData } from '../../src/engine/model/workbook';
import { WorkbookReadError } from '../../src/hosts/file/errors';
import { readWorkbookFile } from '../../src/hosts/file/node';
import { BAD_INPUTS, FIXTURES } from '../fixtures';

const DIR = path.join(__dirname, '../fixtures/generated');
const ARITHMETIC = new Set(['row-sum', 'column-sum', 'balance', 'form-sum']);
const cache = new Map<string, Promise<WorkbookData>>();
const read = (f: string) => {
  if (!cache.has(f)) cache.set(f, readWorkbookFile(path.join(DIR, f)));
  return cache.get(f)!;
};

const withTables = FIXTURES.filter((f) => f.tables.length > 0);

describe.each(withTables)('$file', (fx) => {
  test('every table recognised with its kind, sheet and unit; the profile picked; nothing missing', async () => {
    const r = checkWorkbook(await read(fx.file));
    expect(r.tables.map((t) => ({ kind: t.kind, sheet: t.sheet, unit: t.unit }))).toEqual(fx.tables);
    expect(r.profile).toBe(fx.profile);
    expect(r.missingTables).toEqual([]);
  });

  test('no arithmetic error (the figures add up)', async () => {
    const r = checkWorkbook(await read(fx.file));
    expect(r.findings.filter((f) => ARITHMETIC.has(f.rule) && f.severity === 'error')).toEqual([]);
  });

  if (fx.clean) {
    test('clean workbook: zero findings of severity error', async () => {
      const r = checkWorkbook(await read(fx.file));
      expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    });
  }
});

const CODE_RULES = new Set(['code-invalid', 'code-unknown', 'code-name', 'outdated-name', 'econ-correspondence', 'econ-column', 'code-missing', 'code-duplicate']);
const code = (f: { rule: string; severity: string; sheet: string | null; cells: string[] }) => `${f.severity} ${f.rule} ${f.sheet} ${f.cells.join(',')}`;

describe('classification on the clean synthetic workbooks', () => {
  test.each(FIXTURES.filter((f) => f.clean && f.tables.length > 0).map((f) => f.file))('%s: every classification row mapped, no code error or warning', async (file) => {
    const r = checkWorkbook(await read(file));
    const rows = r.tables.flatMap((t) => (t.rows ?? []).map((x) => ({ ...x, sheet: t.sheet })));
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.filter((x) => x.matched === 'none' || x.code === null || x.name === null)).toEqual([]);
    expect(r.findings.filter((f) => CODE_RULES.has(f.rule) && f.severity !== 'info').map(code)).toEqual([]);
    expect(r.unitType?.type).not.toBeNull();
  });
});

describe('classification defects of the seeds (docs/DOMAIN.md §6)', () => {
  test('seed 001: 20107 绩效工资, 退休费 without a code, 30103 twice, 30213 → 50502 and 50209 in a 事业单位', async () => {
    const r = checkWorkbook(await read('seed-001.xlsx'));
    expect(r.unitType?.type).toBe('institution');
    expect(r.findings.filter((f) => CODE_RULES.has(f.rule) && f.severity !== 'info').map(code)).toEqual([
      'error code-invalid 表六 一般公共预算基本支出预算表 A7,B7',
      'warning code-duplicate 表六 一般公共预算基本支出预算表 A10,A11',
      'warning code-missing 表六 一般公共预算基本支出预算表 A20,B20',
      'warning econ-correspondence 表七 支出经济分类汇总表 D20,D21',
      'warning econ-correspondence 表七 支出经济分类汇总表 D21,E21,A21,B21',
    ]);
  });

  test('seed 002: 卫生健康 on the old line, 30107/30199/30299 → 505xx in an administrative department, 302 99 商品和服务支出 → 502', async () => {
    const r = checkWorkbook(await read('seed-002.xlsx'));
    expect(r.unitType?.type).toBe('admin');
    const got = r.findings.filter((f) => CODE_RULES.has(f.rule) && f.severity !== 'info').map(code);
    expect(got).toEqual(
      expect.arrayContaining([
        'warning outdated-name 表四 财政拨款收支预算表 C15',
        'warning econ-correspondence 表六 一般公共预算基本支出预算表 C15,A15',
        'warning econ-correspondence 表七 支出经济分类汇总表 D9,E9,A9,B9',
        'warning econ-correspondence 表七 支出经济分类汇总表 D23,E23,A23,B23',
        'warning econ-correspondence 表七 支出经济分类汇总表 D25,E25,A25,B25',
        'error code-name 表七 支出经济分类汇总表 A19,B19,C19',
        'error code-invalid 表七 支出经济分类汇总表 D19',
      ]),
    );
    // the 卫生健康 amount on the old line is mapped to 210, so the cross-checks see it as class 210
    const fiscal = r.tables.find((t) => t.kind === 'fiscal-summary')!;
    expect(fiscal.rows!.find((x) => x.row === 15)).toMatchObject({ code: '210', matched: 'former-name' });
  });
});

describe('between tables, narrative and presentation: the seeds’ defects (docs/DOMAIN.md §6)', () => {
  const got = (fs: { rule: string; severity: string; sheet: string | null; cells: string[] }[], rules: string[]) =>
    fs.filter((f) => rules.includes(f.rule) && f.severity !== 'info').map(code);

  test('seed 001: 其中财政拨款 714.40 vs 827.29; the projects and their targets', async () => {
    const r = checkWorkbook(await read('seed-001.xlsx'));
    expect(got(r.findings, ['summary-revenue', 'projects-links'])).toEqual([
      'error summary-revenue 表二 收入预算表 F6',
      'warning projects-links 表十二 项目支出预算表 B10',
      'error projects-links 表十二 项目支出预算表 D17,B17',
      'warning projects-links 表十三 项目绩效目标表 B7',
    ]);
  });

  test('seed 002: 洛阳市 XXXX 局 and 市 xxx 局 in the gov-fund and state-capital tables; the outdated 卫生健康 line', async () => {
    const r = checkWorkbook(await read('seed-002.xlsx'));
    expect(got(r.findings, ['placeholder'])).toEqual([
      'warning placeholder 表九 政府性基金支出预算表 A2',
      'warning placeholder 表九 政府性基金支出预算表 A7',
      'warning placeholder 表十 国有资本经营支出预算表 A7',
    ]);
    // the amount on the outdated line still counts as 210: no cross-table error from it
    expect(got(r.findings, ['fiscal-summary-links', 'summary-expenditure'])).toEqual([]);
  });

  test.each([
    ['narrative-000.xlsx', ['error narrative-consistency 预算说明 A28', 'error narrative-sum 预算说明 A43']],
    ['narrative-003.xlsx', ['error narrative-sum 预算说明 A41']],
    ['narrative-004.xlsx', ['error narrative-consistency 预算说明 A28', 'error narrative-consistency 预算说明 A49']],
  ])('%s: the narrative’s defects, at their paragraphs', async (file, want) => {
    const r = checkWorkbook(await read(file));
    const errors = r.findings.filter((f) => f.rule.startsWith('narrative-') && f.severity === 'error').map((f) => `${f.severity} ${f.rule} ${f.sheet} ${f.cells[0]}`);
    expect(errors).toEqual(want);
  });

  test('narrative-003.xlsx: 增加/减少 left unresolved is reported', async () => {
    const r = checkWorkbook(await read('narrative-003.xlsx'));
    expect(r.findings.filter((f) => f.rule === 'narrative-template').length).toBeGreaterThanOrEqual(5);
  });
});

describe('the checks bite on the same workbooks', () => {
  test('changing one figure of a clean synthetic workbook is reported at that cell', async () => {
    const wb = structuredClone(await read('synthetic-henan-2024-unit.xlsx'));
    const sheet = wb.sheets.find((s) => s.name === '表三 支出预算表')!;
    // the first 项 row's 合计 (column F)
    const r = sheet.cells.findIndex((row) => row?.[4]?.value === '行政运行');
    sheet.cells[r][5] = { value: Number(sheet.cells[r][5]!.value) + 1 };
    const cell = `F${r + sheet.top + 1}`;
    const errors = checkWorkbook(wb).findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.rule}:${f.cells[0]}`)).toEqual(expect.arrayContaining([`row-sum:${cell}`]));
    expect(errors.some((f) => f.rule === 'column-sum' && f.cells.includes(cell))).toBe(true);
  });

  test('a deleted table is reported missing', async () => {
    const wb = structuredClone(await read('seed-001.xlsx'));
    wb.sheets = wb.sheets.filter((s) => s.name !== '表八 三公经费预算表');
    const r = checkWorkbook(wb);
    expect(r.missingTables).toEqual(['three-public']);
    expect(r.findings.filter((f) => f.rule === 'missing-table').map((f) => [f.severity, f.sheet])).toEqual([['error', null]]);
  });
});

describe('bad input', () => {
  test.each(BAD_INPUTS)('$file gives a clear message', async ({ file, problem }) => {
    await expect(readWorkbookFile(path.join(DIR, file))).rejects.toBeInstanceOf(WorkbookReadError);
    await expect(readWorkbookFile(path.join(DIR, file))).rejects.toMatchObject({ text: { 'zh-CN': expect.anything() } });
    const err = await readWorkbookFile(path.join(DIR, file)).catch((e: WorkbookReadError) => `${e.text['zh-CN']} ${e.text.en}`);
    expect(err).toMatch(problem);
  });

  test('an empty workbook: no table, said once (missing tables are not told from unrecognised ones), no crash', async () => {
    const r = checkWorkbook(await read('bad-empty.xlsx'));
    expect(r.tables).toEqual([]);
    expect(r.findings.filter((f) => f.rule === 'missing-table').map((f) => [f.severity, f.sheet, f.message['zh-CN']])).toEqual([
      ['warning', null, expect.stringContaining('没有识别出任何预算公开表')],
    ]);
  });

  test('error cells and text in number columns are reported at their cells, never read as zero', async () => {
    const r = checkWorkbook(await read('bad-cell-errors.xlsx'));
    const got = r.findings.filter((f) => f.sheet !== null).map((f) => `${f.rule}:${f.cells[0]}`);
    expect(got).toEqual(expect.arrayContaining(['cell-error:F8', 'cell-error:F11', 'text-in-number:G9', 'text-in-number:H10']));
    // no sum through an unreadable cell is claimed wrong
    expect(r.findings.filter((f) => ARITHMETIC.has(f.rule) && f.severity === 'error')).toEqual([]);
  });
});
