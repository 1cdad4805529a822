/**
 * budget-check's outputs besides stdout (docs/CONTRACT.md): --format html, --out FILE, --annotate
 * FILE | DIR/. The report goes where asked; an unwritable target is a clear message and exit 2 while
 * the rest stands; an input is never written; the same output with --jobs 1 and 2.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startPool } from '../../src/cli/pool';
import { run, type CliIO } from '../../src/cli/run';
import { checkWorkbook, type CheckOptions } from '../../src/engine/check';
import type { Finding, WorkbookReport } from '../../src/engine/findings';
import type { WorkbookData } from '../../src/engine/model/workbook';
import { readXlsx } from '../../src/hosts/file/xlsx';
import { cliIO } from '../support/cli';

const GEN = path.join(__dirname, '..', 'fixtures', 'generated');
let dir: string;
const p = (...parts: string[]) => path.join(dir, ...parts);
const msg = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const SCRIPT = '<script>alert(1)</script>';

/** A small workbook: sheet 表三 with numbers, a `<script>` cell at C5. */
async function writeBook(file: string) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('表三');
  for (let r = 1; r <= 8; r++) for (let c = 1; c <= 6; c++) ws.getCell(r, c).value = r * 10 + c;
  ws.getCell('C5').value = SCRIPT;
  ws.getCell('A1').font = { bold: true, name: 'Arial' };
  await wb.xlsx.writeFile(file);
}

const FINDINGS: Finding[] = [
  { rule: 'text-in-number', severity: 'error', sheet: '表三', cells: ['C5'], message: msg(`金额栏中的文字「${SCRIPT}」`, `text in an amount column “${SCRIPT}”`) },
  { rule: 'row-sum', severity: 'warning', sheet: '表三', cells: ['F6', 'D6', 'E6'], message: msg('合计不符', 'total does not add up') },
];
const REPORT: WorkbookReport = {
  profile: 'henan-2024-unit',
  profileAuto: true,
  tables: [{ kind: 'expenditure', sheet: '表三', title: '2024年单位支出预算表', unit: '万元', range: 'A1:F8' }],
  missingTables: [],
  findings: FINDINGS,
};

/** A fake engine: the report above for every file; records the calls. */
const fakeCheck = (calls: CheckOptions[] = []) => (_wb: WorkbookData, o: CheckOptions) => {
  calls.push(o);
  return REPORT;
};

const io = (extra: Partial<CliIO> = {}) => cliIO({ check: fakeCheck(), ...extra });

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-out-'));
  fs.mkdirSync(p('in', 'sub'), { recursive: true });
  await writeBook(p('in', 'a.xlsx'));
  await writeBook(p('in', 'sub', 'a.xlsx'));
  fs.writeFileSync(p('in', 'b.xlsx'), Buffer.from('PK\x03\x04 truncated'));
  fs.writeFileSync(p('plain.txt'), 'a file, not a folder');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('--format html', () => {
  test('one self-contained page on stdout (no --out): escaped workbook text, the grid around each finding', async () => {
    const t = io({ check: fakeCheck() });
    expect(await run(['--format', 'html', p('in', 'a.xlsx')], t.cli)).toBe(1);
    const html = t.stdout();
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;'); // the message
    expect(html).toContain('<td class="hit hit-error">&lt;script&gt;alert(1)&lt;/scrip…</td>'); // the cell in its grid (cut to 24 characters)
    expect(html).toContain('<td class="hit hit-warning">66</td>');
    for (const bad of ['http://', 'https://', 'src=', 'href=']) expect(html).not.toContain(bad);
    expect(t.stderr()).toContain('正在读取'); // progress on stderr only
  });

  test('--lang en: the page in English', async () => {
    const t = io();
    await run(['--format', 'html', '--lang', 'en', '-q', p('in', 'a.xlsx')], t.cli);
    expect(t.stdout()).toContain('<html lang="en">');
    expect(t.stdout()).toContain('Errors found');
    expect(t.stdout()).not.toContain('有错误');
  });

  test('several files, one unreadable: one page, each file a section, the totals at the end; exit 2', async () => {
    const t = io();
    expect(await run(['--format', 'html', '-q', p('in')], t.cli)).toBe(2);
    const html = t.stdout();
    expect(html.match(/<!DOCTYPE html>/g)).toHaveLength(1);
    expect(html.match(/<section class="file"/g)).toHaveLength(3);
    expect(html).toContain('无法读取');
    expect(html).toContain('</main>\n<footer>共 3 个文件：错误 2，警告 2，提示 0；无法读取 1 个</footer>');
  });
});

