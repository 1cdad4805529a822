/**
 * A blank standard table, laid out as the official template: what a host writes
 * into a new worksheet. Pure data; hosts map `style` to their own formatting.
 */
import type { RangeRect } from '../model/address';
import type { TableKind } from '../tables/kinds';

export type TemplateStyle = 'title' | 'subtitle' | 'header' | 'label' | 'amount' | 'total-label' | 'total' | 'note';

export interface TemplateCell {
  /** A text or number value; omitted for an empty styled cell. */
  value?: string | number;
  /** A formula (with leading "="), e.g. "=SUM(E8:E40)"; hosts write it as a formula. */
  formula?: string;
  style?: TemplateStyle;
}

export interface SheetTemplate {
  kind: TableKind;
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
}
