/**
 * The file host's reader (sheet-reader.ts through readXlsx) on hand-made parts, with the values
 * written out: shared formulas, rich text, inline strings, errors, dates, hidden sheets, merges;
 * then what it reads where exceljs, the reader before it, refused or dropped something (CHOICE.md),
 * and the zip layer's guards. reader-equivalence.test.ts compares it with exceljs's reading.
 */
import { cellAt, type SheetData } from '../../src/engine/model/workbook';
import { WorkbookReadError } from '../../src/hosts/file/errors';
import { readXlsx } from '../../src/hosts/file/xlsx';
import { readXlsxWithExceljs } from '../support/exceljs-reader';
import { xlsxOf, xlsxParts, type PartSheet } from '../support/xlsx-parts';
import { zip } from './zip-writer';

const at = (s: SheetData, a1: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return cellAt(s, Number(m[2]) - 1, col - 1);
};
const one = async (rows: string, more: Partial<PartSheet> = {}, strings?: string, styles?: string) =>
  (await readXlsx(xlsxOf({ sheets: [{ name: '表一', rows, ...more }], strings, styles }))).sheets[0];
const codeOf = (p: Promise<unknown>) => p.then(() => 'read', (e: unknown) => (e instanceof WorkbookReadError ? e.code : String(e)));

