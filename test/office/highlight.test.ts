import type { Finding, Severity } from '../../src/engine/findings';
import { MARK_COLORS, MARKS_SETTING_KEY } from '../../src/hosts/office';
import { createFakeExcel, type FakeExcel, type FakeExcelOptions } from '../fakes/excel';
import { budgetWorkbook, hostOn } from './support';

function finding(sheet: string | null, cells: string[], severity: Severity = 'error'): Finding {
  return { rule: 'row-sum', severity, sheet, cells, message: { 'zh-CN': '合计不符', en: 'total differs' } };
}

// A mark as it shows: a solid fill of the colour (a pattern colour left from before is invisible under 'Solid').
const shown = (color: string) => expect.objectContaining({ pattern: 'Solid', color });
const RED = shown(MARK_COLORS.error);
const YELLOW = shown(MARK_COLORS.warning);
const BLUE = shown(MARK_COLORS.info);

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

describe('OfficeHost.highlight', () => {
  it('fills cells by severity, the most severe winning, with the writes in one sync', async () => {
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
    expect(fills(fake, '表一', ['B2', 'C2', 'D2', 'E2'])).toEqual({ B2: BLUE, C2: RED, D2: RED, E2: YELLOW });
    expect(fills(fake, '表二', ['A1', 'B1', 'A2'])).toEqual({ A1: YELLOW, B1: YELLOW, A2: null });
    expect(fake.writeSyncs).toBe(1);
    expect(fake.syncs).toBe(2);
    // The one write sync carried everything: 6 marks (pattern + colour) and the settings record.
    expect(fake.stats.log[1].writes).toBeGreaterThanOrEqual(6 * 2 + 1);
  });

  it('restores exactly: no fill, white fill, coloured fill and patterned fill (ExcelApi 1.9)', async () => {
    const fake = fillsBook();
    const host = hostOn(fake);
    await host.highlight([finding('表一', ['B2', 'C2', 'D2', 'E2'])]);
    expect(fills(fake, '表一', ['B2', 'C2', 'D2', 'E2'])).toEqual({ B2: RED, C2: RED, D2: RED, E2: RED });
    await host.clearHighlights();
    expect(fills(fake, '表一', ['B2', 'C2', 'D2', 'E2'])).toEqual(ORIGINALS);
    expect(fake.settingKeys()).not.toContain(MARKS_SETTING_KEY);
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

  it('restores from a new host instance (the pane closed and reopened) and after the file is reopened', async () => {
    const fake = fillsBook();
    await hostOn(fake).highlight([finding('表一', ['B2', 'C2', 'D2', 'E2'])]);
    const reopenedPane = hostOn(fake);
    expect(await reopenedPane.hasHighlights()).toBe(true);
    await reopenedPane.clearHighlights();
    expect(fills(fake, '表一', ['B2', 'C2', 'D2', 'E2'])).toEqual(ORIGINALS);
    expect(await reopenedPane.hasHighlights()).toBe(false);

    await hostOn(fake).highlight([finding('表一', ['B2', 'C2', 'D2', 'E2'])]);
    const reopenedFile = fake.reopen({ newSheetIds: true });
    await hostOn(reopenedFile).clearHighlights();
    expect(fills(reopenedFile, '表一', ['B2', 'C2', 'D2', 'E2'])).toEqual(ORIGINALS);
  });

  it('never records its own marks as originals when highlighting twice, also from another instance', async () => {
    const fake = fillsBook();
    await hostOn(fake).highlight([finding('表一', ['B2', 'C2', 'D2'], 'warning')]);
    const second = hostOn(fake);
    const result = await second.highlight([finding('表一', ['B2', 'C2', 'E2'], 'error')]);
    expect(result.marked).toBe(3);
    // D2 is no longer named: the second highlight gave it its fill back.
    expect(fills(fake, '表一', ['B2', 'C2', 'D2', 'E2'])).toEqual({ B2: RED, C2: RED, D2: ORIGINALS.D2, E2: RED });
    await hostOn(fake).clearHighlights();
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
    expect(fake.fill('表1 收支预算总表', 'C4')).toBeNull();
    expect(fake.fill('表2 收入预算表', 'E5')).toEqual(BLUE);
  });

  it('reads earlier marks it did not know of in one more sync, still writing in one', async () => {
    const fake = budgetWorkbook(13);
    await hostOn(fake).highlight([finding('表1 收支预算总表', ['C4', 'D4'])]);
    fake.resetStats();
    await hostOn(fake).highlight([finding('表2 收入预算表', ['E5'])]);
    expect(fake.syncs).toBe(3);
    expect(fake.writeSyncs).toBe(1);
    expect(fake.fill('表1 收支预算总表', 'C4')).toBeNull();
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
    fake.resetStats();
    await host.clearHighlights();
    expect(fake.syncs).toBe(2);
    expect(fake.sheetNames().every((n) => fake.fill(n, 'C4') === null)).toBe(true);
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
    expect(fake.fill('表二', 'A1')).toBeNull();
    expect(fake.fill('表一', 'B2')).toEqual(RED);
  });

  it('keeps marks on a sheet protected after highlighting, and restores them once unprotected', async () => {
    const fake = fillsBook();
    const host = hostOn(fake);
    await host.highlight([finding('表一', ['D2'])]);
    fake.protect('表一');
    await host.clearHighlights();
    expect(fake.fill('表一', 'D2')).toEqual(RED);
    expect(await hostOn(fake).hasHighlights()).toBe(true);
    fake.unprotect('表一');
    await hostOn(fake).clearHighlights();
    expect(fake.fill('表一', 'D2')).toEqual(ORIGINALS.D2);
  });

  it('leaves a mark the user recoloured as the user made it', async () => {
    const fake = fillsBook();
    const host = hostOn(fake);
    await host.highlight([finding('表一', ['B2', 'D2'])]);
    fake.setFill('表一', 'B2', '#00B050');
    await host.clearHighlights();
    expect(fake.fill('表一', 'B2')).toEqual({ pattern: 'Solid', color: '#00B050', patternColor: null });
    expect(fake.fill('表一', 'D2')).toEqual(ORIGINALS.D2);
  });

  it('tells no fill from a white fill by tintAndShade where Excel reports pattern as null', async () => {
    const fake = fillsBook({ quirks: { patternReadsNull: true } });
    const host = hostOn(fake);
    await host.highlight([finding('表一', ['B2', 'C2', 'D2'])]);
    await host.clearHighlights();
    expect(fills(fake, '表一', ['B2', 'C2', 'D2'])).toEqual({ B2: null, C2: ORIGINALS.C2, D2: ORIGINALS.D2 });
  });

  it('falls back below ExcelApi 1.9: colours only, white read as no fill, no unsupported call', async () => {
    const fake = fillsBook({ excelApi: '1.8' });
    const host = hostOn(fake);
    const result = await host.highlight([finding('表一', ['B2', 'C2', 'D2', 'E2'])]);
    expect(result.marked).toBe(4);
    expect(fake.fill('表一', 'B2')).toEqual(RED);
    await host.clearHighlights();
    expect(fills(fake, '表一', ['B2', 'C2', 'D2'])).toEqual({ B2: null, C2: null, D2: ORIGINALS.D2 });
    // Colour kept; the pattern cannot be read or written without 1.9.
    expect(fake.fill('表一', 'E2')?.color).toBe('#FF0000');
  });

  it('ignores a malformed record in the settings', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'S', cells: [[1]] }], settings: { [MARKS_SETTING_KEY]: { v: 1, fills: 'x', sheets: 3 } } });
    const host = hostOn(fake);
    expect(await host.hasHighlights()).toBe(false);
    await host.clearHighlights();
    await host.highlight([finding('S', ['A1'])]);
    await host.clearHighlights();
    expect(fake.fill('S', 'A1')).toBeNull();
  });
});
