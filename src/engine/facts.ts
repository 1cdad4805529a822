/**
 * Figures of a recognised table that other tables must agree with: the totals of a column, the
 * lines of the summary tables, the 类 totals by functional code, the 款 totals by economic code,
 * the projects. Every fact is in 万元 (a table in 元 is converted) and keeps its display step for
 * the rounding envelope and the cell it was read from, for the finding.
 */
import type { MappedRow } from './catalog/mapping';
import { toA1 } from './model/address';
import type { Amount } from './numbers';
import { amountAt, columnLabel, type RecognizedTable, type TableColumn, type TablePart, type TableRow } from './tables/model';
import type { AmountUnit } from './tables/profiles';
import type { Measure } from './tables/vocabulary';
import { compareValues, displayStep, type Comparison } from './tolerance';

export interface Fact {
  /** In 万元. */
  value: number;
  /** The rounding step in 万元 (for a sum: the sum of its parts' steps). */
  step: number;
  /** A blank cell: an exact zero. */
  exact?: boolean;
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

function factOfAmount(a: Amount, factor: number): { value: number; step: number; exact?: boolean } | null {
  if (a.kind === 'number') return { value: a.value * factor, step: displayStep(a, factor === 1 ? 0.01 : 1) * factor };
  if (a.kind === 'blank') return { value: 0, step: 0, exact: true };
  return null;
}

export function cellFact(t: RecognizedTable, row: number, col: number, label: string, factor = unitFactor(t)): Fact | null {
  const f = factOfAmount(amountAt(t, row, col), factor);
  return f ? { ...f, sheet: t.sheet, cells: [toA1(row, col)], label, factor } : null;
}

/** The sum of facts (one sheet): its step is the sum of theirs. */
export function sumFacts(facts: Fact[], label: string, sheet: string): Fact {
  return {
    value: facts.reduce((s, f) => s + f.value, 0),
    step: facts.reduce((s, f) => s + f.step, 0),
    exact: facts.every((f) => f.exact),
    sheet,
    cells: facts.flatMap((f) => f.cells),
    label,
    factor: facts[0]?.factor ?? 1,
  };
}

export function compareFacts(a: Fact, b: Fact): Comparison {
  return compareValues({ value: a.value, step: a.step, exact: a.exact }, { value: b.value, step: b.step, exact: b.exact });
}

const amountCols = (p: TablePart) => p.columns.filter((c) => c.role === 'amount');

/** The row holding the part's grand total: a leading 合计 row, else the last total row. */
export function grandTotalRow(p: TablePart): TableRow | undefined {
  const firstBody = p.rows.findIndex((r) => r.role === 'detail' || r.role === 'unit' || r.role === 'dept' || r.role === 'subtotal');
  const totals = p.rows.map((r, i) => [r, i] as const).filter(([r]) => r.role === 'total');
  if (totals.length === 0) return undefined;
  const leading = totals.find(([, i]) => firstBody < 0 || i < firstBody);
  return (leading ?? totals[totals.length - 1])[0];
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

/** A line of a list-like part (summary tables) whose label matches; its figure in the first amount column. */
export function lineFact(t: RecognizedTable, side: 'income' | 'expense' | 'main', re: RegExp, col?: TableColumn): Fact | null {
  const p = t.parts.find((x) => x.side === side);
  if (!p) return null;
  const c = col ?? firstAmountColumn(p);
  if (!c) return null;
  const r = p.rows.find((x) => x.role !== 'blank' && re.test(x.key));
  if (!r) return null;
  return cellFact(t, r.row, c.col, `「${rowName(r)}」`);
}

/**
 * Amounts by functional 类 (code → fact): the 类 rows when the table has them, else the sum of its
 * leaf rows by the first three digits of their code. A summary line (一、一般公共服务支出) counts
 * as its class; two lines of one class (an outdated line beside the current one) are added.
 */
export function classFacts(t: RecognizedTable, mapping: MappedRow[], col: (p: TablePart) => TableColumn | undefined): Map<string, Fact> {
  const byClass = new Map<string, Fact[]>();
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
  for (const e of entries) {
    // a class with its own row: only those rows; else the leaves (rows nothing else sums)
    if (classRows.has(e.cls) ? e.level !== 'class' : e.r.role !== 'detail') continue;
    const c = col(e.p);
    if (!c) continue;
    const f = cellFact(t, e.r.row, c.col, `「${rowName(e.r)}」`);
    if (!f) continue;
    const list = byClass.get(e.cls) ?? [];
    list.push(f);
    byClass.set(e.cls, list);
  }
  const out = new Map<string, Fact>();
  for (const [cls, list] of byClass) out.set(cls, list.length === 1 ? list[0] : sumFacts(list, list.map((f) => f.label).join(' + '), t.sheet));
  return out;
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
