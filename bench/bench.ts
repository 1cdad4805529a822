/**
 * npm run bench (or npx tsx bench/bench.ts): how reading and checking grow with the workbook.
 *
 * For each size, a workbook of the 13 Henan 2024 unit tables with that many detail rows in all
 * (bench/workbook.ts) is generated in memory and written to an .xlsx buffer; then a fresh Node
 * process (so that memory figures belong to that size alone, and timings are cold, as for one
 * run of the command line) measures:
 *   - parse: buffer → WorkbookData (src/hosts/file: readXlsx, sheet-reader.ts)
 *   - engine: checkWorkbook (recognition and every rule)
 *   - peak RSS (the OS high-water mark, getrusage) and peak heapUsed (sampled every 5 ms and at each
 *     step's end; the engine is synchronous, so inside it the heap is only seen at its end)
 * Sizes: BENCH_ROWS=1000,10000,40000 (default). Results: a table on stdout and bench/out/results.json.
 * "engine / parse" is the engine's time as a share of the file host's parse, measured in the same process.
 *
 * Then, each in a fresh process too, the parse-only figure of every candidate reader (bench/readers.ts:
 * the file host's sheet-reader, the exceljs reading it replaced (with and without the conversion to
 * WorkbookData), exceljs's streaming reader, a zip + fast-xml-parser lower bound) on the same files:
 * a second table. BENCH_READERS=0 leaves it out.
 *
 * A third series, the growth curves of hostile workbooks (test/support/hostile.ts), shows that the time
 * and memory grow linearly with what the file holds, never with the rectangle of its used range:
 * merges count, far-cell distance (rows between A1 and a cell in column XFD), the length of one
 * narrative text cell, and rows — each at four sizes, with the time per 1,000 units (flat when linear).
 * BENCH_HOSTILE=0 skips it.
 *
 * Last, the batch series (bench/batch.ts): budget-check over a folder of 100 seed-sized workbooks with
 * --jobs 1 and --jobs 2, files per second and peak RSS, the two outputs compared byte for byte.
 * BENCH_BATCH=0 skips it.
 *
 * A second series measures consistent department workbooks (test/fixtures: every identity holds, codes
 * from the catalog, a narrative), BENCH_UNITS=50,500,2500 units of four function rows each: the cost of
 * a clean workbook, where the first series is dominated by the findings its random figures produce.
 */
import { fork } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkWorkbook } from '../src/engine/check';
import { countBySeverity } from '../src/engine/findings';
import type { WorkbookData } from '../src/engine/model/workbook';
import { readXlsx } from '../src/hosts/file/xlsx';
import { writeSyntheticDepartment } from '../test/fixtures/build-fixtures';
import { farCellsXlsx, longTextXlsx, manyMergesXlsx, manyRowsXlsx } from '../test/support/hostile';
import { measureBatch } from './batch';
import { measureReader, READERS, type ReaderFigures, type ReaderName } from './readers';
import { benchWorkbook } from './workbook';

const OUT = path.join(__dirname, 'out');
const SIZES = (process.env.BENCH_ROWS ?? '1000,10000,40000').split(',').filter(Boolean).map(Number);
const UNITS = (process.env.BENCH_UNITS ?? '50,500,2500').split(',').filter(Boolean).map(Number);
const WITH_READERS = process.env.BENCH_READERS !== '0';
const MiB = (b: number) => Math.round(b / 1024 / 1024);
const HOSTILE = process.env.BENCH_HOSTILE !== '0';
const BATCH = process.env.BENCH_BATCH !== '0';
/** Fresh processes per workbook of the size series: parse and engine are their medians (one cold run varies by ±20% on a shared machine). */
const REPEAT = Math.max(1, Number(process.env.BENCH_REPEAT ?? 3));

/** The growth curves: a series name, its unit, and the workbook at each size. */
const CURVES: { series: string; unit: string; sizes: number[]; build: (n: number) => Buffer }[] = [
  { series: 'merges', unit: 'merges', sizes: [5000, 10000, 20000, 40000], build: manyMergesXlsx },
  { series: 'far cell', unit: 'rows apart', sizes: [1000, 10000, 100000, 1048575], build: (n) => farCellsXlsx(n + 1, 16384) },
  { series: 'text cell', unit: 'characters', sizes: [125000, 250000, 500000, 1000000], build: longTextXlsx },
  { series: 'rows', unit: 'rows', sizes: [10000, 20000, 40000, 80000], build: manyRowsXlsx },
];

interface Measured {
  parseMs: number;
  engineMs: number;
  baselineRssMiB: number;
  peakRssMiB: number;
  peakHeapMiB: number;
  tables: number;
  cells: number;
  /** Body rows of the recognised tables (detail, subtotal, unit and department rows). */
  bodyRows: number;
  findings: { error: number; warning: number; info: number };
  office?: OfficeFigures | { error: string };
}

