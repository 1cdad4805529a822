/**
 * One template set per profile (docs/DOMAIN.md §1), as that region publishes its tables: titles,
 * name line, unit line, header blocks, fixed lines, totals, sheet names and numbering. Typed data;
 * `index.ts` lays it out. Where each detail comes from, and what could not be established, is in
 * SOURCES.md beside this file.
 */
import { builtinCatalog, lookup } from '../catalog/catalog';
import type { TableKind } from '../tables/kinds';
import { PROFILES } from '../tables/profiles';
import { toChineseNumeral } from '../text';
import {
  BASIC_HEADER,
  ECON_SUMMARY_HEADER,
  FISCAL_HEADER,
  FUNCTION_EXPENSE_HEADER,
  MOF_BASIC_HEADER,
  MOF_FISCAL_HEADER,
  MOF_REVENUE_HEADER,
  MOF_SUMMARY_HEADER,
  OPERATING_HEADER,
  PERFORMANCE_HEADER,
  PROJECTS_HEADER,
  REVENUE_HEADER,
  SH_FISCAL_HEADER,
  SH_REVENUE_HEADER,
  SH_SUMMARY_DEPT_HEADER,
  SH_SUMMARY_UNIT_HEADER,
  SH_THREE_PUBLIC_HEADER,
  SUMMARY_HEADER,
  SUMMARY_INCOME_LINES,
  THREE_PUBLIC_HEADER,
  mofExpenseHeader,
  shBasicHeader,
  shExpenseHeader,
  type HNode,
} from './headers';
import type { RowSum } from './types';

/** The 三公 row's sums: 合计 (column 0) = columns 1, 2 and 5; column 2 (公务用车) = columns 3 and 4. */
const THREE_PUBLIC_ROW_SUMS = [
  { total: 0, parts: [1, 2, 5] },
  { total: 2, parts: [3, 4] },
];

export type Level = 'dept' | 'unit';

/** A fixed line on the income side of a two-sided table. */
export interface IncomeLine {
  text: string;
  /** The next `children` lines are its parts: its amount is their sum (sub lines excluded). */
  children?: number;
  /** A 其中 line: part of nothing, summed into nothing. */
  sub?: boolean;
}

/** A line under the two sides: the roles say which formula each amount gets. */
export interface FooterLine {
  left: string | null;
  right: string | null;
  /** year-total: the sum of the lines above; carry: typed; grand-total: year-total + carry (or the sum of the lines when there is no year-total line). */
  role: 'year-total' | 'carry' | 'grand-total';
}

export type BodySpec =
  /** Rows of figures under the header, with a 合计 row (first or last) whose amounts are SUMs over them. */
  | {
      type: 'grid';
      rows: number;
      total: 'first' | 'last';
      /** Codes shown hierarchically (类 row, 款 rows, 项 rows): the 合计 sums the 类 rows only, i.e. the rows whose 款 column (0-based) is empty. */
      classRowsBy?: number;
    }
  /** 收入 | 支出 side by side: fixed income lines, expense lines (fixed, or blank rows to type), then the footer lines. */
  | { type: 'two-sided'; income: IncomeLine[]; expense: string[] | { blank: number }; expenseHead?: string; footer: FooterLine[] }
  /** One row of figures (the "三公" table). */
  | { type: 'single-row' }
  /** The 整体绩效目标表 form. */
  | { type: 'overall' };

export interface KindTemplate {
  kind: TableKind;
  sheetName: Record<Level, string>;
  title: Record<Level, string>;
  /** The name line's label, e.g. 单位名称： / 编制部门：; null: no name line. */
  entity: Record<Level, string> | null;
  /** The unit line: `{unit}` is the workbook's unit; null: no unit line. */
  unitLine: string | null;
  header: Record<Level, HNode[]>;
  body: BodySpec;
  rowSums: RowSum[];
  /** The template expects a note (注：…无…，故本表无数据) when the table is empty. */
  emptyNote?: boolean;
}

export interface TemplateSet {
  profile: string;
  /** Sheet names: 'numbered' prefixes 表一, 表二 … in the set's order; 'named' uses the names as they are. */
  numbering: 'numbered' | 'named';
  tables: KindTemplate[];
}

