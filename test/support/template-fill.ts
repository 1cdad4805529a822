/**
 * Test helpers over blank templates (src/engine/templates): fill every table of a set with one
 * consistent budget (the same figures in every table, as a preparer would), evaluate the template's
 * own formulas (what Excel would cache), and plant one defect in a table.
 *
 * The budget: one function item 201 03 01 行政运行, all money from the general public budget:
 * 人员经费 P (301 01 基本工资), 公用经费 Q (302 01 办公费), 项目支出 R (302 27 委托业务费, one
 * project 信息化运维项目), total T = P + Q + R. Tables without such money (政府性基金, 国有资本经营,
 * "三公") stay empty with the note the templates ask for.
 */
import { parseA1, toA1 } from '../../src/engine/model/address';
import type { TableKind } from '../../src/engine/tables/kinds';
import type { SheetTemplate, TemplateCell } from '../../src/engine/templates/types';

export const FIGURES = { P: 60, Q: 20, R: 20, T: 100 };
const { P, Q, R, T } = FIGURES;

type Grid = (TemplateCell | null)[][];

const clone = (t: SheetTemplate): SheetTemplate => ({ ...t, rows: t.rows.map((r) => r.map((c) => (c ? { ...c } : c))) });

/** The header path of every column ("基本支出›人员经费›工资福利支出"), from the header cells and merges. */
export function columnPaths(t: SheetTemplate): string[] {
  const width = t.rows.reduce((w, r) => Math.max(w, r.length), 0);
  const headerRows = t.rows.map((r, i) => (r.some((c) => c?.style === 'header') ? i : -1)).filter((i) => i >= 0);
  return Array.from({ length: width }, (_, c) => {
    const parts: string[] = [];
    for (const r of headerRows) {
      const m = t.merges.find((x) => r >= x.top && r <= x.bottom && c >= x.left && c <= x.right);
      const v = m ? t.rows[m.top][m.left]?.value : t.rows[r][c]?.value;
      const s = typeof v === 'string' ? v : '';
      if (s && parts[parts.length - 1] !== s) parts.push(s);
    }
    return parts.join('›');
  });
}

function col(paths: string[], re: RegExp, from = 0): number {
  const i = paths.findIndex((p, k) => k >= from && re.test(p));
  if (i < 0) throw new Error(`no column ${re} in ${paths.join(' | ')}`);
  return i;
}

function put(rows: Grid, r: number, c: number, v: string | number): void {
  const cell = rows[r][c] ?? {};
  if (cell.formula !== undefined) return; // the template computes it
  rows[r][c] = { ...cell, value: v };
}

/** A note under the table (注：…), as the published tables carry for an empty table. */
function addNote(t: SheetTemplate, text: string): void {
  t.rows.push([{ value: text, style: 'note' }]);
}

/** Rows of a hierarchical (类 / 款 / 项) or flat code layout for one function item. */
function fnRows(paths: string[]): { cols: Record<string, number>; rows: Record<string, string | number>[] } {
  const hasClass = paths.some((p) => /(^|›)类$/.test(p));
  const name = col(paths, /名称|科目名称\)/);
  if (!hasClass) return { cols: { code: col(paths, /编码/), name }, rows: [{ code: '2010301', name: '行政运行' }] };
  const cols = { cls: col(paths, /(^|›)类$/), kind: col(paths, /(^|›)款$/), item: col(paths, /(^|›)项$/), name };
  return { cols, rows: [{ cls: '201', kind: '03', item: '01', name: '行政运行' }] };
}

/** Shanghai shows codes hierarchically: a 类 row, its 款 row, then the 项 row, each with the same figures. */
function hierarchical(t: SheetTemplate): boolean {
  return t.profile.startsWith('shanghai');
}

