import ExcelJS from 'exceljs';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run, type CliIO } from '../../src/cli/run';
import type { WorkbookReport } from '../../src/engine/findings';
import { readWorkbookFile } from '../../src/hosts/file/node';

let dir: string;

async function writeBook(file: string, rows: unknown[][], merges: string[] = []) {
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = new Date(Date.UTC(2024, 0, 1));
  const ws = wb.addWorksheet('表三 支出预算表');
  rows.forEach((r) => ws.addRow(r));
  merges.forEach((m) => ws.mergeCells(m));
  await wb.xlsx.writeFile(file);
}

const EXP = [
  ['2024年单位支出预算表'],
  ['单位名称: 洛龙区政务服务中心(本级)', null, null, null, null, '单位:万元'],
  ['科目编码', null, null, '单位(科目名称)', '合计', '基本支出', '项目支出'],
  ['类', '款', '项'],
  [null, null, null, '合计', 827.29, 283.17, 544.12],
  ['201', '03', '50', '事业运行', 765.29, 221.17, 544.12],
  ['208', '05', '02', '事业单位离退休', 62, 62, null],
];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-cli-'));
  await writeBook(path.join(dir, 'clean.xlsx'), EXP, ['A3:C3']);
  const bad = EXP.map((r) => [...r]);
  bad[5][4] = 775.29; // 合计 ≠ 基本 + 项目
  await writeBook(path.join(dir, 'wrong.xlsx'), bad, ['A3:C3']);
  fs.mkdirSync(path.join(dir, 'sub'));
  fs.writeFileSync(path.join(dir, 'sub', 'corrupt.xlsx'), Buffer.from('PK\x03\x04 truncated'));
  fs.writeFileSync(path.join(dir, 'old.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
});

function io(extra: Partial<CliIO> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIO = {
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
    isTTY: false,
    readWorkbook: readWorkbookFile,
    expand: async (a) => {
      if (fs.statSync(a).isDirectory()) {
        const found: string[] = [];
        const walk = (d: string) => fs.readdirSync(d).sort().forEach((n) => (fs.statSync(path.join(d, n)).isDirectory() ? walk(path.join(d, n)) : /\.xlsx$/.test(n) && found.push(path.join(d, n))));
        walk(a);
        return found;
      }
      return [a];
    },
    version: '9.9.9',
    ...extra,
  };
  return { cli, out, err, stdout: () => out.join(''), stderr: () => err.join('') };
}