describe('what the reader reads', () => {
  test('a shared formula: each cell its own formula, relative references moved, absolute ones kept, names and functions left alone', async () => {
    const s = await one(
      '<row r="5"><c r="B5"><f t="shared" ref="B5:C7" si="0">SUM($A5:A5)*$B$1+C$2+表二!A5+ROUND(A5,2)+AB1</f><v>1</v></c><c r="C5"><f t="shared" si="0"/><v>2</v></c></row>' +
        '<row r="7"><c r="C7"><f t="shared" si="0"/><v>0</v></c></row>',
    );
    expect(at(s, 'B5')).toEqual({ value: 1, formula: '=SUM($A5:A5)*$B$1+C$2+表二!A5+ROUND(A5,2)+AB1', numFmt: 'General' });
    expect(at(s, 'C5')).toEqual({ value: 2, formula: '=SUM($A5:B5)*$B$1+D$2+表二!B5+ROUND(B5,2)+AC1', numFmt: 'General' });
    expect(at(s, 'C7')).toEqual({ value: 0, formula: '=SUM($A7:B7)*$B$1+D$2+表二!B7+ROUND(B7,2)+AC3', numFmt: 'General' });
  });

  test('an array formula: its formula on the first cell, the others their values', async () => {
    const s = await one('<row r="1"><c r="A1"><f t="array" ref="A1:A2">B1:B2*2</f><v>2</v></c><c r="B1"><v>1</v></c></row><row r="2"><c r="A2"><v>4</v></c><c r="B2"><v>2</v></c></row>');
    expect(at(s, 'A1')).toEqual({ value: 2, formula: '=B1:B2*2', numFmt: 'General' });
    expect(at(s, 'A2')).toEqual({ value: 4, numFmt: 'General' });
  });

  test('rich text joined, in shared strings and inline, phonetic guides dropped, _xHHHH_ escapes decoded in shared strings only', async () => {
    const s = await one(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><rPr><b/></rPr><t>其中：</t></r><r><t>财政拨款_x0041_</t></r></is></c><c r="C1" t="inlineStr"><is><t>内联_x0041_</t></is></c><c r="D1" t="s"><v>1</v></c></row>',
      {},
      '<si><r><rPr><b/><sz val="12"/><rFont val="宋体"/></rPr><t>2024年</t></r><r><t xml:space="preserve">单位 预算</t></r></si><si><t>漢字_x000D_</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></si>',
    );
    expect([at(s, 'A1').value, at(s, 'B1').value, at(s, 'C1').value, at(s, 'D1').value]).toEqual(['2024年单位 预算', '其中：财政拨款A', '内联_x0041_', '漢字\r']);
  });

  test('errors as { error }, as values and as formula results; booleans; a text cell; a formula without a result', async () => {
    const s = await one(
      '<row r="1"><c r="A1" t="e"><v>#REF!</v></c><c r="B1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="C1" t="b"><v>1</v></c><c r="D1" t="b"><f>A1=A1</f><v>0</v></c><c r="E1" t="str"><v>文本</v></c><c r="F1"><f>SUM(A1:A2)</f></c></row>',
    );
    expect(s.cells[0]).toEqual([
      { value: { error: '#REF!' }, numFmt: 'General' },
      { value: { error: '#DIV/0!' }, formula: '=1/0', numFmt: 'General' },
      { value: true, numFmt: 'General' },
      { value: false, formula: '=A1=A1', numFmt: 'General' },
      { value: '文本', numFmt: 'General' },
      { value: null, formula: '=SUM(A1:A2)', numFmt: 'General' },
    ]);
  });

  test('dates: a date format makes ISO text (with the time when there is one), 1904 dates, the format kept', async () => {
    const styles = '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs>';
    const rows = '<row r="1"><c r="A1" s="1"><v>45322</v></c><c r="B1" s="2"><v>45322.3541666667</v></c><c r="C1"><v>45322</v></c><c r="D1" s="1"><f>TODAY()</f><v>45322</v></c></row>';
    const s = await one(rows, {}, undefined, styles);
    expect(s.cells[0]).toEqual([
      { value: '2024-01-31', numFmt: 'mm-dd-yy' },
      { value: '2024-01-31 08:30:00', numFmt: 'yyyy"年"m"月"d"日"' },
      { value: 45322, numFmt: 'General' },
      { value: '2024-01-31', formula: '=TODAY()', numFmt: 'mm-dd-yy' },
    ]);
    const wb = await readXlsx(xlsxOf({ workbookPr: '<workbookPr date1904="1"/>', styles, sheets: [{ name: '表一', rows }] }));
    expect(wb.sheets[0].cells[0][0]!.value).toBe('2028-02-01');
  });

  test('hidden and very hidden sheets, protection, in the workbook’s order', async () => {
    const wb = await readXlsx(
      xlsxOf({
        sheets: [
          { name: '表二', part: 'worksheets/sheet2.xml', rows: '<row r="1"><c r="A1"><v>2</v></c></row>', attrs: 'state="hidden"' },
          { name: '表一', part: 'worksheets/sheet1.xml', rows: '<row r="1"><c r="A1"><v>1</v></c></row>', attrs: 'state="veryHidden"', after: '<sheetProtection sheet="1"/>' },
          { name: '表三', part: 'worksheets/sheet3.xml', rows: '', attrs: 'state="visible"' },
        ],
      }),
    );
    expect(wb.sheets.map((s) => [s.name, s.visibility, s.protected, s.cells.length])).toEqual([
      ['表二', 'hidden', false, 1],
      ['表一', 'veryHidden', true, 1],
      ['表三', 'visible', false, 0],
    ]);
  });

  test('merges: covered cells empty (the used range starts after them), the top-left keeps its value, overlaps left out and remembered', async () => {
    const s = await one('<row r="1"><c r="A1" t="inlineStr"><is><t>标题</t></is></c><c r="B1"><v>9</v></c></row><row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>2</v></c></row>', {
      after: '<mergeCells count="3"><mergeCell ref="A1:B1"/><mergeCell ref="B1:B2"/><mergeCell ref="A2"/></mergeCells>',
    });
    expect(s.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 1 },
      { top: 1, left: 0, bottom: 1, right: 0 },
    ]);
    expect(s.ignoredMerges).toEqual([{ top: 0, left: 1, bottom: 1, right: 1 }]);
    expect([at(s, 'A1').value, at(s, 'B1').value, at(s, 'A2').value, at(s, 'B2').value]).toEqual(['标题', null, 1, 2]);
    const covered = await one('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="B2"><v>3</v></c></row>', { after: '<mergeCells><mergeCell ref="A1:A2"/></mergeCells>' });
    expect([covered.top, covered.left, covered.cells]).toEqual([0, 0, [[{ value: 1, numFmt: 'General' }, { value: 2, numFmt: 'General' }], [undefined, { value: 3, numFmt: 'General' }]]]);
  });

  test('sparse storage: a cell at A1 and one at XFD1048576 are two cells; a sheet starting at C5 has top 4, left 2', async () => {
    const far = await one('<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row>');
    expect(far.cells).toHaveLength(1048576);
    expect(Object.keys(far.cells)).toEqual(['0', '1048575']);
    expect(Object.keys(far.cells[1048575])).toEqual(['16383']);
    const offset = await one('<row r="5"><c r="C5"><v>1</v></c></row><row r="9"><c r="E9"><v>2</v></c></row>');
    expect([offset.top, offset.left, offset.cells.length, offset.cells[4]?.[2]?.value]).toEqual([4, 2, 5, 2]);
  });
});

