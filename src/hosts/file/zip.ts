/**
 * Just enough of the zip container to tell, before parsing, what a file is (the names in its
 * central directory), and to read its parts (inflated with fflate). Pure (no Node APIs), so it runs
 * in the browser too.
 */

import { Inflate, inflateSync, unzipSync } from 'fflate';

const EOCD_SIG = 0x06054b50;
const CDH_SIG = 0x02014b50;

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}

function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;
}

type ZipDirectory =
  /**
   * The entry names, in directory order, the size each declares once inflated, where its headers
   * are, and its data: its compression method (0 stored, 8 deflate) and packed size (the local
   * header's offset is `headers[i].local`).
   */
  | { kind: 'ok'; names: string[]; sizes: number[]; headers: { central: number; local: number }[]; methods: number[]; packedSizes: number[] }
  /** No end-of-directory record, or a directory outside the file: cut short or damaged. */
  | { kind: 'truncated' }
  /** A zip64 archive (over 4 GiB or 65,535 entries): not inspected here. */
  | { kind: 'zip64' };

/** Read the central directory's entry names. */
export function zipDirectory(b: Uint8Array): ZipDirectory {
  const min = Math.max(0, b.length - 22 - 0xffff);
  let e = -1;
  for (let i = b.length - 22; i >= min; i--) {
    if (b[i] === 0x50 && u32(b, i) === EOCD_SIG && i + 22 + u16(b, i + 20) <= b.length) {
      e = i;
      break;
    }
  }
  if (e < 0) return { kind: 'truncated' };
  const count = u16(b, e + 10);
  const size = u32(b, e + 12);
  const offset = u32(b, e + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) return { kind: 'zip64' };
  if (offset + size > e) return { kind: 'truncated' };
  const names: string[] = [];
  const sizes: number[] = [];
  const headers: { central: number; local: number }[] = [];
  const methods: number[] = [];
  const packedSizes: number[] = [];
  const utf8 = new TextDecoder('utf-8');
  let p = offset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > e || u32(b, p) !== CDH_SIG) return { kind: 'truncated' };
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    if (p + 46 + nameLen > e) return { kind: 'truncated' };
    names.push(utf8.decode(b.subarray(p + 46, p + 46 + nameLen)));
    sizes.push(u32(b, p + 24));
    headers.push({ central: p, local: u32(b, p + 42) });
    methods.push(u16(b, p + 10));
    packedSizes.push(u32(b, p + 20));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { kind: 'ok', names, sizes, headers, methods, packedSizes };
}

const LFH_SIG = 0x04034b50;

/**
 * Set every entry's modification time (local and central headers, MS-DOS format, local time fields
 * taken from `date` in UTC) in place: zip writers stamp the time of writing, which makes the same
 * workbook differ byte for byte from one run to the next. Returns false when the zip is not one this
 * can read (then nothing is changed).
 */
export function stampZipDates(b: Uint8Array, date: Date): boolean {
  const dir = zipDirectory(b);
  if (dir.kind !== 'ok') return false;
  if (dir.headers.some((h) => h.local + 30 > b.length || u32(b, h.local) !== LFH_SIG)) return false;
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2);
  const day = ((Math.max(1980, date.getUTCFullYear()) - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  const put16 = (i: number, v: number) => {
    b[i] = v & 0xff;
    b[i + 1] = (v >> 8) & 0xff;
  };
  for (const h of dir.headers) {
    put16(h.central + 12, time);
    put16(h.central + 14, day);
    put16(h.local + 10, time);
    put16(h.local + 12, day);
  }
  return true;
}

/** Where an entry's packed data starts: after its local header (whose name and extra field lengths may differ from the directory's). */
export function zipDataStart(b: Uint8Array, localOffset: number): number {
  return localOffset + 30 + u16(b, localOffset + 26) + u16(b, localOffset + 28);
}

/** A damaged archive entry: its data cannot be read, or inflates to another size than it declares. */
export class ZipEntryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipEntryError';
  }
}

/** The parts of an archive by name, each handed over in slices as it is inflated. */
export interface ZipParts {
  /** Entry names without a leading "/", directories left out (when a name repeats, the last entry counts). */
  names: string[];
  /** Inflate a part, handing its bytes to `onData` slice by slice. Throws ZipEntryError when it is damaged. */
  read(name: string, onData: (chunk: Uint8Array) => void): void;
}

/**
 * Packed bytes handed to the inflater at a time: a part is never held whole, inflated or not, and one
 * slice inflates to at most about 16 MiB (deflate's limit is 1,032:1). Smaller slices are also faster
 * with fflate's streaming inflater (less of its output buffer to grow and copy per slice): 16 KiB read
 * the bench's 2,500-unit workbook in about 2/3 of the time 64 KiB took.
 */
const SLICE = 16 * 1024;

