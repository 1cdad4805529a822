/**
 * exceljs reading merges as the file host does (merges.ts): exceljs itself refuses a whole workbook
 * whose merges overlap ("Cannot merge already merged cells", which real exports have), compares
 * every merge with every earlier one, and creates every cell a merge covers (a merge of a whole
 * sheet is billions). Used where exceljs loads a workbook: the annotated copy (annotate.ts).
 */
import type ExcelJS from 'exceljs';
import { exceljs } from './exceljs-lazy';
import type { RangeRect } from '../../engine/model/address';
import { resolveMerges } from './merges';

/** exceljs's Range class (not exported): taken from a merge it makes itself. */
type RangeCtor = new (top: number, left: number, bottom: number, right: number) => unknown;
let Range: RangeCtor | undefined;

interface PatchedWorksheet {
  _merges: Record<string, unknown>;
  name: string;
  getCell(r: number, c: number): { merge(master: unknown, ignoreStyle: boolean): void; address: string };
  /** Merges left out because they overlap an earlier one (0-based). */
  __ignoredMerges?: RangeRect[];
}

function readMerges(this: PatchedWorksheet, model: { mergeCells?: string[] }): void {
  const { merges, ignored } = resolveMerges(model.mergeCells ?? [], this.name);
  if (ignored.length) this.__ignoredMerges = ignored;
  for (const { area: m, marked } of merges) {
    const master = this.getCell(m.top + 1, m.left + 1);
    if (marked) {
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) if (r > m.top || c > m.left) this.getCell(r + 1, c + 1).merge(master, true);
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
  const probe = new (exceljs().Workbook)().addWorksheet('x');
  probe.mergeCells('A1:B1');
  Range = Object.values((probe as unknown as PatchedWorksheet)._merges)[0]!.constructor as RangeCtor;
  const proto = Object.getPrototypeOf(probe) as { _parseMergeCells: typeof readMerges };
  proto._parseMergeCells = readMerges;
}

/** The merges a worksheet left out because they overlapped an earlier one (0-based). */
export function ignoredMerges(ws: ExcelJS.Worksheet): RangeRect[] {
  return (ws as unknown as PatchedWorksheet).__ignoredMerges ?? [];
}
