/**
 * Hostile and huge workbooks through the command line, scaled to run in seconds: each is followed by
 * a good workbook in the same run, whose result must come out exactly as when it is checked alone
 * (the JSON complete). Outcomes are asserted, not times (bench/bench.ts measures how they grow).
 * The files are built by test/support/hostile.ts, never committed.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../../src/cli/run';
import { checkWorkbook } from '../../src/engine/check';
import { readCatalogFile } from '../../src/hosts/file/node';
import { cliIO } from '../support/cli';
import { farCellsXlsx, giantMergeXlsx, hugeMergesXlsx, longTextXlsx, manyMergesXlsx, manyRowsXlsx, zipBombXlsx } from '../support/hostile';

const GEN = path.join(__dirname, '..', 'fixtures', 'generated');
const GOOD = path.join(GEN, 'seed-001.xlsx');
let dir: string;
const p = (...parts: string[]) => path.join(dir, ...parts);

const HOSTILE: [string, () => Buffer][] = [
  ['01-giant-merge.xlsx', giantMergeXlsx],
  ['02-merges-20000.xlsx', () => manyMergesXlsx(20000)],
  ['03-far-cells.xlsx', () => farCellsXlsx()],
  ['04-text-1M.xlsx', () => longTextXlsx(1_000_000)],
  ['05-zip-bomb.xlsx', () => zipBombXlsx(300)],
  ['06-rows-20000.xlsx', () => manyRowsXlsx(20000)],
  ['07-huge-merges.xlsx', () => hugeMergesXlsx(101)],
];

interface FileEntry {
  file: string;
  error?: string;
  profile?: string;
  findings?: { rule: string }[];
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-hostile-'));
  fs.mkdirSync(p('books'));
  for (const [name, build] of HOSTILE) {
    fs.writeFileSync(p('books', name), build());
    fs.copyFileSync(GOOD, p('books', `${name.slice(0, 2)}-zzgood.xlsx`)); // sorted right after it
  }
  fs.symlinkSync(p('books', 'gone.xlsx'), p('books', '08-broken-link.xlsx'));
  fs.mkdirSync(p('books', '09-locked'));
  fs.copyFileSync(GOOD, p('books', '09-locked', 'inside.xlsx'));
  fs.copyFileSync(GOOD, p('books', '09-zzgood.xlsx'));
  fs.chmodSync(p('books', '09-locked'), 0o000);
});
afterAll(() => {
  fs.chmodSync(p('books', '09-locked'), 0o755);
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Root reads a folder whatever its mode: the unreadable-folder skip is asserted only where the OS refuses. */
function folderRefused(d: string): boolean {
  try {
    fs.readdirSync(d);
    return false;
  } catch {
    return true;
  }
}

const sameExceptName = (a: FileEntry, b: FileEntry) => expect({ ...a, file: '' }).toEqual({ ...b, file: '' });

