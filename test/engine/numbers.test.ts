import { amountNumber, formatAmount, formatDecimals, parseAmountText, parseAmountValue } from '../../src/engine/numbers';

describe('parseAmountText: every form of docs/DOMAIN.md §2', () => {
  const numbers: [string, number, number][] = [
    ['827.29', 827.29, 2],
    ['827. 29', 827.29, 2], // PDF extraction space
    ['1,234.50', 1234.5, 2],
    ['１２３.４５', 123.45, 2], // full-width
    ['3，518.85', 3518.85, 2], // full-width comma
    ['(25.00)', -25, 2],
    ['－25', -25, 0],
    ['-25', -25, 0],
    ['0.00', 0, 2],
    ['12345', 12345, 0],
    [' 48.4 ', 48.4, 1],
    ['1,234,567.8', 1234567.8, 1],
    ['+5', 5, 0],
  ];
  test.each(numbers)('%s → %d', (text, value, decimals) => {
    const a = parseAmountText(text);
    expect(a).toEqual({ kind: 'number', value, fromText: true, decimals });
  });

  const blanks: [string, boolean][] = [
    ['', false],
    ['   ', false],
    ['-', true],
    ['—', true],
    ['——', true],
    ['－', true],
  ];
  test.each(blanks)('%j is a blank (zero), dash=%s', (text, dash) => {
    expect(parseAmountText(text)).toEqual({ kind: 'blank', dash });
  });

  const notNumbers = ['待定', '12,34a', '1,23', '12.3.4', '万元', 'XX', '1 2 3 a', '（见附表）', '一'];
  test.each(notNumbers)('%s is text, never a zero', (text) => {
    const a = parseAmountText(text);
    expect(a.kind).toBe('text');
    expect(amountNumber(a)).toBeNull();
  });
});

describe('parseAmountValue', () => {
  test('numbers keep their value and take decimals from the number format', () => {
    expect(parseAmountValue(827.29, '#,##0.00')).toEqual({ kind: 'number', value: 827.29, fromText: false, decimals: 2 });
    expect(parseAmountValue(1200, '#,##0')).toEqual({ kind: 'number', value: 1200, fromText: false, decimals: 0 });
    expect(parseAmountValue(1.5, 'General')).toEqual({ kind: 'number', value: 1.5, fromText: false, decimals: null });
  });
  test('cell errors are errors, also when they arrive as text', () => {
    expect(parseAmountValue({ error: '#REF!' })).toEqual({ kind: 'error', code: '#REF!' });
    expect(parseAmountValue('#VALUE!')).toEqual({ kind: 'error', code: '#VALUE!' });
    expect(parseAmountValue('#DIV/0!')).toEqual({ kind: 'error', code: '#DIV/0!' });
    expect(amountNumber(parseAmountValue({ error: '#N/A' }))).toBeNull();
  });
  test('empty is blank (zero); booleans are not amounts', () => {
    expect(parseAmountValue(null)).toEqual({ kind: 'blank', dash: false });
    expect(amountNumber(parseAmountValue(null))).toBe(0);
    expect(parseAmountValue(true).kind).toBe('text');
  });
});

describe('formatDecimals and formatAmount', () => {
  test.each([
    ['#,##0.00', 2],
    ['0.0', 1],
    ['0', 0],
    ['#,##0.00_);(#,##0.00)', 2],
    ['"¥"#,##0.00', 2],
    ['General', null],
    ['@', null],
  ])('%s → %s decimals', (fmt, d) => expect(formatDecimals(fmt)).toBe(d));
  test('formats with separators and sign', () => {
    expect(formatAmount(1234567.891, 2)).toBe('1,234,567.89');
    expect(formatAmount(-0.01, 2)).toBe('-0.01');
    expect(formatAmount(-0.001, 2)).toBe('0.00');
    expect(formatAmount(827.29)).toBe('827.29');
  });
  test('the same text as grouping by pattern, for every number of digits, sign and decimals', () => {
    const byPattern = (n: number, d: number) => {
      const fixed = Math.abs(n).toFixed(d);
      const [int, frac] = fixed.split('.');
      return `${n < 0 && Number(fixed) !== 0 ? '-' : ''}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac ? '.' + frac : ''}`;
    };
    const values = [0, -0, 1e21, -1e22, NaN, Infinity, -Infinity, 0.004, -0.004, 0.005, 999.995];
    for (let digits = 1; digits <= 16; digits++) for (const sign of [1, -1]) values.push(sign * (Number('9'.repeat(digits)) + 0.37), sign * 10 ** (digits - 1));
    for (const v of values) for (const d of [0, 1, 2, 4]) expect(formatAmount(v, d)).toBe(byPattern(v, d));
  });
});
