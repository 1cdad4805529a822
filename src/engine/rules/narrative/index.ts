/**
 * The narrative (预算说明) rules: registered with the others in ../index.ts.
 */
import type { Rule } from '../types';

export const NARRATIVE_RULES: Rule[] = [];
