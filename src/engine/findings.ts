/**
 * Findings and reports, in the shape of docs/CONTRACT.md.
 */
import type { TableKind } from './tables/kinds';
import type { AmountUnit } from './tables/profiles';
import type { LocalizedText } from './i18n/lang';
import type { Scheme } from './catalog/types';

export type Severity = 'error' | 'warning' | 'info';


export interface Finding {
  rule: string;
  severity: Severity;
  /** Worksheet name exactly as in the workbook; null for a workbook-level finding. */
  sheet: string | null;
  /** A1 addresses on that sheet, most specific first. */
  cells: string[];
  message: LocalizedText;
  expected?: number;
  actual?: number;
  /** For a comparison between tables: the cells of the other side (their sheet may differ). */
  related?: { sheet: string; cells: string[] }[];
}

export interface TableSummary {
  kind: TableKind;
  sheet: string;
  title: string;
  unit: AmountUnit | null;
  /** The table's area on its sheet, e.g. "A1:M20". */
  range: string;
  /** Every classification row and the code it was mapped to (one entry per classification on the row). */
  rows?: RowMappingSummary[];
  /** Which checks ran on the table (cells compared) and which did not, and why. */
  checks?: CheckCoverage;
}

/** The coverage of a table (or of the workbook): docs/CONTRACT.md `tables[].checks`. */
export interface CheckCoverage {
  /** `note`: how far the structure behind the check could be confirmed, when worth saying (too few rows: taken from the template). */
  ran: { rule: string; cells: number; note?: LocalizedText }[];
  skipped: { rule: string; reason: LocalizedText }[];
}

/** One row's classification code, as reported (`--format json` → tables[].rows). */
export interface RowMappingSummary {
  /** 1-based sheet row. */
  row: number;
  /** fn 支出功能分类, econ 部门预算经济分类, gov 政府预算经济分类. */
  scheme: Scheme;
  code: string | null;
  level: 'class' | 'kind' | 'item' | null;
  /** The catalog's name for the code, null when the code is not in the catalog. */
  name: string | null;
  /** code: read from the row; name / former-name: found by the row's name; number: a summary line's number; none: not mapped. */
  matched: 'code' | 'name' | 'former-name' | 'number' | 'none';
}

export interface WorkbookReport {
  profile: string;
  /** True when the profile was picked by `auto`. */
  profileAuto: boolean;
  tables: TableSummary[];
  missingTables: TableKind[];
  findings: Finding[];
  /** 行政单位 / 事业单位 as used by the economic correspondence, and why. */
  unitType?: { type: 'admin' | 'institution' | null; overridden: boolean; evidence: LocalizedText };
  /** The workbook-level checks (missing tables, the narrative): which ran and which did not. */
  checks?: CheckCoverage;
  /** Which catalog the codes were checked against. */
  catalog?: { origin: 'builtin' | 'imported'; fn: LocalizedText; econ: LocalizedText; gov: LocalizedText };
}

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

const SEV_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable order: workbook-level first, then by sheet order given, then row/col of the first cell, then severity. */
export function sortFindings(findings: Finding[], sheetOrder: string[]): Finding[] {
  const idx = new Map(sheetOrder.map((s, i) => [s, i]));
  const key = (a1: string | undefined): [number, number] => {
    const m = a1 ? /^([A-Z]+)(\d+)$/.exec(a1) : null;
    if (!m) return [0, 0];
    let col = 0;
    for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
    return [Number(m[2]), col];
  };
  // each finding's sort key once (tens of thousands of findings: not a cell parse per comparison)
  const keyed = findings.map((f) => {
    const [row, col] = key(f.cells[0]);
    return { f, sheet: f.sheet === null ? -1 : idx.get(f.sheet) ?? 1e9, row, col, sev: SEV_ORDER[f.severity] };
  });
  keyed.sort((a, b) => a.sheet - b.sheet || a.row - b.row || a.col - b.col || a.sev - b.sev);
  return keyed.map((k) => k.f);
}
