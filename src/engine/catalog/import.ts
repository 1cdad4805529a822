/**
 * Reading an official catalog (《20XX年政府收支分类科目》 as published, or a CSV) into an
 * ImportedCatalog. Layouts: a code column and a name column; 类 | 款 | 项 columns (the class
 * carried down, leading zeros lost or kept) with a name column; or "2010101 行政运行" in one cell.
 * Codes starting with 2 are 支出功能分类, 3 部门预算经济分类, 5 政府预算经济分类; 收入分类 (1…)
 * and anything else is skipped. One sheet or several.
 */
import type { LocalizedText } from '../i18n/lang';
import type { SheetData, WorkbookData } from '../model/workbook';
import { cellAt, forEachStored, sheetBottom, sheetRight } from '../model/workbook';
import { kindName } from '../i18n/labels';
import { recognizeWorkbook } from '../recognize';
import { cellText, normalizeLabel, toHalfWidth } from '../text';
import type { CodeLevel } from '../tables/model';
import { builtinCatalog } from './catalog';
import { levelOfCode } from './parse';
import { SCHEMES, type Catalog, type ImportedCatalog, type Scheme } from './types';

export class CatalogImportError extends Error {
  constructor(
    readonly text: LocalizedText,
    /** no-codes: nothing that reads as a catalog; budget-workbook: a budget disclosure workbook given as the catalog. */
    readonly code: 'no-codes' | 'budget-workbook' = 'no-codes',
  ) {
    super(text.en);
    this.name = 'CatalogImportError';
  }
}

const SCHEME_OF_DIGIT: Record<string, Scheme> = { '2': 'fn', '3': 'econ', '5': 'gov' };

interface Columns {
  code?: number;
  cls?: number;
  kind?: number;
  item?: number;
  name?: number;
}

function textAt(s: SheetData, r: number, c: number | undefined): string {
  if (c === undefined) return '';
  return cellText(cellAt(s, r, c).value).trim();
}

function digitsOnly(t: string): string | null {
  const d = toHalfWidth(t).replace(/[\s.\-_·]/g, '');
  return /^\d+$/.test(d) ? d : null;
}

/** The header row (within the first 20 rows) and its columns, when the sheet has one. */
function findHeader(s: SheetData): { row: number; cols: Columns } | null {
  const last = Math.min(sheetBottom(s), s.top + 20);
  const right = sheetRight(s);
  for (let r = s.top; r < last; r++) {
    const cols: Columns = {};
    for (let c = s.left; c < right; c++) {
      const t = normalizeLabel(cellText(cellAt(s, r, c).value));
      if (!t) continue;
      if (/^(科目)?(编码|代码|编号)$|^科目编码|^功能分类科目编码|^经济分类科目编码/.test(t) && cols.code === undefined) cols.code = c;
      else if (/^类$/.test(t) && cols.cls === undefined) cols.cls = c;
      else if (/^款$/.test(t) && cols.kind === undefined) cols.kind = c;
      else if (/^项$/.test(t) && cols.item === undefined) cols.item = c;
      else if (/名称$/.test(t) && cols.name === undefined) cols.name = c;
    }
    if (cols.name !== undefined && (cols.code !== undefined || cols.cls !== undefined)) return { row: r, cols };
  }
  return null;
}

const CODE_AND_NAME = /^(\d{3}(?:[\s.]?\d{2}){0,2})(?!\d)\s*(.+)$/;

