/**
 * Batch throughput of the command line (issue 12): `budget-check --format json --jobs N <folder>` over
 * a folder of seed-sized workbooks (copies of the seed 001 and 002 disclosures as the fixture script
 * builds them), with 1 job (this thread) and with 2 (the worker pool), each in a fresh process as a
 * reviewer would run it. Also checked: both runs print the same bytes.
 *
 * The command line is bundled with esbuild into bench/out/cli/ (budget-check.js and worker.js side by
 * side, as the webpack build lays them out; packages stay in node_modules), so the bench needs no
 * `npm run build`. BENCH_BATCH=0 skips this series; BENCH_BATCH_FILES sets the folder's size (100).
 */
import { execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildFixtures } from '../test/fixtures/build-fixtures';

const ROOT = path.resolve(__dirname, '..');

export interface BatchFigures {
  files: number;
  jobs: number;
  wallMs: number;
  filesPerSecond: number;
  /** Peak RSS of the whole process (main thread and its workers), MiB. */
  peakRssMiB: number;
}

/** Bundle the command line and its worker next to each other (as dist/cli/ is laid out). */
function bundleCli(outDir: string): string {
  fs.mkdirSync(outDir, { recursive: true });
  const esbuild = path.join(ROOT, 'node_modules/.bin/esbuild');
  for (const [entry, name] of [
    ['src/cli/main.ts', 'budget-check.js'],
    ['src/cli/worker.ts', 'worker.js'],
  ]) {
    execFileSync(esbuild, [path.join(ROOT, entry), '--bundle', '--platform=node', '--target=node20', '--packages=external', '--log-level=error', `--outfile=${path.join(outDir, name)}`], { cwd: ROOT });
  }
  return path.join(outDir, 'budget-check.js');
}

/** One run: wall time, peak RSS (from /usr/bin/time when present, else not measured: 0) and stdout. */
function runCli(cli: string, args: string[]): Promise<{ wallMs: number; peakRssMiB: number; stdout: Buffer }> {
  const timeBin = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const rssFile = path.join(os.tmpdir(), `bench-batch-rss-${process.pid}.txt`);
  const [cmd, argv] = timeBin ? [timeBin, ['-f', '%M', '-o', rssFile, process.execPath, cli, ...args]] : [process.execPath, [cli, ...args]];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'ignore'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      // exit 1: findings were reported (the seeds have errors); 2 and above: the run failed
      if (code !== 0 && code !== 1) return reject(new Error(`budget-check ${args.join(' ')} exited ${code}`));
      let peakRssMiB = 0;
      if (timeBin && fs.existsSync(rssFile)) {
        peakRssMiB = Math.round(Number(fs.readFileSync(rssFile, 'utf8').trim().split('\n').pop()) / 1024);
        fs.unlinkSync(rssFile);
      }
      resolve({ wallMs, peakRssMiB, stdout: Buffer.concat(out) });
    });
  });
}

/** The batch series: files/s with --jobs 1 and 2 over one folder; throws when their outputs differ. */
export async function measureBatch(outDir: string, files = Number(process.env.BENCH_BATCH_FILES ?? 100)): Promise<BatchFigures[]> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-batch-'));
  try {
    await buildFixtures(path.join(work, 'fixtures'));
    const folder = path.join(work, 'books');
    fs.mkdirSync(folder);
    const seeds = ['seed-001.xlsx', 'seed-002.xlsx'].map((f) => fs.readFileSync(path.join(work, 'fixtures', f)));
    for (let i = 0; i < files; i++) fs.writeFileSync(path.join(folder, `${String(i).padStart(4, '0')}-${i % 2 ? '002' : '001'}.xlsx`), seeds[i % 2]);
    const cli = bundleCli(path.join(outDir, 'cli'));
    const out: BatchFigures[] = [];
    let first: Buffer | undefined;
    for (const jobs of [1, 2]) {
      const r = await runCli(cli, ['--format', 'json', '--jobs', String(jobs), '-q', folder]);
      if (first && !first.equals(r.stdout)) throw new Error(`--jobs ${jobs} printed a different report from --jobs 1`);
      first ??= r.stdout;
      out.push({ files, jobs, wallMs: Math.round(r.wallMs), filesPerSecond: Math.round((files / r.wallMs) * 1000 * 10) / 10, peakRssMiB: r.peakRssMiB });
    }
    return out;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
