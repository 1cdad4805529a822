import { reportSheet, REPORT_SHEET_TITLE } from '../../src/engine/report-sheet';
import type { SheetTemplate, TemplateCell } from '../../src/engine/templates/types';
import { charsToPoints, textInput } from '../../src/hosts/office/templates';
import { sanitizeSheetName, uniqueSheetNames } from '../../src/hosts/office/sheet-names';
import { createFakeExcel } from '../fakes/excel';
import { budgetWorkbook, hostOn } from './support';

const t = (value: string | number | undefined, style?: TemplateCell['style']): TemplateCell => ({ value, style });

function template(sheetName: string): SheetTemplate {
  return {
    kind: 'general-budget',
    sheetName,
    rows: [
      [t('2025年一般公共预算支出预算表', 'title'), null, null, null],
      [null, null, null, t('单位：万元', 'subtitle')],
      [t('科目编码', 'header'), t('科目名称', 'header'), t('基本支出', 'header'), t('项目支出', 'header')],
      [t('2010350', 'label'), t('事业运行', 'label'), t(undefined, 'amount'), t(undefined, 'amount')],
      [t('05', 'label'), t('-', 'label'), t(1.5, 'amount'), t(2, 'amount')],
      [t('合计', 'total-label'), t(undefined, 'total-label'), { formula: '=SUM(C4:C5)', style: 'total' }, { formula: '=SUM(D4:D5)', style: 'total' }],
      [t('注：本表无数据的，应说明原因。', 'note')],
    ],
    merges: [
      { top: 0, left: 0, bottom: 0, right: 3 },
      { top: 5, left: 0, bottom: 5, right: 1 },
    ],
    columnWidths: [12, 30, 14, 14],
    amountFormat: '#,##0.00',
    freezeRows: 3,
    profile: 'henan-2024-unit',
    number: 5,
    body: { top: 3, bottom: 4 },
    rowSums: [],
    emptyNote: false,
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: 1, titleRows: { top: 0, bottom: 2 }, centerHorizontally: true },
    protectFormulas: false,
  };
}

describe('OfficeHost.addSheets', () => {
  it('writes values, formulas, merges, widths, styles, number formats, borders and frozen rows', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'Sheet1', cells: [['x']] }] });
    const names = await hostOn(fake).addSheets([template('一般公共预算支出表')]);
    expect(names).toEqual(['一般公共预算支出表']);
    const s = '一般公共预算支出表';
    expect(fake.sheetNames()).toEqual(['Sheet1', s]);
    expect(fake.value(s, 'A1')).toBe('2025年一般公共预算支出预算表');
    expect(fake.cell(s, 'A1')).toMatchObject({ bold: true, horizontalAlignment: 'Center' });
    expect(fake.cell(s, 'A3')).toMatchObject({ value: '科目编码', bold: true });
    // Text that Excel would turn into numbers or formulas stays text.
    expect(fake.value(s, 'A4')).toBe('2010350');
    expect(fake.value(s, 'A5')).toBe('05');
    expect(fake.value(s, 'B5')).toBe('-');
    expect(fake.cell(s, 'C5')).toMatchObject({ value: 1.5, numberFormat: '#,##0.00', bold: false });
    expect(fake.cell(s, 'C4')).toMatchObject({ value: null, numberFormat: '#,##0.00' });
    expect(fake.cell(s, 'C6')).toMatchObject({ formula: '=SUM(C4:C5)', value: 1.5, numberFormat: '#,##0.00', bold: true });
    expect(fake.cell(s, 'A6')).toMatchObject({ value: '合计', bold: true });
    expect(fake.cell(s, 'B4').numberFormat).toBe('General');
    expect(fake.merges(s)).toEqual(['A1:D1', 'A6:B6']);
    expect([0, 1, 2, 3].map((c) => fake.columnWidth(s, c))).toEqual([12, 30, 14, 14].map(charsToPoints));
    expect(fake.frozenRows(s)).toBe(3);
    const thin = expect.objectContaining({ style: 'Continuous', weight: 'Thin' });
    expect(fake.cell(s, 'A3').borders).toEqual({ top: thin, left: thin, bottom: thin, right: thin });
    expect(fake.cell(s, 'D6').borders).toEqual({ top: thin, left: thin, bottom: thin, right: thin });
    expect(fake.cell(s, 'A7').borders).toEqual({});
    expect(fake.cell(s, 'A7').bold).toBe(false);
    // The existing sheet is untouched.
    expect(fake.value('Sheet1', 'A1')).toBe('x');
  });

  it('never overwrites: taken names get " (2)", " (3)"…, case-insensitively, also among the new ones', async () => {
    const fake = createFakeExcel({ sheets: [{ name: '收入预算表', cells: [['原有数据']] }, { name: 'ABC' }] });
    const names = await hostOn(fake).addSheets([template('收入预算表'), template('收入预算表'), template('abc'), template('新表')]);
    expect(names).toEqual(['收入预算表 (2)', '收入预算表 (3)', 'abc (2)', '新表']);
    expect(fake.sheetNames()).toEqual(['收入预算表', 'ABC', ...names]);
    expect(fake.value('收入预算表', 'A1')).toBe('原有数据');
    expect(fake.value('收入预算表 (2)', 'A1')).toBe('2025年一般公共预算支出预算表');
  });

  it('adds any number of sheets in 2 syncs', async () => {
    const fake = budgetWorkbook(13);
    const names = await hostOn(fake).addSheets(Array.from({ length: 9 }, (_, i) => template(`表${i + 1} 收支预算总表`)));
    expect(names).toHaveLength(9);
    expect(names[0]).toBe('表1 收支预算总表 (2)');
    expect(fake.syncs).toBe(2);
    expect(fake.sheetNames()).toHaveLength(22);
  });

  it('makes names Excel accepts: no []:*?/\\, at most 31 characters with the suffix, no edge apostrophes', async () => {
    const long = '部门预算项目绩效目标表（汇总）——二〇二五年度区级单位项目支出';
    const fake = createFakeExcel({ sheets: [{ name: sanitizeSheetName(long) }] });
    const names = await hostOn(fake).addSheets([template('a/b:c*d?[e]\\f'), template(long), template("'引号'"), template('')]);
    expect(names[0]).toBe('a_b_c_d__e__f');
    expect(names[1].length).toBeLessThanOrEqual(31);
    expect(names[1].endsWith(' (2)')).toBe(true);
    expect(long.startsWith(names[1].slice(0, -4))).toBe(true);
    expect(names[2]).toBe('引号');
    expect(names[3]).toBe('Sheet');
    expect(fake.sheetNames().slice(1)).toEqual(names);
  });

  it('returns [] for no templates without touching the workbook', async () => {
    const fake = budgetWorkbook(1);
    expect(await hostOn(fake).addSheets([])).toEqual([]);
    expect(fake.syncs).toBe(0);
  });
});

