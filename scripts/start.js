#!/usr/bin/env node
/**
 * npm start: the main job on any machine.
 *  - Builds the add-in and the command line.
 *  - Windows/macOS with office-addin-debugging installed: dev certificates (office-addin-dev-certs),
 *    dev server over https, sideload into desktop Excel.
 *  - Elsewhere (Linux, CI): serves the add-in, prints how to sideload it in Excel on the web, and
 *    checks the sample workbook once with the command line so the job is seen done.
 *  START_ONCE=1: do the check and exit (no server left running).
 * It never fails because the dev CA cannot be installed: it says so and serves over http.
 */
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const bin = (name) => path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const once = process.env.START_ONCE === '1';
const say = (zh, en) => console.log(`${zh}\n${en}`);

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32', ...opts });
  return r.status === null ? 1 : r.status;
}

function canSideloadDesktop() {
  if (process.platform !== 'win32' && process.platform !== 'darwin') return false;
  try {
    require.resolve('office-addin-debugging');
    return true;
  } catch {
    return false;
  }
}

async function ensureCerts() {
  try {
    const certs = require('office-addin-dev-certs');
    await certs.ensureCertificatesAreInstalled();
    return true;
  } catch (e) {
    say(
      `⚠ 无法安装本机开发证书（${e.message}）。加载项将以 http 提供；Excel 要求 https，请在内网部署时使用正式证书（见 README“内网部署”）。`,
      `⚠ The development CA could not be installed (${e.message}). Serving over http; Excel requires https, so deploy with a real certificate (README, intranet deployment).`,
    );
    return false;
  }
}

function sample() {
  const out = path.join(ROOT, 'test', 'fixtures', 'generated');
  const file = path.join(out, 'seed-001.xlsx');
  if (!fs.existsSync(file)) run(bin('tsx'), [path.join('test', 'fixtures', 'build-fixtures.ts'), out]);
  return file;
}

async function main() {
  say('== 构建加载项和命令行', '== Building the add-in and the command line');
  if (run(bin('webpack'), ['--mode', 'development']) !== 0) process.exit(1);

  if (canSideloadDesktop() && !once) {
    await ensureCerts();
    say('== 启动开发服务器并旁加载到桌面版 Excel', '== Starting the dev server and sideloading into desktop Excel');
    const server = spawn(bin('webpack'), ['serve', '--mode', 'development'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
    run(bin('office-addin-debugging'), ['start', 'manifest.xml', 'desktop', '--no-debug', '--dev-server-port', '3000']);
    server.on('exit', (code) => process.exit(code ?? 0));
    return;
  }

  say(
    '== 本机没有桌面版 Excel：在 Excel 网页版中旁加载',
    '== No desktop Excel here: sideload in Excel on the web',
  );
  console.log(`  1. npm run dev-server   (https://localhost:3000)
  2. 在 Excel 网页版打开工作簿 › 插入 › 加载项 › 上传我的加载项 › 选择 ${path.join(ROOT, 'manifest.xml')}
     Excel on the web › Insert › Add-ins › Upload My Add-in › choose manifest.xml
  3. 在“开始”选项卡点击“预算校验” / click 预算校验 on the Home tab.
  没有加载项（WPS、Excel 2016）：浏览器打开 https://localhost:3000/checker.html（网页版审核，文件不离开浏览器）
  Without the add-in (WPS, Excel 2016): open https://localhost:3000/checker.html in a browser (files stay in the browser)
`);

  const file = sample();
  say(`== 用命令行审核示例工作簿：${path.relative(ROOT, file)}`, '== Checking the sample workbook with the command line');
  run(process.execPath, [path.join(ROOT, 'bin', 'budget-check.js'), '--format', 'text', file]);

  if (once) return;
  const https = await ensureCerts();
  const origin = `${https ? 'https' : 'http'}://localhost:3000`;
  say(`== 开发服务器运行中（${origin}，网页版审核：${origin}/checker.html），按 Ctrl+C 结束`, `== Dev server running (${origin}; the checker page: ${origin}/checker.html); Ctrl+C to stop`);
  const server = spawn(bin('webpack'), ['serve', '--mode', 'development'], { cwd: ROOT, stdio: 'inherit' });
  server.on('exit', (code) => process.exit(code ?? 0));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