/**
 * A part packed in at most this many bytes, and declared at most WHOLE_SIZE once inflated, is inflated
 * in one step into a buffer of its declared size and one byte more (the byte shows a part that inflates
 * past it). A workbook is mostly such parts (rels, styles, small sheets), and the streaming inflater's
 * own buffers (32 KiB window, 128 KiB of room per slice, Huffman tables) cost far more than the part:
 * in a batch of seed-sized workbooks inflating was a third of the reading. A lying part costs at most
 * WHOLE_PACKED × 1,032 bytes of decoding, and nothing past its buffer is kept.
 */
const WHOLE_PACKED = 64 * 1024;
const WHOLE_SIZE = 4 * 1024 * 1024;

type OkDirectory = Extract<ZipDirectory, { kind: 'ok' }>;

/**
 * The parts of an archive zipDirectory read. Each is inflated (fflate, deflate or stored) in slices;
 * data that inflates past the size its directory declares is refused as soon as it does (a lying
 * zip bomb is never inflated to its end), and so is data that ends short of it.
 */
export function zipParts(b: Uint8Array, dir: OkDirectory): ZipParts {
  const index = new Map<string, number>();
  dir.names.forEach((name, i) => {
    if (!name.endsWith('/')) index.set(name.replace(/^\//, ''), i);
  });
  const read = (name: string, onData: (chunk: Uint8Array) => void): void => {
    const i = index.get(name);
    if (i === undefined) throw new ZipEntryError(`no entry ${name}`);
    const { central, local } = dir.headers[i];
    if (u16(b, central + 8) & 1) throw new ZipEntryError(`${name} is encrypted`);
    if (local + 30 > b.length || u32(b, local) !== LFH_SIG) throw new ZipEntryError(`${name}: no local header`);
    const start = zipDataStart(b, local);
    const end = start + dir.packedSizes[i];
    if (end > b.length) throw new ZipEntryError(`${name}: data past the end of the file`);
    const packed = b.subarray(start, end);
    const size = dir.sizes[i];
    let seen = 0;
    const take = (chunk: Uint8Array) => {
      seen += chunk.length;
      if (seen > size) throw new ZipEntryError(`${name} inflates past its declared ${size} bytes`);
      if (chunk.length) onData(chunk);
    };
    if (dir.methods[i] === 0) {
      for (let p = 0; p < packed.length; p += 4 * SLICE) take(packed.subarray(p, p + 4 * SLICE));
    } else if (dir.methods[i] === 8 && packed.length <= WHOLE_PACKED && size <= WHOLE_SIZE) {
      take(inflateSync(packed, { out: new Uint8Array(size + 1) }));
    } else if (dir.methods[i] === 8) {
      const inflater = new Inflate((chunk) => take(chunk));
      let p = 0;
      do {
        inflater.push(packed.subarray(p, p + SLICE), p + SLICE >= packed.length);
        p += SLICE;
      } while (p < packed.length);
    } else throw new ZipEntryError(`${name}: compression method ${dir.methods[i]}`);
    if (seen !== size) throw new ZipEntryError(`${name} inflates to ${seen} bytes, not its declared ${size}`);
  };
  return { names: [...index.keys()], read };
}

/**
 * The parts of a zip64 archive (which zipDirectory does not read), through fflate's own directory
 * reader: `check` sees every name and declared size before anything is inflated; then every part is
 * inflated at once (zip64 workbooks are rare: they are over 4 GiB or hold 65,535 entries).
 */
export function zip64Parts(b: Uint8Array, check: (names: string[], sizes: number[]) => void): ZipParts {
  const names: string[] = [];
  const sizes: number[] = [];
  const fail = (e: unknown) => new ZipEntryError(e instanceof Error ? e.message : String(e));
  try {
    unzipSync(b, {
      filter: (f) => {
        names.push(f.name);
        sizes.push(f.originalSize);
        return false;
      },
    });
  } catch (e) {
    throw fail(e);
  }
  check(names, sizes);
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(b, { filter: (f) => !f.name.endsWith('/') });
  } catch (e) {
    throw fail(e);
  }
  const byName = new Map<string, { data: Uint8Array; size: number }>();
  names.forEach((name, i) => {
    if (!name.endsWith('/')) byName.set(name.replace(/^\//, ''), { data: files[name], size: sizes[i] });
  });
  return {
    names: [...byName.keys()],
    read(name, onData) {
      const f = byName.get(name);
      if (!f) throw new ZipEntryError(`no entry ${name}`);
      if (f.data.length !== f.size) throw new ZipEntryError(`${name} inflates to ${f.data.length} bytes, not its declared ${f.size}`);
      for (let p = 0; p < f.data.length; p += 4 * SLICE) onData(f.data.subarray(p, p + 4 * SLICE));
    },
  };
}
