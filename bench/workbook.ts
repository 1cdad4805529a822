/**
 * The benchmark's workbook: the 13 tables of the Henan 2024 unit set, laid out as the official
 * templates (titles such as "2024年单位支出预算表", multi-row merged headers, 类/款/项 code columns,
 * a 合计 row with SUM formulas and their cached results), with a given number of detail rows spread
 * over the grid tables. Within each row the amounts add up (合计 = 基本支出 + 项目支出, 小计 = its parts),
 * and each 合计 row is the sum of the rows below it, so the engine runs the whole path on sound data.
 */
import ExcelJS from 'exceljs';
import { columnName, parseRange, type RangeRect } from '../src/engine/model/address';
import type { TableKind } from '../src/engine/tables/kinds';
import { findProfile } from '../src/engine/tables/profiles';
import { buildTemplate } from '../src/engine/templates';

/** Share of the detail rows per grid table (the others are fixed forms). */
const WEIGHTS: Partial<Record<TableKind, number>> = {
  expenditure: 15,
  'general-budget': 14,
  'gov-fund': 3,
  'state-capital': 2,
  'basic-expenditure': 14,
  'economic-summary': 10,
  revenue: 5,
  'operating-funds': 10,
  projects: 15,
  'project-performance': 12,
};

const FUNCTION_NAMES = ['行政运行', '一般行政管理事务', '机关服务', '事业运行', '其他政府办公厅（室）及相关机构事务支出', '行政单位离退休', '机关事业单位基本养老保险缴费支出', '住房公积金'];
const ECONOMIC_NAMES = ['基本工资', '津贴补贴', '奖金', '绩效工资', '办公费', '印刷费', '水电费', '差旅费', '公务接待费', '办公设备购置'];
const PROJECT_NAMES = ['信息化运维', '政务服务大厅运行', '档案数字化', '业务培训', '专项督查', '设备更新'];
const INDICATORS = ['完成率', '满意度', '及时率', '覆盖率'];

/** A deterministic pseudo-random sequence (same workbook on every run). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

type Role = 'code' | 'name' | 'text' | 'amount';

interface Column {
  col: number;
  /** Header texts from the top row down (merged cells spread). */
  path: string[];
  role: Role;
}

function roleOf(leaf: string): Role {
  if (/^(类|款|项|科目编码|单位代码|单位编码\(项目编码\))$/.test(leaf)) return 'code';
  if (/^(三级指标|指标值)$/.test(leaf)) return 'text';
  if (/名称|^类型$|^项目类别$|^项目单位$/.test(leaf)) return 'name';
  return 'amount';
}

const isTotal = (t: string) => /^(合计|小计|总计|资金总额)$|经费合计$/.test(t);
const isOfWhich = (t: string) => t.startsWith('其中');

interface HeaderNode {
  text: string;
  col?: number;
  children: HeaderNode[];
}

/** The amount columns as a tree of header groups. */
function amountTree(columns: Column[]): HeaderNode[] {
  const root: HeaderNode = { text: '', children: [] };
  for (const c of columns.filter((x) => x.role === 'amount')) {
    let node = root;
    c.path.forEach((t, i) => {
      const last = i === c.path.length - 1;
      let child = last ? undefined : node.children.find((n) => n.text === t && n.col === undefined);
      if (!child) {
        child = { text: t, children: [] };
        if (last) child.col = c.col;
        node.children.push(child);
      }
      node = child;
    });
  }
  return root.children;
}

/**
 * Fill one row's amounts (in cents) so that every total is the sum of its parts:
 * a 合计/小计 leaf = the sum of its sibling parts; 其中 = a share of them; a group = the sum of its parts.
 */
function fillAmounts(nodes: HeaderNode[], row: Map<number, number>, rand: () => number): number {
  const parts = nodes.filter((n) => !isTotal(n.text) && !isOfWhich(n.text));
  let base = 0;
  for (const n of parts) {
    if (n.col === undefined) base += fillAmounts(n.children, row, rand);
    else {
      const v = rand() < 0.45 ? 0 : Math.floor(rand() * 500000);
      row.set(n.col, v);
      base += v;
    }
  }
  if (parts.length === 0) base = Math.floor(rand() * 500000);
  for (const n of nodes) {
    if (n.col === undefined) continue;
    if (isTotal(n.text)) row.set(n.col, base);
    else if (isOfWhich(n.text)) row.set(n.col, Math.floor(base * 0.8));
  }
  return base;
}

