/**
 * The one way to address cells. Internally rows and columns are 0-based;
 * A1 addresses are what users and the report see.
 */

export interface CellPos {
  /** 0-based row */
  row: number;
  /** 0-based column */
  col: number;
}

/** An inclusive rectangle, 0-based. */
export interface RangeRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnName(col: number): string {
  if (!Number.isInteger(col) || col < 0) throw new RangeError(`invalid column index ${col}`);
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A" → 0, "AA" → 26. */
export function columnIndex(name: string): number {
  const up = name.toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(up)) throw new RangeError(`invalid column name ${name}`);
  let n = 0;
  for (const ch of up) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** (0,0) → "A1" */
export function toA1(row: number, col: number): string {
  if (!Number.isInteger(row) || row < 0) throw new RangeError(`invalid row index ${row}`);
  return `${columnName(col)}${row + 1}`;
}

/** "B3" or "$B$3" → {row:2, col:1} */
export function parseA1(a1: string): CellPos {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m) throw new RangeError(`invalid A1 address ${a1}`);
  const row = Number(m[2]) - 1;
  if (row < 0) throw new RangeError(`invalid A1 address ${a1}`);
  return { row, col: columnIndex(m[1]) };
}

/** "A1:C3" → rect; a single cell "B2" → 1×1 rect. A sheet prefix ("Sheet1!A1:B2") is ignored. */
export function parseRange(ref: string): RangeRect {
  const bang = ref.lastIndexOf('!');
  const body = bang >= 0 ? ref.slice(bang + 1) : ref;
  const [a, b] = body.split(':');
  const p = parseA1(a);
  const q = b ? parseA1(b) : p;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

export function rangeToA1(r: RangeRect): string {
  const a = toA1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${toA1(r.bottom, r.right)}`;
}

/** Quote a sheet name for use in a formula reference when needed ('表一 收支'!A1). */
export function sheetRef(sheetName: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheetName) ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
}
