/**
 * From what Excel returns for a used range (values, formulas, number formats, value types)
 * to the engine's SheetData. Pure.
 */
import type { RangeRect } from '../../engine/model/address';
import type { CellData, CellValue, SheetData } from '../../engine/model/workbook';

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

/**
 * A sheet from its used range read whole (`grid`), or from blocks of it (`blocks`: the areas that
 * hold constants and formulas, for a used range too large to read whole). Blocks are placed into a
 * sparse model from the used range's corner (`origin`): only their cells take room.
 */
export function sheetFromExcel(
  name: string,
  grid: UsedRangeGrid | null,
  merges: RangeRect[],
  visibility: unknown,
  isProtected: boolean,
  blocks?: { origin: { rowIndex: number; columnIndex: number }; grids: UsedRangeGrid[] },
): SheetData {
  const cells: (CellData | null)[][] = [];
  if (grid) {
    grid.values.forEach((row, r) => {
      cells.push(row.map((v, c) => cellFromExcel(v, grid.formulas[r]?.[c], grid.numberFormat[r]?.[c], grid.valueTypes[r]?.[c])));
    });
  }
  const origin = grid ?? blocks?.origin;
  for (const b of blocks?.grids ?? []) {
    b.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const cell = cellFromExcel(v, b.formulas[r]?.[c], b.numberFormat[r]?.[c], b.valueTypes[r]?.[c]);
        if (cell) (cells[b.rowIndex + r - origin!.rowIndex] ??= [])[b.columnIndex + c - origin!.columnIndex] = cell;
      }),
    );
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
