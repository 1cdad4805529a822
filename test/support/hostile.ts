/**
 * Hostile workbooks, built in memory (never committed): a merge over the whole sheet, many merges,
 * two cells far apart, one very long text cell, many rows, and an archive that inflates past the cap.
 * Each takes a size, so tests run them scaled down and the bench (bench/bench.ts) at growing sizes.
 */
import { columnName } from '../../src/engine/model/address';
import { handmadeParts, handmadeXlsx, zip } from '../file-host/zip-writer';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const text = (ref: string, s: string) => `<c r="${ref}" t="inlineStr"><is><t>${esc(s)}</t></is></c>`;
const num = (ref: string, n: number) => `<c r="${ref}"><v>${n}</v></c>`;

/** One merge over the whole sheet (A1:XFD1048576) with a value in its anchor. */
export function giantMergeXlsx(): Buffer {
  return handmadeXlsx([{ name: '合并', xml: `<row r="1">${text('A1', '2024年单位支出预算表')}</row>`, merges: ['A1:XFD1048576'] }]);
}

/** `n` disjoint merges of two cells each (A1:B1, A2:B2, …), every anchor holding a short text. */
export function manyMergesXlsx(n: number): Buffer {
  const rows: string[] = [];
  const merges: string[] = [];
  for (let r = 1; r <= n; r++) {
    rows.push(`<row r="${r}">${text(`A${r}`, `项目${r}`)}</row>`);
    merges.push(`A${r}:B${r}`);
  }
  return handmadeXlsx([{ name: '合并', xml: rows.join(''), merges }]);
}

/** A value at A1 and one at (row, col) (1-based): the used range is their rectangle, the stored cells two. */
export function farCellsXlsx(row = 1048576, col = 16384): Buffer {
  const far = `${columnName(col - 1)}${row}`;
  return handmadeXlsx([{ name: '远', xml: `<row r="1">${num('A1', 1)}</row><row r="${row}">${num(far, 2)}</row>` }]);
}

/** A sentence of the budget narrative with amounts, a list marker and a bracket (what the narrative scans look for). */
const SENTENCE = '2024年收入预算合计1,234.56万元，其中：一般公共预算拨款收入1,000.00万元，（其中：购置费10万元，运行费20万元）事业收入234.56万元，比上年增加12.30万元，增长1.0%。';

/** A "预算说明" sheet whose one cell is `chars` characters of narrative (the sentence above repeated). */
export function longTextXlsx(chars: number): Buffer {
  const s = SENTENCE.repeat(Math.ceil(chars / SENTENCE.length)).slice(0, chars);
  return handmadeXlsx([{ name: '预算说明', xml: `<row r="1">${text('A1', '一、收支预算总体情况')}</row><row r="2">${text('A2', s)}</row>` }]);
}

/** `n` rows of a code, a name and an amount under a title (no recognised header: the scans over rows alone). */
export function manyRowsXlsx(n: number): Buffer {
  const rows: string[] = [`<row r="1">${text('A1', '明细')}</row>`];
  for (let r = 2; r <= n + 1; r++) rows.push(`<row r="${r}">${text(`A${r}`, String(2010100 + (r % 100)))}${text(`B${r}`, `科目${r}`)}${num(`C${r}`, r / 100)}</row>`);
  return handmadeXlsx([{ name: '行', xml: rows.join('') }]);
}

/**
 * A zip bomb: an otherwise valid workbook whose worksheet, deflated, is `mib` MiB of blanks once
 * inflated (about a thousandth of that on disk). The directory states the true inflated size.
 */
export function zipBombXlsx(mib: number): Buffer {
  const parts = handmadeParts([{ name: 'A', xml: `<row r="1">${num('A1', 1)}</row>` }]);
  const sheet = Buffer.alloc(mib * 1024 * 1024, 0x20);
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  Buffer.from(head).copy(sheet);
  Buffer.from('</sheetData></worksheet>').copy(sheet, sheet.length - 24);
  return zip({ ...parts, 'xl/worksheets/sheet1.xml': sheet }, { deflate: true });
}

/** `n` merges each over a whole column (A:A, B:B, …): huge merges no budget table has. */
export function hugeMergesXlsx(n: number): Buffer {
  const merges = Array.from({ length: n }, (_, i) => `${columnName(i)}1:${columnName(i)}1048576`);
  return handmadeXlsx([{ name: '整列', xml: `<row r="1">${num('A1', 1)}</row>`, merges }]);
}