interface OfficeFigures {
  readSyncs: number;
  highlightSyncs: number;
}

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Office host: Excel round trips (context.sync calls) to read the workbook and to highlight the
// findings, counted over the fake Excel API. Owned by the Office host (src/hosts/office); edit
// only this section for it. It runs after the measurements above, so it does not affect them.
async function officeFigures(wb: WorkbookData, findings: ReturnType<typeof checkWorkbook>['findings']): Promise<OfficeFigures> {
  const { OfficeHost } = await import('../src/hosts/office');
  const { createFakeExcel } = await import('../test/fakes/excel');
  const fake = createFakeExcel(wb, { excelApi: '1.13' });
  const host = new OfficeHost({ run: fake.run, isSetSupported: () => true });
  let s0 = fake.syncs;
  await host.readWorkbook();
  const readSyncs = fake.syncs - s0;
  s0 = fake.syncs;
  await host.highlight(findings.filter((f) => f.sheet !== null));
  return { readSyncs, highlightSyncs: fake.syncs - s0 };
}
// ─────────────────────────────────────────────────────────────────────────────────────────────

/** In the child process: measure one workbook file. */
async function measure(file: string): Promise<Measured> {
  const bytes = fs.readFileSync(file);
  global.gc?.();
  const baseline = process.memoryUsage();
  let peakHeap = baseline.heapUsed;
  let peakRss = baseline.rss;
  const sample = () => {
    const m = process.memoryUsage();
    if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
    if (m.rss > peakRss) peakRss = m.rss;
  };
  const timer = setInterval(sample, 5);
  let t = performance.now();
  const wb = await readXlsx(bytes, { fileName: file });
  const parseMs = performance.now() - t;
  sample();
  t = performance.now();
  const report = checkWorkbook(wb);
  const engineMs = performance.now() - t;
  sample();
  clearInterval(timer);
  peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
  const result: Measured = {
    parseMs: Math.round(parseMs),
    engineMs: Math.round(engineMs),
    baselineRssMiB: MiB(baseline.rss),
    peakRssMiB: MiB(peakRss),
    peakHeapMiB: MiB(peakHeap),
    tables: report.tables.length,
    cells: wb.sheets.reduce((n, s) => n + s.cells.reduce((m, r) => m + r.filter(Boolean).length, 0), 0),
    bodyRows: report.recognized.reduce((n, t) => n + t.parts.reduce((m, p) => m + p.rows.filter((r) => ['detail', 'subtotal', 'unit', 'dept'].includes(r.role)).length, 0), 0),
    findings: countBySeverity(report.findings),
  };
  try {
    result.office = await officeFigures(wb, report.findings);
  } catch (e) {
    result.office = { error: (e as Error).message };
  }
  return result;
}

/** The workbook measured in REPEAT fresh processes: the medians of parse, engine and memory, and every run's parse and engine. */
async function inChildren(file: string): Promise<Measured & { runs: { parseMs: number; engineMs: number }[] }> {
  const runs: Measured[] = [];
  for (let i = 0; i < REPEAT; i++) runs.push(await inChild(file));
  const median = (of: (m: Measured) => number) => runs.map(of).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  return {
    ...runs[0],
    parseMs: median((m) => m.parseMs),
    engineMs: median((m) => m.engineMs),
    peakRssMiB: median((m) => m.peakRssMiB),
    peakHeapMiB: median((m) => m.peakHeapMiB),
    runs: runs.map((m) => ({ parseMs: m.parseMs, engineMs: m.engineMs })),
  };
}