const both = <T>(v: T): Record<Level, T> => ({ dept: v, unit: v });
const lv = (f: (lv: string) => string): Record<Level, string> => ({ dept: f('部门'), unit: f('单位') });

// ---------------------------------------------------------------- function-class lines

/** The function classes (类) of the current catalog, with their official names, in code order. */
function functionClasses(): { n: number; name: string }[] {
  const cat = builtinCatalog();
  const out: { n: number; name: string }[] = [];
  for (let code = 201; code <= 234; code++) {
    const e = lookup(cat, 'fn', String(code));
    if (e) out.push({ n: code - 200, name: e.name });
  }
  return out;
}

/** 收支预算表 class lines: 一、一般公共服务支出 … (the number is the code minus 200, DOMAIN §3). */
const classLines = (): string[] => functionClasses().map((c) => `${toChineseNumeral(c.n)}、${c.name}`);
/** 财政拨款收支预算表 class lines: (一) 一般公共服务支出 … */
const fiscalClassLines = (): string[] => functionClasses().map((c) => `(${toChineseNumeral(c.n)})${c.name}`);

// ---------------------------------------------------------------- Henan (seeds 001 and 002)

/** Function-expense tables (seed 001): 合计 = 基本支出 + 项目支出; 基本支出 = its four; 项目支出 = its two. */
const FUNCTION_EXPENSE_SUMS: RowSum[] = [
  { total: 5, parts: [6, 11] },
  { total: 6, parts: [7, 8, 9, 10] },
  { total: 11, parts: [12, 13] },
];
const HENAN_GRID = { type: 'grid', rows: 10, total: 'first' } as const;

