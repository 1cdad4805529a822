/**
 * The one table model: what recognition produces and every rule reads.
 * Rows and columns are absolute 0-based sheet coordinates.
 */
import type { Scheme } from '../catalog/types';
import { forEachStored } from '../model/workbook';
import { BLANK_AMOUNT, type Amount } from '../numbers';
import type { Enumeration } from '../text';
import type { TableKind } from './kinds';
import type { AmountUnit } from './profiles';
import type { LabelRole, Measure } from './vocabulary';

export type ColumnRole = LabelRole | 'amount';

export interface TableColumn {
  col: number;
  /** Header texts above the column, top to bottom, normalised (no spaces, half-width). */
  path: string[];
  /** The header texts as written (for messages), top to bottom. */
  pathRaw: string[];
  role: ColumnRole;
  /** For amount columns: what the column measures, from its header path (小计 takes its group's meaning). */
  measure?: Measure;
  /** For amount columns under 上年结转结余 (or the like): the carry-over group, so its 一般公共预算 is not this year's. */
  carryover?: boolean;
  /** Excluded from sums: 其中… columns and the like. */
  nonAddend: boolean;
}

/** Within one row: the target column equals the sum of the part columns. */
export interface ColumnIdentity {
  target: number;
  parts: number[];
}

/** total (合计/总计), subtotal (类/款 rows, 一、 lines with parts), dept/unit rows, detail rows, 其中 lines, and rows that hold no figures. */
export type RowRole = 'total' | 'subtotal' | 'dept' | 'unit' | 'detail' | 'of-which' | 'blank' | 'continuation' | 'header-repeat';

export type CodeLevel = 'class' | 'kind' | 'item';

export interface RowCode {
  /** Digits only: 201, 20103, 2010350; 301, 30101. */
  code: string;
  level: CodeLevel;
  /** The cells the code was read from. */
  cols: number[];
}

export interface TableRow {
  row: number;
  role: RowRole;
  /** The row's name as written (科目名称, 项目名称, line label), '' when none. */
  label: string;
  /** Normalised label. */
  key: string;
  /** The column the label was read from, when any. */
  labelCol: number | null;
  fn?: RowCode;
  econ?: RowCode;
  gov?: RowCode;
  unitCode?: string;
  /** The text written in a classification's code cells, when they hold something but no code was read. */
  codeText?: Partial<Record<Scheme, string>>;
  /** The 政府经济分类 name as written in its own column (tables that have one). */
  govName?: { text: string; col: number };
  enumeration?: Enumeration;
  /** Depth in the row tree: total 0, department 1, unit 2, class/一、 3 … plain 7. */
  level: number;
  /** Index (into part.rows) of the row this one is a part of. */
  parent: number | null;
}

/** Down a column: the target row equals the sum of the part rows, in every amount column. */
export interface RowIdentity {
  target: number;
  parts: number[];
  /** Why these rows add up: a total row, a 类/款 subtotal, a department or unit row. */
  reason: 'total' | 'subtotal' | 'unit' | 'grand-total';
}

export type Side = 'main' | 'income' | 'expense';

export interface TablePart {
  side: Side;
  left: number;
  right: number;
  columns: TableColumn[];
  rows: TableRow[];
  /** Row-wise identities (within each row, across columns). */
  columnIdentities: ColumnIdentity[];
  /** Column-wise identities (down each amount column), indices into rows. */
  rowIdentities: RowIdentity[];
}

export interface TableText {
  row: number;
  col: number;
  text: string;
}

export interface TableNote {
  row: number;
  col: number;
  text: string;
}

/** A line of a form-like table (整体绩效目标表): its label texts and the amount cell beside them. */
export interface FormLine {
  row: number;
  /** The row's texts joined, normalised. */
  key: string;
  /** The label as written (texts joined with a space). */
  label: string;
  /** The column of the amount (number or blank) after the label, when any. */
  valueCol: number | null;
}

