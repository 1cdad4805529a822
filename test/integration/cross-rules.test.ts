/**
 * The rules between tables on real-looking workbooks (the generated fixtures: seeds and clean
 * synthetic workbooks): each must stay silent on a clean workbook, and must report a changed
 * figure with the cells on both sides. Cells are located through the engine's own facts.
 */
import * as path from 'path';
import { classFacts, econFacts, firstAmountColumn, threePublicFact, totalFact, type Fact } from '../../src/engine/analysis/facts';
import { checkWorkbook } from '../../src/engine/check';
import type { Finding } from '../../src/engine/findings';
import { parseA1 } from '../../src/engine/model/address';
import type { CellValue, WorkbookData } from '../../src/engine/model/workbook';
import type { TableKind } from '../../src/engine/tables/kinds';
import { amountAt, forEachAmount, type RecognizedTable } from '../../src/engine/tables/model';
import { readWorkbookFile } from '../../src/hosts/file/node';

const DIR = path.join(__dirname, '../fixtures/generated');
const cache = new Map<string, Promise<WorkbookData>>();
async function load(file: string): Promise<WorkbookData> {
  if (!cache.has(file)) cache.set(file, readWorkbookFile(path.join(DIR, file)));
  return structuredClone(await cache.get(file)!);
}

function setCell(wb: WorkbookData, sheet: string, a1: string, value: CellValue): void {
  const s = wb.sheets.find((x) => x.name === sheet)!;
  const { row, col } = parseA1(a1);
  const r = row - s.top;
  while (s.cells.length <= r) s.cells.push([]);
  const line = s.cells[r];
  while (line.length <= col - s.left) line.push(null);
  line[col - s.left] = { value };
}

function tables(wb: WorkbookData) {
  const r = checkWorkbook(wb);
  const of = (k: TableKind) => r.recognized.find((t) => t.kind === k)!;
  return { of, mapping: (t: RecognizedTable) => r.mappings[r.recognized.indexOf(t)] };
}

function findingsOf(wb: WorkbookData, rule: string): Finding[] {
  return checkWorkbook(wb, { rules: [rule] }).findings;
}
const brief = (fs: Finding[]) => fs.map((f) => `${f.severity} ${f.sheet} ${f.cells[0]} ↔ ${f.related?.map((x) => `${x.sheet} ${x.cells[0] ?? ''}`).join(';') ?? ''}`);

/** Add `delta` (in the table's unit) to a fact's cell. */
function bump(wb: WorkbookData, f: Fact, delta: number) {
  setCell(wb, f.sheet, f.cells[0], Math.round((f.value / f.factor + delta) * 100) / 100);
}

const UNIT = 'synthetic-henan-2024-unit.xlsx';
const DEPT = 'synthetic-henan-2024-dept-unmerged-renamed.xlsx';
const YUAN = 'synthetic-shanghai-2026-unit-hierarchical.xlsx';
const CLEAN = [UNIT, DEPT, YUAN, 'synthetic-mof-9-two-per-sheet-one-code.xlsx', 'synthetic-henan-2022-dept-offset.xlsx', 'synthetic-shanghai-2026-dept-hierarchical.xlsx'];
const CROSS = ['summary-revenue', 'summary-expenditure', 'revenue-expenditure', 'fiscal-summary-links', 'general-budget-expenditure', 'basic-expenditure-links', 'economic-summary-links', 'three-public-links', 'projects-links', 'overall-performance-links'];

describe('clean workbooks: no rule between tables reports anything', () => {
  test.each(CLEAN)('%s', async (file) => {
    const wb = await load(file);
    expect(checkWorkbook(wb, { rules: CROSS }).findings).toEqual([]);
  });
});

