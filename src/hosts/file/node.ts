/**
 * Node side of the file host: read a path into WorkbookData (missing files, folders, unreadable
 * files and non-.xlsx content all give a WorkbookReadError).
 */
import { promises as fs } from 'fs';
import type { WorkbookData } from '../../engine/model/workbook';
import { WorkbookReadError } from './errors';
import { readXlsx } from './xlsx';

export async function readWorkbookFile(file: string): Promise<WorkbookData> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new WorkbookReadError('not-found', file);
    if (code === 'EISDIR') throw new WorkbookReadError('not-xlsx', { 'zh-CN': `${file} 是文件夹`, en: `${file} is a folder` });
    throw new WorkbookReadError('unreadable', code ? `${file}: ${code}` : file);
  }
  return readXlsx(bytes, { fileName: file });
}
