/**
 * The reports on every fixture, byte for byte: the JSON document (zh-CN and en) and the text report
 * of `budget-check`, run in-process over the file host. A refactor that changes what a user or an
 * outside tool reads changes these snapshots; a deliberate change updates them in its own commit.
 */
import * as path from 'path';
import { run, type CliIO } from '../../src/cli/run';
import { readWorkbookFile } from '../../src/hosts/file/node';
import { FIXTURES } from '../fixtures';

const DIR = path.join(__dirname, '../fixtures/generated');

async function report(file: string, args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const io: CliIO = {
    stdout: (s) => (out += s),
    stderr: () => undefined,
    isTTY: false,
    readWorkbook: (f) => readWorkbookFile(path.join(DIR, f)),
    expand: async (a) => [a],
    version: '0.0.0-snapshot',
  };
  const code = await run([...args, '--quiet', file], io);
  return { code, out };
}

describe.each(FIXTURES.map((f) => f.file))('%s', (file) => {
  test('JSON report, zh-CN', async () => {
    const r = await report(file, ['--format', 'json']);
    expect(r.code).toBeLessThan(2);
    expect(r.out).toMatchSnapshot();
  });
  test('JSON report, en', async () => {
    const r = await report(file, ['--format', 'json', '--lang', 'en']);
    expect(r.out).toMatchSnapshot();
  });
  test('text report, zh-CN', async () => {
    const r = await report(file, []);
    expect(r.out).toMatchSnapshot();
  });
});
