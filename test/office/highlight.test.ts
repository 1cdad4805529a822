import type { Finding, Severity } from '../../src/engine/findings';
import { MARK_COLORS, MARKS_SETTING_KEY } from '../../src/hosts/office';
import { CF_MARKS_SETTING_KEY } from '../../src/hosts/office/marks';
import { createFakeExcel, type FakeExcel, type FakeExcelOptions } from '../fakes/excel';
import { budgetWorkbook, hostOn } from './support';

function finding(sheet: string | null, cells: string[], severity: Severity = 'error'): Finding {
  return { rule: 'row-sum', severity, sheet, cells, message: { 'zh-CN': '合计不符', en: 'total differs' } };
}

// What the user sees: a mark is a conditional format's fill over the cell's own, which it never changes.
const RED = MARK_COLORS.error;
const YELLOW = MARK_COLORS.warning;
const BLUE = MARK_COLORS.info;
const NONE = '#FFFFFF';

/** A sheet whose B2:E2 hold: no fill, a white fill, a coloured fill, a patterned fill. */
function fillsBook(options?: FakeExcelOptions): FakeExcel {
  return createFakeExcel(
    {
      sheets: [
        {
          name: '表一',
          cells: [
            ['项目', '无填充', '白色', '绿色', '图案'],
            ['工资', 1, { value: 2, formula: '=1+1' }, 3, 'x'],
            ['合计', 10, 20, 30, 40],
          ],
          fills: {
            C2: { color: '#FFFFFF' },
            D2: '#C6EFCE',
            E2: { color: '#FF0000', pattern: 'LightUp', patternColor: '#0000FF' },
            B3: '#FFC7CE',
          },
        },
        { name: '表二', cells: [[1, 2], [3, 4]] },
      ],
    },
    options,
  );
}

const ORIGINALS = {
  B2: null,
  C2: { pattern: 'Solid', color: '#FFFFFF', patternColor: null },
  D2: { pattern: 'Solid', color: '#C6EFCE', patternColor: null },
  E2: { pattern: 'LightUp', color: '#FF0000', patternColor: '#0000FF' },
};

function fills(fake: FakeExcel, sheet: string, cells: string[]): Record<string, unknown> {
  return Object.fromEntries(cells.map((a1) => [a1, fake.fill(sheet, a1)]));
}

function shown(fake: FakeExcel, sheet: string, cells: string[]): Record<string, string> {
  return Object.fromEntries(cells.map((a1) => [a1, fake.shownFill(sheet, a1)]));
}

/** Everything a user could see or have set: each sheet's fills, conditional formats and content. */
function formatting(fake: FakeExcel): unknown {
  return fake.sheetNames().map((n) => ({ n, cfs: fake.conditionalFormats(n), fills: JSON.stringify(fake.sheet(n).cells), content: fake.contentSnapshot()[n] }));
}

