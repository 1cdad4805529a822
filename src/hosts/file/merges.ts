/**
 * Merged areas as the file host reads them. exceljs refuses a whole workbook whose merges overlap
 * ("Cannot merge already merged cells", which real exports have), compares every merge with every
 * earlier one, and creates every cell a merge covers (a merge of a whole sheet is billions). Here a
 * worksheet's merges are read with an index: a merge that overlaps an earlier one is left out and
 * remembered (the engine reports it), and only merges of a sensible size mark their covered cells.
 */
import ExcelJS from 'exceljs';
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

/** exceljs's Range class (not exported): taken from a merge it makes itself. */
type RangeCtor = new (top: number, left: number, bottom: number, right: number) => unknown;
let Range: RangeCtor | undefined;

interface PatchedWorksheet {
  _merges: Record<string, unknown>;
  name: string;
  getCell(r: number, c: number): { merge(master: unknown, ignoreStyle: boolean): void; address: string };
  /** Merges left out because they overlap an earlier one (1-based, as exceljs counts). */
  __ignoredMerges?: RangeRect[];
}

function readMerges(this: PatchedWorksheet, model: { mergeCells?: string[] }): void {
  const covered = new Map<number, Set<number>>();
  const large: RangeRect[] = [];
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
  for (const ref of model.mergeCells ?? []) {
    let m: RangeRect;
    try {
      m = parseRange(ref);
    } catch {
      continue; // a malformed reference merges nothing
    }
    if (overlaps(m)) {
      (this.__ignoredMerges ??= []).push(m);
      continue;
    }
    const size = (m.bottom - m.top + 1) * (m.right - m.left + 1);
    const master = this.getCell(m.top + 1, m.left + 1);
    if (size <= MAX_MARKED_CELLS) {
      for (let r = m.top; r <= m.bottom; r++) {
        let cols = covered.get(r);
        if (!cols) covered.set(r, (cols = new Set()));
        for (let c = m.left; c <= m.right; c++) {
          cols.add(c);
          if (r > m.top || c > m.left) this.getCell(r + 1, c + 1).merge(master, true);
        }
      }
    } else {
      large.push(m);
      if (large.length > MAX_LARGE_MERGES) {
        const first = rangeToA1(large[0]);
        throw new WorkbookReadError('implausible-layout', {
          'zh-CN': `工作表“${this.name}”有超过 ${MAX_LARGE_MERGES} 个超大合并区域（各超过 ${MAX_MARKED_CELLS} 个单元格，第一个是 ${first}）`,
          en: `sheet "${this.name}" has more than ${MAX_LARGE_MERGES} huge merged areas (over ${MAX_MARKED_CELLS} cells each, the first ${first})`,
        });
      }
    }
    this._merges[master.address] = new Range!(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
}

let patched = false;

/** Make exceljs read merges as above (once per process; exceljs does not export its Worksheet class). */
export function patchMergeReading(): void {
  if (patched) return;
  patched = true;
  const probe = new ExcelJS.Workbook().addWorksheet('x');
  probe.mergeCells('A1:B1');
  Range = Object.values((probe as unknown as PatchedWorksheet)._merges)[0]!.constructor as RangeCtor;
  const proto = Object.getPrototypeOf(probe) as { _parseMergeCells: typeof readMerges };
  proto._parseMergeCells = readMerges;
}

/** The merges a worksheet left out because they overlapped an earlier one (0-based). */
export function ignoredMerges(ws: ExcelJS.Worksheet): RangeRect[] {
  return (ws as unknown as PatchedWorksheet).__ignoredMerges ?? [];
}
