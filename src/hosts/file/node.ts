/**
 * Node side of the file host: read a path into WorkbookData (missing files, folders, unreadable
 * files and non-.xlsx content all give a WorkbookReadError).
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { ImportedCatalog } from '../../engine/catalog/types';
import type { WorkbookData } from '../../engine/model/workbook';
import { catalogFromCsv, catalogFromWorkbook } from './catalog';
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

/**
 * An official classification catalog from disk: .xlsx (the published workbook) or .csv (UTF-8).
 * Throws a HostError: a WorkbookReadError (unreadable file) or catalog-no-codes (no codes in it).
 */
export async function readCatalogFile(file: string): Promise<ImportedCatalog> {
  const name = path.basename(file);
  if (/\.csv$/i.test(file)) {
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') throw new WorkbookReadError('not-found', file);
      throw new WorkbookReadError('unreadable', code ? `${file}: ${code}` : file);
    }
    return catalogFromCsv(text, name);
  }
  return catalogFromWorkbook(await readWorkbookFile(file), name);
}