export function importCatalog(wb: WorkbookData, source: string, importedAt = new Date().toISOString().slice(0, 10)): ImportedCatalog {
  // a budget disclosure workbook has codes and names too: taken as the catalog it would replace the
  // built-in one with the few codes its tables use, and every other code would read as unknown
  const tables = recognizeWorkbook(wb);
  if (tables.length > 0) {
    const t = tables[0];
    throw new CatalogImportError(
      {
        'zh-CN': `「${source}」是预算公开表工作簿（如工作表“${t.sheet}”的 ${kindName(t.kind, 'zh-CN')}），不是分类科目目录：请给出财政部《政府收支分类科目》`,
        en: `"${source}" is a budget disclosure workbook (e.g. the ${kindName(t.kind, 'en')} on sheet "${t.sheet}"), not a classification catalog: give the official 政府收支分类科目`,
      },
      'budget-workbook',
    );
  }
  const found: Record<Scheme, Map<string, string>> = { fn: new Map(), econ: new Map(), gov: new Map() };
  let edition: string | null = null;
  const add = (code: string, name: string) => {
    const scheme = SCHEME_OF_DIGIT[code[0]];
    if (!scheme || !levelOfCode(code, scheme)) return;
    const n = name.replace(/\s+/g, '');
    if (!n || /^\d+$/.test(n)) return;
    if (!found[scheme].has(code)) found[scheme].set(code, n);
  };
  for (const s of wb.sheets) {
    const header = findHeader(s);
    const bottom = sheetBottom(s);
    const right = sheetRight(s);
    const start = header ? header.row + 1 : s.top;
    let cls = '';
    let kind = '';
    for (let r = s.top; !edition && r < Math.min(bottom, s.top + 5); r++) {
      for (let c = s.left; c < Math.min(right, s.left + 6); c++) {
        const m = /(20\d{2})\s*年.*(分类|科目)/.exec(textAt(s, r, c));
        if (m) edition = m[1];
      }
    }
    // the stored rows only (an empty row adds nothing; a stray far cell must not cost the rows before it)
    const rows: number[] = [];
    forEachStored(s.cells, (_, i) => {
      if (s.top + i >= start) rows.push(s.top + i);
    });
    for (const r of rows) {
      const cols = header?.cols;
      if (cols && cols.code !== undefined) {
        const raw = textAt(s, r, cols.code);
        const d = digitsOnly(raw);
        if (d) add(d, textAt(s, r, cols.name));
        else {
          const m = CODE_AND_NAME.exec(toHalfWidth(raw));
          if (m) add(m[1].replace(/[\s.]/g, ''), m[2]);
        }
        continue;
      }
      if (cols && cols.cls !== undefined) {
        const c3 = digitsOnly(textAt(s, r, cols.cls));
        const k = digitsOnly(textAt(s, r, cols.kind));
        const i = digitsOnly(textAt(s, r, cols.item));
        const name = textAt(s, r, cols.name);
        if (c3 && c3.length === 3) {
          cls = c3;
          kind = '';
        } else if (c3 && c3.length > 3) {
          // a whole code in the 类 column
          add(c3, name);
          continue;
        }
        if (!c3 && !k && !i) continue;
        if (k) kind = k.padStart(2, '0').slice(-2);
        if (i && cls && kind) add(cls + kind + i.padStart(2, '0').slice(-2), name);
        else if (k && cls) add(cls + kind, name);
        else if (c3 && c3.length === 3) add(cls, name);
        continue;
      }
      // no header: "2010101 行政运行" (or a code cell and the name in the next cell) anywhere in the row
      const cells: number[] = [];
      forEachStored(s.cells[r - s.top], (_, i) => cells.push(s.left + i));
      for (const c of cells) {
        const t = textAt(s, r, c);
        if (!t) continue;
        const d = digitsOnly(t);
        if (d && [3, 5, 7].includes(d.length)) {
          add(d, textAt(s, r, c + 1));
          break;
        }
        const m = CODE_AND_NAME.exec(toHalfWidth(t));
        if (m) {
          add(m[1].replace(/[\s.]/g, ''), m[2]);
          break;
        }
      }
    }
  }
  const total = SCHEMES.reduce((n, sc) => n + found[sc].size, 0);
  if (total === 0) {
    throw new CatalogImportError({
      'zh-CN': `「${source}」中没有找到分类科目：需要“科目编码 + 科目名称”两列，或“类 | 款 | 项 | 科目名称”列，或“2010101 行政运行”这样的单元格。`,
      en: `No classification codes found in "${source}": expected a code column and a name column, 类 | 款 | 项 | name columns, or cells such as "2010101 行政运行".`,
    });
  }
  const entries = {} as ImportedCatalog['entries'];
  for (const sc of SCHEMES) entries[sc] = [...found[sc].entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { source, edition, importedAt, entries };
}

/** A stored catalog read back from settings: null when it is not one (an old or damaged value). */
export function asImportedCatalog(v: unknown): ImportedCatalog | null {
  if (!v || typeof v !== 'object') return null;
  const o = v as Partial<ImportedCatalog>;
  if (typeof o.source !== 'string' || !o.entries || typeof o.entries !== 'object') return null;
  for (const sc of SCHEMES) {
    const list = (o.entries as Record<string, unknown>)[sc];
    if (list !== undefined && !Array.isArray(list)) return null;
  }
  return {
    source: o.source,
    edition: typeof o.edition === 'string' ? o.edition : null,
    importedAt: typeof o.importedAt === 'string' ? o.importedAt : '',
    entries: { fn: o.entries.fn ?? [], econ: o.entries.econ ?? [], gov: o.entries.gov ?? [] },
  };
}

/** What an import holds of one classification, beside the built-in catalog it would replace. */
export interface ImportedShape {
  scheme: Scheme;
  count: number;
  byLevel: Record<CodeLevel, number>;
  /** Entries of the built-in catalog for this classification. */
  builtin: number;
  /** Far smaller than the built-in one (under half): most codes would then be reported as unknown. */
  small: boolean;
}

/**
 * Per classification the import holds (the others stay built-in): its entries by level and whether
 * it is far smaller than the built-in classification it replaces — a partial list, or the wrong
 * file — so that a user is warned before the import replaces the built-in one.
 */
export function importedShape(c: ImportedCatalog, builtin: Catalog = builtinCatalog()): ImportedShape[] {
  return SCHEMES.filter((s) => c.entries[s].length > 0).map((scheme) => {
    const byLevel: Record<CodeLevel, number> = { class: 0, kind: 0, item: 0 };
    for (const [code] of c.entries[scheme]) {
      const level = levelOfCode(code, scheme);
      if (level) byLevel[level]++;
    }
    const count = c.entries[scheme].length;
    const base = builtin.entries[scheme].size;
    return { scheme, count, byLevel, builtin: base, small: count * 2 < base };
  });
}

/** Entry counts per classification, for the UI and the command line. */
export function catalogCounts(c: ImportedCatalog): Record<Scheme, number> {
  return { fn: c.entries.fn.length, econ: c.entries.econ.length, gov: c.entries.gov.length };
}
