/**
 * The 目录 (contents) sheet a blank workbook may start with: one line per table, in the set's order,
 * numbered as the template numbers its tables (表一 … / 1. …), with the table's title.
 */
import { toChineseNumeral } from '../text';
import type { SheetTemplate } from './types';

export interface ContentsSheet {
  sheetName: string;
  title: string;
  lines: string[];
}

export function contentsOf(templates: SheetTemplate[]): ContentsSheet {
  const title = (t: SheetTemplate) => String(t.rows[0]?.[0]?.value ?? t.sheetName);
  return {
    sheetName: '目录',
    title: '目  录',
    lines: templates.map((t) => (t.sheetName.startsWith('表') ? `表${toChineseNumeral(t.number)}  ${title(t)}` : `${t.number}. ${title(t)}`)),
  };
}