describe('budget-check contract', () => {
  test('--format json: exactly one JSON document on stdout with the contract shape; progress on stderr', async () => {
    const t = io();
    const code = await run(['--format', 'json', '--profile', 'mof-9', path.join(dir, 'wrong.xlsx')], t.cli);
    const doc = JSON.parse(t.stdout());
    expect(doc.tool).toEqual({ name: 'budget-check', version: '9.9.9' });
    expect(doc.files).toHaveLength(1);
    const f = doc.files[0];
    expect(Object.keys(f).sort()).toEqual(['file', 'findings', 'missingTables', 'profile', 'tables']);
    expect(f.profile).toBe('mof-9');
    expect(f.tables).toEqual([{ kind: 'expenditure', sheet: '表三 支出预算表', title: '2024年单位支出预算表', unit: '万元' }]);
    const rowSum = f.findings.find((x: { rule: string }) => x.rule === 'row-sum');
    expect(rowSum).toEqual({
      rule: 'row-sum',
      severity: 'error',
      sheet: '表三 支出预算表',
      cells: ['E6', 'F6', 'G6'],
      message: expect.stringContaining('≠'),
      expected: 765.29,
      actual: 775.29,
    });
    const missing = f.findings.filter((x: { rule: string }) => x.rule === 'missing-table');
    expect(missing.map((x: { sheet: null }) => x.sheet)).toEqual(new Array(8).fill(null));
    expect(f.missingTables).toHaveLength(8);
    expect(code).toBe(1);
    expect(t.stderr()).toContain('wrong.xlsx');
  });

  test('exit 0 when no error finding, 1 when there is one (check injected)', async () => {
    const clean: WorkbookReport = { profile: 'mof-9', profileAuto: true, tables: [], missingTables: [], findings: [{ rule: 'x', severity: 'warning', sheet: 's', cells: ['A1'], message: { 'zh-CN': '警', en: 'w' } }] };
    expect(await run([path.join(dir, 'clean.xlsx')], io({ check: () => clean }).cli)).toBe(0);
    const withError = { ...clean, findings: [{ ...clean.findings[0], severity: 'error' as const }] };
    expect(await run([path.join(dir, 'clean.xlsx')], io({ check: () => withError }).cli)).toBe(1);
  });

  test('a folder is expanded recursively; an unreadable file gets "error" and exit 2 while the others are reported', async () => {
    const t = io();
    const code = await run(['--format', 'json', dir], t.cli);
    const doc = JSON.parse(t.stdout());
    expect(doc.files.map((f: { file: string }) => path.relative(dir, f.file))).toEqual(['clean.xlsx', path.join('sub', 'corrupt.xlsx'), 'wrong.xlsx']);
    const corrupt = doc.files[1];
    expect(corrupt.error).toMatch(/损坏/);
    expect(corrupt.findings).toEqual([]);
    expect(doc.files[0].tables).toHaveLength(1);
    expect(code).toBe(2);
  });

  test('legacy .xls / encrypted files get a clear message', async () => {
    const t = io();
    expect(await run(['--format', 'json', '--lang', 'en', path.join(dir, 'old.xls')], t.cli)).toBe(2);
    expect(JSON.parse(t.stdout()).files[0].error).toMatch(/\.xls/);
  });

  test.each([
    [['--format', 'html', 'a.xlsx'], /后续版本/],
    [['--annotate', 'out.xlsx', 'a.xlsx'], /后续版本/],
    [['--catalog', 'c.xlsx', 'a.xlsx'], /later version/],
    [['--bogus', 'a.xlsx'], /unknown option/],
    [['--profile', 'nowhere', 'a.xlsx'], /unknown profile/],
    [['--lang', 'fr', 'a.xlsx'], /unknown language/],
    [[], /give \.xlsx files/],
  ])('bad usage %j → exit 2 with a message, nothing on stdout', async (argv, msg) => {
    const t = io();
    expect(await run(argv as string[], t.cli)).toBe(2);
    expect(t.stderr()).toMatch(msg);
    expect(t.stdout()).toBe('');
  });

  test('--lang en switches the messages; text format groups by sheet', async () => {
    const t = io();
    await run(['--lang', 'en', '--profile', 'mof-9', path.join(dir, 'wrong.xlsx')], t.cli);
    expect(t.stdout()).toContain('Tables found (1)');
    expect(t.stdout()).toContain('[表三 支出预算表]');
    expect(t.stdout()).toContain('E6  error');
    const z = io();
    await run(['--profile', 'mof-9', path.join(dir, 'wrong.xlsx')], z.cli);
    expect(z.stdout()).toContain('识别到的表 (1)');
    expect(z.stdout()).toContain('E6  错误');
  });

  test('--quiet writes nothing to stderr', async () => {
    const t = io();
    await run(['--quiet', path.join(dir, 'clean.xlsx')], t.cli);
    expect(t.stderr()).toBe('');
  });
});

describe('the real command (node process)', () => {
  const main = path.resolve(__dirname, '../../src/cli/main.ts');
  const tsx = path.resolve(__dirname, '../../node_modules/.bin/tsx');
  test('stdout is only the JSON document, exit code from the findings', () => {
    const r = spawnSync(tsx, [main, '--format', 'json', '--profile', 'mof-9', path.join(dir, 'clean.xlsx')], { encoding: 'utf8' });
    expect(r.status).toBe(1); // missing tables are errors
    const doc = JSON.parse(r.stdout);
    expect(doc.files[0].tables[0].kind).toBe('expenditure');
    expect(r.stderr).toContain('1/1');
  });
  test('--version prints the package version', () => {
    const out = execFileSync(tsx, [main, '--version'], { encoding: 'utf8' });
    expect(out.trim()).toBe(JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')).version);
  });
});
