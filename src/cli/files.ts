/**
 * The command line's inputs on disk: a file argument stays as given; a folder becomes every .xlsx
 * inside it, recursively, sorted by path (Excel's "~$" lock files and hidden folders skipped;
 * symbolic links to files followed, to folders not, so there is no loop).
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { WorkbookReadError } from '../hosts/file/errors';

/** Code-point order, the same on every machine and locale. */
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function expandInput(arg: string): Promise<string[]> {
  let st;
  try {
    st = await fs.stat(arg);
  } catch {
    throw new WorkbookReadError('not-found', arg);
  }
  if (!st.isDirectory()) return [arg];
  const out: string[] = [];
  const walk = async (dir: string) => {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => byName(a.name, b.name));
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!e.name.startsWith('.')) await walk(p);
      } else if (/\.xlsx$/i.test(e.name) && !e.name.startsWith('~$')) {
        if (e.isFile() || (e.isSymbolicLink() && (await fs.stat(p).then((s) => s.isFile(), () => false)))) out.push(p);
      }
    }
  };
  await walk(arg);
  return out.sort(byName);
}
