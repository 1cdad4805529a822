/**
 * A rule is a module, the way ESLint structures its rules: an id, a severity, a description, what
 * it needs (table kinds, the narrative), the messages it can report (by id, with named
 * parameters), and a check over the analysis. The runner (./runner.ts) stamps the rule's id on each
 * finding, hands the rule exactly what it declared, and records which checks ran on which tables.
 */
import type { MappedRow, UnitTypeInfo } from '../catalog/mapping';
import type { TableFacts } from '../analysis/table-facts';
import type { Catalog } from '../catalog/types';
import type { RangeRect } from '../model/address';
import type { Finding, Severity } from '../findings';
import type { LocalizedText } from '../i18n/lang';
import type { NarrativeDoc } from '../narrative';
import type { TableKind } from '../tables/kinds';
import type { RecognizedTable } from '../tables/model';
import type { ProfileDef } from '../tables/profiles';
import type { Comparison } from '../tolerance';

/** A rule's messages: each id a function of named parameters giving the text in both languages. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type MessageSet = Record<string, (data: any) => LocalizedText>;

/** One message of a rule, with its parameters. */
export type MessageOf<M extends MessageSet> = { [K in keyof M & string]: { messageId: K; data: Parameters<M[K]>[0] } }[keyof M & string];

/** What a rule reports: the runner adds the rule id and words the message. */
export type Report<M extends MessageSet> = MessageOf<M> & {
  /** The rule's severity unless given (a rounding difference is info, a one-sided pair a warning …). */
  severity?: Severity;
  /** Worksheet name; null for a workbook-level finding. */
  sheet: string | null;
  /** A1 addresses on that sheet, most specific first. */
  cells: string[];
  expected?: number;
  actual?: number;
  related?: Finding['related'];
};

/**
 * What the rule reads. `tables`: the kinds it checks ('any' every table; 'workbook' the workbook as
 * a whole): the runner skips the rule when none is present and records its coverage on each of
 * them. `reads`: other kinds it only consults (whether all money is 一般公共预算 …). `narrative`: the
 * 预算说明.
 */
export interface Needs {
  tables: TableKind[] | 'any' | 'workbook';
  reads?: TableKind[];
  /** The kinds of `tables` are compared with one another: when one is missing, the others record that as why the rule did not run. */
  together?: boolean;
  narrative?: boolean;
}

export interface RuleContext<M extends MessageSet = MessageSet> {
  /** The recognised tables of the kinds the rule needs (every table for 'any' and 'workbook'), in sheet order. */
  tables: RecognizedTable[];
  /** The first table of a kind the rule declared in `needs.tables` or `needs.reads`; asking for another kind is a programming error. */
  table(kind: TableKind): RecognizedTable | undefined;
  profile: ProfileDef;
  /** Whether the profile was picked from the tables found (not chosen in the settings or with --profile). */
  profileAuto: boolean;
  /** The tables the profile requires that the workbook lacks (none when the profile is not confirmed). */
  missingTables: TableKind[];
  /** The picked profile's tables the workbook lacks when there are too many for it to be the workbook's set. */
  unconfirmedProfileTables: TableKind[];
  /** The classification catalog in use (built-in, or imported where the user imported one). */
  catalog: Catalog;
  /** The classification rows of a table and their codes (empty for tables without classification). */
  mapping(t: RecognizedTable): MappedRow[];
  /** 行政 / 事业 (for the economic correspondence). */
  unitType: UnitTypeInfo;
  /** The facts several rules compare, each computed once per check. */
  facts: TableFacts;
  /** The narrative; only for rules that declare `needs.narrative`. */
  readonly narrative: NarrativeDoc;
  report(r: Report<M>): void;
  /**
   * Report a comparison (the rounding envelope decides): equal → nothing; within the envelope →
   * info; beyond it → the given severity (the rule's by default). `n` cells of `table` were compared
   * (coverage); `build` words the finding from the outcome. Returns the verdict.
   */
  compare(table: RecognizedTable, n: number, cmp: Comparison, build: (o: { rounding: boolean; cmp: Comparison }) => Report<M>): Comparison['verdict'];
  /** Coverage: `n` cells of `table` (null: of the workbook, for workbook-level rules) were checked by this rule. */
  checked(table: RecognizedTable | null, n: number): void;
  /** Coverage: a note on how the rule ran on `table` (too few rows to confirm the structure: taken from the template). */
  noted(table: RecognizedTable, note: LocalizedText): void;
  /** Coverage: this rule could not run on `table` (null: on the workbook), and why. */
  skipped(table: RecognizedTable | null, reason: LocalizedText): void;
  /** Per sheet, the merged areas the host left out because they overlapped another. */
  ignoredMerges: { sheet: string; ranges: RangeRect[] }[];
  /** True the first time a key is asked for in this check (across rules): one finding for what many comparisons would repeat. */
  once(key: string): boolean;
  /** True when nothing has been filled in (no figure, no unit or department name): a blank template. */
  blankWorkbook: boolean;
}

export interface Rule<M extends MessageSet = MessageSet> {
  id: string;
  /** The most severe level the rule reports (some findings may be milder, e.g. rounding → info). */
  severity: Severity;
  description: LocalizedText;
  needs: Needs;
  /** Every message the rule can report, by id. */
  messages: M;
  check(ctx: RuleContext<M>): void;
}

/** Declare a rule with its messages' parameter types inferred. */
export function defineRule<M extends MessageSet>(rule: Rule<M>): Rule<M> {
  return rule;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any>;
