/**
 * The built task pane (webpack production build) in headless Chromium, as a user sees it: office.js
 * answered by a stub, Excel.run by the project's fake Excel holding a fixture workbook. It checks
 * the states a user meets (findings, a clean workbook, a workbook without budget tables), go to cell,
 * clear restoring the fills, that the page asks nothing of any server but the local one and logs no
 * console error, and saves screenshots (350 and 500 px wide, English) to test/e2e/screenshots/.
 *
 * Chromium comes from the system (apt-get install chromium: .ci/run installs it when missing),
 * driven with playwright-core; no browser is downloaded.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { WorkbookData } from '../../src/engine/model/workbook';
import { readWorkbookFile } from '../../src/hosts/file/node';
import { readXlsx } from '../../src/hosts/file/xlsx';
import { benchWorkbook } from '../../bench/workbook';

const ROOT = path.resolve(__dirname, '../..');
const SHOTS = path.join(__dirname, 'screenshots');
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));

let out: string;
let server: http.Server;
let base: string;
let browser: Browser;
let stub: string;
const requests: string[] = [];
/** Each page's own browser context (axe needs one), closed at the end. */
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  if (!CHROMIUM) throw new Error('Chromium not found: apt-get install -y chromium (.ci/run does it)');
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'pane-e2e-'));
  execFileSync(path.join(ROOT, 'node_modules/.bin/webpack'), ['--mode', 'production', '--output-path', out], { cwd: ROOT, stdio: 'pipe', env: { ...process.env, OFFICEJS: 'cdn' } });
  stub = execFileSync(path.join(ROOT, 'node_modules/.bin/esbuild'), [path.join(__dirname, 'office-stub.ts'), '--bundle', '--format=iife', '--platform=browser', '--log-level=error'], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  }).toString('utf8');
  server = http.createServer((req, res) => {
    const file = path.join(out, decodeURIComponent((req.url ?? '/').split('?')[0]));
    if (!file.startsWith(out) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': file.endsWith('.html') ? 'text/html; charset=utf-8' : file.endsWith('.js') ? 'text/javascript' : 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  fs.mkdirSync(SHOTS, { recursive: true });
}, 240_000);

afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
  await browser?.close();
  await new Promise((r) => server?.close(r));
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

/** Open the built pane over a workbook; collects console errors and every request's URL. */
/**
 * The pane at rest after a check: the cells marked and no style transition running (axe measures
 * colours as they are at that instant; on a loaded machine a button may still be fading in).
 */
async function settled(page: Page): Promise<void> {
  await page.getByText(/已在工作表中标出|No findings|没有发现问题/).first().waitFor({ timeout: 120_000 }).catch(() => undefined);
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 10_000 });
}

async function open(wb: WorkbookData, width: number, lang?: 'en', theme?: { bodyBackgroundColor: string }): Promise<{ page: Page; errors: string[] }> {
  // a context of its own (axe needs one), closed with the page
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  contexts.push(context);
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(
    ([data, th]) => {
      const w = window as unknown as { __BUDGET_WORKBOOK__: unknown; __BUDGET_THEME__: unknown };
      w.__BUDGET_WORKBOOK__ = data;
      w.__BUDGET_THEME__ = th;
    },
    [wb, theme ?? null] as const,
  );
  await page.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    // office.js itself is what the pane loads from outside: answered by the stub
    if (/office\.js$/.test(url)) return route.fulfill({ contentType: 'text/javascript', body: stub });
    // a request still under way when its page closes: nothing to answer
    return (url.startsWith(base) ? route.continue() : route.abort()).catch(() => undefined);
  });
  await page.goto(`${base}/taskpane.html`);
  if (lang === 'en') {
    await page.getByRole('radio', { name: 'English' }).click();
  }
  return { page, errors };
}

async function load(file: string): Promise<WorkbookData> {
  return readWorkbookFile(path.join(ROOT, 'test/fixtures/generated', file));
}

const CHECK = /^(校验|Check)$/;

