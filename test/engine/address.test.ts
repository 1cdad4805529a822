import { columnIndex, columnName, parseA1, parseRange, rangeToA1, sheetRef, toA1 } from '../../src/engine/model/address';

describe('A1 addressing', () => {
  test.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [51, 'AZ'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('column %d ↔ %s', (i, name) => {
    expect(columnName(i)).toBe(name);
    expect(columnIndex(name)).toBe(i);
  });
  test('cells and ranges round-trip', () => {
    expect(toA1(0, 0)).toBe('A1');
    expect(toA1(11, 27)).toBe('AB12');
    expect(parseA1('$AB$12')).toEqual({ row: 11, col: 27 });
    expect(parseRange("'表一 收支'!C3:A1")).toEqual({ top: 0, left: 0, bottom: 2, right: 2 });
    expect(rangeToA1({ top: 1, left: 1, bottom: 1, right: 1 })).toBe('B2');
    expect(rangeToA1({ top: 0, left: 0, bottom: 9, right: 13 })).toBe('A1:N10');
  });
  test('invalid input throws', () => {
    expect(() => parseA1('A0')).toThrow();
    expect(() => parseA1('1A')).toThrow();
    expect(() => columnName(-1)).toThrow();
  });
  test('sheet names are quoted for formulas when needed', () => {
    expect(sheetRef('Sheet1')).toBe('Sheet1');
    expect(sheetRef('表一 收支预算表')).toBe("'表一 收支预算表'");
    expect(sheetRef("it's")).toBe("'it''s'");
  });
});
