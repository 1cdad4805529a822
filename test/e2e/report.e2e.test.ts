/**
 * The HTML report (budget-check --format html) in headless Chromium: opened from a file, it asks
 * nothing of any server, logs no console error and runs no script even with a `<script>` in a cell;
 * it prints on A4 and passes axe's accessibility rules. Screenshots (1280 and 350 px wide, zh-CN and en) and the measured sizes go to
 * test/e2e/screenshots/ (report-*.png, report-sizes.json).
 *
 * Chromium comes from the system (as in pane.e2e.test.ts), driven with playwright-core.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser } from 'playwright-core';
import { run } from '../../src/cli/run';
import { checkWorkbook } from '../../src/engine/check';
import { benchWorkbook } from '../../bench/workbook';
import { cliIO } from '../support/cli';

const GEN = path.join(__dirname, '..', 'fixtures', 'generated');
const SHOTS = path.join(__dirname, 'screenshots');
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));

let dir: string;
let browser: Browser;

beforeAll(async () => {
  if (!CHROMIUM) throw new Error('Chromium not found: apt-get install -y chromium (.ci/run does it)');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-e2e-'));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  fs.mkdirSync(SHOTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function report(args: string[], out: string): Promise<number> {
  const t = cliIO({ check: checkWorkbook });
  await run(['--format', 'html', '-q', '--out', out, ...args], t.cli);
  return fs.statSync(out).size;
}

/** Open a report: the requests it made (other than itself), console errors, whether a script ran. */
async function open(file: string, width: number, shot?: string, axe = false) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    if (r.url() !== `file://${file}`) requests.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto(`file://${file}`);
  if (shot) await page.screenshot({ path: path.join(SHOTS, shot) });
  const scripts = await page.evaluate(() => document.scripts.length);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  // accessibility (axe): what it finds, as "rule: where"
  const found = axe ? (await new AxeBuilder({ page: page as never }).analyze()).violations : [];
  const a11y = found.flatMap((v) => v.nodes.slice(0, 3).map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}`));
  const pdf = await page.pdf({ format: 'A4' });
  await context.close();
  return { requests, errors, dialogs, scripts, overflow, a11y, pdfBytes: pdf.length };
}

test('the seeds and a 10,000-row workbook: no request, no script, prints on A4; screenshots and sizes', async () => {
  const sizes: Record<string, number> = {};
  // a file, a sheet and cells holding markup: shown, never run
  const evil = path.join(dir, 'evil <b>name<i>.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('<img src=x onerror=alert(3)>');
  ws.getCell('A1').value = '<script>alert(1)</script>';
  ws.getCell('B2').value = '<img src=x onerror=alert(2)>';
  await wb.xlsx.writeFile(evil);

  const seeds = ['seed-001.xlsx', 'seed-002.xlsx'].map((f) => path.join(GEN, f));
  const zh = path.join(dir, 'seeds.zh.html');
  sizes['seeds (2 files), zh-CN'] = await report([...seeds, evil], zh);
  const en = path.join(dir, 'seeds.en.html');
  sizes['seeds (2 files), en'] = await report(['--lang', 'en', ...seeds], en);
  for (const f of seeds) sizes[path.basename(f)] = await report([f], path.join(dir, `${path.basename(f)}.html`));
  const big = path.join(dir, 'random-10000.xlsx');
  fs.writeFileSync(big, (await benchWorkbook(10000)).bytes);
  const bigHtml = path.join(dir, 'random-10000.html');
  sizes['random figures, 10,000 rows'] = await report([big], bigHtml);

  const runs = {
    zh1280: await open(zh, 1280, 'report-seeds-zh-1280.png', true),
    zh350: await open(zh, 350, 'report-seeds-zh-350.png'),
    en1280: await open(en, 1280, 'report-seeds-en-1280.png'),
    en350: await open(en, 350, 'report-seeds-en-350.png', true),
    big: await open(bigHtml, 1280),
  };
  for (const r of Object.values(runs)) {
    expect(r.requests).toEqual([]);
    expect(r.errors).toEqual([]);
    expect(r.dialogs).toBe(0);
    expect(r.scripts).toBe(0);
    expect(r.pdfBytes).toBeGreaterThan(1000);
  }
  for (const r of [runs.zh1280, runs.en350]) expect(r.a11y).toEqual([]);
  // at 350 px the page itself does not scroll sideways (wide tables scroll in their own box)
  expect(runs.zh350.overflow).toBeLessThanOrEqual(0);
  expect(runs.en350.overflow).toBeLessThanOrEqual(0);
  expect(sizes['random figures, 10,000 rows']).toBeLessThan(8 * 1024 * 1024);
  fs.writeFileSync(path.join(SHOTS, 'report-sizes.json'), `${JSON.stringify({ bytes: sizes, pdfBytes: Object.fromEntries(Object.entries(runs).map(([k, r]) => [k, r.pdfBytes])) }, null, 2)}\n`);
}, 240_000);
