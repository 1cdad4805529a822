/**
 * The rule kit's structure confirmation (docs/DOMAIN.md §8): a structure read from the layout is a
 * hypothesis, confirmed by the figures before any finding rests on it. Real defects are rare: an
 * identity that fails on one or two rows out of many is a defect; one that fails on most of the
 * rows where it applies means the structure was misread.
 */
import type { Comparison } from '../../tolerance';

/** Fewer places than this and nothing can be confirmed: the structure is taken from the template. */
const MIN_PLACES = 3;

/** The outcome of an identity over the places it applies to. */
export interface Tally {
  /** Places where every figure could be read and not all were blank. */
  applicable: number;
  /** Places beyond the rounding envelope. */
  failed: number;
}

/**
 * The tally of places that carry their comparison, null for an equal place whose comparison was not
 * built (a loop: a large table has hundreds of thousands).
 */
export function tally(places: readonly { cmp: Comparison | null }[]): Tally {
  let failed = 0;
  for (let i = 0; i < places.length; i++) if (places[i].cmp?.verdict === 'mismatch') failed++;
  return { applicable: places.length, failed };
}

/** Whether there are too few places to tell anything from the figures (the structure is the template's). */
export function tooFew(t: Tally): boolean {
  return t.applicable > 0 && t.applicable < MIN_PLACES;
}

/** Whether the figures contradict the structure: most places fail (with enough places to tell). */
export function contradicted(t: Tally): boolean {
  return t.applicable >= MIN_PLACES && t.failed * 2 > t.applicable;
}

/** Whether the figures confirm a structure strongly enough to adopt it instead of the layout's. */
export function confirmed(t: Tally): boolean {
  return t.applicable >= MIN_PLACES && t.failed * 5 <= t.applicable;
}
