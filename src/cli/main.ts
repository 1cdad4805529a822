/**
 * Node entry of `budget-check`.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { readWorkbookFile } from '../hosts/file/node';
import { WorkbookReadError } from '../hosts/file/errors';
import { run } from './run';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const VERSION: string = require('../../package.json').version;

async function expand(arg: string): Promise<string[]> {
  let st;
  try {
    st = await fs.stat(arg);
  } catch {
    throw new WorkbookReadError('not-found', arg);
  }
  if (!st.isDirectory()) return [arg];
  const out: string[] = [];
  const walk = async (dir: string) => {
    const entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (/\.xlsx$/i.test(e.name) && !e.name.startsWith('~$')) out.push(p);
    }
  };
  await walk(arg);
  return out;
}

run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stderr.isTTY),
  readWorkbook: readWorkbookFile,
  expand,
  version: VERSION,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`budget-check: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 2;
  },
);
