/**
 * The file host's reader (sheet-reader.ts, behind readXlsx) against the exceljs reading it replaced
 * (test/support/exceljs-reader.ts, the file host's code as it was): for every workbook this project
 * builds — the fixtures, the Shanghai templates, the blank templates and annotated copies, the
 * bench's workbooks at a small size, the hostile workbooks — and for hand-made parts that exceljs
 * never writes, both give the same WorkbookData (deep and strict: the same sparse rows and cells),
 * or fail with the same error code.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { benchWorkbook } from '../../bench/workbook';
import { checkWorkbook } from '../../src/engine/check';
import type { WorkbookData } from '../../src/engine/model/workbook';
import { PROFILE_IDS } from '../../src/engine/tables/profiles';
import { annotateXlsx } from '../../src/hosts/file/annotate';
import { WorkbookReadError } from '../../src/hosts/file/errors';
import { blankWorkbookXlsx } from '../../src/hosts/file/write-templates';
import { readXlsx } from '../../src/hosts/file/xlsx';
import { writeSyntheticDepartment } from '../fixtures/build-fixtures';
import { SHANGHAI_DIR } from '../fixtures/real/shanghai';
import { readXlsxWithExceljs } from '../support/exceljs-reader';
import { farCellsXlsx, giantMergeXlsx, hugeMergesXlsx, longTextXlsx, manyMergesXlsx, manyRowsXlsx, zipBombXlsx } from '../support/hostile';
import { xlsxOf, xlsxParts, type PartBook } from '../support/xlsx-parts';
import { zip } from './zip-writer';

const GEN = path.join(__dirname, '..', 'fixtures', 'generated');
const DATE = new Date(Date.UTC(2024, 0, 1));

type Outcome = { data: WorkbookData } | { error: string; en: string };

async function outcome(read: () => Promise<WorkbookData>): Promise<Outcome> {
  try {
    return { data: await read() };
  } catch (e) {
    if (!(e instanceof WorkbookReadError)) throw e;
    return { error: e.code, en: e.text.en };
  }
}

/** Both readers on the same bytes: the same outcome, strictly (the error's code when they fail). */
async function expectSame(bytes: Uint8Array, fileName?: string): Promise<Outcome> {
  const before = await outcome(() => readXlsxWithExceljs(bytes, { fileName }));
  const now = await outcome(() => readXlsx(bytes, { fileName }));
  if ('error' in before && 'error' in now) expect(now.error).toBe(before.error);
  else expect(now).toStrictEqual(before);
  return now;
}

const cellsOf = (o: Outcome) => ('data' in o ? o.data.sheets.reduce((n, s) => n + s.cells.reduce((m, r) => m + (r ? r.filter(Boolean).length : 0), 0), 0) : 0);

