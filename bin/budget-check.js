#!/usr/bin/env node
// The command line: the webpack build of src/cli/main.ts (npm run build).
const path = require('path');
const fs = require('fs');
const built = path.join(__dirname, '..', 'dist', 'cli', 'budget-check.js');
if (!fs.existsSync(built)) {
  process.stderr.write('budget-check 尚未构建：请先运行 npm run build\nbudget-check is not built yet: run `npm run build` first\n');
  process.exit(2);
}
require(built);
