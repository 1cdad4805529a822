import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cellAt, type SheetData, type WorkbookData } from '../../src/engine/model/workbook';
import { WorkbookReadError, type ReadErrorCode } from '../../src/hosts/file/errors';
import { readWorkbookFile } from '../../src/hosts/file/node';
import { readXlsx } from '../../src/hosts/file/xlsx';
import { handmadeXlsx, zip } from './zip-writer';

const at = (s: SheetData, a1: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return cellAt(s, Number(m[2]) - 1, col - 1);
};
const sheet = (wb: WorkbookData, name: string) => wb.sheets.find((s) => s.name === name)!;

async function sample(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('表三 支出预算表');
  ws.getCell('A1').value = '2024年单位支出预算表';
  ws.mergeCells('A1:D1');
  ws.getCell('A2').value = '科目编码';
  ws.mergeCells('A2:A3'); // vertical merge
  ws.getCell('B2').value = '合计';
  ws.getCell('C2').value = '基本支出';
  ws.getCell('D2').value = '项目支出';
  ws.getCell('A4').value = '201';
  ws.getCell('B4').value = { formula: 'C4+D4', result: 10.5 };
  ws.getCell('C4').value = 4.25;
  ws.getCell('D4').value = 6.25;
  ws.getCell('A5').value = '201'; // the same text again: one shared string
  ws.getCell('B5').value = { sharedFormula: 'B4', result: 7 } as ExcelJS.CellValue;
  ws.getCell('C5').value = 3;
  ws.getCell('D5').value = 4;
  ws.getCell('B4').value = { formula: 'C4+D4', result: 10.5, shareType: 'shared', ref: 'B4:B5' } as ExcelJS.CellValue;
  for (const a of ['B4', 'C4', 'D4', 'B5']) ws.getCell(a).numFmt = '#,##0.00';
  ws.getCell('B6').value = { formula: '表九!A1', result: { error: '#REF!' } } as ExcelJS.CellValue;
  ws.getCell('C6').value = { error: '#DIV/0!' } as ExcelJS.CellValue;
  ws.getCell('D6').value = { formula: 'SUM(D4:D5)' } as ExcelJS.CellValue; // saved without a result
  ws.getCell('A7').value = { richText: [{ text: '其中：', font: { bold: true } }, { text: '财政拨款' }] };
  ws.getCell('B7').value = new Date(Date.UTC(2024, 0, 31));
  ws.getCell('C7').value = new Date(Date.UTC(2024, 0, 31, 8, 30, 0));
  ws.getCell('D7').value = true;
  ws.getCell('A8').value = { text: '财政部网站', hyperlink: 'https://www.mof.gov.cn/' };
  ws.getCell('B8').value = 0;
  ws.getCell('C8').value = '';
  ws.getCell('D8').value = '-';

  const hidden = wb.addWorksheet('隐藏表', { state: 'hidden' });
  hidden.getCell('A1').value = 1;
  const very = wb.addWorksheet('深度隐藏', { state: 'veryHidden' });
  very.getCell('A1').value = 2;
  const prot = wb.addWorksheet('受保护');
  prot.getCell('C5').value = '从 C5 开始';
  prot.getCell('E9').value = 99;
  await prot.protect('', {});
  wb.addWorksheet('空表');
  return Buffer.from(await wb.xlsx.writeBuffer());
}

let bytes: Buffer;
let model: WorkbookData;
beforeAll(async () => {
  bytes = await sample();
  model = await readXlsx(bytes);
});

