/**
 * The file host's errors are HostErrors: a code for programs, the text in both languages for people.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { HostError } from '../../src/hosts/errors';
import { readCatalogFile as readPickedCatalog } from '../../src/hosts/file/browser';
import { WorkbookReadError } from '../../src/hosts/file/errors';
import { readCatalogFile, readWorkbookFile } from '../../src/hosts/file/node';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'host-errors-'));
  fs.writeFileSync(path.join(dir, 'names.csv'), '姓名\n张三\n');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const caught = (p: Promise<unknown>) => p.then(() => 'resolved', (e: unknown) => e);

test('a WorkbookReadError is a HostError; its message is the English text', async () => {
  const e = await caught(readWorkbookFile(path.join(dir, 'nope.xlsx')));
  expect(e).toBeInstanceOf(WorkbookReadError);
  expect(e).toBeInstanceOf(HostError);
  const err = e as WorkbookReadError;
  expect(err.name).toBe('WorkbookReadError');
  expect(err.code).toBe('not-found');
  expect(err.text['zh-CN']).toBe(`找不到文件（${path.join(dir, 'nope.xlsx')}）`);
  expect(err.text.en).toBe(`File not found (${path.join(dir, 'nope.xlsx')})`);
  expect(err.message).toBe(err.text.en);
});

test('a catalog without codes is a HostError (catalog-no-codes) from disk and from the task pane', async () => {
  const fromDisk = await caught(readCatalogFile(path.join(dir, 'names.csv')));
  expect(fromDisk).toBeInstanceOf(HostError);
  expect((fromDisk as HostError).code).toBe('catalog-no-codes');
  expect((fromDisk as HostError).text['zh-CN']).toContain('「names.csv」中没有找到分类科目');
  expect((fromDisk as HostError).text.en).toContain('No classification codes found in "names.csv"');

  const bytes = new TextEncoder().encode('姓名\n张三\n');
  const picked = await caught(readPickedCatalog({ name: 'names.csv', arrayBuffer: async () => bytes.buffer as ArrayBuffer }));
  expect(picked).toBeInstanceOf(HostError);
  expect((picked as HostError).code).toBe('catalog-no-codes');
  expect((picked as HostError).text).toEqual((fromDisk as HostError).text);
});

test('a picked file that is neither .xlsx nor .csv is a HostError too', async () => {
  const e = await caught(readPickedCatalog({ name: 'old.xls', arrayBuffer: async () => new ArrayBuffer(0) }));
  expect(e).toBeInstanceOf(HostError);
  expect((e as HostError).code).toBe('not-xlsx');
  expect((e as HostError).text.en).toContain('old.xls is a legacy .xls file');
});
