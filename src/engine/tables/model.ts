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
 * A table's parsed amount cells, by row then column (row - top, col - left): the rules read every
 * amount several times, and two array steps are far cheaper than a hash lookup in a map of a
 * quarter of a million cells. Plain data (it survives structured cloning); a sparse table (a stray
 * far row) has holes, not a rectangle.
 */
export interface AmountGrid {
  top: number;
  left: number;
  rows: (Amount | undefined)[][];
  /** How many cells are stored. */
  size: number;
}

export function amountGrid(top: number, left: number): AmountGrid {
  return { top, left, rows: [], size: 0 };
}

export function setAmount(g: AmountGrid, row: number, col: number, a: Amount): void {
  const line = (g.rows[row - g.top] ??= []);
  if (line[col - g.left] === undefined) g.size++;
  line[col - g.left] = a;
}

/** Every stored amount, in row then column order. */
export function forEachAmount(g: AmountGrid, fn: (a: Amount, row: number, col: number) => void): void {
  forEachStored(g.rows, (line, r) => forEachStored(line, (a, c) => fn(a, g.top + r, g.left + c)));
}

/** Whether some stored amount passes the test. */
export function someAmount(g: AmountGrid, test: (a: Amount) => boolean): boolean {
  let found = false;
  forEachAmount(g, (a) => {
    if (!found && test(a)) found = true;
  });
  return found;
}

export function amountAt(t: RecognizedTable, row: number, col: number): Amount {
  const line = t.amounts.rows[row - t.amounts.top];
  return (line && line[col - t.amounts.left]) ?? BLANK_AMOUNT;
}

/** A short name for a column for messages: its last header text, or the group and the last. */
export function columnLabel(c: TableColumn): string {
  const raw = c.pathRaw.filter((s) => s.trim() !== '');
  if (raw.length === 0) return '';
  const last = raw[raw.length - 1].replace(/\s+/g, '');
  if (raw.length >= 2 && /^(小计|合计)$/.test(last)) return `${raw[raw.length - 2].replace(/\s+/g, '')}${last === '小计' ? '' : last}`;
  return last;
}