function henanTables(year2022: boolean): KindTemplate[] {
  const numberedTitle = (t: string) => both(`{year}年${t}`);
  return [
    {
      kind: 'summary',
      sheetName: both('收支预算表'),
      title: lv((l) => `{year}年${l}收支预算表`),
      entity: lv((l) => `${l}名称：`),
      unitLine: '单位：{unit}',
      header: both(SUMMARY_HEADER),
      body: {
        type: 'two-sided',
        income: SUMMARY_INCOME_LINES.map((text) => (text.startsWith('其中') ? { text, sub: true } : { text })),
        expense: classLines(),
        footer: [
          { left: '本年收入合计', right: '本年支出合计', role: 'year-total' },
          { left: '上年结转结余', right: '年终结转结余', role: 'carry' },
          { left: '收入总计', right: '支出总计', role: 'grand-total' },
        ],
      },
      rowSums: [],
    },
    {
      kind: 'revenue',
      sheetName: both('收入预算表'),
      title: lv((l) => `{year}年${l}收入预算表`),
      entity: lv((l) => `${l}名称：`),
      unitLine: '单位：{unit}',
      header: both(REVENUE_HEADER),
      body: HENAN_GRID,
      rowSums: [
        { total: 2, parts: [3, 14] },
        { total: 3, parts: [4, 6, 7, 8, 9, 10, 11, 12, 13] },
        { total: 14, parts: [15, 16, 17, 18, 19] },
      ],
    },
    {
      kind: 'expenditure',
      sheetName: both('支出预算表'),
      title: lv((l) => `{year}年${l}支出预算表`),
      entity: lv((l) => `${l}名称：`),
      unitLine: '单位：{unit}',
      header: both(FUNCTION_EXPENSE_HEADER),
      body: HENAN_GRID,
      rowSums: FUNCTION_EXPENSE_SUMS,
    },
    {
      kind: 'fiscal-summary',
      sheetName: both('财政拨款收支预算表'),
      title: numberedTitle('财政拨款收支预算表'),
      entity: lv((l) => `${l}名称：`),
      unitLine: '单位：{unit}',
      header: both(FISCAL_HEADER),
      body: {
        type: 'two-sided',
        income: [
          { text: '一、本年收入', children: 4 },
          { text: '(一) 一般公共预算拨款' },
          { text: '其中：财政拨款', sub: true },
          { text: '(二)政府性基金预算拨款' },
          { text: '(三)国有资本经营预算拨款' },
          { text: '二、上年结转', children: 3 },
          { text: '(一) 一般公共预算拨款' },
          { text: '(二)政府性基金预算拨款' },
          { text: '(三)国有资本经营预算拨款' },
        ],
        expenseHead: '一、本年支出',
        expense: fiscalClassLines(),
        footer: [
          { left: null, right: '二、年终结转结余', role: 'carry' },
          { left: '收入合计', right: '支出合计', role: 'grand-total' },
        ],
      },
      rowSums: [{ total: 3, parts: [4, 6, 7] }],
    },
    {
      kind: 'general-budget',
      sheetName: both('一般公共预算支出预算表'),
      title: numberedTitle('一般公共预算支出预算表'),
      entity: lv((l) => `${l}名称：`),
      unitLine: '单位：{unit}',
      header: both(FUNCTION_EXPENSE_HEADER),
      body: HENAN_GRID,
      rowSums: FUNCTION_EXPENSE_SUMS,
    },
    {
      kind: 'basic-expenditure',
      sheetName: both('基本支出预算表'),
      title: numberedTitle('一般公共预算基本支出预算表'),
      entity: lv((l) => `${l}名称：`),
      unitLine: '单位：{unit}',
      header: both(BASIC_HEADER),
      body: HENAN_GRID,
      rowSums: [{ total: 4, parts: [5, 6] }],
    },
    {
      kind: 'economic-summary',
      sheetName: both('支出经济分类汇总表'),
      title: numberedTitle('支出经济分类汇总表'),
      entity: lv((l) => `${l}名称：`),
      unitLine: '单位：{unit}',
      header: both(ECON_SUMMARY_HEADER),
      body: HENAN_GRID,
      rowSums: [{ total: 6, parts: [7, 9, 10, 11, 12, 13, 14, 15, 16, 17] }],
    },
    {
      kind: 'three-public',
      sheetName: both('三公经费预算表'),
      title: numberedTitle('一般公共预算“三公”经费预算表'),
      entity: lv((l) => `${l}名称：`),
      unitLine: '单位：万元',
      header: both(THREE_PUBLIC_HEADER),
      body: { type: 'single-row' },
      rowSums: THREE_PUBLIC_ROW_SUMS,
      emptyNote: true,
    },
    {
      kind: 'gov-fund',
      sheetName: both('政府性基金支出预算表'),
      title: numberedTitle('政府性基金支出预算表'),
      entity: lv((l) => `${l}名称：`),
      unitLine: '单位：{unit}',
      header: both(FUNCTION_EXPENSE_HEADER),
      body: HENAN_GRID,
      rowSums: FUNCTION_EXPENSE_SUMS,
      emptyNote: true,
    },
    {
      kind: 'state-capital',
      sheetName: both('国有资本经营支出预算表'),
      title: numberedTitle('国有资本经营支出预算表'),
      entity: lv((l) => `${l}名称：`),
      unitLine: '单位：{unit}',
      header: both(FUNCTION_EXPENSE_HEADER),
      body: HENAN_GRID,
      rowSums: FUNCTION_EXPENSE_SUMS,
      emptyNote: true,
    },
    {
      kind: 'operating-funds',
      sheetName: both('机构运转经费预算表'),
      title: numberedTitle('行政（事业）单位机构运转经费预算表'),
      entity: lv((l) => `${l}名称：`),
      unitLine: '单位：{unit}',
      header: both(OPERATING_HEADER),
      body: HENAN_GRID,
      rowSums: [
        { total: 3, parts: [4, 10, 11, 12, 13] },
        { total: 4, parts: [5, 6, 7, 8, 9] },
      ],
    },
    {
      kind: 'projects',
      sheetName: both('项目支出预算表'),
      title: numberedTitle('项目支出预算表'),
      entity: lv((l) => `${l}名称：`),
      unitLine: '单位：{unit}',
      header: both(PROJECTS_HEADER),
      body: HENAN_GRID,
      rowSums: [{ total: 3, parts: [4, 5, 6, 7, 8, 9, 10, 11] }],
    },
    {
      kind: 'overall-performance',
      sheetName: both('整体绩效目标表'),
      title: lv((l) => `{year}年${l}整体绩效目标表`),
      entity: null,
      unitLine: null,
      header: both([]),
      body: { type: 'overall' },
      rowSums: [],
    },
    {
      kind: 'project-performance',
      sheetName: both('项目绩效目标表'),
      title: year2022 ? lv((l) => `{year}年${l}预算项目绩效目标汇总表`) : lv((l) => `{year}年${l}预算项目绩效目标表`),
      entity: lv((l) => `${l}名称：`),
      unitLine: '单位：万元',
      header: both(PERFORMANCE_HEADER),
      body: HENAN_GRID,
      rowSums: [{ total: 2, parts: [3, 4, 5] }],
    },
  ];
}

