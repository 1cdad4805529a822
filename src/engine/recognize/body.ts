/**
 * Body rows of a table part: each row's role (total, department, unit, detail, 其中), its codes,
 * its place in the row tree, and the sums down the columns that follow from that tree.
 */
import { SCHEMES, type Scheme } from '../catalog/types';
import { ECONOMIC_KINDS, type TableKind } from '../tables/kinds';
import type { CodeLevel, RowCode, RowIdentity, TableColumn, TableRow } from '../tables/model';
import { isBlankValue } from '../model/workbook';
import { OF_WHICH, ORG_NAME, SCHEME_ROLES, TOTAL_ROW, type LabelRole } from '../tables/vocabulary';
import { normalizeLabel, parseEnumeration, toHalfWidth } from '../text';
import type { Grid } from './grid';

const LEVEL = { total: 0, dept: 1, unit: 2, code: { class: 3, kind: 4, item: 5 }, plain: 7 } as const;
/** A numbered line's level is this plus its depth (一、 → 3, (一) → 4 …). */
const LEVEL_ENUMERATED = 2;

/** The digits of a cell that holds only a code or number ("201 03", "２０１"); null when it holds anything else. */
function codeDigits(s: string): string | null {
  // most label cells start with an ideograph or a letter: no copy, no pattern
  const first = s.charCodeAt(0);
  if (s.length === 0 || (first >= 0x4e00 && first <= 0x9fff) || (first >= 0x41 && first <= 0x5a) || (first >= 0x61 && first <= 0x7a)) return null;
  // most code cells hold plain ASCII digits: nothing to strip
  let plain = true;
  for (let i = 0; i < s.length && plain; i++) {
    const c = s.charCodeAt(i);
    plain = c >= 0x30 && c <= 0x39;
  }
  if (plain) return s;
  const d = toHalfWidth(s).replace(/[\s.\-_·]/g, '');
  return /^\d+$/.test(d) ? d : null;
}

/** A code cell's digits when it holds only a code (leading zeros may be lost: 款 3 → 03). */
function codePart(s: string, width: number): string | null {
  const d = codeDigits(s);
  if (d === null) return null;
  if (d.length > width) return d;
  return d.padStart(width, '0');
}

function levelOfLength(len: number, scheme: 'fn' | 'econ'): CodeLevel | null {
  if (len === 3) return 'class';
  if (len === 5) return 'kind';
  if (len === 7 && scheme === 'fn') return 'item';
  return null;
}

/** A code written in one cell, possibly with its name: "2010350", "201 03 50", "201.03.50", "30101 基本工资". */
export function splitCodeCell(raw: string): { code: string; name: string } | null {
  const t = toHalfWidth(raw).trim();
  const m = /^\[?(\d{3}(?:[\s.]?\d{2}){0,2})(?!\d)\]?\s*(.*)$/.exec(t);
  if (!m) return null;
  const code = m[1].replace(/[\s.]/g, '');
  if (![3, 5, 7].includes(code.length)) return null;
  return { code, name: m[2].trim() };
}

interface ColsByRole {
  get(role: LabelRole): number | undefined;
}

function colsByRole(columns: TableColumn[]): ColsByRole {
  const m = new Map<string, number>();
  for (const c of columns) if (c.role !== 'amount' && !m.has(c.role)) m.set(c.role, c.col);
  return { get: (role) => m.get(role) };
}

interface CodeCarry {
  fnClass?: string;
  fnKind?: string;
  econClass?: string;
  govClass?: string;
}

/** The columns a classification's code is read from: 类/款/项 columns, or one code column. */
interface CodeCols {
  cc: number | undefined;
  kc: number | undefined;
  ic: number | undefined;
  oc: number | undefined;
}

function codeCols(cols: ColsByRole, classRole: LabelRole, kindRole: LabelRole, itemRole: LabelRole | null, codeRole: LabelRole): CodeCols {
  return { cc: cols.get(classRole), kc: cols.get(kindRole), ic: itemRole ? cols.get(itemRole) : undefined, oc: cols.get(codeRole) };
}

