/**
 * The one labels module: how the tool names its own concepts (severities, table kinds, profiles,
 * unit types, classifications, code levels, how a row was matched), shared by the command line,
 * the task pane and the reports, zh-CN first and en second.
 */
import type { Severity } from '../findings';
import { TABLE_KIND_DEFS, type TableKind } from '../tables/kinds';
import { findProfile } from '../tables/profiles';
import type { Lang, LocalizedText } from './lang';
import type { Scheme } from '../catalog/types';

export const SEVERITY_LABELS: Record<Severity, LocalizedText> = {
  error: { 'zh-CN': '错误', en: 'error' },
  warning: { 'zh-CN': '警告', en: 'warning' },
  info: { 'zh-CN': '提示', en: 'info' },
};

export const UNIT_TYPE_LABELS: Record<'admin' | 'institution' | 'unknown', LocalizedText> = {
  admin: { 'zh-CN': '行政单位', en: 'administrative unit' },
  institution: { 'zh-CN': '事业单位', en: 'public institution' },
  unknown: { 'zh-CN': '未知', en: 'unknown' },
};

export const SCHEME_LABELS: Record<Scheme, LocalizedText> = {
  fn: { 'zh-CN': '支出功能分类', en: 'Functional' },
  econ: { 'zh-CN': '部门预算经济分类', en: 'Departmental economic' },
  gov: { 'zh-CN': '政府预算经济分类', en: 'Government economic' },
};

export const CODE_LEVEL_LABELS: Record<'class' | 'kind' | 'item', LocalizedText> = {
  class: { 'zh-CN': '类', en: 'class' },
  kind: { 'zh-CN': '款', en: 'kind' },
  item: { 'zh-CN': '项', en: 'item' },
};

export const MATCHED_LABELS: Record<'code' | 'name' | 'former-name' | 'number' | 'none', LocalizedText> = {
  code: { 'zh-CN': '按编码', en: 'by code' },
  name: { 'zh-CN': '按名称', en: 'by name' },
  'former-name': { 'zh-CN': '按旧名称', en: 'by former name' },
  number: { 'zh-CN': '按序号', en: 'by number' },
  none: { 'zh-CN': '未对应', en: 'not mapped' },
};

export function severityLabel(s: Severity, lang: Lang): string {
  return SEVERITY_LABELS[s][lang];
}

/** A table kind's standard name; the id itself for a kind this version does not know. */
export function kindName(k: TableKind, lang: Lang): string {
  return TABLE_KIND_DEFS[k]?.name[lang] ?? k;
}

/** A profile's name; the id itself for an unknown id. */
export function profileName(id: string, lang: Lang): string {
  return findProfile(id)?.name[lang] ?? id;
}

export function unitTypeLabel(type: 'admin' | 'institution' | null, lang: Lang): string {
  return UNIT_TYPE_LABELS[type ?? 'unknown'][lang];
}