describe('the built pane in Chromium', () => {
  test('seed 001: errors first with their severity word, click goes to the cell, clear restores the fills; no outside request, no console error', async () => {
    const { page, errors } = await open(await load('seed-001.xlsx'), 350);
    const fillOf = () => page.evaluate(() => window.__BUDGET_FAKE__.fill('表二 收入预算表', 'F6'));
    const shownOf = () => page.evaluate(() => window.__BUDGET_FAKE__.shownFill('表二 收入预算表', 'F6'));
    const original = await fillOf();
    const originalShown = await shownOf();
    await page.getByRole('button', { name: CHECK }).click();
    await page.getByText(/错误 \d+ · 警告 \d+ · 提示 \d+/).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'seed-001-350.png'), fullPage: false });
    const first = page.locator('[data-finding="line"] > button').first();
    await expect(first.textContent()).resolves.toMatch(/^✖ 错误/);
    await first.click();
    await expect(page.evaluate(() => window.__BUDGET_FAKE__.selection())).resolves.toMatchObject({ sheet: expect.any(String) });
    // the finding's cell shows its mark (a conditional format), then cleared: it shows what it did; its own fill is never written
    expect(await shownOf()).not.toEqual(originalShown);
    expect(await fillOf()).toEqual(original);
    await page.getByRole('button', { name: '清除标记' }).click();
    await page.getByText(/标记已清除/).waitFor();
    expect(await shownOf()).toEqual(originalShown);
    expect(await fillOf()).toEqual(original);
    // the pane is not wider than the task pane
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(350);
    expect(errors).toEqual([]);
    expect(requests.filter((u) => !u.startsWith(base) && !/office\.js$/.test(u))).toEqual([]);
    await page.close();
  }, 120_000);

  test('a clean workbook: a clear success state', async () => {
    const { page, errors } = await open(await load('synthetic-henan-2024-unit.xlsx'), 500);
    await page.getByRole('button', { name: CHECK }).click();
    await page.getByText(/识别到的 13 张表都已校验|错误 0 · 警告 0/).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'clean-500.png') });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  test('a workbook without budget tables: “no budget table found”, not a list of missing tables', async () => {
    const wb: WorkbookData = { sheets: [{ name: 'Sheet1', top: 0, left: 0, cells: [[{ value: '会议纪要' }]], merges: [] }] };
    const { page, errors } = await open(wb, 350);
    await page.getByRole('button', { name: CHECK }).click();
    await page.getByText(/未找到预算公开表/).waitFor();
    expect(await page.getByText(/缺少收支预算表/).count()).toBe(0);
    await page.screenshot({ path: path.join(SHOTS, 'no-table-350.png') });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  test('10,000 rows: the pane stays usable (measured, not asserted: time to results, longest main-thread task, DOM nodes)', async () => {
    const { bytes } = await benchWorkbook(10000);
    const wb = await readXlsx(bytes);
    const { page, errors } = await open(wb, 350);
    // every long task (over 50 ms) of the page's thread from the click until the cells are marked
    await page.evaluate(() => {
      const w = window as unknown as { __tasks: [number, number][] };
      w.__tasks = [];
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) w.__tasks.push([e.startTime, e.duration]);
      }).observe({ type: 'longtask', buffered: false });
    });
    const clickedAt = await page.evaluate(() => performance.now());
    const t0 = Date.now();
    await page.getByRole('button', { name: CHECK }).click();
    await page.getByText(/错误 \d+ · 警告 \d+ · 提示 \d+/).waitFor({ timeout: 120_000 });
    const toResults = Date.now() - t0;
    // the list arranged and shown, then the cells marked: the check is over
    await page.locator('[data-finding]').first().waitFor({ timeout: 120_000 });
    const toList = Date.now() - t0;
    await page.getByText(/已在工作表中标出/).waitFor({ timeout: 120_000 });
    const toMarked = Date.now() - t0;
    const tasks = (await page.evaluate(() => (window as unknown as { __tasks: [number, number][] }).__tasks)).map(([start, d]) => [Math.round(start - clickedAt), Math.round(d)]);
    const longest = Math.max(0, ...tasks.map(([, d]) => d));
    const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    // open the first group, then go to its first finding's cell
    await page.locator('[data-finding="group"] > button').first().click();
    const line = page.locator('[data-nested] [data-finding="line"] > button').first();
    const before = await page.evaluate(() => JSON.stringify(window.__BUDGET_FAKE__.selection()));
    const t1 = Date.now();
    await line.click();
    await page.waitForFunction((b) => JSON.stringify(window.__BUDGET_FAKE__.selection()) !== b, before);
    const toCell = Date.now() - t1;
    await page.screenshot({ path: path.join(SHOTS, 'rows-10000-350.png') });
    fs.writeFileSync(
      path.join(SHOTS, 'rows-10000.json'),
      // longTasks: [ms after the click, duration ms] of each task over 50 ms until the cells were marked
      JSON.stringify({ toResultsMs: toResults, toListMs: toList, toMarkedMs: toMarked, longestTaskMs: longest, longTasks: tasks, domNodes: nodes, clickToCellMs: toCell }, null, 2),
    );
    process.stdout.write(
      `10,000 rows: results after ${toResults} ms (list ${toList} ms, marked ${toMarked} ms), longest main-thread task ${longest} ms (long tasks: ${tasks.map(([at, d]) => `${d} ms at ${at}`).join(', ') || 'none'}), ${nodes} DOM nodes, click to cell ${toCell} ms\n`,
    );
    expect(nodes).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);

  test('dark Office theme at 500 px: the pane is dark; keyboard reachable; axe finds no serious or critical violation', async () => {
    const { page, errors } = await open(await load('seed-001.xlsx'), 500, undefined, { bodyBackgroundColor: '#262626' });
    await page.getByRole('button', { name: CHECK }).click();
    await page.getByText(/错误 \d+ · 警告 \d+ · 提示 \d+/).waitFor();
    const bg = await page.evaluate(() => getComputedStyle(document.querySelector('.fui-FluentProvider')!).backgroundColor);
    const [r, g, b] = bg.match(/\d+/g)!.map(Number);
    expect(r + g + b).toBeLessThan(3 * 80);
    await page.screenshot({ path: path.join(SHOTS, 'seed-001-500-dark.png') });
    // Tab reaches the check button and the first finding
    const focused: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      focused.push(await page.evaluate(() => document.activeElement?.textContent ?? ''));
    }
    expect(focused.some((x) => /^✖ 错误/.test(x))).toBe(true);
    await settled(page);
    const axe = await new AxeBuilder({ page: page as never }).analyze();
    const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`);
    expect(serious).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  test('light theme, 350 px: axe finds no serious or critical violation after a check; export adds a report sheet and activates it', async () => {
    const { page, errors } = await open(await load('seed-001.xlsx'), 350);
    await page.getByRole('button', { name: CHECK }).click();
    await page.getByText(/错误 \d+ · 警告 \d+ · 提示 \d+/).waitFor();
    await settled(page);
    const axe = await new AxeBuilder({ page: page as never }).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    const before = await page.evaluate(() => window.__BUDGET_FAKE__.sheetNames());
    await page.getByRole('button', { name: '导出到新工作表' }).click();
    await page.getByText(/已添加工作表「审核结果」/).waitFor();
    expect(await page.evaluate(() => window.__BUDGET_FAKE__.sheetNames())).toEqual([...before, '审核结果']);
    expect(await page.evaluate(() => window.__BUDGET_FAKE__.value('审核结果', 'A1'))).toMatch(/^预算表审核助手 审核结果/);
    await page.screenshot({ path: path.join(SHOTS, 'seed-001-350-exported.png') });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(350);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  test('in English', async () => {
    // the narrowest pane (320 px) in the longer language
    const { page, errors } = await open(await load('seed-001.xlsx'), 320, 'en');
    await page.getByRole('button', { name: CHECK }).click();
    await page.getByText(/\d+ errors · \d+ warnings · \d+ info/).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'seed-001-320-en.png') });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // no Chinese left in the pane's own words (findings quote the workbook's names, and the choices 中文 / 万元 / 元 are meant)
    const own = await page.evaluate(() =>
      [...document.querySelectorAll('button, label, [role="status"], summary')]
        .filter((e) => !e.closest('[data-finding]'))
        .map((e) => e.textContent ?? '')
        .filter((x) => /[\u4e00-\u9fff]/.test(x) && !['中文', '万元', '元'].includes(x)),
    );
    expect(own).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});

describe('the standalone checker page (dist/checker.html) in Chromium', () => {
  async function openChecker(width: number): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    contexts.push(context);
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.route('**/*', (route) => {
      const url = route.request().url();
      requests.push(url);
      return (url.startsWith(base) || url.startsWith('blob:') ? route.continue() : route.abort()).catch(() => undefined);
    });
    await page.goto(`${base}/checker.html`);
    return { page, errors };
  }
  const gen = (f: string) => path.join(ROOT, 'test/fixtures/generated', f);

  test('the seeds and a corrupt file: each seed checked with the pane’s findings list, the corrupt one a clear message; downloads of the marked copy and the report; no outside request', async () => {
    const { page, errors } = await openChecker(1280);
    const t0 = Date.now();
    await page.locator('input[type="file"]').setInputFiles([gen('seed-001.xlsx'), gen('bad-truncated.xlsx'), gen('seed-002.xlsx')]);
    await page.getByRole('button', { name: 'seed-002.xlsx' }).waitFor({ timeout: 60_000 });
    const toChecked = Date.now() - t0;
    await expect(page.getByText(/bad-truncated.xlsx：无法审核：/).count()).resolves.toBe(1);
    await page.getByText(/错误 \d+ · 警告 \d+ · 提示 \d+/).first().waitFor();
    // a click on a finding shows the cells around it
    await page.locator('[data-finding="line"] > button').first().click();
    await page.getByText(/ 附近$/).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'checker-1280.png'), fullPage: true });
    // the marked copy: every value of the original, and the results sheet
    const [copy] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载标注副本' }).click()]);
    expect(copy.suggestedFilename()).toBe('seed-001.checked.xlsx');
    const copied = await readXlsx(fs.readFileSync((await copy.path())!));
    const original = await readXlsx(fs.readFileSync(gen('seed-001.xlsx')));
    expect(copied.sheets.slice(0, original.sheets.length).map((x) => x.cells)).toEqual(original.sheets.map((x) => x.cells));
    expect(copied.sheets.at(-1)!.name).toBe('审核结果');
    const [report] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载全部文件的网页报告' }).click()]);
    const html = fs.readFileSync((await report.path())!, 'utf8');
    expect(html).toContain('seed-001.xlsx');
    expect(html).toContain('seed-002.xlsx');
    expect(html).toContain('bad-truncated.xlsx');
    fs.writeFileSync(path.join(SHOTS, 'checker.json'), JSON.stringify({ seedsAndCorruptCheckedMs: toChecked }, null, 2));
    process.stdout.write(`checker page: seed-001, a corrupt file and seed-002 checked in ${toChecked} ms\n`);
    expect(errors).toEqual([]);
    expect(requests.filter((u) => !u.startsWith(base) && !u.startsWith('blob:') && !/office\.js$/.test(u))).toEqual([]);
    await page.close();
  }, 180_000);

  test('at 350 px: no overflow, axe finds no serious violation; a blank standard workbook downloads and checks as that profile', async () => {
    const { page, errors } = await openChecker(350);
    await page.locator('input[type="file"]').setInputFiles([gen('seed-001.xlsx')]);
    await page.getByText(/错误 \d+ · 警告 \d+ · 提示 \d+/).waitFor({ timeout: 60_000 });
    await page.screenshot({ path: path.join(SHOTS, 'checker-350.png') });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(350);
    const axe = await new AxeBuilder({ page: page as never }).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    const [blank] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载空白标准工作簿' }).click()]);
    const wb = await readXlsx(fs.readFileSync((await blank.path())!));
    expect(wb.sheets.length).toBeGreaterThanOrEqual(9);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});

