/**
 * Blank standard tables (插入标准表), laid out as the official templates: title with the year,
 * the 单位名称 line, the 单位 line, the header rows with their merges, the fixed rows, and total
 * rows whose figures are formulas.
 */
import { columnName, toA1 } from '../model/address';
import { TABLE_KIND_DEFS, type TableKind } from '../tables/kinds';
import type { AmountUnit } from '../tables/profiles';
import {
  BASIC_HEADER,
  ECON_SUMMARY_HEADER,
  FISCAL_CLASS_LINES,
  FISCAL_HEADER,
  FISCAL_INCOME_LINES,
  FUNCTION_EXPENSE_HEADER,
  OPERATING_HEADER,
  PERFORMANCE_HEADER,
  PROJECTS_HEADER,
  REVENUE_HEADER,
  SUMMARY_CLASS_LINES,
  SUMMARY_HEADER,
  SUMMARY_INCOME_LINES,
  THREE_PUBLIC_HEADER,
  h,
  type HNode,
} from './headers';
import { headerDepth, headerWidth, placeTable, type Cell } from './layout';
import type { SheetTemplate, TemplateCell, TemplateStyle } from './types';

export interface TemplateOptions {
  year: number;
  /** 单位名称 / 部门名称 value; empty leaves the line for the user to fill. */
  unitName: string;
  unit: AmountUnit;
  /** 'dept' writes 部门 titles and a 部门名称 line, 'unit' 单位. */
  level: 'dept' | 'unit';
}

/** Sheet names in the Henan 2024 order (表一 … 表十四). */
const ORDER: TableKind[] = [
  'summary', 'revenue', 'expenditure', 'fiscal-summary', 'general-budget', 'basic-expenditure', 'economic-summary',
  'three-public', 'gov-fund', 'state-capital', 'operating-funds', 'projects', 'project-performance', 'overall-performance',
];
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四'];
const SHORT: Record<TableKind, string> = {
  summary: '收支预算表', revenue: '收入预算表', expenditure: '支出预算表', 'fiscal-summary': '财政拨款收支预算表',
  'general-budget': '一般公共预算支出预算表', 'basic-expenditure': '基本支出预算表', 'economic-summary': '支出经济分类汇总表',
  'three-public': '三公经费预算表', 'gov-fund': '政府性基金支出预算表', 'state-capital': '国有资本经营支出预算表',
  'operating-funds': '机构运转经费预算表', projects: '项目支出预算表', 'project-performance': '项目绩效目标表',
  'overall-performance': '整体绩效目标表',
};

/** The standard sheet name of a kind, e.g. "表三 支出预算表". */
export function standardSheetName(kind: TableKind): string {
  return `表${NUMERALS[ORDER.indexOf(kind)]} ${SHORT[kind]}`;
}

const OVERALL_HEADER: HNode[] = [h('部门(单位)名称'), h(''), h(''), h(''), h('')];

const HEADERS: Record<TableKind, HNode[]> = {
  summary: SUMMARY_HEADER,
  revenue: REVENUE_HEADER,
  expenditure: FUNCTION_EXPENSE_HEADER,
  'fiscal-summary': FISCAL_HEADER,
  'general-budget': FUNCTION_EXPENSE_HEADER,
  'basic-expenditure': BASIC_HEADER,
  'economic-summary': ECON_SUMMARY_HEADER,
  'three-public': THREE_PUBLIC_HEADER,
  'gov-fund': FUNCTION_EXPENSE_HEADER,
  'state-capital': FUNCTION_EXPENSE_HEADER,
  'operating-funds': OPERATING_HEADER,
  projects: PROJECTS_HEADER,
  'project-performance': PERFORMANCE_HEADER,
  'overall-performance': OVERALL_HEADER,
};

/** Leaf header texts of label (non-amount) columns. */
const LABEL_LEAVES = /^(类|款|项|单位代码|部门\(单位\)代码|单位名称|单位\(科目名称\)|科目编码|科目名称|项目|类型|项目名称|项目单位|项目类别|单位编码\(项目编码\)|项目单位\(项目名称\)|三级指标|指标值|部门\(单位\)名称|)$/;

/** The column (0-based) of the label that carries 合计 in a kind's total row. */
function totalLabelColumn(leaves: string[]): number {
  const i = leaves.findIndex((t) => /名称|科目名称\)|^项目名称$/.test(t));
  return i >= 0 ? i : 0;
}

function leafTexts(nodes: HNode[]): string[] {
  return nodes.flatMap((n) => (n.children && n.children.length ? leafTexts(n.children) : [n.text]));
}

const BLANK_ROWS = 10;

