/**
 * The HTML report over reports made here (no file, no host): escaping of everything that comes from
 * a workbook or a file name, self-containment, both languages, the verdict, the coverage and the
 * grid excerpts with their cap.
 */
import type { Finding, WorkbookReport } from '../engine/findings';
import type { CellData, WorkbookData } from '../engine/model/workbook';
import { EXCERPTS_PER_GROUP, MAX_EXCERPTS, reportGrids } from './excerpts';
import { escapeHtml, htmlEnd, htmlFile, htmlStart, type HtmlFile } from './html';

const msg = (zh: string, en: string) => ({ 'zh-CN': zh, en });

function finding(over: Partial<Finding>): Finding {
  return { rule: 'row-sum', severity: 'error', sheet: 'S', cells: ['D4', 'B4', 'C4'], message: msg('合计 3 ≠ 1 + 1', 'total 3 ≠ 1 + 1'), ...over };
}

function report(findings: Finding[], over: Partial<WorkbookReport> = {}): WorkbookReport {
  return {
    profile: 'henan-2024-unit',
    profileAuto: false,
    tables: [
      {
        kind: 'expenditure',
        sheet: 'S',
        title: '2024 expenditure',
        unit: '万元',
        range: 'A1:D9',
        checks: { ran: [{ rule: 'cell-error', cells: 12 }], skipped: [{ rule: 'row-sum', reason: msg('表头中没有合计栏', 'no total column') }, { rule: 'column-sum', reason: msg('表头中没有合计栏', 'no total column') }] },
      },
    ],
    missingTables: [],
    findings,
    ...over,
  };
}

/** A sheet "S": row r, column c holds `r*10+c` (1-based as shown), except what `text` puts. */
function workbook(text: Record<string, string> = {}, name = 'S', rows = 12, cols = 8): WorkbookData {
  const cells: CellData[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: CellData[] = [];
    for (let c = 0; c < cols; c++) line.push({ value: (r + 1) * 10 + c + 1, numFmt: '0.00' });
    cells.push(line);
  }
  for (const [a1, v] of Object.entries(text)) {
    const m = /^([A-Z])(\d+)$/.exec(a1)!;
    cells[Number(m[2]) - 1][m[1].charCodeAt(0) - 65] = { value: v };
  }
  return { sheets: [{ name, top: 0, left: 0, cells, merges: [] }] };
}

function page(files: HtmlFile[], lang: 'zh-CN' | 'en' = 'zh-CN'): string {
  return htmlStart(lang, '1.2.3') + files.map((f, i) => htmlFile(f, i, lang)).join('') + htmlEnd(lang, { files: files.length, error: 1, warning: 0, info: 0, unreadable: 0 });
}

const SCRIPT = '<script>alert("x")</script>';

