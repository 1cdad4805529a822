/**
 * The engine walks stored cells, never the rectangle of the used range: a sparse sheet (values at
 * A1 and XFD1048576) costs its stored cells. A stray far cell outside the tables changes nothing.
 */
import * as path from 'path';
import { checkWorkbook } from '../../src/engine/check';
import { forEachCell, forEachStored, sheetRight, type CellData, type WorkbookData } from '../../src/engine/model/workbook';
import { readWorkbookFile } from '../../src/hosts/file/node';

test('forEachStored visits the stored items in index order, dense or sparse; forEachCell gives absolute positions', () => {
  const seen: [number, string][] = [];
  forEachStored(['a', null, undefined, 'b'], (x, i) => seen.push([i, x]));
  expect(seen).toEqual([[0, 'a'], [3, 'b']]);
  const sparse: string[] = [];
  sparse[16383] = 'z';
  sparse[2000] = 'y';
  sparse[5] = 'x';
  const got: [number, string][] = [];
  forEachStored(sparse, (x, i) => got.push([i, x]));
  expect(got).toEqual([[5, 'x'], [2000, 'y'], [16383, 'z']]);

  const cells: CellData[][] = [];
  cells[0] = [{ value: 1 }];
  cells[1048575 - 3] = [];
  cells[1048575 - 3][16383 - 2] = { value: 2 };
  const sheet = { name: 'S', top: 3, left: 2, cells, merges: [] };
  const at: [number, number, unknown][] = [];
  forEachCell(sheet, (r, c, cell) => at.push([r, c, cell.value]));
  expect(at).toEqual([[3, 2, 1], [1048575, 16383, 2]]);
  expect(sheetRight(sheet)).toBe(16384);
});

test('forEachStored: a long mostly filled line (walked by index) and a long one with gaps in most sampled slots (walked by keys) give the same items as a plain scan', () => {
  const scan = (line: (string | undefined)[]) => {
    const out: [number, string][] = [];
    for (let i = 0; i < line.length; i++) if (line[i] !== undefined) out.push([i, line[i]!]);
    return out;
  };
  const walk = (line: (string | undefined)[]) => {
    const out: [number, string][] = [];
    forEachStored(line, (x, i) => out.push([i, x]));
    return out;
  };
  const dense = Array.from({ length: 30000 }, (_, i) => (i % 7 === 3 ? undefined : `d${i}`));
  const gappy: (string | undefined)[] = [];
  for (let i = 0; i < 30000; i += 997) gappy[i] = `g${i}`;
  gappy[29999] = 'last';
  const half: (string | undefined)[] = Array.from({ length: 4096 }, (_, i) => (Math.floor(i / 256) % 2 === 0 ? `h${i}` : undefined));
  for (const line of [dense, gappy, half]) expect(walk(line)).toEqual(scan(line));
  expect(walk(dense)).toHaveLength(30000 - Math.ceil((30000 - 3) / 7));
});

test('a stray far cell beside the tables of a real workbook: the same tables and findings, and no walk over the 17 G cells between', async () => {
  const wb = await readWorkbookFile(path.join(__dirname, '..', 'fixtures', 'generated', 'seed-001.xlsx'));
  const before = checkWorkbook(wb);
  const far: WorkbookData = {
    sheets: wb.sheets.map((s) => {
      const cells = [...s.cells];
      cells[1048575 - s.top] = [];
      cells[1048575 - s.top][16383 - s.left] = { value: '远处' };
      return { ...s, cells };
    }),
  };
  const after = checkWorkbook(far);
  expect(after.tables.map((t) => [t.sheet, t.kind, t.range])).toEqual(before.tables.map((t) => [t.sheet, t.kind, t.range]));
  expect(after.findings).toEqual(before.findings);
});
