#!/usr/bin/env node
/**
 * Before the tests: the browser tests (test/e2e) drive the system's Chromium with playwright-core
 * (no browser download). Installs it with apt-get when it is missing and this is a Debian-like
 * machine where we are root (CI, the development containers); otherwise says how to install it.
 */
const { execSync } = require('child_process');
const fs = require('fs');

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
if (CANDIDATES.some((p) => fs.existsSync(p))) process.exit(0);

const root = typeof process.getuid === 'function' && process.getuid() === 0;
if (root && fs.existsSync('/usr/bin/apt-get')) {
  console.error('Chromium is missing: installing it with apt-get (chromium, fonts-wqy-zenhei) for the browser tests…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-zenhei', { stdio: 'inherit' });
  process.exit(0);
}
console.error('The browser tests need Chromium: install it (Debian/Ubuntu: sudo apt-get install -y chromium) and run npm test again.');
process.exit(1);