function fillGrid(t: SheetTemplate, unitName: string, year: number): void {
  const paths = columnPaths(t);
  const rows = t.rows;
  let r = t.body.top;
  const line = (cells: [number, string | number][]) => {
    for (const [c, v] of cells) put(rows, r, c, v);
    r++;
  };
  const fnLines = (amounts: (row: Record<string, string | number>) => [number, number][]) => {
    const { cols, rows: items } = fnRows(paths);
    for (const it of items) {
      const chain: Record<string, string | number>[] =
        hierarchical(t) && 'cls' in cols
          ? [
              { cls: it.cls, name: '一般公共服务支出' },
              { cls: it.cls, kind: it.kind, name: '政府办公厅（室）及相关机构事务' },
              it,
            ]
          : [it];
      for (const x of chain) line([...Object.entries(x).map(([k, v]) => [cols[k], v] as [number, string | number]), ...amounts(x)]);
    }
  };
  switch (t.kind as TableKind) {
    case 'revenue': {
      if (paths.some((p) => /^单位代码$/.test(p))) {
        line([
          [col(paths, /^单位代码$/), '605001'],
          [col(paths, /^单位名称$/), unitName],
          [col(paths, /^总计$/), T],
          [col(paths, /本年收入›合计$/), T],
          [col(paths, /一般公共预算›小计$/), T],
          [col(paths, /其中：财政拨款$/), T],
        ]);
      } else {
        const amounts = [col(paths, /合计$/), col(paths, /财政拨款收入$|一般公共预算财政拨款收入$/)];
        fnLines(() => amounts.map((c) => [c, T]));
      }
      break;
    }
    case 'expenditure':
    case 'general-budget': {
      const total = col(paths, /合计$/);
      const basic = col(paths, /基本支出(›小计)?$/);
      const project = col(paths, /项目支出(›小计)?$/);
      const extra: [number, number][] = paths.some((p) => /工资福利支出$/.test(p))
        ? [
            [col(paths, /工资福利支出$/), P],
            [col(paths, /商品和服务支出$/), Q],
            [col(paths, /特定目标类$/), R],
          ]
        : [];
      fnLines(() => [[total, T], [basic, P + Q], [project, R], ...extra]);
      if (paths.some((p) => /^单位代码$/.test(p))) for (let k = t.body.top; k < r; k++) put(rows, k, col(paths, /^单位代码$/), '605001');
      break;
    }
    case 'basic-expenditure': {
      const total = col(paths, /合计$/);
      const pers = col(paths, /人员经费$/);
      const pub = col(paths, /公用经费$/);
      if (paths.some((p) => /政府预算支出经济分类科目/.test(p))) {
        const [dc, dn, gc, gn] = [col(paths, /^部门预算支出经济分类科目›科目编码$/), col(paths, /^部门预算支出经济分类科目›科目名称$/), col(paths, /^政府预算支出经济分类科目›科目编码$/), col(paths, /^政府预算支出经济分类科目›科目名称$/)];
        line([[dc, '30101'], [dn, '基本工资'], [gc, '50101'], [gn, '工资奖金津补贴'], [total, P], [pers, P]]);
        line([[dc, '30201'], [dn, '办公费'], [gc, '50201'], [gn, '办公经费'], [total, Q], [pub, Q]]);
      } else if (paths.some((p) => /›类$/.test(p))) {
        const [c, k, n] = [col(paths, /›类$/), col(paths, /›款$/), col(paths, /名称$/)];
        line([[c, '301'], [n, '工资福利支出'], [total, P], [pers, P]]);
        line([[c, '301'], [k, '01'], [n, '基本工资'], [total, P], [pers, P]]);
        line([[c, '302'], [n, '商品和服务支出'], [total, Q], [pub, Q]]);
        line([[c, '302'], [k, '01'], [n, '办公费'], [total, Q], [pub, Q]]);
      } else {
        const [c, n] = [col(paths, /编码$/), col(paths, /^科目名称$/)];
        line([[c, '30101'], [n, '基本工资'], [total, P], [pers, P]]);
        line([[c, '30201'], [n, '办公费'], [total, Q], [pub, Q]]);
      }
      break;
    }
    case 'economic-summary': {
      const [dc, dk, dn] = [col(paths, /^部门预算经济分类›类$/), col(paths, /^部门预算经济分类›款$/), col(paths, /^部门预算经济分类›科目名称$/)];
      const [gc, gk, gn] = [col(paths, /^政府预算经济分类›类$/), col(paths, /^政府预算经济分类›款$/), col(paths, /^政府预算经济分类›科目名称$/)];
      const amounts = [col(paths, /^总计$/), col(paths, /一般公共预算›小计$/), col(paths, /其中：财政拨款$/)];
      const rowOf = (d: [string, string, string], g: [string, string, string], v: number) =>
        line([[dc, d[0]], [dk, d[1]], [dn, d[2]], [gc, g[0]], [gk, g[1]], [gn, g[2]], ...amounts.map((c) => [c, v] as [number, number])]);
      rowOf(['301', '01', '基本工资'], ['501', '01', '工资奖金津补贴'], P);
      rowOf(['302', '01', '办公费'], ['502', '01', '办公经费'], Q);
      rowOf(['302', '27', '委托业务费'], ['502', '05', '委托业务费'], R);
      break;
    }
    case 'operating-funds':
      line([
        [col(paths, /^单位代码$/), '605001'],
        [col(paths, /^单位\(科目名称\)$/), unitName],
        [col(paths, /^合计$/), Q],
        [col(paths, /一般公共预算资金›小计$/), Q],
        [col(paths, /一般公共预算资金›财政拨款$/), Q],
      ]);
      break;
    case 'projects':
      line([
        [col(paths, /^类型$/), '特定目标类'],
        [col(paths, /^项目名称$/), '信息化运维项目'],
        [col(paths, /^项目单位$/), unitName],
        [col(paths, /^合计$/), R],
        [col(paths, /本年拨款›一般公共预算$/), R],
      ]);
      break;
    case 'project-performance':
      line([
        [col(paths, /^单位编码\(项目编码\)$/), '605001001'],
        [col(paths, /^项目单位\(项目名称\)$/), '信息化运维项目'],
        [col(paths, /资金总额$/), R],
        [col(paths, /政府预算资金$/), R],
        [col(paths, /成本指标›三级指标$/), '运维成本'],
        [col(paths, /成本指标›指标值$/), `≤${R}万元`],
        [col(paths, /产出指标›三级指标$/), '系统可用率'],
        [col(paths, /产出指标›指标值$/), '≥99%'],
        [col(paths, /效益指标›三级指标$/), '办事效率'],
        [col(paths, /效益指标›指标值$/), '提高'],
        [col(paths, /满意度指标›三级指标$/), '群众满意度'],
        [col(paths, /满意度指标›指标值$/), '≥90%'],
      ]);
      break;
    case 'gov-fund':
      addNote(t, `注：${unitName}${year}年无政府性基金预算拨款安排的支出，故本表无数据。`);
      break;
    case 'state-capital':
      addNote(t, `注：${unitName}${year}年无国有资本经营预算拨款安排的支出，故本表无数据。`);
      break;
    default:
      throw new Error(`fillGrid: ${t.kind}`);
  }
}

