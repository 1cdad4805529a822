/**
 * The annotated copy (hosts/file/annotate.ts) re-read cell by cell: every value, formula, number
 * format and merge of every original sheet equals the original's; styles other than the marked
 * fills survive; each finding's cells are filled in its severity's colour with a note holding its
 * message; the results sheet lists every finding with a link to its cell; the input is not touched.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { checkWorkbook } from '../../src/engine/check';
import type { Finding, WorkbookReport } from '../../src/engine/findings';
import { MARK_COLORS, markTargets } from '../../src/engine/marks';
import { REPORT_SHEET_TITLE, reportSheet } from '../../src/engine/report-sheet';
import { annotateXlsx } from '../../src/hosts/file/annotate';
import { WorkbookReadError } from '../../src/hosts/file/errors';
import { readXlsx } from '../../src/hosts/file/xlsx';

const GEN = path.join(__dirname, '../fixtures/generated');
const WHEN = '2026/12/2 10:00:00';
const argb = (hex: string) => `FF${hex.slice(1)}`;

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

type Styles = Map<string, Partial<ExcelJS.Style>>;

/** Every cell's style of every original sheet. */
function styles(wb: ExcelJS.Workbook, names: string[]): Styles {
  const out: Styles = new Map();
  for (const name of names) {
    wb.getWorksheet(name)!.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => out.set(`${name}!${cell.address}`, JSON.parse(JSON.stringify(cell.style ?? {})))),
    );
  }
  return out;
}

/**
 * The styles of the copy against the original's: the same for every cell, except the fill of the
 * marked cells. A marked cell that had no style of its own is written with the fill alone, which
 * exceljs reads back with the workbook's default font (font 0) and no border: the same look, so
 * those two may be added — the same default font on every such cell.
 */
function expectSameStyles(before: Styles, after: Styles, marked: Map<string, Map<string, unknown>>) {
  expect([...after.keys()].filter((k) => !before.has(k))).toEqual([]);
  const defaults = new Set<string>();
  for (const [key, was] of before) {
    const [sheet, a1] = [key.slice(0, key.lastIndexOf('!')), key.slice(key.lastIndexOf('!') + 1)];
    const now = after.get(key) ?? {};
    if (!marked.get(sheet)?.has(a1)) {
      expect({ key, style: now }).toEqual({ key, style: was });
      continue;
    }
    const { fill: _a, ...rest } = now as Record<string, unknown>;
    const { fill: _b, ...restWas } = was as Record<string, unknown>;
    for (const k of Object.keys(rest)) {
      if (k in restWas) expect({ key, [k]: rest[k] }).toEqual({ key, [k]: restWas[k] });
      else if (k === 'border') expect(rest.border).toEqual({});
      else if (k === 'font') defaults.add(JSON.stringify(rest.font));
      else throw new Error(`${key}: ${k} added`);
    }
    for (const k of Object.keys(restWas)) expect({ key, has: k in rest }).toEqual({ key, has: true });
  }
  expect(defaults.size).toBeLessThanOrEqual(1);
}

/** The copy against the original: values, formulas, formats, merges (the file host's reading) and styles. */
async function expectSameContent(original: Uint8Array, copy: Uint8Array, report: WorkbookReport) {
  const [a, b] = await Promise.all([readXlsx(original), readXlsx(copy)]);
  const names = a.sheets.map((s) => s.name);
  expect(b.sheets.slice(0, names.length).map((s) => s.name)).toEqual(names);
  expect(b.sheets).toHaveLength(names.length + 1);
  for (let i = 0; i < names.length; i++) expect(b.sheets[i]).toEqual(a.sheets[i]); // every cell's value, formula and number format; merges
  const [x, y] = await Promise.all([load(original), load(copy)]);
  expectSameStyles(styles(x, names), styles(y, names), markTargets(report.findings));
  return { copy: y, names };
}

