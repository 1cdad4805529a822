/**
 * The standalone checker page's engine side (src/checker/checker-api.ts, what its Web Worker runs),
 * over real files: the same findings as the engine on the file host's reading, a clear message for a
 * corrupt file, and the three downloads (marked copy, HTML report, blank standard workbook).
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkerApi, type CheckedFile, type FailedFile } from '../../src/checker/checker-api';
import { checkWorkbook } from '../../src/engine/check';
import { REPORT_SHEET_TITLE } from '../../src/engine/report-sheet';
import { readXlsx } from '../../src/hosts/file/xlsx';

const GEN = path.join(__dirname, '../fixtures/generated');
const bytes = (f: string) => new Uint8Array(fs.readFileSync(path.join(GEN, f)));

describe('the checker page engine', () => {
  const api = checkerApi('9.9.9');

  test('a seed workbook: the findings are the engine’s, with the sheets and rule names the page shows', async () => {
    const out = (await api.check('seed-001.xlsx', bytes('seed-001.xlsx'), { profile: 'auto' })) as CheckedFile;
    expect('error' in out).toBe(false);
    const direct = checkWorkbook(await readXlsx(bytes('seed-001.xlsx')), { profile: 'auto' });
    expect(out.report.findings).toEqual(direct.findings);
    expect(out.sheets.length).toBeGreaterThan(10);
    expect(out.ruleNames['summary-revenue']?.['zh-CN']).toBeTruthy();
    expect(out.entityName).toBeTruthy();
    // the cells around a finding, as the page shows them on a click
    const f = out.report.findings.find((x) => x.rule === 'summary-revenue')!;
    const grid = api.excerpt(out.id, f.sheet!, f.cells[0])!;
    expect(grid.rows.length).toBeGreaterThan(2);
    expect(grid.rows.flat()).toContain('714.40');
  });

  test('a corrupt file and a legacy .xls: a message in both languages, not a crash; the next file is still checked', async () => {
    const bad = (await api.check('bad-truncated.xlsx', bytes('bad-truncated.xlsx'), {})) as FailedFile;
    expect(bad.error['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    expect(bad.error.en).toMatch(/[a-z]/);
    const xls = (await api.check('old.xls', bytes('bad-legacy.xls'), {})) as FailedFile;
    expect(xls.error['zh-CN']).toMatch(/\.xlsx/);
    const good = await api.check('seed-002.xlsx', bytes('seed-002.xlsx'), {});
    expect('report' in good).toBe(true);
  });

  test('downloads: the marked copy keeps every value and adds the results sheet; the HTML report names both files; a blank workbook', async () => {
    const out = (await api.check('seed-001.xlsx', bytes('seed-001.xlsx'), {})) as CheckedFile;
    const copy = await readXlsx(await api.annotated(out.id, 'zh-CN', 'T'));
    const original = await readXlsx(bytes('seed-001.xlsx'));
    expect(copy.sheets.map((s) => s.name)).toEqual([...original.sheets.map((s) => s.name), '审核结果']);
    expect(copy.sheets[0].cells).toEqual(original.sheets[0].cells);
    expect(copy.sheets.at(-1)!.cells[0][0]?.value).toBe(REPORT_SHEET_TITLE);

    const html = api.htmlReport([out.id], [{ name: '<script>x.xlsx', error: { 'zh-CN': '文件已损坏', en: 'damaged' } }], 'zh-CN');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('seed-001.xlsx');
    expect(html).toContain('&lt;script&gt;x.xlsx');
    expect(html).not.toContain('<script>x');
    expect(html).toContain('9.9.9');

    const blank = await readXlsx(await api.blankWorkbook({ profile: 'mof-9', year: 2027, unitName: '某某局' }));
    const checked = checkWorkbook(blank, { profile: 'mof-9' });
    expect(checked.tables).toHaveLength(9);
    expect(checked.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
