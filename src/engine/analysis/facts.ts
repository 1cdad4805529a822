/**
 * Figures of a recognised table that other tables must agree with: the totals of a column, the
 * lines of the summary tables, the 类 totals by functional code, the 款 totals by economic code,
 * the projects. Every fact is in 万元 (a table in 元 is converted) and keeps its display step for
 * the rounding envelope and the cell it was read from, for the finding.
 */
import type { MappedRow } from '../catalog/mapping';
import { toA1 } from '../model/address';
import { amountAt, columnLabel, NUMBER, OTHER, slotAt, type AmountGrid, type RecognizedTable, type TableColumn, type TablePart, type TableRow } from '../tables/model';
import type { AmountUnit } from '../tables/profiles';
import type { Measure } from '../tables/vocabulary';
import { clean, type Amount } from '../numbers';
import { compareValues, decimalsStep, displayStep, judge, judgedEqual, type Comparison, type Figure } from '../tolerance';

/**
 * The one figure of an amount cell (value, rounding step; a blank is an exact zero), or null when
 * the cell holds text or an error (never a silent zero). `defaultStep` is the step of a number whose
 * shown decimals are unknown.
 */
export function figureOf(a: Amount, defaultStep = 0.01): Figure | null {
  if (a.kind === 'number') return { value: a.value, step: displayStep(a, defaultStep) };
  if (a.kind === 'blank') return { value: 0, step: 0, exact: true };
  return null;
}

/** A cell's figure as written in its table's unit (for the identities within one table). */
export function cellFigure(t: RecognizedTable, row: number, col: number): Figure | null {
  return figureOf(amountAt(t, row, col));
}

/** All the cells of a sum are blank: nothing to compare. */
export const ALL_BLANK = 'all-blank';

type CellSum = Comparison | null | typeof ALL_BLANK;

/** The running sum of a total's part cells and the half-steps of every cell so far (the total's first). */
interface Acc {
  sum: number;
  half: number;
  blank: boolean;
  /** A cell holds text or an error. */
  unreadable: boolean;
}

function start(total: Amount): Acc {
  if (total.kind === 'number') return { sum: 0, half: displayStep(total) / 2, blank: false, unreadable: false };
  return { sum: 0, half: 0, blank: true, unreadable: total.kind !== 'blank' };
}

/** Adds the amount cell at (row, col) to the running sum, read from the grid's arrays (no Amount per cell). */
function addAt(acc: Acc, g: AmountGrid, row: number, col: number): void {
  const i = slotAt(g, row, col);
  if (i < 0) return;
  const k = g.kinds[i];
  if (k === NUMBER) {
    const d = g.decimals[i];
    acc.sum += g.values[i];
    acc.half += decimalsStep(d < 0 ? null : d) / 2;
    acc.blank = false;
  } else if (k === OTHER) {
    const a = g.others.get(i)!;
    if (a.kind === 'number') {
      acc.sum += a.value;
      acc.half += displayStep(a) / 2;
      acc.blank = false;
    } else if (a.kind !== 'blank') acc.unreadable = true;
  }
}

function verdictOf(total: Amount, acc: Acc): CellSum {
  if (acc.unreadable) return null;
  if (acc.blank) return ALL_BLANK;
  return judge(total.kind === 'number' ? total.value : 0, clean(acc.sum), acc.half);
}

/*
 * A total cell against the sum of its part cells, in one table: what compareSum of their
 * cellFigures gives, read straight from the amount grid without a figure per cell (the sum rules
 * compare every amount of a table). ALL_BLANK when every cell is blank; null when one holds text or
 * an error.
 */

/** Down a column: the row `target` against the rows `parts` (indices into `rows`). */
export function compareDown(t: RecognizedTable, rows: readonly TableRow[], target: number, parts: readonly number[], col: number): CellSum {
  const total = amountAt(t, rows[target].row, col);
  const acc = start(total);
  const g = t.amounts;
  for (let i = 0; i < parts.length && !acc.unreadable; i++) addAt(acc, g, rows[parts[i]].row, col);
  return verdictOf(total, acc);
}