describe('summary-revenue', () => {
  test('seed 001: 其中财政拨款 714.40 in the revenue table, 827.29 in the summary', async () => {
    const fs = findingsOf(await load('seed-001.xlsx'), 'summary-revenue');
    expect(brief(fs)).toEqual(['error 表二 收入预算表 F6 ↔ 表一 收支预算表 B6']);
    expect(fs[0].message['zh-CN']).toBe('收入预算表「合计」行「其中：财政拨款」 714.40 ≠ 收支预算表「其中：财政拨款」（表一 收支预算表 B6） 827.29（差 -112.89 万元）');
    expect([fs[0].expected, fs[0].actual]).toEqual([827.29, 714.4]);
  });
  test('a changed revenue total; a 0.01 difference is a rounding info', async () => {
    const wb = await load(UNIT);
    const t = tables(wb);
    const total = totalFact(t.of('revenue'), 'total')!;
    bump(wb, total, 10);
    expect(findingsOf(wb, 'summary-revenue').map((f) => `${f.severity} ${f.cells[0]}`)).toEqual([`error ${total.cells[0]}`]);
    const wb2 = await load(UNIT);
    bump(wb2, total, 0.01);
    expect(findingsOf(wb2, 'summary-revenue').map((f) => f.severity)).toEqual(['info']);
  });
});

describe('summary-expenditure', () => {
  test('an amount on the wrong class line of the summary is caught by code, on both lines', async () => {
    const wb = await load(UNIT);
    const t = tables(wb);
    const s = t.of('summary');
    const lines = classFacts(s, t.mapping(s), (p) => (p.side === 'expense' ? firstAmountColumn(p) : undefined));
    const a = [...lines.values()].find((f) => f.value > 1)!;
    const b = [...lines.values()].find((f) => f !== a && f.cells.length === 1)!;
    bump(wb, a, -1);
    bump(wb, b, +1);
    const got = findingsOf(wb, 'summary-expenditure').map((f) => `${f.severity} ${f.cells[0]}`);
    expect(got.sort()).toEqual([`error ${a.cells[0]}`, `error ${b.cells[0]}`].sort());
  });
  test('a whole expenditure table in 元 beside tables in 万元 agrees (and a 1 元 slip is inside the envelope)', async () => {
    const wb = await load(UNIT);
    const t = tables(wb);
    const e = t.of('expenditure');
    const sheet = wb.sheets.find((x) => x.name === e.sheet)!;
    forEachAmount(e.amounts, (a, row, col) => {
      if (a.kind === 'number') sheet.cells[row - sheet.top][col - sheet.left] = { value: Math.round(a.value * 10000) };
    });
    for (const line of sheet.cells) for (const c of line) if (c && typeof c.value === 'string' && /万元/.test(c.value)) c.value = c.value.replace('万元', '元');
    expect(tables(wb).of('expenditure').unit).toBe('元');
    expect(checkWorkbook(wb, { rules: CROSS }).findings).toEqual([]);
    const total = totalFact(tables(wb).of('expenditure'), 'total')!;
    bump(wb, total, 30); // 30 元 = 0.003 万元: inside half a cent of 万元 per figure
    expect(findingsOf(wb, 'summary-expenditure').map((f) => f.severity)).toEqual(['info']);
    bump(wb, total, 1000);
    expect(findingsOf(wb, 'summary-expenditure').map((f) => f.severity)).toEqual(['error']);
  });
});

describe('revenue-expenditure', () => {
  test('revenue 总计 ≠ expenditure 合计', async () => {
    const wb = await load(DEPT);
    const e = totalFact(tables(wb).of('expenditure'), 'total')!;
    bump(wb, e, 5);
    expect(findingsOf(wb, 'revenue-expenditure').map((f) => `${f.severity} ${f.cells[0]}`)).toEqual([`error ${e.cells[0]}`]);
  });
});

