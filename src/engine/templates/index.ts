/**
 * Blank standard tables (插入标准表).
 */
import type { TableKind } from '../tables/kinds';
import type { AmountUnit } from '../tables/profiles';
import type { SheetTemplate } from './types';

export interface TemplateOptions {
  year: number;
  /** 单位名称 / 部门名称 value; empty leaves the line for the user to fill. */
  unitName: string;
  unit: AmountUnit;
  /** 'dept' writes 部门 titles and a 部门名称 line, 'unit' 单位. */
  level: 'dept' | 'unit';
}

export function buildTemplate(_kind: TableKind, _opts: TemplateOptions): SheetTemplate {
  throw new Error('not implemented yet');
}
