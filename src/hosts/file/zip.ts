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
   * The entry names, in directory order, the size each declares once inflated, and where its data
   * is: the offset of its local header, its compression method (0 stored, 8 deflate) and packed size.
   */
  | { kind: 'ok'; names: string[]; sizes: number[]; offsets: number[]; methods: number[]; packedSizes: number[] }
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
  const offsets: number[] = [];
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
    methods.push(u16(b, p + 10));
    packedSizes.push(u32(b, p + 20));
    offsets.push(u32(b, p + 42));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { kind: 'ok', names, sizes, offsets, methods, packedSizes };
}

/** Where an entry's packed data starts: after its local header (whose name and extra field lengths may differ from the directory's). */
export function zipDataStart(b: Uint8Array, localOffset: number): number {
  return localOffset + 30 + u16(b, localOffset + 26) + u16(b, localOffset + 28);
}
