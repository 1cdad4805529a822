/**
 * The engine's entry point: recognise the tables of a workbook, pick the profile, run the rules.
 */
import { sortFindings, type Finding, type WorkbookReport } from './findings';
import { rangeToA1 } from './model/address';
import type { WorkbookData } from './model/workbook';
import { recognizeWorkbook } from './recognize';
import { RULES, type Rule } from './rules';
import type { RecognizedTable } from './tables/model';
import { findProfile, PROFILES, type ProfileDef } from './tables/profiles';
import { builtinCatalog, withImported } from './catalog/catalog';
import { inferUnitType, mapTable, type MappedRow, type UnitTypeInfo } from './catalog/mapping';
import type { ImportedCatalog, UnitType } from './catalog/types';

export interface CheckOptions {
  /** A profile id of PROFILES, or 'auto' (default). */
  profile?: string;
  /** Run only these rules (ids); all when omitted. */
  rules?: string[];
  /** An imported catalog; it replaces the built-in one for each classification it holds. */
  catalog?: ImportedCatalog | null;
  /** 行政单位 / 事业单位; inferred from the tables when 'auto' or omitted. */
  unitType?: UnitType | 'auto';
}

export interface CheckResult extends WorkbookReport {
  /** The recognised tables with their full model (for hosts and the task pane). */
  recognized: RecognizedTable[];
  /** Each recognised table's classification rows (same order as `recognized`). */
  mappings: MappedRow[][];
}

/** The profile that best explains the tables found (DOMAIN.md §1 `auto`). */
export function pickProfile(tables: RecognizedTable[]): ProfileDef {
  const found = new Set(tables.map((t) => t.kind));
  const units = tables.map((t) => t.unit).filter((u) => u !== null);
  const yuan = units.filter((u) => u === '元').length > units.length / 2;
  const levels = tables.map((t) => t.level).filter((l) => l !== null);
  const dept = levels.filter((l) => l === 'dept').length;
  const unit = levels.filter((l) => l === 'unit').length;
  const hierarchical = tables.some((t) => t.parts.some((p) => p.rowIdentities.some((id) => id.reason === 'subtotal')));
  let best = PROFILES[0];
  let bestScore = -Infinity;
  for (const p of PROFILES) {
    const kinds = new Set(p.kinds);
    let matched = 0;
    for (const k of found) if (kinds.has(k)) matched++;
    const extra = found.size - matched;
    const missing = p.kinds.length - matched;
    let score = matched * 10 - missing * 3 - extra * 3;
    if ((p.unit === '元') === yuan) score += 4;
    if (p.hierarchicalCodes === hierarchical) score += 1;
    if (p.level === 'dept' && dept > unit) score += 2;
    if (p.level === 'unit' && unit > dept) score += 2;
    if (score > bestScore) {
      best = p;
      bestScore = score;
    }
  }
  return best;
}

export function checkWorkbook(wb: WorkbookData, options: CheckOptions = {}): CheckResult {
  const tables = recognizeWorkbook(wb);
  const requested = options.profile && options.profile !== 'auto' ? findProfile(options.profile) : undefined;
  if (options.profile && options.profile !== 'auto' && !requested) throw new Error(`unknown profile: ${options.profile}`);
  const profile = requested ?? pickProfile(tables);
  const findings: Finding[] = [];
  const catalog = withImported(builtinCatalog(), options.catalog);
  const sheets = new Map(wb.sheets.map((s) => [s.name, s]));
  const mappings = new Map<RecognizedTable, MappedRow[]>();
  for (const t of tables) mappings.set(t, mapTable(t, catalog, sheets.get(t.sheet)!));
  const inferred = inferUnitType(tables, mappings);
  const unitType: UnitTypeInfo =
    options.unitType && options.unitType !== 'auto'
      ? {
          type: options.unitType,
          overridden: true,
          evidence: { 'zh-CN': '在设置中指定', en: 'set in the settings' },
        }
      : inferred;
  const rules: Rule[] = options.rules ? RULES.filter((r) => options.rules!.includes(r.id)) : RULES;
  for (const rule of rules) {
    const relevant = rule.kinds === 'any' || rule.kinds === 'workbook' ? tables : tables.filter((t) => (rule.kinds as string[]).includes(t.kind));
    if (rule.kinds !== 'workbook' && rule.kinds !== 'any' && relevant.length === 0) continue;
    rule.check({
      workbook: wb,
      tables,
      relevant,
      profile,
      catalog,
      mapping: (t) => mappings.get(t) ?? [],
      unitType,
      report: (f) => findings.push(f),
    });
  }
  const found = new Set(tables.map((t) => t.kind));
  return {
    profile: profile.id,
    profileAuto: !requested,
    tables: tables.map((t) => ({
      kind: t.kind,
      sheet: t.sheet,
      title: t.title,
      unit: t.unit,
      range: rangeToA1({ top: t.top, left: t.left, bottom: t.bottom, right: t.right }),
      rows: (mappings.get(t) ?? []).flatMap((m) =>
        m.codes.map((c) => ({ row: m.row + 1, scheme: c.scheme, code: c.code, level: c.level, name: c.name, matched: c.matched })),
      ),
    })),
    missingTables: profile.kinds.filter((k) => !found.has(k)),
    findings: sortFindings(findings, wb.sheets.map((s) => s.name)),
    recognized: tables,
    mappings: tables.map((t) => mappings.get(t) ?? []),
    unitType,
    catalog: { origin: catalog.origin, ...catalog.labels },
  };
}
