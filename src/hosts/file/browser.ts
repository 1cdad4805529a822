/**
 * Reading a file the user picked in the task pane (a File from <input type="file">): the official
 * classification catalog, .xlsx or .csv. The .xlsx reader (xlsx.ts, with fflate and saxes) is loaded
 * only when an .xlsx is imported, in its own chunk, so the task pane stays small. Nothing leaves the
 * user's machine.
 */
import type { ImportedCatalog } from '../../engine/catalog/types';
import { catalogFromCsv, catalogFromWorkbook } from './catalog';
import { WorkbookReadError } from './errors';

export interface PickedFile {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export async function readCatalogFile(file: PickedFile): Promise<ImportedCatalog> {
  const name = file.name;
  if (/\.csv$/i.test(name)) {
    const text = new TextDecoder('utf-8').decode(await file.arrayBuffer());
    return catalogFromCsv(text, name);
  }
  if (/\.xlsx$/i.test(name)) {
    const { readXlsx } = await import(/* webpackChunkName: "xlsx" */ './xlsx');
    return catalogFromWorkbook(await readXlsx(new Uint8Array(await file.arrayBuffer()), { fileName: name }), name);
  }
  throw new WorkbookReadError(
    'not-xlsx',
    /\.xls$/i.test(name)
      ? { 'zh-CN': `${name} 是旧版 .xls 文件：请在 Excel 中另存为 .xlsx 后再导入`, en: `${name} is a legacy .xls file: save it as .xlsx in Excel, then import it` }
      : { 'zh-CN': `${name} 不是 .xlsx 或 .csv 文件`, en: `${name} is not an .xlsx or .csv file` },
  );
}