function titleOf(kind: TableKind, o: TemplateOptions): string {
  const lv = o.level === 'dept' ? '部门' : '单位';
  const y = `${o.year}年`;
  switch (kind) {
    case 'summary':
    case 'revenue':
    case 'expenditure':
      return `${y}${lv}${TABLE_KIND_DEFS[kind].name['zh-CN']}`;
    case 'three-public':
      return `${y}一般公共预算“三公”经费预算表`;
    case 'operating-funds':
      return `${y}行政（事业）单位机构运转经费预算表`;
    case 'project-performance':
      return `${y}${lv}预算项目绩效目标表`;
    case 'overall-performance':
      return `${y}${lv}整体绩效目标表`;
    default:
      return `${y}${TABLE_KIND_DEFS[kind].name['zh-CN']}`;
  }
}

const sumFormula = (col: number, from: number, to: number) => `=SUM(${columnName(col)}${from + 1}:${columnName(col)}${to + 1})`;

/** Body rows (cells before placement) and which of them are totals, per kind. */
function bodyOf(kind: TableKind, width: number, leaves: string[], top: number): { rows: Cell[][]; totals: Set<number>; formulas: Map<string, string> } {
  const formulas = new Map<string, string>();
  const totals = new Set<number>();
  const amountCols = leaves.map((t, i) => (LABEL_LEAVES.test(t) ? -1 : i)).filter((i) => i >= 0);
  const rows: Cell[][] = [];
  const blank = () => new Array<Cell>(width).fill(null);
  const f = (r: number, c: number, formula: string) => formulas.set(`${r}:${c}`, formula);

  if (kind === 'summary') {
    const n = SUMMARY_CLASS_LINES.length;
    for (let i = 0; i < n; i++) rows.push([SUMMARY_INCOME_LINES[i] ?? null, null, SUMMARY_CLASS_LINES[i], null]);
    const incomeParts = SUMMARY_INCOME_LINES.map((l, i) => (l.startsWith('其中') ? -1 : i)).filter((i) => i >= 0);
    const t1 = rows.length;
    rows.push(['本年收入合计', null, '本年支出合计', null], ['上年结转结余', null, '年终结转结余', null], ['收入总计', null, '支出总计', null]);
    f(t1, 1, `=${incomeParts.map((i) => toA1(top + i, 1)).join('+')}`);
    f(t1, 3, sumFormula(3, top, top + n - 1));
    f(t1 + 2, 1, `=${toA1(top + t1, 1)}+${toA1(top + t1 + 1, 1)}`);
    f(t1 + 2, 3, `=${toA1(top + t1, 3)}+${toA1(top + t1 + 1, 3)}`);
    [t1, t1 + 2].forEach((r) => totals.add(r));
    return { rows, totals, formulas };
  }
  if (kind === 'fiscal-summary') {
    rows.push(['一、本年收入', null, '一、本年支出', null, null, null, null, null]);
    const n = FISCAL_CLASS_LINES.length;
    for (let i = 0; i < n; i++) rows.push([FISCAL_INCOME_LINES[i + 1] ?? null, null, FISCAL_CLASS_LINES[i], null, null, null, null, null]);
    const end = rows.length;
    rows.push([null, null, '二、年终结转结余', null, null, null, null, null], ['收入合计', null, '支出合计', null, null, null, null, null]);
    // 一、本年收入 = (一)+(二)+(三); 二、上年结转 likewise; 收入合计 = 一 + 二
    const idx = (label: string, from = 0) => FISCAL_INCOME_LINES.indexOf(label, from);
    const second = idx('二、上年结转');
    const firstParts = [1, 3, 4].map((i) => toA1(top + i, 1));
    f(0, 1, `=${firstParts.join('+')}`);
    f(second, 1, `=${[second + 1, second + 2, second + 3].map((i) => toA1(top + i, 1)).join('+')}`);
    f(end + 1, 1, `=${toA1(top, 1)}+${toA1(top + second, 1)}`);
    for (let c = 3; c <= 7; c++) {
      if (c === 3) continue;
      f(0, c, sumFormula(c, top + 1, top + n));
      f(end + 1, c, `=${toA1(top, c)}+${toA1(top + end, c)}`);
    }
    // 合计 = 一般公共预算 小计 + 政府性基金 + 国有资本经营预算, on every line
    for (let r = 0; r < rows.length; r++) f(r, 3, `=${toA1(top + r, 4)}+${toA1(top + r, 6)}+${toA1(top + r, 7)}`);
    [end + 1].forEach((r) => totals.add(r));
    return { rows, totals, formulas };
  }
  if (kind === 'three-public') {
    rows.push(blank());
    f(0, 0, `=${toA1(top, 1)}+${toA1(top, 2)}+${toA1(top, 5)}`);
    f(0, 2, `=${toA1(top, 3)}+${toA1(top, 4)}`);
    return { rows, totals, formulas };
  }
  if (kind === 'overall-performance') {
    const lines: Cell[][] = [
      ['年度履职目标'],
      ['年度主要任务', '任务名称', '主要内容'],
      ['预算情况', '部门预算总额（万元）'],
      [null, '1、资金来源：（1）政府预算资金'],
      [null, '（2）财政专户管理资金'],
      [null, '（3）单位资金'],
      [null, '2、资金结构：（1）基本支出'],
      [null, '（2）项目支出'],
      ['一级指标', '二级指标', '三级指标', '指标值', '指标值说明'],
      ...Array.from({ length: BLANK_ROWS }, () => [] as Cell[]),
    ];
    f(2, 2, `=${toA1(top + 3, 2)}+${toA1(top + 4, 2)}+${toA1(top + 5, 2)}`);
    return { rows: lines, totals, formulas };
  }
  // grid tables: a 合计 row first, then blank rows, with SUM formulas over them
  const labelCol = totalLabelColumn(leaves);
  const total = blank();
  total[labelCol] = '合计';
  rows.push(total);
  totals.add(0);
  for (let i = 0; i < BLANK_ROWS; i++) rows.push(blank());
  for (const c of amountCols) f(0, c, sumFormula(c, top + 1, top + BLANK_ROWS));
  return { rows, totals, formulas };
}

