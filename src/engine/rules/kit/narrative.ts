/**
 * The rule kit for the narrative rules: where a mention stands, a quote of its paragraph, its figure.
 */
import { toA1 } from '../../model/address';
import { SKIP_REASONS } from '../../i18n/coverage';
import type { Mention } from '../../narrative';
import type { RuleContext } from '../types';

export function cellOf(a: Mention): string {
  return toA1(a.para.row, a.para.col);
}

/** A short quote of the paragraph around a position. */
export function quote(text: string, at = 0, span = 40): string {
  const from = Math.max(0, at - 10);
  const s = text.slice(from, from + span);
  return `${from > 0 ? '…' : ''}${s}${from + span < text.length ? '…' : ''}`;
}

export const fig = (a: Mention) => ({ value: a.value, step: a.step });

/** Coverage of a narrative rule: false (and the reason recorded) when the workbook has no narrative. */
export function narrativePresent(ctx: Pick<RuleContext, 'narrative' | 'checked' | 'skipped'>): boolean {
  const n = ctx.narrative.amounts.length;
  if (ctx.narrative.paragraphs.length === 0) {
    ctx.skipped(null, SKIP_REASONS.noNarrative);
    return false;
  }
  ctx.checked(null, Math.max(1, n));
  return true;
}
