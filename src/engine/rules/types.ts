/**
 * A rule is a module, the way ESLint structures its rules: an id, a severity, a description,
 * the table kinds it needs, and a check over the recognised tables.
 */
import type { Finding, Severity } from '../findings';
import type { LocalizedText } from '../i18n/lang';
import type { WorkbookData } from '../model/workbook';
import type { TableKind } from '../tables/kinds';
import type { RecognizedTable } from '../tables/model';
import type { ProfileDef } from '../tables/profiles';
import type { Catalog } from '../catalog/types';
import type { MappedRow, UnitTypeInfo } from '../catalog/mapping';

export interface RuleContext {
  workbook: WorkbookData;
  /** All recognised tables, in sheet order. */
  tables: RecognizedTable[];
  /** The tables of the kinds this rule declared (all tables for 'any'). */
  relevant: RecognizedTable[];
  profile: ProfileDef;
  /** The classification catalog in use (built-in, or imported where the user imported one). */
  catalog: Catalog;
  /** The classification rows of a table and their codes (empty for tables without classification). */
  mapping(t: RecognizedTable): MappedRow[];
  /** 行政 / 事业 (for the economic correspondence). */
  unitType: UnitTypeInfo;
  report(f: Finding): void;
}

export interface Rule {
  id: string;
  /** The most severe level the rule reports (some findings may be milder, e.g. rounding → info). */
  severity: Severity;
  description: LocalizedText;
  /** The kinds of table the rule reads; 'any' for every table, 'workbook' for workbook-level checks. */
  kinds: TableKind[] | 'any' | 'workbook';
  check(ctx: RuleContext): void;
}
