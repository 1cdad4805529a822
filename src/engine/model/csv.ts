/**
 * CSV text → one sheet of the workbook model (RFC 4180: quoted fields, doubled quotes, CRLF or LF,
 * a byte-order mark; comma, semicolon or tab as the separator, whichever the first line uses most).
 * Every field stays text: a catalog code such as 01 keeps its leading zero.
 */
import type { CellData, SheetData } from './workbook';

export function parseCsv(text: string, name = 'CSV'): SheetData {
  const src = text.replace(/^\uFEFF/, '');
  const firstLine = src.slice(0, src.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((s) => [s, firstLine.split(s).length - 1] as const);
  const sep = counts.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  const rows: (CellData | null)[][] = [];
  let row: (CellData | null)[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field === '' ? null : { value: field });
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < src.length) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      i++;
    } else if (ch === sep) {
      endField();
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== '' || row.length > 0) endRow();
  return { name, top: 0, left: 0, cells: rows, merges: [] };
}
