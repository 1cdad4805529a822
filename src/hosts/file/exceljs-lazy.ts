/**
 * exceljs, loaded the first time it is needed. Reading and checking never need it (the file host
 * reads with its own reader, sheet-reader.ts); only writing does (the annotated copy, the blank
 * standard workbook). Loading it takes about half a second, which every `budget-check` run and every
 * worker thread of its pool used to pay before reading its first file.
 */
import type ExcelJS from 'exceljs';

let loaded: typeof ExcelJS | undefined;

export function exceljs(): typeof ExcelJS {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('exceljs') as typeof ExcelJS;
  return loaded;
}