// ---------------------------------------------------------------- Shanghai 2026 (LAYOUT.md §2)

const SH_ENTITY = { unit: '编制单位：', dept: '编制部门：' };
/** Shanghai titles: 预算单位… (unit) / 部门… (department). */
const shTitle = (t: string): Record<Level, string> => ({ unit: `{year}年预算单位${t}`, dept: `{year}年部门${t}` });
const shSheet = (t: string): Record<Level, string> => ({ unit: `单位${t}`, dept: `部门${t}` });
const SH_GRID = { type: 'grid', rows: 11, total: 'last', classRowsBy: 1 } as const;
const SH_EXPENSE_SUMS: RowSum[] = [{ total: 4, parts: [5, 6] }];
const SH_EXPENSE_ROWS = 13;

const SHANGHAI_TABLES: KindTemplate[] = [
  {
    kind: 'summary',
    sheetName: shSheet('收支总表'),
    title: shTitle('财务收支预算总表'),
    entity: SH_ENTITY,
    unitLine: '单位：{unit}',
    header: { dept: SH_SUMMARY_DEPT_HEADER, unit: SH_SUMMARY_UNIT_HEADER },
    body: {
      type: 'two-sided',
      income: [
        { text: '一、财政拨款收入', children: 3 },
        { text: '1. 一般公共预算' },
        { text: '2. 政府性基金预算' },
        { text: '3. 国有资本经营预算' },
        { text: '二、事业收入' },
        { text: '三、事业单位经营收入' },
        { text: '四、其他收入' },
      ],
      expense: { blank: SH_EXPENSE_ROWS },
      footer: [{ left: '收入总计', right: '支出总计', role: 'grand-total' }],
    },
    // unit: 合计 = 人员经费 + 公用经费 + 项目支出 (department: one amount column)
    rowSums: [{ total: 3, parts: [4, 5, 6] }],
  },
  {
    kind: 'revenue',
    sheetName: shSheet('收入总表'),
    title: shTitle('收入预算总表'),
    entity: SH_ENTITY,
    unitLine: '单位：{unit}',
    header: both(SH_REVENUE_HEADER),
    body: SH_GRID,
    rowSums: [{ total: 4, parts: [5, 6, 7, 8] }],
  },
  {
    kind: 'expenditure',
    sheetName: shSheet('支出总表'),
    title: shTitle('支出预算总表'),
    entity: SH_ENTITY,
    unitLine: '单位：{unit}',
    header: both(shExpenseHeader('支出预算')),
    body: SH_GRID,
    rowSums: SH_EXPENSE_SUMS,
  },
  {
    kind: 'fiscal-summary',
    sheetName: shSheet('财政拨款收支总表'),
    title: shTitle('财政拨款收支预算总表'),
    entity: SH_ENTITY,
    unitLine: '单位：{unit}',
    header: both(SH_FISCAL_HEADER),
    body: {
      type: 'two-sided',
      income: [{ text: '一、一般公共预算' }, { text: '二、政府性基金预算' }, { text: '三、国有资本经营预算' }],
      expense: { blank: SH_EXPENSE_ROWS },
      footer: [{ left: '收入总计', right: '支出总计', role: 'grand-total' }],
    },
    rowSums: [{ total: 3, parts: [4, 5, 6] }],
  },
  {
    kind: 'general-budget',
    sheetName: shSheet('一般公共预算拨款表'),
    title: shTitle('一般公共预算支出功能分类预算表'),
    entity: SH_ENTITY,
    unitLine: '单位：{unit}',
    header: both(shExpenseHeader('一般公共预算支出')),
    body: SH_GRID,
    rowSums: SH_EXPENSE_SUMS,
  },
  {
    kind: 'gov-fund',
    sheetName: shSheet('政府性基金拨款表'),
    title: shTitle('政府性基金预算支出功能分类预算表'),
    entity: SH_ENTITY,
    unitLine: '单位：{unit}',
    header: both(shExpenseHeader('政府性基金预算支出')),
    body: SH_GRID,
    rowSums: SH_EXPENSE_SUMS,
    emptyNote: true,
  },
  {
    kind: 'state-capital',
    sheetName: shSheet('国有资本经营预算拨款表'),
    title: shTitle('国有资本经营预算支出功能分类预算表'),
    entity: SH_ENTITY,
    unitLine: '单位：{unit}',
    header: both(shExpenseHeader('国有资本经营预算支出')),
    body: SH_GRID,
    rowSums: SH_EXPENSE_SUMS,
    emptyNote: true,
  },
  {
    kind: 'basic-expenditure',
    sheetName: shSheet('一般公共预算拨款基本支出明细表'),
    title: shTitle('一般公共预算基本支出部门预算经济分类预算表'),
    entity: SH_ENTITY,
    unitLine: '单位：{unit}',
    header: { dept: shBasicHeader('部门预算经济分类科目编码', '经济分类科目名称'), unit: shBasicHeader('经济分类科目编码', '部门经济分类科目名称') },
    body: { type: 'grid', rows: 11, total: 'last', classRowsBy: 1 },
    rowSums: [{ total: 3, parts: [4, 5] }],
  },
  {
    kind: 'three-public',
    sheetName: lv((l) => `${l}“三公”经费和机关运行费预算表`),
    title: lv((l) => `{year}年${l}“三公”经费和机关运行经费预算表`),
    entity: SH_ENTITY,
    unitLine: '单位:万元',
    header: both(SH_THREE_PUBLIC_HEADER),
    body: { type: 'single-row' },
    rowSums: [
      { total: 0, parts: [1, 2, 3] },
      { total: 3, parts: [4, 5] },
    ],
    emptyNote: true,
  },
];