describe('fiscal-summary-links', () => {
  test('a class of the general-budget table that disagrees with the fiscal summary column', async () => {
    const wb = await load(UNIT);
    const t = tables(wb);
    const f = t.of('fiscal-summary');
    const gbCol = (p: RecognizedTable['parts'][number]) => (p.side === 'expense' ? p.columns.find((c) => c.measure === 'general-budget') : undefined);
    const line = [...classFacts(f, t.mapping(f), gbCol).values()].find((x) => x.value > 1)!;
    bump(wb, line, 2);
    const got = findingsOf(wb, 'fiscal-summary-links');
    expect(got.map((x) => `${x.severity} ${x.sheet} ${x.cells[0]}`)).toEqual([`error ${f.sheet} ${line.cells[0]}`]);
    expect(got[0].related![0].sheet).toBe(t.of('general-budget').sheet);
  });
  test('seed 002: 卫生健康 on the outdated line still agrees with class 210 of the general-budget table', async () => {
    expect(findingsOf(await load('seed-002.xlsx'), 'fiscal-summary-links')).toEqual([]);
  });
});

describe('general-budget-expenditure', () => {
  test('all money is 一般公共预算: a general-budget row that differs from the expenditure row', async () => {
    const wb = await load(UNIT);
    const t = tables(wb);
    const g = t.of('general-budget');
    const leaf = g.parts[0].rows.find((r) => r.role === 'detail' && r.fn?.level === 'item')!;
    const col = g.parts[0].columns.find((c) => c.measure === 'total')!;
    const v = amountAt(g, leaf.row, col.col);
    setCell(wb, g.sheet, `${String.fromCharCode(65 + col.col)}${leaf.row + 1}`, (v as { value: number }).value + 3);
    const got = findingsOf(wb, 'general-budget-expenditure');
    expect(got.map((x) => `${x.severity} ${x.sheet} ${x.cells[0]}`)).toEqual([`error ${g.sheet} ${String.fromCharCode(65 + col.col)}${leaf.row + 1}`]);
  });
  test('with 政府性基金 money too, a general-budget row may be smaller than the expenditure row, never larger', async () => {
    const wb = await load(UNIT);
    const t = tables(wb);
    // the revenue table now shows 政府性基金 money: not all money is 一般公共预算
    const r = t.of('revenue');
    const gf = r.parts[0].columns.find((c) => c.measure === 'gov-fund')!;
    const row = r.parts[0].rows.find((x) => x.role === 'total')!;
    setCell(wb, r.sheet, `${String.fromCharCode(65 + gf.col)}${row.row + 1}`, 10);
    const g = t.of('general-budget');
    const leaf = g.parts[0].rows.find((x) => x.role === 'detail' && x.fn?.level === 'item')!;
    const col = g.parts[0].columns.find((c) => c.measure === 'total')!;
    const at = `${String.fromCharCode(65 + col.col)}${leaf.row + 1}`;
    const v = (amountAt(g, leaf.row, col.col) as { value: number }).value;
    setCell(wb, g.sheet, at, v - 3);
    expect(findingsOf(wb, 'general-budget-expenditure')).toEqual([]);
    setCell(wb, g.sheet, at, v + 3);
    const got = findingsOf(wb, 'general-budget-expenditure');
    expect(got.map((x) => `${x.severity} ${x.cells[0]}`)).toEqual([`error ${at}`]);
    expect(got[0].message['zh-CN']).toContain('前者是后者的一部分');
  });
});

describe('basic-expenditure-links', () => {
  test('the basic table’s 人员经费 total ≠ the general-budget table’s 工资福利 + 对个人和家庭', async () => {
    const wb = await load(UNIT);
    const b = totalFact(tables(wb).of('basic-expenditure'), 'personnel')!;
    bump(wb, b, 1);
    const got = findingsOf(wb, 'basic-expenditure-links');
    expect(got.map((x) => `${x.severity} ${x.cells[0]}`)).toEqual([`error ${b.cells[0]}`]);
  });
});