describe('the workbooks this project builds read the same', () => {
  const files = [
    ...fs
      .readdirSync(GEN)
      .filter((f) => /\.xlsx?$/.test(f))
      .map((f) => path.join(GEN, f)),
    ...fs
      .readdirSync(SHANGHAI_DIR)
      .filter((f) => f.endsWith('.xlsx'))
      .map((f) => path.join(SHANGHAI_DIR, f)),
  ];

  test('there are fixtures to compare', () => {
    expect(files.length).toBeGreaterThan(25);
  });

  test.each(files.map((f) => [path.relative(path.join(__dirname, '..'), f), f]))('%s', async (_name, file) => {
    const o = await expectSame(fs.readFileSync(file), file);
    if (!path.basename(file).startsWith('bad-')) expect(cellsOf(o)).toBeGreaterThan(0);
  });

  test('the blank template of every profile (with contents and protected formulas), and an annotated copy', async () => {
    for (const profile of PROFILE_IDS) {
      const { bytes } = await blankWorkbookXlsx({ profile, year: 2025, unitName: '某单位', contents: true, protectFormulas: true, date: DATE });
      const o = await expectSame(bytes);
      expect('data' in o && o.data.sheets.some((s) => s.protected)).toBe(true);
    }
    const seed = fs.readFileSync(path.join(GEN, 'seed-001.xlsx'));
    const report = checkWorkbook(await readXlsx(seed));
    const annotated = await annotateXlsx(seed, report, 'zh-CN', '2024-01-01 08:00');
    expect(cellsOf(await expectSame(annotated))).toBeGreaterThan(cellsOf(await expectSame(seed)));
  });

  test('the bench workbooks at a small size', async () => {
    const { bytes } = await benchWorkbook(300);
    expect(cellsOf(await expectSame(bytes))).toBeGreaterThan(1000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reader-eq-'));
    try {
      const file = path.join(dir, 'dept.xlsx');
      await writeSyntheticDepartment(file, 20);
      expect(cellsOf(await expectSame(fs.readFileSync(file), file))).toBeGreaterThan(1000);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  test('the hostile workbooks, scaled down (and the two that are refused)', async () => {
    for (const bytes of [giantMergeXlsx(), manyMergesXlsx(2000), farCellsXlsx(), farCellsXlsx(5000, 300), longTextXlsx(50_000), manyRowsXlsx(3000)]) {
      expect('data' in (await expectSame(bytes))).toBe(true);
    }
    expect(await expectSame(hugeMergesXlsx(101))).toMatchObject({ error: 'implausible-layout' });
    expect(await expectSame(zipBombXlsx(300))).toMatchObject({ error: 'too-large-inflated' });
  }, 60_000);
});

const sheet = (rows: string, more: Partial<PartBook['sheets'][number]> = {}) => ({ name: '表一', rows, ...more });

/** Styles: xf 1 #,##0.00 (built-in 4), 2 mm-dd-yy (14, a date), 3 a custom amount format with a backslash, 4 a custom Chinese date, 5 built-in 31 (exceljs has no format for it), 6 m/d/yy h:mm (22), 7 a custom format on a built-in id, 8 a time in brackets. */
const STYLES =
  '<numFmts count="4"><numFmt numFmtId="164" formatCode="#,##0.00\\ &quot;元&quot;"/><numFmt numFmtId="165" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="3" formatCode="0.000"/><numFmt numFmtId="166" formatCode="[h]:mm"/></numFmts>' +
  '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
  '<cellXfs count="9"><xf numFmtId="14" fontId="0"/><xf numFmtId="4"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"><alignment horizontal="center"/></xf><xf numFmtId="165"/><xf numFmtId="31"/><xf numFmtId="22"/><xf numFmtId="3"/><xf numFmtId="166"/></cellXfs>' +
  '<dxfs count="1"><dxf><numFmt numFmtId="14" formatCode="0.0"/></dxf></dxfs>';

describe('hand-made parts read the same', () => {
  test('values: numbers, booleans, errors, text cells, inline strings and rich text, shared strings with runs, escapes and phonetic guides', async () => {
    const o = await expectSame(
      xlsxOf({
        strings:
          '<si><t>科目编码</t></si><si><t>a_x000D__x000a_b_x0041_</t></si><si><r><rPr><b/><sz val="11"/></rPr><t>其中：</t></r><r><t xml:space="preserve"> 财政拨款 </t></r></si>' +
          '<si><t/></si><si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1"/></si><si><r><t>x</t></r><r><rPr/></r></si>',
        sheets: [
          sheet(
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c></row>' +
              '<row r="2"><c r="A2"><v>1.5</v></c><c r="B2" t="n"><v>-2E-3</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="b"><v>0</v></c><c r="E2" t="e"><v>#REF!</v></c><c r="F2" t="e"><v>#N/A</v></c><c r="G2"><v>0</v></c></row>' +
              '<row r="3"><c r="A3" t="str"><v>a &amp;amp; b &amp;lt;c&amp;gt;</v></c><c r="B3" t="inlineStr"><is><t>内联 _x0041_</t></is></c><c r="C3" t="inlineStr"><is><r><rPr><i/></rPr><t>粗</t></r><r><t>体_x0041_</t></r></is></c><c r="D3" t="inlineStr"><is><t></t></is></c><c r="E3" t="inlineStr" s="1"><is/></c><c r="F3" t="str"><v> </v></c></row>',
          ),
        ],
        styles: STYLES,
      }),
    );
    expect('data' in o && o.data.sheets[0].cells[0]).toEqual([
      { value: '科目编码', numFmt: 'General' },
      { value: 'a\r_x000a_bA', numFmt: 'General' },
      { value: '其中： 财政拨款 ', numFmt: 'General' },
      { value: '', numFmt: 'General' },
      { value: '漢字', numFmt: 'General' },
      { value: 'x', numFmt: 'General' },
    ]);
  });

  test('a byte order mark before every part; CDATA sections (left out by both, as the file host always did)', async () => {
    const parts = xlsxParts({
      strings: '<si><t><![CDATA[cd]]>x</t></si>',
      sheets: [sheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t><![CDATA[q]]></t></is></c><c r="C1"><v>1</v></c></row>')],
    });
    for (const k of Object.keys(parts)) parts[k] = `\ufeff${parts[k] as string}`;
    const o = await expectSame(zip(parts, { deflate: true }));
    expect('data' in o && o.data.sheets[0].cells[0].map((c) => c?.value)).toEqual(['x', undefined, 1]);
  });

  test('formulas: results of each type, none, zero; shared formulas (relative, absolute, ranges, other sheets, functions); array formulas', async () => {
    const f = (ref: string, formula: string, v?: string, t?: string, attrs = '') =>
      `<c r="${ref}"${t ? ` t="${t}"` : ''}><f${attrs}>${formula}</f>${v === undefined ? '' : `<v>${v}</v>`}</c>`;
    const slave = (ref: string, si: number, v: string) => `<c r="${ref}"><f t="shared" si="${si}"/><v>${v}</v></c>`;
    const o = await expectSame(
      xlsxOf({
        sheets: [
          sheet(
            '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c>' +
              f('C1', 'SUM(A1:B1)', '3') +
              f('D1', 'A1&amp;"元"', '1元', 'str') +
              f('E1', 'A1&gt;B1', '0', 'b') +
              f('F1', '1/0', '#DIV/0!', 'e') +
              f('G1', 'A1-A1', '0') +
              f('H1', 'SUM(D4:D5)') +
              '</row>' +
              '<row r="2"><c r="A2"><v>4</v></c><c r="B2"><v>5</v></c>' +
              f('C2', 'A2+$B$1+B$1+$A2+SUM(A2:B2)+表二!A2+\'表 三\'!B2+LOG10(A2)+Sheet2!A2', '9', undefined, ' t="shared" ref="C2:E4" si="0"') +
              slave('D2', 0, '10') +
              slave('E2', 0, '11') +
              f('F2', 'A2*2', '8', undefined, ' t="array" ref="F2:F3"') +
              f('G2', 'A2', '4', undefined, ' t="shared" ref="G2:G3" si="1"') +
              '</row>' +
              `<row r="3"><c r="A3"><v>6</v></c>${slave('C3', 0, '12')}${slave('D3', 0, '13')}${slave('E3', 0, '14')}<c r="F3"><v>12</v></c>${slave('G3', 1, '6')}</row>` +
              `<row r="4">${slave('C4', 0, '15')}<c r="D4"><f t="shared" si="0">A4*3</f><v>0</v></c>${slave('E4', 0, '0')}</row>`,
          ),
        ],
      }),
    );
    const s = 'data' in o ? o.data.sheets[0] : undefined;
    expect(s?.cells[1][3]).toEqual({ value: 10, formula: "=B2+$B$1+C$1+$A2+SUM(B2:C2)+表二!B2+'表 三'!C2+LOG10(B2)+Sheet2!B2", numFmt: 'General' });
    expect(s?.cells[3][4]).toEqual({ value: 0, formula: "=C4+$B$1+D$1+$A4+SUM(C4:D4)+表二!C4+'表 三'!D4+LOG10(C4)+Sheet2!C4", numFmt: 'General' });
    expect(s?.cells[0][7]).toEqual({ value: null, formula: '=SUM(D4:D5)', numFmt: 'General' });
  });

  test('number formats and dates: built-in and custom formats, style 0, 1900 and 1904 dates, date formula results', async () => {
    const row = (r: number, v: string, f?: string) =>
      `<row r="${r}">${[0, 1, 2, 3, 4, 5, 6, 7, 8].map((s) => `<c r="${String.fromCharCode(65 + s)}${r}" s="${s}">${f ? `<f>${f}</f>` : ''}<v>${v}</v></c>`).join('')}</row>`;
    for (const workbookPr of ['', '<workbookPr date1904="1"/>', '<workbookPr date1904="true"/>']) {
      const o = await expectSame(
        xlsxOf({
          workbookPr,
          styles: STYLES,
          sheets: [sheet(row(1, '45322') + row(2, '45322.3541666667') + row(3, '0.5') + row(4, '-1') + row(5, '2958466') + row(6, '45322', 'TODAY()') + `<row r="7"><c r="A7" s="2" t="str"><f>"x"</f><v>x</v></c><c r="B7" s="2" t="b"><f>TRUE()</f><v>1</v></c><c r="C7" s="2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D7" s="2"><v>abc</v></c><c r="E7" s="9"><v>1</v></c><c r="F7" s="x"><v>1</v></c></row>`)],
        }),
      );
      if (!workbookPr) {
        const s = 'data' in o ? o.data.sheets[0] : undefined;
        // style 0 is "General" whatever its xf says; built-in 31 has no format in exceljs's table; [h]:mm is a date format to exceljs
        expect(s?.cells[0].map((c) => c?.value)).toEqual([45322, 45322, '2024-01-31', 45322, '2024-01-31', 45322, '2024-01-31', 45322, '2024-01-31']);
        expect(s?.cells[0].map((c) => c?.numFmt)).toEqual(['General', '#,##0.00', 'mm-dd-yy', '#,##0.00 "元"', 'yyyy"年"m"月"d"日"', 'General', 'm/d/yy "h":mm', '0.000', '[h]:mm']);
        expect(s?.cells[1][2]?.value).toBe('2024-01-31 08:30:00');
        expect(s?.cells[5][2]).toEqual({ value: '2024-01-31', formula: '=TODAY()', numFmt: 'mm-dd-yy' });
      }
    }
  });

  test('sheets: order from workbook.xml, states, protection, names with entities, absolute targets, a chartsheet, a sheet without relationship', async () => {
    const parts = xlsxParts({
      sheets: [
        { name: '隐藏表', part: 'worksheets/sheet9.xml', rows: '<row r="1"><c r="A1"><v>1</v></c></row>', attrs: 'state="hidden"' },
        { name: 'A &amp;amp; B', rows: '<row r="1"><c r="A1"><v>2</v></c></row>', attrs: 'state="veryHidden"', after: '<sheetProtection sheet="1" objects="1"/>' },
        { name: '未保护', rows: '<row r="1"><c r="A1"><v>3</v></c></row>', after: '<sheetProtection sheet="0"/>' },
        { name: '空表', rows: '', before: '<dimension ref="A1"/>' },
        { name: '图表', part: 'chartsheets/sheet1.xml', rows: '' },
      ],
    });
    parts['xl/_rels/workbook.xml.rels'] = (parts['xl/_rels/workbook.xml.rels'] as string).replace('Target="worksheets/sheet2.xml"', 'Target="/xl/worksheets/sheet2.xml"');
    parts['xl/workbook.xml'] = (parts['xl/workbook.xml'] as string).replace('</sheets>', '<sheet name="无关系" sheetId="9" r:id="rId99"/></sheets>');
    const o = await expectSame(zip(parts, { deflate: true }));
    expect('data' in o && o.data.sheets.map((s) => [s.name, s.visibility, s.protected])).toEqual([
      ['隐藏表', 'hidden', false],
      ['A & B', 'veryHidden', true],
      ['未保护', 'visible', false],
      ['空表', 'visible', false],
    ]);
  });

  test('merges: covered cells empty, overlapping merges left out, a huge merge keeps what it covers, malformed references', async () => {
    const rows =
      '<row r="3"><c r="C3" t="inlineStr"><is><t>标题</t></is></c><c r="D3"><v>1</v></c><c r="E3" s="1"><v>2</v></c></row>' +
      '<row r="4"><c r="C4"><v>3</v></c><c r="D4"><v>4</v></c><c r="H4"><v>5</v></c></row>' +
      '<row r="200"><c r="J200"><v>6</v></c></row>';
    const merges = ['C3:E3', 'D3:D4', 'C4:D4', '$H$4:$I$5', 'A1:', 'B2:A1', 'J1:ZZ2000', 'K10:L11'];
    const o = await expectSame(xlsxOf({ styles: STYLES, sheets: [sheet(rows, { after: `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}<mergeCell/></mergeCells>` })] }));
    expect('data' in o && o.data.sheets[0]).toMatchObject({
      top: 2,
      left: 2,
      ignoredMerges: [
        { top: 2, left: 3, bottom: 3, right: 3 },
        { top: 0, left: 0, bottom: 1, right: 1 },
        { top: 9, left: 10, bottom: 10, right: 11 },
      ],
    });
  });

  test('hyperlinks: a formula cell with an external link reads as its value; an internal link, a link without target, a range keep the formula', async () => {
    const f = (ref: string) => `<c r="${ref}"><f>1+1</f><v>2</v></c>`;
    const o = await expectSame(
      xlsxOf({
        sheets: [
          sheet(`<row r="1">${f('A1')}${f('B1')}${f('C1')}${f('D1')}<c r="E1"><f>NA()</f></c><c r="F1" t="s"><v>0</v></c><c r="G1"/></row>`, {
            after:
              '<hyperlinks><hyperlink ref="A1" r:id="rId1"/><hyperlink ref="B1" location="表一!A1"/><hyperlink ref="C1" r:id="rId2"/><hyperlink ref="D1:D2" r:id="rId1"/><hyperlink ref="E1" r:id="rId1"/><hyperlink ref="F1" r:id="rId1"/><hyperlink ref="G1" r:id="rId1"/></hyperlinks>',
            rels: '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://www.mof.gov.cn/" TargetMode="External"/><Relationship Id="rId2" Type="x" Target=""/>',
          }),
        ],
        strings: '<si><t>财政部</t></si>',
      }),
    );
    expect('data' in o && o.data.sheets[0].cells[0].map((c) => c && (c.formula ?? c.value))).toEqual([2, '=1+1', '=1+1', '=1+1', undefined, '财政部']);
  });

  test('layout: rows and cells out of order, a repeated row or cell, an empty styled cell over a value, cells after a cell without reference, a far cell, a second sheetData', async () => {
    for (const rows of [
      '<row r="5"><c r="D5"><v>1</v></c><c r="B5"><v>2</v></c></row><row r="3"><c r="C3"><v>3</v></c></row>',
      '<row r="2"><c r="B2"><v>1</v></c></row><row r="2"><c r="C2"><v>2</v></c></row>',
      '<row r="2"><c r="B2"><v>1</v></c><c r="B2"><v>2</v></c><c r="C2"><v>3</v></c><c r="C2" s="1"/><c r="D2"><v>4</v></c><c r="D2"/></row>',
      '<row r="1"><c r="B1"><v>1</v></c><c><v>2</v></c><c/><c t="s"><v>0</v></c><c s="1"/><c><v>3</v></c></row>',
      '<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row>',
      '<row r="2"><c r="A2" s="1"/><c r="B2" t="s" s="1"><v>0</v></c></row>',
      '<row r="2" spans="1:3" ht="20" customHeight="1" s="1" customFormat="1"><c r="C2"><v>1</v></c></row><row r="0"><c r="A0"><v>9</v></c></row>',
    ]) {
      await expectSame(xlsxOf({ strings: '<si><t>文本</t></si>', styles: STYLES, sheets: [sheet(rows)] }));
    }
    const twice = xlsxParts({ sheets: [sheet('<row r="1"><c r="A1"><v>1</v></c></row>')] });
    twice['xl/worksheets/sheet1.xml'] = (twice['xl/worksheets/sheet1.xml'] as string).replace('</sheetData>', '</sheetData><sheetData><row r="2"><c r="B2"><v>2</v></c></row></sheetData>');
    await expectSame(zip(twice, { deflate: true }));
  });

  test('bad parts: a shared string that is not there, XML that is not well formed in each part, a damaged part the reader does not need', async () => {
    // (a part cut short at its end: see sheet-reader.test.ts, exceljs did not see all of them)
    const good: PartBook = { strings: '<si><t>a</t></si>', styles: STYLES, sheets: [sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')] };
    expect(await expectSame(xlsxOf({ ...good, sheets: [sheet('<row r="1"><c r="A1" t="s"><v>1</v></c></row>')] }))).toMatchObject({ error: 'unsupported' });
    for (const part of ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml', 'xl/worksheets/sheet1.xml']) {
      const parts = xlsxParts(good);
      parts[part] = (parts[part] as string).replace(/(<\/[a-zA-Z]+>)$/, '</wrong>$1');
      expect({ part, ...(await expectSame(zip(parts, { deflate: true }))) }).toMatchObject({ part, error: 'corrupt' });
    }
    const parts = { ...xlsxParts(good), 'docProps/app.xml': '<Properties/>'.repeat(50) };
    const bytes = zip(parts, { deflate: true });
    const at = bytes.indexOf(Buffer.from('docProps/app.xml')) + 'docProps/app.xml'.length;
    bytes[at] = 0xff; // a deflate block of the reserved type
    expect(await expectSame(bytes)).toMatchObject({ error: 'corrupt' });
  });

  test('zip: a part that inflates past its declared size, an unknown compression method, a zip64 archive', async () => {
    const good = xlsxOf({ sheets: [sheet('<row r="1"><c r="A1"><v>1</v></c></row>')] });
    const lying = Buffer.from(good);
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    const central = lying.lastIndexOf(name) - 46;
    lying.writeUInt32LE(lying.readUInt32LE(central + 24) - 10, central + 24);
    expect(await expectSame(lying)).toMatchObject({ error: 'corrupt' });
    const bzip = Buffer.from(good);
    bzip.writeUInt16LE(12, central + 10);
    bzip.writeUInt16LE(12, bzip.indexOf(name) - 30 + 8);
    expect(await expectSame(bzip)).toMatchObject({ error: 'corrupt' });
    const o = await expectSame(zip64(good));
    expect('data' in o && o.data.sheets[0].cells).toEqual([[{ value: 1, numFmt: 'General' }]]);
  });
});

/** The same archive with a zip64 end of central directory (the classic record's fields all 0xFF…, as some writers do). */
function zip64(b: Buffer): Buffer {
  const eocd = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = b.readUInt16LE(eocd + 10);
  const size = b.readUInt32LE(eocd + 12);
  const offset = b.readUInt32LE(eocd + 16);
  const rec = Buffer.alloc(56);
  rec.writeUInt32LE(0x06064b50, 0);
  rec.writeBigUInt64LE(44n, 4);
  rec.writeUInt16LE(45, 12);
  rec.writeUInt16LE(45, 14);
  rec.writeBigUInt64LE(BigInt(count), 24);
  rec.writeBigUInt64LE(BigInt(count), 32);
  rec.writeBigUInt64LE(BigInt(size), 40);
  rec.writeBigUInt64LE(BigInt(offset), 48);
  const loc = Buffer.alloc(20);
  loc.writeUInt32LE(0x07064b50, 0);
  loc.writeBigUInt64LE(BigInt(eocd), 8);
  loc.writeUInt32LE(1, 16);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12);
  end.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([b.subarray(0, eocd), rec, loc, end]);
}
