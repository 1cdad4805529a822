/**
 * Node side of the file host: read a path into WorkbookData. Only regular files are opened (a
 * device such as /dev/zero, a pipe or a socket is refused before anything is read), and only up
 * to MAX_FILE_BYTES; every failure of the file system is a WorkbookReadError in plain words
 * (never a bare EACCES).
 */
import { constants, promises as fs } from 'fs';
import * as path from 'path';
import type { ImportedCatalog } from '../../engine/catalog/types';
import type { WorkbookReport } from '../../engine/findings';
import type { Lang } from '../../engine/i18n/lang';
import { annotateXlsx } from './annotate';
import type { WorkbookData } from '../../engine/model/workbook';
import { catalogFromCsv, catalogFromWorkbook } from './catalog';
import { WorkbookReadError, type ReadErrorCode } from './errors';
import { readXlsx } from './xlsx';

/** The largest file read (budget workbooks are a few MiB at most). */
const MAX_FILE_BYTES = 200 * 1024 * 1024;

const MIB = 1024 * 1024;

/** A file-system error code → what the user is told (the raw code is never shown). */
export function fsErrorCode(code: string | undefined): ReadErrorCode {
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'not-found';
    case 'EACCES':
    case 'EPERM':
      return 'no-permission';
    case 'EISDIR':
      return 'not-xlsx';
    case 'ELOOP':
    case 'ENAMETOOLONG':
      return 'link-loop';
    case 'EBUSY':
    case 'ETXTBSY':
    case 'EAGAIN':
    case 'EWOULDBLOCK':
      return 'busy';
    case 'EFBIG':
      return 'too-large';
    default:
      return 'unreadable';
  }
}

function fsError(e: unknown, file: string): WorkbookReadError {
  return new WorkbookReadError(fsErrorCode((e as NodeJS.ErrnoException).code), file);
}

/**
 * The bytes of a regular file of at most MAX_FILE_BYTES. The path is checked before it is opened
 * (opening a pipe would wait for a writer), and the open file again (it may have been replaced).
 */
async function readRegularFile(file: string): Promise<Buffer> {
  const refuse = (st: { isFile(): boolean; isDirectory(): boolean; size: number }) => {
    if (st.isDirectory()) throw new WorkbookReadError('not-xlsx', { 'zh-CN': `${file} 是文件夹`, en: `${file} is a folder` });
    if (!st.isFile()) throw new WorkbookReadError('not-regular', file);
    if (st.size > MAX_FILE_BYTES) {
      throw new WorkbookReadError('too-large', {
        'zh-CN': `${file}：${Math.ceil(st.size / MIB)} MiB，上限 ${MAX_FILE_BYTES / MIB} MiB`,
        en: `${file}: ${Math.ceil(st.size / MIB)} MiB, limit ${MAX_FILE_BYTES / MIB} MiB`,
      });
    }
  };
  try {
    refuse(await fs.stat(file));
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    throw fsError(e, file);
  }
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw fsError(e, file);
  }
  try {
    const st = await handle.stat();
    refuse(st);
    // read at most the size stated (plus one byte to notice a file that grows while read)
    const buf = Buffer.allocUnsafe(st.size + 1);
    let n = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buf, n, buf.length - n, n);
      if (bytesRead === 0) break;
      n += bytesRead;
      if (n === buf.length) throw new WorkbookReadError('corrupt', file); // grew while being read
    }
    return buf.subarray(0, n);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    throw fsError(e, file);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

export async function readWorkbookFile(file: string): Promise<WorkbookData> {
  const bytes = await readRegularFile(file);
  return readXlsx(bytes, { fileName: file });
}

/** The annotated copy (annotate.ts) of a file on disk, as bytes; the file itself is only read. */
export async function annotateWorkbookFile(file: string, report: WorkbookReport, lang: Lang, when: string): Promise<Uint8Array> {
  return annotateXlsx(await readRegularFile(file), report, lang, when);
}

/**
 * An official classification catalog from disk: .xlsx (the published workbook) or .csv (UTF-8).
 * Throws a HostError: a WorkbookReadError (unreadable file) or catalog-no-codes (no codes in it).
 */
export async function readCatalogFile(file: string): Promise<ImportedCatalog> {
  const name = path.basename(file);
  if (/\.csv$/i.test(file)) return catalogFromCsv((await readRegularFile(file)).toString('utf8'), name);
  return catalogFromWorkbook(await readWorkbookFile(file), name);
}