// ---------------------------------------------------------------- Ministry of Finance reference set

const MOF_GRID = { type: 'grid', rows: 10, total: 'first' } as const;
const MOF_EXPENSE_SUMS: RowSum[] = [{ total: 2, parts: [3, 4] }];
const mofTitle = (t: string): Record<Level, string> => lv((l) => `{year}年${l}${t}`);
const MOF_ENTITY = lv((l) => `${l}名称：`);

const MOF_TABLES: KindTemplate[] = [
  {
    kind: 'summary',
    sheetName: both('收支总表'),
    title: mofTitle('收支总表'),
    entity: MOF_ENTITY,
    unitLine: '单位：{unit}',
    header: both(MOF_SUMMARY_HEADER),
    body: {
      type: 'two-sided',
      income: [
        { text: '一、一般公共预算财政拨款收入' },
        { text: '二、政府性基金预算财政拨款收入' },
        { text: '三、国有资本经营预算财政拨款收入' },
        { text: '四、事业收入' },
        { text: '五、事业单位经营收入' },
        { text: '六、其他收入' },
      ],
      expense: classLines(),
      footer: [
        { left: '本年收入合计', right: '本年支出合计', role: 'year-total' },
        { left: '上年结转结余', right: '结转下年', role: 'carry' },
        { left: '收入总计', right: '支出总计', role: 'grand-total' },
      ],
    },
    rowSums: [],
  },
  {
    kind: 'revenue',
    sheetName: both('收入总表'),
    title: mofTitle('收入总表'),
    entity: MOF_ENTITY,
    unitLine: '单位：{unit}',
    header: both(MOF_REVENUE_HEADER),
    body: MOF_GRID,
    rowSums: [{ total: 2, parts: [3, 4, 5, 6, 7, 8, 9] }],
  },
  {
    kind: 'expenditure',
    sheetName: both('支出总表'),
    title: mofTitle('支出总表'),
    entity: MOF_ENTITY,
    unitLine: '单位：{unit}',
    header: both(mofExpenseHeader(null)),
    body: MOF_GRID,
    rowSums: MOF_EXPENSE_SUMS,
  },
  {
    kind: 'fiscal-summary',
    sheetName: both('财政拨款收支总表'),
    title: both('{year}年财政拨款收支总表'),
    entity: MOF_ENTITY,
    unitLine: '单位：{unit}',
    header: both(MOF_FISCAL_HEADER),
    body: {
      type: 'two-sided',
      income: [{ text: '一、一般公共预算财政拨款' }, { text: '二、政府性基金预算财政拨款' }, { text: '三、国有资本经营预算财政拨款' }],
      expense: classLines(),
      footer: [
        { left: '本年收入合计', right: '本年支出合计', role: 'year-total' },
        { left: '上年结转', right: '年终结转结余', role: 'carry' },
        { left: '收入总计', right: '支出总计', role: 'grand-total' },
      ],
    },
    rowSums: [{ total: 3, parts: [4, 5, 6] }],
  },
  {
    kind: 'general-budget',
    sheetName: both('一般公共预算支出表'),
    title: both('{year}年一般公共预算支出表'),
    entity: MOF_ENTITY,
    unitLine: '单位：{unit}',
    header: both(mofExpenseHeader(null)),
    body: MOF_GRID,
    rowSums: MOF_EXPENSE_SUMS,
  },
  {
    kind: 'basic-expenditure',
    sheetName: both('一般公共预算基本支出表'),
    title: both('{year}年一般公共预算基本支出表'),
    entity: MOF_ENTITY,
    unitLine: '单位：{unit}',
    header: both(MOF_BASIC_HEADER),
    body: MOF_GRID,
    rowSums: [{ total: 2, parts: [3, 4] }],
  },
  {
    kind: 'three-public',
    sheetName: both('三公经费支出表'),
    title: both('{year}年一般公共预算“三公”经费支出表'),
    entity: MOF_ENTITY,
    unitLine: '单位：{unit}',
    header: both(THREE_PUBLIC_HEADER),
    body: { type: 'single-row' },
    rowSums: THREE_PUBLIC_ROW_SUMS,
    emptyNote: true,
  },
  {
    kind: 'gov-fund',
    sheetName: both('政府性基金预算支出表'),
    title: both('{year}年政府性基金预算支出表'),
    entity: MOF_ENTITY,
    unitLine: '单位：{unit}',
    header: both(mofExpenseHeader('本年政府性基金预算支出')),
    body: MOF_GRID,
    rowSums: MOF_EXPENSE_SUMS,
    emptyNote: true,
  },
  {
    kind: 'state-capital',
    sheetName: both('国有资本经营预算支出表'),
    title: both('{year}年国有资本经营预算支出表'),
    entity: MOF_ENTITY,
    unitLine: '单位：{unit}',
    header: both(mofExpenseHeader('本年国有资本经营预算支出')),
    body: MOF_GRID,
    rowSums: MOF_EXPENSE_SUMS,
    emptyNote: true,
  },
];