export function buildTemplate(kind: TableKind, opts: TemplateOptions): SheetTemplate {
  const header = HEADERS[kind];
  const width = headerWidth(header);
  const leaves = leafTexts(header);
  const lv = opts.level === 'dept' ? '部门' : '单位';
  const hasMeta = kind !== 'overall-performance';
  const headerTop = hasMeta ? 2 : 1;
  const bodyTop = headerTop + headerDepth(header);
  const body = bodyOf(kind, width, leaves, bodyTop);
  const placed = placeTable({
    title: titleOf(kind, opts),
    entity: hasMeta ? `${lv}名称：${opts.unitName}` : null,
    unit: hasMeta ? `单位：${kind === 'three-public' ? '万元' : opts.unit}` : null,
    header: kind === 'overall-performance' ? [h(`${lv}名称`), h(opts.unitName), h(''), h(''), h('')] : header,
    body: body.rows,
  });
  const rows: (TemplateCell | null)[][] = Array.from({ length: placed.height }, () => new Array<TemplateCell | null>(width).fill(null));
  const amountCols = new Set(leaves.map((t, i) => (LABEL_LEAVES.test(t) ? -1 : i)).filter((i) => i >= 0));
  for (const { r, c, v } of placed.cells) {
    if (v === null || v === undefined || v === '') continue;
    const style: TemplateStyle = r === 0 ? 'title' : r < headerTop ? 'subtitle' : r < bodyTop ? 'header' : body.totals.has(r - bodyTop) ? 'total-label' : 'label';
    rows[r][c] = { value: typeof v === 'object' ? v.result : v, style };
  }
  // header cells inside merges and empty header cells get the header style (borders, fill)
  for (let r = headerTop; r < bodyTop; r++) for (let c = 0; c < width; c++) if (!rows[r][c]) rows[r][c] = { style: 'header' };
  for (let br = 0; br < body.rows.length; br++) {
    const r = bodyTop + br;
    for (let c = 0; c < width; c++) {
      const formula = body.formulas.get(`${br}:${c}`);
      const isTotal = body.totals.has(br);
      if (formula) rows[r][c] = { formula, style: isTotal ? 'total' : 'amount' };
      else if (!rows[r][c]) rows[r][c] = { style: amountCols.has(c) && kind !== 'overall-performance' ? (isTotal ? 'total' : 'amount') : 'label' };
    }
  }
  return {
    kind,
    sheetName: standardSheetName(kind),
    rows,
    merges: placed.merges.map(([top, left, bottom, right]) => ({ top, left, bottom, right })),
    columnWidths: leaves.map((t) => (/名称|项目$|项目名称|科目名称|指标/.test(t) ? 28 : /^(类|款|项)$/.test(t) ? 6 : 12)),
    amountFormat: '#,##0.00',
    freezeRows: bodyTop,
  };
}

/** The standard order of kinds (for listing and inserting). */
export const TEMPLATE_ORDER = ORDER;

/** A template as engine data (formula cells without a cached value), e.g. to recognise it. */
export function templateToSheetData(t: SheetTemplate, name = t.sheetName): import('../model/workbook').SheetData {
  return {
    name,
    top: 0,
    left: 0,
    cells: t.rows.map((r) => r.map((c) => (c && (c.value !== undefined || c.formula) ? { value: c.value ?? null, formula: c.formula } : null))),
    merges: t.merges,
  };
}
