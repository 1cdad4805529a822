/**
 * A blank standard table, laid out as the official template: what a host writes
 * into a new worksheet. Pure data; hosts map `style` to their own formatting.
 */
import type { RangeRect } from '../model/address';
import type { TableKind } from '../tables/kinds';

export type TemplateStyle = 'title' | 'subtitle' | 'header' | 'label' | 'amount' | 'total-label' | 'total' | 'note';

export interface TemplateCell {
  /**
   * A text or number value; omitted for an empty styled cell. With a formula: its cached result,
   * which a file writer stores (0 when omitted: every formula of a blank template sums empty cells).
   */
  value?: string | number;
  /** A formula (with leading "="), e.g. "=SUM(E8:E40)"; hosts write it as a formula. */
  formula?: string;
  style?: TemplateStyle;
}

/** A row identity: column `total` = the sum of columns `parts` (0-based), on every body row. */
export interface RowSum {
  total: number;
  parts: number[];
}

/** Page setup: A4 landscape, one page wide, the title centred, the header rows repeated on every page. */
export interface PrintSetup {
  orientation: 'landscape';
  paper: 'A4';
  fitToWidth: 1;
  /** Rows (0-based, inclusive) printed at the top of every page. */
  titleRows: { top: number; bottom: number };
  centerHorizontally: boolean;
}

/** A sheet laid out from A1 (a table template, or the checker's report sheet): what a host writes. */
export interface SheetLayout {
  /** Suggested worksheet name (hosts make it unique, never overwriting a sheet). */
  sheetName: string;
  /** Rows of cells from A1; null = nothing written. */
  rows: (TemplateCell | null)[][];
  /** Merged areas, 0-based. */
  merges: RangeRect[];
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  /** Number format for amount cells, e.g. "#,##0.00". */
  amountFormat: string;
  /** Rows (0-based) to freeze above the body: the title and header rows. */
  freezeRows: number;
  /** The body rows (0-based, inclusive) where figures are typed. */
  body?: { top: number; bottom: number };
  print?: PrintSetup;
  /** Lock the formula cells and protect the sheet (no password): off unless asked for. */
  protectFormulas?: boolean;
}

/** A blank standard table of a template set. */
export interface SheetTemplate extends SheetLayout {
  kind: TableKind;
  /** The template set (profile id) it comes from. */
  profile: string;
  /** The table's number in its set (1-based): the order of the sheets. */
  number: number;
  body: { top: number; bottom: number };
  /** Row identities the figures of a body row obey (the hosts do not write them; fill helpers and documentation use them). */
  rowSums: RowSum[];
  /** Whether the template asks for a note (注：…无…，故本表无数据) when the table is left empty. */
  emptyNote: boolean;
  print: PrintSetup;
  protectFormulas: boolean;
}
