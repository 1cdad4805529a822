/**
 * The command line's inputs on disk: a file argument stays as given; a folder becomes every .xlsx
 * inside it, recursively, sorted by path (Excel's "~$" lock files and hidden folders skipped;
 * symbolic links to files followed, to folders not, so there is no loop). Inside a folder, a
 * subfolder that cannot be read or a link that leads nowhere is skipped with a warning naming it;
 * the rest is still checked.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { LocalizedText } from '../engine/i18n/lang';
import { WorkbookReadError } from '../hosts/file/errors';
import { fsErrorCode } from '../hosts/file/node';

/** Code-point order, the same on every machine and locale. */
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Why something inside a folder was skipped (both languages; the caller picks one). */
export type SkipWarning = LocalizedText;

function skipped(p: string, e: unknown): SkipWarning {
  const why = new WorkbookReadError(fsErrorCode((e as NodeJS.ErrnoException).code)).text;
  return { 'zh-CN': `已跳过 ${p}：${why['zh-CN']}`, en: `Skipped ${p}: ${why.en}` };
}

export async function expandInput(arg: string, warn: (w: SkipWarning) => void = () => undefined): Promise<string[]> {
  let st;
  try {
    st = await fs.stat(arg);
  } catch (e) {
    const code = fsErrorCode((e as NodeJS.ErrnoException).code);
    throw new WorkbookReadError(code, arg);
  }
  if (!st.isDirectory()) return [arg];
  const out: string[] = [];
  const walk = async (dir: string, top: boolean) => {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (e) {
      if (top) throw new WorkbookReadError(fsErrorCode((e as NodeJS.ErrnoException).code), dir);
      warn(skipped(dir, e));
      return;
    }
    entries.sort((a, b) => byName(a.name, b.name));
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!e.name.startsWith('.')) await walk(p, false);
      } else if (/\.xlsx$/i.test(e.name) && !e.name.startsWith('~$')) {
        if (e.isFile()) out.push(p);
        else if (e.isSymbolicLink()) {
          try {
            if ((await fs.stat(p)).isFile()) out.push(p);
          } catch (err) {
            warn(skipped(p, err)); // a broken link, or one into a place that cannot be read
          }
        }
      }
    }
  };
  await walk(arg, true);
  return out.sort(byName);
}
