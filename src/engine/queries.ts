/**
 * Questions a host asks about a check's result (the task pane: the codes of the selected row, the
 * year and unit name for new templates, the findings by sheet). Pure: no DOM, no Office, no Node.
 */
import type { MappedCode } from './catalog/mapping';
import type { CheckResult } from './check';
import type { CheckCoverage, Finding, WorkbookReport } from './findings';
import type { Lang } from './i18n/lang';
import { parseA1 } from './model/address';
import { drain, type Steps } from './steps';
import type { TableKind } from './tables/kinds';
import { findProfile } from './tables/profiles';

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

/**
 * The profile's tables the workbook does not have, to offer for insertion: the missing tables, and
 * also those of an automatically picked profile that the tables found did not confirm (not claimed
 * missing in the report, but still what that template has).
 */
export function tablesToOffer(report: WorkbookReport): TableKind[] {
  const found = new Set(report.tables.map((t) => t.kind));
  return (findProfile(report.profile)?.kinds ?? report.missingTables).filter((k) => !found.has(k));
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

const SEVERITY_ORDER: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2 };

/** A line of the findings list: one finding, or several of one rule with the same message shape. */
export interface FindingGroup {
  rule: string;
  severity: Finding['severity'];
  /** The message with its figures, codes and quoted names replaced by "…" (what the grouped findings share). */
  shape: string;
  findings: Finding[];
}

/** A message's shape: the words it is made of, without the figures, codes and names that vary. */
export function messageShape(message: string): string {
  return message
    .replace(/[「“"][^」”"]*[」”"]/g, '「…」')
    .replace(/\d[\d,.]*(%|万元|元)?/g, '#')
    .replace(/[A-Z]{1,3}#/g, '#');
}

/**
 * The findings as a user works through them: by severity, then sheet (workbook order), then cell,
 * workbook-level findings (missing tables) last in their severity; findings of one rule whose
 * messages have the same shape are one group when there are at least `groupFrom` of them
 * (thousands of "code not in the catalog" lines become one line with a count), missing tables from two.
 */
export function findingGroups(findings: Finding[], sheetOrder: string[], lang: Lang, groupFrom = 3): FindingGroup[] {
  return drain(findingGroupSteps(findings, sheetOrder, lang, groupFrom));
}

/** Findings placed between two places where the work may pause. */
const FINDINGS_PER_STEP = 100;

/** findingGroups in steps (the task pane arranges a long list in slices). */
export function* findingGroupSteps(findings: Finding[], sheetOrder: string[], lang: Lang, groupFrom = 3): Steps<FindingGroup[]> {
  const sheetIdx = new Map(sheetOrder.map((s, i) => [s, i]));
  const pos = (f: Finding): [number, number, number] => {
    // workbook-level findings (missing tables) after the cells: the cell findings are what to fix first
    const sheet = f.sheet === null ? sheetOrder.length + 1 : (sheetIdx.get(f.sheet) ?? sheetOrder.length);
    try {
      const a = f.cells[0] ? parseA1(f.cells[0]) : { row: -1, col: -1 };
      return [sheet, a.row, a.col];
    } catch {
      return [sheet, -1, -1];
    }
  };
  // each finding's place computed once (not in every comparison of the sort)
  const keyed: { f: Finding; p: [number, number, number]; s: number }[] = [];
  for (const f of findings) {
    keyed.push({ f, p: pos(f), s: SEVERITY_ORDER[f.severity] });
    if (keyed.length % FINDINGS_PER_STEP === 0) yield;
  }
  keyed.sort((a, b) => a.s - b.s || a.p[0] - b.p[0] || a.p[1] - b.p[1] || a.p[2] - b.p[2]);
  yield;
  const byShape = new Map<string, FindingGroup>();
  const order: FindingGroup[] = [];
  let n = 0;
  for (const { f } of keyed) {
    if (++n % FINDINGS_PER_STEP === 0) yield;
    const shape = messageShape(f.message[lang]);
    const key = `${f.severity}|${f.rule}|${shape}`;
    let g = byShape.get(key);
    if (!g) {
      g = { rule: f.rule, severity: f.severity, shape, findings: [] };
      byShape.set(key, g);
      order.push(g);
    }
    g.findings.push(f);
  }
  // small groups stay as their findings, in place
  const byRule = new Map<string, FindingGroup>();
  const out: FindingGroup[] = [];
  for (const g of order) {
    // the missing tables: one line whatever their names
    if (g.rule === 'missing-table') {
      const m = byRule.get(g.rule);
      if (m) {
        m.findings.push(...g.findings);
        continue;
      }
      byRule.set(g.rule, g);
    }
    out.push(g);
  }
  return out.flatMap((g) => (g.findings.length >= (g.rule === 'missing-table' ? 2 : groupFrom) ? [g] : g.findings.map((f) => ({ ...g, findings: [f] }))));
}
