/**
 * From what Excel returns for a used range (values, formulas, number formats, value types)
 * to the engine's SheetData. Pure (in steps: engine/steps.ts).
 */
import type { RangeRect } from '../../engine/model/address';
import type { CellData, CellValue, SheetData } from '../../engine/model/workbook';
import type { Steps } from '../../engine/steps';

export interface UsedRangeGrid {
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  /** Excel.RangeValueType names: 'Empty', 'String', 'Double', 'Error'… */
  valueTypes: unknown[][];
}

/**
 * One cell. valueTypes tells an error (#REF!) from the same text typed in a cell; 'Empty' is an
 * empty cell. A formula is kept when the formulas grid shows one ("=…").
 */
function cellFromExcel(value: unknown, formula: unknown, numberFormat: unknown, valueType: unknown): CellData | null {
  const type = String(valueType);
  if (type === 'Empty' && !(typeof formula === 'string' && formula.startsWith('='))) return null;
  let v: CellValue;
  if (type === 'Error') v = { error: String(value) };
  else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') v = type === 'Empty' ? null : value;
  else v = value === null || value === undefined ? null : String(value);
  const cell: CellData = { value: v };
  if (typeof formula === 'string' && formula.startsWith('=')) cell.formula = formula;
  if (typeof numberFormat === 'string') cell.numFmt = numberFormat;
  return cell;
}

function visibilityFromExcel(v: unknown): SheetData['visibility'] {
  const s = String(v);
  return s === 'Hidden' ? 'hidden' : s === 'VeryHidden' ? 'veryHidden' : 'visible';
}

/** Cells converted between two places where the work may pause (a few milliseconds' worth). */
const CELLS_PER_STEP = 1000;

/**
 * A sheet from its used range read whole (`grid`), or from blocks of it (`blocks`: the areas that
 * hold constants and formulas, for a used range too large to read whole). Blocks are placed into a
 * sparse model from the used range's corner (`origin`): only their cells take room. In steps (run
 * by `paced` on the pane's thread, so that a large sheet is converted in slices).
 */
export function* sheetFromExcel(
  name: string,
  grid: UsedRangeGrid | null,
  merges: RangeRect[],
  visibility: unknown,
  isProtected: boolean,
  blocks?: { origin: { rowIndex: number; columnIndex: number }; grids: UsedRangeGrid[] },
): Steps<SheetData> {
  const cells: (CellData | null)[][] = [];
  let done = 0;
  if (grid) {
    for (let r = 0; r < grid.values.length; r++) {
      const row = grid.values[r];
      cells.push(row.map((v, c) => cellFromExcel(v, grid.formulas[r]?.[c], grid.numberFormat[r]?.[c], grid.valueTypes[r]?.[c])));
      done += row.length;
      if (done >= CELLS_PER_STEP) {
        done = 0;
        yield;
      }
    }
  }
  const origin = grid ?? blocks?.origin;
  for (const b of blocks?.grids ?? []) {
    for (let r = 0; r < b.values.length; r++) {
      const row = b.values[r];
      row.forEach((v, c) => {
        const cell = cellFromExcel(v, b.formulas[r]?.[c], b.numberFormat[r]?.[c], b.valueTypes[r]?.[c]);
        if (cell) (cells[b.rowIndex + r - origin!.rowIndex] ??= [])[b.columnIndex + c - origin!.columnIndex] = cell;
      });
      done += row.length;
      if (done >= CELLS_PER_STEP) {
        done = 0;
        yield;
      }
    }
  }
  return {
    name,
    top: origin?.rowIndex ?? 0,
    left: origin?.columnIndex ?? 0,
    cells,
    merges,
    visibility: visibilityFromExcel(visibility),
    protected: isProtected,
  };
}
