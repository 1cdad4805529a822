/**
 * Merged areas as the file host reads them, whichever reader holds the cells (sheet-reader.ts, and
 * exceljs for the annotated copy through exceljs-merges.ts). Some exports write merges that overlap;
 * a merge of a whole sheet covers billions of cells. So a worksheet's merges are resolved with an
 * index: a merge that overlaps an earlier one is left out and remembered (the engine reports it),
 * and only merges of a sensible size mark their covered cells (which then read as empty).
 */
import type { RangeRect } from '../../engine/model/address';
import { rangeToA1, parseRange } from '../../engine/model/address';
import { WorkbookReadError } from './errors';

/** Merges larger than this keep their anchor but do not mark each covered cell (no budget header is near this size). */
const MAX_MARKED_CELLS = 10000;
/**
 * More merges over MAX_MARKED_CELLS than this in one sheet: no budget table has them, and each is
 * compared with the others, so the sheet is refused (saying which sheet, how many, and the first).
 */
const MAX_LARGE_MERGES = 100;

export interface ResolvedMerges {
  /** The merges kept, in the file's order; `marked` when their covered cells are to read as empty. */
  merges: { area: RangeRect; marked: boolean }[];
  /** Merges left out because they overlap an earlier one. */
  ignored: RangeRect[];
}

/**
 * A worksheet's merge references (`<mergeCell ref>`, in the file's order) → the merges kept and
 * left out. A malformed reference merges nothing. Throws implausible-layout for a sheet with more
 * than MAX_LARGE_MERGES huge merges.
 */
export function resolveMerges(refs: readonly (string | undefined)[], sheetName: string): ResolvedMerges {
  const covered = new Map<number, Set<number>>();
  const large: RangeRect[] = [];
  const out: ResolvedMerges = { merges: [], ignored: [] };
  const overlaps = (m: RangeRect): boolean => {
    for (const l of large) if (m.top <= l.bottom && l.top <= m.bottom && m.left <= l.right && l.left <= m.right) return true;
    if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > MAX_MARKED_CELLS) {
      // a huge merge against the small ones already read: look at their cells
      for (const [r, cols] of covered) if (r >= m.top && r <= m.bottom) for (const c of cols) if (c >= m.left && c <= m.right) return true;
      return false;
    }
    for (let r = m.top; r <= m.bottom; r++) {
      const cols = covered.get(r);
      if (cols) for (let c = m.left; c <= m.right; c++) if (cols.has(c)) return true;
    }
    return false;
  };
  for (const ref of refs) {
    let m: RangeRect;
    try {
      m = parseRange(ref as string);
    } catch {
      continue; // a malformed (or missing) reference merges nothing
    }
    if (overlaps(m)) {
      out.ignored.push(m);
      continue;
    }
    const size = (m.bottom - m.top + 1) * (m.right - m.left + 1);
    if (size <= MAX_MARKED_CELLS) {
      for (let r = m.top; r <= m.bottom; r++) {
        let cols = covered.get(r);
        if (!cols) covered.set(r, (cols = new Set()));
        for (let c = m.left; c <= m.right; c++) cols.add(c);
      }
    } else {
      large.push(m);
      if (large.length > MAX_LARGE_MERGES) {
        const first = rangeToA1(large[0]);
        throw new WorkbookReadError('implausible-layout', {
          'zh-CN': `工作表“${sheetName}”有超过 ${MAX_LARGE_MERGES} 个超大合并区域（各超过 ${MAX_MARKED_CELLS} 个单元格，第一个是 ${first}）`,
          en: `sheet "${sheetName}" has more than ${MAX_LARGE_MERGES} huge merged areas (over ${MAX_MARKED_CELLS} cells each, the first ${first})`,
        });
      }
    }
    out.merges.push({ area: m, marked: size <= MAX_MARKED_CELLS });
  }
  return out;
}