/** Evaluate the templates' formulas: "=A1+B2+…" and "=SUM(A1:A9)". */
function evaluate(formula: string, value: (r: number, c: number) => number): number {
  let sum = 0;
  for (const term of formula.replace(/^=/, '').split('+')) {
    const m = /^SUM\((.+)\)$/.exec(term);
    const rect: RangeRect = parseRange(m ? m[1] : term);
    for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) sum += value(r, c);
  }
  return sum;
}

export interface BenchWorkbook {
  bytes: Buffer;
  /** Detail rows written over all tables. */
  detailRows: number;
  sheets: number;
}

/** errorRate: the share of detail rows with one wrong figure (findings for the engine to word). */
export async function benchWorkbook(detailRows: number, errorRate = 0.001, seed = 2024): Promise<BenchWorkbook> {
  const rand = rng(seed);
  const kinds = findProfile('henan-2024-unit')!.kinds;
  const weightSum = Object.values(WEIGHTS).reduce((a, b) => a + b, 0);
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = new Date(Date.UTC(2024, 0, 1));
  let written = 0;
  const gridKinds = kinds.filter((k) => WEIGHTS[k]);
  for (const kind of kinds) {
    const t = buildTemplate(kind, { year: 2024, unitName: '某市某局（本级）', unit: '万元', level: 'unit' });
    const ws = wb.addWorksheet(t.sheetName);
    const headerTop = 2;
    const bodyTop = t.freezeRows;
    const width = t.rows[0].length;
    // header texts with merges spread, per column
    const text = (r: number, c: number): string => {
      const m = t.merges.find((x) => r >= x.top && r <= x.bottom && c >= x.left && c <= x.right);
      const cell = m ? t.rows[m.top][m.left] : t.rows[r][c];
      return typeof cell?.value === 'string' ? cell.value : '';
    };
    const columns: Column[] = [];
    for (let c = 0; c < width; c++) {
      const path: string[] = [];
      for (let r = headerTop; r < bodyTop; r++) {
        const s = text(r, c);
        if (s && path[path.length - 1] !== s) path.push(s);
      }
      columns.push({ col: c, path, role: roleOf(path[path.length - 1] ?? '') });
    }
    const put = (r: number, c: number, v: ExcelJS.CellValue, amount = false) => {
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = v;
      if (amount) cell.numFmt = t.amountFormat;
    };
    for (let r = 0; r < bodyTop; r++) for (let c = 0; c < width; c++) if (t.rows[r][c]?.value !== undefined) put(r, c, t.rows[r][c]!.value!);
    for (const m of t.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);

    const share = WEIGHTS[kind];
    if (share) {
      // grid table: the 合计 row of the template, then the detail rows
      const n = kind === gridKinds[gridKinds.length - 1] ? detailRows - written : Math.round((detailRows * share) / weightSum);
      written += n;
      const tree = amountTree(columns);
      const totals = new Map<number, number>();
      const first = bodyTop + 1;
      for (let i = 0; i < n; i++) {
        const r = first + i;
        const amounts = new Map<number, number>();
        fillAmounts(tree, amounts, rand);
        // about one typing error per 1,000 rows: a part off by up to 10.00, totals as they were
        const typo = rand() < errorRate ? [...amounts.keys()][Math.floor(rand() * amounts.size)] : -1;
        for (const col of columns) {
          const leaf = col.path[col.path.length - 1] ?? '';
          if (col.role === 'amount') {
            const v = amounts.get(col.col) ?? 0;
            totals.set(col.col, (totals.get(col.col) ?? 0) + v);
            const shown = col.col === typo ? v + 1 + Math.floor(rand() * 1000) : v;
            if (shown !== 0) put(r, col.col, shown / 100, true);
          } else if (col.role === 'code') {
            const code = leaf === '类' ? String(201 + (i % 30)) : leaf === '款' ? String(1 + (i % 9)).padStart(2, '0') : leaf === '项' ? String(1 + (i % 50)).padStart(2, '0') : `${301 + (i % 10)}${String(1 + (i % 99)).padStart(2, '0')}`;
            put(r, col.col, code);
          } else if (col.role === 'name') {
            const names = /经济|科目名称/.test(col.path.join()) && kind !== 'expenditure' && kind !== 'general-budget' ? ECONOMIC_NAMES : kind === 'projects' || kind === 'project-performance' ? PROJECT_NAMES : FUNCTION_NAMES;
            put(r, col.col, names[i % names.length]);
          } else {
            put(r, col.col, leaf === '指标值' ? `≥${90 + (i % 10)}%` : INDICATORS[i % INDICATORS.length]);
          }
        }
      }
      const last = first + n - 1;
      for (let c = 0; c < width; c++) {
        const cell = t.rows[bodyTop][c];
        if (cell?.formula && n > 0) put(bodyTop, c, { formula: `SUM(${columnName(c)}${first + 1}:${columnName(c)}${last + 1})`, result: (totals.get(c) ?? 0) / 100 }, true);
        else if (typeof cell?.value === 'string') put(bodyTop, c, cell.value);
      }
    } else {
      // fixed forms (收支预算表, 财政拨款收支预算表, 三公经费): balanced figures on named lines, the template's formulas evaluated
      const a = 80000 + Math.floor(rand() * 9000000);
      const b = Math.floor(rand() * 500000);
      const x = Math.floor(a / 4);
      const FIGURES: Partial<Record<TableKind, [string, number, number][]>> = {
        summary: [['一、一般公共预算', 1, a], ['其中：财政拨款', 1, a], ['五、事业收入', 1, b], ['一、一般公共服务', 3, a + b - x], ['八、社会保障和就业', 3, x]],
        'fiscal-summary': [['(一) 一般公共预算拨款', 1, a], ['其中：财政拨款', 1, a], ['(一) 一般公共服务支出', 4, a - x], ['(一) 一般公共服务支出', 5, a - x], ['(八)社会保障和就业支出', 4, x], ['(八)社会保障和就业支出', 5, x]],
        'three-public': [['', 1, 12000], ['', 3, 30000], ['', 4, 100000], ['', 5, 25000]],
      };
      const values = new Map<string, number>();
      const key = (r: number, c: number) => `${r}:${c}`;
      for (const [label, c, v] of FIGURES[kind] ?? []) {
        // the first line with that label left of the amount (the label column of its side)
        const labelCol = c <= 1 ? 0 : 2;
        for (let r = bodyTop; r < t.rows.length; r++) {
          if (label === '' || t.rows[r][labelCol]?.value === label) {
            values.set(key(r, c), v);
            break;
          }
        }
      }
      for (let r = bodyTop; r < t.rows.length; r++) for (let c = 0; c < width; c++) if (typeof t.rows[r][c]?.value === 'string') put(r, c, t.rows[r][c]!.value!);
      const memo = new Map<string, number>();
      const value = (r: number, c: number): number => {
        const k = key(r, c);
        if (memo.has(k)) return memo.get(k)!;
        const f = t.rows[r]?.[c]?.formula;
        memo.set(k, 0); // no cycles in the templates; guards anyway
        const v = f ? evaluate(f, value) : values.get(k) ?? 0;
        memo.set(k, v);
        return v;
      };
      for (let r = bodyTop; r < t.rows.length; r++) {
        for (let c = 0; c < width; c++) {
          const f = t.rows[r][c]?.formula;
          if (f) put(r, c, { formula: f.slice(1), result: value(r, c) / 100 }, true);
          else if (values.has(key(r, c))) put(r, c, values.get(key(r, c))! / 100, true);
        }
      }
    }
  }
  return { bytes: Buffer.from(await wb.xlsx.writeBuffer()), detailRows: written, sheets: kinds.length };
}