// ---------------------------------------------------------------- the sets

const henan2024 = henanTables(false);
const henan2022 = henanTables(true);

function ordered(tables: KindTemplate[], kinds: TableKind[]): KindTemplate[] {
  return kinds.map((k) => {
    const t = tables.find((x) => x.kind === k);
    if (!t) throw new Error(`no template for ${k}`);
    return t;
  });
}

const TABLES_OF: Record<string, { numbering: TemplateSet['numbering']; tables: KindTemplate[] }> = {
  'henan-2024-unit': { numbering: 'numbered', tables: henan2024 },
  'henan-2024-dept': { numbering: 'numbered', tables: henan2024 },
  'henan-2022-dept': { numbering: 'numbered', tables: henan2022 },
  'shanghai-2026-unit': { numbering: 'named', tables: SHANGHAI_TABLES },
  'shanghai-2026-dept': { numbering: 'named', tables: SHANGHAI_TABLES },
  'mof-9': { numbering: 'numbered', tables: MOF_TABLES },
};

/** One set per profile, its tables in the profile's order (its 目录). */
export const TEMPLATE_SETS: TemplateSet[] = PROFILES.map((p) => ({ profile: p.id, numbering: TABLES_OF[p.id].numbering, tables: ordered(TABLES_OF[p.id].tables, p.kinds) }));

/** Tables a set does not hold (e.g. 整体绩效目标表 asked for under a 2024 profile) come from the Henan tables. */
export const FALLBACK_TABLES: KindTemplate[] = [...henan2024, ...henan2022.filter((t) => t.kind === 'overall-performance')];