describe('readXlsx: the model', () => {
  test('sheets in workbook order with visibility and protection', () => {
    expect(model.sheets.map((s) => [s.name, s.visibility, s.protected])).toEqual([
      ['表三 支出预算表', 'visible', false],
      ['隐藏表', 'hidden', false],
      ['深度隐藏', 'veryHidden', false],
      ['受保护', 'visible', true],
      ['空表', 'visible', false],
    ]);
  });

  test('formulas keep their cached result and the formula text; shared formulas are translated', () => {
    const s = sheet(model, '表三 支出预算表');
    expect(at(s, 'B4')).toEqual({ value: 10.5, formula: '=C4+D4', numFmt: '#,##0.00' });
    expect(at(s, 'B5')).toEqual({ value: 7, formula: '=C5+D5', numFmt: '#,##0.00' });
  });

  test('a formula saved without a result is null with its formula, never zero', () => {
    const c = at(sheet(model, '表三 支出预算表'), 'D6');
    expect(c.value).toBeNull();
    expect(c.formula).toBe('=SUM(D4:D5)');
  });

  test('error cells are errors, also as a formula result', () => {
    const s = sheet(model, '表三 支出预算表');
    expect(at(s, 'B6')).toMatchObject({ value: { error: '#REF!' }, formula: '=表九!A1' });
    expect(at(s, 'C6').value).toEqual({ error: '#DIV/0!' });
  });

  test('number formats, "General" when none is set', () => {
    const s = sheet(model, '表三 支出预算表');
    expect(at(s, 'C4').numFmt).toBe('#,##0.00');
    expect(at(s, 'C5').numFmt).toBe('General');
    expect(at(s, 'C5').value).toBe(3);
  });

  test('shared strings, rich text flattened, hyperlinks as their text, booleans, zero and dash kept', () => {
    const s = sheet(model, '表三 支出预算表');
    expect(at(s, 'A4').value).toBe('201');
    expect(at(s, 'A5').value).toBe('201');
    expect(at(s, 'A7').value).toBe('其中：财政拨款');
    expect(at(s, 'A8').value).toBe('财政部网站');
    expect(at(s, 'D7').value).toBe(true);
    expect(at(s, 'B8').value).toBe(0);
    expect(at(s, 'D8').value).toBe('-');
  });

  test('dates become ISO text (with the time when there is one), never a serial number', () => {
    const s = sheet(model, '表三 支出预算表');
    expect(at(s, 'B7').value).toBe('2024-01-31');
    expect(at(s, 'C7').value).toBe('2024-01-31 08:30:00');
  });

  test('merges in 0-based absolute coordinates; covered cells are empty, the top-left holds the value', () => {
    const s = sheet(model, '表三 支出预算表');
    expect(s.merges).toEqual(
      expect.arrayContaining([
        { top: 0, left: 0, bottom: 0, right: 3 },
        { top: 1, left: 0, bottom: 2, right: 0 },
      ]),
    );
    expect(s.merges).toHaveLength(2);
    expect(at(s, 'A1').value).toBe('2024年单位支出预算表');
    expect(at(s, 'B1').value).toBeNull();
    expect(at(s, 'D1').value).toBeNull();
    expect(at(s, 'A3').value).toBeNull();
  });

  test('the used range starts at the first used cell (top/left); an empty sheet has no cells', () => {
    const p = sheet(model, '受保护');
    expect([p.top, p.left]).toEqual([4, 2]);
    expect(p.cells).toHaveLength(5);
    expect(at(p, 'C5').value).toBe('从 C5 开始');
    expect(at(p, 'E9').value).toBe(99);
    expect(at(p, 'A1').value).toBeNull();
    const e = sheet(model, '空表');
    expect(e.cells).toEqual([]);
    expect(e.merges).toEqual([]);
  });

  test('reads a Buffer, an ArrayBuffer and a Uint8Array view inside a larger buffer alike', async () => {
    const ab: ArrayBuffer = Uint8Array.from(bytes).buffer;
    const big = new Uint8Array(bytes.length + 100);
    big.set(bytes, 50);
    const view = big.subarray(50, 50 + bytes.length);
    expect(await readXlsx(ab)).toEqual(model);
    expect(await readXlsx(view)).toEqual(model);
  });
});

describe('readXlsx: what exceljs does not write', () => {
  test('inline strings and shared strings with phonetic guides (the guide is dropped)', async () => {
    const x = handmadeXlsx(
      [{ name: '表一', xml: '<row r="2"><c r="B2" t="inlineStr"><is><t>内联文本</t></is></c><c r="C2" t="s"><v>0</v></c><c r="D2" t="e"><v>#N/A</v></c></row>' }],
      '<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></si>',
    );
    const s = (await readXlsx(x)).sheets[0];
    expect([s.top, s.left]).toEqual([1, 1]);
    expect(s.cells[0].map((c) => c?.value)).toEqual(['内联文本', '漢字', { error: '#N/A' }]);
  });

  test('overlapping merged areas (some exports write them): the workbook is read, the later overlapping merge left out and remembered', async () => {
    const x = handmadeXlsx([
      { name: '表一', xml: '<row r="1"><c r="A1" t="inlineStr"><is><t>2024年单位支出预算表</t></is></c></row><row r="2"><c r="B2"><v>5</v></c></row>', merges: ['A1:C1', 'B1:D2', 'A3:B3'] },
    ]);
    const s = (await readXlsx(x)).sheets[0];
    expect(s.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 2, left: 0, bottom: 2, right: 1 },
    ]);
    expect(s.ignoredMerges).toEqual([{ top: 0, left: 1, bottom: 1, right: 3 }]);
    expect(cellAt(s, 1, 1).value).toBe(5);
  });

  test('a merge over a whole sheet does not create every covered cell', async () => {
    const x = handmadeXlsx([{ name: 'A', xml: '<row r="1"><c r="A1"><v>1</v></c></row>', merges: ['A1:XFD1048576'] }]);
    const s = (await readXlsx(x)).sheets[0];
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 1048575, right: 16383 }]);
  });

  test('a worksheet exceljs cannot find is an error, not a missing sheet', async () => {
    const x = handmadeXlsx([
      { name: 'A', xml: '<row r="1"><c r="A1"><v>1</v></c></row>' },
      { name: 'B', part: 'worksheets/data.xml', xml: '<row r="1"><c r="A1"><v>2</v></c></row>' },
    ]);
    await expect(readXlsx(x)).rejects.toMatchObject({ code: 'unsupported', text: { en: expect.stringContaining('1 worksheet') } });
  });
});