describe('a workbook with styles, merges, formulas, notes and a sheet named 审核结果', () => {
  let original: Uint8Array;
  const findings: Finding[] = [
    { rule: 'row-sum', severity: 'error', sheet: '表一', cells: ['D4', 'B4', 'C4'], message: { 'zh-CN': '合计 30 ≠ 10 + 21', en: 'total 30 ≠ 10 + 21' }, expected: 31, actual: 30 },
    { rule: 'text-in-number', severity: 'warning', sheet: '表一', cells: ['C5'], message: { 'zh-CN': '金额栏中的文字「<script>」', en: 'text in an amount column “<script>”' } },
    { rule: 'number-as-text', severity: 'info', sheet: '表一', cells: ['D4'], message: { 'zh-CN': '以文本存储的数字', en: 'number stored as text' } },
    { rule: 'missing-table', severity: 'error', sheet: null, cells: [], message: { 'zh-CN': '缺少三公经费预算表', en: 'Missing table: three public' } },
    { rule: 'placeholder', severity: 'warning', sheet: "it's \"q\"", cells: ['A1'], message: { 'zh-CN': '占位内容', en: 'placeholder' } },
  ];
  const report: WorkbookReport = { profile: 'henan-2024-unit', profileAuto: true, tables: [], missingTables: ['three-public'], findings };

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表一');
    ws.mergeCells('A1:D1');
    ws.getCell('A1').value = '2024年单位支出预算表';
    ws.getCell('A1').font = { name: '宋体', size: 16, bold: true };
    ws.getCell('A1').alignment = { horizontal: 'center' };
    ws.getRow(3).values = ['项目', '基本支出', '项目支出', '合计'];
    ws.getRow(4).values = ['A', 10, 21, 30];
    ws.getRow(5).values = ['B', 5, '<script>', 8];
    const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
    const border = { top: thin, left: thin, bottom: thin, right: thin };
    for (let r = 3; r <= 6; r++)
      for (let c = 1; c <= 4; c++) {
        const cell = ws.getCell(r, c);
        cell.border = border;
        cell.numFmt = '#,##0.00';
        cell.font = { name: 'Arial', size: 10, italic: r === 6 };
      }
    ws.getCell('A6').value = '合计';
    ws.getCell('B6').value = { formula: 'SUM(B4:B5)', result: 15 };
    ws.getCell('D6').value = { formula: 'SUM(D4:D5)', result: 38 };
    ws.getCell('D4').note = '原有批注';
    ws.getCell('B4').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00FF00' } };
    wb.addWorksheet('审核结果').getCell('A1').value = '已有的工作表';
    wb.addWorksheet("it's \"q\"").getCell('A1').value = 'XX';
    original = new Uint8Array(await wb.xlsx.writeBuffer());
  });

  test('values, formulas, merges and every style but the marked fills are the original’s', async () => {
    const input = original.slice();
    const copy = await annotateXlsx(input, report, 'zh-CN', WHEN);
    expect(Buffer.from(input).equals(Buffer.from(original))).toBe(true); // the bytes given are not changed
    const { copy: wb } = await expectSameContent(original, copy, report);
    const ws = wb.getWorksheet('表一')!;
    // the unmarked cells that shared a style with a marked one (D4) keep their fill (none)
    expect((ws.getCell('A4').fill as ExcelJS.FillPattern | undefined)?.fgColor).toBeUndefined();
    expect((ws.getCell('D4').fill as ExcelJS.FillPattern).fgColor?.argb).toBe(argb(MARK_COLORS.error));
    expect(ws.getCell('A4').font).toMatchObject({ name: 'Arial', size: 10 });
    expect(ws.getCell('D4').border).toMatchObject({ top: { style: 'thin' } });
    expect(ws.getCell('D4').numFmt).toBe('#,##0.00');
    expect(ws.getCell('A1').font).toMatchObject({ name: '宋体', size: 16, bold: true });
    expect(ws.getCell('B6').formula).toBe('SUM(B4:B5)');
  });

  test('each finding’s cells filled in its severity’s colour (the most severe wins), its message in a note', async () => {
    const wb = await load(await annotateXlsx(original, report, 'zh-CN', WHEN));
    const ws = wb.getWorksheet('表一')!;
    const fg = (a1: string) => (ws.getCell(a1).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(fg('D4')).toBe(argb(MARK_COLORS.error)); // error and info on D4: error
    expect(fg('B4')).toBe(argb(MARK_COLORS.error)); // a compared cell: its green fill replaced
    expect(fg('C5')).toBe(argb(MARK_COLORS.warning));
    expect(fg('A5')).toBeUndefined();
    const note = (a1: string) => {
      const n = ws.getCell(a1).note as string | { texts: { text: string }[] } | undefined;
      return typeof n === 'string' ? n : (n?.texts.map((t) => t.text).join('') ?? '');
    };
    expect(note('D4')).toBe('原有批注\n[错误] 合计 30 ≠ 10 + 21 (row-sum)\n[提示] 以文本存储的数字 (number-as-text)');
    expect(note('C5')).toBe('[警告] 金额栏中的文字「<script>」 (text-in-number)');
    expect(note('B4')).toBe(''); // notes on the first cell of a finding only
  });

  test('the report sheet (engine/report-sheet, as the pane exports it) after the others, under a free name; links to the cells', async () => {
    const wb = await load(await annotateXlsx(original, report, 'zh-CN', WHEN));
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(['表一', '审核结果', "it's \"q\"", '审核结果 (2)']);
    const ws = wb.getWorksheet('审核结果 (2)')!;
    const expected = reportSheet(report, names.slice(0, 3), 'zh-CN', WHEN);
    expect(ws.getCell('A1').value).toBe(REPORT_SHEET_TITLE);
    expect(ws.getCell('A2').value).toBe(`错误 2 · 警告 2 · 提示 1（${WHEN}）`);
    expected.rows.forEach((cells, r) =>
      cells.forEach((c, col) => {
        const got = ws.getCell(r + 1, col + 1).value;
        if (c?.formula) expect(got).toMatchObject({ formula: c.formula.slice(1) });
        else expect(got ?? '').toBe(c?.value ?? '');
      }),
    );
    expect(ws.rowCount).toBe(3 + findings.length);
    const links = [4, 5, 6, 7, 8].map((r) => ws.getCell(r, 3).value).filter((v) => typeof v === 'object' && v);
    expect(links).toContainEqual({ formula: `HYPERLINK("#'表一'!D4","D4,B4,C4")`, result: 'D4,B4,C4' });
    expect(links).toContainEqual({ formula: `HYPERLINK("#'it''s ""q""'!A1","A1")`, result: 'A1' });
    expect(links).toHaveLength(4); // the missing table: no cell, no link
  });

  test('--lang en: the report sheet is "Check results", in English; the notes too', async () => {
    const wb = await load(await annotateXlsx(original, report, 'en', WHEN));
    const ws = wb.getWorksheet('Check results')!;
    expect(ws.getCell('A2').value).toBe(`2 errors · 2 warnings · 1 info (${WHEN})`);
    expect(ws.getRow(3).values).toEqual([undefined, 'Severity', 'Sheet', 'Cell', 'Rule', 'Finding']);
    expect((wb.getWorksheet('表一')!.getCell('C5').note as string) ?? '').toBe('[warning] text in an amount column “<script>” (text-in-number)');
  });

  test('bytes that are not a workbook: a WorkbookReadError, no copy', async () => {
    await expect(annotateXlsx(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2]), report, 'zh-CN', WHEN)).rejects.toBeInstanceOf(WorkbookReadError);
  });

});

