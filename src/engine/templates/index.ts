/**
 * Blank standard tables (插入标准表, `budget-check template`), laid out as each profile's official
 * template (sets.ts): title with the year, the name line, the unit line, the header rows with their
 * merges, the fixed rows, and total rows whose figures are formulas.
 */
import { columnName, toA1 } from '../model/address';
import type { WorkbookData, SheetData } from '../model/workbook';
import type { TableKind } from '../tables/kinds';
import { findProfile, type AmountUnit } from '../tables/profiles';
import { toChineseNumeral } from '../text';
import { h, type HNode } from './headers';
import { headerDepth, headerWidth, placeTable, type Cell } from './layout';
import { FALLBACK_TABLES, TEMPLATE_SETS, type BodySpec, type KindTemplate, type Level, type TemplateSet } from './sets';
import type { SheetTemplate, TemplateCell, TemplateStyle } from './types';

export interface TemplateOptions {
  year: number;
  /** 单位名称 / 部门名称 value; empty leaves the line for the user to fill. */
  unitName: string;
  unit: AmountUnit;
  /** 'dept' writes 部门 titles and a 部门名称 line, 'unit' 单位. */
  level: Level;
  /** The template set (a profile id); default the Henan 2024 set of the level. */
  profile?: string;
  /** Lock formula cells and protect each sheet (no password). Default off. */
  protectFormulas?: boolean;
}

const DEFAULT_PROFILE: Record<Level, string> = { unit: 'henan-2024-unit', dept: 'henan-2024-dept' };

/** The template set of a profile id, or undefined when there is no such profile. */
export function templateSet(profile: string): TemplateSet | undefined {
  return TEMPLATE_SETS.find((s) => s.profile === profile);
}

/** The level (部门 / 单位) a profile's templates are written at; `any` (mof-9) follows the options. */
export function profileLevel(profile: string, fallback: Level): Level {
  const l = findProfile(profile)?.level;
  return l === 'dept' || l === 'unit' ? l : fallback;
}

function setOf(opts: TemplateOptions): TemplateSet {
  const id = opts.profile ?? DEFAULT_PROFILE[opts.level];
  const set = templateSet(id);
  if (!set) throw new RangeError(`unknown template profile: ${id}`);
  return set;
}

/** A kind's template in a set (number = its place, 1-based), or a fallback table placed after the set's own. */
function kindOf(set: TemplateSet, kind: TableKind): { def: KindTemplate; number: number } {
  const i = set.tables.findIndex((t) => t.kind === kind);
  if (i >= 0) return { def: set.tables[i], number: i + 1 };
  const def = FALLBACK_TABLES.find((t) => t.kind === kind);
  if (!def) throw new RangeError(`no template for ${kind}`);
  return { def, number: set.tables.length + 1 };
}

function sheetNameOf(set: TemplateSet, def: KindTemplate, number: number, level: Level): string {
  return set.numbering === 'numbered' ? `表${toChineseNumeral(number)} ${def.sheetName[level]}` : def.sheetName[level];
}

/** The standard sheet name of a kind in a profile's set (default Henan 2024), e.g. "表三 支出预算表". */
export function standardSheetName(kind: TableKind, profile = 'henan-2024-unit', level: Level = 'unit'): string {
  const set = templateSet(profile) ?? (templateSet('henan-2024-unit') as TemplateSet);
  const { def, number } = kindOf(set, kind);
  return sheetNameOf(set, def, number, level);
}

/** Leaf header texts of label (non-amount) columns. */
const LABEL_LEAVES =
  /^(类|款|项|单位代码|部门\(单位\)代码|单位名称|单位\(科目名称\)|科目编码|科目名称|功能分类科目名称|经济分类科目名称|部门经济分类科目名称|项目|类型|项目名称|项目单位|项目类别|单位编码\(项目编码\)|项目单位\(项目名称\)|三级指标|指标值|部门\(单位\)名称|经济分类科目编码|)$/;

/** The column (0-based) of the label that carries 合计 in a total row printed first. */
function totalLabelColumn(leaves: string[]): number {
  const i = leaves.findIndex((t) => /名称|科目名称\)|^项目名称$/.test(t));
  return i >= 0 ? i : 0;
}

function leafTexts(nodes: HNode[]): string[] {
  return nodes.flatMap((n) => (n.children && n.children.length ? leafTexts(n.children) : [n.text]));
}

const sumFormula = (col: number, from: number, to: number) => `=SUM(${columnName(col)}${from + 1}:${columnName(col)}${to + 1})`;
const plus = (cells: string[]) => `=${cells.join('+')}`;

interface Body {
  rows: Cell[][];
  totals: Set<number>;
  /** `${bodyRow}:${col}` → formula */
  formulas: Map<string, string>;
  /** Extra merges, relative to the body's first row. */
  merges: { top: number; left: number; bottom: number; right: number }[];
  /** The body rows where figures are typed (relative, inclusive). */
  input: { top: number; bottom: number };
}

