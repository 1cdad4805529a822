/**
 * The block under a title: meta lines (单位名称, 单位：万元, (2024年度)), then the header rows,
 * whose texts give each column its path, its role, and the sums between columns.
 */
import { parseAmountValue } from '../numbers';
import type { AmountUnit } from '../tables/profiles';
import type { ColumnIdentity, ColumnRole, TableColumn } from '../tables/model';
import {
  ENTITY_LINE,
  LABEL_COLUMN_RULES,
  MEASURE_RULES,
  NON_ADDEND_HEADERS,
  OF_WHICH,
  SUBTOTAL_HEADER,
  TOTAL_ROW,
  UNIT_CODE,
  UNIT_LINE,
  UNIT_ONLY,
  YEAR_LINE,
  type Measure,
} from '../tables/vocabulary';
import { normalizeLabel, parseEnumeration } from '../text';
import type { Grid } from './grid';

export interface MetaInfo {
  unit: AmountUnit | null;
  unitCell: { row: number; col: number } | null;
  entityName: string | null;
  entityCell: { row: number; col: number } | null;
  year: number | null;
}

/** A text cell is a meta item: entity line, unit line, year line. */
function metaKind(n: string): 'entity' | 'unit' | 'year' | null {
  if (ENTITY_LINE.test(n)) return 'entity';
  if (UNIT_LINE.test(n) && n.length <= 14) return 'unit';
  if (YEAR_LINE.test(n)) return 'year';
  return null;
}

/** A unit stated inside a longer text (a title, an entity line): （单位：万元）, 单位:元. */
export function unitIn(n: string): { unit: AmountUnit; text: string } | null {
  const m = /\(?(金额)?单位[:：]\(?(万元|元)\)?\)?/.exec(n);
  return m ? { unit: m[2] === '万元' ? '万元' : '元', text: m[0] } : null;
}

export function unitOf(n: string): AmountUnit | null {
  const m = UNIT_LINE.exec(n) ?? UNIT_ONLY.exec(n);
  if (!m) return null;
  return (m[2] ?? m[1]) === '万元' ? '万元' : '元';
}

/**
 * Read the meta lines after the title row and return the first row of the header block
 * (or null when there is none before `limit`).
 */
export function readMeta(g: Grid, titleRow: number, titleCol: number, limit: number, meta: MetaInfo): number | null {
  // The title may state the unit (…预算表（单位：万元）), and the title row may hold it at its right end.
  const inTitle = titleCol >= 0 ? unitIn(g.norm(titleRow, titleCol)) : null;
  if (inTitle) {
    meta.unit = inTitle.unit;
    meta.unitCell = { row: titleRow, col: titleCol };
  }
  for (const c of g.filledCols(titleRow)) {
    if (c === titleCol) continue;
    const n = g.norm(titleRow, c);
    if (metaKind(n) === 'unit' && !meta.unit) {
      meta.unit = unitOf(n);
      meta.unitCell = { row: titleRow, col: c };
    }
  }
  let pendingEntity = false;
  for (let r = titleRow + 1; r < limit && r <= titleRow + 8; r++) {
    const cols = g.filledCols(r);
    if (cols.length === 0) continue;
    let allMeta = true;
    for (let i = 0; i < cols.length; i++) {
      const c = cols[i];
      const n = g.norm(r, c);
      const k = metaKind(n);
      if (k === 'unit') {
        meta.unit = unitOf(n);
        meta.unitCell = { row: r, col: c };
        pendingEntity = false;
      } else if (k === 'entity') {
        // the unit may share the cell: 编制单位：某某局 单位：元
        const own = unitIn(n);
        if (own) {
          meta.unit = own.unit;
          meta.unitCell = { row: r, col: c };
        }
        const rest = (ENTITY_LINE.exec(n)?.[1] ?? '').replace(own?.text ?? '\u0000', '');
        meta.entityCell = { row: r, col: c };
        if (rest) {
          meta.entityName = (own ? rest : g.text(r, c).replace(/^[^:：]*[:：]\s*/, '').trim()) || rest;
          pendingEntity = false;
        } else {
          pendingEntity = true;
        }
      } else if (k === 'year') {
        meta.year = Number(YEAR_LINE.exec(n)?.[1]);
      } else if (pendingEntity && !/\d/.test(n.slice(0, 1)) && !TOTAL_ROW.test(n) && !/代码|编码|名称|科目|金额|^项目$|目标|任务|指标/.test(n)) {
        meta.entityName = g.text(r, c);
        meta.entityCell = { row: r, col: c };
        pendingEntity = false;
      } else if (UNIT_ONLY.test(n) && i === cols.length - 1 && cols.length > 1) {
        meta.unit = unitOf(n);
        meta.unitCell = { row: r, col: c };
      } else {
        // the header begins: nothing after this cell is meta (a "单位名称" column header is not an entity line)
        allMeta = false;
        break;
      }
    }
    if (!allMeta) {
      return r;
    }
  }
  return null;
}