function fillTwoSided(t: SheetTemplate): void {
  const rows = t.rows;
  const paths = columnPaths(t);
  const body = rows.slice(t.body.top, t.body.bottom + 1);
  const at = (c: number, re: RegExp) => t.body.top + body.findIndex((r) => typeof r[c]?.value === 'string' && re.test(r[c]!.value as string));
  // income: the general public budget line (and its 其中：财政拨款)
  const income = at(0, /^(\(一\) ?一般公共预算拨款|一、一般公共预算(财政拨款(收入)?)?|1[.、] ?一般公共预算)$/);
  put(rows, income, 1, T);
  const of = at(0, /^其中：财政拨款$/);
  if (of >= t.body.top && of > income && of - income === 1) put(rows, of, 1, T);
  // expense: the 201 class line (typed into the first blank line where the template leaves them blank)
  let exp = at(2, /^(一、|\(一\))一般公共服务支出$/);
  if (exp < t.body.top) {
    exp = t.body.top + body.findIndex((r) => r[2] === null || r[2]?.value === undefined);
    rows[exp][2] = { ...(rows[exp][2] ?? {}), value: '一、一般公共服务支出' };
  }
  const rightTotal = 3;
  const rest = paths.map((p, c) => ({ p, c })).filter(({ c }) => c > rightTotal);
  if (rest.length === 0) put(rows, exp, rightTotal, T);
  for (const { p, c } of rest) {
    if (/人员经费$/.test(p)) put(rows, exp, c, P);
    else if (/公用经费$/.test(p)) put(rows, exp, c, Q);
    else if (/项目支出$/.test(p)) put(rows, exp, c, R);
    else if (/一般公共预算(›小计)?$/.test(p) || /其中：财政拨款$/.test(p)) put(rows, exp, c, T);
  }
}

function fillOverall(t: SheetTemplate, unitName: string): void {
  const rows = t.rows;
  const find = (re: RegExp) => {
    for (let r = 0; r < rows.length; r++) for (let c = 0; c < rows[r].length; c++) if (typeof rows[r][c]?.value === 'string' && re.test(rows[r][c]!.value as string)) return { r, c };
    throw new Error(`overall: ${re}`);
  };
  const name = find(/^部门\(单位\)名称$/);
  put(rows, name.r, name.c + 1, unitName);
  put(rows, find(/^年度履职目标$/).r, 1, '做好政务服务和数据管理工作');
  const task = find(/^年度主要任务$/).r;
  put(rows, task + 0, 3, '信息化运维项目：保障政务服务系统运行');
  put(rows, find(/（1）政府预算资金$/).r, 2, T);
  put(rows, find(/资金结构：（1）基本支出$/).r, 2, P + Q);
  put(rows, find(/^（2）项目支出$/).r, 2, R);
  const ind = find(/^一级指标$/).r + 1;
  ['产出指标', '数量指标', '办件数量', '≥1000件', '全年'].forEach((v, c) => put(rows, ind, c, v));
}

