/**
 * zipDirectory's entry locations (offset, method, packed size) and zipDataStart: each part of a
 * real workbook (deflated, as Excel and exceljs write them) and of a stored archive inflates to
 * exactly the size its directory declares, and to the XML it should hold.
 */
import * as fs from 'fs';
import * as path from 'path';
import { inflateRawSync } from 'zlib';
import { zipDataStart, zipDirectory } from '../../src/hosts/file/zip';
import { zip } from './zip-writer';

function parts(bytes: Buffer): Map<string, Buffer> {
  const dir = zipDirectory(bytes);
  if (dir.kind !== 'ok') throw new Error(dir.kind);
  const out = new Map<string, Buffer>();
  dir.names.forEach((name, i) => {
    const start = zipDataStart(bytes, dir.headers[i].local);
    const packed = bytes.subarray(start, start + dir.packedSizes[i]);
    const data = dir.methods[i] === 0 ? Buffer.from(packed) : inflateRawSync(packed);
    expect(data.length).toBe(dir.sizes[i]);
    out.set(name, data);
  });
  return out;
}

test('a deflated workbook: every part where the directory says, of the size it declares', () => {
  const bytes = fs.readFileSync(path.resolve(__dirname, '../fixtures/generated/seed-001.xlsx'));
  const dir = zipDirectory(bytes);
  expect(dir.kind === 'ok' && dir.methods.includes(8)).toBe(true);
  const got = parts(bytes);
  expect(got.get('xl/workbook.xml')!.toString('utf8')).toContain('<workbook');
  expect(got.get('xl/worksheets/sheet1.xml')!.toString('utf8')).toMatch(/^<\?xml[\s\S]*<worksheet[\s\S]*<\/worksheet>$/);
});

test('a stored archive (method 0): the parts as written', () => {
  const bytes = zip({ 'a.xml': '<a/>', 'b/c.xml': '<c>内容</c>' });
  const got = parts(bytes);
  expect(got.get('a.xml')!.toString('utf8')).toBe('<a/>');
  expect(got.get('b/c.xml')!.toString('utf8')).toBe('<c>内容</c>');
});