describe('where exceljs refused or dropped what a well-formed file holds', () => {
  test('rows and cells without their r attribute follow the one before (the first row is 1, the first cell A)', async () => {
    const rows = '<row><c><v>1</v></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row><row r="5"><c><v>5</v></c></row><row><c><v>6</v></c></row>';
    const s = await one(rows);
    expect([at(s, 'A1').value, at(s, 'B1').value, at(s, 'C2').value, at(s, 'D2').value, at(s, 'A5').value, at(s, 'A6').value]).toEqual([1, 2, 3, 4, 5, 6]);
    expect(await codeOf(readXlsxWithExceljs(xlsxOf({ sheets: [{ name: '表一', rows }] })))).not.toBe('read');
  });

  test('sheets without a sheetId, or sharing one, or sharing a part, are all read', async () => {
    const book = xlsxOf({
      sheets: [
        { name: '甲', rows: '<row r="1"><c r="A1"><v>1</v></c></row>', attrs: 'sheetId="0"' },
        { name: '乙', rows: '<row r="1"><c r="A1"><v>2</v></c></row>', attrs: 'sheetId="7"' },
        { name: '丙', rows: '<row r="1"><c r="A1"><v>3</v></c></row>', attrs: 'sheetId="7"' },
        { name: '丁', rows: '<row r="1"><c r="A1"><v>4</v></c></row>', attrs: 'sheetId=""' },
      ],
    });
    expect((await readXlsx(book)).sheets.map((s) => [s.name, s.cells[0][0]!.value])).toEqual([
      ['甲', 1],
      ['乙', 2],
      ['丙', 3],
      ['丁', 4],
    ]);
    expect((await readXlsxWithExceljs(book)).sheets.map((s) => s.name)).toEqual(['丙']);
    const shared = xlsxOf({
      sheets: [
        { name: '甲', part: 'worksheets/sheet1.xml', rows: '<row r="1"><c r="A1"><v>1</v></c></row>' },
        { name: '乙', part: 'worksheets/sheet1.xml', rows: '<row r="1"><c r="A1"><v>1</v></c></row>' },
      ],
    });
    expect((await readXlsx(shared)).sheets.map((s) => s.name)).toEqual(['甲', '乙']);
    expect((await readXlsxWithExceljs(shared)).sheets.map((s) => s.name)).toEqual(['乙']);
  });

  test('an empty shared string <si/> is empty text (exceljs read "[object Object]"); a phonetic guide in an inline string is dropped', async () => {
    const s = await one('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></is></c><c r="C1"><v>1</v></c></row>', {}, '<si/>');
    expect(s.cells[0].map((c) => c?.value)).toEqual(['', '漢字', 1]);
  });

  test('a shared formula cell whose first cell is missing, and a data table cell, keep their value (exceljs read "[object Object]")', async () => {
    const s = await one('<row r="1"><c r="A1"><f t="shared" si="3"/><v>5</v></c><c r="B1"><f t="dataTable" ref="B1:C2" dt2D="1" dtr="0" r1="A1" r2="A2"/><v>6</v></c></row>');
    expect(s.cells[0]).toEqual([
      { value: 5, numFmt: 'General' },
      { value: 6, numFmt: 'General' },
    ]);
  });

  test('a dangling hyperlink or table relationship, a row style without styles.xml, a worksheet no sheet points at whose XML is broken', async () => {
    const books = [
      xlsxOf({ sheets: [{ name: '表一', rows: '<row r="1"><c r="A1"><f>1+1</f><v>2</v></c></row>', after: '<hyperlinks><hyperlink ref="A1" r:id="rId9"/></hyperlinks>' }] }),
      xlsxOf({ sheets: [{ name: '表一', rows: '<row r="1"><c r="A1"><f>1+1</f><v>2</v></c></row>', after: '<tableParts count="1"><tablePart r:id="rId5"/></tableParts>' }] }),
      xlsxOf({ sheets: [{ name: '表一', rows: '<row r="1" s="2" customFormat="1"><c r="A1"><f>1+1</f><v>2</v></c></row>' }] }),
      zip({ ...xlsxParts({ sheets: [{ name: '表一', rows: '<row r="1"><c r="A1"><f>1+1</f><v>2</v></c></row>' }] }), 'xl/worksheets/sheet7.xml': '<worksheet><sheetData><row></sheetData></worksheet>' }, { deflate: true }),
    ];
    for (const book of books) {
      expect((await readXlsx(book)).sheets[0].cells).toEqual([[{ value: 2, formula: '=1+1', numFmt: 'General' }]]);
      expect(await codeOf(readXlsxWithExceljs(book))).toMatch(/^(corrupt|unsupported)$/);
    }
  });

  test('a part that the reader does not need may hold what exceljs could not parse (docProps, a stray element in the shared strings)', async () => {
    const parts = xlsxParts({ sheets: [{ name: '表一', rows: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }], strings: '<si><t>文本</t></si><extLst/>' });
    parts['docProps/app.xml'] = '<Properties><broken></Properties>';
    const bytes = zip(parts, { deflate: true });
    expect((await readXlsx(bytes)).sheets[0].cells[0][0]!.value).toBe('文本');
    expect(await codeOf(readXlsxWithExceljs(bytes))).toBe('corrupt');
  });
});