function readCode(text: (col: number) => string, { cc, kc, ic, oc }: CodeCols, scheme: 'fn' | 'econ', carry: CodeCarry, carryKey: Scheme): RowCode | undefined {
  if (cc !== undefined || kc !== undefined || ic !== undefined) {
    const cls = cc !== undefined ? text(cc) : '';
    const kind = kc !== undefined ? text(kc) : '';
    const item = ic !== undefined ? text(ic) : '';
    if (!cls && !kind && !item) return undefined;
    const c3 = cls ? codePart(cls, 3) : null;
    if (cls && !c3) return undefined;
    if (c3 && c3.length !== 3) {
      // a whole code in the class column (2010350 / 30101)
      const lvl = levelOfLength(c3.length, scheme);
      return lvl ? { code: c3, level: lvl, cols: [cc!] } : undefined;
    }
    const k2 = kind ? codePart(kind, 2) : null;
    const i2 = item ? codePart(item, 2) : null;
    if ((kind && !k2) || (item && !i2)) return undefined;
    const classCode = c3 ?? (carryKey === 'fn' ? carry.fnClass : carryKey === 'econ' ? carry.econClass : carry.govClass);
    const used: number[] = [];
    if (cls) used.push(cc!);
    if (kind) used.push(kc!);
    if (item) used.push(ic!);
    if (!classCode) return undefined;
    if (c3) {
      if (carryKey === 'fn') carry.fnClass = c3;
      else if (carryKey === 'econ') carry.econClass = c3;
      else carry.govClass = c3;
    }
    if (!k2 && !i2) return { code: classCode, level: 'class', cols: used };
    const kindCode = k2 ? classCode + k2.slice(-2) : carry.fnKind;
    if (k2 && carryKey === 'fn') carry.fnKind = kindCode;
    if (!i2) return { code: kindCode ?? classCode, level: 'kind', cols: used };
    if (!kindCode) return undefined;
    return { code: kindCode + i2.slice(-2), level: 'item', cols: used };
  }
  if (oc === undefined) return undefined;
  const raw = text(oc);
  if (!raw) return undefined;
  const sp = splitCodeCell(raw);
  if (!sp) return undefined;
  const lvl = levelOfLength(sp.code.length, scheme);
  return lvl ? { code: sp.code, level: lvl, cols: [oc] } : undefined;
}

export interface BodyResult {
  rows: TableRow[];
  identities: RowIdentity[];
}

