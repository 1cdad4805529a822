/**
 * The indexes and the one-pass gatherings that made the engine linear (issue 12) answer exactly
 * what the scans they replaced answered: former names with or without 支出 (the first in the
 * catalog's order), projects paired by name in order when names repeat, the leaf-code facts of
 * thousands of rows sharing a code, the report a worker thread sends back, and the sums the sum
 * rules read straight from the amount grid.
 */
import { ALL_BLANK, cellFigure, compareAcross, compareDown, placeAcross, placeDown, PLACE_EQUAL_NONZERO, PLACE_EQUAL_ZERO, PLACE_SKIPPED, PLACE_UNEQUAL, cellFact, classFacts, compareFacts, leafCodeFacts, rowsSumLabel, sumFacts, totalColumn, type Fact } from '../../src/engine/analysis/facts';
import type { MappedRow } from '../../src/engine/catalog/mapping';
import type { Amount } from '../../src/engine/numbers';
import { amountAt, amountGrid, forEachAmount, hasNonZero, setAmount, setNumber, someAmount, type RecognizedTable, type TableRow } from '../../src/engine/tables/model';
import { compareSum, type Figure } from '../../src/engine/tolerance';
import { builtinCatalog, formerNamed, similarity } from '../../src/engine/catalog/catalog';
import type { Catalog } from '../../src/engine/catalog/types';
import { checkWorkbook, reportOf } from '../../src/engine/check';
import { pairProjects } from '../../src/engine/rules/cross/projects-links';
import { readWorkbookFile } from '../../src/hosts/file/node';
import * as path from 'path';

const GEN = path.resolve(__dirname, '../fixtures/generated');

describe('formerNamed (indexed once per catalog)', () => {
  const cat = builtinCatalog();
  test.each([
    ['医疗卫生与计划生育支出', '210'],
    ['医疗卫生与计划生育', '210'], // without 支出
    ['医疗 卫生与计划生育支出', '210'], // spaces inside, as exports write them
    ['城乡社区事务', '212'],
    ['农林水事务支出', '213'],
  ])('%s → former entry of %s', (written, current) => {
    expect(formerNamed(cat, 'fn', written)).toMatchObject({ current });
  });
  test('another classification, or a current name, is not a former name', () => {
    expect(formerNamed(cat, 'econ', '医疗卫生与计划生育支出')).toBeUndefined();
    expect(formerNamed(cat, 'fn', '卫生健康支出')).toBeUndefined();
    expect(formerNamed(cat, 'fn', '')).toBeUndefined();
  });
  test('the first entry in the catalog order wins, per catalog (two catalogs do not share an index)', () => {
    const former = [
      { scheme: 'fn' as const, code: '299', name: '旧名称支出', current: '201', since: 2020 },
      { scheme: 'fn' as const, code: '298', name: '旧名称', current: '202', since: 2021 },
    ];
    const a: Catalog = { ...cat, former };
    const b: Catalog = { ...cat, former: [...former].reverse() };
    expect(formerNamed(a, 'fn', '旧名称')?.current).toBe('201');
    expect(formerNamed(a, 'fn', '旧名称支出')?.current).toBe('201');
    expect(formerNamed(b, 'fn', '旧名称支出')?.current).toBe('202');
  });
});

const fact = (value: number): Fact => ({ value, step: 0.01, sheet: 's', cells: ['A1'], label: 'x', factor: 1 });
const item = (name: string, value: number) => ({ name, key: name, fact: fact(value) });

