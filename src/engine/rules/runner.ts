/**
 * The rule runner: gives each rule exactly the tables (and narrative) it declares it needs, stamps
 * the rule's id on each finding and words its message, and records per table which rules checked
 * how many cells and which could not run, and why (the coverage).
 */
import type { Analysis } from '../analysis';
import type { Finding, Severity } from '../findings';
import type { LocalizedText } from '../i18n/lang';
import type { TableKind } from '../tables/kinds';
import type { RecognizedTable } from '../tables/model';
import type { AnyRule, Report, RuleContext } from './types';

/** Which rules ran on a table (cells compared) and which did not (why). */
export interface TableCoverage {
  ran: { rule: string; cells: number }[];
  skipped: { rule: string; reason: LocalizedText }[];
}

export interface RunResult {
  findings: Finding[];
  /** Per recognised table (same order as analysis.tables). */
  coverage: TableCoverage[];
}

const NOTHING_TO_CHECK: LocalizedText = { 'zh-CN': '表中没有此项校验适用的内容', en: 'nothing in this table that this check applies to' };

function neededTables(a: Analysis, rule: AnyRule): RecognizedTable[] {
  const kinds = rule.needs.tables;
  if (kinds === 'any' || kinds === 'workbook') return a.tables;
  return a.tables.filter((t) => kinds.includes(t.kind));
}

export function runRules(a: Analysis, rules: readonly AnyRule[]): RunResult {
  const findings: Finding[] = [];
  const coverage: TableCoverage[] = a.tables.map(() => ({ ran: [], skipped: [] }));
  const index = new Map(a.tables.map((t, i) => [t, i]));
  for (const rule of rules) {
    const tables = neededTables(a, rule);
    const perTable = rule.needs.tables !== 'workbook';
    if (perTable && tables.length === 0) continue;
    const cells = new Map<RecognizedTable, number>();
    const skips = new Map<RecognizedTable, LocalizedText>();
    const report = (r: Report<Record<string, never>>): void => {
      const f: Finding = {
        rule: rule.id,
        severity: r.severity ?? rule.severity,
        sheet: r.sheet,
        cells: r.cells,
        message: rule.messages[r.messageId](r.data),
      };
      if (r.expected !== undefined) f.expected = r.expected;
      if (r.actual !== undefined) f.actual = r.actual;
      if (r.related !== undefined) f.related = r.related;
      findings.push(f);
    };
    const allowed = new Set<TableKind>(tables.map((t) => t.kind));
    const ctx: RuleContext = {
      tables,
      table(kind) {
        if (rule.needs.tables !== 'any' && rule.needs.tables !== 'workbook' && !rule.needs.tables.includes(kind)) {
          throw new Error(`rule ${rule.id} reads a ${kind} table it does not declare in needs.tables`);
        }
        return allowed.has(kind) ? tables.find((t) => t.kind === kind) : undefined;
      },
      profile: a.profile,
      missingTables: a.missingTables,
      catalog: a.catalog,
      mapping: a.mapping,
      unitType: a.unitType,
      get narrative() {
        if (!rule.needs.narrative) throw new Error(`rule ${rule.id} reads the narrative without declaring needs.narrative`);
        return a.narrative;
      },
      report: report as RuleContext['report'],
      compare(table, n, cmp, build) {
        cells.set(table, (cells.get(table) ?? 0) + n);
        if (cmp.verdict === 'equal') return cmp.verdict;
        const rounding = cmp.verdict === 'rounding';
        const r = build({ rounding, cmp });
        report({ expected: cmp.expected, actual: cmp.actual, ...r, severity: rounding ? 'info' : (r.severity ?? (rule.severity as Severity)) } as Report<Record<string, never>>);
        return cmp.verdict;
      },
      checked(table, n) {
        cells.set(table, (cells.get(table) ?? 0) + n);
      },
      skipped(table, reason) {
        if (!skips.has(table)) skips.set(table, reason);
      },
    };
    rule.check(ctx);
    if (!perTable) continue;
    for (const t of tables) {
      const cov = coverage[index.get(t)!];
      const n = cells.get(t) ?? 0;
      if (n > 0) cov.ran.push({ rule: rule.id, cells: n });
      else cov.skipped.push({ rule: rule.id, reason: skips.get(t) ?? NOTHING_TO_CHECK });
    }
  }
  return { findings, coverage };
}