/** Across a row: the column `target` against the columns `parts`. */
export function compareAcross(t: RecognizedTable, row: number, target: number, parts: readonly number[]): CellSum {
  const total = amountAt(t, row, target);
  const acc = start(total);
  const g = t.amounts;
  for (let i = 0; i < parts.length && !acc.unreadable; i++) addAt(acc, g, row, parts[i]);
  return verdictOf(total, acc);
}

/** The brief answers of placeAcross / placeDown: nothing to compare; equal with a total of zero, or of another value; to be compared. */
export const PLACE_SKIPPED = 0;
export const PLACE_EQUAL_ZERO = 1;
export const PLACE_EQUAL_NONZERO = 2;
export const PLACE_UNEQUAL = 3;

/*
 * compareAcross's and compareDown's answers in brief, for the sum rules' loops over every place:
 * PLACE_SKIPPED where they give null or ALL_BLANK, PLACE_EQUAL_* where the verdict is 'equal',
 * PLACE_UNEQUAL otherwise (the few places that can be reported, for which the comparison is then
 * built). No object per place: the running sum is kept in the two variables below.
 */
let placeSum = 0;
let placeBlank = true;

/**
 * Adds slot i to the running sum of a place; false when it holds text, an error or a formula without
 * a result. addAt's twin without the rounding steps: it runs for every place of a table, and one
 * shared reader that also sums the steps measured slower (row-sum 31 → 50 ms cold on 2,500 units,
 * medians of 11 interleaved runs).
 */
function takeSlot(g: AmountGrid, i: number): boolean {
  if (i < 0) return true;
  const k = g.kinds[i];
  if (k === NUMBER) {
    placeSum += g.values[i];
    placeBlank = false;
  } else if (k === OTHER) {
    const a = g.others.get(i)!;
    if (a.kind === 'number') {
      placeSum += a.value;
      placeBlank = false;
    } else if (a.kind !== 'blank') return false;
  }
  return true;
}

function briefOf(total: number): number {
  if (placeBlank) return PLACE_SKIPPED;
  if (!judgedEqual(total, clean(placeSum))) return PLACE_UNEQUAL;
  return clean(total) !== 0 ? PLACE_EQUAL_NONZERO : PLACE_EQUAL_ZERO;
}

/** Across a row, in brief: the column `target` against the columns `parts`. */
export function placeAcross(g: AmountGrid, row: number, target: number, parts: readonly number[]): number {
  placeSum = 0;
  placeBlank = true;
  if (!takeSlot(g, slotAt(g, row, target))) return PLACE_SKIPPED;
  const total = placeSum;
  placeSum = 0;
  for (let n = 0; n < parts.length; n++) if (!takeSlot(g, slotAt(g, row, parts[n]))) return PLACE_SKIPPED;
  return briefOf(total);
}

/** Down a column, in brief: the row `target` against the rows `parts` (indices into `rows`). */
export function placeDown(g: AmountGrid, rows: readonly TableRow[], target: number, parts: readonly number[], col: number): number {
  placeSum = 0;
  placeBlank = true;
  if (!takeSlot(g, slotAt(g, rows[target].row, col))) return PLACE_SKIPPED;
  const total = placeSum;
  placeSum = 0;
  for (let n = 0; n < parts.length; n++) if (!takeSlot(g, slotAt(g, rows[parts[n]].row, col))) return PLACE_SKIPPED;
  return briefOf(total);
}

/** A figure that other figures are compared with: in 万元, with the cells it was read from and a name. */
export interface Fact extends Figure {
  /** In 万元. */
  value: number;
  /** The rounding step in 万元 (for a sum: the sum of its parts' steps). */
  step: number;
  sheet: string;
  /** The cells it was read from (one, or the rows summed). */
  cells: string[];
  /** What it is, for messages: 「合计」行「基本支出」. */
  label: string;
  /** 万元 per unit of its table (1 for 万元, 0.0001 for 元): value / factor is the figure as written. */
  factor: number;
}

