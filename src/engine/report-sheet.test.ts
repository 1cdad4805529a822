import { basicExpenditure, BASIC_ROWS_CLEAN, EXPENDITURE_001 } from '../../test/engine/seed-layouts';
import { withCell } from '../../test/support/rules';
import { sheet, workbook } from '../../test/support/sheet';
import { checkWorkbook } from './check';
import type { Finding, WorkbookReport } from './findings';
import type { WorkbookData } from './model/workbook';
import { isReportSheet, reportSheet, reportText, REPORT_SHEET_TITLE } from './report-sheet';

const finding = (severity: Finding['severity'], sheetName: string | null, cells: string[], zh: string): Finding => ({
  rule: 'row-sum',
  severity,
  sheet: sheetName,
  cells,
  message: { 'zh-CN': zh, en: `en ${zh}` },
});

const report = (findings: Finding[]): WorkbookReport => ({ profile: 'henan-2024-unit', profileAuto: true, tables: [], missingTables: [], findings });

describe('reportSheet: the findings as a worksheet', () => {
  const rep = report([
    finding('warning', '表三', ['A9'], '编码不在目录'),
    finding('error', "王's 表", ['F8', 'G8'], '合计不符'),
    finding('error', null, [], '缺少收入预算表'),
  ]);

  test('title, verdict, header, then one row per finding, errors first, the cell a link to it', () => {
    const s = reportSheet(rep, ["王's 表", '表三'], 'zh-CN', '2026/12/2 10:00');
    expect(s.sheetName).toBe('审核结果');
    expect(s.rows[0][0]?.value).toBe(REPORT_SHEET_TITLE);
    expect(s.rows[1][0]?.value).toBe('错误 2 · 警告 1 · 提示 0（2026/12/2 10:00）');
    expect(s.rows[2].map((c) => c?.value)).toEqual(['严重程度', '工作表', '单元格', '规则', '问题']);
    const body = s.rows.slice(3);
    expect(body.map((r) => [r[0]?.value, r[1]?.value, r[4]?.value])).toEqual([
      ['错误', "王's 表", '合计不符'],
      ['错误', '（工作簿）', '缺少收入预算表'],
      ['警告', '表三', '编码不在目录'],
    ]);
    // the sheet name quoted (its apostrophe doubled) in the link; the shown text lists every cell
    expect(body[0][2]?.formula).toBe(`=HYPERLINK("#'王''s 表'!F8","F8,G8")`);
    expect(body[1][2]?.formula).toBeUndefined();
    expect(s.freezeRows).toBe(3);
  });

  test('in English, and the success line when there is nothing', () => {
    expect(reportSheet(rep, [], 'en', 'now').rows[2][4]?.value).toBe('Finding');
    expect(reportSheet(report([]), [], 'zh-CN', '今天').rows[1][0]?.value).toBe('未发现问题（今天）');
  });

  test('reportText: a numbered memo line per finding in list order', () => {
    const text = reportText(rep, ["王's 表", '表三'], 'zh-CN', 'T');
    expect(text.split('\n')).toEqual(['预算表审核助手 审核结果', '错误 2 · 警告 1 · 提示 0（T）', "1. 错误 王's 表!F8,G8：合计不符", '2. 错误 （工作簿）：缺少收入预算表', '3. 警告 表三!A9：编码不在目录', '']);
    expect(reportText(rep, [], 'en', 'T')).toMatch(/^Budget Table Checker results\n/);
  });
});

describe('a workbook holding its own report sheet', () => {
  test('is checked as if the sheet were not there: the report never becomes findings', () => {
    const wb = workbook(withCell(EXPENDITURE_001, 7, 5, 765.39), basicExpenditure(BASIC_ROWS_CLEAN));
    const before = checkWorkbook(wb);
    expect(before.findings.length).toBeGreaterThan(0);
    const s = reportSheet(before, wb.sheets.map((x) => x.name), 'zh-CN', 'T');
    const asData = sheet({ name: s.sheetName, rows: s.rows.map((r) => r.map((c) => c?.value ?? c?.formula)) });
    expect(isReportSheet(asData)).toBe(true);
    const withReport: WorkbookData = { sheets: [...wb.sheets, asData] };
    const after = checkWorkbook(withReport);
    expect(after.findings).toEqual(before.findings);
    expect(after.tables.map((t) => t.sheet)).toEqual(before.tables.map((t) => t.sheet));
    expect(isReportSheet(wb.sheets[0])).toBe(false);
  });

  test('a sheet under the report title is skipped even when a table follows it (without the title, the table is found)', () => {
    const table = { ...EXPENDITURE_001, name: '结果' };
    const titled = { ...table, rows: [[REPORT_SHEET_TITLE], ...table.rows] };
    const untitled = { ...table, rows: [['审核说明'], ...table.rows] };
    expect(checkWorkbook(workbook(untitled)).tables.map((t) => t.sheet)).toEqual(['结果']);
    expect(checkWorkbook(workbook(titled)).tables).toEqual([]);
  });
});
