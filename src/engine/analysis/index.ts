/**
 * The analysis of a workbook, computed once per check: the recognised tables, the profile that
 * explains them, the catalog in use, every classification row's code, the unit type, the narrative
 * and the tables the profile misses. Rules read the analysis (through the runner) and report; they
 * never read the raw workbook and never import one another — what two rules share is computed here
 * or in ./facts.
 */
import { builtinCatalog, withImported } from '../catalog/catalog';
import { inferUnitType, mapTable, type MappedRow, type UnitTypeInfo } from '../catalog/mapping';
import type { Catalog, ImportedCatalog, UnitType } from '../catalog/types';
import type { RangeRect } from '../model/address';
import type { WorkbookData } from '../model/workbook';
import { readNarrative, type NarrativeDoc } from '../narrative';
import { recognizeWorkbook } from '../recognize';
import { isReportSheet } from '../report-sheet';
import type { TableKind } from '../tables/kinds';
import type { RecognizedTable } from '../tables/model';
import { findProfile, PROFILES, type ProfileDef } from '../tables/profiles';
import { tableFacts, type TableFacts } from './table-facts';

export interface AnalysisOptions {
  /** A profile id of PROFILES, or 'auto' (default). */
  profile?: string;
  /** An imported catalog; it replaces the built-in one for each classification it holds. */
  catalog?: ImportedCatalog | null;
  /** 行政单位 / 事业单位; inferred from the tables when 'auto' or omitted. */
  unitType?: UnitType | 'auto';
}

export interface Analysis {
  /** The worksheets' names in workbook order (for ordering findings). */
  sheetNames: string[];
  /** All recognised tables, in sheet order. */
  tables: RecognizedTable[];
  profile: ProfileDef;
  /** True when the profile was picked by `auto`. */
  profileAuto: boolean;
  /**
   * The tables the profile requires that the workbook lacks, in the profile's order; empty when the
   * profile is not confirmed (see `unconfirmedProfileTables`).
   */
  missingTables: TableKind[];
  /**
   * A profile picked automatically is a hypothesis: when the workbook lacks more than
   * MAX_MISSING_AUTO of its tables (or all of them), the workbook is another set (another region's
   * template), and the tables it lacks are listed here instead of as missing.
   */
  unconfirmedProfileTables: TableKind[];
  /** The classification catalog in use (built-in, or imported where the user imported one). */
  catalog: Catalog;
  /** The classification rows of a table and their codes (empty for tables without classification). */
  mapping(t: RecognizedTable): MappedRow[];
  /** 行政 / 事业 (for the economic correspondence), and why. */
  unitType: UnitTypeInfo;
  /** Per sheet, the merged areas the host left out because they overlapped another. */
  ignoredMerges: { sheet: string; ranges: RangeRect[] }[];
  /** True when nothing has been filled in: no table holds a figure other than zero or names its unit or department (a blank template). */
  blank: boolean;
  /** The facts rules compare (income lines, 人员/公用经费, 三公 items, leaf codes …), each computed once. */
  facts: TableFacts;
  /** The narrative (预算说明): paragraphs outside the tables, read on first use. */
  readonly narrative: NarrativeDoc;
}

/** The profile that best explains the tables found (`auto`). */
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

/** An automatically picked profile whose workbook lacks more of its tables than this is not the workbook's set. */
export const MAX_MISSING_AUTO = 2;

export function analyze(whole: WorkbookData, options: AnalysisOptions = {}): Analysis {
  // the checker's own report sheet (exported from the pane, or in an annotated copy) is not checked
  const wb = whole.sheets.some(isReportSheet) ? { ...whole, sheets: whole.sheets.filter((s) => !isReportSheet(s)) } : whole;
  const tables = recognizeWorkbook(wb);
  const requested = options.profile && options.profile !== 'auto' ? findProfile(options.profile) : undefined;
  if (options.profile && options.profile !== 'auto' && !requested) throw new Error(`unknown profile: ${options.profile}`);
  const profile = requested ?? pickProfile(tables);
  const catalog = withImported(builtinCatalog(), options.catalog);
  const mappings = new Map<RecognizedTable, MappedRow[]>();
  for (const t of tables) mappings.set(t, mapTable(t, catalog));
  const unitType: UnitTypeInfo =
    options.unitType && options.unitType !== 'auto'
      ? { type: options.unitType, overridden: true, evidence: { 'zh-CN': '在设置中指定', en: 'set in the settings' } }
      : inferUnitType(tables, mappings);
  const found = new Set(tables.map((t) => t.kind));
  const mapping = (t: RecognizedTable) => mappings.get(t) ?? [];
  const absent = profile.kinds.filter((k) => !found.has(k));
  const profileConfirmed = !!requested || (absent.length <= MAX_MISSING_AUTO && absent.length < profile.kinds.length);
  let narrative: NarrativeDoc | undefined;
  return {
    sheetNames: whole.sheets.map((s) => s.name),
    ignoredMerges: wb.sheets.filter((s) => s.ignoredMerges?.length).map((s) => ({ sheet: s.name, ranges: s.ignoredMerges! })),
    tables,
    profile,
    profileAuto: !requested,
    missingTables: profileConfirmed ? absent : [],
    unconfirmedProfileTables: profileConfirmed ? [] : absent,
    catalog,
    mapping,
    facts: tableFacts(tables, mapping),
    unitType,
    blank: tables.length > 0 && tables.every((t) => !t.entityName && !t.hasFigures),
    get narrative() {
      narrative ??= readNarrative(wb, tables);
      return narrative;
    },
  };
}