describe('economic-summary-links', () => {
  test('a basic-expenditure code missing from the economic summary; a total that differs', async () => {
    const wb = await load(UNIT);
    const t = tables(wb);
    const s = t.of('economic-summary');
    const col = (p: RecognizedTable['parts'][number]) => p.columns.find((c) => c.measure === 'total');
    const [code, f] = [...econFacts(s, t.mapping(s), col).entries()][0];
    // recode the summary's row: the basic table's code is then missing there
    const m = t.mapping(s).find((x) => x.codes.some((c) => c.scheme === 'econ' && c.code === code))!;
    const econ = m.codes.find((c) => c.scheme === 'econ')!;
    for (const c of econ.cols) setCell(wb, s.sheet, `${String.fromCharCode(65 + c)}${m.row + 1}`, c === econ.cols[0] && econ.cols.length > 1 ? '399' : econ.cols.length > 1 ? '99' : '39999');
    const got = findingsOf(wb, 'economic-summary-links');
    expect(got.some((x) => x.sheet === t.of('basic-expenditure').sheet && x.message['zh-CN'].includes('没有对应的编码'))).toBe(true);
    void f;
    const wb2 = await load(UNIT);
    const total = totalFact(tables(wb2).of('economic-summary'), 'total')!;
    bump(wb2, total, 1);
    expect(findingsOf(wb2, 'economic-summary-links').map((x) => x.cells[0])).toEqual([total.cells[0]]);
  });
});

describe('three-public-links', () => {
  test('公务用车运行维护费 above all of 30231; operating funds ≠ 公用经费', async () => {
    const wb = await load(UNIT);
    const t = tables(wb);
    const run = threePublicFact(t.of('three-public'), 'vehicle-operation')!;
    bump(wb, run, 50);
    expect(findingsOf(wb, 'three-public-links').map((x) => `${x.severity} ${x.sheet} ${x.cells[0]}`)).toEqual([`error ${t.of('three-public').sheet} ${run.cells[0]}`]);
    const wb2 = await load(UNIT);
    const of = totalFact(tables(wb2).of('operating-funds'), 'total')!;
    bump(wb2, of, 1);
    expect(findingsOf(wb2, 'three-public-links').map((x) => x.cells[0])).toEqual([of.cells[0]]);
  });
});

describe('projects-links', () => {
  test('seed 001: 网络维护经费 220.00 vs 8.00, and the projects on one side only', async () => {
    const got = findingsOf(await load('seed-001.xlsx'), 'projects-links');
    expect(brief(got)).toEqual([
      'warning 表十二 项目支出预算表 B10 ↔ ',
      'error 表十二 项目支出预算表 D17 ↔ 表十三 项目绩效目标表 C27',
      'warning 表十三 项目绩效目标表 B7 ↔ ',
    ]);
  });
  test('seed 001: 大厅标准化配置 pairs with 政务服务大厅标准化配置 (no finding for it)', async () => {
    const got = findingsOf(await load('seed-001.xlsx'), 'projects-links');
    expect(got.some((f) => f.message['zh-CN'].includes('标准化配置'))).toBe(false);
  });
  test('the projects total ≠ the expenditure table’s 项目支出', async () => {
    const wb = await load(UNIT);
    const p = totalFact(tables(wb).of('projects'), 'total')!;
    bump(wb, p, 1);
    expect(findingsOf(wb, 'projects-links').map((x) => `${x.severity} ${x.cells[0]}`)).toEqual([`error ${p.cells[0]}`]);
  });
});

describe('overall-performance-links', () => {
  test('seed 002 agrees; a changed 预算总额 does not', async () => {
    const wb = await load('seed-002.xlsx');
    expect(findingsOf(wb, 'overall-performance-links')).toEqual([]);
    const o = tables(wb).of('overall-performance');
    const line = o.form.find((l) => /预算总额/.test(l.key))!;
    setCell(wb, o.sheet, `${String.fromCharCode(65 + line.valueCol!)}${line.row + 1}`, 900);
    expect(findingsOf(wb, 'overall-performance-links').map((x) => x.severity)).toEqual(['error']);
  });
});