/** A row that begins the body rather than continuing the header. */
export function isBodyLikeRow(g: Grid, r: number, left: number, right: number): boolean {
  const cols = g.filledCols(r, left, right);
  if (cols.length === 0) return false;
  const texts = cols.map((c) => g.norm(r, c));
  // A row of column numbers (1 2 3 … or 栏次) belongs to the header.
  if (isColumnNumberRow(g, r, cols)) return false;
  let numbers = 0;
  for (const c of cols) {
    const v = g.cell(r, c).value;
    if (typeof v === 'number') numbers++;
    else if (typeof v === 'string') {
      const a = parseAmountValue(v);
      if (a.kind === 'number' && /[.,]/.test(v)) numbers++;
    } else if (v !== null && typeof v === 'object') numbers++; // an error value sits in the body
  }
  if (numbers > 0) return true;
  const first = texts[0];
  if (parseEnumeration(first)) return true;
  if (/^\d{3,}$/.test(first) || UNIT_CODE.test(first)) return true;
  // 小计 / 其中：… right under a group header text are sub-headers, not a total or 其中 row
  const c0 = cols[0];
  const above = g.norm(r - 1, c0);
  const aboveNext = g.norm(r - 1, c0 + 1);
  const underGroup = above !== '' && (aboveNext === '' || aboveNext === above) && !g.isEmpty(r, c0 + 1);
  if (cols.length <= 2 && TOTAL_ROW.test(first) && !underGroup) return true;
  if (OF_WHICH.test(first) && !underGroup) return true;
  return false;
}

function isColumnNumberRow(g: Grid, r: number, cols: number[]): boolean {
  if (cols.length < 3) return false;
  const texts = cols.map((c) => g.norm(r, c));
  if (texts.some((t) => /^栏次$|^序号$/.test(t))) return true;
  let k = 0;
  for (const t of texts) {
    if (!/^\d{1,2}$/.test(t)) return false;
    if (k > 0 && Number(t) !== k + 1) return false;
    k = Number(t);
  }
  return true;
}

/**
 * The header block: from `start` down while rows look like header rows (and down to the bottom of
 * any merge that starts in it). Returns the last header row.
 */
export function findHeaderBottom(g: Grid, start: number, limit: number, left: number, right: number): number {
  let bottom = start;
  for (let r = start; r < limit && r < start + 8; r++) {
    if (r > start && (g.isBlankRow(r, left, right) || isBodyLikeRow(g, r, left, right))) break;
    bottom = r;
  }
  // Extend over merges that begin in the header and reach further down.
  for (let r = start; r <= bottom; r++) {
    for (const c of g.filledCols(r, left, right)) {
      const m = g.mergeAnchoredAt(r, c);
      if (m && m.bottom > bottom && m.bottom < start + 8) bottom = m.bottom;
    }
  }
  return bottom;
}

/** A header cell with the columns it spans. */
interface Span {
  row: number;
  left: number;
  right: number;
  text: string;
  raw: string;
  children: Span[];
  parent: Span | null;
}

/**
 * Build header spans. With merges, a cell spans its merge. Without (or beside) merges, a group
 * text spans the empty cells to its right that have sub-headers below, and a text repeated over
 * adjacent columns is one span.
 */