async function codeOf(p: Promise<unknown>): Promise<ReadErrorCode | string> {
  try {
    await p;
    return 'no error';
  } catch (e) {
    if (!(e instanceof WorkbookReadError)) return `not a WorkbookReadError: ${String(e)}`;
    expect(e.text['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    expect(e.text.en).toMatch(/^[\x20-\x7e]+$/);
    expect(e.messageIn('en')).toBe(e.text.en);
    return e.code;
  }
}

describe('readXlsx: bad input gives a typed error with zh-CN and en messages', () => {
  const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);

  test('empty file', async () => {
    expect(await codeOf(readXlsx(new Uint8Array(0)))).toBe('empty');
  });

  test('OLE container (legacy .xls or encrypted .xlsx), whatever the name', async () => {
    expect(await codeOf(readXlsx(OLE, { fileName: 'a.xlsx' }))).toBe('ole');
    expect(await codeOf(readXlsx(OLE, { fileName: 'a.xls' }))).toBe('ole');
    const e = (await readXlsx(OLE).catch((x) => x)) as WorkbookReadError;
    expect(e.text['zh-CN']).toContain('旧版 .xls 或加密的工作簿');
    expect(e.text['zh-CN']).toContain('另存为 .xlsx（不加密）');
    expect(e.text.en).toMatch(/legacy \.xls or an encrypted workbook/);
  });

  test('.xls and .csv names with non-zip content', async () => {
    expect(await codeOf(readXlsx(Buffer.from('<html><table><tr><td>1</td></tr></table></html>'), { fileName: 'x.XLS' }))).toBe('xls');
    expect(await codeOf(readXlsx(Buffer.from('科目,金额\n201,1.5\n'), { fileName: 'd/x.csv' }))).toBe('csv');
    expect(await codeOf(readXlsx(Buffer.from('科目,金额\n201,1.5\n')))).toBe('not-xlsx');
  });

  test('an .xlsx saved under an .xls name is read', async () => {
    expect((await readXlsx(bytes, { fileName: 'renamed.xls' })).sheets).toHaveLength(5);
  });

  test('truncated and damaged archives', async () => {
    expect(await codeOf(readXlsx(bytes.subarray(0, Math.floor(bytes.length / 2))))).toBe('corrupt');
    expect(await codeOf(readXlsx(Buffer.from('PK\x03\x04 truncated')))).toBe('corrupt');
    // flip bytes inside the compressed data of the first entry: the zip directory is intact
    const damaged = Buffer.from(bytes);
    for (let i = 200; i < 400; i++) damaged[i] ^= 0x5a;
    expect(await codeOf(readXlsx(damaged))).toMatch(/^(corrupt|unsupported)$/);
  });

  test('broken XML inside an intact archive', async () => {
    const x = handmadeXlsx([{ name: 'A', xml: '<row r="1"><c r="A1"><v>1</v></c></row>' }]);
    const broken = Buffer.from(x.toString('latin1').replace('<sheetData>', '<sheetData><row><c></row>'), 'latin1');
    expect(await codeOf(readXlsx(broken))).toMatch(/^(corrupt|unsupported)$/);
  });

  test('archives that are not workbooks', async () => {
    expect(await codeOf(readXlsx(zip({ 'word/document.xml': '<w:document/>', '[Content_Types].xml': '<Types/>' })))).toBe('not-xlsx');
    expect(await codeOf(readXlsx(zip({})))).toBe('not-xlsx');
    const xlsb = (await readXlsx(zip({ 'xl/workbook.bin': 'x', '[Content_Types].xml': '<Types/>' })).catch((e) => e)) as WorkbookReadError;
    expect(xlsb.code).toBe('not-xlsx');
    expect(xlsb.text.en).toContain('.xlsb');
  });

  test('a workbook without worksheets', async () => {
    expect(await codeOf(readXlsx(handmadeXlsx([])))).toBe('no-sheets');
  });
});

describe('readWorkbookFile (Node)', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'file-host-'));
    fs.writeFileSync(path.join(dir, 'ok.xlsx'), bytes);
    fs.writeFileSync(path.join(dir, 'data.csv'), '科目,金额\n');
    fs.writeFileSync(path.join(dir, 'empty.xlsx'), '');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('reads a path into the same model', async () => {
    expect(await readWorkbookFile(path.join(dir, 'ok.xlsx'))).toEqual(model);
  });

  test('missing file, folder, csv, empty file', async () => {
    const missing = (await readWorkbookFile(path.join(dir, 'nope.xlsx')).catch((e) => e)) as WorkbookReadError;
    expect(missing.code).toBe('not-found');
    expect(missing.text['zh-CN']).toContain('nope.xlsx');
    expect(await codeOf(readWorkbookFile(dir))).toBe('not-xlsx');
    expect(await codeOf(readWorkbookFile(path.join(dir, 'data.csv')))).toBe('csv');
    expect(await codeOf(readWorkbookFile(path.join(dir, 'empty.xlsx')))).toBe('empty');
  });
});