describe('refused', () => {
  test('a text cell without a shared strings part, or past its end, and a part whose XML is cut short', async () => {
    expect(await codeOf(readXlsx(xlsxOf({ sheets: [{ name: '表一', rows: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }] })))).toBe('unsupported');
    expect(await codeOf(readXlsx(xlsxOf({ sheets: [{ name: '表一', rows: '<row r="1"><c r="A1" t="s"><v>2</v></c></row>' }], strings: '<si><t>a</t></si>' })))).toBe('unsupported');
    for (const part of ['xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml']) {
      const parts = xlsxParts({ sheets: [{ name: '表一', rows: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }], strings: '<si><t>a</t></si>' });
      parts[part] = (parts[part] as string).replace(/<\/[a-zA-Z]+>$/, '');
      expect({ part, code: await codeOf(readXlsx(zip(parts, { deflate: true }))) }).toEqual({ part, code: 'corrupt' });
    }
  });

  test('a part whose data inflates past the size the directory declares is refused as soon as it does (a lying zip bomb)', async () => {
    const parts = xlsxParts({ sheets: [{ name: '表一', rows: '<row r="1"><c r="A1"><v>1</v></c></row>' }] });
    const sheet = Buffer.alloc(8 * 1024 * 1024, 0x20);
    Buffer.from(parts['xl/worksheets/sheet1.xml'] as string).copy(sheet);
    const bytes = zip({ ...parts, 'xl/worksheets/sheet1.xml': sheet }, { deflate: true });
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    const central = bytes.lastIndexOf(name) - 46;
    bytes.writeUInt32LE(4096, central + 24); // declares 4 KiB
    let inflated = 0;
    const { zipDirectory, zipParts } = await import('../../src/hosts/file/zip');
    const dir = zipDirectory(bytes);
    if (dir.kind !== 'ok') throw new Error(dir.kind);
    expect(() => zipParts(bytes, dir).read('xl/worksheets/sheet1.xml', (c) => (inflated += c.length))).toThrow(/past its declared 4096 bytes/);
    expect(inflated).toBeLessThan(4096);
    expect(await codeOf(readXlsx(bytes))).toBe('corrupt');
  });

  test('the same for a part too large to inflate in one step (packed over 64 KiB: inflated slice by slice)', async () => {
    const parts = xlsxParts({ sheets: [{ name: '表一', rows: '<row r="1"><c r="A1"><v>1</v></c></row>' }] });
    const head = Buffer.from(parts['xl/worksheets/sheet1.xml'] as string);
    // 200 KiB that do not compress (a fixed pseudo-random sequence), then 8 MiB of spaces
    const noise = Buffer.alloc(200 * 1024);
    let x = 12345;
    for (let i = 0; i < noise.length; i++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      noise[i] = 0x41 + ((x >>> 16) % 26);
    }
    const sheet = Buffer.concat([head, noise, Buffer.alloc(8 * 1024 * 1024, 0x20)]);
    const bytes = zip({ ...parts, 'xl/worksheets/sheet1.xml': sheet }, { deflate: true });
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    const central = bytes.lastIndexOf(name) - 46;
    expect(bytes.readUInt32LE(central + 20)).toBeGreaterThan(64 * 1024); // packed size
    bytes.writeUInt32LE(300 * 1024, central + 24); // declares 300 KiB
    let inflated = 0;
    const { zipDirectory, zipParts } = await import('../../src/hosts/file/zip');
    const dir = zipDirectory(bytes);
    if (dir.kind !== 'ok') throw new Error(dir.kind);
    expect(() => zipParts(bytes, dir).read('xl/worksheets/sheet1.xml', (c) => (inflated += c.length))).toThrow(/past its declared 307200 bytes/);
    expect(inflated).toBeLessThanOrEqual(300 * 1024);
    expect(await codeOf(readXlsx(bytes))).toBe('corrupt');
  });

  test('an encrypted archive entry', async () => {
    const bytes = xlsxOf({ sheets: [{ name: '表一', rows: '<row r="1"><c r="A1"><v>1</v></c></row>' }] });
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    const central = bytes.lastIndexOf(name) - 46;
    bytes.writeUInt16LE(bytes.readUInt16LE(central + 8) | 1, central + 8);
    expect(await codeOf(readXlsx(bytes))).toBe('corrupt');
  });
});
