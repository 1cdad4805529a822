/**
 * Hand-made .xlsx parts for the reader tests: a workbook whose worksheets, shared strings, styles,
 * sheet states and relationships are written out as XML, to reach what exceljs never writes
 * (inline strings, shared formulas as Excel writes them, custom number formats, hyperlinks on
 * formulas, duplicate cells, odd references). Zipped by test/file-host/zip-writer.ts.
 */
import { zip } from '../file-host/zip-writer';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

export interface PartSheet {
  /** The sheet's name as written in workbook.xml (escape it as XML yourself). */
  name: string;
  /** The worksheet's part under xl/, default worksheets/sheetN.xml. */
  part?: string;
  /** The `<sheetData>` content. */
  rows: string;
  /** Elements after `<sheetData>` (mergeCells, hyperlinks, sheetProtection …). */
  after?: string;
  /** Elements before `<sheetData>`. */
  before?: string;
  /** Extra attributes of `<sheet>` in workbook.xml (state="hidden", a sheetId of its own …). */
  attrs?: string;
  /** The worksheet's relationships (`<Relationship>` elements). */
  rels?: string;
}

export interface PartBook {
  sheets: PartSheet[];
  /** `<si>` elements. */
  strings?: string;
  /** The `<styleSheet>` content (numFmts, cellXfs …). */
  styles?: string;
  /** Extra elements of workbook.xml before `<sheets>` (workbookPr …). */
  workbookPr?: string;
}

/** The parts of a workbook (name → content), to be changed before zipping. */
export function xlsxParts(book: PartBook): Record<string, string | Uint8Array> {
  const parts = book.sheets.map((s, i) => s.part ?? `worksheets/sheet${i + 1}.xml`);
  const files: Record<string, string | Uint8Array> = {
    '[Content_Types].xml': `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
    '_rels/.rels': `${XML}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `${XML}<workbook xmlns="${NS}" xmlns:r="${REL}">${book.workbookPr ?? ''}<sheets>` +
      book.sheets.map((s, i) => `<sheet name="${s.name}" ${s.attrs?.includes('sheetId=') ? '' : `sheetId="${i + 1}" `}r:id="rId${i + 1}"${s.attrs ? ` ${s.attrs}` : ''}/>`).join('') +
      `</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels':
      `${XML}<Relationships xmlns="${PKG}">` +
      parts.map((p, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${p}"/>`).join('') +
      `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  };
  book.sheets.forEach((s, i) => {
    files[`xl/${parts[i]}`] = `${XML}<worksheet xmlns="${NS}" xmlns:r="${REL}">${s.before ?? ''}<sheetData>${s.rows}</sheetData>${s.after ?? ''}</worksheet>`;
    if (s.rels) files[`xl/${parts[i].replace(/([^/]+)$/, '_rels/$1.rels')}`] = `${XML}<Relationships xmlns="${PKG}">${s.rels}</Relationships>`;
  });
  if (book.strings !== undefined) files['xl/sharedStrings.xml'] = `${XML}<sst xmlns="${NS}">${book.strings}</sst>`;
  if (book.styles !== undefined) files['xl/styles.xml'] = `${XML}<styleSheet xmlns="${NS}">${book.styles}</styleSheet>`;
  return files;
}

/** The workbook zipped (deflated, as Excel writes it). */
export function xlsxOf(book: PartBook): Buffer {
  return zip(xlsxParts(book), { deflate: true });
}
