/**
 * The file host's reader as it was before sheet-reader.ts (src/hosts/file/xlsx.ts up to issue 12),
 * kept for the tests alone: the reference the new reader's WorkbookData is compared with
 * (test/file-host/reader-equivalence.test.ts), and the bench's comparison (bench/readers.ts).
 * Do not change what it reads: it stands for what the file host has always read. The checks of the
 * container before parsing (signatures, size limits, xl/workbook.xml) and the date text are the file
 * host's own (`sniff` in xlsx.ts, `dateText` in sheet-reader.ts), unchanged since then.
 *
 * Library: exceljs (see src/hosts/file/CHOICE.md). What comes through:
 * - values: numbers, text, booleans; for a formula its cached result (what Excel showed when the file
 *   was saved) and the formula itself ("=SUM(B5:B9)", shared formulas translated to the cell);
 *   a formula saved without a result (some generators write none) has value null and its formula;
 * - shared strings, inline strings and rich text as plain text (phonetic guides dropped);
 * - error values as { error: '#REF!' }, never a number;
 * - dates as ISO text, "2024-01-31" (or "2024-01-31 08:30:00" with a time): budget tables hold no
 *   date amounts, and a date must never be summed as a serial number. (The Office host sees the
 *   serial number with its date format.) The cell's numFmt keeps the date format;
 * - number formats ("General" when the cell has none), merged areas, hidden / very hidden sheets,
 *   sheet protection.
 * Cells covered by a merge are empty except the top-left one, as in Excel's own `values`.
 *
 * Bad input never crashes and is never read as an empty workbook: every failure is a
 * WorkbookReadError with a zh-CN and an en message.
 */
import ExcelJS from 'exceljs';
import type { RangeRect } from '../../src/engine/model/address';
import type { CellData, CellValue, SheetData, WorkbookData } from '../../src/engine/model/workbook';
import { WorkbookReadError } from '../../src/hosts/file/errors';
import { ignoredMerges, patchMergeReading } from '../../src/hosts/file/exceljs-merges';
import { dateText } from '../../src/hosts/file/sheet-reader';
import { sniff, toBytes, type ReadOptions } from '../../src/hosts/file/xlsx';

interface RichText {
  richText: { text: string }[];
}

/** A value as exceljs stores it → the engine's CellValue. */
function valueOf(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return dateText(v); // exceljs builds dates in UTC from the serial number
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.error === 'string') return { error: o.error };
    if (Array.isArray((o as unknown as RichText).richText)) return (o as unknown as RichText).richText.map((r) => r.text ?? '').join('');
    if ('formula' in o || 'sharedFormula' in o) {
      const r = o.result;
      if (r === undefined || r === null) return null;
      return valueOf(r);
    }
    if ('hyperlink' in o || 'text' in o) return valueOf(o.text); // hyperlink: its shown text
  }
  return String(v);
}

/**
 * exceljs leaves a falsy cached result (0, FALSE, "") out of a formula cell's `value`, though the file
 * holds it (<v>0</v>) and the cell's model keeps it: put it back, or a formula that Excel computed as 0
 * would read as never calculated.
 */
function withResult(v: unknown, cell: ExcelJS.Cell): unknown {
  if (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v) && (v as { result?: unknown }).result === undefined) {
    const r = (cell as unknown as { result?: unknown }).result;
    if (r !== undefined && r !== null) return { ...v, result: r };
  }
  return v;
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
  const raw: { r: number; c: number; cell: CellData }[] = [];
  let left = Infinity;
  let top = Infinity;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const v = withResult(cell.value, cell);
      const value = valueOf(v);
      const formula = formulaOf(v, cell);
      if (value === null && !formula) return;
      const data: CellData = { value };
      if (formula) data.formula = formula;
      data.numFmt = cell.numFmt || 'General';
      raw.push({ r: rowNumber - 1, c: colNumber - 1, cell: data });
      if (colNumber - 1 < left) left = colNumber - 1;
      if (rowNumber - 1 < top) top = rowNumber - 1;
    });
  });
  if (!Number.isFinite(top)) top = left = 0;
  // sparse: only stored cells take room (a stray cell at XFD1048576 adds one row and one cell, not the rectangle)
  const rows: (CellData | null)[][] = [];
  for (const { r, c, cell } of raw) (rows[r - top] ??= [])[c - left] = cell;
  const state = (ws as unknown as { state?: string }).state;
  return {
    name: ws.name,
    top,
    left,
    cells: rows,
    merges: mergesOf(ws),
    ...(ignoredMerges(ws).length ? { ignoredMerges: ignoredMerges(ws) } : {}),
    visibility: state === 'hidden' ? 'hidden' : state === 'veryHidden' ? 'veryHidden' : 'visible',
    protected: Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection?.sheet),
  };
}

/**
 * Errors of the zip layer or of the XML itself mean a damaged file; anything else is exceljs failing
 * on content. The library's own words are not shown: they mean nothing to the user.
 */
function loadError(e: unknown): WorkbookReadError {
  if (e instanceof WorkbookReadError) return e; // refused by this host while exceljs read (merges.ts)
  if (e instanceof TypeError || e instanceof RangeError) return new WorkbookReadError('unsupported');
  return new WorkbookReadError('corrupt');
}

/** Read an .xlsx into the engine model with exceljs, as the file host did; throws WorkbookReadError with a clear message for bad input. */
export async function readXlsxWithExceljs(data: Uint8Array | ArrayBuffer, options: ReadOptions = {}): Promise<WorkbookData> {
  const bytes = toBytes(data);
  const archive = sniff(bytes, options.fileName);
  patchMergeReading();
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw loadError(e);
  }
  if (wb.worksheets.length === 0) throw new WorkbookReadError('no-sheets');
  // exceljs silently drops worksheets whose part is not named xl/worksheets/sheetN.xml: never report
  // such a workbook as if those sheets (tables) were not there
  if (archive && archive.nonStandardParts > 0 && wb.worksheets.length < archive.worksheetParts) {
    const lost = archive.worksheetParts - wb.worksheets.length;
    throw new WorkbookReadError('unsupported', { 'zh-CN': `${lost} 张工作表无法读取`, en: `${lost} worksheet(s) could not be read` });
  }
  try {
    return { sheets: wb.worksheets.map(sheetOf) };
  } catch (e) {
    throw loadError(e);
  }
}