describe('sheet names and text inputs', () => {
  it('dedupes against existing names and each other', () => {
    expect(uniqueSheetNames(['A', 'a', 'A (2)', 'B'], ['a'])).toEqual(['A (2)', 'a (3)', 'A (2) (2)', 'B']);
    expect(sanitizeSheetName('History')).toBe('History_');
    const emoji = '表'.repeat(30) + '😀';
    expect(sanitizeSheetName(emoji)).toBe('表'.repeat(30));
  });

  it('protects text that Excel would coerce, and only that', () => {
    expect(textInput('2010350')).toBe("'2010350");
    expect(textInput('05')).toBe("'05");
    expect(textInput('-')).toBe("'-");
    expect(textInput('=A1')).toBe("'=A1");
    expect(textInput('TRUE')).toBe("'TRUE");
    expect(textInput('1月1日')).toBe("'1月1日");
    expect(textInput('#REF!')).toBe("'#REF!");
    expect(textInput('事业运行')).toBe('事业运行');
    expect(textInput('一、一般公共服务支出')).toBe('一、一般公共服务支出');
    expect(textInput('单位：万元')).toBe('单位：万元');
  });
});

describe('OfficeHost.addReportSheet', () => {
  const rep = {
    profile: 'henan-2024-unit',
    profileAuto: true,
    tables: [],
    missingTables: [],
    findings: [{ rule: 'row-sum', severity: 'error' as const, sheet: 'Sheet1', cells: ['A1'], message: { 'zh-CN': '=合计不符', en: 'x' } }],
  };

  it('adds the findings as a new, activated sheet; existing sheets keep every value; a taken name gets a new one', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'Sheet1', cells: [['x', 1]] }, { name: '审核结果', cells: [['用户自己的表']] }] });
    const name = await hostOn(fake).addReportSheet(reportSheet(rep, ['Sheet1'], 'zh-CN', 'T'));
    expect(name).not.toBe('审核结果');
    expect(fake.sheetNames()).toEqual(['Sheet1', '审核结果', name]);
    expect(fake.value('审核结果', 'A1')).toBe('用户自己的表');
    expect(fake.value('Sheet1', 'B1')).toBe(1);
    expect(fake.value(name, 'A1')).toBe(REPORT_SHEET_TITLE);
    // a message that starts with "=" stays text; the cell column is a link formula
    expect(fake.value(name, 'E4')).toBe('=合计不符');
    expect(fake.cell(name, 'E4').formula).toBeUndefined();
    expect(fake.cell(name, 'C4').formula).toBe('=HYPERLINK("#Sheet1!A1","A1")');
    expect(fake.frozenRows(name)).toBe(3);
    await fake.run(async (ctx) => {
      const active = ctx.workbook.worksheets.getActiveWorksheet().load('name');
      await ctx.sync();
      expect(active.name).toBe(name);
    });
  });
});
