/**
 * The rounding envelope (docs/DOMAIN.md §2): printed figures are rounded, so a sum of rounded parts may
 * differ from the rounded total by up to half a display step for every figure in the comparison.
 */
import { clean, type Amount } from './numbers';

/** The display step of a figure: 0.01 for two decimals, 1 for none; the default when not known. */
export function displayStep(a: Amount, defaultStep = 0.01): number {
  return a.kind === 'number' ? decimalsStep(a.decimals, defaultStep) : defaultStep;
}

/** The rounding step of a number shown with `decimals` decimals (`defaultStep` when not known). */
export function decimalsStep(decimals: number | null, defaultStep = 0.01): number {
  if (decimals === null) return defaultStep;
  return STEPS[decimals] ?? Math.pow(10, -decimals);
}

/** 10^-d for the usual decimals (read for every figure compared: a lookup, not a power). */
const STEPS = Array.from({ length: 16 }, (_, d) => Math.pow(10, -d));

/**
 * Differences below this are floating-point noise, not rounding: summing a few thousand figures of
 * 10⁷ in binary floating point drifts by up to ~10⁻⁷, and no budget figure is finer than 10⁻⁴.
 */
const EPSILON = 1e-6;

export interface Figure {
  value: number;
  step: number;
  /** A blank cell is an exact zero: it adds no rounding. */
  exact?: boolean;
}

export type Verdict = 'equal' | 'rounding' | 'mismatch';

export interface Comparison {
  expected: number;
  actual: number;
  diff: number;
  tolerance: number;
  verdict: Verdict;
}

/** Compare a stated total with the sum of its parts. */
export function compareSum(total: Figure, parts: Figure[]): Comparison {
  const expected = clean(parts.reduce((s, p) => s + p.value, 0));
  return compareValues(total, { value: expected, step: 0 }, parts);
}

/** Compare two figures (or a figure with a computed sum whose parts are given for the envelope). */
export function compareValues(actualFig: Figure, expectedFig: Figure, parts: Figure[] = [expectedFig]): Comparison {
  let half = actualFig.exact ? 0 : actualFig.step / 2;
  for (const f of parts) if (!f.exact) half += f.step / 2;
  return judge(actualFig.value, expectedFig.value, half);
}

/**
 * The one verdict: a stated value against the expected one, with the half-steps of every figure in
 * the comparison already added up (the stated figure's first, then the parts' in order).
 */
export function judge(actualValue: number, expectedValue: number, half: number): Comparison {
  const actual = clean(actualValue);
  const expected = clean(expectedValue);
  const diff = clean(actual - expected);
  const tolerance = clean(half);
  const verdict: Verdict = equalDiff(diff) ? 'equal' : Math.abs(diff) <= tolerance + EPSILON ? 'rounding' : 'mismatch';
  return { expected, actual, diff, tolerance, verdict };
}

/** Whether judge's verdict is 'equal' (asked for each of hundreds of thousands of places; nothing built). */
export function judgedEqual(actualValue: number, expectedValue: number): boolean {
  return equalDiff(clean(clean(actualValue) - clean(expectedValue)));
}

const equalDiff = (diff: number) => Math.abs(diff) < EPSILON;