describe('escaping and self-containment', () => {
  test('cell text, messages, sheet and file names are shown, never markup', () => {
    const evil = `<img src=x onerror=alert(1)>`;
    const f = finding({ sheet: evil, cells: ['B2'], message: msg(`金额栏中的文字 ${SCRIPT}`, `text ${SCRIPT}`) });
    const wb = workbook({ B2: SCRIPT, C3: `a & b "q" 'p'` }, evil);
    const rep = report([f], { tables: [{ kind: 'expenditure', sheet: evil, title: SCRIPT, unit: null, range: 'A1:B2' }] });
    const html = page([{ file: `dir/<b>"bad"&name.xlsx`, report: rep, grids: reportGrids(wb, rep, 'zh-CN') }]);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'); // in the message, the table title and the grid
    expect(html.split('&lt;script&gt;').length - 1).toBeGreaterThanOrEqual(3);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('dir/&lt;b&gt;&quot;bad&quot;&amp;name.xlsx');
    expect(html).toContain('a &amp; b &quot;q&quot; &#39;p&#39;');
  });

  test('control and bidi characters from a file are shown as visible escapes', () => {
    expect(escapeHtml('a\u202eb\u001b[2Jc\nd')).toBe('a\\u{202e}b\\u{1b}[2Jc\\u{a}d');
  });

  test('no request outside the page: no link, no source, no import, no script', () => {
    const rep = report([finding({})]);
    const html = page([{ file: 'a.xlsx', report: rep, grids: reportGrids(workbook(), rep, 'zh-CN') }]);
    for (const bad of ['http://', 'https://', 'src=', 'href=', 'url(', '@import', '<script', '<link', '<img', '<iframe']) expect(html).not.toContain(bad);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/@media print\{/);
    expect(html).toMatch(/@page\{size:A4/);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });
});

describe('content', () => {
  test('zh-CN first; --lang en is English throughout (no Chinese outside the workbook’s own text)', () => {
    const rep = report([finding({}), finding({ severity: 'warning', sheet: null, cells: [], rule: 'missing-table', message: msg('缺少表', 'Missing table') })], {
      missingTables: ['three-public'],
      tables: [{ kind: 'expenditure', sheet: 'S', title: 'T', unit: null, range: 'A1:D9', checks: { ran: [{ rule: 'row-sum', cells: 3, note: msg('行太少', 'few rows') }], skipped: [] } }],
      unitType: { type: 'admin', overridden: false, evidence: msg('依据', 'evidence') },
      catalog: { origin: 'builtin', fn: msg('内置', 'built-in'), econ: msg('内置', 'built-in'), gov: msg('内置', 'built-in') },
    });
    const f = { file: 'a.xlsx', report: rep, grids: reportGrids(workbook(), rep, 'en') };
    const en = page([f, { file: 'b.xlsx', error: msg('文件为空', 'The file is empty') }], 'en');
    expect(en).toMatch(/<html lang="en">/);
    expect(en).not.toMatch(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/);
    for (const s of ['Budget table check report', 'Errors found', 'Tables missing', 'Three public', 'administrative unit', 'Cannot read', 'The file is empty', 'few rows', 'Workbook', '2 files: 1 errors'])
      expect(en.toLowerCase()).toContain(s.toLowerCase());
    const zh = page([f], 'zh-CN');
    for (const s of ['预算表审核报告', '有错误', '缺少的表', '行政单位', '行太少', '工作簿']) expect(zh).toContain(s);
  });

  test('the verdict: errors, no errors (warnings), or clean', () => {
    expect(htmlFile({ file: 'a', report: report([finding({})]) }, 0, 'zh-CN')).toContain('有错误 — 错误 1，警告 0，提示 0');
    expect(htmlFile({ file: 'a', report: report([finding({ severity: 'warning' })]) }, 0, 'zh-CN')).toContain('class="verdict v-warning">没有错误');
    const clean = htmlFile({ file: 'a', report: report([]) }, 0, 'en');
    expect(clean).toContain('class="verdict v-clean">No problem found');
    expect(clean).toContain('No findings in this file');
  });

  test('coverage: what ran (cells compared), what did not and why, and the table no sum was checked on', () => {
    const html = htmlFile({ file: 'a', report: report([]) }, 0, 'zh-CN');
    expect(html).toContain('已校验 1 项，未校验 2 项');
    expect(html).toContain('cell-error 12');
    expect(html).toContain('row-sum：表头中没有合计栏');
    expect(html).toContain('本表未做任何求和校验：表头中没有合计栏');
    const en = htmlFile({ file: 'a', report: report([]) }, 0, 'en');
    expect(en).toContain('no sum was checked in this table: no total column');
  });
});

describe('grid excerpts', () => {
  test('a few rows and columns around the cell, the wrong cell marked, the compared cells shaded', () => {
    const rep = report([finding({ cells: ['E6', 'C6', 'D6'] })]);
    const grids = reportGrids(workbook(), rep, 'zh-CN');
    const e = grids.excerpts['S\u0000E6'];
    expect(e).toMatchObject({ top: 3, left: 1 }); // rows 4–8, columns B–H
    expect(e.rows).toHaveLength(5);
    expect(e.rows[0]).toEqual(['42.00', '43.00', '44.00', '45.00', '46.00', '47.00', '48.00']);
    const html = htmlFile({ file: 'a', report: rep, grids }, 0, 'zh-CN');
    expect(html).toContain('<td class="hit hit-error">65.00</td>');
    expect(html).toContain('<td class="cmp">63.00</td><td class="cmp">64.00</td>');
    expect(html).toMatch(/<tr><td><\/td><th>B<\/th>.*<th>H<\/th>/);
    expect(html).toContain('<th>6</th>');
  });

  test('near the sheet’s corner the excerpt starts at A1; a missing sheet has none', () => {
    const rep = report([finding({ cells: ['A1'] }), finding({ sheet: 'gone', cells: ['A1'] })]);
    const grids = reportGrids(workbook(), rep, 'zh-CN');
    expect(grids.excerpts['S\u0000A1']).toMatchObject({ top: 0, left: 0 });
    expect(grids.excerpts['gone\u0000A1']).toBeUndefined();
    expect(grids.sheets).toEqual(['S']);
  });

  test('10,000 findings of one shape: excerpts for the first few only, and a reasonable size', () => {
    const many = Array.from({ length: 10000 }, (_, i) => finding({ cells: [`D${i + 1}`], message: msg(`合计 ${i} ≠ ${i + 1}`, `total ${i} ≠ ${i + 1}`) }));
    const rep = report(many);
    const wb = workbook({}, 'S', 10001, 6);
    const grids = reportGrids(wb, rep, 'zh-CN');
    expect(Object.keys(grids.excerpts)).toHaveLength(EXCERPTS_PER_GROUP);
    const html = page([{ file: 'a.xlsx', report: rep, grids }]);
    expect(html.split('<table class="grid">').length - 1).toBe(EXCERPTS_PER_GROUP);
    expect(html.split('<tr><td class="addr">').length - 1).toBe(10000); // every finding is listed
    expect(html).toContain('仅显示前 3 处的单元格片段');
    expect(html.length).toBeLessThan(3_000_000);
  });

  test('findings of many shapes: at most MAX_EXCERPTS excerpts for a file', () => {
    const rules = Array.from({ length: MAX_EXCERPTS + 50 }, (_, i) => finding({ rule: `rule-${i}`, cells: [`B${(i % 10) + 1}`, 'A1'] }));
    const distinct = rules.map((f, i) => ({ ...f, cells: [`${String.fromCharCode(65 + (i % 6))}${Math.floor(i / 6) + 1}`] }));
    const grids = reportGrids(workbook({}, 'S', 60, 6), report(distinct), 'zh-CN');
    expect(Object.keys(grids.excerpts)).toHaveLength(MAX_EXCERPTS);
  });
});
