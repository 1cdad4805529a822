/**
 * The narrative (预算说明) rules: registered with the others in ../index.ts.
 */
import type { Rule } from '../types';
import { narrativeChange } from './narrative-change';
import { narrativeConsistency } from './narrative-consistency';
import { narrativeShare } from './narrative-share';
import { narrativeSum } from './narrative-sum';
import { narrativeTables } from './narrative-tables';
import { narrativeTemplate } from './narrative-template';

export const NARRATIVE_RULES: Rule[] = [narrativeSum, narrativeConsistency, narrativeShare, narrativeChange, narrativeTemplate, narrativeTables];
