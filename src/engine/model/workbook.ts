/**
 * The workbook model every host produces and the engine reads.
 * Pure data: a host (Office.js, .xlsx file) fills it, the engine never mutates it.
 */
import type { RangeRect } from './address';

/** A cell error such as #REF! or #VALUE!, kept as such: never read as zero. */
export interface CellError {
  error: string;
}

export type CellValue = number | string | boolean | CellError | null;

export interface CellData {
  /** The value as Excel shows it (the cached result for a formula). null = empty. */
  value: CellValue;
  /** The formula without its value, e.g. "=SUM(B5:B9)", when known. */
  formula?: string;
  /** The number format, e.g. "#,##0.00", when known ("General" when not set). */
  numFmt?: string;
}

export interface SheetData {
  /** The worksheet name exactly as in the workbook. */
  name: string;
  /** 0-based row of cells[0] (the used range may start below row 1). */
  top: number;
  /** 0-based column of cells[r][0]. */
  left: number;
  /**
   * Rows of cells from (top, left); rows may be ragged, missing cells are empty. Both levels may be
   * sparse (holes for empty rows and cells): a sheet with values at A1 and XFD1048576 stores two cells,
   * so code walks the stored cells (forEachCell), never the rectangle of the used range.
   */
  cells: (CellData | null | undefined)[][];
  /** Merged areas in absolute 0-based coordinates, when known. */
  merges: RangeRect[];
  /** Merged areas the host left out because they overlap an earlier one (some exports write such files). */
  ignoredMerges?: RangeRect[];
  visibility?: 'visible' | 'hidden' | 'veryHidden';
  /** True when the sheet is protected (highlighting may be impossible there). */
  protected?: boolean;
}

export interface WorkbookData {
  sheets: SheetData[];
}

export function isCellError(v: CellValue | undefined): v is CellError {
  return typeof v === 'object' && v !== null && typeof (v as CellError).error === 'string';
}

const EMPTY: CellData = Object.freeze({ value: null }) as CellData;

/** The cell at absolute 0-based (row, col); an empty cell outside the used range. */
export function cellAt(sheet: SheetData, row: number, col: number): CellData {
  const r = sheet.cells[row - sheet.top];
  if (!r) return EMPTY;
  return r[col - sheet.left] ?? EMPTY;
}

/** One past the last used row (absolute). */
export function sheetBottom(sheet: SheetData): number {
  return sheet.top + sheet.cells.length;
}

/** One past the last used column (absolute). */
export function sheetRight(sheet: SheetData): number {
  let w = 0;
  forEachStored(sheet.cells, (r) => {
    if (r.length > w) w = r.length;
  });
  return sheet.left + w;
}

/** Beyond this length a line is walked by its keys: a sparse line (one cell at XFD) is as cheap as a short one. */
const DENSE_WALK = 1024;

/**
 * The stored items of a possibly sparse array, in index order. A short line, or a long one that
 * samples show mostly filled (the rows of a large table), by index (fastest); a sparse one by its
 * own keys, so the work follows what is stored, not the line's length (Array.prototype.forEach
 * visits every index of a sparse array up to its length). Both walks visit the same items.
 */
export function forEachStored<T>(line: readonly (T | null | undefined)[], fn: (item: T, index: number) => void): void {
  if (line.length <= DENSE_WALK || mostlyFilled(line)) {
    for (let i = 0; i < line.length; i++) {
      const x = line[i];
      if (x !== null && x !== undefined) fn(x, i);
    }
    return;
  }
  for (const k of Object.keys(line)) {
    const i = Number(k);
    const x = line[i];
    if (Number.isInteger(i) && x !== null && x !== undefined) fn(x, i);
  }
}

/** Whether at least half of 16 evenly spaced slots of a long array hold an item. */
function mostlyFilled(line: readonly unknown[]): boolean {
  let filled = 0;
  for (let k = 0; k < 16; k++) {
    const x = line[Math.floor(((k + 0.5) * line.length) / 16)];
    if (x !== null && x !== undefined) filled++;
  }
  return filled >= 8;
}

/**
 * Every stored cell in row order, then column order: linear in the stored rows and cells, whatever
 * the used range's rectangle (a sheet with values at A1 and XFD1048576 is two steps, not 17 G).
 */
export function forEachCell(sheet: SheetData, fn: (row: number, col: number, cell: CellData) => void): void {
  forEachStored(sheet.cells, (line, r) => forEachStored(line, (cell, c) => fn(sheet.top + r, sheet.left + c, cell)));
}

/** True when the value is empty or whitespace-only text. */
export function isBlankValue(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v !== 'string') return false;
  // most text starts with a letter, digit or ideograph: not blank, without trimming a copy
  const c = v.charCodeAt(0);
  if ((c > 0x20 && c < 0x7f) || (c >= 0x4e00 && c <= 0x9fff)) return false;
  return v.trim() === '';
}