export interface RecognizedTable {
  kind: TableKind;
  sheet: string;
  sheetIndex: number;
  title: string;
  titleRow: number;
  titleCol: number;
  /** The year stated in the title, when any. */
  year: number | null;
  /** 部门 / 单位 as stated before the table name in the title. */
  level: 'dept' | 'unit' | null;
  unit: AmountUnit | null;
  unitCell: { row: number; col: number } | null;
  entityName: string | null;
  entityCell: { row: number; col: number } | null;
  top: number;
  bottom: number;
  left: number;
  right: number;
  headerTop: number;
  headerBottom: number;
  bodyTop: number;
  bodyBottom: number;
  parts: TablePart[];
  notes: TableNote[];
  /** For form-like tables: every line of the form (empty for grid tables). */
  form: FormLine[];
  /** Amount cells, parsed once (amountAt, forEachAmount). */
  amounts: AmountGrid;
  /** The amount cells that do not hold a plain number or a blank (text, errors, numbers stored as text, uncalculated formulas), in reading order. */
  unusualAmounts: { row: number; col: number }[];
  /** The text as written of the amount cells that hold a number stored as text: key cellKey(row, col). */
  amountTexts: Map<number, string>;
  /** Whether any amount cell holds a number other than zero. */
  hasFigures: boolean;
  /** Every text cell from the title row down to the last note, to a few columns right of the table. */
  texts: TableText[];
  /** The text of the entity cell as written (单位名称：…), when the table has one. */
  entityLabel: string | null;
}


/** One number per cell (Excel has at most 16,384 columns): a map key without building a string per lookup. */
export function cellKey(row: number, col: number): number {
  return row * 16384 + col;
}

/**
 * A table's parsed amount cells. The rules read every amount several times, and a large department's
 * tables hold a quarter of a million of them: a plain number (most cells) is stored as its value and
 * shown decimals in typed arrays, one slot per column of the row, with no object per cell; blanks
 * are a kind code; only the rare other cells (text, errors, dashes, numbers stored as text, formulas
 * without a result) keep their Amount, by slot. A row's slots exist only when the row holds an
 * amount: a sparse table (a stray far row) costs its stored rows, not its rectangle. Plain data (it
 * survives structured cloning).
 */
export interface AmountGrid {
  top: number;
  left: number;
  /** Slots per row (columns left … left + width - 1). */
  width: number;
  /** By row - top: the index of the row's first slot; holes for rows without amounts. */
  rowStart: number[];
  /** Per slot: EMPTY (nothing stored), BLANK, NUMBER (values / decimals) or OTHER (others). */
  kinds: Uint8Array;
  values: Float64Array;
  /** Shown decimals of a NUMBER slot; -1 when not known. */
  decimals: Int8Array;
  others: Map<number, Amount>;
  /** Slots in use (rows × width). */
  used: number;
  /** How many cells are stored. */
  size: number;
}

/** The kinds of a grid slot. */
const EMPTY = 0;
const BLANK = 1;
export const NUMBER = 2;
export const OTHER = 3;

export function amountGrid(top: number, left: number, right: number, rows = 16): AmountGrid {
  const width = Math.max(1, right - left + 1);
  const slots = Math.max(1, rows) * width;
  return { top, left, width, rowStart: [], kinds: new Uint8Array(slots), values: new Float64Array(slots), decimals: new Int8Array(slots), others: new Map(), used: 0, size: 0 };
}

/** The slot of (row, col), made when `make` and the row has none yet; -1 when there is none or col is outside. */
function slotOf(g: AmountGrid, row: number, col: number, make: boolean): number {
  const c = col - g.left;
  if (c < 0 || c >= g.width) return -1;
  let start = g.rowStart[row - g.top];
  if (start === undefined) {
    if (!make) return -1;
    start = g.used;
    g.used += g.width;
    if (g.used > g.kinds.length) grow(g, g.used);
    g.rowStart[row - g.top] = start;
  }
  return start + c;
}

