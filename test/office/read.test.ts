import { HostError } from '../../src/hosts/errors';
import { OfficeHost } from '../../src/hosts/office';
import type { ReadProgress } from '../../src/hosts/host';
import { cellAt } from '../../src/engine/model/workbook';
import { createFakeExcel } from '../fakes/excel';
import { budgetSheet, budgetWorkbook, hostOn } from './support';

describe('OfficeHost.readWorkbook', () => {
  it.each([13, 40])('reads a %i-sheet workbook in a fixed number of syncs (2)', async (n) => {
    const fake = budgetWorkbook(n);
    const data = await hostOn(fake).readWorkbook();
    expect(data.sheets).toHaveLength(n);
    // the sheet list; then the used ranges' sizes, merges and cells (each used range within 4,000 rows × 50 columns)
    expect(fake.syncs).toBe(2);
    expect(fake.stats.runs).toBe(1);
  });

  it('a sheet whose used range reaches past 4,000 rows or 50 columns is read whole in a third sync, exactly as the document holds it; the others with the sizes', async () => {
    const long = createFakeExcel({ sheets: [budgetSheet(2), { name: '长表', cells: Array.from({ length: 5000 }, (_, r) => [`项目${r + 1}`, r + 0.5]) }, { name: '宽表', top: 2, cells: [Array.from({ length: 60 }, (_, c) => c)] }] });
    const data = await hostOn(long).readWorkbook();
    expect(long.syncs).toBe(3);
    expect(data).toEqual(long.toWorkbookData());
    expect(cellAt(data.sheets[1], 4999, 1).value).toBe(4999.5);
    expect(cellAt(data.sheets[2], 2, 59).value).toBe(59);
  });

  it('takes as many syncs for 40 sheets as for 1', async () => {
    const one = budgetWorkbook(1);
    const forty = budgetWorkbook(40, undefined, 60);
    await hostOn(one).readWorkbook();
    await hostOn(forty).readWorkbook();
    expect(forty.syncs).toBe(one.syncs);
  });

  it('returns values, formulas and number formats exactly as the document holds them', async () => {
    const fake = budgetWorkbook(13);
    const data = await hostOn(fake).readWorkbook();
    expect(data).toEqual(fake.toWorkbookData());
    const s = data.sheets[2];
    expect(s.name).toBe('表3 支出预算表');
    expect(cellAt(s, 0, 0).value).toBe('2024年支出预算表');
    expect(cellAt(s, 3, 0)).toEqual({ value: '2010350', numFmt: 'General' });
    expect(cellAt(s, 3, 2)).toEqual({ value: 13.37, numFmt: '#,##0.00' });
    expect(cellAt(s, 3, 4)).toEqual({ value: 13.37 + 14.22, formula: '=C4+D4', numFmt: '#,##0.00' });
    expect(cellAt(s, 15, 2).formula).toBe('=SUM(C4:C15)');
  });

  it('a large sheet (converted in slices, the pane getting turns between them) reads exactly as a small one would, in the same 2 syncs', async () => {
    const fake = budgetWorkbook(3, undefined, 3000);
    let turns = 0;
    let reading = true;
    const tick = () => {
      turns++;
      if (reading) setImmediate(tick);
    };
    setImmediate(tick);
    const data = await hostOn(fake).readWorkbook();
    reading = false;
    expect(data).toEqual(fake.toWorkbookData());
    expect(data.sheets[1].cells).toHaveLength(3004);
    expect(fake.syncs).toBe(2);
    expect(turns).toBeGreaterThan(3);
  });

  it('reads error cells as errors, and the same text typed as text as text', async () => {
    const fake = createFakeExcel({
      sheets: [
        {
          name: 'S',
          cells: [
            [{ error: '#REF!' }, { formula: '=1/0' }, { value: { error: '#N/A' }, formula: '=NA()' }],
            ['#REF!', 1, null],
          ],
        },
      ],
    });
    const [s] = (await hostOn(fake).readWorkbook()).sheets;
    expect(cellAt(s, 0, 0).value).toEqual({ error: '#REF!' });
    expect(cellAt(s, 0, 1)).toMatchObject({ value: { error: '#DIV/0!' }, formula: '=1/0' });
    expect(cellAt(s, 0, 2)).toMatchObject({ value: { error: '#N/A' }, formula: '=NA()' });
    expect(cellAt(s, 1, 0).value).toBe('#REF!');
    expect(s.cells[1][2]).toBeNull();
  });

  it('reads empty sheets and used ranges that start below A1; hidden and protected sheets are flagged', async () => {
    const fake = createFakeExcel({
      sheets: [
        { name: '空表' },
        { name: 'Offset', top: 4, left: 2, cells: [[1, 2], [null, 3]] },
        { name: 'Hidden', visibility: 'hidden', protected: true, cells: [['x']] },
      ],
    });
    const data = await hostOn(fake).readWorkbook();
    expect(data.sheets.map((s) => s.name)).toEqual(['空表', 'Offset', 'Hidden']);
    expect(data.sheets[0]).toMatchObject({ cells: [], merges: [], visibility: 'visible', protected: false });
    expect(data.sheets[1]).toMatchObject({ top: 4, left: 2 });
    expect(cellAt(data.sheets[1], 5, 3).value).toBe(3);
    expect(cellAt(data.sheets[1], 5, 2).value).toBeNull();
    expect(data.sheets[2]).toMatchObject({ visibility: 'hidden', protected: true });
    expect(fake.syncs).toBe(2);
  });

  it('reads merged areas with ExcelApi 1.13, including merges reaching beyond the cells with values', async () => {
    const fake = createFakeExcel({
      sheets: [{ name: 'S', cells: [['标题'], ['a', 'b']], merges: ['A1:F1', 'A3:B4'] }, { name: 'NoMerges', cells: [[1]] }],
    });
    const data = await hostOn(fake).readWorkbook();
    expect(data.sheets[0].merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 5 },
      { top: 2, left: 0, bottom: 3, right: 1 },
    ]);
    expect(data.sheets[1].merges).toEqual([]);
  });

  it('leaves merges empty, without failing and in the same syncs, when ExcelApi 1.13 is missing', async () => {
    const fake = budgetWorkbook(13, { excelApi: '1.12' });
    const data = await hostOn(fake).readWorkbook();
    expect(data.sheets).toHaveLength(13);
    expect(data.sheets.every((s) => s.merges.length === 0)).toBe(true);
    expect(cellAt(data.sheets[0], 0, 0).value).toBe('2024年收支预算总表');
    expect(fake.syncs).toBe(2);
  });

  describe('a stray far cell: values at A1 and XFD1048576 (a used range of 17 G cells)', () => {
    const far = (excelApi?: string) => {
      const cells: (number | string | { formula: string } | null)[][] = [];
      cells[0] = ['2024年支出预算表', null, { formula: '=1+1' }];
      cells[1048575] = [];
      cells[1048575][16383] = 7;
      return createFakeExcel({ sheets: [budgetSheet(2), { name: '远', cells }] }, excelApi ? { excelApi } : undefined);
    };

    it('is read as the areas that hold constants and formulas (ExcelApi 1.9), in a third sync, never as its rectangle', async () => {
      const fake = far();
      const data = await hostOn(fake).readWorkbook();
      expect(fake.syncs).toBe(3);
      const s = data.sheets[1];
      expect(s).toMatchObject({ name: '远', top: 0, left: 0 });
      expect(cellAt(s, 0, 0).value).toBe('2024年支出预算表');
      expect(cellAt(s, 0, 2)).toMatchObject({ value: 2, formula: '=1+1' });
      expect(cellAt(s, 1048575, 16383).value).toBe(7);
      expect(cellAt(s, 5000, 5000).value).toBeNull();
      // sparse: two rows and three cells stored, not the rectangle
      expect(Object.keys(s.cells)).toEqual(['0', '1048575']);
      expect(Object.keys(s.cells[1048575])).toEqual(['16383']);
      // the ordinary sheet beside it is read whole, exactly as the document holds it
      expect(data.sheets[0]).toEqual(createFakeExcel({ sheets: [budgetSheet(2)] }).toWorkbookData().sheets[0]);
    });

    it('below ExcelApi 1.9 it is a HostError naming the sheet and the range, in both languages, before any cell past the first 4,000 rows × 50 columns is asked for', async () => {
      const fake = far('1.8');
      const e = (await hostOn(fake).readWorkbook().catch((x: unknown) => x)) as HostError;
      expect(e).toBeInstanceOf(HostError);
      expect(e.code).toBe('used-range-too-large');
      expect(e.text['zh-CN']).toContain('工作表“远”的已用区域 A1:XFD1048576 有 17,179,869,184 个单元格');
      expect(e.text.en).toContain('The used range A1:XFD1048576 of worksheet "远" has 17,179,869,184 cells');
      expect(fake.syncs).toBe(2);
    });
  });

  it('reports progress from 0 to 1 in order', async () => {
    const fake = budgetWorkbook(5);
    const seen: ReadProgress[] = [];
    await hostOn(fake).readWorkbook((p) => seen.push(p));
    const fractions = seen.map((p) => p.fraction);
    expect(fractions[0]).toBe(0);
    expect(fractions[fractions.length - 1]).toBeCloseTo(1);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    expect(seen.every((p) => p.message.includes(' / '))).toBe(true);
  });

  it('tells how many sheets there are, then each one read', async () => {
    const seen: ReadProgress[] = [];
    await hostOn(budgetWorkbook(5)).readWorkbook((p) => seen.push(p));
    expect(seen[0].sheetCount).toBeUndefined();
    expect(seen.slice(1).map((p) => `${p.sheetsRead}/${p.sheetCount}`)).toEqual(['0/5', '1/5', '2/5', '3/5', '4/5', '5/5']);
  });

  it('refuses, in both languages, an Excel without ExcelApi 1.7', async () => {
    const fake = budgetWorkbook(1, { excelApi: '1.6' });
    const host = new OfficeHost({ run: fake.run, isSetSupported: fake.isSetSupported });
    expect(host.isSupported()).toBe(false);
    await expect(host.readWorkbook()).rejects.toThrow(/ExcelApi 1\.7.*\/.*ExcelApi 1\.7/);
    expect(fake.syncs).toBe(0);
  });

  it('that refusal is a HostError: a code, the text in each language, the message "中文 / English"', async () => {
    const fake = budgetWorkbook(1, { excelApi: '1.6' });
    const e = await hostOn(fake).select('表一', 'A1').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(HostError);
    const err = e as HostError;
    expect(err.code).toBe('excel-api-unsupported');
    expect(err.text).toEqual({
      'zh-CN': '此版本的 Excel 不支持本加载项所需的 ExcelApi 1.7，请使用较新版本的 Excel',
      en: 'This version of Excel lacks ExcelApi 1.7, which the add-in needs; please use a newer Excel',
    });
    expect(err.message).toBe(`${err.text['zh-CN']} / ${err.text.en}`);
  });

  it('uses the Office and Excel globals when given nothing', async () => {
    const fake = budgetWorkbook(2);
    const undo = fake.installGlobals();
    try {
      const data = await new OfficeHost().readWorkbook();
      expect(data.sheets).toHaveLength(2);
      expect(fake.syncs).toBe(2);
    } finally {
      undo();
    }
  });
});