describe.each(['seed-001.xlsx', 'synthetic-henan-2024-unit-formulas-zeros.xlsx', 'shanghai-2026-dept-filled.xlsx', 'synthetic-henan-2024-dept-unmerged-renamed.xlsx', 'bad-cell-errors.xlsx'])(
  'the engine’s findings on %s',
  (file) => {
    test('the copy re-read cell by cell equals the original; the marks and the results sheet are there', async () => {
      const original = new Uint8Array(fs.readFileSync(path.join(GEN, file)));
      const report = checkWorkbook(await readXlsx(original));
      const copy = await annotateXlsx(original, report, 'zh-CN', WHEN);
      const { copy: wb, names } = await expectSameContent(original, copy, report);
      const results = wb.worksheets[names.length];
      expect(results.name).toBe('审核结果');
      expect(results.rowCount).toBe(report.findings.length + 3);
      // checked again, the copy says what the original said: the report sheet is the checker's own, the marks change no figure
      expect(checkWorkbook(await readXlsx(copy)).findings).toEqual(report.findings);
      for (const [sheet, cells] of markTargets(report.findings))
        for (const [a1, severity] of cells) expect((wb.getWorksheet(sheet)!.getCell(a1).fill as ExcelJS.FillPattern).fgColor?.argb).toBe(argb(MARK_COLORS[severity]));
    });
  },
);
