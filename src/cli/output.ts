/**
 * What the command line writes besides stdout: the report file of --out and the annotated copies
 * of --annotate. Every failure of the file system is a WriteError in plain words (never a bare
 * EACCES), and a target that is one of the files being checked is refused before anything is
 * written: an input is never written.
 */
import { promises as fs } from 'fs';
import type { LocalizedText } from '../engine/i18n/lang';
import { HostError } from '../hosts/errors';
import { cliTexts } from './messages';

export type WriteErrorCode = 'no-folder' | 'no-permission' | 'is-folder' | 'read-only' | 'disk-full' | 'is-input' | 'not-folder' | 'unwritable';

/** A file that could not be written: `code` for programs, `text` (zh-CN and en) for people. */
export class WriteError extends HostError<WriteErrorCode> {
  constructor(code: WriteErrorCode, file: string) {
    super(code, cliTexts(`write-${code}`, { file }));
    this.name = 'WriteError';
  }
}

export function writeErrorCode(code: string | undefined): WriteErrorCode {
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'no-folder';
    case 'EACCES':
    case 'EPERM':
      return 'no-permission';
    case 'EISDIR':
      return 'is-folder';
    case 'EROFS':
      return 'read-only';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'disk-full';
    default:
      return 'unwritable';
  }
}

const fsError = (e: unknown, file: string) => (e instanceof WriteError ? e : new WriteError(writeErrorCode((e as NodeJS.ErrnoException).code), file));

/** A report file being written: pieces in order; close() says whether all of it was written. */
export interface OutputFile {
  write(s: string): void;
  close(): Promise<void>;
}

/** The file system of the outputs (CliIO.output): Node's here, another in tests when needed. */
export interface OutputFs {
  /** Open (create or truncate) a report file; a WriteError when it cannot be. */
  open(file: string): Promise<OutputFile>;
  /** Write a whole file; a WriteError when it cannot be. */
  write(file: string, data: Uint8Array): Promise<void>;
  /** What is at a path. */
  kind(p: string): Promise<'file' | 'folder' | 'missing'>;
  /** Make a folder (and its parents); a WriteError when it cannot be. */
  mkdir(dir: string): Promise<void>;
  /** Whether two paths name the same existing file (a link, another spelling). */
  same(a: string, b: string): Promise<boolean>;
}

export const nodeOutput: OutputFs = {
  async open(file) {
    let handle: fs.FileHandle;
    try {
      handle = await fs.open(file, 'w');
    } catch (e) {
      throw fsError(e, file);
    }
    let chain: Promise<unknown> = Promise.resolve();
    let failed: unknown = null;
    return {
      write(s) {
        chain = chain.then(() => (failed ? undefined : handle.write(s).catch((e) => (failed = e))));
      },
      async close() {
        await chain;
        await handle.close().catch((e) => (failed ??= e));
        if (failed) throw fsError(failed, file);
      },
    };
  },
  async write(file, data) {
    try {
      await fs.writeFile(file, data);
    } catch (e) {
      throw fsError(e, file);
    }
  },
  async kind(p) {
    try {
      return (await fs.stat(p)).isDirectory() ? 'folder' : 'file';
    } catch {
      return 'missing';
    }
  },
  async mkdir(dir) {
    try {
      await fs.mkdir(dir, { recursive: true });
    } catch (e) {
      throw fsError((e as NodeJS.ErrnoException).code === 'EEXIST' ? new WriteError('not-folder', dir) : e, dir);
    }
  },
  async same(a, b) {
    try {
      const [x, y] = await Promise.all([fs.stat(a), fs.stat(b)]);
      return x.dev === y.dev && x.ino === y.ino;
    } catch {
      return false;
    }
  },
};

/** The words of a write failure, for messages that name the file themselves. */
export function writeErrorText(e: unknown, file: string): LocalizedText {
  if (e instanceof HostError) return e.text;
  return new WriteError('unwritable', file).text;
}
