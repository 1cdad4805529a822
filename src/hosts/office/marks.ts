/**
 * Highlight marks: which cells to mark and with which colour, as conditional formats carrying the
 * add-in's signature (the user's own formatting is never written), and the record of which sheets
 * hold them in the workbook's settings (so that a reopened pane can clear). Also the record of fill
 * marks written by earlier versions, which are restored on the next highlight or clear.
 * Only restoreFill queues Office calls.
 */

import type { Severity } from '../../engine/findings';
import { parseRange, toA1, type RangeRect } from '../../engine/model/address';
import type { Steps } from '../../engine/steps';

export { MARK_COLORS, markTargetSteps, type MarkTargets } from '../../engine/marks';

/** Settings key of the record of fill marks written by earlier versions (restored, never written now). */
export const MARKS_SETTING_KEY = 'budgetChecker.highlights';

/** Settings key of the record of the sheets holding conditional-format marks. */
export const CF_MARKS_SETTING_KEY = 'budgetChecker.marks';

/**
 * A mark is a custom conditional format whose rule carries this signature: always TRUE in Excel
 * (ISTEXT of a text), and recognisable as the add-in's own on clear. The user's own formatting (fills,
 * their conditional formats) is never written: clear deletes only formats carrying the signature.
 */
const SIGNATURE = 'budget-checker:';

export function markFormula(severity: Severity): string {
  return `=ISTEXT("${SIGNATURE}${severity}")`;
}

export function isMarkFormula(formula: unknown): boolean {
  return typeof formula === 'string' && formula.includes(`"${SIGNATURE}`);
}

/** At most this many areas per conditional format over several areas (the address stays short). */
const AREAS_PER_FORMAT = 100;

/** Cells placed between two places where the work may pause. */
const CELLS_PER_STEP = 500;

/**
 * The cells of one sheet to mark, by severity, as A1 areas: each row's runs of adjacent cells
 * (B2:D2), in row order, in groups of at most AREAS_PER_FORMAT — one conditional format per group.
 * In steps (the pane builds its marks in slices).
 */
export function* markAreas(cells: Map<string, Severity>): Steps<{ severity: Severity; areas: string[] }[]> {
  const out: { severity: Severity; areas: string[] }[] = [];
  for (const severity of ['error', 'warning', 'info'] as Severity[]) {
    const pos: RangeRect[] = [];
    for (const [a1, s] of cells) {
      if (s !== severity) continue;
      pos.push(parseRange(a1));
      if (pos.length % CELLS_PER_STEP === 0) yield;
    }
    pos.sort((a, b) => a.top - b.top || a.left - b.left);
    yield;
    const runs: { row: number; left: number; right: number }[] = [];
    for (const p of pos) {
      const last = runs[runs.length - 1];
      if (last && last.row === p.top && last.right === p.left - 1) last.right = p.left;
      else runs.push({ row: p.top, left: p.left, right: p.left });
    }
    const areas = runs.map((r) => (r.left === r.right ? toA1(r.row, r.left) : `${toA1(r.row, r.left)}:${toA1(r.row, r.right)}`));
    for (let i = 0; i < areas.length; i += AREAS_PER_FORMAT) out.push({ severity, areas: areas.slice(i, i + AREAS_PER_FORMAT) });
  }
  return out;
}

/** The sheets holding conditional-format marks (name, and id to find a renamed sheet in the same session). */
export interface CfMarksRecord {
  sheets: { name: string; id?: string }[];
}

export function parseCfMarks(value: unknown): CfMarksRecord {
  let v = value;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch {
      return { sheets: [] };
    }
  }
  const sheets = (v as { v?: unknown; sheets?: unknown } | null)?.sheets;
  if ((v as { v?: unknown } | null)?.v !== 1 || !Array.isArray(sheets)) return { sheets: [] };
  return {
    sheets: sheets
      .filter((s): s is { name: string; id?: unknown } => typeof s === 'object' && s !== null && typeof (s as { name?: unknown }).name === 'string')
      .map((s) => (typeof s.id === 'string' ? { name: s.name, id: s.id } : { name: s.name })),
  };
}

export function serializeCfMarks(r: CfMarksRecord): { v: 1; sheets: { name: string; id?: string }[] } {
  return { v: 1, sheets: r.sheets };
}

/**
 * A cell's fill as found before marking. `pattern` is known with ExcelApi 1.9 ('None' = no fill);
 * without it only the colour is known and '#FFFFFF' stands for "no fill".
 */
export interface OriginalFill {
  color: string;
  pattern?: string;
  patternColor?: string;
}

export function normalizeColor(c: unknown): string {
  return typeof c === 'string' ? c.trim().toUpperCase() : '#FFFFFF';
}

/**
 * The fill from RangeFill properties. With ExcelApi 1.9, "no fill" is pattern 'None'; some Excel
 * builds report pattern null for both no fill and a white fill, and then tintAndShade (null for
 * no fill, a number for a fill) decides.
 */
interface FillReading {
  color: unknown;
  pattern?: unknown;
  patternColor?: unknown;
  tintAndShade?: unknown;
}