function buildSpans(g: Grid, top: number, bottom: number, left: number, right: number): Span[][] {
  const rows: Span[][] = [];
  for (let r = top; r <= bottom; r++) {
    const spans: Span[] = [];
    for (let c = left; c <= right; c++) {
      if (g.isEmpty(r, c)) continue;
      const m = g.mergeAnchoredAt(r, c);
      let end = m ? Math.min(m.right, right) : c;
      if (!m && r < bottom) {
        // group without a merge: extend right over empty cells that have something below
        const hasBelow = (col: number) => {
          for (let rr = r + 1; rr <= bottom; rr++) if (!g.isEmpty(rr, col)) return true;
          return false;
        };
        if (hasBelow(c)) {
          let k = c + 1;
          while (k <= right && g.isEmpty(r, k) && !g.mergeCovering(r, k) && hasBelow(k) && !coveredAbove(g, top, r, k, c)) {
            end = k;
            k++;
          }
        }
      }
      spans.push({ row: r, left: c, right: end, text: normalizeLabel(g.text(r, c)), raw: g.text(r, c), children: [], parent: null });
      c = end;
    }
    // a text repeated over adjacent columns (unmerged group headers) is one span
    const merged: Span[] = [];
    for (const s of spans) {
      const prev = merged[merged.length - 1];
      if (prev && prev.text === s.text && prev.right + 1 === s.left && r < bottom) prev.right = s.right;
      else merged.push(s);
    }
    rows.push(merged);
  }
  return rows;
}

/** Whether column k is under a different upper header than column c (so a group must not extend into it). */
function coveredAbove(g: Grid, top: number, r: number, k: number, c: number): boolean {
  for (let rr = top; rr < r; rr++) {
    const a = g.mergeCovering(rr, c);
    const b = g.mergeCovering(rr, k);
    if (a !== b) return true;
    if (!a && !g.isEmpty(rr, k)) return true;
  }
  return false;
}

export interface HeaderResult {
  columns: TableColumn[];
  identities: ColumnIdentity[];
  /** Top-level spans (for splitting two-sided tables). */
  topSpans: { left: number; right: number; text: string }[];
}

export function parseHeader(g: Grid, top: number, bottom: number, left: number, right: number, bodyTop: number, bodyBottom: number): HeaderResult {
  const rows = buildSpans(g, top, bottom, left, right);
  // parent links: nearest span above that covers the child's first column
  const all: Span[] = rows.flat();
  for (let i = 1; i < rows.length; i++) {
    for (const s of rows[i]) {
      for (let j = i - 1; j >= 0; j--) {
        const p = rows[j].find((q) => q.left <= s.left && q.right >= s.left);
        if (p) {
          s.parent = p;
          p.children.push(s);
          break;
        }
      }
    }
  }
  const leafOf = new Map<number, Span>();
  for (let c = left; c <= right; c++) {
    let best: Span | undefined;
    for (const s of all) if (s.left <= c && s.right >= c && (!best || s.row > best.row)) best = s;
    if (best) leafOf.set(c, best);
  }
  const columns: TableColumn[] = [];
  for (let c = left; c <= right; c++) {
    const path: Span[] = [];
    for (let s: Span | null | undefined = leafOf.get(c); s; s = s.parent) path.unshift(s);
    const texts = path.map((s) => s.text);
    const raws = path.map((s) => s.raw);
    columns.push({
      col: c,
      path: texts,
      pathRaw: raws,
      role: 'text',
      nonAddend: texts.some((t) => NON_ADDEND_HEADERS.some((p) => p.test(t))),
    });
  }
  for (const col of columns) {
    col.role = columnRole(g, col, bodyTop, bodyBottom);
    if (col.role === 'amount') {
      col.measure = measureOf(col.path);
      if (col.path.slice(0, -1).some((t) => /上年结转|结转结余/.test(t))) col.carryover = true;
    }
  }

  const identities = headerIdentities(rows, columns, leafOf);
  const topSpans = rows[0]?.map((s) => ({ left: s.left, right: s.right, text: s.text })) ?? [];
  return { columns, identities, topSpans };
}

/** What an amount column measures: its last header text, or its group's when that text is 小计/合计. */
export function measureOf(path: string[]): Measure | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const t = path[i];
    if (/^(小计|合计)$/.test(t) && i > 0) continue;
    const m = MEASURE_RULES.find((r) => r.text.test(t));
    if (m) return m.measure;
    // 合计 under a group that names no measure (支出 › 合计, 本年一般公共预算基本支出 › 合计): the table's total
    if (i === 0 && path.length > 1 && /^(小计|合计)$/.test(path[path.length - 1])) return 'total';
    return undefined;
  }
  return path.length ? MEASURE_RULES.find((r) => r.text.test(path[0]))?.measure : undefined;
}