describe('OfficeHost.highlight: marks are conditional formats, the user’s own formatting is never written', () => {
  it('marks cells by severity, the most severe winning, with the writes in one sync; no fill is touched', async () => {
    const fake = fillsBook();
    const host = hostOn(fake);
    const result = await host.highlight([
      finding('表一', ['B2', 'C2'], 'info'),
      finding('表一', ['C2', 'D2'], 'error'),
      finding('表一', ['E2'], 'warning'),
      finding('表二', ['A1:B1'], 'warning'),
      finding(null, [], 'error'),
    ]);
    expect(result).toEqual({ marked: 6, skipped: [] });
    expect(shown(fake, '表一', ['B2', 'C2', 'D2', 'E2', 'B3'])).toEqual({ B2: BLUE, C2: RED, D2: RED, E2: YELLOW, B3: '#FFC7CE' });
    expect(shown(fake, '表二', ['A1', 'B1', 'A2'])).toEqual({ A1: YELLOW, B1: YELLOW, A2: NONE });
    expect(fills(fake, '表一', ['B2', 'C2', 'D2', 'E2'])).toEqual(ORIGINALS);
    // one format per severity and sheet, over its cells (a run of adjacent cells is one area), carrying the signature
    expect(fake.conditionalFormats('表一')).toEqual([
      { ranges: 'B2', formula: '=ISTEXT("budget-checker:info")', fill: BLUE },
      { ranges: 'E2', formula: '=ISTEXT("budget-checker:warning")', fill: YELLOW },
      { ranges: 'C2:D2', formula: '=ISTEXT("budget-checker:error")', fill: RED },
    ]);
    expect(fake.writeSyncs).toBe(1);
    expect(fake.syncs).toBe(2);
  });

  it('clear gives back exactly what was there: no fill, white, coloured and patterned fills, and the user’s own conditional formats', async () => {
    const fake = fillsBook();
    await fake.run(async (ctx) => {
      const own = ctx.workbook.worksheets.getItem('表一').getRange('B2:E3').conditionalFormats.add('Custom');
      own.custom.rule.formula = '=ISTEXT("mine")';
      own.custom.format.fill.color = '#00B0F0';
      await ctx.sync();
    });
    const before = formatting(fake);
    const host = hostOn(fake);
    await host.highlight([finding('表一', ['B2', 'C2', 'D2', 'E2'])]);
    expect(shown(fake, '表一', ['B2', 'E2'])).toEqual({ B2: RED, E2: RED });
    expect(formatting(fake)).not.toEqual(before);
    await host.clearHighlights();
    expect(formatting(fake)).toEqual(before);
    expect(fills(fake, '表一', ['B2', 'C2', 'D2', 'E2'])).toEqual(ORIGINALS);
    expect(fake.settingKeys()).not.toContain(CF_MARKS_SETTING_KEY);
  });

  it('never changes values or formulas', async () => {
    const fake = fillsBook();
    const before = fake.contentSnapshot();
    const host = hostOn(fake);
    await host.highlight([finding('表一', ['A1:E3'], 'warning'), finding('表二', ['A1:B2'])]);
    expect(fake.contentSnapshot()).toEqual(before);
    await host.clearHighlights();
    expect(fake.contentSnapshot()).toEqual(before);
    expect(fake.cell('表一', 'C2')).toMatchObject({ value: 2, formula: '=1+1' });
  });

  it('a fill the user sets on a marked cell, in any colour (the mark’s own included), stays after clear', async () => {
    const fake = fillsBook();
    const host = hostOn(fake);
    await host.highlight([finding('表一', ['B2', 'C2', 'D2'])]);
    fake.setFill('表一', 'B2', MARK_COLORS.error);
    fake.setFill('表一', 'C2', '#00B050');
    await host.clearHighlights();
    expect(fills(fake, '表一', ['B2', 'C2', 'D2'])).toEqual({
      B2: { pattern: 'Solid', color: MARK_COLORS.error, patternColor: null },
      C2: { pattern: 'Solid', color: '#00B050', patternColor: null },
      D2: ORIGINALS.D2,
    });
    expect(shown(fake, '表一', ['B2', 'C2', 'D2'])).toEqual({ B2: MARK_COLORS.error, C2: '#00B050', D2: '#C6EFCE' });
  });

  it('clears from a new host instance (the pane closed and reopened) and after the file is reopened', async () => {
    const fake = fillsBook();
    const before = formatting(fake);
    await hostOn(fake).highlight([finding('表一', ['B2', 'C2', 'D2', 'E2'])]);
    const reopenedPane = hostOn(fake);
    expect(await reopenedPane.hasHighlights()).toBe(true);
    await reopenedPane.clearHighlights();
    expect(formatting(fake)).toEqual(before);
    expect(await reopenedPane.hasHighlights()).toBe(false);

    await hostOn(fake).highlight([finding('表一', ['B2', 'C2', 'D2', 'E2'])]);
    const reopenedFile = fake.reopen({ newSheetIds: true });
    await hostOn(reopenedFile).clearHighlights();
    expect(formatting(reopenedFile)).toEqual(before);
  });

  it('highlighting again replaces the earlier marks, also from another instance', async () => {
    const fake = fillsBook();
    await hostOn(fake).highlight([finding('表一', ['B2', 'C2', 'D2'], 'warning')]);
    const second = hostOn(fake);
    const result = await second.highlight([finding('表一', ['B2', 'C2', 'E2'], 'error')]);
    expect(result.marked).toBe(3);
    // D2 is no longer named: it shows its own fill again
    expect(shown(fake, '表一', ['B2', 'C2', 'D2', 'E2'])).toEqual({ B2: RED, C2: RED, D2: '#C6EFCE', E2: RED });
    expect(fake.conditionalFormats('表一')).toHaveLength(1);
    await hostOn(fake).clearHighlights();
    expect(fake.conditionalFormats('表一')).toEqual([]);
    expect(fills(fake, '表一', ['B2', 'C2', 'D2', 'E2'])).toEqual(ORIGINALS);
  });

  it('highlights again in the same instance in 2 syncs, one of them writing', async () => {
    const fake = budgetWorkbook(13);
    const host = hostOn(fake);
    await host.highlight([finding('表1 收支预算总表', ['C4', 'D4'])]);
    fake.resetStats();
    await host.highlight([finding('表2 收入预算表', ['E5'], 'info')]);
    expect(fake.syncs).toBe(2);
    expect(fake.writeSyncs).toBe(1);
    expect(fake.shownFill('表1 收支预算总表', 'C4')).toBe(NONE);
    expect(fake.shownFill('表2 收入预算表', 'E5')).toBe(BLUE);
  });

  it('reads earlier marks it did not know of in one more sync, still writing in one', async () => {
    const fake = budgetWorkbook(13);
    await hostOn(fake).highlight([finding('表1 收支预算总表', ['C4', 'D4'])]);
    fake.resetStats();
    await hostOn(fake).highlight([finding('表2 收入预算表', ['E5'])]);
    expect(fake.syncs).toBe(3);
    expect(fake.writeSyncs).toBe(1);
    expect(fake.shownFill('表1 收支预算总表', 'C4')).toBe(NONE);
  });

  it('keeps the same sync count for 40 sheets and hundreds of cells', async () => {
    const fake = budgetWorkbook(40, undefined, 30);
    const findings: Finding[] = [];
    for (const name of fake.sheetNames()) for (let r = 4; r < 34; r += 3) findings.push(finding(name, [`C${r}`, `D${r}`, `E${r}`], r % 2 ? 'error' : 'info'));
    const host = hostOn(fake);
    const result = await host.highlight(findings);
    expect(result.marked).toBe(40 * 10 * 3);
    expect(fake.syncs).toBe(2);
    expect(fake.writeSyncs).toBe(1);
    expect(fake.sheetNames().every((n) => fake.shownFill(n, 'C4') === BLUE && fake.shownFill(n, 'D7') === RED)).toBe(true);
    fake.resetStats();
    await host.clearHighlights();
    expect(fake.syncs).toBe(2);
    expect(fake.sheetNames().every((n) => fake.shownFill(n, 'C4') === NONE && fake.conditionalFormats(n).length === 0)).toBe(true);
  });

  it('thousands of findings (their marks built in slices): every cell marked by its most severe finding, still in 2 syncs', async () => {
    const fake = budgetWorkbook(2, undefined, 2000);
    const [a, b] = fake.sheetNames();
    const findings: Finding[] = [];
    for (let r = 4; r < 2004; r++) findings.push(finding(a, [`C${r}:E${r}`], r % 3 ? 'warning' : 'error'), finding(b, [`D${r}`], 'info'));
    // the same cells named again, less severe: they keep the more severe mark
    for (let r = 4; r < 2004; r += 2) findings.push(finding(a, [`E${r}`], 'info'));
    const result = await hostOn(fake).highlight(findings);
    expect(result).toEqual({ marked: 2000 * 3 + 2000, skipped: [] });
    expect(fake.syncs).toBe(2);
    for (let r = 4; r < 2004; r += 97) {
      const mark = r % 3 ? YELLOW : RED;
      expect([fake.shownFill(a, `C${r}`), fake.shownFill(a, `E${r}`), fake.shownFill(b, `D${r}`), fake.shownFill(b, `C${r}`)]).toEqual([mark, mark, BLUE, NONE]);
    }
  });

  it('skips a protected sheet and reports it, marking the others and never crashing', async () => {
    const fake = fillsBook();
    fake.protect('表二');
    const result = await hostOn(fake).highlight([finding('表一', ['B2']), finding('表二', ['A1', 'B2']), finding('不存在', ['A1'])]);
    expect(result.marked).toBe(1);
    expect(result.skipped).toEqual([
      { sheet: '表二', reason: expect.stringContaining('protected') },
      { sheet: '不存在', reason: expect.stringContaining('not found') },
    ]);
    expect(result.skipped[0].reason).toMatch(/受保护/);
    expect(fake.shownFill('表二', 'A1')).toBe(NONE);
    expect(fake.shownFill('表一', 'B2')).toBe(RED);
  });

  it('keeps marks on a sheet protected after highlighting, and clears them once unprotected', async () => {
    const fake = fillsBook();
    const host = hostOn(fake);
    await host.highlight([finding('表一', ['D2'])]);
    fake.protect('表一');
    await host.clearHighlights();
    expect(fake.shownFill('表一', 'D2')).toBe(RED);
    expect(await hostOn(fake).hasHighlights()).toBe(true);
    fake.unprotect('表一');
    await hostOn(fake).clearHighlights();
    expect(fake.shownFill('表一', 'D2')).toBe('#C6EFCE');
    expect(fake.fill('表一', 'D2')).toEqual(ORIGINALS.D2);
  });

  it('below ExcelApi 1.9: one conditional format per run of cells (no Worksheet.getRanges), the same marks, and clear as exact', async () => {
    const fake = fillsBook({ excelApi: '1.8' });
    const before = formatting(fake);
    const host = hostOn(fake);
    const result = await host.highlight([finding('表一', ['B2', 'C2', 'E2']), finding('表一', ['B3'], 'info')]);
    expect(result.marked).toBe(4);
    expect(shown(fake, '表一', ['B2', 'C2', 'D2', 'E2', 'B3'])).toEqual({ B2: RED, C2: RED, D2: '#C6EFCE', E2: RED, B3: BLUE });
    expect(fake.conditionalFormats('表一').map((c) => c.ranges)).toEqual(['B3', 'E2', 'B2:C2']);
    await host.clearHighlights();
    expect(formatting(fake)).toEqual(before);
  });

  it('ignores a malformed record in the settings', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'S', cells: [[1]] }], settings: { [MARKS_SETTING_KEY]: { v: 1, fills: 'x', sheets: 3 }, [CF_MARKS_SETTING_KEY]: { v: 1, sheets: 'x' } } });
    const host = hostOn(fake);
    expect(await host.hasHighlights()).toBe(false);
    await host.clearHighlights();
    await host.highlight([finding('S', ['A1'])]);
    expect(fake.shownFill('S', 'A1')).toBe(RED);
    await host.clearHighlights();
    expect(fake.shownFill('S', 'A1')).toBe(NONE);
    expect(fake.fill('S', 'A1')).toBeNull();
  });
});