function inChild(file: string): Promise<Measured>;
function inChild(file: string, reader: ReaderName): Promise<ReaderFigures>;
function inChild(file: string, reader?: ReaderName): Promise<Measured | ReaderFigures> {
  return new Promise((resolve, reject) => {
    const execArgv = process.execArgv.includes('--expose-gc') ? process.execArgv : [...process.execArgv, '--expose-gc'];
    const child = fork(__filename, reader ? ['--reader', reader, file] : ['--measure', file], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let got: Measured | ReaderFigures | undefined;
    child.on('message', (m) => (got = m as Measured | ReaderFigures));
    child.on('error', reject);
    child.on('exit', (code) => (got ? resolve(got) : reject(new Error(`measuring ${file} failed (exit ${code})`))));
  });
}

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  const started = performance.now();
  const rows: Record<string, unknown>[] = [];
  const results: Record<string, unknown>[] = [];
  const readerRows: Record<string, unknown>[] = [];
  const readerFigures = async (file: string, label: string): Promise<Partial<Record<ReaderName, ReaderFigures>>> => {
    const out: Partial<Record<ReaderName, ReaderFigures>> = {};
    if (!WITH_READERS) return out;
    const shown: Record<string, unknown> = { workbook: label };
    for (const r of READERS) {
      const f = await inChild(file, r);
      out[r] = f;
      shown[r] = f.failed ? `failed after ${f.parseMs} ms: ${f.failed}` : `${f.parseMs} ms / ${f.peakRssMiB} MiB / ${f.cells}`;
    }
    readerRows.push(shown);
    return out;
  };
  const row = (series: string, size: string, bytes: number, m: Measured) => {
    const office = m.office && 'readSyncs' in m.office ? m.office : undefined;
    if (m.office && 'error' in m.office) process.stderr.write(`Office host section failed: ${m.office.error}\n`);
    return {
      series,
      size,
      'body rows': m.bodyRows,
      cells: m.cells,
      'file KiB': Math.round(bytes / 1024),
      'parse ms': m.parseMs,
      'engine ms': m.engineMs,
      'engine / parse': `${Math.round((100 * m.engineMs) / Math.max(1, m.parseMs))}%`,
      'peak RSS MiB': m.peakRssMiB,
      'peak heap MiB': m.peakHeapMiB,
      tables: m.tables,
      'error/warn/info': `${m.findings.error}/${m.findings.warning}/${m.findings.info}`,
      'Office read syncs': office?.readSyncs ?? 'n/a',
      'Office highlight syncs': office?.highlightSyncs ?? 'n/a',
    };
  };
  for (const size of SIZES) {
    const t = performance.now();
    const { bytes, detailRows, sheets } = await benchWorkbook(size);
    const generateMs = Math.round(performance.now() - t);
    const file = path.join(OUT, `bench-${detailRows}.xlsx`);
    fs.writeFileSync(file, bytes);
    const m = await inChildren(file);
    const parsers = await readerFigures(file, `random figures ${detailRows} rows`);
    fs.unlinkSync(file);
    results.push({ series: 'random', detailRows, sheets, fileBytes: bytes.length, generateMs, ...m, readers: parsers });
    rows.push(row('random figures', `${detailRows} rows`, bytes.length, m));
  }
  for (const units of UNITS) {
    const file = path.join(OUT, `bench-units-${units}.xlsx`);
    await writeSyntheticDepartment(file, units);
    const size = fs.statSync(file).size;
    const m = await inChildren(file);
    const parsers = await readerFigures(file, `consistent dept ${units} units`);
    fs.unlinkSync(file);
    results.push({ series: 'consistent', units, fileBytes: size, ...m, readers: parsers });
    rows.push(row('consistent dept', `${units} units`, size, m));
  }
  console.table(rows);
  if (readerRows.length) {
    console.log('Parse only, by reader (ms / peak RSS MiB / cells seen; each in a fresh process):');
    console.table(readerRows);
  }
  if (HOSTILE) {
    const curves: Record<string, unknown>[] = [];
    for (const c of CURVES) {
      for (const n of c.sizes) {
        const bytes = c.build(n);
        const file = path.join(OUT, `hostile-${c.series.replace(/\s/g, '-')}-${n}.xlsx`);
        fs.writeFileSync(file, bytes);
        const m = await inChild(file);
        fs.unlinkSync(file);
        results.push({ series: `hostile ${c.series}`, size: n, fileBytes: bytes.length, ...m });
        curves.push({
          series: c.series,
          size: `${n.toLocaleString('en-US')} ${c.unit}`,
          'file KiB': Math.round(bytes.length / 1024),
          'parse ms': m.parseMs,
          'engine ms': m.engineMs,
          'ms per 1,000': Math.round(((m.parseMs + m.engineMs) / n) * 1000 * 100) / 100,
          'peak RSS MiB': m.peakRssMiB,
          'Office read syncs': m.office && 'readSyncs' in m.office ? m.office.readSyncs : 'n/a',
        });
      }
    }
    console.log('Growth curves (hostile workbooks): time and memory follow what the file holds');
    console.table(curves);
  }
  if (BATCH) {
    const batch = await measureBatch(OUT);
    for (const b of batch) results.push({ series: 'batch', ...b });
    console.log('Batch: budget-check --format json over a folder of seed-sized workbooks (the same report bytes with 1 and 2 jobs)');
    console.table(batch.map((b) => ({ files: b.files, jobs: b.jobs, 'wall s': b.wallMs / 1000, 'files / s': b.filesPerSecond, 'peak RSS MiB': b.peakRssMiB || 'n/a' })));
  }
  const total = Math.round((performance.now() - started) / 1000);
  console.log(`${SIZES.length + UNITS.length + (HOSTILE ? CURVES.reduce((n, c) => n + c.sizes.length, 0) : 0)} workbooks in ${total} s (parse and engine: medians of ${REPEAT} fresh processes each); Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}`);
  fs.writeFileSync(
    path.join(OUT, 'results.json'),
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, platform: `${os.platform()} ${os.arch()}`, cpus: os.cpus().length, results }, null, 2)}\n`,
  );
}

const at = process.argv.indexOf('--measure');
const readerAt = process.argv.indexOf('--reader');
if (readerAt >= 0) {
  measureReader(process.argv[readerAt + 1] as ReaderName, fs.readFileSync(process.argv[readerAt + 2])).then(
    (m) => process.send!(m, () => process.exit(0)),
    (e) => {
      process.stderr.write(`${(e as Error).stack ?? e}\n`);
      process.exit(1);
    },
  );
} else if (at >= 0) {
  measure(process.argv[at + 1]).then(
    (m) => process.send!(m, () => process.exit(0)),
    (e) => {
      process.stderr.write(`${(e as Error).stack ?? e}\n`);
      process.exit(1);
    },
  );
} else {
  main().catch((e) => {
    process.stderr.write(`${(e as Error).stack ?? e}\n`);
    process.exitCode = 1;
  });
}