describe('--out', () => {
  test.each([['html'], ['json'], ['text']])('%s: the report in the file, the same as on stdout; nothing on stdout', async (format) => {
    const plain = io();
    const code = await run(['--format', format, '-q', p('in', 'a.xlsx'), p('in', 'b.xlsx')], plain.cli);
    const t = io();
    const out = p(`report-${format}.out`);
    expect(await run(['--format', format, '-q', '--out', out, p('in', 'a.xlsx'), p('in', 'b.xlsx')], t.cli)).toBe(code);
    expect(t.stdout()).toBe('');
    expect(fs.readFileSync(out, 'utf8')).toBe(plain.stdout());
  });

  test.each([
    ['a missing folder', () => p('nowhere', 'r.html'), /所在文件夹不存在[\s\S]*its folder does not exist/],
    ['a folder', () => p('in'), /这是一个文件夹[\s\S]*it is a folder/],
    ['under a file', () => p('plain.txt', 'r.html'), /所在文件夹不存在[\s\S]*its folder does not exist/],
  ])('unwritable (%s): a clear message in both languages, exit 2, nothing checked or written', async (_what, target, pattern) => {
    const calls: CheckOptions[] = [];
    const t = io({ check: fakeCheck(calls) });
    expect(await run(['--format', 'html', '--out', target(), p('in', 'a.xlsx')], t.cli)).toBe(2);
    expect(t.stderr()).toMatch(/无法写入报告文件[\s\S]*Cannot write the report file/);
    expect(t.stderr()).toMatch(pattern);
    expect(t.stdout()).toBe('');
    expect(calls).toEqual([]);
  });

  test('an input file as --out is refused and left as it was', async () => {
    const input = p('in', 'a.xlsx');
    const before = fs.readFileSync(input);
    const t = io();
    expect(await run(['--format', 'html', '--out', input, input], t.cli)).toBe(2);
    expect(t.stderr()).toMatch(/这是正在审核的输入文件[\s\S]*one of the input files/);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });
});

