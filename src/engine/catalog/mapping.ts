/**
 * Every classification row of every recognised table → its code and catalog entry:
 * codes read from the row (three columns, one column, hierarchical), names alone, and the
 * summary lines (一、一般公共服务支出 …) by name and number. Plus the unit type (行政 / 事业).
 */
import type { LocalizedText } from '../i18n/lang';
import { ECONOMIC_KINDS, type TableKind } from '../tables/kinds';
import type { CodeLevel, RecognizedTable, TablePart, TableRow } from '../tables/model';
import { ORG_NAME, SCHEME_ROLES } from '../tables/vocabulary';
import { normalizeLabel } from '../text';
import { classOfLine, entriesNamed, formerNamed, lookup } from './catalog';
import type { Catalog, CatalogEntry, Scheme, UnitType } from './types';

export type MatchedBy = 'code' | 'name' | 'former-name' | 'number' | 'none';

export interface MappedCode {
  scheme: Scheme;
  /** The code the row stands for (as written, or found by name); null when none could be found. */
  code: string | null;
  level: CodeLevel | null;
  /** The catalog's name for the code; null when the code is not in the catalog. */
  name: string | null;
  matched: MatchedBy;
  /** The row's name for this classification as written ('' when none). */
  written: string;
  /** Digits written in the code cells that do not make a code (wrong length), when no code was read. */
  raw?: string;
  /** The cells the code (or the name, when matched by name) was read from. */
  cols: number[];
  /** Set when the row uses an earlier edition's name. */
  former?: { name: string; since: number };
}

export interface MappedRow {
  part: number;
  /** Index into part.rows. */
  index: number;
  /** 0-based sheet row. */
  row: number;
  codes: MappedCode[];
}

const FN_KINDS = new Set<TableKind>(['expenditure', 'general-budget', 'gov-fund', 'state-capital']);
const LINE_KINDS = new Set<TableKind>(['summary', 'fiscal-summary']);
const MAPPED_ROLES = new Set(['detail', 'subtotal']);


function partSchemes(t: RecognizedTable, p: TablePart): Scheme[] {
  const roles = new Set(p.columns.map((c) => c.role));
  const out = (['fn', 'econ', 'gov'] as Scheme[]).filter((s) => SCHEME_ROLES[s].some((r) => roles.has(r)));
  if (out.length === 0 && FN_KINDS.has(t.kind)) out.push('fn');
  if (out.length === 0 && ECONOMIC_KINDS.has(t.kind)) out.push('econ');
  // a code written in the name column ("30101 基本工资") without code columns
  return out;
}

/** The name written for a classification on a row: the gov-name column for 政府经济分类, else the row label. */
function writtenName(p: TablePart, r: TableRow, scheme: Scheme): { text: string; col: number | null } {
  if (scheme === 'gov') {
    const c = p.columns.find((x) => x.role === 'gov-name');
    if (!c) return { text: '', col: null };
    return { text: r.govName?.text ?? '', col: c.col };
  }
  return { text: r.label, col: r.labelCol };
}

/** Digits in the row's code cells of a classification (when they did not make a code). */
function rawDigits(r: TableRow, scheme: Scheme): string | null {
  const joined = r.codeText?.[scheme] ?? '';
  return /^[\d\s.]+$/.test(joined) && /\d/.test(joined) ? joined : null;
}

export function stripCode(label: string): string {
  return label.replace(/^\s*\[?\d{3}(?:[\s.]?\d{2}){0,2}\]?\s*/, '');
}

function byCode(cat: Catalog, scheme: Scheme, code: string, level: CodeLevel, written: string, cols: number[]): MappedCode {
  const e = lookup(cat, scheme, code);
  const m: MappedCode = { scheme, code, level, name: e?.name ?? null, matched: 'code', written, cols };
  if (e && written) {
    const name = stripCode(written);
    const f = formerNamed(cat, scheme, name);
    if (f && f.current === code && normalizeLabel(e.name) !== normalizeLabel(name)) m.former = { name: f.name, since: f.since };
  }
  return m;
}

/** The row's ancestor codes in this scheme, nearest first (for names shared by many codes: 行政运行). */
function ancestorCodes(p: TablePart, r: TableRow, mapped: (MappedCode[] | undefined)[], scheme: Scheme): string[] {
  const out: string[] = [];
  let i = r.parent;
  while (i !== null) {
    const mc = mapped[i]?.find((c) => c.scheme === scheme && c.code);
    if (mc?.code) out.push(mc.code);
    i = p.rows[i].parent;
  }
  return out;
}

function byName(cat: Catalog, scheme: Scheme, written: string, col: number | null, ancestors: string[]): MappedCode {
  const name = stripCode(written);
  const none: MappedCode = { scheme, code: null, level: null, name: null, matched: 'none', written, cols: col !== null ? [col] : [] };
  if (!normalizeLabel(name)) return none;
  let found: CatalogEntry[] = entriesNamed(cat, scheme, name);
  if (found.length > 1 && ancestors.length) {
    const under = found.filter((e) => ancestors.some((a) => e.code.startsWith(a)));
    if (under.length) found = under;
  }
  if (found.length === 1) return { ...none, code: found[0].code, level: found[0].level, name: found[0].name, matched: 'name' };
  const f = formerNamed(cat, scheme, name);
  if (f) {
    const cur = lookup(cat, scheme, f.current);
    if (cur) return { ...none, code: cur.code, level: cur.level, name: cur.name, matched: 'former-name', former: { name: f.name, since: f.since } };
  }
  return none;
}

