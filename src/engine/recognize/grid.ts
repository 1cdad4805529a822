/**
 * Read-only helpers over a SheetData used by recognition.
 */
import type { RangeRect } from '../model/address';
import { cellAt, forEachStored, isBlankValue, sheetBottom, sheetRight, type CellData, type SheetData } from '../model/workbook';
import { cellKey } from '../tables/model';
import { cellText, normalizeLabel } from '../text';

export class Grid {
  readonly bottom: number;
  readonly right: number;
  private readonly mergeAt = new Map<number, RangeRect>();
  private readonly mergeCover = new Map<number, RangeRect>();
  /** The absolute rows that hold cells, ascending (a sparse sheet has few between top and bottom). */
  private readonly storedRows: number[] = [];

  constructor(readonly sheet: SheetData) {
    this.bottom = sheetBottom(sheet);
    this.right = sheetRight(sheet);
    forEachStored(sheet.cells, (line, i) => {
      if (line.length) this.storedRows.push(sheet.top + i);
    });
    for (const m of sheet.merges) {
      this.mergeAt.set(cellKey(m.top, m.left), m);
      // Only small merges are indexed cell by cell (headers); huge ones are rare and stay at their anchor.
      if ((m.bottom - m.top + 1) * (m.right - m.left + 1) <= 400) {
        for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) this.mergeCover.set(cellKey(r, c), m);
      }
    }
  }

  get top(): number {
    return this.sheet.top;
  }
  get left(): number {
    return this.sheet.left;
  }

  cell(row: number, col: number): CellData {
    return cellAt(this.sheet, row, col);
  }

  /** The text of a cell as written ('' when empty); numbers as their digits. */
  text(row: number, col: number): string {
    return cellText(this.cell(row, col).value).trim();
  }

  norm(row: number, col: number): string {
    return normalizeLabel(this.text(row, col));
  }

  isEmpty(row: number, col: number): boolean {
    return isBlankValue(this.cell(row, col).value);
  }

  /** The merge whose top-left is (row, col). */
  mergeAnchoredAt(row: number, col: number): RangeRect | undefined {
    return this.mergeAt.get(cellKey(row, col));
  }

  /** The merge covering (row, col), if any. */
  mergeCovering(row: number, col: number): RangeRect | undefined {
    return this.mergeCover.get(cellKey(row, col));
  }

  /**
   * The first row at or after `row` that holds cells (this.bottom when none): loops over a table's
   * rows step from stored row to stored row, so the empty rows before a stray far cell cost nothing.
   */
  nextStoredRow(row: number): number {
    const rows = this.storedRows;
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (rows[mid] < row) lo = mid + 1;
      else hi = mid;
    }
    return lo < rows.length ? rows[lo] : this.bottom;
  }

  /** Columns of non-empty cells in a row. */
  filledCols(row: number, left = this.left, right = this.right - 1): number[] {
    const out: number[] = [];
    const r = this.sheet.cells[row - this.sheet.top];
    if (!r) return out;
    const base = this.left;
    if (r.length <= 64) {
      // a table row: by index, only the columns asked
      const from = Math.max(0, left - base);
      const to = Math.min(r.length - 1, right - base);
      for (let i = from; i <= to; i++) {
        const cell = r[i];
        if (cell && !isBlankValue(cell.value)) out.push(base + i);
      }
      return out;
    }
    // the stored cells of the row (a sparse row with one far cell is one step)
    forEachStored(r, (cell, i) => {
      const c = base + i;
      if (c >= left && c <= right && !isBlankValue(cell.value)) out.push(c);
    });
    return out;
  }

  isBlankRow(row: number, left?: number, right?: number): boolean {
    return this.filledCols(row, left, right).length === 0;
  }
}
