/**
 * npm run bench: file parse time, engine time, peak memory and Excel round trips as workbooks grow.
 * A department workbook of the 13 Henan 2024 tables with N units × 4 function items (detail rows).
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { checkWorkbook } from '../src/engine/check';
import { readXlsx } from '../src/hosts/file/xlsx';
import { OfficeHost } from '../src/hosts/office';
import { findProfile } from '../src/engine/tables/profiles';
import { placeTable } from '../src/engine/templates/layout';
import { SyntheticBudget } from '../test/fixtures/synthetic';
import { createFakeExcel } from '../test/fakes/excel';

const SIZES = (process.env.BENCH_UNITS ?? '250,900,2500').split(',').map(Number);

let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
const mb = (b: number) => (b / 1024 / 1024).toFixed(0);

async function workbookBytes(units: number): Promise<{ bytes: Buffer; detailRows: number }> {
  const b = new SyntheticBudget('某区某局', '605', units);
  const tables = b.tables({ div: 1e6, unitLabel: '万元', threeDiv: 1e6, threeUnitLabel: '万元', level: '部门', year: 2024, codes: 'three', blankZero: 'blank' });
  const wb = new ExcelJS.Workbook();
  let detailRows = 0;
  for (const kind of findProfile('henan-2024-dept')!.kinds) {
    const ws = wb.addWorksheet(kind);
    const p = placeTable(tables[kind]);
    for (const { r, c, v } of p.cells) ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
    for (const [t, l, bo, ri] of p.merges) ws.mergeCells(t + 1, l + 1, bo + 1, ri + 1);
    detailRows += tables[kind].body.length;
  }
  return { bytes: Buffer.from(await wb.xlsx.writeBuffer()), detailRows };
}

async function main() {
  const rows: Record<string, string | number>[] = [];
  for (const units of SIZES) {
    const { bytes, detailRows } = await workbookBytes(units);
    global.gc?.();
    peak = process.memoryUsage().rss;
    let t = performance.now();
    const wb = await readXlsx(bytes);
    const parseMs = performance.now() - t;
    t = performance.now();
    const report = checkWorkbook(wb);
    const engineMs = performance.now() - t;
    const fake = createFakeExcel(wb, { excelApi: '1.13' });
    const host = new OfficeHost({ run: fake.run, isSetSupported: () => true });
    let s0 = fake.syncs;
    await host.readWorkbook();
    const readSyncs = fake.syncs - s0;
    s0 = fake.syncs;
    await host.highlight(report.findings.filter((f) => f.sheet).concat([{ rule: 'bench', severity: 'info', sheet: wb.sheets[2].name, cells: ['F8', 'G8'], message: { 'zh-CN': '', en: '' } }]));
    const highlightSyncs = fake.syncs - s0;
    rows.push({
      units,
      'body rows (13 tables)': detailRows,
      'file KiB': Math.round(bytes.length / 1024),
      'parse ms': Math.round(parseMs),
      'engine ms': Math.round(engineMs),
      'peak RSS MiB': mb(peak),
      tables: report.tables.length,
      errors: report.findings.filter((f) => f.severity === 'error').length,
      'read syncs': readSyncs,
      'highlight syncs': highlightSyncs,
    });
  }
  clearInterval(sampler);
  console.table(rows);
  fs.mkdirSync(path.join(__dirname, 'out'), { recursive: true });
  fs.writeFileSync(path.join(__dirname, 'out', 'results.json'), JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 2));
}

main();
