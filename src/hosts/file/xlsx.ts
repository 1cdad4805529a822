/**
 * The file host: an .xlsx (bytes) → the engine's WorkbookData. No file system here, so the same
 * code runs in Node (command line, tests, bench) and in a browser.
 *
 * Reader: sheet-reader.ts (fflate to inflate, saxes to parse each worksheet straight into the
 * model; see CHOICE.md). What comes through:
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
import type { WorkbookData } from '../../engine/model/workbook';
import { WorkbookReadError } from './errors';
import { readSheets } from './sheet-reader';
import { zip64Parts, zipDirectory, zipParts } from './zip';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
/** OLE2 / CFB compound file: a legacy .xls, or an encrypted .xlsx (Excel wraps those in CFB). */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export interface ReadOptions {
  /** The file's name (or path), when known: its extension sharpens the message for what is not an .xlsx. */
  fileName?: string;
}

function startsWith(b: Uint8Array, sig: number[]): boolean {
  return b.length >= sig.length && sig.every((x, i) => b[i] === x);
}

export function toBytes(data: Uint8Array | ArrayBuffer): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

function extensionOf(fileName: string | undefined): string {
  const m = fileName ? /\.([^./\\]+)$/.exec(fileName) : null;
  return m ? m[1].toLowerCase() : '';
}

const WORKSHEET_PART = /^\/?xl\/worksheets\/[^/]+\.xml$/i;
/** The worksheet part names read (as exceljs read them: other names are not found, see readXlsx). */
const STANDARD_WORKSHEET_PART = /^\/?xl\/worksheets\/sheet\d+\.xml$/;

const MIB = 1024 * 1024;
/** The most one part of the archive (a worksheet, the shared strings) may declare once inflated. */
const MAX_PART_BYTES = 256 * MIB;
/** The most the whole archive may declare once inflated. */
const MAX_INFLATED_BYTES = 512 * MIB;

/** Refuse, before anything is inflated, an archive that declares parts too large to read. */
function checkInflatedSizes(names: string[], sizes: number[]): void {
  const mib = (n: number) => Math.ceil(n / MIB);
  let total = 0;
  for (let i = 0; i < names.length; i++) {
    total += sizes[i];
    if (sizes[i] > MAX_PART_BYTES) {
      throw new WorkbookReadError('too-large-inflated', {
        'zh-CN': `${names[i]} 解压后 ${mib(sizes[i])} MiB，单个部分上限 ${MAX_PART_BYTES / MIB} MiB`,
        en: `${names[i]} is ${mib(sizes[i])} MiB unpacked, limit ${MAX_PART_BYTES / MIB} MiB per part`,
      });
    }
  }
  if (total > MAX_INFLATED_BYTES) {
    throw new WorkbookReadError('too-large-inflated', {
      'zh-CN': `${names.length} 个部分解压后共 ${mib(total)} MiB，上限 ${MAX_INFLATED_BYTES / MIB} MiB`,
      en: `${names.length} parts are ${mib(total)} MiB unpacked in all, limit ${MAX_INFLATED_BYTES / MIB} MiB`,
    });
  }
}

/** What the archive holds, as far as it matters before parsing. */
export interface ArchiveInfo {
  /** Its central directory. */
  dir: Extract<ReturnType<typeof zipDirectory>, { kind: 'ok' }>;
  /** Worksheet parts in the archive. */
  worksheetParts: number;
  /** Of those, the ones not read (not named xl/worksheets/sheetN.xml, as exceljs, the reader before, found them). */
  nonStandardParts: number;
}

/**
 * Check the container before parsing, to give a clear message for what is not an .xlsx.
 * Returns what the archive holds (null for a zip64 archive, whose directory zipDirectory does not
 * read: zip64Parts checks its declared sizes before it inflates anything). The tests' exceljs
 * reference reader (test/support/exceljs-reader.ts) makes the same checks with it.
 */
export function sniff(bytes: Uint8Array, fileName?: string): ArchiveInfo | null {
  const ext = extensionOf(fileName);
  if (bytes.length === 0) throw new WorkbookReadError('empty');
  if (startsWith(bytes, OLE)) throw new WorkbookReadError('ole');
  if (startsWith(bytes, ZIP_EMPTY)) throw new WorkbookReadError('not-xlsx', { 'zh-CN': '空的压缩包', en: 'an empty zip archive' });
  if (!startsWith(bytes, ZIP)) {
    // an .xls that is not OLE is usually HTML or XML exported under that name; a CSV is plain text
    if (ext === 'xls') throw new WorkbookReadError('xls');
    if (ext === 'csv') throw new WorkbookReadError('csv');
    throw new WorkbookReadError('not-xlsx');
  }
  const dir = zipDirectory(bytes);
  if (dir.kind === 'truncated') throw new WorkbookReadError('corrupt', { 'zh-CN': '压缩包不完整', en: 'the zip archive is cut short' });
  if (dir.kind === 'zip64') return null;
  checkInflatedSizes(dir.names, dir.sizes);
  const names = new Set(dir.names.map((n) => n.replace(/^\//, '')));
  if (!names.has('xl/workbook.xml')) {
    if (names.has('xl/workbook.bin')) throw new WorkbookReadError('not-xlsx', { 'zh-CN': '这是二进制工作簿 .xlsb，请另存为 .xlsx', en: 'this is a binary .xlsb workbook: save it as .xlsx' });
    if ([...names].some((n) => n.startsWith('xl/'))) throw new WorkbookReadError('unsupported', { 'zh-CN': '缺少 xl/workbook.xml', en: 'no xl/workbook.xml' });
    throw new WorkbookReadError('not-xlsx');
  }
  const parts = dir.names.filter((n) => WORKSHEET_PART.test(n));
  return { dir, worksheetParts: parts.length, nonStandardParts: parts.filter((n) => !STANDARD_WORKSHEET_PART.test(n)).length };
}

/**
 * A failure while reading: this host's own refusals as they are; a damaged archive entry or XML
 * that is not well formed means a damaged file; anything else is content the reader cannot follow.
 * The parser's own words are not shown: they mean nothing to the user.
 */
function readError(e: unknown): WorkbookReadError {
  if (e instanceof WorkbookReadError) return e;
  if (e instanceof TypeError || e instanceof RangeError) return new WorkbookReadError('unsupported');
  return new WorkbookReadError('corrupt');
}

/** Read an .xlsx into the engine model; throws WorkbookReadError with a clear message for bad input. */
export async function readXlsx(data: Uint8Array | ArrayBuffer, options: ReadOptions = {}): Promise<WorkbookData> {
  const bytes = toBytes(data);
  const archive = sniff(bytes, options.fileName);
  let sheets: WorkbookData['sheets'];
  try {
    sheets = readSheets(archive ? zipParts(bytes, archive.dir) : zip64Parts(bytes, checkInflatedSizes));
  } catch (e) {
    throw readError(e);
  }
  if (sheets.length === 0) throw new WorkbookReadError('no-sheets');
  // worksheets whose part is not named xl/worksheets/sheetN.xml are not read: never report such a
  // workbook as if those sheets (tables) were not there
  if (archive && archive.nonStandardParts > 0 && sheets.length < archive.worksheetParts) {
    const lost = archive.worksheetParts - sheets.length;
    throw new WorkbookReadError('unsupported', { 'zh-CN': `${lost} 张工作表无法读取`, en: `${lost} worksheet(s) could not be read` });
  }
  return { sheets };
}
