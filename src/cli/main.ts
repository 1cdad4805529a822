/**
 * Node entry of budget-check (webpack: src/cli/main.ts → dist/cli/budget-check.js; bin/budget-check.js loads it).
 */
import { annotateWorkbookFile, readCatalogFile, readWorkbookFile } from '../hosts/file/node';
import * as fs from 'fs';
import { nodeOutput } from './output';
import * as os from 'os';
import { expandInput } from './files';
import { startPool } from './pool';
import { run } from './run';

// bundled by webpack at build time; read from the project root when run with tsx
// eslint-disable-next-line @typescript-eslint/no-require-imports
const VERSION: string = require('../../package.json').version;

// `budget-check … | head`: a closed pipe ends the program quietly
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stderr.isTTY),
  readWorkbook: readWorkbookFile,
  readCatalog: readCatalogFile,
  annotate: annotateWorkbookFile,
  output: nodeOutput,
  expand: expandInput,
  version: VERSION,
  pool: (o) => startPool(o),
  cores: typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length,
  writeFile: (file, bytes, { overwrite }) => fs.promises.writeFile(file, bytes, { flag: overwrite ? 'w' : 'wx' }),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`budget-check: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
