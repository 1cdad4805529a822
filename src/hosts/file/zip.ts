/**
 * Just enough of the zip container to tell, before parsing, what a file is: the names in its
 * central directory. Pure (no Node APIs), so it runs in the browser too.
 */

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