/** Body rows (cells before placement), their totals and formulas. `top` is the body's first sheet row. */
function bodyOf(spec: BodySpec, def: KindTemplate, width: number, leaves: string[], top: number): Body {
  const formulas = new Map<string, string>();
  const totals = new Set<number>();
  const merges: Body['merges'] = [];
  const amountCols = leaves.map((t, i) => (LABEL_LEAVES.test(t) ? -1 : i)).filter((i) => i >= 0);
  const rows: Cell[][] = [];
  const blank = () => new Array<Cell>(width).fill(null);
  const f = (r: number, c: number, formula: string) => formulas.set(`${r}:${c}`, formula);
  const at = (r: number, c: number) => toA1(top + r, c);

  if (spec.type === 'two-sided') {
    const rightCols = Array.from({ length: width - 3 }, (_, i) => 3 + i);
    const head = spec.expenseHead ? 1 : 0;
    const expense = Array.isArray(spec.expense) ? spec.expense : new Array<string | null>(spec.expense.blank).fill(null);
    const n = Math.max(spec.income.length, expense.length + head);
    for (let i = 0; i < n; i++) {
      const row = blank();
      row[0] = spec.income[i]?.text ?? null;
      row[2] = i === 0 && spec.expenseHead ? spec.expenseHead : (expense[i - head] ?? null);
      rows.push(row);
    }
    // income: a line with children sums them; the year total sums the lines no other line holds
    const childOf = new Set<number>();
    spec.income.forEach((l, i) => {
      if (!l.children) return;
      const parts: number[] = [];
      for (let k = i + 1; k <= i + l.children; k++) {
        childOf.add(k);
        if (!spec.income[k].sub) parts.push(k);
      }
      f(i, 1, plus(parts.map((k) => at(k, 1))));
    });
    const topLines = spec.income.map((l, i) => (l.sub || childOf.has(i) ? -1 : i)).filter((i) => i >= 0);
    const classFrom = head;
    const classTo = head + expense.length - 1;
    if (spec.expenseHead) for (const c of rightCols) f(0, c, sumFormula(c, top + classFrom, top + classTo));
    const yearRight = (c: number) => (spec.expenseHead ? at(0, c) : null);
    let yearRow = -1;
    let carryRow = -1;
    for (const line of spec.footer) {
      const r = rows.length;
      const row = blank();
      row[0] = line.left;
      row[2] = line.right;
      rows.push(row);
      if (line.role === 'year-total') {
        yearRow = r;
        totals.add(r);
        f(r, 1, plus(topLines.map((k) => at(k, 1))));
        for (const c of rightCols) f(r, c, yearRight(c) ? `=${yearRight(c)}` : sumFormula(c, top + classFrom, top + classTo));
      } else if (line.role === 'carry') {
        carryRow = r;
      } else {
        totals.add(r);
        const carry = (c: number) => (carryRow >= 0 ? [at(carryRow, c)] : []);
        if (line.left !== null) f(r, 1, yearRow >= 0 ? plus([at(yearRow, 1), ...carry(1)]) : plus(topLines.map((k) => at(k, 1))));
        for (const c of rightCols) {
          const year = yearRow >= 0 ? at(yearRow, c) : yearRight(c);
          f(r, c, year ? plus([year, ...carry(c)]) : sumFormula(c, top + classFrom, top + classTo));
        }
      }
    }
    // the right side's row identities on every line (合计 = its parts)
    for (const s of def.rowSums) {
      if (s.total >= width || s.parts.some((c) => c >= width)) continue; // e.g. the department summary has one amount column
      for (let r = 0; r < rows.length; r++) if (!formulas.has(`${r}:${s.total}`)) f(r, s.total, plus(s.parts.map((c) => at(r, c))));
    }
    return { rows, totals, formulas, merges, input: { top: 0, bottom: rows.length - 1 } };
  }
  if (spec.type === 'single-row') {
    rows.push(blank());
    for (const s of def.rowSums) f(0, s.total, plus(s.parts.map((c) => at(0, c))));
    return { rows, totals, formulas, merges, input: { top: 0, bottom: 0 } };
  }
  if (spec.type === 'overall') {
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
      ...Array.from({ length: 10 }, () => [] as Cell[]),
    ];
    f(2, 2, `=${at(3, 2)}+${at(4, 2)}+${at(5, 2)}`);
    return { rows: lines, totals, formulas, merges, input: { top: 0, bottom: lines.length - 1 } };
  }
  // grid tables: a 合计 row first (SUMs over the rows below) or last (SUMs over the rows above)
  const first = spec.total === 'first';
  const totalRow = first ? 0 : spec.rows;
  const from = first ? 1 : 0;
  const to = from + spec.rows - 1;
  for (let i = 0; i <= spec.rows; i++) rows.push(blank());
  const firstAmount = amountCols[0] ?? 0;
  if (first) rows[totalRow][totalLabelColumn(leaves)] = '合计';
  else {
    rows[totalRow][0] = '合计';
    if (firstAmount > 1) merges.push({ top: totalRow, left: 0, bottom: totalRow, right: firstAmount - 1 });
  }
  totals.add(totalRow);
  const by = spec.classRowsBy;
  for (const c of amountCols) {
    const sum =
      by === undefined
        ? sumFormula(c, top + from, top + to)
        : `=SUMIF(${columnName(by)}${top + from + 1}:${columnName(by)}${top + to + 1},"",${columnName(c)}${top + from + 1}:${columnName(c)}${top + to + 1})`;
    f(totalRow, c, sum);
  }
  return { rows, totals, formulas, merges, input: { top: from, bottom: to } };
}