/** 万元 per unit of the table (元 → 0.0001). */
export function unitFactor(t: RecognizedTable, fallback: AmountUnit = '万元'): number {
  return (t.unit ?? fallback) === '元' ? 1e-4 : 1;
}

export function cellFact(t: RecognizedTable, row: number, col: number, label: string, factor = unitFactor(t)): Fact | null {
  // a figure in 元 without shown decimals is rounded to the yuan
  const a = amountAt(t, row, col);
  if (a.kind === 'blank') return { value: 0, step: 0, exact: true, sheet: t.sheet, cells: [toA1(row, col)], label, factor };
  if (a.kind !== 'number') return null;
  return { value: a.value * factor, step: displayStep(a, factor === 1 ? 0.01 : 1) * factor, sheet: t.sheet, cells: [toA1(row, col)], label, factor };
}

/** An exact zero where a table has no line for a class or code. */
export function zeroFact(t: RecognizedTable, label: string, cells: string[] = []): Fact {
  return { value: 0, step: 0, exact: true, sheet: t.sheet, cells, label, factor: unitFactor(t) };
}

/**
 * The sum of facts (one sheet): its step is the sum of theirs. A label given as a function is
 * worded only when read (a message): a class of a large department sums thousands of rows.
 */
export function sumFacts(facts: Fact[], label: string | (() => string), sheet: string): Fact {
  // a class of a large department sums thousands of rows: plain loops, not reduce/flatMap
  let value = 0;
  let step = 0;
  let exact = true;
  const cells: string[] = [];
  for (const f of facts) {
    value += f.value;
    step += f.step;
    if (!f.exact) exact = false;
    for (const c of f.cells) cells.push(c);
  }
  return labelled({ value, step, exact, sheet, cells, label: '', factor: facts[0]?.factor ?? 1 }, label);
}

export function compareFacts(a: Fact, b: Fact): Comparison {
  return compareValues({ value: a.value, step: a.step, exact: a.exact }, { value: b.value, step: b.step, exact: b.exact });
}

const amountCols = (p: TablePart) => p.columns.filter((c) => c.role === 'amount');

const GRAND_TOTAL = new WeakMap<TablePart, TableRow | null>();

/** The row holding the part's grand total: a leading 合计 row, else the last total row (found once per part). */
export function grandTotalRow(p: TablePart): TableRow | undefined {
  let row = GRAND_TOTAL.get(p);
  if (row === undefined) GRAND_TOTAL.set(p, (row = findGrandTotalRow(p) ?? null));
  return row ?? undefined;
}

function findGrandTotalRow(p: TablePart): TableRow | undefined {
  const firstBody = p.rows.findIndex((r) => r.role === 'detail' || r.role === 'unit' || r.role === 'dept' || r.role === 'subtotal');
  let last: TableRow | undefined;
  for (let i = 0; i < p.rows.length; i++) {
    const r = p.rows[i];
    if (r.role !== 'total') continue;
    if (firstBody < 0 || i < firstBody) return r; // a leading total
    last = r;
  }
  return last;
}

/** The column measuring `measure` (this year's money unless carryover is asked for). */
export function columnOf(p: TablePart, measure: Measure, carryover = false): TableColumn | undefined {
  return amountCols(p).find((c) => c.measure === measure && !!c.carryover === carryover);
}

/** The first amount column (the table's 合计 / 金额 column). */
export function firstAmountColumn(p: TablePart): TableColumn | undefined {
  return amountCols(p).find((c) => !c.carryover && !c.nonAddend) ?? amountCols(p)[0];
}

function rowName(r: TableRow): string {
  return r.label.replace(/\s+/g, '') || '合计';
}

