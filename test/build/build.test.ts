/**
 * The production build: dist/ holds the task pane, the commands page, the manifest for the hosting
 * URL, the icons and the command line, and the built command line runs.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');

test('npm run build output', () => {
  // builds in place (dist/ is gitignored), for a hosting URL
  execFileSync(path.join(ROOT, 'node_modules/.bin/webpack'), ['--mode', 'production'], {
    cwd: ROOT,
    env: { ...process.env, ADDIN_URL: 'https://intranet.example.gov.cn/budget/' },
    stdio: 'pipe',
  });
  const dist = path.join(ROOT, 'dist');
  for (const f of ['taskpane.html', 'commands.html', 'manifest.xml', 'assets/icon-80.png', 'cli/budget-check.js', 'cli/worker.js']) {
    expect(fs.existsSync(path.join(dist, f))).toBe(true);
  }
  const manifest = fs.readFileSync(path.join(dist, 'manifest.xml'), 'utf8');
  expect(manifest).toContain('https://intranet.example.gov.cn/budget/taskpane.html');
  expect(manifest).not.toContain('localhost');
  const html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
  expect(html).toMatch(/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js/);
  const bundle = fs.readdirSync(dist).find((f) => /^taskpane\..*\.js$/.test(f))!;
  // tree-shaken: Fluent's icon package alone is ~18 MB when not
  expect(fs.statSync(path.join(dist, bundle)).size).toBeLessThan(2_000_000);
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/budget-check.js'), '--version'], { encoding: 'utf8' });
  expect(r.status).toBe(0);
  expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  // the built worker threads: --jobs 2 gives the bytes of --jobs 1
  const gen = path.join(ROOT, 'test', 'fixtures', 'generated');
  const files = ['seed-001.xlsx', 'seed-002.xlsx', 'bad-truncated.xlsx'].map((f) => path.join(gen, f));
  const cli = (jobs: string) => spawnSync(process.execPath, [path.join(ROOT, 'bin/budget-check.js'), '-q', '--format', 'json', '--jobs', jobs, ...files], { encoding: 'utf8' });
  const one = cli('1');
  const two = cli('2');
  expect(two.stderr).toBe('');
  expect(two.status).toBe(2);
  expect(two.stdout).toBe(one.stdout);
  expect(JSON.parse(two.stdout).files.map((f: { profile?: string }) => Boolean(f.profile))).toEqual([true, true, false]);
}, 240_000);
