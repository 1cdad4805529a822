/**
 * Parse-only figures of the .xlsx readers the file host could use, on the bench's workbooks (each in
 * a fresh process, as the main measurement): how long reading takes and how much memory it needs,
 * before any conversion to the engine's model. The file host uses the first (exceljs, full load);
 * the others are candidates measured so that the choice stays a measured one (see
 * src/hosts/file/CHOICE.md):
 *   - exceljs: `Workbook.xlsx.load` (what src/hosts/file/xlsx.ts does before converting);
 *   - exceljs-stream: exceljs's streaming WorkbookReader, shared strings and styles (number
 *     formats) cached, each worksheet's rows visited and dropped. Node only (unzipper, temp files
 *     for a worksheet stored before the shared strings), so not usable by the browser side;
 *   - zip+fxp: a minimal reader's lower bound: the zip directory (src/hosts/file/zip.ts), each part
 *     inflated (node:zlib here; DecompressionStream('deflate-raw') in a browser) and parsed with
 *     fast-xml-parser (a devDependency), cells counted. No merges, shared formulas or styles resolved.
 * SheetJS (`xlsx`) is not installed in this project, so it is not measured.
 */
import ExcelJS from 'exceljs';
import { XMLParser } from 'fast-xml-parser';
import { Readable } from 'stream';
import { inflateRawSync } from 'zlib';
import { zipDataStart, zipDirectory } from '../src/hosts/file/zip';

export const READERS = ['exceljs', 'exceljs-stream', 'zip+fxp'] as const;
export type ReaderName = (typeof READERS)[number];

export interface ReaderFigures {
  /** Why the reader could not read the file (then the figures are those up to the failure). */
  failed?: string;
  parseMs: number;
  /** Non-empty cells seen (a check that each reader read the same workbook). */
  cells: number;
  peakRssMiB: number;
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

/** In a fresh child process: read the file with one reader. */
export async function measureReader(reader: ReaderName, bytes: Buffer): Promise<ReaderFigures> {
  let peakRss = process.memoryUsage().rss;
  const timer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 5);
  const t = performance.now();
  let cells = 0;
  let failed: string | undefined;
  try {
    cells = reader === 'exceljs' ? await exceljsFull(bytes) : reader === 'exceljs-stream' ? await exceljsStream(bytes) : zipFxp(bytes);
  } catch (e) {
    failed = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  }
  const parseMs = performance.now() - t;
  clearInterval(timer);
  peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
  return { ...(failed ? { failed } : {}), parseMs: Math.round(parseMs), cells, peakRssMiB: Math.round(peakRss / 1024 / 1024) };
}