describe('OfficeHost: fill marks left by an earlier version', () => {
  /** The document as the earlier version left it: the marked cells filled with the mark, their originals recorded. */
  function legacyBook(options?: FakeExcelOptions): FakeExcel {
    const fake = fillsBook(options);
    for (const a1 of ['B2', 'C2', 'D2', 'E2']) fake.setFill('表一', a1, { color: MARK_COLORS.error, pattern: 'Solid' });
    fake.doc.settings.set(
      MARKS_SETTING_KEY,
      JSON.stringify({
        v: 1,
        fills: [{ color: '#FFFFFF', pattern: 'None' }, { color: '#FFFFFF', pattern: 'Solid' }, { color: '#C6EFCE', pattern: 'Solid' }, { color: '#FF0000', pattern: 'LightUp', patternColor: '#0000FF' }],
        sheets: [{ name: '表一', cells: { B2: [0, MARK_COLORS.error], C2: [1, MARK_COLORS.error], D2: [2, MARK_COLORS.error], E2: [3, MARK_COLORS.error] } }],
      }),
    );
    return fake;
  }

  it('are restored exactly by the next clear, and their record removed; hasHighlights sees them', async () => {
    const fake = legacyBook();
    const host = hostOn(fake);
    expect(await host.hasHighlights()).toBe(true);
    await host.clearHighlights();
    expect(fills(fake, '表一', ['B2', 'C2', 'D2', 'E2'])).toEqual(ORIGINALS);
    expect(fake.settingKeys()).not.toContain(MARKS_SETTING_KEY);
    expect(await host.hasHighlights()).toBe(false);
  });

  it('are restored by the next highlight, which marks with conditional formats', async () => {
    const fake = legacyBook();
    await hostOn(fake).highlight([finding('表一', ['D2'], 'warning')]);
    expect(fills(fake, '表一', ['B2', 'C2', 'D2', 'E2'])).toEqual(ORIGINALS);
    expect(shown(fake, '表一', ['B2', 'D2'])).toEqual({ B2: NONE, D2: YELLOW });
    expect(fake.settingKeys()).not.toContain(MARKS_SETTING_KEY);
  });

  it('tell no fill from a white fill by tintAndShade where Excel reports pattern as null', async () => {
    const fake = legacyBook({ quirks: { patternReadsNull: true } });
    await hostOn(fake).clearHighlights();
    expect(fills(fake, '表一', ['B2', 'C2', 'D2'])).toEqual({ B2: null, C2: ORIGINALS.C2, D2: ORIGINALS.D2 });
  });
});
