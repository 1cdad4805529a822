/**
 * The rule runner: gives each rule exactly the tables (and narrative) it declares it needs, stamps
 * the rule's id on each finding and words its message, and records per table which rules checked
 * how many cells and which could not run, and why (the coverage).
 */
import type { Analysis } from '../analysis';
import type { CheckCoverage, Finding, Severity } from '../findings';
import { kindName } from '../i18n/labels';
import type { LocalizedText } from '../i18n/lang';
import type { TableKind } from '../tables/kinds';
import type { RecognizedTable } from '../tables/model';
import type { AnyRule, Report, RuleContext } from './types';

/** Which rules ran on a table (cells compared) and which did not (why). */
export type TableCoverage = CheckCoverage;

export interface RunResult {
  findings: Finding[];
  /** Per recognised table (same order as analysis.tables). */
  coverage: TableCoverage[];
  /** The workbook-level rules (missing tables, the narrative). */
  workbookCoverage: TableCoverage;
}

const NOTHING_TO_CHECK: LocalizedText = { 'zh-CN': '表中没有此项校验适用的内容', en: 'nothing in this table that this check applies to' };

/** Why a rule between tables did not run: the tables it compares with are missing. */
function missingOthers(kinds: TableKind[]): LocalizedText {
  return {
    'zh-CN': `需要对照的表缺失：${kinds.map((k) => kindName(k, 'zh-CN')).join('、')}`,
    en: `the table(s) to compare with are missing: ${kinds.map((k) => kindName(k, 'en')).join(', ')}`,
  };
}

function neededTables(a: Analysis, rule: AnyRule): RecognizedTable[] {
  const kinds = rule.needs.tables;
  if (kinds === 'any' || kinds === 'workbook') return a.tables;
  return a.tables.filter((t) => kinds.includes(t.kind));
}

export function runRules(a: Analysis, rules: readonly AnyRule[]): RunResult {
  const findings: Finding[] = [];
  const coverage: TableCoverage[] = a.tables.map(() => ({ ran: [], skipped: [] }));
  const workbookCoverage: TableCoverage = { ran: [], skipped: [] };
  const said = new Set<string>();
  const index = new Map(a.tables.map((t, i) => [t, i]));
  for (const rule of rules) {
    const tables = neededTables(a, rule);
    const perTable = rule.needs.tables !== 'workbook';
    if (perTable && tables.length === 0) continue;
    const cells = new Map<RecognizedTable | null, number>();
    const skips = new Map<RecognizedTable | null, LocalizedText>();
    const notes = new Map<RecognizedTable, LocalizedText>();
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
    const declared = rule.needs.tables === 'any' || rule.needs.tables === 'workbook' ? null : new Set<TableKind>([...rule.needs.tables, ...(rule.needs.reads ?? [])]);
    const ctx: RuleContext = {
      tables,
      table(kind) {
        if (declared && !declared.has(kind)) throw new Error(`rule ${rule.id} reads a ${kind} table it does not declare in needs.tables or needs.reads`);
        return a.tables.find((t) => t.kind === kind);
      },
      profile: a.profile,
      profileAuto: a.profileAuto,
      blankWorkbook: a.blank,
      ignoredMerges: a.ignoredMerges,
      once(key) {
        if (said.has(key)) return false;
        said.add(key);
        return true;
      },
      missingTables: a.missingTables,
      unconfirmedProfileTables: a.unconfirmedProfileTables,
      catalog: a.catalog,
      mapping: a.mapping,
      unitType: a.unitType,
      facts: a.facts,
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
      noted(table, note) {
        if (!notes.has(table)) notes.set(table, note);
      },
      skipped(table, reason) {
        if (!skips.has(table)) skips.set(table, reason);
      },
    };
    rule.check(ctx);
    if (!perTable) {
      const n = cells.get(null) ?? 0;
      if (n > 0) workbookCoverage.ran.push({ rule: rule.id, cells: n });
      else workbookCoverage.skipped.push({ rule: rule.id, reason: skips.get(null) ?? NOTHING_TO_CHECK });
      continue;
    }
    const present = new Set(a.tables.map((t) => t.kind));
    const absent = Array.isArray(rule.needs.tables) ? rule.needs.tables.filter((k) => !present.has(k)) : [];
    for (const t of tables) {
      const cov = coverage[index.get(t)!];
      const n = cells.get(t) ?? 0;
      const note = notes.get(t);
      if (n > 0) cov.ran.push(note ? { rule: rule.id, cells: n, note } : { rule: rule.id, cells: n });
      else cov.skipped.push({ rule: rule.id, reason: skips.get(t) ?? (absent.length && rule.needs.together ? missingOthers(absent) : NOTHING_TO_CHECK) });
    }
  }
  return { findings, coverage, workbookCoverage };
}
