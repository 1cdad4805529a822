/**
 * `budget-check template` (docs/CONTRACT.md): writes a complete blank workbook of a profile, and
 * refuses bad input with a message in both languages (exit 2), never a crash.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../../src/cli/run';
import { checkWorkbook } from '../../src/engine/check';
import { PROFILES } from '../../src/engine/tables/profiles';
import { readWorkbookFile } from '../../src/hosts/file/node';
import { cliIO } from '../support/cli';

let dir: string;
const p = (...parts: string[]) => path.join(dir, ...parts);

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-template-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('budget-check template', () => {
  test.each(PROFILES.map((x) => [x.id, x] as const))('%s: a complete blank workbook that checks clean but for the notes its empty tables need', async (id, profile) => {
    const { cli, stdout, stderr } = cliIO();
    const out = p(`${id}.xlsx`);
    expect(await run(['template', '--profile', id, '--year', '2026', '--out', out], cli)).toBe(0);
    expect(stderr()).toBe('');
    expect(stdout()).toContain(`${profile.kinds.length} 张表`);
    const r = checkWorkbook(await readWorkbookFile(out));
    expect(r.profile).toBe(id);
    expect(r.tables.map((t) => t.kind)).toEqual(profile.kinds);
    expect(r.tables.every((t) => t.title.startsWith('2026年'))).toBe(true);
    expect(r.findings.filter((f) => f.rule !== 'empty-table-note')).toEqual([]);
    expect(r.findings.map((f) => f.sheet)).toEqual(r.tables.filter((t) => ['gov-fund', 'state-capital', 'three-public'].includes(t.kind)).map((t) => t.sheet));
  });

  test('--name, --unit, --contents, --lang en: the name on every name line, the unit on the unit lines, a 目录 first', async () => {
    const { cli, stdout } = cliIO();
    const out = p('named.xlsx');
    expect(await run(['template', '--profile', 'henan-2024-dept', '--year=2027', '--name', '某区某局', '--unit', '元', '--contents', '--lang', 'en', '--out', out], cli)).toBe(0);
    expect(stdout()).toMatch(/^Wrote .*named\.xlsx: henan-2024-dept .*, 2027, 13 tables\n/);
    const wb = await readWorkbookFile(out);
    expect(wb.sheets[0].name).toBe('目录');
    expect(wb.sheets[0].cells.flat().map((c) => c?.value)).toContain('表三  2027年部门支出预算表');
    const r = checkWorkbook(wb);
    for (const t of r.recognized) {
      if (t.kind === 'overall-performance') continue;
      expect(t.entityName).toBe('某区某局');
      expect(t.unit).toBe(t.kind === 'three-public' || t.kind === 'project-performance' ? '万元' : '元');
    }
  });

  test('--protect locks the formulas: the sheets are protected', async () => {
    const { cli } = cliIO();
    const out = p('protected.xlsx');
    expect(await run(['template', '--profile', 'mof-9', '--protect', '--out', out], cli)).toBe(0);
    expect((await readWorkbookFile(out)).sheets.every((s) => s.protected === true)).toBe(true);
  });

  test.each([
    [['--profile', 'henan-2099', '--out', 'x.xlsx'], /未知的模板：henan-2099/, /Unknown profile: henan-2099/],
    [['--profile', 'mof-9', '--year', '26', '--out', 'x.xlsx'], /--year 需要 2000 到 2100 之间的四位年度：26/, /--year needs a four-digit year from 2000 to 2100: 26/],
    [['--profile', 'mof-9', '--year', '3000', '--out', 'x.xlsx'], /四位年度：3000/, /year .*: 3000/],
    [['--profile', 'mof-9', '--unit', '千元', '--out', 'x.xlsx'], /未知的金额单位：千元/, /Unknown amount unit: 千元/],
    [['--profile', 'mof-9'], /请用 --out/, /Give the \.xlsx file to write with --out/],
    [['--out', 'x.xlsx'], /请用 --profile 指定模板/, /Give the profile with --profile/],
    [['--profile', 'mof-9', '--out', 'x.csv'], /以 \.xlsx 结尾/, /ending in \.xlsx: x\.csv/],
    [['--profile', 'mof-9', '--out', 'x.xlsx', '--bogus'], /未知的选项：--bogus/, /Unknown option: --bogus/],
    [['--profile'], /选项 --profile 需要一个值/, /Option --profile needs a value/],
  ])('bad usage %j: exit 2, both languages, nothing written', async (args, zh, en) => {
    const { cli, stdout, stderr } = cliIO({ writeFile: () => Promise.reject(new Error('must not write')) });
    expect(await run(['template', ...args], cli)).toBe(2);
    expect(stdout()).toBe('');
    expect(stderr()).toMatch(zh);
    expect(stderr()).toMatch(en);
    expect(stderr()).toContain('budget-check template --help');
  });

  test('an existing file is not overwritten without --force; with it, it is', async () => {
    const out = p('exists.xlsx');
    fs.writeFileSync(out, 'keep me');
    const first = cliIO();
    expect(await run(['template', '--profile', 'mof-9', '--out', out], first.cli)).toBe(2);
    expect(first.stderr()).toMatch(/已存在，未覆盖（要覆盖请加 --force）/);
    expect(first.stderr()).toMatch(/exists and was not overwritten/);
    expect(fs.readFileSync(out, 'utf8')).toBe('keep me');
    const second = cliIO();
    expect(await run(['template', '--profile', 'mof-9', '--force', '--out', out], second.cli)).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  test('an out path that cannot be written: a missing folder, a folder: exit 2 with the reason', async () => {
    const a = cliIO();
    expect(await run(['template', '--profile', 'mof-9', '--out', p('no', 'such', 'dir', 'x.xlsx')], a.cli)).toBe(2);
    expect(a.stderr()).toMatch(/所在文件夹不存在/);
    expect(a.stderr()).toMatch(/its folder does not exist/);
    fs.mkdirSync(p('adir.xlsx'));
    const b = cliIO();
    expect(await run(['template', '--profile', 'mof-9', '--force', '--out', p('adir.xlsx')], b.cli)).toBe(2);
    expect(b.stderr()).toMatch(/这是一个文件夹|Cannot write/);
  });

  test('--help (zh-CN and en) and the main help names the command', async () => {
    const zh = cliIO();
    expect(await run(['template', '--help'], zh.cli)).toBe(0);
    expect(zh.stdout()).toContain('用法：budget-check template --profile <模板>');
    expect(zh.stdout()).toContain('mof-9');
    const en = cliIO();
    expect(await run(['template', '--help', '--lang', 'en'], en.cli)).toBe(0);
    expect(en.stdout()).toContain('Usage: budget-check template --profile <id>');
    const main = cliIO();
    expect(await run(['--help'], main.cli)).toBe(0);
    expect(main.stdout()).toContain('budget-check template --profile');
  });
});