export function parseBody(
  g: Grid,
  kind: TableKind,
  columns: TableColumn[],
  bodyRows: number[],
  headerTexts: Set<string>,
): BodyResult {
  const cols = colsByRole(columns);
  const amountCols = columns.filter((c) => c.role === 'amount').map((c) => c.col);
  const labelCols = columns.filter((c) => c.role !== 'amount').map((c) => c.col);
  const nameCol = cols.get('name');
  const govNameCol = cols.get('gov-name');
  const schemeCols = Object.fromEntries(SCHEMES.map((s) => [s, columns.filter((c) => (SCHEME_ROLES[s] as string[]).includes(c.role)).map((c) => c.col)])) as Record<Scheme, number[]>;
  const fnCols = codeCols(cols, 'fn-class', 'fn-kind', 'fn-item', 'fn-code');
  const econCols = codeCols(cols, 'econ-class', 'econ-kind', null, 'econ-code');
  const govCols = codeCols(cols, 'gov-class', 'gov-kind', null, 'gov-code');
  const noCodeCol = cols.get('fn-code') === undefined && cols.get('econ-code') === undefined;
  const ucCol = cols.get('unit-code');
  const schemeColList = SCHEMES.map((scheme) => ({ scheme, cols: schemeCols[scheme] })).filter((x) => x.cols.length > 0);
  const carry: CodeCarry = {};
  const rows: TableRow[] = [];
  const isProjectKind = kind === 'projects' || kind === 'project-performance';
  // each cell's text is read once per row (the label, code and unit-code readings share them)
  const left = g.left;
  const span = Math.max(0, g.right - left);
  const textRow = new Int32Array(span).fill(-1);
  const textOf: string[] = new Array<string>(span);
  let r = 0;
  const text = (c: number): string => {
    const i = c - left;
    if (i < 0 || i >= span) return g.text(r, c);
    if (textRow[i] !== r) {
      textRow[i] = r;
      textOf[i] = g.text(r, c);
    }
    return textOf[i];
  };
  const sheet = g.sheet;

  // one row at a time in a small function of its own: it is optimised after a few hundred rows and
  // shared by every table, where a loop in this large function waited for on-stack replacement
  // (a check is usually one cold pass over every row of the workbook)
  const readRow = (): void => {
    const line = sheet.cells[r - sheet.top];
    const filledLabel: number[] = [];
    let firstAmount = -1;
    if (line) {
      for (let i = 0; i < labelCols.length; i++) {
        const cell = line[labelCols[i] - sheet.left];
        if (cell && !isBlankValue(cell.value)) filledLabel.push(labelCols[i]);
      }
      for (let i = 0; i < amountCols.length && firstAmount < 0; i++) {
        const cell = line[amountCols[i] - sheet.left];
        if (cell && !isBlankValue(cell.value)) firstAmount = amountCols[i];
      }
    }
    // every row has the same shape (fields in one order, absent ones undefined): the rules read them all
    const row: TableRow = {
      row: r,
      role: 'detail',
      label: '',
      key: '',
      labelCol: null,
      level: LEVEL.plain,
      parent: null,
      fn: undefined,
      econ: undefined,
      gov: undefined,
      unitCode: undefined,
      codeText: undefined,
      govName: undefined,
      enumeration: undefined,
    };
    if (filledLabel.length === 0 && firstAmount < 0) {
      row.role = 'blank';
      rows.push(row);
      return;
    }
    const firstFilled = filledLabel.length > 0 ? filledLabel[0] : firstAmount;
    const maybeRepeat = typeof g.cell(r, firstFilled).value === 'string' && headerTexts.has(normalizeLabel(text(firstFilled)));
    const rowTexts = maybeRepeat ? columns.map((c) => normalizeLabel(text(c.col))).filter((t) => t !== '') : [];
    if (maybeRepeat && rowTexts.length >= 2 && rowTexts.every((t) => headerTexts.has(t))) {
      row.role = 'header-repeat';
      rows.push(row);
      return;
    }
    // label: the name column, else the first label text that is not a code
    let labelCol: number | null = null;
    if (nameCol !== undefined && !g.isEmpty(r, nameCol)) labelCol = nameCol;
    else {
      for (let i = 0; i < filledLabel.length; i++) {
        const c = filledLabel[i];
        if (codeDigits(text(c)) === null) {
          labelCol = c;
          break;
        }
      }
      if (labelCol === null && filledLabel.length > 0 && nameCol === undefined) labelCol = filledLabel[0];
    }
    const label = labelCol !== null ? text(labelCol) : '';
    const key = normalizeLabel(label);
    row.label = label;
    row.key = key;
    row.labelCol = labelCol;
    if (govNameCol !== undefined) row.govName = { text: text(govNameCol), col: govNameCol };

    row.fn = readCode(text, fnCols, 'fn', carry, 'fn');
    row.econ = readCode(text, econCols, 'econ', carry, 'econ');
    row.gov = readCode(text, govCols, 'econ', carry, 'gov');
    // a code written in the name column ("30101 基本工资") when there is no code column
    if (!row.fn && !row.econ && labelCol !== null && noCodeCol) {
      const sp = splitCodeCell(label);
      if (sp && sp.name) {
        const isEcon = /^(30|31|39)\d/.test(sp.code) && (kind === 'basic-expenditure' || kind === 'economic-summary' || kind === 'operating-funds');
        const lvl = levelOfLength(sp.code.length, isEcon ? 'econ' : 'fn');
        if (lvl) {
          if (isEcon) row.econ = { code: sp.code, level: lvl, cols: [labelCol] };
          else row.fn = { code: sp.code, level: lvl, cols: [labelCol] };
        }
      }
    }

    // economic tables that put the 款 code in the 单位代码 column (机构运转经费表: 30201 办公费)
    if (!row.econ && ECONOMIC_KINDS.has(kind) && ucCol !== undefined) {
      const d = codeDigits(text(ucCol));
      if (d !== null && /^3\d{4}$/.test(d)) row.econ = { code: d, level: 'kind', cols: [ucCol] };
    }
    // unit codes: in the unit-code column, or a 6-digit number in a code or name column
    let unitCode: string | undefined;
    if (ucCol !== undefined) {
      const d = codeDigits(text(ucCol));
      if (d !== null && (d.length === 3 || (d.length >= 6 && d.length <= 9))) unitCode = d;
    }
    if (!unitCode) {
      for (let i = 0; i < filledLabel.length; i++) {
        const d = codeDigits(text(filledLabel[i]));
        if (d !== null && d.length === 6) {
          unitCode = d;
          break;
        }
      }
    }
    if (unitCode) row.unitCode = unitCode;

    // a 6-digit value read as a class code is a unit code, not a classification
    if (row.fn && row.fn.code.length === 6) row.fn = undefined;
    if (row.econ && row.econ.code.length === 6) row.econ = undefined;

    // what the code cells of a classification hold as written when no code was read from them (for the classification rules)
    for (let k = 0; k < schemeColList.length; k++) {
      const { scheme, cols: sc } = schemeColList[k];
      if (row[scheme]) continue;
      let joined = '';
      for (let i = 0; i < sc.length; i++) {
        const x = text(sc[i]);
        if (x) joined = joined ? `${joined} ${x}` : x;
      }
      if (joined) (row.codeText ??= {})[scheme] = joined;
    }

    const enumeration = parseEnumeration(key);
    if (enumeration) row.enumeration = enumeration;

    if (TOTAL_ROW.test(key) && !row.fn && !row.econ) {
      row.role = 'total';
      row.level = LEVEL.total;
    } else if (OF_WHICH.test(key)) {
      row.role = 'of-which';
      row.level = 99;
    } else if (unitCode && !row.fn && !row.econ && (!isProjectKind || !key || codeDigits(key) !== null || ORG_NAME.test(key))) {
      row.role = unitCode.length === 3 ? 'dept' : 'unit';
      row.level = unitCode.length === 3 ? LEVEL.dept : LEVEL.unit;
    } else if (row.fn || row.econ) {
      const c = (row.fn ?? row.econ)!;
      row.level = LEVEL.code[c.level];
    } else if (enumeration) {
      row.level = LEVEL_ENUMERATED + enumeration.depth;
    } else if (firstAmount < 0 && isProjectKind) {
      row.role = 'continuation';
    }
    rows.push(row);
  };
  for (let b = 0; b < bodyRows.length; b++) {
    r = bodyRows[b];
    readRow();
  }

  const live = rows.filter((x) => x.role !== 'blank' && x.role !== 'header-repeat');
  // a 3-digit "class code" that is a department code: the unit rows below extend it (605 → 605001),
  // or it cannot be a class of its column's scheme and the row names an organisation
  for (let i = 0; i < live.length; i++) {
    const a = live[i];
    const c = a.fn ?? a.econ ?? a.gov;
    if (!c || c.level !== 'class' || a.role !== 'detail') continue;
    const next = live[i + 1];
    const extended = next?.unitCode !== undefined && next.unitCode.length > 3 && next.unitCode.startsWith(c.code);
    const impossible = !classFitsScheme(a) && ORG_NAME.test(a.key);
    if (extended || impossible) {
      a.fn = undefined;
      a.econ = undefined;
      a.gov = undefined;
      a.unitCode = c.code;
      a.role = 'dept';
      a.level = LEVEL.dept;
    }
  }
  // a unit row followed directly by another unit row with the same code, name or a longer code is a department row
  for (let i = 0; i < live.length - 1; i++) {
    const a = live[i];
    const b = live[i + 1];
    if (a.role === 'unit' && (b.role === 'unit' || b.role === 'dept') && a.unitCode && b.unitCode) {
      if (a.unitCode === b.unitCode || a.key === b.key || b.unitCode.startsWith(a.unitCode)) {
        a.role = 'dept';
        a.level = LEVEL.dept;
      }
    }
  }

  const nameCols = columns.filter((c) => c.role === 'name').map((c) => c.col);
  if (nameCols.length >= 2) nestGroups(g, rows, nameCols);
  linkParents(rows);
  // 类/款 (and 一、/(一)) rows that sum rows below them are subtotal rows
  const parents: number[] = [];
  for (let i = 0; i < rows.length; i++) if (rows[i].parent !== null && rows[i].role === 'detail') parents.push(rows[i].parent!);
  for (let i = 0; i < parents.length; i++) if (rows[parents[i]].role === 'detail') rows[parents[i]].role = 'subtotal';
  return { rows, identities: rowIdentities(rows) };
}