/** A column's figure at the part's grand total row. `measure` 'total' falls back to the first amount column. */
export function totalFact(t: RecognizedTable, measure: Measure, opts: { part?: TablePart; carryover?: boolean } = {}): Fact | null {
  const p = opts.part ?? t.parts[0];
  if (!p) return null;
  const row = grandTotalRow(p);
  const col = columnOf(p, measure, opts.carryover) ?? (measure === 'total' && !opts.carryover ? firstAmountColumn(p) : undefined);
  if (!row || !col) return null;
  return cellFact(t, row.row, col.col, `「${rowName(row)}」行「${columnLabel(col) || '金额'}」`);
}

/** The sum of two or more measures at the total row (人员经费 = 工资福利支出 + 对个人和家庭的补助). */
export function totalOfMeasures(t: RecognizedTable, measures: Measure[], label: string, part?: TablePart): Fact | null {
  const facts = measures.map((m) => totalFact(t, m, { part }));
  if (facts.some((f) => !f)) return null;
  return sumFacts(facts as Fact[], label, t.sheet);
}

/**
 * The column where a part states a row's figure: its first amount column, or, where that cell is
 * blank, the first amount column of the row that holds a number. A side broken down twice (江苏's
 * 收支预算总表: 功能分类 | 支出用途) writes its totals once, under the last breakdown.
 */
export function statedColumn(t: RecognizedTable, p: TablePart, row: number): TableColumn | undefined {
  const first = firstAmountColumn(p);
  if (!first || amountAt(t, row, first.col).kind !== 'blank') return first;
  return amountCols(p).find((c) => !c.nonAddend && amountAt(t, row, c.col).kind === 'number') ?? first;
}

/** A line of a list-like part (summary tables) whose label matches; its figure where the part states it (statedColumn). */
export function lineFact(t: RecognizedTable, side: 'income' | 'expense' | 'main', re: RegExp, col?: TableColumn): Fact | null {
  const p = t.parts.find((x) => x.side === side);
  if (!p) return null;
  const r = p.rows.find((x) => x.role !== 'blank' && re.test(x.key));
  if (!r) return null;
  const c = col ?? statedColumn(t, p, r.row);
  if (!c) return null;
  return cellFact(t, r.row, c.col, `「${rowName(r)}」`);
}

/**
 * Amounts by functional 类 (code → fact): the 类 rows when the table has them, else the sum of its
 * leaf rows by the first three digits of their code. A summary line (一、一般公共服务支出) counts
 * as its class; two lines of one class (an outdated line beside the current one) are added.
 */
export function classFacts(t: RecognizedTable, mapping: MappedRow[], col: (p: TablePart) => TableColumn | undefined): Map<string, Fact> {
  const classRows = new Set<string>();
  const entries: { cls: string; level: string | null; p: TablePart; r: TableRow }[] = [];
  for (const m of mapping) {
    const fn = m.codes.find((c) => c.scheme === 'fn' && c.code && c.code[0] === '2');
    if (!fn?.code) continue;
    const p = t.parts[m.part];
    const r = p.rows[m.index];
    entries.push({ cls: fn.code.slice(0, 3), level: fn.level, p, r });
    if (fn.level === 'class') classRows.add(fn.code.slice(0, 3));
  }
  const byClass = new Map<string, CellsSum>();
  const factor = unitFactor(t);
  for (const e of entries) {
    // a class with its own row: only those rows; else the leaves (rows nothing else sums)
    if (classRows.has(e.cls) ? e.level !== 'class' : e.r.role !== 'detail') continue;
    const c = col(e.p);
    if (!c) continue;
    let sum = byClass.get(e.cls);
    if (!sum) byClass.set(e.cls, (sum = cellsSum()));
    addCell(sum, t, e.r, c.col, factor);
  }
  const out = new Map<string, Fact>();
  for (const [cls, sum] of byClass) {
    const rows = sum.rows;
    if (rows.length === 0) continue;
    // each row's label is worded only where a message can show it (a class of one row, or the sum's label when read)
    out.set(cls, cellsSumFact(t, sum, rows.length === 1 ? `「${rowName(rows[0])}」` : () => rowsSumLabel(rows), factor));
  }
  return out;
}

/**
 * Amount cells summed as they are met, without a fact per cell (a class of a large department sums
 * thousands of rows): what sumFacts of their cellFacts gives, its cells named only when read.
 */
