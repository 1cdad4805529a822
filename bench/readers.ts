/**
 * Parse-only figures of the .xlsx readers the file host could use, on the bench's workbooks (each in
 * a fresh process, as the main measurement): how long reading takes and how much memory it needs.
 * The file host uses the first (sheet-reader); the others are measured beside it so that the choice
 * stays a measured one (see src/hosts/file/CHOICE.md):
 *   - sheet-reader: readXlsx as the file host reads now (src/hosts/file/sheet-reader.ts: fflate and
 *     saxes, each worksheet streamed into the engine's model), bytes → WorkbookData;
 *   - exceljs-model: the file host's reading before it (test/support/exceljs-reader.ts: exceljs's
 *     full load, then the conversion to WorkbookData), bytes → the same WorkbookData;
 *   - exceljs: `Workbook.xlsx.load` alone (the exceljs reading before any conversion);
 *   - exceljs-stream: exceljs's streaming WorkbookReader, shared strings and styles (number
 *     formats) cached, each worksheet's rows visited and dropped. Node only (unzipper, temp files
 *     for a worksheet stored before the shared strings), so not usable by the browser side;
 *   - zip+fxp: a minimal reader's lower bound: the zip directory (src/hosts/file/zip.ts), each part
 *     inflated (node:zlib here; DecompressionStream('deflate-raw') in a browser) and parsed with
 *     fast-xml-parser (a devDependency), cells counted. No merges, shared formulas or styles resolved;
 *   - sheetjs-dense: SheetJS `xlsx` 0.18.5 (the last version on the npm registry; a devDependency for
 *     this measurement only, lint keeps it out of src) `read` in dense mode with number formats and
 *     formulas, cells counted. Its own sheet model, before any conversion to WorkbookData.
 */
import ExcelJS from 'exceljs';
import { XMLParser } from 'fast-xml-parser';
import { Readable } from 'stream';
import * as XLSX from 'xlsx';
import { inflateRawSync } from 'zlib';
import type { WorkbookData } from '../src/engine/model/workbook';
import { readXlsx } from '../src/hosts/file/xlsx';
import { zipDataStart, zipDirectory } from '../src/hosts/file/zip';
import { readXlsxWithExceljs } from '../test/support/exceljs-reader';

export const READERS = ['sheet-reader', 'exceljs-model', 'exceljs', 'exceljs-stream', 'zip+fxp', 'sheetjs-dense'] as const;
export type ReaderName = (typeof READERS)[number];

export interface ReaderFigures {
  /** Why the reader could not read the file (then the figures are those up to the failure). */
  failed?: string;
  parseMs: number;
  /** Non-empty cells seen (a check that each reader read the same workbook). */
  cells: number;
  peakRssMiB: number;
}

function storedCells(wb: WorkbookData): number {
  return wb.sheets.reduce((n, s) => n + s.cells.reduce((m, r) => m + (r ? r.filter(Boolean).length : 0), 0), 0);
}

async function exceljsFull(bytes: Buffer): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  let n = 0;
  for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell(() => n++));
  return n;
}

async function exceljsStream(bytes: Buffer): Promise<number> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
  let n = 0;
  const formats = new Set<string>();
  for await (const ws of reader) {
    for await (const row of ws as unknown as AsyncIterable<ExcelJS.Row>) {
      row.eachCell((cell) => {
        if (cell.value === null) return;
        n++;
        formats.add(cell.numFmt);
      });
    }
  }
  return n;
}

function zipFxp(bytes: Buffer): number {
  const dir = zipDirectory(bytes);
  if (dir.kind !== 'ok') throw new Error(`zip directory: ${dir.kind}`);
  const part = (i: number): string => {
    const start = zipDataStart(bytes, dir.headers[i].local);
    const packed = bytes.subarray(start, start + dir.packedSizes[i]);
    return (dir.methods[i] === 0 ? packed : inflateRawSync(packed)).toString('utf8');
  };
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['row', 'c', 'si', 'xf', 'numFmt', 'mergeCell', 'sheet'].includes(name) });
  let n = 0;
  dir.names.forEach((name, i) => {
    if (/^xl\/(sharedStrings|styles|workbook)\.xml$/.test(name)) parser.parse(part(i));
    else if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) {
      const doc = parser.parse(part(i)) as { worksheet?: { sheetData?: { row?: { c?: unknown[] }[] } } };
      for (const row of doc.worksheet?.sheetData?.row ?? []) n += row.c?.length ?? 0;
    }
  });
  return n;
}

function sheetjsDense(bytes: Buffer): number {
  const wb = XLSX.read(bytes, { type: 'buffer', dense: true, cellNF: true, cellFormula: true, cellStyles: false });
  let n = 0;
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name] as unknown as { '!data'?: unknown[][] } & unknown[][];
    // dense sheets are arrays of rows in 0.18 (`!data` from 0.19 on)
    const rows = ws['!data'] ?? (Array.isArray(ws) ? ws : []);
    for (const row of rows) if (row) for (const cell of row) if (cell) n++;
  }
  return n;
}

/** In a fresh child process: read the file with one reader. */
export async function measureReader(reader: ReaderName, bytes: Buffer): Promise<ReaderFigures> {
  let peakRss = process.memoryUsage().rss;
  const timer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 5);
  const t = performance.now();
  let cells = 0;
  let failed: string | undefined;
  try {
    if (reader === 'sheet-reader') cells = storedCells(await readXlsx(bytes));
    else if (reader === 'exceljs-model') cells = storedCells(await readXlsxWithExceljs(bytes));
    else if (reader === 'exceljs') cells = await exceljsFull(bytes);
    else if (reader === 'exceljs-stream') cells = await exceljsStream(bytes);
    else if (reader === 'sheetjs-dense') cells = sheetjsDense(bytes);
    else cells = zipFxp(bytes);
  } catch (e) {
    failed = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  }
  const parseMs = performance.now() - t;
  clearInterval(timer);
  peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
  return { ...(failed ? { failed } : {}), parseMs: Math.round(parseMs), cells, peakRssMiB: Math.round(peakRss / 1024 / 1024) };
}