const SUBTOTAL_CELL = /^(小计|合计)$/;

/**
 * A grouped layout (江苏's 收入预算总表: 一般公共预算资金 | 小计, then the group's items with the group
 * cell empty or merged: | 公共财政拨款(补助)资金): a row whose later name column reads 小计 is its
 * group's subtotal, and the rows below it with the group column empty are its items. Nested as the
 * numbered lines are (一、 above 1.), so the row tree and the sums follow; only when some row reads so.
 */
function nestGroups(g: Grid, rows: TableRow[], nameCols: number[]): void {
  const isSubtotal = (r: TableRow) => nameCols.slice(1).some((c) => SUBTOTAL_CELL.test(normalizeLabel(g.text(r.row, c))));
  const body = new Set(rows.filter((r) => r.role === 'detail' && !r.fn && !r.econ && !r.gov && !r.unitCode && !r.enumeration));
  if (![...body].some((r) => g.text(r.row, nameCols[0]) !== '' && isSubtotal(r))) return;
  let inGroup = false;
  for (const r of rows) {
    if (r.role === 'total') inGroup = false;
    if (!body.has(r)) continue;
    const head = g.text(r.row, nameCols[0]) !== '';
    if (head) inGroup = isSubtotal(r);
    else if (!inGroup) continue;
    r.enumeration = { depth: head ? 1 : 2, n: 0, rest: r.key };
    r.level = LEVEL_ENUMERATED + r.enumeration.depth;
  }
}