describe('--annotate', () => {
  test('one input → the file given; the input’s bytes and time unchanged; the report still on stdout', async () => {
    const input = p('in', 'a.xlsx');
    const before = fs.readFileSync(input);
    const mtime = fs.statSync(input).mtimeMs;
    const out = p('a-annotated.xlsx');
    const t = io();
    expect(await run(['--annotate', out, input], t.cli)).toBe(1);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    expect(fs.statSync(input).mtimeMs).toBe(mtime);
    expect(t.stdout()).toContain('合计不符');
    expect(t.stderr()).toContain(`已写入标注副本：${out}`);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(out);
    expect(copy.worksheets.map((w) => w.name)).toEqual(['表三', '审核结果']);
    expect((copy.getWorksheet('表三')!.getCell('C5').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    expect(copy.getWorksheet('审核结果')!.getCell('E4').value).toBe(`金额栏中的文字「${SCRIPT}」`);
    const [a, b] = [await readXlsx(before), await readXlsx(fs.readFileSync(out))];
    expect(b.sheets[0]).toEqual(a.sheets[0]);
  });

  test('--lang en: the results sheet is "Check results"', async () => {
    const out = p('a-en.xlsx');
    await run(['--annotate', out, '--lang', 'en', '-q', p('in', 'a.xlsx')], io().cli);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(out);
    expect(copy.worksheets.map((w) => w.name)).toEqual(['表三', 'Check results']);
  });

  test('several inputs → DIR/<name>.checked.xlsx (created; a second a.xlsx → a-2); an unreadable input gets none and says so', async () => {
    const out = p('copies');
    const t = io();
    expect(await run(['--annotate', `${out}/`, p('in')], t.cli)).toBe(2);
    expect(fs.readdirSync(out).sort()).toEqual(['a-2.checked.xlsx', 'a.checked.xlsx']);
    expect(t.stderr()).toMatch(/未写入 .*b\.xlsx 的标注副本：文件无法读取\nbudget-check: No annotated copy of .*b\.xlsx: the file could not be read/);
    expect(t.stdout()).toContain('共 3 个文件'); // the report is whole
  });

  test('one input and an existing folder → the copy inside it', async () => {
    fs.mkdirSync(p('one'));
    expect(await run(['--annotate', p('one'), '-q', p('in', 'a.xlsx')], io().cli)).toBe(1);
    expect(fs.readdirSync(p('one'))).toEqual(['a.checked.xlsx']);
  });

  test('several inputs and a file as the target: exit 2 before anything is checked', async () => {
    const calls: CheckOptions[] = [];
    const t = io({ check: fakeCheck(calls) });
    expect(await run(['--annotate', p('plain.txt'), p('in')], t.cli)).toBe(2);
    expect(t.stderr()).toMatch(/需要一个文件夹[\s\S]*needs a folder/);
    expect(calls).toEqual([]);
    expect(fs.readFileSync(p('plain.txt'), 'utf8')).toBe('a file, not a folder');
  });

  test('an unwritable target: a clear message, exit 2, the report unaffected', async () => {
    const t = io();
    expect(await run(['--annotate', p('nowhere', 'x.xlsx'), p('in', 'a.xlsx')], t.cli)).toBe(2);
    expect(t.stderr()).toMatch(/未写入 .*a\.xlsx 的标注副本：所在文件夹不存在[\s\S]*No annotated copy of .*a\.xlsx: its folder does not exist/);
    const plain = io();
    await run([p('in', 'a.xlsx')], plain.cli);
    expect(t.stdout()).toBe(plain.stdout());
    const under = io();
    expect(await run(['--annotate', p('plain.txt', 'sub') + '/', p('in')], under.cli)).toBe(2);
    expect(under.stderr()).toMatch(/无法写入标注副本[\s\S]*Cannot write the annotated copies/);
  });

  test('the input itself as the target is refused and left as it was', async () => {
    const input = p('in', 'a.xlsx');
    const before = fs.readFileSync(input);
    const t = io();
    expect(await run(['--annotate', input, input], t.cli)).toBe(2);
    expect(t.stderr()).toMatch(/这是正在审核的输入文件[\s\S]*one of the input files/);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });
});

describe('--jobs: the same output in this thread and in 2 workers', () => {
  beforeAll(() => {
    fs.mkdirSync(p('books'));
    for (const f of ['seed-001.xlsx', 'synthetic-henan-2024-unit.xlsx', 'bad-truncated.xlsx']) fs.copyFileSync(path.join(GEN, f), p('books', f));
  });

  test('html (grids made in the workers) and the annotated copies', async () => {
    const one = cliIO({ check: checkWorkbook });
    const codeOne = await run(['--format', 'html', '--jobs', '1', '-q', '--annotate', p('copies-1') + '/', p('books')], one.cli);
    const two = cliIO({ check: checkWorkbook, pool: (o) => startPool(o), cores: 2 });
    const codeTwo = await run(['--format', 'html', '--jobs', '2', '-q', '--annotate', p('copies-2') + '/', p('books')], two.cli);
    expect(codeOne).toBe(2); // bad-truncated.xlsx
    expect(codeTwo).toBe(codeOne);
    expect(two.stdout()).toBe(one.stdout());
    expect(one.stdout()).toContain('<table class="grid">');
    expect(fs.readdirSync(p('copies-2')).sort()).toEqual(['seed-001.checked.xlsx', 'synthetic-henan-2024-unit.checked.xlsx']);
    for (const f of fs.readdirSync(p('copies-1'))) {
      const [a, b] = [await readXlsx(fs.readFileSync(p('copies-1', f))), await readXlsx(fs.readFileSync(p('copies-2', f)))];
      // the report sheet's second row says when each run started: the rest is the same
      const dated = (wb: WorkbookData) => ({ sheets: wb.sheets.map((s, i) => (i < wb.sheets.length - 1 ? s : { ...s, cells: s.cells.filter((_, r) => r !== 1) })) });
      expect(dated(b)).toEqual(dated(a));
      expect(a.sheets.at(-1)!.cells[1][0]!.value).toMatch(/^错误 \d+ · 警告 \d+ · 提示 \d+（.+）$/);
    }
  });
});