/** The templates filled with the one budget, formulas evaluated (each cell's value = what Excel caches). */
export function fillTemplates(ts: SheetTemplate[], unitName: string, year: number): SheetTemplate[] {
  const out = ts.map(clone);
  for (const t of out) {
    // the name line: 单位名称：… / 编制部门：… gets the name
    for (const row of t.rows.slice(0, t.freezeRows))
      for (const c of row) if (c && typeof c.value === 'string' && /^(单位|部门)名称：$|^编制(单位|部门)：$/.test(c.value)) c.value = `${c.value}${unitName}`;
    if (t.kind === 'summary' || t.kind === 'fiscal-summary') fillTwoSided(t);
    else if (t.kind === 'overall-performance') fillOverall(t, unitName);
    else if (t.kind === 'three-public') addNote(t, `注：${unitName}${year}年无“三公”经费预算，故本表无数据。`);
    else fillGrid(t, unitName, year);
    evaluate(t);
  }
  return out;
}

// ---------------------------------------------------------------- formulas

/** Evaluate the template's formulas (=A1+B2, =SUM(A1:A9), =SUMIF(B1:B9,"",E1:E9)) into the cells' values. */
export function evaluate(t: SheetTemplate): void {
  const memo = new Map<string, number>();
  const raw = (r: number, c: number): TemplateCell | null => t.rows[r]?.[c] ?? null;
  const num = (r: number, c: number): number => {
    const cell = raw(r, c);
    if (cell?.formula !== undefined) return calc(r, c);
    return typeof cell?.value === 'number' ? cell.value : 0;
  };
  const range = (a: string) => {
    const [x, y] = a.split(':').map(parseA1);
    const out: { r: number; c: number }[] = [];
    for (let r = x.row; r <= y.row; r++) for (let c = x.col; c <= y.col; c++) out.push({ r, c });
    return out;
  };
  const calc = (r: number, c: number): number => {
    const key = toA1(r, c);
    const seen = memo.get(key);
    if (seen !== undefined) return seen;
    const f = (raw(r, c)?.formula ?? '').replace(/^=/, '');
    let v: number;
    let m: RegExpExecArray | null;
    if ((m = /^SUM\(([A-Z]+\d+:[A-Z]+\d+)\)$/.exec(f))) v = range(m[1]).reduce((s, p) => s + num(p.r, p.c), 0);
    else if ((m = /^SUMIF\(([A-Z]+\d+:[A-Z]+\d+),"",([A-Z]+\d+:[A-Z]+\d+)\)$/.exec(f))) {
      const crit = range(m[1]);
      const vals = range(m[2]);
      v = vals.reduce((s, p, i) => {
        const k = raw(crit[i].r, crit[i].c)?.value;
        return k === undefined || k === '' ? s + num(p.r, p.c) : s;
      }, 0);
    } else if (/^[A-Z]+\d+(\+[A-Z]+\d+)*$/.test(f)) v = f.split('+').reduce((s, a) => s + num(parseA1(a).row, parseA1(a).col), 0);
    else throw new Error(`evaluate: ${f}`);
    v = Math.round(v * 100) / 100;
    memo.set(key, v);
    return v;
  };
  t.rows.forEach((row, r) => row.forEach((cell, c) => cell?.formula !== undefined && (cell.value = calc(r, c))));
}

// ---------------------------------------------------------------- defects

/**
 * Plant one defect in a filled table: its first total formula (the 合计 / 总计 cell the template
 * computes) replaced by a typed figure one more than the right one, as when a preparer overwrites
 * a total. Returns the cell's A1 address.
 */
export function plantWrongTotal(t: SheetTemplate): string {
  for (let r = 0; r < t.rows.length; r++)
    for (let c = 0; c < t.rows[r].length; c++) {
      const cell = t.rows[r][c];
      if (cell?.formula !== undefined && cell.style === 'total' && typeof cell.value === 'number' && cell.value !== 0) {
        t.rows[r][c] = { value: cell.value + 1, style: 'total' };
        return toA1(r, c);
      }
    }
  // tables whose totals are 0 (the empty ones): any formula, typed as 1
  for (let r = 0; r < t.rows.length; r++)
    for (let c = 0; c < t.rows[r].length; c++) {
      const cell = t.rows[r][c];
      if (cell?.formula !== undefined) {
        t.rows[r][c] = { value: (typeof cell.value === 'number' ? cell.value : 0) + 1, style: cell.style };
        return toA1(r, c);
      }
    }
  throw new Error(`no total in ${t.sheetName}`);
}