function fillIn(text: string, opts: TemplateOptions): string {
  return text.replace('{year}', String(opts.year)).replace('{unit}', opts.unit);
}

/** Build one table's template in a profile's set (opts.profile; default the Henan 2024 set). */
export function buildTemplate(kind: TableKind, opts: TemplateOptions): SheetTemplate {
  const set = setOf(opts);
  const { def, number } = kindOf(set, kind);
  const level = profileLevel(set.profile, opts.level);
  const overall = def.body.type === 'overall';
  const header = overall ? [h('部门(单位)名称'), h(opts.unitName), h(''), h(''), h('')] : def.header[level];
  const width = headerWidth(header);
  const leaves = leafTexts(header);
  const hasMeta = def.entity !== null || def.unitLine !== null;
  const headerTop = hasMeta ? 2 : 1;
  const bodyTop = headerTop + headerDepth(header);
  const body = bodyOf(def.body, def, width, leaves, bodyTop);
  const placed = placeTable({
    title: fillIn(def.title[level], opts),
    entity: def.entity ? `${def.entity[level]}${opts.unitName}` : null,
    unit: def.unitLine ? fillIn(def.unitLine, opts) : null,
    header,
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
      const amount = overall ? formula !== undefined : def.body.type === 'two-sided' ? c === 1 || c >= 3 : amountCols.has(c);
      if (formula) rows[r][c] = { formula, style: isTotal ? 'total' : 'amount' };
      else if (!rows[r][c]) rows[r][c] = { style: amount ? (isTotal ? 'total' : 'amount') : isTotal ? 'total-label' : 'label' };
    }
  }
  // the name line spans the left part of the row (as the Shanghai templates merge A4:C4 / A4:E4), the unit line keeps the last column
  const nameSpan = def.entity && width >= 4 ? [{ top: 1, left: 0, bottom: 1, right: Math.min(width - 2, Math.ceil(width / 2)) }] : [];
  const merges = [
    ...placed.merges.map(([top, left, bottom, right]) => ({ top, left, bottom, right })),
    ...nameSpan,
    ...body.merges.map((m) => ({ top: m.top + bodyTop, left: m.left, bottom: m.bottom + bodyTop, right: m.right })),
  ];
  return {
    kind,
    profile: set.profile,
    number,
    sheetName: sheetNameOf(set, def, number, level),
    rows,
    merges,
    columnWidths: leaves.map((t) => (/名称|项目$|项目名称|科目名称|指标|^$/.test(t) ? 28 : /^(类|款|项)$/.test(t) ? 6 : 14)),
    amountFormat: '#,##0.00',
    freezeRows: bodyTop,
    body: { top: bodyTop + body.input.top, bottom: bodyTop + body.input.bottom },
    rowSums: def.rowSums.filter((s) => s.total < width && s.parts.every((p) => p < width)),
    emptyNote: def.emptyNote === true,
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: 1, titleRows: { top: 0, bottom: bodyTop - 1 }, centerHorizontally: true },
    protectFormulas: opts.protectFormulas === true,
  };
}

/**
 * The templates of a profile (opts.profile), in the set's order: all of its tables, or those of
 * `kinds` (tables the set does not hold come after its own).
 */
export function buildTemplates(opts: TemplateOptions & { profile: string }, kinds?: readonly TableKind[]): SheetTemplate[] {
  const set = setOf(opts);
  const wanted = kinds ?? set.tables.map((t) => t.kind);
  return wanted.map((k) => buildTemplate(k, opts)).sort((a, b) => a.number - b.number);
}

/** The standard order of kinds of the default (Henan 2024) set, 整体绩效目标表 last (for listing and inserting). */
export const TEMPLATE_ORDER: TableKind[] = [...(templateSet('henan-2024-unit') as TemplateSet).tables.map((t) => t.kind), 'overall-performance'];

/** A template as engine data (formula cells without a cached value), e.g. to recognise it. */
export function templateToSheetData(t: SheetTemplate, name = t.sheetName): SheetData {
  return {
    name,
    top: 0,
    left: 0,
    cells: t.rows.map((r) => r.map((c) => (c && (c.value !== undefined || c.formula) ? { value: c.value ?? null, formula: c.formula } : null))),
    merges: t.merges,
  };
}

/** Templates as a workbook (engine data). */
export function templatesToWorkbook(ts: SheetTemplate[]): WorkbookData {
  return { sheets: ts.map((t) => templateToSheetData(t)) };
}
