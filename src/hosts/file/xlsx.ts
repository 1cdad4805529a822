/**
 * The file host: an .xlsx (bytes) → the engine's WorkbookData. No file system here, so the same
 * code runs in Node (command line, tests, bench) and in a browser.
 *
 * Library: exceljs (see CHOICE.md). What comes through: cell values with the cached result of every
 * formula (and the formula), shared strings and rich text as plain text, number formats, merged
 * areas, error values as errors, hidden sheets, protection. Dates become ISO text (yyyy-mm-dd):
 * budget tables hold no date amounts, and a date must never be summed as a serial number.
 * Cells covered by a merge are empty except the top-left one, as in Excel's own `values`.
 */
import ExcelJS from 'exceljs';
import type { RangeRect } from '../../engine/model/address';
import type { CellData, CellValue, SheetData, WorkbookData } from '../../engine/model/workbook';
import { WorkbookReadError } from './errors';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(b: Uint8Array, sig: number[]): boolean {
  return b.length >= sig.length && sig.every((x, i) => b[i] === x);
}

function toBytes(data: Uint8Array | ArrayBuffer): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/** Check the container before parsing, to give a clear message for what is not an .xlsx. */
export function sniff(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new WorkbookReadError('empty');
  if (startsWith(bytes, OLE)) throw new WorkbookReadError('ole');
  if (startsWith(bytes, ZIP_EMPTY)) throw new WorkbookReadError('corrupt');
  if (!startsWith(bytes, ZIP)) throw new WorkbookReadError('not-xlsx');
}

function isoDate(d: Date): string {
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10);
}

interface RichText {
  richText: { text: string }[];
}

/** A value as exceljs stores it → the engine's CellValue. */
export function valueOf(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return isoDate(v);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.error === 'string') return { error: o.error };
    if (Array.isArray((o as unknown as RichText).richText)) return (o as unknown as RichText).richText.map((r) => r.text).join('');
    if ('formula' in o || 'sharedFormula' in o) {
      const r = o.result;
      if (r === undefined || r === null) return null;
      return valueOf(r);
    }
    if (typeof o.text === 'string') return o.text; // hyperlink
    if (o.text && typeof o.text === 'object') return valueOf(o.text);
  }
  return String(v);
}

function formulaOf(v: unknown, cell: ExcelJS.Cell): string | undefined {
  if (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
    const f = cell.formula;
    return f ? `=${f}` : undefined;
  }
  return undefined;
}

/** Merged areas of a worksheet (exceljs keeps them in a private map; its public `model` would rebuild every row). */
function mergesOf(ws: ExcelJS.Worksheet): RangeRect[] {
  const internal = (ws as unknown as { _merges?: Record<string, { model: { top: number; left: number; bottom: number; right: number } }> })._merges;
  if (!internal) return [];
  return Object.values(internal).map((m) => ({ top: m.model.top - 1, left: m.model.left - 1, bottom: m.model.bottom - 1, right: m.model.right - 1 }));
}

function sheetOf(ws: ExcelJS.Worksheet): SheetData {
  const rows: (CellData | null)[][] = [];
  let minCol = Infinity;
  let firstRow = Infinity;
  const raw: { r: number; c: number; cell: CellData }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const v = cell.value;
      const value = valueOf(v);
      const formula = formulaOf(v, cell);
      if (value === null && !formula) return;
      const data: CellData = { value };
      if (formula) data.formula = formula;
      const fmt = cell.numFmt;
      if (fmt) data.numFmt = fmt;
      raw.push({ r: rowNumber - 1, c: colNumber - 1, cell: data });
      if (colNumber - 1 < minCol) minCol = colNumber - 1;
      if (rowNumber - 1 < firstRow) firstRow = rowNumber - 1;
    });
  });
  const top = Number.isFinite(firstRow) ? firstRow : 0;
  const left = Number.isFinite(minCol) ? minCol : 0;
  for (const { r, c, cell } of raw) {
    const ri = r - top;
    while (rows.length <= ri) rows.push([]);
    const line = rows[ri];
    const ci = c - left;
    while (line.length < ci) line.push(null);
    line[ci] = cell;
  }
  const state = (ws as unknown as { state?: string }).state;
  return {
    name: ws.name,
    top,
    left,
    cells: rows,
    merges: mergesOf(ws),
    visibility: state === 'hidden' ? 'hidden' : state === 'veryHidden' ? 'veryHidden' : 'visible',
    protected: Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection?.sheet),
  };
}

/** Read an .xlsx into the engine model; throws WorkbookReadError with a clear message for bad input. */
export async function readXlsx(data: Uint8Array | ArrayBuffer): Promise<WorkbookData> {
  const bytes = toBytes(data);
  sniff(bytes);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new WorkbookReadError('corrupt', e instanceof Error ? e.message.slice(0, 120) : undefined);
  }
  return { sheets: wb.worksheets.map(sheetOf) };
}
