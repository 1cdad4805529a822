/**
 * The command-line contract (docs/CONTRACT.md), independent of what the engine recognises: the engine is
 * injected (a fake check) wherever the outcome matters, so these tests hold whatever the rules say.
 */
import ExcelJS from 'exceljs';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { expandInput } from '../../src/cli/files';
import { run, type CliIO } from '../../src/cli/run';
import { cliIO } from '../support/cli';
import type { CheckOptions } from '../../src/engine/check';
import type { Finding, WorkbookReport } from '../../src/engine/findings';
import type { WorkbookData } from '../../src/engine/model/workbook';
import { PROFILE_IDS } from '../../src/engine/tables/profiles';
import { HostError } from '../../src/hosts/errors';
import { readCatalogFile } from '../../src/hosts/file/node';
import { checkWorkbook } from '../../src/engine/check';

const ROOT = path.resolve(__dirname, '../..');
let dir: string;
const p = (...parts: string[]) => path.join(dir, ...parts);

async function writeBook(file: string, sheetName: string) {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet(sheetName).getCell('A1').value = sheetName;
  await wb.xlsx.writeFile(file);
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-cli-'));
  fs.mkdirSync(p('folder', 'sub'), { recursive: true });
  fs.mkdirSync(p('folder', '.hidden'));
  fs.mkdirSync(p('empty'));
  await writeBook(p('clean.xlsx'), 'clean');
  await writeBook(p('wrong.xlsx'), 'wrong');
  await writeBook(p('folder', 'b.xlsx'), 'b');
  await writeBook(p('folder', 'A.XLSX'), 'A');
  await writeBook(p('folder', 'sub', 'a.xlsx'), 'sub-a');
  await writeBook(p('folder', '.hidden', 'h.xlsx'), 'hidden');
  fs.writeFileSync(p('folder', '~$b.xlsx'), 'Excel lock file');
  fs.writeFileSync(p('folder', 'notes.csv'), 'a,b\n');
  fs.writeFileSync(p('folder', 'sub', 'corrupt.xlsx'), Buffer.from('PK\x03\x04 truncated'));
  fs.writeFileSync(p('old.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const msg = (zh: string, en: string) => ({ 'zh-CN': zh, en });

function finding(over: Partial<Finding>): Finding {
  return { rule: 'row-sum', severity: 'warning', sheet: '表三', cells: ['E6', 'F6'], message: msg('行不平', 'row does not add up'), ...over };
}

function report(findings: Finding[], over: Partial<WorkbookReport> = {}): WorkbookReport {
  return {
    profile: 'henan-2024-unit',
    profileAuto: true,
    tables: [{ kind: 'expenditure', sheet: '表三', title: '2024年单位支出预算表', unit: '万元', range: 'A1:K20' }],
    missingTables: ['three-public'],
    findings,
    ...over,
  };
}

/** A fake engine: the report per first sheet name of the workbook; records the options it got. */
function fakeCheck(bySheet: Record<string, WorkbookReport>, calls: CheckOptions[] = []) {
  return (wb: WorkbookData, o: CheckOptions): WorkbookReport => {
    calls.push(o);
    return bySheet[wb.sheets[0]?.name] ?? report([]);
  };
}

const CLEAN = report([finding({ severity: 'warning' }), finding({ severity: 'info', rule: 'rounding' })]);
const WRONG = report([
  finding({ rule: 'missing-table', severity: 'error', sheet: null, cells: [], message: msg('缺少三公经费预算表', 'Missing table: three public') }),
  finding({ severity: 'error', expected: 765.29, actual: 775.29 }),
  finding({ severity: 'warning', sheet: '表一', cells: ['B7'], message: msg('表一的问题', 'a sheet-one problem') }),
  finding({ severity: 'info', cells: ['G9'], message: msg('取整差异', 'rounding') }),
]);

const io = (extra: Partial<CliIO> = {}) => cliIO({ check: fakeCheck({ clean: CLEAN, wrong: WRONG }), ...extra });

describe('--format json', () => {
  test('exactly one JSON document on stdout, in the contract shape; progress only on stderr', async () => {
    const t = io();
    const code = await run(['--format', 'json', p('clean.xlsx'), p('wrong.xlsx')], t.cli);
    expect(code).toBe(1);
    expect(t.out).toHaveLength(1); // written once, at the end
    expect(t.stdout().endsWith('}\n')).toBe(true);
    const doc = JSON.parse(t.stdout());
    expect(Object.keys(doc)).toEqual(['tool', 'files']);
    expect(doc.tool).toEqual({ name: 'budget-check', version: '9.9.9' });
    expect(doc.files.map((f: { file: string }) => f.file)).toEqual([p('clean.xlsx'), p('wrong.xlsx')]);
    const w = doc.files[1];
    expect(Object.keys(w)).toEqual(['file', 'profile', 'tables', 'missingTables', 'findings']);
    expect(w.profile).toBe('henan-2024-unit');
    expect(w.tables).toEqual([{ kind: 'expenditure', sheet: '表三', title: '2024年单位支出预算表', unit: '万元', rows: [] }]);
    expect(w.missingTables).toEqual(['three-public']);
    expect(w.findings[0]).toEqual({ rule: 'missing-table', severity: 'error', sheet: null, cells: [], message: '缺少三公经费预算表' });
    expect(w.findings[1]).toEqual({ rule: 'row-sum', severity: 'error', sheet: '表三', cells: ['E6', 'F6'], message: '行不平', expected: 765.29, actual: 775.29 });
    expect(w.findings[2]).not.toHaveProperty('expected');
    expect(t.stderr()).toContain(`1/2: ${p('clean.xlsx')}`);
    expect(t.stderr()).toContain(`2/2: ${p('wrong.xlsx')}`);
  });

  test('--lang en picks the English message', async () => {
    const t = io();
    await run(['--format=json', '--lang=en', p('wrong.xlsx')], t.cli);
    const f = JSON.parse(t.stdout()).files[0];
    expect(f.findings.map((x: { message: string }) => x.message)).toEqual(['Missing table: three public', 'row does not add up', 'a sheet-one problem', 'rounding']);
  });

  test('an unreadable file has "error" and no findings; the others are still reported; exit 2', async () => {
    const t = io();
    const code = await run(['--format', 'json', p('wrong.xlsx'), p('folder', 'sub', 'corrupt.xlsx'), p('clean.xlsx')], t.cli);
    expect(code).toBe(2); // 2 wins over the error finding in wrong.xlsx
    const doc = JSON.parse(t.stdout());
    expect(doc.files.map((f: { file: string }) => path.basename(f.file))).toEqual(['wrong.xlsx', 'corrupt.xlsx', 'clean.xlsx']);
    const bad = doc.files[1];
    expect(bad.error).toMatch(/损坏/);
    expect(bad).not.toHaveProperty('profile');
    expect(bad.findings).toEqual([]);
    expect(doc.files[0].findings).toHaveLength(4);
    expect(doc.files[2].findings).toHaveLength(2);
  });

  test('missing files and legacy .xls get a clear error in the chosen language', async () => {
    const t = io();
    expect(await run(['--format', 'json', '--lang', 'en', p('nope.xlsx'), p('old.xls')], t.cli)).toBe(2);
    const [missing, old] = JSON.parse(t.stdout()).files;
    expect(missing).toMatchObject({ file: p('nope.xlsx'), error: expect.stringContaining('File not found'), findings: [] });
    expect(old.error).toMatch(/legacy \.xls or an encrypted workbook/);
    const z = io();
    await run(['--format', 'json', p('old.xls')], z.cli);
    expect(JSON.parse(z.stdout()).files[0].error).toContain('旧版 .xls 或加密的工作簿');
  });

  test('an engine failure on one file is reported for that file (exit 2), not a crash', async () => {
    const t = io({
      check: (wb) => {
        if (wb.sheets[0].name === 'wrong') throw new Error('boom');
        return CLEAN;
      },
    });
    expect(await run(['--format', 'json', p('wrong.xlsx'), p('clean.xlsx')], t.cli)).toBe(2);
    const doc = JSON.parse(t.stdout());
    expect(doc.files[0].error).toContain('boom');
    expect(doc.files[1].findings).toHaveLength(2);
  });
});

describe('exit status from the findings', () => {
  test('0 when no finding is an error, 1 when one is', async () => {
    expect(await run([p('clean.xlsx')], io().cli)).toBe(0);
    expect(await run([p('wrong.xlsx')], io().cli)).toBe(1);
    expect(await run([p('clean.xlsx'), p('wrong.xlsx')], io().cli)).toBe(1);
    expect(await run(['--format', 'json', p('clean.xlsx')], io({ check: () => report([]) }).cli)).toBe(0);
  });
});

describe('folders', () => {
  test('every .xlsx inside, recursively, sorted by path; lock files, hidden folders and other types skipped', async () => {
    expect(await expandInput(p('folder'))).toEqual([p('folder', 'A.XLSX'), p('folder', 'b.xlsx'), p('folder', 'sub', 'a.xlsx'), p('folder', 'sub', 'corrupt.xlsx')]);
    expect(await expandInput(p('clean.xlsx'))).toEqual([p('clean.xlsx')]);
    await expect(expandInput(p('nowhere'))).rejects.toMatchObject({ code: 'not-found' });
  });

  test('a folder argument is expanded in place among the other inputs', async () => {
    const t = io();
    const code = await run(['--format', 'json', p('wrong.xlsx'), p('folder'), p('clean.xlsx')], t.cli);
    const files = JSON.parse(t.stdout()).files.map((f: { file: string }) => path.relative(dir, f.file));
    expect(files).toEqual(['wrong.xlsx', path.join('folder', 'A.XLSX'), path.join('folder', 'b.xlsx'), path.join('folder', 'sub', 'a.xlsx'), path.join('folder', 'sub', 'corrupt.xlsx'), 'clean.xlsx']);
    expect(code).toBe(2);
  });

  test('a folder without .xlsx files is an error for that argument', async () => {
    const t = io();
    expect(await run(['--format', 'json', p('empty'), p('clean.xlsx')], t.cli)).toBe(2);
    const doc = JSON.parse(t.stdout());
    expect(doc.files[0]).toMatchObject({ file: p('empty'), error: expect.stringContaining('没有 .xlsx'), findings: [] });
    expect(doc.files[1].findings).toHaveLength(2);
  });
});

describe('options', () => {
  test('--profile is validated against the profiles and passed to the engine', async () => {
    for (const id of ['auto', ...PROFILE_IDS]) {
      const calls: CheckOptions[] = [];
      expect(await run(['--quiet', '--profile', id, p('clean.xlsx')], io({ check: fakeCheck({}, calls) }).cli)).toBe(0);
      expect(calls).toEqual([{ profile: id, catalog: null, unitType: 'auto' }]);
    }
    const calls: CheckOptions[] = [];
    await run([p('clean.xlsx')], io({ check: fakeCheck({}, calls) }).cli);
    expect(calls).toEqual([{ profile: 'auto', catalog: null, unitType: 'auto' }]);
  });

  test.each([
    [['a.xlsx', '--out'], /选项 --out 需要一个值[\s\S]*Option --out needs a value/],
    [['a.xlsx', '--annotate'], /Option --annotate needs a value/],
    [['--format', 'pdf', 'a.xlsx'], /（可用：text、json、html）[\s\S]*Unknown format: pdf \(use text, json or html\)/],
    [['--unit-type', 'school', 'a.xlsx'], /单位类型[\s\S]*unit type/],
    [['--bogus', 'a.xlsx'], /未知的选项：--bogus[\s\S]*Unknown option: --bogus/],
    [['--profile', 'nowhere', 'a.xlsx'], /未知的模板[\s\S]*Unknown profile: nowhere \(use one of auto, henan-2024-unit/],
    [['--profile'], /needs a value/],
    [['--profile', '--lang', 'en', 'a.xlsx'], /--profile needs a value/],
    [['--lang', 'fr', 'a.xlsx'], /未知的语言[\s\S]*Unknown language: fr/],
    [['--format', 'xml', 'a.xlsx'], /Unknown format: xml/],
    [[], /请给出要审核的 \.xlsx 文件或文件夹[\s\S]*Give the \.xlsx files/],
    [['--quiet'], /Give the \.xlsx files/],
  ])('bad usage %j → exit 2, message in zh-CN and en on stderr, nothing on stdout', async (argv, pattern) => {
    const calls: CheckOptions[] = [];
    const t = io({ check: fakeCheck({}, calls) });
    expect(await run(argv as string[], t.cli)).toBe(2);
    expect(t.stderr()).toMatch(pattern);
    expect(t.stderr()).toContain('--help');
    expect(t.stdout()).toBe('');
    expect(calls).toEqual([]);
  });

  test('--help lists the options and profiles (in the --lang language); --version the version', async () => {
    const zh = io();
    expect(await run(['--help'], zh.cli)).toBe(0);
    expect(zh.stdout()).toContain('用法');
    for (const id of PROFILE_IDS) expect(zh.stdout()).toContain(id);
    const en = io();
    expect(await run(['--lang', 'en', '-h'], en.cli)).toBe(0);
    expect(en.stdout()).toMatch(/^Usage: budget-check/);
    expect(en.stdout()).toContain('--format text|json');
    const v = io();
    expect(await run(['--version'], v.cli)).toBe(0);
    expect(v.stdout()).toBe('9.9.9\n');
  });

  test('"--" ends the options', async () => {
    const t = io();
    await run(['--format', 'json', '--', '--not-an-option.xlsx'], t.cli);
    expect(JSON.parse(t.stdout()).files[0]).toMatchObject({ file: '--not-an-option.xlsx', error: expect.any(String) });
  });
});

describe('--format text', () => {
  test('per file: profile, tables found, tables missing, counts, then findings grouped by sheet', async () => {
    const t = io();
    await run([p('wrong.xlsx')], t.cli);
    const lines = t.stdout().split('\n');
    const at = (s: string) => lines.findIndex((l) => l.includes(s));
    expect(lines[0]).toBe(`== 文件：${p('wrong.xlsx')}`);
    expect(lines[1]).toBe('  模板：henan-2024-unit 河南 2024 单位预算（13 表）（自动判断）');
    expect(lines[2]).toBe('  识别到的表（1）：');
    expect(lines[3]).toContain('支出预算表 [expenditure]');
    expect(lines[3]).toContain('「表三」');
    expect(lines[3]).toContain('万元');
    expect(lines[4]).toMatch(/^ {2}缺少的表：\S+ \[three-public\]$/);
    expect(lines[5]).toBe('  问题：错误 2，警告 1，提示 1');
    // grouped: workbook-level, then 表三 (both of its findings together although 表一's came between), then 表一
    expect(at('[工作簿]')).toBeGreaterThan(5);
    expect(at('[表三]')).toBeGreaterThan(at('缺少三公经费预算表'));
    expect(lines[at('[表三]') + 1]).toMatch(/^ {4}E6 +错误 +行不平 +\(row-sum\)$/);
    expect(lines[at('[表三]') + 2]).toMatch(/^ {4}G9 +提示 +取整差异/);
    expect(lines[at('[表一]') + 1]).toMatch(/^ {4}B7 +警告 +表一的问题/);
    expect(at('[表一]')).toBeGreaterThan(at('[表三]'));
    expect(lines.filter((l) => l.includes('[表三]'))).toHaveLength(1);
  });

  test('--lang en switches every label and message', async () => {
    const t = io();
    await run(['--lang', 'en', p('wrong.xlsx'), p('old.xls')], t.cli);
    const out = t.stdout();
    expect(out).toContain('== File: ');
    expect(out).toContain('Profile: henan-2024-unit Henan 2024 unit (13 tables) (picked automatically)');
    expect(out).toContain('Tables found (1):');
    expect(out).toContain('Findings: error 2, warning 1, info 1');
    expect(out).toMatch(/E6 +error +row does not add up/);
    expect(out).toContain('[Workbook]');
    expect(out).toContain('Cannot read: This is a legacy .xls');
    expect(out).toContain('2 files: 2 errors, 1 warnings, 1 info; 1 unreadable');
    expect(out).not.toMatch(/错误|警告|提示|模板|识别到的表|无法读取/);
  });
});

describe('progress', () => {
  test('plain lines on stderr when it is not a terminal', async () => {
    const t = io();
    await run([p('clean.xlsx'), p('wrong.xlsx')], t.cli);
    expect(t.stderr()).toBe(`正在读取 1/2: ${p('clean.xlsx')}\n正在读取 2/2: ${p('wrong.xlsx')}\n`);
  });

  test('a one-line bar on a terminal, cleared before the report', async () => {
    const t = io({ isTTY: true });
    await run(['--format', 'json', p('clean.xlsx'), p('wrong.xlsx')], t.cli);
    expect(t.stderr()).toContain('\r[');
    expect(t.stderr()).toContain('2/2');
    expect(t.stderr()).not.toContain('\n');
    expect(t.stderr().endsWith('\r\x1b[K')).toBe(true);
  });

  test('--quiet: nothing on stderr', async () => {
    const t = io();
    await run(['-q', p('clean.xlsx'), p('old.xls')], t.cli);
    expect(t.stderr()).toBe('');
    expect(t.stdout()).toContain('无法读取');
  });
});

describe('as a program', () => {
  const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
  const main = path.join(ROOT, 'src', 'cli', 'main.ts');

  test('stdout is only the JSON document; progress on stderr; exit 2 with an unreadable file', () => {
    const r = spawnSync(tsx, [main, '--format', 'json', p('clean.xlsx'), p('old.xls')], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    const doc = JSON.parse(r.stdout);
    expect(doc.tool).toEqual({ name: 'budget-check', version: JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version });
    expect(doc.files[0]).toEqual({
      file: p('clean.xlsx'),
      profile: expect.any(String),
      tables: expect.any(Array),
      missingTables: expect.any(Array),
      findings: expect.any(Array),
      unitType: { type: null, overridden: false, evidence: expect.any(String) },
      catalog: { origin: 'builtin', fn: expect.stringContaining('内置目录'), econ: expect.any(String), gov: expect.any(String) },
    });
    expect(doc.files[1]).toMatchObject({ file: p('old.xls'), error: expect.stringContaining('.xls'), findings: [] });
    expect(r.stderr).toContain('1/2');
  });

  test('bin/budget-check.js without a build says to run npm run build, exit 2', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-bin-'));
    fs.mkdirSync(path.join(tmp, 'bin'));
    fs.copyFileSync(path.join(ROOT, 'bin', 'budget-check.js'), path.join(tmp, 'bin', 'budget-check.js'));
    const r = spawnSync(process.execPath, [path.join(tmp, 'bin', 'budget-check.js'), '--version'], { encoding: 'utf8' });
    fs.rmSync(tmp, { recursive: true, force: true });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('npm run build');
  });
});

describe('classification: --catalog, --unit-type and the mapped rows', () => {
  const SEED = path.join(ROOT, 'test', 'fixtures', 'generated', 'seed-001.xlsx');
  const real = (extra: Partial<CliIO> = {}) => io({ check: checkWorkbook, readCatalog: readCatalogFile, ...extra });

  /** An official-layout catalog: a title, then 类 | 款 | 项 | 科目名称 with the class carried down. */
  async function officialCatalog(file: string, withoutItem: string) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('支出功能分类科目');
    ws.addRow(['2026年政府收支分类科目']);
    ws.addRow(['类', '款', '项', '科目名称']);
    const items: [string, string, string, string][] = [
      ['201', '', '', '一般公共服务支出'],
      ['', '03', '', '政府办公厅（室）及相关机构事务'],
      ['', '', '50', '事业运行'],
      ['208', '', '', '社会保障和就业支出'],
      ['', '05', '', '行政事业单位养老支出'],
      ['', '', '02', '事业单位离退休'],
      ['', '', '05', '机关事业单位基本养老保险缴费支出'],
      ['210', '', '', '卫生健康支出'],
      ['', '11', '', '行政事业单位医疗'],
      ['', '', '02', '事业单位医疗'],
      ['221', '', '', '住房保障支出'],
      ['', '02', '', '住房改革支出'],
      ['', '', '01', '住房公积金'],
    ];
    let cls = '';
    let kind = '';
    for (const [c, k, i, n] of items) {
      if (c) cls = c;
      if (k) kind = k;
      if (i && `${cls}${kind}${i}` === withoutItem) continue;
      ws.addRow([c ? Number(c) : null, k ? Number(k) : null, i ? Number(i) : null, n]);
    }
    await wb.xlsx.writeFile(file);
  }

  test('json: every table lists its mapped rows (sheet row, code, level, catalog name, how matched); unit type and catalog', async () => {
    const t = real();
    await run(['--format', 'json', SEED], t.cli);
    const f = JSON.parse(t.stdout()).files[0];
    const exp = f.tables.find((x: { kind: string }) => x.kind === 'expenditure');
    expect(exp.rows[0]).toEqual({ row: 8, scheme: 'fn', code: '2010350', level: 'item', name: '事业运行', matched: 'code' });
    const basic = f.tables.find((x: { kind: string }) => x.kind === 'basic-expenditure');
    expect(basic.rows.filter((x: { row: number }) => x.row === 20)).toEqual([
      { row: 20, scheme: 'econ', code: '30302', level: 'kind', name: '退休费', matched: 'name' },
      { row: 20, scheme: 'gov', code: '50905', level: 'kind', name: '离退休费', matched: 'code' },
    ]);
    expect(f.unitType).toEqual({ type: 'institution', overridden: false, evidence: expect.stringContaining('事业运行') });
    expect(f.catalog.origin).toBe('builtin');
  });

  test('--catalog: an official catalog workbook replaces the built-in one and changes the findings', async () => {
    const before = real();
    await run(['--format', 'json', SEED], before.cli);
    const unknownBefore = JSON.parse(before.stdout()).files[0].findings.filter((x: { rule: string }) => x.rule === 'code-unknown');
    expect(unknownBefore).toEqual([]);

    await officialCatalog(p('catalog-2026.xlsx'), '2101102');
    const after = real();
    expect(await run(['--format', 'json', '--catalog', p('catalog-2026.xlsx'), SEED], after.cli)).toBe(1);
    const f = JSON.parse(after.stdout()).files[0];
    expect(f.catalog.origin).toBe('imported');
    expect(f.catalog.fn).toContain('catalog-2026.xlsx');
    const unknown = f.findings.filter((x: { rule: string }) => x.rule === 'code-unknown');
    expect(unknown).toEqual([
      expect.objectContaining({ severity: 'warning', sheet: '表三 支出预算表', cells: ['A11', 'B11', 'C11'] }),
      expect.objectContaining({ severity: 'warning', sheet: '表五 一般公共预算支出预算表', cells: ['A11', 'B11', 'C11'] }),
    ]);
    expect(unknown[0].message).toContain('catalog-2026.xlsx');
    expect(after.stderr()).toContain('已导入分类目录');
  });

  test('--catalog with a CSV; an unreadable or code-less catalog is exit 2', async () => {
    fs.writeFileSync(p('catalog.csv'), '科目编码,科目名称\n201,一般公共服务支出\n2010350,事业运行\n');
    const t = real();
    await run(['--format', 'json', '--quiet', '--catalog', p('catalog.csv'), SEED], t.cli);
    const f = JSON.parse(t.stdout()).files[0];
    // the 208…, 210…, 221… rows (4) of the expenditure and general-budget tables
    expect(f.findings.filter((x: { rule: string }) => x.rule === 'code-unknown').length).toBe(8);
    fs.writeFileSync(p('names.csv'), '姓名\n张三\n');
    const bad = real();
    expect(await run(['--catalog', p('names.csv'), SEED], bad.cli)).toBe(2);
    expect(bad.stderr()).toMatch(/无法导入分类目录[\s\S]*Cannot import the catalog/);
    expect(bad.stdout()).toBe('');
    const missing = real();
    expect(await run(['--catalog', p('nowhere.xlsx'), SEED], missing.cli)).toBe(2);
  });

  test('a catalog that cannot be imported is said in both languages; anything else is an internal error', async () => {
    fs.writeFileSync(p('names.csv'), '姓名\n张三\n');
    const bad = real();
    expect(await run(['--catalog', p('names.csv'), SEED], bad.cli)).toBe(2);
    expect(bad.stderr()).toContain(`budget-check: 无法导入分类目录 ${p('names.csv')}：「names.csv」中没有找到分类科目`);
    expect(bad.stderr()).toContain(`budget-check: Cannot import the catalog ${p('names.csv')}: No classification codes found in "names.csv"`);
    const host = io({
      readCatalog: async () => {
        throw new HostError('catalog-locked', { 'zh-CN': '目录被锁定', en: 'the catalog is locked' });
      },
    });
    expect(await run(['--catalog', 'c.xlsx', p('clean.xlsx')], host.cli)).toBe(2);
    expect(host.stderr()).toBe('budget-check: 无法导入分类目录 c.xlsx：目录被锁定\nbudget-check: Cannot import the catalog c.xlsx: the catalog is locked\n');
    const other = io({
      readCatalog: async () => {
        throw Object.assign(new Error('boom'), { text: { 'zh-CN': '不是主机错误', en: 'not a host error' } });
      },
    });
    expect(await run(['--catalog', 'c.xlsx', p('clean.xlsx')], other.cli)).toBe(2);
    expect(other.stderr()).toBe('budget-check: 无法导入分类目录 c.xlsx：审核时出现内部错误：boom\nbudget-check: Cannot import the catalog c.xlsx: Internal error while checking: boom\n');
    expect(other.stdout()).toBe('');
  });

  test('--unit-type overrides the inferred unit type', async () => {
    const t = real();
    await run(['--format', 'json', '--unit-type', 'admin', SEED], t.cli);
    const f = JSON.parse(t.stdout()).files[0];
    expect(f.unitType).toMatchObject({ type: 'admin', overridden: true });
    // a 事业单位's 301 → 50501 rows now fit only the other unit type
    expect(f.findings.filter((x: { rule: string; message: string }) => x.rule === 'econ-correspondence' && x.message.includes('行政单位的部门经济分类 30101')).length).toBe(2);
  });

  test('text: the unit type and the catalog are stated', async () => {
    const t = real();
    await run([SEED], t.cli);
    expect(t.stdout()).toContain('单位类型：事业单位（按支出功能分类推断');
    expect(t.stdout()).toContain('分类目录：内置目录');
  });
});
