/**
 * Grid excerpts for the HTML report: a few rows and columns of a sheet's values around the cell a
 * finding names, taken from the workbook where it was read (the command line's worker, or the page
 * that read the file), so that the report can be rendered later without the workbook. Pure: no
 * Node, no DOM.
 *
 * A run with thousands of findings of one shape ("code not in the catalog" on every row) gets
 * excerpts for the first few of each group only, and a file at most MAX_EXCERPTS in all.
 */
import type { WorkbookReport } from '../engine/findings';
import type { Lang } from '../engine/i18n/lang';
import { parseRange, type RangeRect } from '../engine/model/address';
import { cellAt, isCellError, type CellData, type WorkbookData } from '../engine/model/workbook';
import { formatAmount, formatDecimals } from '../engine/numbers';
import { findingGroups } from '../engine/queries';

/** Rows shown above and below the cell, columns left and right of it. */
const ROWS_AROUND = 2;
const COLS_AROUND = 3;
/** Excerpts for the first findings of each group of one rule and message shape. */
export const EXCERPTS_PER_GROUP = 3;
/** Excerpts of one file at most. */
export const MAX_EXCERPTS = 200;
/** Longer cell text is cut (with "…"). */
const MAX_CELL_CHARS = 24;

/** A rectangle of a sheet as shown: each cell's text. */
export interface GridExcerpt {
  /** 0-based row and column of rows[0][0]. */
  top: number;
  left: number;
  rows: string[][];
}

/** What the HTML report needs of a workbook besides its report. */
export interface ReportGrids {
  /** The worksheet names in workbook order. */
  sheets: string[];
  /** excerptKey(sheet, cell) → the excerpt around that cell (or range). */
  excerpts: Record<string, GridExcerpt>;
}

export function excerptKey(sheet: string, cell: string): string {
  return `${sheet}\u0000${cell}`;
}

/** A cell as shown in an excerpt: numbers with their format's decimals, errors by their code. */
function shown(c: CellData): string {
  const v = c.value;
  let s: string;
  if (v === null) s = c.formula ?? '';
  else if (typeof v === 'number') {
    const d = formatDecimals(c.numFmt);
    s = d === null ? String(Math.round(v * 1e10) / 1e10) : formatAmount(v, d);
  } else if (typeof v === 'boolean') s = v ? 'TRUE' : 'FALSE';
  else if (isCellError(v)) s = v.error;
  else s = v;
  return s.length > MAX_CELL_CHARS ? `${s.slice(0, MAX_CELL_CHARS - 1)}…` : s;
}

function excerpt(wb: WorkbookData, sheet: string, at: RangeRect): GridExcerpt | null {
  const ws = wb.sheets.find((s) => s.name === sheet);
  if (!ws) return null;
  const top = Math.max(0, at.top - ROWS_AROUND);
  const left = Math.max(0, at.left - COLS_AROUND);
  // a finding about a long row or column: the excerpt stays a few cells wide / high
  const bottom = Math.min(at.bottom, at.top + ROWS_AROUND) + ROWS_AROUND;
  const right = Math.min(at.right, at.left + COLS_AROUND) + COLS_AROUND;
  const rows: string[][] = [];
  for (let r = top; r <= bottom; r++) {
    const line: string[] = [];
    for (let c = left; c <= right; c++) line.push(shown(cellAt(ws, r, c)));
    rows.push(line);
  }
  return { top, left, rows };
}

/** The excerpt around one cell or range of a sheet (null: no such sheet, or not an address). */
export function excerptAt(wb: WorkbookData, sheet: string, ref: string): GridExcerpt | null {
  try {
    return excerpt(wb, sheet, parseRange(ref));
  } catch {
    return null;
  }
}

/** The excerpts of a report's findings (see the caps above), over the workbook that was checked. */
export function reportGrids(wb: WorkbookData, report: WorkbookReport, lang: Lang): ReportGrids {
  const sheets = wb.sheets.map((s) => s.name);
  const excerpts: Record<string, GridExcerpt> = {};
  let n = 0;
  for (const g of findingGroups(report.findings, sheets, lang)) {
    let inGroup = 0;
    for (const f of g.findings) {
      if (n >= MAX_EXCERPTS) return { sheets, excerpts };
      if (inGroup >= EXCERPTS_PER_GROUP) break;
      if (f.sheet === null || !f.cells[0]) continue;
      const key = excerptKey(f.sheet, f.cells[0]);
      if (key in excerpts) continue;
      let at: RangeRect;
      try {
        at = parseRange(f.cells[0]);
      } catch {
        continue;
      }
      const e = excerpt(wb, f.sheet, at);
      if (!e) continue;
      excerpts[key] = e;
      n++;
      inGroup++;
    }
  }
  return { sheets, excerpts };
}
