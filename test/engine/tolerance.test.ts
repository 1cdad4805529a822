import { compareSum, compareValues } from '../../src/engine/tolerance';

const fig = (value: number, step = 0.01) => ({ value, step });

describe('rounding envelope', () => {
  it('an exact sum of many large figures is equal, not a rounding difference (float drift)', () => {
    // 1,500 figures around 8,000.00: the float sum drifts from the decimal one.
    const parts = Array.from({ length: 1500 }, (_, i) => fig(8000 + ((i * 37) % 997) / 100 + 0.07));
    const cents = parts.reduce((s, p) => s + Math.round(p.value * 100), 0);
    const c = compareSum(fig(cents / 100), parts);
    expect(c.verdict).toBe('equal');
  });

  it('a difference of one cent between two two-decimal figures is a rounding difference', () => {
    expect(compareValues(fig(10.01), fig(10.0)).verdict).toBe('rounding');
  });

  it('a difference beyond half a step per figure is a mismatch', () => {
    const c = compareSum(fig(10.05), [fig(5), fig(5)]);
    expect(c.tolerance).toBeCloseTo(0.015, 9);
    expect(c.verdict).toBe('mismatch');
  });

  it('blank (exact) parts add no tolerance', () => {
    const c = compareSum(fig(10.01), [{ value: 10, step: 0.01, exact: true }]);
    expect(c.tolerance).toBeCloseTo(0.005, 9);
    expect(c.verdict).toBe('mismatch');
  });
});
