/**
 * The rule registry. A new rule is a module here; check.ts runs them all.
 */
import { balance } from './balance';
import { basicExpenditureLinks } from './basic-expenditure-links';
import { economicSummaryLinks } from './economic-summary-links';
import { emptyTableNote } from './empty-table-note';
import { fiscalSummaryLinks } from './fiscal-summary-links';
import { generalBudgetExpenditure } from './general-budget-expenditure';
import { overallPerformanceLinks } from './overall-performance-links';
import { placeholder } from './placeholder';
import { projectsLinks } from './projects-links';
import { revenueExpenditure } from './revenue-expenditure';
import { summaryExpenditure } from './summary-expenditure';
import { summaryRevenue } from './summary-revenue';
import { threePublicLinks } from './three-public-links';
import { titleYear } from './title-year';
import { totalRow } from './total-row';
import { unitLine } from './unit-line';
import { cellError, numberAsText, textInNumber } from './cell-values';
import { codeDuplicate } from './code-duplicate';
import { codeInvalid } from './code-invalid';
import { codeMissing } from './code-missing';
import { codeName } from './code-name';
import { codeUnknown } from './code-unknown';
import { columnSum } from './column-sum';
import { econColumn } from './econ-column';
import { econCorrespondence } from './econ-correspondence';
import { formSum } from './form-sum';
import { missingTable } from './missing-table';
import { NARRATIVE_RULES } from './narrative';
import { outdatedName } from './outdated-name';
import { rowSum } from './row-sum';
import type { Rule } from './types';

export const RULES: Rule[] = [
  missingTable,
  rowSum,
  columnSum,
  balance,
  cellError,
  textInNumber,
  numberAsText,
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
  ...NARRATIVE_RULES,
];

export type { Rule, RuleContext } from './types';
