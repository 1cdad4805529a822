/**
 * Questions a host asks about a check's result (the task pane: the codes of the selected row, the
 * year and unit name for new templates, the findings by sheet). Pure: no DOM, no Office, no Node.
 */
import type { MappedCode } from './catalog/mapping';
import type { CheckResult } from './check';
import type { CheckCoverage, Finding, WorkbookReport } from './findings';
import type { Lang } from './i18n/lang';
import { parseA1 } from './model/address';

/**
 * A report with the recognised tables and their row mappings when the check that made it gave
 * them (checkWorkbook does; a report read back from JSON or made by a test may not).
 */
export type CheckedReport = WorkbookReport & Partial<Pick<CheckResult, 'recognized' | 'mappings'>>;

/** One cell of a sheet (A1). */
export interface CellAddress {
  sheet: string;
  cell: string;
}

/**
 * The classification codes of the row of a cell: [] when the row has none (or the cell is outside
 * every table), null when the report has no row mappings or the address is not one cell.
 */
export function codesAt(report: CheckedReport, at: CellAddress): MappedCode[] | null {
  const { recognized, mappings } = report;
  if (!recognized || !mappings) return null;
  let row: number;
  try {
    row = parseA1(at.cell).row;
  } catch {
    return null;
  }
  for (let i = 0; i < recognized.length; i++) {
    const t = recognized[i];
    if (t.sheet !== at.sheet || row < t.top || row > t.bottom) continue;
    const m = mappings[i]?.find((x) => x.row === row);
    if (m) return m.codes;
  }
  return [];
}

/** The first four-digit year in a table title (the budget year), null when no title has one. */
export function yearOf(report: WorkbookReport): number | null {
  const m = report.tables.map((x) => /(\d{4})/.exec(x.title)?.[1]).find(Boolean);
  return m ? Number(m) : null;
}

/** The first unit or department name a table states (单位名称), null when none does or the report has no tables model. */
export function entityNameOf(report: CheckedReport): string | null {
  return report.recognized?.find((x) => x.entityName)?.entityName ?? null;
}

/** Findings grouped by sheet in the order they come ('' holds the workbook-level ones). */
export function findingsBySheet(findings: readonly Finding[]): [string, Finding[]][] {
  const m = new Map<string, Finding[]>();
  for (const f of findings) {
    const k = f.sheet ?? '';
    const list = m.get(k);
    if (list) list.push(f);
    else m.set(k, [f]);
  }
  return [...m.entries()];
}

/** The sum checks of a table when none of them ran (a table nobody added up), else null. */
export function unsummed(c: CheckCoverage): CheckCoverage['skipped'] | null {
  if (c.ran.some((x) => SUM_RULES.has(x.rule))) return null;
  const skipped = c.skipped.filter((x) => SUM_RULES.has(x.rule));
  return skipped.length ? skipped : null;
}

/** Skip reasons, each once: "reason" when all agree, else "rule, rule: reason; rule: reason". */
export function reasonsText(skipped: CheckCoverage['skipped'], lang: Lang): string {
  const by = new Map<string, string[]>();
  for (const s of skipped) by.set(s.reason[lang], [...(by.get(s.reason[lang]) ?? []), s.rule]);
  if (by.size === 1) return [...by.keys()][0];
  return [...by].map(([reason, rules]) => `${rules.join(', ')}${lang === 'en' ? ': ' : '：'}${reason}`).join(lang === 'en' ? '; ' : '；');
}

/** The rules that add figures up within a table. */
const SUM_RULES = new Set(['row-sum', 'column-sum', 'balance', 'form-sum']);
