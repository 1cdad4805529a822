import type { CheckedReport } from '../engine/queries';
import type { Finding } from '../engine/findings';
import type { CellData, SheetData, WorkbookData } from '../engine/model/workbook';
import { inPageEngine } from './engine-client';

const cell = (value: number | string): CellData => ({ value, numFmt: 'General' });

/** A sheet of `rows` × `cols` cells, with an empty row (a hole) every tenth row and a hole in each row. */
function sheet(name: string, rows: number, cols: number): SheetData {
  const cells: SheetData['cells'] = [];
  for (let r = 0; r < rows; r++) {
    if (r % 10 === 9) continue;
    const row: (CellData | null)[] = [];
    for (let c = 0; c < cols; c++) if (c !== 2) row[c] = cell(r * cols + c);
    cells[r] = row;
  }
  cells.length = rows + 3; // trailing empty rows
  return { name, top: 2, left: 1, cells, merges: [{ top: 2, left: 1, bottom: 2, right: 4 }], visibility: 'visible', protected: false };
}

const report = (findings: Finding[]): CheckedReport => ({ profile: 'mof-9', profileAuto: true, tables: [], missingTables: [], findings });

describe('the pane’s engine: the workbook handed over in pieces, the findings back in chunks', () => {
  test('the check gets the workbook exactly, holes and all, however its sheets were cut into pieces', async () => {
    const wb: WorkbookData = { sheets: [sheet('大表', 3000, 14), sheet('空表', 0, 0), sheet('小表', 12, 5), sheet('宽表', 40, 900)] };
    let got: WorkbookData | null = null;
    const engine = inPageEngine((w) => {
      got = w;
      return report([]);
    });
    await engine.check(wb, {});
    expect(got).toEqual(wb);
    for (const [i, s] of wb.sheets.entries()) {
      const g = got!.sheets[i];
      expect(g.cells.length).toBe(s.cells.length);
      // empty rows stay holes (not undefined entries): the engine walks the stored cells only
      expect(Object.keys(g.cells)).toEqual(Object.keys(s.cells));
      expect(g.cells.map((r) => Object.keys(r))).toEqual(s.cells.map((r) => Object.keys(r)));
    }
  });

  test('a second check takes a new workbook (nothing of the first one left)', async () => {
    const seen: string[][] = [];
    const engine = inPageEngine((w) => {
      seen.push(w.sheets.map((s) => s.name));
      return report([]);
    });
    await engine.check({ sheets: [sheet('甲', 3, 3)] }, {});
    await engine.check({ sheets: [sheet('乙', 3, 3), sheet('丙', 3, 3)] }, {});
    expect(seen).toEqual([['甲'], ['乙', '丙']]);
  });

  test('thousands of findings come back whole and in order', async () => {
    const findings: Finding[] = Array.from({ length: 4000 }, (_, i) => ({ rule: 'row-sum', severity: 'error', sheet: '表', cells: [`A${i + 1}`], message: { 'zh-CN': `${i}`, en: `${i}` } }));
    const r = await inPageEngine(() => report(findings)).check({ sheets: [] }, {});
    expect(r.findings).toEqual(findings);
  });
});