describe('pairProjects', () => {
  test('repeated names pair in order, one to one; the rest stay unpaired', () => {
    const a = [item('档案数字化', 1), item('业务培训', 2), item('档案数字化', 3), item('档案数字化', 4)];
    const b = [item('档案数字化', 1), item('档案数字化', 3), item('业务培训', 2)];
    const { pairs, onlyA, onlyB } = pairProjects(a, b);
    expect(pairs.map(([x, y]) => [x.fact.value, y.fact.value])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    expect(onlyA.map((x) => x.fact.value)).toEqual([4]);
    expect(onlyB).toEqual([]);
  });
  test('after the same names: a name inside the other with the same amount, then a close name with the same amount', () => {
    const a = [item('政务服务大厅标准化配置', 5), item('信息化运维经费', 7), item('专项督查', 9)];
    const b = [item('大厅标准化配置', 5), item('信息化运维费', 7), item('专项督查', 9)];
    const { pairs, onlyA, onlyB } = pairProjects(a, b);
    expect(pairs.map(([x, y]) => `${x.name}=${y.name}`)).toEqual(['专项督查=专项督查', '政务服务大厅标准化配置=大厅标准化配置', '信息化运维经费=信息化运维费']);
    expect(onlyA).toEqual([]);
    expect(onlyB).toEqual([]);
  });
  test('a tolerant pass takes the first free target in the table order among those of the same amount (within rounding), not the nearest amount', () => {
    const a = [item('专项经费甲', 10)];
    // 9.995 and 10.004 are 10.00 within rounding (half a cent each side), 10.004 the nearer; 10.02 is not
    const b = [item('专项经费丙', 10.02), item('专项经费乙', 9.995), item('专项经费丁', 10.004)];
    const { pairs, onlyB } = pairProjects(a, b);
    expect(pairs.map(([, y]) => y.name)).toEqual(['专项经费乙']);
    expect(onlyB.map((y) => y.name)).toEqual(['专项经费丙', '专项经费丁']);
  });
  test('the same pairs as trying every free target, on a few hundred random projects (names and amounts that often repeat)', () => {
    // the plain reading of the rule: for each project, the first free target that passes
    const reference = (a: ReturnType<typeof item>[], b: ReturnType<typeof item>[]) => {
      const freeA = new Set(a);
      const freeB = new Set(b);
      const pairs: [string, string][] = [];
      const pair = (x: (typeof a)[0], y: (typeof b)[0]) => {
        pairs.push([x.name, y.name]);
        freeA.delete(x);
        freeB.delete(y);
      };
      for (const x of a) {
        const y = [...freeB].find((z) => z.key === x.key);
        if (y) pair(x, y);
      }
      const same = (x: (typeof a)[0], y: (typeof b)[0]) => compareFacts(x.fact, y.fact).verdict !== 'mismatch';
      const pass = (ok: (x: (typeof a)[0], y: (typeof b)[0]) => boolean) => {
        for (const x of [...freeA]) {
          for (const y of freeB) {
            if (ok(x, y) && same(x, y)) {
              pair(x, y);
              break;
            }
          }
        }
      };
      pass((x, y) => (x.key.includes(y.key) || y.key.includes(x.key)) && Math.min(x.key.length, y.key.length) >= 4);
      pass((x, y) => similarity(x.key, y.key) >= 0.6);
      return pairs;
    };
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const words = ['档案', '数字化', '业务', '培训', '信息化', '运维', '经费', '专项', '督查', '大厅', '标准化', '配置'];
    const name = () => Array.from({ length: 2 + rnd(3) }, () => words[rnd(words.length)]).join('');
    const amount = () => [0, 1, 2.5, 10, 10.004, 99.99][rnd(6)] + rnd(20);
    const a = Array.from({ length: 300 }, () => item(name(), amount()));
    const b = Array.from({ length: 300 }, () => item(name(), amount()));
    const got = pairProjects(a, b).pairs.map(([x, y]) => [x.name, y.name]);
    expect(got.length).toBeGreaterThan(50);
    expect(got).toEqual(reference(a, b));
  });
});

describe('on the seed workbook', () => {
  test('leaf-code facts: every detail row of a code is in its sum, once', async () => {
    const r = checkWorkbook(await readWorkbookFile(path.join(GEN, 'seed-001.xlsx')));
    const i = r.recognized.findIndex((t) => t.kind === 'expenditure');
    const t = r.recognized[i];
    const facts = leafCodeFacts(t, r.mappings[i]);
    expect(facts.size).toBeGreaterThan(0);
    // the cells of all facts are distinct, and as many as the detail rows with a functional code
    const cells = [...facts.values()].flatMap((f) => f.cells);
    expect(new Set(cells).size).toBe(cells.length);
    const coded = r.mappings[i].filter((m) => t.parts[m.part].rows[m.index].role === 'detail' && m.codes.some((c) => c.scheme === 'fn' && c.matched === 'code'));
    expect(cells).toHaveLength(coded.length);
  });
  test('reportOf: the report fields, without the tables model, exactly as checkWorkbook gave them', async () => {
    const r = checkWorkbook(await readWorkbookFile(path.join(GEN, 'seed-001.xlsx')));
    const report = reportOf(r);
    expect(report).not.toHaveProperty('recognized');
    expect(report).not.toHaveProperty('mappings');
    const { recognized: _recognized, mappings: _mappings, ...rest } = r;
    expect(report).toStrictEqual(rest);
    expect(JSON.stringify(structuredClone(report))).toBe(JSON.stringify(rest));
  });
});

describe('classFacts and leafCodeFacts (cells summed as met, no fact per cell) give what sumFacts of the cellFacts gave', () => {
  // the formulation they replace, kept here as the reference
  const referenceSum = (t: RecognizedTable, cells: { r: TableRow; col: number }[], label: (facts: Fact[], rows: TableRow[]) => string) => {
    const facts: Fact[] = [];
    const rows: TableRow[] = [];
    for (const { r, col } of cells) {
      const f = cellFact(t, r.row, col, '');
      if (f) {
        facts.push(f);
        rows.push(r);
      }
    }
    if (facts.length === 0) return undefined;
    if (facts.length === 1) return { ...facts[0], label: label(facts, rows) };
    return sumFacts(facts, label(facts, rows), t.sheet);
  };
  const plain = (f: Fact | undefined) => (f ? { ...f } : f);

  test.each(['seed-001', 'seed-002', 'synthetic-henan-2024-unit', 'synthetic-shanghai-2026-dept-hierarchical', 'shanghai-2026-dept-filled', 'synthetic-henan-2022-dept-offset'])('%s', async (name) => {
    const r = checkWorkbook(await readWorkbookFile(path.join(GEN, `${name}.xlsx`)));
    let compared = 0;
    r.recognized.forEach((t, i) => {
      const mapping = r.mappings[i];
      // leaf codes: by code, detail rows, the part's total column, named after the first row
      const leaf = leafCodeFacts(t, mapping);
      const byCode = new Map<string, { r: TableRow; col: number }[]>();
      for (const m of mapping) {
        const fn = m.codes.find((c) => c.scheme === 'fn' && c.matched === 'code' && c.code?.[0] === '2');
        const p = t.parts[m.part];
        const row = p.rows[m.index];
        const col = totalColumn(p);
        if (!fn?.code || row.role !== 'detail' || !col) continue;
        byCode.set(fn.code, [...(byCode.get(fn.code) ?? []), { r: row, col: col.col }]);
      }
      for (const [code, cells] of byCode) {
        expect(plain(leaf.get(code))).toEqual(plain(referenceSum(t, cells, (_f, rows) => `「${code} ${rows[0].label.replace(/\s+/g, '')}」`)));
        compared++;
      }
      // classes, in every amount column of the table's first part
      for (const c of t.parts[0]?.columns.filter((x) => x.role === 'amount') ?? []) {
        const got = classFacts(t, mapping, (p) => (p === t.parts[0] ? c : undefined));
        for (const [cls, f] of got) {
          const want = plain(referenceSum(t, classCells(t, mapping, cls, c.col), (_f, rows) => (rows.length === 1 ? `「${rows[0].label.replace(/\s+/g, '') || '合计'}」` : rowsSumLabel(rows))));
          expect(plain(f)).toEqual(want);
          compared++;
        }
      }
    });
    expect(compared).toBeGreaterThan(5);
  });

  /** The cells of a class in the first part: its own rows when it has one, else its detail rows. */
  function classCells(t: RecognizedTable, mapping: MappedRow[], cls: string, col: number): { r: TableRow; col: number }[] {
    const entries = mapping
      .filter((m) => m.part === 0)
      .map((m) => ({ m, fn: m.codes.find((c) => c.scheme === 'fn' && c.code && c.code[0] === '2') }))
      .filter((e) => e.fn?.code?.slice(0, 3) === cls);
    const hasClassRow = mapping.some((m) => m.codes.some((c) => c.scheme === 'fn' && c.level === 'class' && c.code === cls));
    return entries
      .filter((e) => (hasClassRow ? e.fn!.level === 'class' : t.parts[0].rows[e.m.index].role === 'detail'))
      .map((e) => ({ r: t.parts[0].rows[e.m.index], col }));
  }
});

describe('compareDown / compareAcross (the sum rules read the amount grid directly)', () => {
  // a 12 × 8 table of every kind of amount cell: numbers with 0–4 shown decimals or unknown, blanks, dashes, text, errors
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const amountOf = (): Amount => {
    const x = rand();
    if (x < 0.2) return { kind: 'blank', dash: x < 0.05 };
    if (x < 0.23) return { kind: 'text', text: '见附表' };
    if (x < 0.25) return { kind: 'error', code: '#REF!' };
    const decimals = x < 0.35 ? null : Math.floor(rand() * 5);
    return { kind: 'number', value: Math.round(rand() * 1e6) / 100 - 2000, fromText: false, decimals };
  };
  const table = (fill: (r: number, c: number) => Amount | undefined) => {
    const amounts = amountGrid(3, 1, 8);
    for (let r = 3; r < 15; r++) for (let c = 1; c < 9; c++) {
      const a = fill(r, c);
      if (a) setAmount(amounts, r, c, a);
    }
    return { amounts } as unknown as RecognizedTable;
  };
  const expected = (t: RecognizedTable, target: [number, number], parts: [number, number][]) => {
    const tf = cellFigure(t, ...target);
    const pf = parts.map((p) => cellFigure(t, ...p));
    if (!tf || pf.some((f) => f === null)) return null;
    if (tf.exact && pf.every((f) => f!.exact)) return ALL_BLANK;
    return compareSum(tf, pf as Figure[]);
  };
  const rows = Array.from({ length: 12 }, (_, i) => ({ row: i + 3 }) as TableRow);
  const briefOf = (cmp: ReturnType<typeof compareAcross>) =>
    cmp === null || cmp === ALL_BLANK ? PLACE_SKIPPED : cmp.verdict !== 'equal' ? PLACE_UNEQUAL : cmp.actual !== 0 ? PLACE_EQUAL_NONZERO : PLACE_EQUAL_ZERO;

  test.each([1, 2, 3, 4, 5])('random table %i: every sum down and across equals compareSum of the cell figures', (n) => {
    seed = n * 7919;
    // a sparse table too: some cells never stored (blank)
    const t = table(() => (rand() < 0.1 ? undefined : amountOf()));
    let compared = 0;
    const briefs = new Set<number>();
    for (let target = 0; target < 12; target++) {
      for (let k = 1; k <= 5; k++) {
        const parts = Array.from({ length: k }, () => Math.floor(rand() * 12));
        for (let col = 1; col < 9; col++) {
          const got = compareDown(t, rows, target, parts, col);
          expect(got).toEqual(expected(t, [rows[target].row, col], parts.map((i) => [rows[i].row, col])));
          // the brief answer column-sum keeps equal places by
          expect(placeDown(t.amounts, rows, target, parts, col)).toBe(briefOf(got));
          compared++;
        }
      }
    }
    for (let row = 3; row < 15; row++) {
      for (let target = 1; target < 9; target++) {
        const parts = Array.from({ length: 1 + Math.floor(rand() * 6) }, () => 1 + Math.floor(rand() * 8));
        const cmp = compareAcross(t, row, target, parts);
        expect(cmp).toEqual(expected(t, [row, target], parts.map((c) => [row, c])));
        // the brief answer row-sum counts equal places by
        const brief = briefOf(cmp);
        expect(placeAcross(t.amounts, row, target, parts)).toBe(brief);
        briefs.add(brief);
        compared++;
      }
    }
    expect(compared).toBe(12 * 5 * 8 + 12 * 8);
    // every answer occurs (the tables hold equal sums too: see the verdicts below)
    expect([...briefs].sort()).toEqual(expect.arrayContaining([PLACE_SKIPPED, PLACE_UNEQUAL]));
  });

  test('the verdicts: equal, rounding within the envelope, mismatch beyond it, and no parts', () => {
    const num = (value: number, decimals: number | null = 2): Amount => ({ kind: 'number', value, fromText: false, decimals });
    const cells: Record<string, Amount> = { '3,1': num(10), '4,1': num(4), '5,1': num(6), '3,2': num(10.01), '3,3': num(11), '3,4': num(3, 0) };
    const t = table((r, c) => cells[`${r},${c}`]);
    expect(compareDown(t, rows, 0, [1, 2], 1)).toMatchObject({ verdict: 'equal', expected: 10, actual: 10 });
    expect(compareAcross(t, 3, 2, [1])).toMatchObject({ verdict: 'rounding', diff: 0.01, tolerance: 0.01 });
    expect(compareAcross(t, 3, 3, [1])).toMatchObject({ verdict: 'mismatch', diff: 1 });
    expect(compareAcross(t, 3, 4, [])).toMatchObject({ verdict: 'mismatch', expected: 0, actual: 3, tolerance: 0.5 });
    expect(compareAcross(t, 3, 5, [6, 7])).toBe(ALL_BLANK);
    expect(placeAcross(t.amounts, 3, 5, [6, 7])).toBe(PLACE_SKIPPED);
    expect(placeAcross(t.amounts, 3, 2, [1])).toBe(PLACE_UNEQUAL);
    expect(placeAcross(t.amounts, 3, 1, [1])).toBe(PLACE_EQUAL_NONZERO);
    expect(placeAcross(t.amounts, 4, 5, [1])).toBe(PLACE_UNEQUAL);
    const zero = table((r, c) => (r === 3 ? { kind: 'number', value: c === 1 ? 0 : c === 2 ? 0.1 : -0.1, fromText: false, decimals: 1 } : undefined));
    expect(placeAcross(zero.amounts, 3, 1, [2, 3])).toBe(PLACE_EQUAL_ZERO);
    expect(placeDown(t.amounts, rows, 0, [1, 2], 1)).toBe(PLACE_EQUAL_NONZERO);
    expect(placeDown(t.amounts, rows, 0, [1], 1)).toBe(PLACE_UNEQUAL);
    expect(placeDown(t.amounts, rows, 5, [6, 7], 1)).toBe(PLACE_SKIPPED);
  });
});

describe('the amount grid (plain numbers in typed arrays, other cells as they were parsed)', () => {
  let seed = 11;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const any = (): Amount => {
    const x = rand();
    if (x < 0.15) return { kind: 'blank', dash: x < 0.05 };
    if (x < 0.2) return { kind: 'text', text: '见附表' };
    if (x < 0.23) return { kind: 'error', code: '#DIV/0!' };
    if (x < 0.25) return { kind: 'uncalculated', formula: 'SUM(B2:B9)' };
    if (x < 0.3) return { kind: 'number', value: 12.5, fromText: true, decimals: 1 };
    const decimals = x < 0.4 ? null : Math.floor(rand() * 7);
    return { kind: 'number', value: x < 0.45 ? 0 : Math.round(rand() * 1e8) / 100 - 5000, fromText: false, decimals };
  };
  const t = (amounts: ReturnType<typeof amountGrid>) => ({ amounts }) as unknown as RecognizedTable;

  test.each([1, 2, 3])('random grid %i: every cell reads back as set (the last write wins), unset cells are blank, in row then column order', (n) => {
    seed = n * 104729;
    // started small: the arrays grow as rows come
    const g = amountGrid(5, 2, 9, 1);
    const want = new Map<string, Amount>();
    for (let k = 0; k < 400; k++) {
      const row = 5 + Math.floor(rand() * 60);
      const col = 2 + Math.floor(rand() * 8);
      const a = any();
      setAmount(g, row, col, a);
      want.set(`${row},${col}`, a);
    }
    expect(g.size).toBe(want.size);
    for (let row = 4; row < 70; row++) {
      for (let col = 1; col < 11; col++) {
        expect(amountAt(t(g), row, col)).toEqual(want.get(`${row},${col}`) ?? { kind: 'blank', dash: false });
      }
    }
    const seen: string[] = [];
    forEachAmount(g, (a, row, col) => {
      expect(a).toEqual(want.get(`${row},${col}`));
      seen.push(`${row},${col}`);
    });
    const order = [...want.keys()].sort((x, y) => {
      const [r1, c1] = x.split(',').map(Number);
      const [r2, c2] = y.split(',').map(Number);
      return r1 - r2 || c1 - c2;
    });
    expect(seen).toEqual(order);
    expect(hasNonZero(g)).toBe(someAmount(g, (a) => a.kind === 'number' && a.value !== 0));
    // a worker sends tables by structured cloning: the grid survives it
    const copy = structuredClone(g);
    for (const key of want.keys()) {
      const [row, col] = key.split(',').map(Number);
      expect(amountAt(t(copy), row, col)).toEqual(want.get(key));
    }
  });

  test('a plain number is stored without its Amount; a number written as text, a dash and an error keep theirs', () => {
    const g = amountGrid(0, 0, 3);
    setNumber(g, 0, 0, 1234.5, 2);
    setNumber(g, 0, 1, -3, null);
    setAmount(g, 0, 2, { kind: 'number', value: 7, fromText: true, decimals: 0 });
    setAmount(g, 1, 0, { kind: 'blank', dash: true });
    setAmount(g, 1, 1, { kind: 'error', code: '#REF!' });
    expect(g.others.size).toBe(3);
    expect(amountAt(t(g), 0, 0)).toEqual({ kind: 'number', value: 1234.5, fromText: false, decimals: 2 });
    expect(amountAt(t(g), 0, 1)).toEqual({ kind: 'number', value: -3, fromText: false, decimals: null });
    expect(amountAt(t(g), 0, 2)).toEqual({ kind: 'number', value: 7, fromText: true, decimals: 0 });
    expect(amountAt(t(g), 1, 0)).toEqual({ kind: 'blank', dash: true });
    // overwritten by a plain number: the parsed cell is gone
    setNumber(g, 1, 1, 0, 0);
    expect(g.others.size).toBe(2);
    expect(amountAt(t(g), 1, 1)).toEqual({ kind: 'number', value: 0, fromText: false, decimals: 0 });
    expect(hasNonZero(g)).toBe(true);
    expect(() => setNumber(g, 2, 4, 1, 0)).toThrow(RangeError);
  });

  test('a stray far row costs one row of slots, not the rectangle down to it', () => {
    const g = amountGrid(3, 0, 19, 4);
    for (let r = 3; r < 7; r++) setNumber(g, r, 5, r, 2);
    setNumber(g, 1_048_575, 19, 9, 2);
    expect(g.used).toBe(5 * 20);
    expect(g.kinds.length).toBeLessThan(1000);
    expect(amountAt(t(g), 1_048_575, 19)).toMatchObject({ value: 9 });
    expect(amountAt(t(g), 500_000, 19)).toEqual({ kind: 'blank', dash: false });
    const rows: number[] = [];
    forEachAmount(g, (_a, row) => rows.push(row));
    expect(rows).toEqual([3, 4, 5, 6, 1_048_575]);
  });
});

describe('sumFacts with a label worded on first read', () => {
  test('the label is the words given, worded once, and copied by a spread like any field', () => {
    let worded = 0;
    const parts = [fact(1), { ...fact(2), cells: ['A2', 'A3'], exact: true }];
    const sum = sumFacts(parts, () => (worded++, '「甲」 + 「乙」'), 's');
    expect(worded).toBe(0);
    expect(sum).toMatchObject({ value: 3, step: 0.02, exact: false, cells: ['A1', 'A2', 'A3'], sheet: 's', factor: 1 });
    expect(sum.label).toBe('「甲」 + 「乙」');
    expect(sum.label).toBe('「甲」 + 「乙」');
    expect(worded).toBe(1);
    expect({ ...sum }.label).toBe('「甲」 + 「乙」');
    expect(sumFacts(parts, '合计', 's').label).toBe('合计');
  });
});

describe('rowsSumLabel (the name of a class summed over many rows)', () => {
  const row = (label: string, i: number) => ({ row: i, label }) as TableRow;
  test('a few rows: every name', () => {
    expect(rowsSumLabel(['行政运行', '机关 服务'].map(row))).toBe('「行政运行」 + 「机关服务」');
    expect(rowsSumLabel(['a', 'b', 'c', 'd'].map(row))).toBe('「a」 + 「b」 + 「c」 + 「d」');
  });
  test('many rows (every unit of a department): the first three distinct names and the count, whatever the count', () => {
    const labels = Array.from({ length: 2500 }, (_, i) => ['行政运行', '行政运行', '机关服务', '事业运行', '其他'][i % 5]);
    expect(rowsSumLabel(labels.map(row))).toBe('「行政运行」 + 「机关服务」 + 「事业运行」 + … 等 2,500 行');
    expect(rowsSumLabel(Array.from({ length: 9 }, (_, i) => row('行政运行', i)))).toBe('「行政运行」 + … 等 9 行');
  });
});
