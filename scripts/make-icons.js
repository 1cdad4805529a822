/* Writes the add-in icons (assets/icon-<size>.png): a green sheet with a white check mark.
 * Pure Node (zlib), deterministic. Run: node scripts/make-icons.js */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

function crc32(buf) {
  let c;
  const table = [];
  for (let n = 0; n < 256; n++) {
    c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  let crc = 0xffffffff;
  for (const b of buf) crc = table[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size) {
  const px = (x, y) => {
    const m = Math.max(1, Math.round(size / 16));
    const inside = x >= m && y >= m && x < size - m && y < size - m;
    if (!inside) return [0, 0, 0, 0];
    // grid lines of a sheet
    const cell = size / 4;
    const onGrid = (x % cell < Math.max(1, size / 32) || y % cell < Math.max(1, size / 32)) && y > cell;
    // check mark: two strokes
    const u = x / size;
    const v = y / size;
    const d1 = Math.abs(v - (0.55 + (u - 0.25))) < 0.07 && u > 0.22 && u < 0.45;
    const d2 = Math.abs(v - (0.78 - (u - 0.45) * 1.1)) < 0.07 && u >= 0.42 && u < 0.8;
    if (d1 || d2) return [255, 255, 255, 255];
    if (y <= cell) return [16, 110, 60, 255];
    return onGrid ? [190, 225, 200, 255] : [33, 140, 80, 255];
  };
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const p = px(x, y);
      for (let k = 0; k < 4; k++) raw[y * (size * 4 + 1) + 1 + x * 4 + k] = p[k];
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

for (const s of [16, 32, 64, 80, 128]) fs.writeFileSync(path.join(__dirname, '..', 'assets', `icon-${s}.png`), png(s));
console.log('icons written');
