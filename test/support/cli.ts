/**
 * The command line run in-process in tests: an io that collects stdout and stderr, over the real
 * file host, folder expansion and output files (--out, --annotate); the engine (check) and anything else as the test gives it.
 */
import * as fs from 'fs';
import { expandInput } from '../../src/cli/files';
import type { CliIO } from '../../src/cli/run';
import { nodeOutput } from '../../src/cli/output';
import { annotateWorkbookFile, readWorkbookFile } from '../../src/hosts/file/node';

export function cliIO(extra: Partial<CliIO> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIO = {
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
    isTTY: false,
    readWorkbook: readWorkbookFile,
    annotate: annotateWorkbookFile,
    output: nodeOutput,
    expand: expandInput,
    version: '9.9.9',
    writeFile: (file, bytes, { overwrite }) => fs.promises.writeFile(file, bytes, { flag: overwrite ? 'w' : 'wx' }),
    ...extra,
  };
  return { cli, stdout: () => out.join(''), stderr: () => err.join(''), out };
}