interface CellsSum {
  value: number;
  step: number;
  exact: boolean;
  /** The rows added and, at the same index, the column read. */
  rows: TableRow[];
  cols: number[];
}

const cellsSum = (): CellsSum => ({ value: 0, step: 0, exact: true, rows: [], cols: [] });

/** Adds a cell as cellFact reads it; nothing when it holds text or an error (cellFact's null). */
function addCell(sum: CellsSum, t: RecognizedTable, r: TableRow, col: number, factor: number): void {
  const a = amountAt(t, r.row, col);
  if (a.kind === 'number') {
    sum.value += a.value * factor;
    sum.step += displayStep(a, factor === 1 ? 0.01 : 1) * factor;
    sum.exact = false;
  } else if (a.kind !== 'blank') return;
  sum.rows.push(r);
  sum.cols.push(col);
}

/** The fact of a sum of cells: one cell's own cellFact, named `label`; several summed as sumFacts does. */
function cellsSumFact(t: RecognizedTable, sum: CellsSum, label: string | (() => string), factor: number): Fact {
  if (sum.rows.length === 1) return cellFact(t, sum.rows[0].row, sum.cols[0], typeof label === 'string' ? label : label(), factor)!;
  const fact: Fact = { value: sum.value, step: sum.step, exact: sum.exact, sheet: t.sheet, cells: [], label: '', factor };
  let named: string[] | undefined;
  Object.defineProperty(fact, 'cells', { enumerable: true, get: () => (named ??= sum.rows.map((r, i) => toA1(r.row, sum.cols[i]))) });
  return labelled(fact, label);
}

/** The fact with its label: the words given, or worded on first read. */
function labelled(fact: Fact, label: string | (() => string)): Fact {
  if (typeof label === 'string') fact.label = label;
  else {
    let worded: string | undefined;
    Object.defineProperty(fact, 'label', { enumerable: true, get: () => (worded ??= label()) });
  }
  return fact;
}

/** Beyond this many rows a sum's name shows its first distinct row names and the count, not every row. */
const NAMED_ROWS = 4;

/**
 * The name of a sum of rows for messages: 「行政运行」 + 「机关服务」 for a few rows; for many (a class
 * over every unit of a department), the first three distinct names and the count:
 * 「行政运行」 + 「机关服务」 + 「事业运行」 + … 等 2,500 行.
 */
export function rowsSumLabel(rows: readonly TableRow[]): string {
  if (rows.length <= NAMED_ROWS) return rows.map((r) => `「${rowName(r)}」`).join(' + ');
  const names: string[] = [];
  for (const r of rows) {
    const n = `「${rowName(r)}」`;
    if (!names.includes(n)) names.push(n);
    if (names.length === 3) break;
  }
  return `${names.join(' + ')} + … 等 ${rows.length.toLocaleString('en-US')} 行`;
}

/** Amounts by 部门预算经济分类 款 (5 digits), leaves only, in a column. */
export function econFacts(t: RecognizedTable, mapping: MappedRow[], col: (p: TablePart) => TableColumn | undefined): Map<string, Fact> {
  const by = new Map<string, Fact[]>();
  for (const m of mapping) {
    const e = m.codes.find((c) => c.scheme === 'econ' && c.code && c.code[0] === '3' && c.level === 'kind');
    if (!e?.code) continue;
    const p = t.parts[m.part];
    const r = p.rows[m.index];
    if (r.role !== 'detail') continue;
    const c = col(p);
    if (!c) continue;
    const f = cellFact(t, r.row, c.col, `「${e.code} ${rowName(r)}」`);
    if (!f) continue;
    const list = by.get(e.code) ?? [];
    list.push(f);
    by.set(e.code, list);
  }
  const out = new Map<string, Fact>();
  for (const [code, list] of by) out.set(code, list.length === 1 ? list[0] : sumFacts(list, `「${code}」`, t.sheet));
  return out;
}

