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
  /** The entry names, in directory order, and the size each declares once inflated. */
  | { kind: 'ok'; names: string[]; sizes: number[] }
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
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { kind: 'ok', names, sizes };
}
