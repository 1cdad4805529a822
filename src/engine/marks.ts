/**
 * Which cells the findings mark, and with which colour: the most severe finding naming a cell wins.
 * Shared by the hosts that highlight (the Office host's fills, the annotated .xlsx copy) and the
 * HTML report's colours. Pure data.
 */
import type { Finding, Severity } from './findings';
import { parseRange, toA1 } from './model/address';
import { drain, type Steps } from './steps';

/** Excel's own "light red / yellow / blue fill" colours. */
export const MARK_COLORS: Record<Severity, string> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** A finding naming a larger range than this is not expanded cell by cell. */
const MAX_CELLS_PER_REF = 10000;
const EXCEL_ROWS = 1048576;
const EXCEL_COLS = 16384;

/** sheet → A1 → the most severe severity among the findings naming that cell. */
export type MarkTargets = Map<string, Map<string, Severity>>;

export function markTargets(findings: Finding[]): MarkTargets {
  return drain(markTargetSteps(findings));
}

/** Findings looked at between two places where the work may pause. */
const FINDINGS_PER_STEP = 100;

/** markTargets in steps (the task pane builds its marks in slices). */
export function* markTargetSteps(findings: Finding[]): Steps<MarkTargets> {
  const out: MarkTargets = new Map();
  let n = 0;
  for (const f of findings) {
    if (++n % FINDINGS_PER_STEP === 0) yield;
    if (f.sheet === null) continue;
    let cells = out.get(f.sheet);
    for (const ref of f.cells) {
      let rect;
      try {
        rect = parseRange(ref);
      } catch {
        continue;
      }
      if ((rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) > MAX_CELLS_PER_REF) continue;
      if (rect.bottom >= EXCEL_ROWS || rect.right >= EXCEL_COLS) continue;
      if (!cells) {
        cells = new Map();
        out.set(f.sheet, cells);
      }
      for (let r = rect.top; r <= rect.bottom; r++)
        for (let c = rect.left; c <= rect.right; c++) {
          const a1 = toA1(r, c);
          const had = cells.get(a1);
          if (had === undefined || SEVERITY_RANK[f.severity] < SEVERITY_RANK[had]) cells.set(a1, f.severity);
        }
    }
  }
  return out;
}