function grow(g: AmountGrid, need: number): void {
  const n = Math.max(need, g.kinds.length * 2);
  const kinds = new Uint8Array(n);
  kinds.set(g.kinds);
  const values = new Float64Array(n);
  values.set(g.values);
  const decimals = new Int8Array(n);
  decimals.set(g.decimals);
  g.kinds = kinds;
  g.values = values;
  g.decimals = decimals;
}

export function setAmount(g: AmountGrid, row: number, col: number, a: Amount): void {
  if (a.kind === 'number' && !a.fromText && (a.decimals === null || (a.decimals >= 0 && a.decimals < 128))) {
    setNumber(g, row, col, a.value, a.decimals);
    return;
  }
  const i = slotOf(g, row, col, true);
  if (i < 0) throw new RangeError(`amount cell (${row}, ${col}) outside the table's columns`);
  if (g.kinds[i] === EMPTY) g.size++;
  if (a.kind === 'blank' && !a.dash) {
    g.kinds[i] = BLANK;
    g.others.delete(i);
  } else {
    g.kinds[i] = OTHER;
    g.others.set(i, a);
  }
}

/** A plain number (not stored as text): what most amount cells hold, stored without an object. */
export function setNumber(g: AmountGrid, row: number, col: number, value: number, decimals: number | null): void {
  const i = slotOf(g, row, col, true);
  if (i < 0) throw new RangeError(`amount cell (${row}, ${col}) outside the table's columns`);
  if (g.kinds[i] === EMPTY) g.size++;
  else if (g.kinds[i] === OTHER) g.others.delete(i);
  g.kinds[i] = NUMBER;
  g.values[i] = value;
  g.decimals[i] = decimals === null ? -1 : decimals;
}

function amountOfSlot(g: AmountGrid, i: number): Amount {
  const k = g.kinds[i];
  if (k === NUMBER) {
    const d = g.decimals[i];
    return { kind: 'number', value: g.values[i], fromText: false, decimals: d < 0 ? null : d };
  }
  if (k === OTHER) return g.others.get(i)!;
  return BLANK_AMOUNT;
}

/** Every stored amount, in row then column order. */
export function forEachAmount(g: AmountGrid, fn: (a: Amount, row: number, col: number) => void): void {
  forEachStored(g.rowStart, (start, r) => {
    for (let c = 0; c < g.width; c++) if (g.kinds[start + c] !== EMPTY) fn(amountOfSlot(g, start + c), g.top + r, g.left + c);
  });
}

/** Whether some stored amount passes the test. */
export function someAmount(g: AmountGrid, test: (a: Amount) => boolean): boolean {
  let found = false;
  forEachAmount(g, (a) => {
    if (!found && test(a)) found = true;
  });
  return found;
}

/** Whether some amount is a number other than zero (a loop over the stored values, no Amount made). */
export function hasNonZero(g: AmountGrid): boolean {
  for (let i = 0; i < g.used; i++) {
    const k = g.kinds[i];
    if (k === NUMBER ? g.values[i] !== 0 : k === OTHER && isNonZero(g.others.get(i)!)) return true;
  }
  return false;
}

const isNonZero = (a: Amount) => a.kind === 'number' && a.value !== 0;

export function amountAt(t: RecognizedTable, row: number, col: number): Amount {
  const g = t.amounts;
  const i = slotOf(g, row, col, false);
  return i < 0 ? BLANK_AMOUNT : amountOfSlot(g, i);
}

/** The slot of (row, col) in the grid's arrays, -1 when nothing is stored there (for loops that read the arrays directly). */
export function slotAt(g: AmountGrid, row: number, col: number): number {
  return slotOf(g, row, col, false);
}

/** A short name for a column for messages: its last header text, or the group and the last. */
export function columnLabel(c: TableColumn): string {
  const raw = c.pathRaw.filter((s) => s.trim() !== '');
  if (raw.length === 0) return '';
  const last = raw[raw.length - 1].replace(/\s+/g, '');
  if (raw.length >= 2 && /^(小计|合计)$/.test(last)) return `${raw[raw.length - 2].replace(/\s+/g, '')}${last === '小计' ? '' : last}`;
  return last;
}
