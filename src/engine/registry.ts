/**
 * The rule registry: every rule, in the order they run. A new rule is a module in its family's
 * folder under rules/ (table/, code/, cross/, presentation/, narrative/) and a line here; check.ts runs them
 * through rules/runner.ts.
 */
import type { Finding } from './findings';
import type { LocalizedText } from './i18n/lang';
import { codeDuplicate } from './rules/code/code-duplicate';
import { codeInvalid } from './rules/code/code-invalid';
import { codeMissing } from './rules/code/code-missing';
import { codeName } from './rules/code/code-name';
import { codeUnknown } from './rules/code/code-unknown';
import { econColumn } from './rules/code/econ-column';
import { econCorrespondence } from './rules/code/econ-correspondence';
import { outdatedName } from './rules/code/outdated-name';
import { basicExpenditureLinks } from './rules/cross/basic-expenditure-links';
import { economicSummaryLinks } from './rules/cross/economic-summary-links';
import { fiscalSummaryLinks } from './rules/cross/fiscal-summary-links';
import { generalBudgetExpenditure } from './rules/cross/general-budget-expenditure';
import { overallPerformanceLinks } from './rules/cross/overall-performance-links';
import { projectsLinks } from './rules/cross/projects-links';
import { revenueExpenditure } from './rules/cross/revenue-expenditure';
import { summaryExpenditure } from './rules/cross/summary-expenditure';
import { summaryRevenue } from './rules/cross/summary-revenue';
import { threePublicLinks } from './rules/cross/three-public-links';
import { narrativeChange } from './rules/narrative/narrative-change';
import { narrativeConsistency } from './rules/narrative/narrative-consistency';
import { narrativeShare } from './rules/narrative/narrative-share';
import { narrativeSum } from './rules/narrative/narrative-sum';
import { narrativeTables } from './rules/narrative/narrative-tables';
import { narrativeTemplate } from './rules/narrative/narrative-template';
import { emptyTableNote } from './rules/presentation/empty-table-note';
import { mergeOverlap } from './rules/presentation/merge-overlap';
import { missingTable } from './rules/presentation/missing-table';
import { placeholder } from './rules/presentation/placeholder';
import { titleYear } from './rules/presentation/title-year';
import { totalRow } from './rules/presentation/total-row';
import { unitLine } from './rules/presentation/unit-line';
import { balance } from './rules/table/balance';
import { cellError } from './rules/table/cell-error';
import { columnSum } from './rules/table/column-sum';
import { formSum } from './rules/table/form-sum';
import { formulaUncalculated } from './rules/table/formula-uncalculated';
import { numberAsText } from './rules/table/number-as-text';
import { rowSum } from './rules/table/row-sum';
import { textInNumber } from './rules/table/text-in-number';
import type { AnyRule } from './rules/types';

export const RULES: readonly AnyRule[] = [
  missingTable,
  rowSum,
  columnSum,
  balance,
  cellError,
  textInNumber,
  numberAsText,
  formulaUncalculated,
  formSum,
  codeInvalid,
  codeUnknown,
  codeName,
  outdatedName,
  econCorrespondence,
  econColumn,
  codeMissing,
  codeDuplicate,
  summaryRevenue,
  summaryExpenditure,
  revenueExpenditure,
  fiscalSummaryLinks,
  generalBudgetExpenditure,
  basicExpenditureLinks,
  economicSummaryLinks,
  threePublicLinks,
  projectsLinks,
  overallPerformanceLinks,
  emptyTableNote,
  placeholder,
  titleYear,
  unitLine,
  totalRow,
  mergeOverlap,
  narrativeSum,
  narrativeConsistency,
  narrativeShare,
  narrativeChange,
  narrativeTemplate,
  narrativeTables,
];

/** What each rule that has a finding checks (its description), by rule id: the rule filter of the pane and the checker page. */
export function ruleDescriptions(findings: readonly Finding[]): Record<string, LocalizedText> {
  const found = new Set(findings.map((f) => f.rule));
  return Object.fromEntries(RULES.filter((r) => found.has(r.id)).map((r) => [r.id, r.description]));
}
