/**
 * An official classification catalog read from a file (disk or picked in the task pane): the
 * engine's importCatalog, with its CatalogImportError (no codes in the file, or a budget workbook
 * given as the catalog) made a HostError.
 */
import { CatalogImportError, importCatalog } from '../../engine/catalog/import';
import type { ImportedCatalog } from '../../engine/catalog/types';
import { parseCsv } from '../../engine/model/csv';
import type { WorkbookData } from '../../engine/model/workbook';
import { HostError } from '../errors';

export function catalogFromWorkbook(wb: WorkbookData, source: string): ImportedCatalog {
  try {
    return importCatalog(wb, source);
  } catch (e) {
    if (e instanceof CatalogImportError) throw new HostError(e.code === 'budget-workbook' ? 'catalog-is-budget' : 'catalog-no-codes', e.text);
    throw e;
  }
}

/** A UTF-8 CSV's text as a one-sheet workbook. */
export function catalogFromCsv(text: string, source: string): ImportedCatalog {
  return catalogFromWorkbook({ sheets: [parseCsv(text, source)] }, source);
}
