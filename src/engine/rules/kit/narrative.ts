/**
 * The rule kit for the narrative rules: where a mention stands, a quote of its paragraph, its figure.
 */
import { toA1 } from '../../model/address';
import type { Mention } from '../../narrative';

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