describe('hostile workbooks in one run, each followed by a good one', () => {
  test('every hostile file ends as read or as its own clear error; every good file’s result is as when checked alone; the JSON is whole', async () => {
    const alone = cliIO({ check: checkWorkbook });
    expect(await run(['--format', 'json', '--lang', 'en', GOOD], alone.cli)).toBe(1);
    const good = JSON.parse(alone.stdout()).files[0] as FileEntry;
    expect(good.findings!.length).toBeGreaterThan(0);

    const t = cliIO({ check: checkWorkbook });
    const code = await run(['--format', 'json', '--lang', 'en', p('books')], t.cli);
    expect(code).toBe(2); // the bomb and the huge merges are errors of their own files
    const doc = JSON.parse(t.stdout()) as { files: FileEntry[] };
    expect(t.stdout()).toBe(`${JSON.stringify(doc, null, 2)}\n`);
    const byName = new Map(doc.files.map((f) => [path.relative(p('books'), f.file), f]));

    // read and checked, no error: the sizes are linear now, and nothing is invented from them
    for (const name of ['01-giant-merge.xlsx', '02-merges-20000.xlsx', '03-far-cells.xlsx', '04-text-1M.xlsx', '06-rows-20000.xlsx']) {
      const f = byName.get(name)!;
      expect({ name, error: f.error }).toEqual({ name, error: undefined });
      expect(f.findings).toBeDefined();
      // no table in them: nothing but the missing tables and what the narrative says
      expect(f.findings!.filter((x) => !['missing-table', 'narrative-change', 'narrative-share', 'narrative-sum'].includes(x.rule))).toEqual([]);
    }
    // refused before it is inflated, naming the part and its size
    expect(byName.get('05-zip-bomb.xlsx')!.error).toMatch(/once unpacked.*xl\/worksheets\/sheet1\.xml is 300 MiB unpacked, limit 256 MiB per part/);
    // refused with what and where
    expect(byName.get('07-huge-merges.xlsx')!.error).toMatch(/beyond anything a budget table has.*sheet "整列" has more than 100 huge merged areas.*the first A1:A1048576/);
    // the broken link: skipped with a warning naming it, not listed
    expect(byName.has('08-broken-link.xlsx')).toBe(false);
    expect(t.stderr()).toContain(`Skipped ${p('books', '08-broken-link.xlsx')}: File not found`);
    if (folderRefused(p('books', '09-locked'))) {
      expect(byName.has(path.join('09-locked', 'inside.xlsx'))).toBe(false);
      expect(t.stderr()).toContain(`Skipped ${p('books', '09-locked')}: No permission`);
    } else {
      console.warn('running as a user that reads any folder (root): the unreadable-folder skip is not asserted');
      sameExceptName(byName.get(path.join('09-locked', 'inside.xlsx'))!, good);
    }
    // every good copy, whatever came before it, as when checked alone
    const goods = [...byName.keys()].filter((k) => k.endsWith('-zzgood.xlsx'));
    expect(goods).toHaveLength(HOSTILE.length + 1);
    const order = doc.files.map((f) => path.basename(f.file));
    for (const [name] of HOSTILE) expect(order[order.indexOf(name) + 1]).toBe(`${name.slice(0, 2)}-zzgood.xlsx`);
    for (const g of goods) sameExceptName(byName.get(g)!, good);
  }, 120000);

  test('the 1 M-character narrative cell is read as narrative: its amounts are read and judged', async () => {
    const t = cliIO({ check: checkWorkbook });
    await run(['--format', 'json', p('books', '04-text-1M.xlsx')], t.cli);
    const f = JSON.parse(t.stdout()).files[0] as FileEntry;
    // the repeated sentence says 增加 12.30 万元, 增长 1.0% of 1,234.56: the rate is wrong every time it is said
    expect(f.findings!.filter((x) => x.rule === 'narrative-change').length).toBeGreaterThan(1000);
  }, 60000);
});

describe('control and bidi characters from the file in the text report', () => {
  test('a sheet name and a file name with RLO, CR and ESC, checked by the real engine, cannot forge a line; the good file after it stands', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(GOOD);
    wb.worksheets[0].name = '收支\u202e表\r伪造';
    const evil = p('evil\u001b[31m\u202e.xlsx');
    await wb.xlsx.writeFile(evil);
    const good = p('zz-good.xlsx');
    fs.copyFileSync(GOOD, good);
    const t = cliIO({ check: checkWorkbook });
    await run([evil, good], t.cli);
    const out = t.stdout();
    expect(['\r', '\u001b', '\u202e'].filter((c) => out.includes(c))).toEqual([]);
    expect(out).toContain('[收支\\u{202e}表'); // the sheet's findings header (the CR does not survive the file: XML turns it to a space)
    expect(out.split('\n').filter((l) => l.startsWith('== '))).toEqual([`== 文件：${p('evil\\u{1b}[31m\\u{202e}.xlsx')}`, `== 文件：${good}`]);
    const alone = cliIO({ check: checkWorkbook });
    await run([good], alone.cli);
    // the good file's section as when checked alone (up to the run's total line)
    const section = (s: string) => s.slice(s.indexOf(`== 文件：${good}`), s.lastIndexOf('共 ')).trimEnd();
    expect(section(out)).toBe(section(alone.stdout()));
  }, 60000);
});

describe('--catalog given a budget workbook', () => {
  test('is refused in both languages, naming a table it found; nothing is checked with it', async () => {
    for (const [lang, re] of [
      ['zh-CN', /是预算公开表工作簿（如工作表“.+”的 .+），不是分类科目目录/],
      ['en', /is a budget disclosure workbook \(e\.g\. the .+ on sheet ".+"\), not a classification catalog/],
    ] as const) {
      const t = cliIO({ check: checkWorkbook, readCatalog: readCatalogFile });
      expect(await run(['--format', 'json', '--lang', lang, '--catalog', GOOD, GOOD], t.cli)).toBe(2);
      expect(t.stderr()).toMatch(re);
      expect(t.stdout()).toBe('');
    }
  });
});
