/**
 * Template profiles (docs/DOMAIN.md §1): which tables a complete workbook must contain.
 */
import type { LocalizedText } from '../i18n/lang';
import type { TableKind } from './kinds';

export type AmountUnit = '万元' | '元';

export interface ProfileDef {
  id: string;
  name: LocalizedText;
  /** The tables a complete workbook of this profile holds, in the order of its 目录. */
  kinds: TableKind[];
  /** The unit the amounts are stated in (the 三公 table of some templates is in 万元 whatever this says). */
  unit: AmountUnit;
  /** Whether function codes are shown hierarchically (类 row, 款 rows, 项 rows). */
  hierarchicalCodes: boolean;
  /** 部门 (department, with unit rows) or 单位 (a single unit). */
  level: 'dept' | 'unit' | 'any';
}

const HENAN_2024: TableKind[] = [
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
];

const HENAN_2022: TableKind[] = [
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
  'projects',
  'overall-performance',
  'project-performance',
];

const SHANGHAI_2026: TableKind[] = [
  'summary',
  'revenue',
  'expenditure',
  'fiscal-summary',
  'general-budget',
  'gov-fund',
  'state-capital',
  'basic-expenditure',
  'three-public',
];

const MOF_9: TableKind[] = [
  'summary',
  'revenue',
  'expenditure',
  'fiscal-summary',
  'general-budget',
  'basic-expenditure',
  'three-public',
  'gov-fund',
  'state-capital',
];

export const PROFILES: ProfileDef[] = [
  { id: 'henan-2024-unit', name: { 'zh-CN': '河南 2024 单位预算（13 表）', en: 'Henan 2024 unit (13 tables)' }, kinds: HENAN_2024, unit: '万元', hierarchicalCodes: false, level: 'unit' },
  { id: 'henan-2024-dept', name: { 'zh-CN': '河南 2024 部门预算（13 表）', en: 'Henan 2024 department (13 tables)' }, kinds: HENAN_2024, unit: '万元', hierarchicalCodes: false, level: 'dept' },
  { id: 'henan-2022-dept', name: { 'zh-CN': '河南 2022 部门预算（13 表，含整体绩效）', en: 'Henan 2022 department (13 tables)' }, kinds: HENAN_2022, unit: '万元', hierarchicalCodes: false, level: 'dept' },
  { id: 'shanghai-2026-unit', name: { 'zh-CN': '上海 2026 单位预算（9 表）', en: 'Shanghai 2026 unit (9 tables)' }, kinds: SHANGHAI_2026, unit: '元', hierarchicalCodes: true, level: 'unit' },
  { id: 'shanghai-2026-dept', name: { 'zh-CN': '上海 2026 部门预算（9 表）', en: 'Shanghai 2026 department (9 tables)' }, kinds: SHANGHAI_2026, unit: '元', hierarchicalCodes: true, level: 'dept' },
  { id: 'mof-9', name: { 'zh-CN': '财政部参考 9 表', en: 'Ministry of Finance reference set (9 tables)' }, kinds: MOF_9, unit: '万元', hierarchicalCodes: false, level: 'any' },
];

export const PROFILE_IDS = PROFILES.map((p) => p.id);

export function findProfile(id: string): ProfileDef | undefined {
  return PROFILES.find((p) => p.id === id);
}