/** Whether a row's class code can be a class of its column's classification (功能 2xx, 部门经济 3xx, 政府经济 5xx). */
function classFitsScheme(r: TableRow): boolean {
  if (r.fn) return r.fn.code.startsWith('2');
  if (r.econ) return r.econ.code.startsWith('3');
  if (r.gov) return r.gov.code.startsWith('5');
  return false;
}

function codeOf(r: TableRow): RowCode | undefined {
  return r.fn ?? r.econ;
}

function canParent(p: TableRow, c: TableRow): boolean {
  if (p.level >= c.level) return false;
  if (p.role === 'dept' || p.role === 'unit') return c.role !== 'dept';
  const pc = codeOf(p);
  const cc = codeOf(c);
  if (cc) return !!pc && cc.code.startsWith(pc.code) && cc.code !== pc.code;
  if (c.enumeration) return !!p.enumeration && p.enumeration.depth < c.enumeration.depth;
  return false;
}

/**
 * Parent links with a stack of open ancestors (linear in the rows): a total closes everything;
 * a code or numbered row closes the rows of its level and deeper; a plain row (no code, no
 * number) hangs under the nearest department or unit row and opens nothing.
 */
function linkParents(rows: TableRow[]): void {
  let stack: number[] = [];
  let lastLive = -1;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.role === 'blank' || r.role === 'header-repeat' || r.role === 'continuation') continue;
    if (r.role === 'total') {
      stack = [];
      lastLive = -1;
      continue;
    }
    if (r.role === 'of-which') {
      if (lastLive >= 0) r.parent = lastLive;
      continue;
    }
    const plain = r.level === LEVEL.plain;
    if (!plain) while (stack.length && rows[stack[stack.length - 1]].level >= r.level) stack.pop();
    for (let k = stack.length - 1; k >= 0; k--) {
      if (canParent(rows[stack[k]], r)) {
        r.parent = stack[k];
        break;
      }
    }
    if (!plain) stack.push(i);
    lastLive = i;
  }
}

const ADDEND_ROLES = new Set(['detail', 'subtotal', 'unit', 'dept']);

function rowIdentities(rows: TableRow[]): RowIdentity[] {
  const ids: RowIdentity[] = [];
  const children = new Map<number, number[]>();
  const totals: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.role === 'total') totals.push(i);
    if (r.parent !== null && ADDEND_ROLES.has(r.role)) {
      const list = children.get(r.parent);
      if (list) list.push(i);
      else children.set(r.parent, [i]);
    }
  }
  for (const [p, kids] of children) {
    const pr = rows[p];
    ids.push({ target: p, parts: kids, reason: pr.role === 'dept' || pr.role === 'unit' ? 'unit' : 'subtotal' });
  }
  // totals
  const isTop = (r: TableRow) => ADDEND_ROLES.has(r.role) && r.parent === null;
  let prevTotal = -1;
  let prevLeading = false;
  for (let t = 0; t < totals.length; t++) {
    const ti = totals[t];
    const before = rows.slice(prevTotal + 1, ti).some((r) => ADDEND_ROLES.has(r.role));
    if (!before) {
      // a leading total: the rows after it up to the next total
      const end = t + 1 < totals.length ? totals[t + 1] : rows.length;
      const parts = [];
      for (let i = ti + 1; i < end; i++) if (isTop(rows[i])) parts.push(i);
      if (parts.length) ids.push({ target: ti, parts, reason: 'total' });
      prevTotal = ti;
      prevLeading = true;
      // skip: the next total (if trailing) repeats this one
      continue;
    }
    const parts: number[] = [];
    for (let i = prevTotal + 1; i < ti; i++) if (isTop(rows[i])) parts.push(i);
    if (prevTotal >= 0 && !prevLeading) {
      ids.push({ target: ti, parts: [prevTotal, ...parts], reason: 'grand-total' });
    } else if (parts.length) {
      ids.push({ target: ti, parts, reason: 'total' });
    }
    prevTotal = ti;
    prevLeading = false;
  }
  return ids;
}