/** The projects of a projects / project-performance table: name and amount (first amount column). */
export function projectFacts(t: RecognizedTable): { name: string; fact: Fact }[] {
  const out: { name: string; fact: Fact }[] = [];
  for (const p of t.parts) {
    const c = firstAmountColumn(p);
    if (!c) continue;
    for (const r of p.rows) {
      if (r.role !== 'detail' || !r.label.trim()) continue;
      const f = cellFact(t, r.row, c.col, `「${rowName(r)}」`);
      if (f) out.push({ name: r.label.replace(/\s+/g, ''), fact: { ...f, cells: [toA1(r.row, r.labelCol ?? c.col), ...f.cells] } });
    }
  }
  return out;
}

/** The column of a part's totals: the 合计 column, else the first amount column. */
export function totalColumn(p: TablePart): TableColumn | undefined {
  return p.columns.find((c) => c.role === 'amount' && c.measure === 'total') ?? firstAmountColumn(p);
}

/** The summary's income lines by what they hold; this year's section only (before 本年收入合计). */
const INCOME_LINES: { measure: Measure; line: RegExp }[] = [
  { measure: 'general-budget', line: /一般公共预算/ },
  { measure: 'gov-fund', line: /政府性基金/ },
  { measure: 'state-capital', line: /国有资本经营/ },
  { measure: 'special-account', line: /财政专户/ },
  { measure: 'business-operating', line: /事业单位经营收入/ },
  { measure: 'business-income', line: /^[一二三四五六七八九十、.()\d]*事业收入/ },
  { measure: 'superior-subsidy', line: /上级补助收入/ },
  { measure: 'subsidiary-remit', line: /附属单位上缴收入/ },
  { measure: 'other-income', line: /其他收入/ },
];

export interface SummaryIncome {
  /** This year's income lines by measure; 'fiscal' is 其中财政拨款 under the 一般公共预算 line. */
  lines: Map<Measure, Fact>;
  thisYear: Fact | null;
  carryover: Fact | null;
  grand: Fact | null;
}

/** Summary income facts: this year's lines, 其中财政拨款 under the 一般公共预算 line, totals. */
export function summaryIncome(t: RecognizedTable): SummaryIncome {
  const lines = new Map<Measure, Fact>();
  const p: TablePart | undefined = t.parts.find((x) => x.side === 'income');
  if (!p) return { lines, thisYear: null, carryover: null, grand: null };
  const col = p.columns.find((c) => c.role === 'amount');
  if (!col) return { lines, thisYear: null, carryover: null, grand: null };
  const totals = p.rows.filter((r) => r.role === 'total');
  const thisYearRow = totals.find((r) => /本年收入|收入合计/.test(r.key)) ?? (totals.length > 1 ? totals[0] : undefined);
  const grandRow = totals.find((r) => /收入总计|总计/.test(r.key)) ?? totals[totals.length - 1];
  const end = thisYearRow ? p.rows.indexOf(thisYearRow) : p.rows.length;
  let lastGeneral = -1;
  p.rows.forEach((r, i) => {
    if (i >= end || r.role === 'blank') return;
    if (r.role === 'of-which') {
      if (i === lastGeneral + 1 && /财政拨款/.test(r.key) && !lines.has('fiscal')) {
        const f = cellFact(t, r.row, col.col, `「${r.label.replace(/\s+/g, '')}」`);
        if (f) lines.set('fiscal', f);
      }
      return;
    }
    for (const l of INCOME_LINES) {
      if (lines.has(l.measure) || !l.line.test(r.key) || /结转/.test(r.key)) continue;
      const f = cellFact(t, r.row, col.col, `「${r.label.replace(/\s+/g, '')}」`);
      if (f) lines.set(l.measure, f);
      if (l.measure === 'general-budget') lastGeneral = i;
      break;
    }
  });
  const carryRow = p.rows.find((r, i) => i > end && /上年结转/.test(r.key));
  return {
    lines,
    thisYear: thisYearRow ? cellFact(t, thisYearRow.row, col.col, `「${thisYearRow.label.replace(/\s+/g, '')}」`) : null,
    carryover: carryRow ? cellFact(t, carryRow.row, col.col, `「${carryRow.label.replace(/\s+/g, '')}」`) : null,
    grand: grandRow && grandRow !== thisYearRow ? cellFact(t, grandRow.row, col.col, `「${grandRow.label.replace(/\s+/g, '')}」`) : null,
  };
}

