/**
 * The table kinds of docs/CONTRACT.md and their names (docs/DOMAIN.md §1). Data, not logic:
 * recognition reads these patterns; nothing else names a table by hand.
 */

import type { LocalizedText } from '../i18n/lang';

export const TABLE_KINDS = [
  'summary',
  'revenue',
  'expenditure',
  'fiscal-summary',
  'general-budget',
  'basic-expenditure',
  'economic-summary',
  'three-public',
  'gov-fund',
  'state-capital',
  'operating-funds',
  'projects',
  'project-performance',
  'overall-performance',
] as const;

export type TableKind = (typeof TABLE_KINDS)[number];

export interface TableKindDef {
  kind: TableKind;
  /** The standard name (zh-CN as in the Henan 2024 unit template, without 部门/单位 prefix). */
  name: LocalizedText;
  /**
   * Title patterns, tested against the normalised title (half-width, no spaces, no quotes,
   * year / 表N / 部门 / 单位 prefixes removed). Tested in the order of KIND_MATCH_ORDER
   * so that the more specific kinds win (财政拨款收支预算表 before 收支预算表).
   */
  titlePatterns: RegExp[];
  /** Whether the table's amounts are two column groups (收入 | 支出 side by side). */
  twoSided: boolean;
  /** 'form' for label/value forms (整体绩效目标表) that are not a grid of rows and columns. */
  layout?: 'grid' | 'form';
}

export const TABLE_KIND_DEFS: Record<TableKind, TableKindDef> = {
  summary: {
    kind: 'summary',
    name: { 'zh-CN': '收支预算表', en: 'Revenue and expenditure summary' },
    titlePatterns: [/收支预算(总)?表$/, /收支总表$/, /财务收支预算总表$/],
    twoSided: true,
  },
  revenue: {
    kind: 'revenue',
    name: { 'zh-CN': '收入预算表', en: 'Revenue budget' },
    titlePatterns: [/收入预算(总)?表$/, /收入总表$/],
    twoSided: false,
  },
  expenditure: {
    kind: 'expenditure',
    name: { 'zh-CN': '支出预算表', en: 'Expenditure budget' },
    titlePatterns: [/^(部门|单位|预算单位|部门\(单位\))?(财务)?支出预算(总)?表$/, /^(部门|单位|预算单位|部门\(单位\))?支出总表$/],
    twoSided: false,
  },
  'fiscal-summary': {
    kind: 'fiscal-summary',
    name: { 'zh-CN': '财政拨款收支预算表', en: 'Fiscal appropriation summary' },
    titlePatterns: [/财政拨款收支预算(总)?表$/, /财政拨款收支总表$/],
    twoSided: true,
  },
  'general-budget': {
    kind: 'general-budget',
    name: { 'zh-CN': '一般公共预算支出预算表', en: 'General public budget expenditure' },
    titlePatterns: [
      /一般公共预算(财政拨款)?支出(功能分类)?预算表$/,
      /一般公共预算(财政)?拨款(支出)?表$/,
      /一般公共预算支出表$/,
    ],
    twoSided: false,
  },
  'basic-expenditure': {
    kind: 'basic-expenditure',
    name: { 'zh-CN': '一般公共预算基本支出预算表', en: 'General budget basic expenditure (economic classification)' },
    titlePatterns: [
      /一般公共预算(财政拨款)?基本支出((部门预算)?经济分类)?预算表$/,
      /一般公共预算(财政)?拨款基本支出(明细)?表$/,
      /基本支出明细表$/,
      /基本支出预算表$/,
      /一般公共预算(财政拨款)?基本支出表$/,
    ],
    twoSided: false,
  },
  'economic-summary': {
    kind: 'economic-summary',
    name: { 'zh-CN': '支出经济分类汇总表', en: 'Expenditure by economic classification' },
    titlePatterns: [/支出经济分类汇总(预算)?表$/, /经济分类汇总表$/],
    twoSided: false,
  },
  'three-public': {
    kind: 'three-public',
    name: { 'zh-CN': '一般公共预算"三公"经费预算表', en: '"Three public" expenses' },
    titlePatterns: [
      /三公经费(和机关运行经费)?(支出)?预算(表)?$/,
      /三公经费(和机关运行经费)?(支出|预算)?表$/,
      // with the meeting and training costs beside them (江苏: “三公”经费、会议费、培训费支出预算表)
      /三公经费[、和及]?会议费[、和及]?培训费(支出)?预算(表)?$/,
    ],
    twoSided: false,
  },
  'gov-fund': {
    kind: 'gov-fund',
    name: { 'zh-CN': '政府性基金预算支出预算表', en: 'Government fund expenditure' },
    titlePatterns: [/政府性基金(预算)?支出(功能分类)?预算表$/, /政府性基金(预算)?拨款(支出)?表$/, /政府性基金预算支出表$/, /政府性基金(预算)?(财政)?拨款支出预算表$/],
    twoSided: false,
  },
  'state-capital': {
    kind: 'state-capital',
    name: { 'zh-CN': '国有资本经营预算支出预算表', en: 'State capital operation expenditure' },
    titlePatterns: [/国有资本经营(预算)?支出(功能分类)?预算表$/, /国有资本经营(预算)?拨款(支出)?表$/, /国有资本经营预算支出表$/],
    twoSided: false,
  },
  'operating-funds': {
    kind: 'operating-funds',
    name: { 'zh-CN': '行政（事业）单位机构运转经费预算表', en: 'Institutional operating funds' },
    titlePatterns: [/机构运转经费(支出)?预算表$/, /机关运行经费(支出)?预算表$/, /机构运行经费(支出)?预算表$/],
    twoSided: false,
  },
  projects: {
    kind: 'projects',
    name: { 'zh-CN': '项目支出预算表', en: 'Project expenditure' },
    titlePatterns: [/项目支出预算(明细)?表$/, /项目支出表$/],
    twoSided: false,
  },
  'project-performance': {
    kind: 'project-performance',
    name: { 'zh-CN': '单位预算项目绩效目标表', en: 'Project performance targets' },
    titlePatterns: [/项目绩效目标\(?(汇总|申报)?\)?表$/],
    twoSided: false,
  },
  'overall-performance': {
    kind: 'overall-performance',
    name: { 'zh-CN': '部门（单位）整体绩效目标表', en: 'Overall performance targets' },
    titlePatterns: [/整体(支出)?绩效目标(申报)?表$/],
    twoSided: false,
    layout: 'form',
  },
};

/** The tables by the economic classification alone (their code columns hold 部门预算经济分类 codes). */
export const ECONOMIC_KINDS: ReadonlySet<TableKind> = new Set<TableKind>(['basic-expenditure', 'economic-summary', 'operating-funds']);

/** More specific kinds first: a title is matched against these in order. */
export const KIND_MATCH_ORDER: TableKind[] = [
  'fiscal-summary',
  'basic-expenditure',
  'three-public',
  'general-budget',
  'gov-fund',
  'state-capital',
  'economic-summary',
  'operating-funds',
  'project-performance',
  'overall-performance',
  'projects',
  'summary',
  'revenue',
  'expenditure',
];

