/**
 * Table titles: which kind a title names, its year and its 部门/单位 level.
 */
import { KIND_MATCH_ORDER, TABLE_KIND_DEFS, type TableKind } from '../tables/kinds';
import { normalizeLabel } from '../text';

export interface TitleMatch {
  kind: TableKind;
  year: number | null;
  level: 'dept' | 'unit' | null;
}

const MAX_TITLE = 60;

/** Strip what varies around a table's name: organisation and year prefix, 表N numbering, (2024年度). */
export function titleCore(normalized: string): string {
  let t = normalized;
  t = t.replace(/\(\d{4}年度?\)$/, '');
  // a unit stated in the title: 2024年部门收支预算表（单位：万元）
  t = t.replace(/\(?(金额)?单位[:：]\(?(万元|元)\)?\)?$/, '');
  // the classification or the money a table is of, stated after its name: 一般公共预算支出预算表（功能科目）,
  // …基本支出预算表（经济科目）, “三公”经费、会议费、培训费支出预算表（一般公共预算） (江苏 2017, 2019)
  t = t.replace(/\((按)?(支出)?(功能|经济|部门预算经济|政府预算经济)(科目|分类)\)$|\(一般公共预算\)$/, '');
  t = t.replace(/^.*?\d{4}年度?/, '');
  t = t.replace(/^(附件\d*[:：]?)?(附)?表[0-9一二三四五六七八九十]+[-－.、:：]?/, '');
  t = t.replace(/^[0-9一二三四五六七八九十]+[、.]/, '');
  t = t.replace(/^\(?[0-9一二三四五六七八九十]+\)/, '');
  return t;
}

export function matchTitle(raw: string): TitleMatch | null {
  const n = normalizeLabel(raw);
  if (n.length < 4 || n.length > MAX_TITLE || !n.includes('表')) return null;
  const core = titleCore(n);
  if (core.length > 40) return null;
  for (const kind of KIND_MATCH_ORDER) {
    if (TABLE_KIND_DEFS[kind].titlePatterns.some((p) => p.test(core))) {
      const y = /(\d{4})年/.exec(n);
      const level = titleLevel(core);
      return { kind, year: y ? Number(y[1]) : null, level };
    }
  }
  return null;
}

/** 部门 or 单位 as the title states it (words that merely contain 部门/单位 are ignored). */
function titleLevel(core: string): 'dept' | 'unit' | null {
  const t = core.replace(/部门预算(支出)?经济分类/g, '').replace(/部门\(单位\)/g, '').replace(/行政\(事业\)单位/g, '');
  if (/部门/.test(t)) return 'dept';
  if (/单位/.test(t)) return 'unit';
  return null;
}

/** A sheet name that names a kind (fallback when a table has no title row). */
export function matchSheetName(name: string): TableKind | null {
  // exported sheet names are numbered: 2.15单位收支总表, 3.25部门“三公”经费和机关运行经费预算表, Sheet3
  const n = normalizeLabel(name).replace(/^(sheet)?[\d.]+/i, '');
  const core = titleCore(n.endsWith('表') ? n : `${n}表`);
  for (const kind of KIND_MATCH_ORDER) {
    if (TABLE_KIND_DEFS[kind].titlePatterns.some((p) => p.test(core))) return kind;
  }
  return null;
}

/** Sheets that hold no table: cover, table of contents. */
export function isSkippedSheetName(name: string): boolean {
  return /^(封面|目录|cover|contents|toc)$/i.test(normalizeLabel(name));
}