/** 人员经费 at the total row: its own column, or 工资福利支出 + 对个人和家庭的补助. */
export function personnelFact(t: RecognizedTable): Fact | null {
  return totalFact(t, 'personnel') ?? totalOfMeasures(t, ['wages', 'family'], '「合计」行「人员经费」');
}

/** 公用经费 at the total row: its own column, or 商品和服务支出 + 资本性支出. */
export function publicFundsFact(t: RecognizedTable): Fact | null {
  return totalFact(t, 'public') ?? totalOfMeasures(t, ['goods', 'capital'], '「合计」行「公用经费」');
}

/** A figure of the 三公 table: on its 合计 row, or its one data row. */
export function threePublicFact(t: RecognizedTable, measure: Measure): Fact | null {
  const p = t.parts[0];
  if (!p) return null;
  const row = grandTotalRow(p) ?? p.rows.find((r) => r.role === 'detail');
  const col = p.columns.find((c) => c.role === 'amount' && c.measure === measure);
  if (!row || !col) return null;
  return cellFact(t, row.row, col.col, `「${col.pathRaw.filter(Boolean).slice(-1)[0]?.replace(/\s+/g, '') ?? ''}」`);
}

/** Leaf rows by full functional code (amounts of the table's total column). */
export function leafCodeFacts(t: RecognizedTable, mapping: MappedRow[]): Map<string, Fact> {
  const by = new Map<string, CellsSum>();
  const columns = t.parts.map((p) => totalColumn(p));
  const factor = unitFactor(t);
  for (const m of mapping) {
    const fn = m.codes.find((c) => c.scheme === 'fn' && c.matched === 'code' && c.code?.[0] === '2');
    const p: TablePart = t.parts[m.part];
    const r = p.rows[m.index];
    if (!fn?.code || r.role !== 'detail') continue;
    const col = columns[m.part];
    if (!col) continue;
    let sum = by.get(fn.code);
    if (!sum) by.set(fn.code, (sum = cellsSum()));
    addCell(sum, t, r, col.col, factor);
  }
  const out = new Map<string, Fact>();
  // a code's fact is named after its first row (alone, or as the sum's name)
  for (const [code, sum] of by) if (sum.rows.length) out.set(code, cellsSumFact(t, sum, `「${code} ${sum.rows[0].label.replace(/\s+/g, '')}」`, factor));
  return out;
}

const OTHER_SOURCES: Measure[] = ['gov-fund', 'state-capital', 'special-account', 'business-income', 'business-operating', 'superior-subsidy', 'subsidiary-remit', 'other-income', 'unit-funds'];

/**
 * Whether all of this year's money is 一般公共预算 (then the general-budget and expenditure tables
 * hold the same figures): from the revenue table's sources, else the summary's income lines; null
 * when neither says.
 */
export function onlyGeneralBudget(revenue: RecognizedTable | undefined, summary: RecognizedTable | undefined): boolean | null {
  if (revenue && totalFact(revenue, 'general-budget')) {
    // every other source of the revenue table empty at its total row, and nothing carried over
    const others = OTHER_SOURCES.map((m) => totalFact(revenue, m)).filter((f): f is Fact => !!f);
    const carry = totalFact(revenue, 'carryover', { carryover: true });
    return others.every((f) => f.value === 0) && (!carry || carry.value === 0);
  }
  if (summary) {
    const inc = summaryIncome(summary);
    const gb = inc.lines.get('general-budget');
    const total = inc.grand ?? inc.thisYear;
    if (gb && total) return compareFacts(total, gb).verdict !== 'mismatch';
  }
  return null;
}
