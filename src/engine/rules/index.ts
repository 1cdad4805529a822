/**
 * The rule registry. A new rule is a module here; check.ts runs them all.
 */
import { balance } from './balance';
import { cellError, numberAsText, textInNumber } from './cell-values';
import { columnSum } from './column-sum';
import { formSum } from './form-sum';
import { missingTable } from './missing-table';
import { rowSum } from './row-sum';
import type { Rule } from './types';

export const RULES: Rule[] = [missingTable, rowSum, columnSum, balance, cellError, textInNumber, numberAsText, formSum];

export type { Rule, RuleContext } from './types';
