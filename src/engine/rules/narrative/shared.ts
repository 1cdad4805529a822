/**
 * Shared by the narrative rules: the narrative is read once per check and kept with the tables.
 */
import { readNarrative, type Amount, type NarrativeDoc } from '../../narrative';
import { toA1 } from '../../model/address';
import type { RecognizedTable } from '../../tables/model';
import type { RuleContext } from '../types';

const CACHE = new WeakMap<RecognizedTable[], NarrativeDoc>();

export function narrativeOf(ctx: RuleContext): NarrativeDoc {
  let d = CACHE.get(ctx.tables);
  if (!d) {
    d = readNarrative(ctx.workbook, ctx.tables);
    CACHE.set(ctx.tables, d);
  }
  return d;
}

export function cellOf(a: Amount): string {
  return toA1(a.para.row, a.para.col);
}

/** A short quote of the paragraph around a position. */
export function quote(text: string, at = 0, span = 40): string {
  const from = Math.max(0, at - 10);
  const s = text.slice(from, from + span);
  return `${from > 0 ? '…' : ''}${s}${from + span < text.length ? '…' : ''}`;
}

export const fig = (a: Amount) => ({ value: a.value, step: a.step });