function columnRole(g: Grid, col: TableColumn, bodyTop: number, bodyBottom: number): ColumnRole {
  const joined = col.path.join('›');
  if (joined) {
    const leaf = col.path[col.path.length - 1] ?? '';
    // a text column is named by its own header, not by its group's: 支出用途 › 金额 holds amounts (江苏's 收支预算总表)
    for (const rule of LABEL_COLUMN_RULES) if (rule.path.test(rule.role === 'text' ? leaf : joined)) return rule.role;
  }
  // No label rule: an amount column when its body holds numbers or its header names money.
  let numbers = 0;
  let texts = 0;
  for (let r = bodyTop; r <= bodyBottom && r < bodyTop + 400; r++) {
    const v = g.cell(r, col.col).value;
    if (typeof v === 'number') numbers++;
    else if (typeof v === 'string' && v.trim() !== '') {
      const a = parseAmountValue(v);
      if (a.kind === 'number' || a.kind === 'blank') numbers++;
      else texts++;
    } else if (v !== null && typeof v === 'object') numbers++;
  }
  if (joined && /合计|小计|总计|支出|收入|预算|经费|资金|金额|费|拨款|结转|结余|补助|基金|资本|工资|福利|缴费|金$/.test(joined) && texts <= numbers + 2) {
    return 'amount';
  }
  if (!joined && numbers > 0 && texts === 0) return 'amount';
  if (numbers > 0 && numbers >= texts * 2) return 'amount';
  return 'text';
}

/** Sums between columns from the header tree. */
function headerIdentities(rows: Span[][], columns: TableColumn[], leafOf: Map<number, Span>): ColumnIdentity[] {
  const byCol = new Map(columns.map((c) => [c.col, c]));
  const isAmountLeaf = (s: Span) => s.children.length === 0 && s.left === s.right && byCol.get(s.left)?.role === 'amount';
  const excluded = (s: Span) => NON_ADDEND_HEADERS.some((p) => p.test(s.text));
  const subtotalChild = (s: Span) => s.children.find((ch) => isAmountLeaf(ch) && SUBTOTAL_HEADER.test(ch.text));

  /** The columns whose sum is the value of span s (its subtotal column, itself, or its leaves). */
  const valueCols = (s: Span): number[] | null => {
    if (excluded(s)) return [];
    if (s.children.length === 0) {
      if (s.left !== s.right) return null; // a leaf over several columns: ambiguous
      return byCol.get(s.left)?.role === 'amount' ? [s.left] : [];
    }
    const sub = subtotalChild(s);
    if (sub) return [sub.left];
    const out: number[] = [];
    for (const ch of s.children) {
      const v = valueCols(ch);
      if (v === null) return null;
      out.push(...v);
    }
    return out;
  };

  const ids: ColumnIdentity[] = [];
  const add = (target: number, parts: number[]) => {
    const uniq = [...new Set(parts)].filter((p) => p !== target);
    if (uniq.length >= 1) ids.push({ target, parts: uniq });
  };
  // group subtotals
  for (const s of rows.flat()) {
    const sub = subtotalChild(s);
    if (!sub || excluded(s)) continue;
    const parts: number[] = [];
    let ok = true;
    for (const ch of s.children) {
      if (ch === sub) continue;
      const v = valueCols(ch);
      if (v === null) ok = false;
      else parts.push(...v);
    }
    if (ok && parts.length >= 1 && !(parts.length === 1 && s.children.length === 2 && OF_WHICH.test(s.children.find((c) => c !== sub)?.text ?? ''))) add(sub.left, parts);
  }
  // the table total: a top-level amount leaf named 合计/总计 beside other top-level amount nodes
  const topLeaves = new Set<Span>();
  for (const c of columns) {
    let s = leafOf.get(c.col);
    while (s && s.parent) s = s.parent;
    if (s) topLeaves.add(s);
  }
  const topNodes = [...topLeaves];
  for (const t of topNodes) {
    if (!isAmountLeaf(t) || !/(合计|总计)$/.test(t.text)) continue;
    const parts: number[] = [];
    let ok = true;
    for (const o of topNodes) {
      if (o === t) continue;
      const v = valueCols(o);
      if (v === null) ok = false;
      else parts.push(...v);
    }
    if (ok && parts.length >= 1) add(t.left, parts);
  }
  return ids;
}