/** Map one table's rows to their codes and catalog entries. */
export function mapTable(t: RecognizedTable, cat: Catalog): MappedRow[] {
  const out: MappedRow[] = [];
  t.parts.forEach((p, pi) => {
    if (LINE_KINDS.has(t.kind)) {
      if (p.side === 'income') return;
      p.rows.forEach((r, i) => {
        if (!MAPPED_ROLES.has(r.role) || !r.label) return;
        const hit = classOfLine(cat, r.label);
        if (!hit) return;
        const mc: MappedCode = { scheme: 'fn', code: hit.entry.code, level: 'class', name: hit.entry.name, matched: hit.by, written: r.label, cols: r.labelCol !== null ? [r.labelCol] : [] };
        if (hit.former) {
          const f = cat.former.find((x) => x.name === hit.former);
          mc.former = { name: hit.former, since: f?.since ?? 0 };
        }
        out.push({ part: pi, index: i, row: r.row, codes: [mc] });
      });
      return;
    }
    const schemes = partSchemes(t, p);
    if (schemes.length === 0) return;
    const mapped: (MappedCode[] | undefined)[] = [];
    for (let i = 0; i < p.rows.length; i++) {
      const r = p.rows[i];
      if (!MAPPED_ROLES.has(r.role)) continue;
      const codes: MappedCode[] = [];
      for (const s of schemes) {
        const rc = s === 'fn' ? r.fn : s === 'econ' ? r.econ : r.gov;
        const w = writtenName(p, r, s);
        if (rc) codes.push(byCode(cat, s, rc.code, rc.level, w.text, rc.cols));
        else codes.push(byName(cat, s, w.text, w.col, ancestorCodes(p, r, mapped, s)));
      }
      // a code read from the name column of a table of another classification ("20107 绩效工资" in an
      // economic table without code columns): reported against the table's classification
      const stray: Scheme | undefined = r.fn && !schemes.includes('fn') ? 'fn' : r.econ && !schemes.includes('econ') ? 'econ' : undefined;
      if (stray && codes.every((c) => c.matched !== 'code')) {
        const rc = (stray === 'fn' ? r.fn : r.econ)!;
        codes[0] = byCode(cat, schemes[0], rc.code, rc.level, r.label, rc.cols);
      }
      for (const c of codes) {
        if (c.matched === 'code') continue;
        const raw = rawDigits(r, c.scheme);
        if (raw) c.raw = raw;
      }
      mapped[i] = codes;
      out.push({ part: pi, index: i, row: r.row, codes });
    }
  });
  return out;
}

export interface UnitTypeInfo {
  type: UnitType | null;
  /** Set by the user (settings / --unit-type) rather than inferred. */
  overridden: boolean;
  evidence: LocalizedText;
}

const ADMIN_ORG = /(局|委员会|委|办公室|办|政府|厅|部|人大常委会|政协|法院|检察院|街道办事处|党校?)(\(本级\))?$/;
const INST_ORG = /(中心|院|所|站|馆|校|学校|队|台|园|场|社)(\(本级\))?$/;

/**
 * 行政 or 事业, from the function rows (行政运行 → 行政单位; 事业运行 → 事业单位) first, then
 * from the unit's name.
 */
export function inferUnitType(tables: RecognizedTable[], mappings: Map<RecognizedTable, MappedRow[]>): UnitTypeInfo {
  let admin = 0;
  let inst = 0;
  for (const t of tables) {
    for (const m of mappings.get(t) ?? []) {
      for (const c of m.codes) {
        if (c.scheme !== 'fn' || !c.code || c.level !== 'item') continue;
        const n = c.name ?? stripCode(c.written);
        if (n === '行政运行') admin++;
        else if (n === '事业运行') inst++;
      }
    }
  }
  if (admin || inst) {
    const type: UnitType = inst > admin ? 'institution' : 'admin';
    return {
      type,
      overridden: false,
      evidence: {
        'zh-CN': `按支出功能分类推断：行政运行 ${admin} 行，事业运行 ${inst} 行`,
        en: `inferred from the functional rows: 行政运行 ${admin} rows, 事业运行 ${inst} rows`,
      },
    };
  }
  const name = tables.map((t) => t.entityName).find((n) => n && ORG_NAME.test(normalizeLabel(n)));
  if (name) {
    const key = normalizeLabel(name);
    const type: UnitType | null = INST_ORG.test(key) ? 'institution' : ADMIN_ORG.test(key) ? 'admin' : null;
    if (type) return { type, overridden: false, evidence: { 'zh-CN': `按单位名称「${name}」推断`, en: `inferred from the unit's name "${name}"` } };
  }
  return { type: null, overridden: false, evidence: { 'zh-CN': '无法推断（可在设置中指定）', en: 'could not be inferred (set it in the settings)' } };
}
