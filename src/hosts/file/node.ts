/**
 * Node side of the file host: read a path (extension checks, missing files) into WorkbookData.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { WorkbookData } from '../../engine/model/workbook';
import { WorkbookReadError } from './errors';
import { readXlsx } from './xlsx';

export async function readWorkbookFile(file: string): Promise<WorkbookData> {
  const ext = path.extname(file).toLowerCase();
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new WorkbookReadError('not-found', file);
    if (code === 'EISDIR') throw new WorkbookReadError('not-xlsx', file);
    throw new WorkbookReadError('unreadable', code);
  }
  if (ext === '.xls' && bytes.length > 0 && bytes[0] !== 0x50) throw new WorkbookReadError('xls');
  if (ext === '.csv') throw new WorkbookReadError('csv');
  return readXlsx(bytes);
}
