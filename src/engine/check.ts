/**
 * The engine's entry point: analyse the workbook once (../analysis), run the rules over the analysis
 * (./rules/runner.ts), and report in the shape of docs/CONTRACT.md.
 */
import { analyze, type AnalysisOptions } from './analysis';
import type { MappedRow } from './catalog/mapping';
import { sortFindings, type WorkbookReport } from './findings';
import { rangeToA1 } from './model/address';
import type { WorkbookData } from './model/workbook';
import { RULES } from './registry';
import { runRules } from './rules/runner';
import type { RecognizedTable } from './tables/model';

export interface CheckOptions extends AnalysisOptions {
  /** Run only these rules (ids); all when omitted. */
  rules?: string[];
}

export interface CheckResult extends WorkbookReport {
  /** The recognised tables with their full model (for hosts and the task pane). */
  recognized: RecognizedTable[];
  /** Each recognised table's classification rows (same order as `recognized`). */
  mappings: MappedRow[][];
}

export function checkWorkbook(wb: WorkbookData, options: CheckOptions = {}): CheckResult {
  const a = analyze(wb, options);
  const rules = options.rules ? RULES.filter((r) => options.rules!.includes(r.id)) : RULES;
  const { findings, coverage, workbookCoverage } = runRules(a, rules);
  return {
    profile: a.profile.id,
    profileAuto: a.profileAuto,
    tables: a.tables.map((t, i) => ({
      kind: t.kind,
      sheet: t.sheet,
      title: t.title,
      unit: t.unit,
      range: rangeToA1({ top: t.top, left: t.left, bottom: t.bottom, right: t.right }),
      rows: reportRows(a.mapping(t)),
      checks: coverage[i],
    })),
    missingTables: a.missingTables,
    findings: sortFindings(findings, a.sheetNames),
    recognized: a.tables,
    mappings: a.tables.map((t) => a.mapping(t)),
    checks: workbookCoverage,
    unitType: a.unitType,
    catalog: { origin: a.catalog.origin, ...a.catalog.labels },
  };
}

/** A table's classification rows as the report lists them (a loop: a large department has tens of thousands). */
function reportRows(mapping: MappedRow[]): WorkbookReport['tables'][number]['rows'] {
  const rows: WorkbookReport['tables'][number]['rows'] = [];
  for (const m of mapping) for (const c of m.codes) rows.push({ row: m.row + 1, scheme: c.scheme, code: c.code, level: c.level, name: c.name, matched: c.matched });
  return rows;
}

/** The report alone (docs/CONTRACT.md), without the tables' full model: what is sent between threads when only the report is written. */
export function reportOf(result: CheckResult | WorkbookReport): WorkbookReport {
  const { profile, profileAuto, tables, missingTables, findings, checks, unitType, catalog } = result;
  return { profile, profileAuto, tables, missingTables, findings, checks, unitType, catalog };
}