export function fillFromExcel(r: FillReading, withPattern: boolean): OriginalFill {
  const c = normalizeColor(r.color);
  if (!withPattern) return { color: c };
  if (r.pattern === 'None') return { color: '#FFFFFF', pattern: 'None' };
  if (typeof r.pattern !== 'string') {
    if (r.tintAndShade === null || r.tintAndShade === undefined) return { color: '#FFFFFF', pattern: 'None' };
    return { color: c, pattern: 'Solid' };
  }
  if (r.pattern === 'Solid' || typeof r.patternColor !== 'string') return { color: c, pattern: r.pattern };
  return { color: c, pattern: r.pattern, patternColor: normalizeColor(r.patternColor) };
}

function isNoFill(f: OriginalFill): boolean {
  return f.pattern === 'None' || (f.pattern === undefined && f.color === '#FFFFFF');
}

/** Whether a cell's current fill is exactly the mark we put there. */
export function showsMark(current: OriginalFill, mark: string): boolean {
  return current.color === normalizeColor(mark) && (current.pattern === undefined || current.pattern === 'Solid');
}

/** Queue the writes that give a RangeFill the original fill back. */
export function restoreFill(fill: Excel.RangeFill, f: OriginalFill, withPattern: boolean): void {
  if (isNoFill(f)) {
    fill.clear();
    return;
  }
  if (withPattern && f.pattern) fill.pattern = f.pattern as Excel.RangeFill['pattern'];
  fill.color = f.color;
  if (withPattern && f.pattern && f.pattern !== 'Solid' && f.patternColor) fill.patternColor = f.patternColor;
}

// ---------------------------------------------------------------- the record in the settings

export interface MarkedCell {
  original: OriginalFill;
  /** The mark colour put on the cell. */
  mark: string;
}

export interface MarkedSheet {
  name: string;
  /** Worksheet id when known (finds the sheet after a rename in the same session). */
  id?: string;
  cells: Map<string, MarkedCell>;
}

export interface MarksRecord {
  sheets: MarkedSheet[];
}

/** Stored form: originals de-duplicated into a table, cells as [fill index, mark]. */
interface StoredMarks {
  v: 1;
  fills: OriginalFill[];
  sheets: { name: string; id?: string; cells: Record<string, [number, string]> }[];
}

export function emptyRecord(): MarksRecord {
  return { sheets: [] };
}

export function countMarks(r: MarksRecord): number {
  return r.sheets.reduce((n, s) => n + s.cells.size, 0);
}

export function serializeMarks(r: MarksRecord): StoredMarks {
  const fills: OriginalFill[] = [];
  const index = new Map<string, number>();
  const sheets = r.sheets
    .filter((s) => s.cells.size > 0)
    .map((s) => {
      const cells: Record<string, [number, string]> = {};
      for (const [a1, m] of s.cells) {
        const key = JSON.stringify([m.original.color, m.original.pattern ?? null, m.original.patternColor ?? null]);
        let i = index.get(key);
        if (i === undefined) {
          i = fills.length;
          fills.push({ ...m.original });
          index.set(key, i);
        }
        cells[a1] = [i, m.mark];
      }
      return s.id ? { name: s.name, id: s.id, cells } : { name: s.name, cells };
    });
  return { v: 1, fills, sheets };
}

function isFill(x: unknown): x is OriginalFill {
  if (typeof x !== 'object' || x === null) return false;
  const f = x as Record<string, unknown>;
  return (
    typeof f.color === 'string' &&
    (f.pattern === undefined || typeof f.pattern === 'string') &&
    (f.patternColor === undefined || typeof f.patternColor === 'string')
  );
}

/** Read the stored record; anything malformed is dropped rather than trusted. */
export function parseMarks(value: unknown): MarksRecord {
  let v = value;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch {
      return emptyRecord();
    }
  }
  if (typeof v !== 'object' || v === null) return emptyRecord();
  const s = v as Partial<StoredMarks>;
  if (s.v !== 1 || !Array.isArray(s.fills) || !Array.isArray(s.sheets)) return emptyRecord();
  const fills = s.fills;
  const out: MarksRecord = { sheets: [] };
  for (const sh of s.sheets) {
    if (typeof sh !== 'object' || sh === null || typeof sh.name !== 'string' || typeof sh.cells !== 'object' || sh.cells === null) continue;
    const cells = new Map<string, MarkedCell>();
    for (const [a1, entry] of Object.entries(sh.cells)) {
      if (!/^[A-Z]{1,3}[1-9]\d*$/.test(a1) || !Array.isArray(entry)) continue;
      const [i, mark] = entry;
      const f = typeof i === 'number' ? fills[i] : undefined;
      if (!isFill(f) || typeof mark !== 'string') continue;
      cells.set(a1, { original: { ...f }, mark });
    }
    if (cells.size > 0) out.sheets.push({ name: sh.name, id: typeof sh.id === 'string' ? sh.id : undefined, cells });
  }
  return out;
}
