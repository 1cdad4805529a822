import { workbook } from '../../support/sheet';
import { createFakeExcel, FakeOfficeError, type FakeExcel } from './index';

function book(options?: Parameters<typeof createFakeExcel>[1]): FakeExcel {
  return createFakeExcel(
    {
      sheets: [
        {
          name: '收支总表',
          cells: [
            ['项目', '金额'],
            ['工资', 100],
            ['公用', { error: '#REF!' }],
            ['合计', { value: 100, formula: '=SUM(B2:B3)', numFmt: '#,##0.00' }],
          ],
          merges: ['A6:C6'],
          fills: { A1: '#FFFF00', B1: { color: '#FFFFFF' }, C1: { color: '#FF0000', pattern: 'Gray50', patternColor: '#0000FF' } },
        },
        { name: 'Empty' },
      ],
    },
    options,
  );
}

async function expectCode(p: Promise<unknown>, code: string): Promise<FakeOfficeError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(FakeOfficeError);
    expect((e as FakeOfficeError).code).toBe(code);
    return e as FakeOfficeError;
  }
  throw new Error(`expected ${code}`);
}

function thrown(f: () => unknown): FakeOfficeError {
  try {
    f();
  } catch (e) {
    return e as FakeOfficeError;
  }
  throw new Error('expected a throw');
}

describe('FakeExcel: loading', () => {
  it('throws PropertyNotLoaded for a property never loaded, and for one loaded but not yet synced', async () => {
    const fake = book();
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('收支总表').getRange('A1:B2');
      expect(thrown(() => r.values).code).toBe('PropertyNotLoaded');
      expect(thrown(() => r.values).debugInfo.errorLocation).toBe('Range.values');
      r.load('values');
      expect(thrown(() => r.values).code).toBe('PropertyNotLoaded');
      await ctx.sync();
      expect(r.values).toEqual([
        ['项目', '金额'],
        ['工资', 100],
      ]);
      expect(thrown(() => r.formulas).code).toBe('PropertyNotLoaded');
      expect(thrown(() => r.format.fill.color).code).toBe('PropertyNotLoaded');
    });
  });

  it('accepts the string, array and object forms of load, with navigation paths', async () => {
    const fake = book();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('收支总表');
      const a = ws.getRange('B4').load('address, numberFormat, format/fill/color');
      const b = ws.getRange('B4').load(['formulas', 'format/font/bold']);
      const c = ws.getRange('A1').load({ values: true, format: { fill: { color: true, pattern: true } } });
      const d = ws.getRange('A1').load({ select: 'rowIndex,columnIndex', expand: 'format/fill' });
      const sheets = ctx.workbook.worksheets.load('items/name');
      await ctx.sync();
      expect(a.address).toBe('收支总表!B4');
      expect(a.numberFormat).toEqual([['#,##0.00']]);
      expect(a.format.fill.color).toBe('#FFFFFF');
      expect(b.formulas).toEqual([['=SUM(B2:B3)']]);
      expect(b.format.font.bold).toBe(false);
      expect(c.values).toEqual([['项目']]);
      expect(c.format.fill.pattern).toBe('Solid');
      expect(d.rowIndex).toBe(0);
      expect(d.format.fill.color).toBe('#FFFF00');
      expect(sheets.items.map((s) => s.name)).toEqual(['收支总表', 'Empty']);
      expect(thrown(() => sheets.items[0].position).code).toBe('PropertyNotLoaded');
    });
  });
});

describe('FakeExcel: queued writes', () => {
  it('changes nothing in the document before sync; the writing proxy sees its own value at once', async () => {
    const fake = book();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('收支总表');
      const reader = ws.getRange('B2').load('values');
      await ctx.sync();
      const writer = ws.getRange('B2');
      writer.values = [[555]];
      writer.format.fill.color = '#00FF00';
      expect(writer.values).toEqual([[555]]);
      expect(fake.value('收支总表', 'B2')).toBe(100);
      expect(fake.fill('收支总表', 'B2')).toBeNull();
      expect(reader.values).toEqual([[100]]);
      await ctx.sync();
      expect(fake.value('收支总表', 'B2')).toBe(555);
      expect(fake.fill('收支总表', 'B2')).toEqual({ pattern: 'Solid', color: '#00FF00', patternColor: null });
      expect(reader.values).toEqual([[100]]);
      reader.load('values');
      await ctx.sync();
      expect(reader.values).toEqual([[555]]);
    });
  });

  it('counts round trips only for syncs that carry commands, including the final one of Excel.run', async () => {
    const fake = book();
    await fake.run(async (ctx) => {
      await ctx.sync();
      ctx.workbook.worksheets.getItem('Empty').getRange('A1').values = [[1]];
    });
    expect(fake.stats.syncCalls).toBe(2);
    expect(fake.syncs).toBe(1);
    expect(fake.value('Empty', 'A1')).toBe(1);
  });

  it('answers a sync in a later task, as Office.js does (never in the caller’s task, whose microtasks all run first)', async () => {
    const fake = book();
    const order: string[] = [];
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Empty').getRange('A1').values = [[1]];
      const synced = ctx.sync().then(() => order.push('synced'));
      // a chain of microtasks queued after the sync: all of it runs before the round trip's answer
      let p = Promise.resolve();
      for (let i = 0; i < 50; i++) p = p.then(() => undefined);
      void p.then(() => order.push('microtasks'));
      expect(fake.value('Empty', 'A1')).toBeNull();
      await synced;
    });
    expect(order).toEqual(['microtasks', 'synced']);
  });

  it('processes batches one after the other: a long batch (run in slices) is never interleaved with another context’s', async () => {
    const fake = book();
    const n = 20000;
    let seen: unknown[][] = [];
    await Promise.all([
      fake.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('Empty');
        // many commands: the fake yields to the event loop between slices of them
        for (let i = 0; i < n; i++) ws.getRange('A1').values = [[i]];
        ws.getRange('B1').values = [['done']];
        await ctx.sync();
      }),
      fake.run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem('Empty').getRange('A1:B1').load('values');
        await ctx.sync();
        seen = r.values;
      }),
    ]);
    // the second batch, sent after the first, saw all of the first one's writes
    expect(seen).toEqual([[n - 1, 'done']]);
  });

  it('rejects a 2D input whose size differs from the range, at sync', async () => {
    const fake = book();
    await expectCode(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Empty').getRange('A1:B2').values = [[1, 2]];
        await ctx.sync();
      }),
      'InvalidArgument',
    );
    expect(fake.value('Empty', 'A1')).toBeNull();
  });

  it('coerces written values as Excel does and computes written formulas', async () => {
    const fake = book();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Empty');
      ws.getRange('A1:A5').values = [['05'], ["'05"], ['=A1*2'], [2.5], ['TRUE']];
      ws.getRange('B1').formulas = [['=SUM(A1:A4)']];
      ws.getRange('C1').values = [['#N/A']];
      await ctx.sync();
    });
    expect(fake.value('Empty', 'A1')).toBe(5);
    expect(fake.value('Empty', 'A2')).toBe('05');
    expect(fake.cell('Empty', 'A3')).toMatchObject({ value: 10, formula: '=A1*2' });
    expect(fake.value('Empty', 'A5')).toBe(true);
    // SUM skips text: 5 + 10 + 2.5
    expect(fake.value('Empty', 'B1')).toBe(17.5);
    expect(fake.value('Empty', 'C1')).toEqual({ error: '#N/A' });
  });
});

describe('FakeExcel: null objects and missing items', () => {
  it('gives isNullObject only after a sync, true for a missing sheet, false for an existing one', async () => {
    const fake = book();
    await fake.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject('不存在');
      const there = ctx.workbook.worksheets.getItemOrNullObject('empty');
      expect(thrown(() => missing.isNullObject).code).toBe('PropertyNotLoaded');
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(there.isNullObject).toBe(false);
      // A null object's children are null too; writes to them are ignored.
      missing.getRange('A1').values = [[1]];
      await ctx.sync();
    });
    expect(fake.sheetNames()).toEqual(['收支总表', 'Empty']);
  });

  it('fails the sync with ItemNotFound when getItem names a missing sheet', async () => {
    const fake = book();
    await expectCode(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('不存在').load('name');
        await ctx.sync();
      }),
      'ItemNotFound',
    );
  });

  it('returns a null used range for an empty sheet with ...OrNullObject and A1 without', async () => {
    const fake = book();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Empty');
      const u1 = ws.getUsedRangeOrNullObject(true).load('address');
      const u2 = ws.getUsedRange().load('address');
      await ctx.sync();
      expect(u1.isNullObject).toBe(true);
      expect(u2.address).toBe('Empty!A1');
    });
  });

  it('intersects two ranges of a sheet (a range or an address); a null object when they share no cell; another sheet is an InvalidArgument', async () => {
    const fake = book();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('收支总表');
      const a = ws.getRangeByIndexes(0, 0, 3, 1).getIntersectionOrNullObject(ws.getUsedRange(true)).load('address, values');
      const b = ws.getRange('A1:B2').getIntersectionOrNullObject('B2:C9').load('address');
      const none = ws.getRange('A1').getIntersectionOrNullObject('C3').load('address');
      await ctx.sync();
      expect(a.address).toBe('收支总表!A1:A3');
      expect(a.values).toEqual([['项目'], ['工资'], ['公用']]);
      expect(b.address).toBe('收支总表!B2');
      expect(none.isNullObject).toBe(true);
    });
    await expect(
      fake.run(async (ctx) => {
        const other = ctx.workbook.worksheets.getItem('Empty').getRange('A1');
        ctx.workbook.worksheets.getItem('收支总表').getRange('A1').getIntersectionOrNullObject(other).load('address');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('has settings null objects, and settings stay in the document across contexts and a reopen', async () => {
    const fake = book();
    await fake.run(async (ctx) => {
      const s = ctx.workbook.settings.getItemOrNullObject('k');
      s.load('value');
      await ctx.sync();
      expect(s.isNullObject).toBe(true);
      ctx.workbook.settings.add('k', { a: [1, 2] });
    });
    const again = fake.reopen();
    await again.run(async (ctx) => {
      const s = ctx.workbook.settings.getItem('k').load('value');
      await ctx.sync();
      expect(s.value).toEqual({ a: [1, 2] });
    });
  });
});

describe('FakeExcel: values, errors, merges, fills', () => {
  it('shows errors as their text in values and as Error in valueTypes; merged cells hold the value only at the top left', async () => {
    const fake = book();
    fake.setValue('收支总表', 'A6', '说明');
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('收支总表');
      const r = ws.getRange('B3').load('values,valueTypes,formulas');
      const m = ws.getRange('A6:C6').load('values,valueTypes');
      const used = ws.getUsedRange(true).load('address');
      const usedAll = ws.getUsedRange(false).load('address');
      await ctx.sync();
      expect(r.values).toEqual([['#REF!']]);
      expect(r.valueTypes).toEqual([['Error']]);
      expect(m.values).toEqual([['说明', '', '']]);
      expect(m.valueTypes).toEqual([['String', 'Empty', 'Empty']]);
      expect(used.address).toBe('收支总表!A1:B6');
      expect(usedAll.address).toBe('收支总表!A1:C6');
    });
  });

  it('reads #FFFFFF for no fill and for a white fill; pattern and tintAndShade (ExcelApi 1.9) tell them apart', async () => {
    const fake = book();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('收支总表');
      const none = ws.getRange('A2').format.fill.load('color,pattern,tintAndShade');
      const white = ws.getRange('B1').format.fill.load('color,pattern,tintAndShade');
      const patterned = ws.getRange('C1').format.fill.load('color,pattern,patternColor');
      const mixed = ws.getRange('A1:B1').format.fill.load('color');
      await ctx.sync();
      expect([none.color, none.pattern, none.tintAndShade]).toEqual(['#FFFFFF', 'None', null]);
      expect([white.color, white.pattern, white.tintAndShade]).toEqual(['#FFFFFF', 'Solid', 0]);
      expect([patterned.color, patterned.pattern, patterned.patternColor]).toEqual(['#FF0000', 'Gray50', '#0000FF']);
      expect(mixed.color).toBeNull();
    });
  });

  it('fill.clear() removes the fill; setting a colour on no fill makes a solid fill', async () => {
    const fake = book();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('收支总表');
      ws.getRange('A1').format.fill.clear();
      ws.getRange('A2').format.fill.color = '#ffc7ce';
      await ctx.sync();
    });
    expect(fake.fill('收支总表', 'A1')).toBeNull();
    expect(fake.fill('收支总表', 'A2')).toEqual({ pattern: 'Solid', color: '#FFC7CE', patternColor: null });
  });

  it('merge() keeps only the top-left value', async () => {
    const fake = book();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('收支总表').getRange('A2:B2').merge();
      await ctx.sync();
    });
    expect(fake.value('收支总表', 'A2')).toBe('工资');
    expect(fake.value('收支总表', 'B2')).toBeNull();
    expect(fake.merges('收支总表')).toEqual(['A6:C6', 'A2:B2']);
  });
});

describe('FakeExcel: requirement sets', () => {
  it('throws ApiNotFound for ExcelApi 1.9 fill members and 1.13 merged areas when not supported', async () => {
    const fake = book({ excelApi: '1.8' });
    expect(fake.isSetSupported('ExcelApi', '1.7')).toBe(true);
    expect(fake.isSetSupported('ExcelApi', '1.9')).toBe(false);
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('收支总表').getRange('A1');
      expect(thrown(() => r.format.fill.load('pattern')).code).toBe('ApiNotFound');
      expect(thrown(() => r.getMergedAreasOrNullObject()).code).toBe('ApiNotFound');
      const all = r.format.fill.load();
      await ctx.sync();
      expect(all.color).toBe('#FFFF00');
      expect(thrown(() => all.pattern).code).toBe('PropertyNotLoaded');
    });
    fake.setRequirement('ExcelApi', '1.13');
    await fake.run(async (ctx) => {
      const m = ctx.workbook.worksheets.getItem('收支总表').getRange('A1:D9').getMergedAreasOrNullObject();
      m.load('areas/items/address');
      const none = ctx.workbook.worksheets.getItem('收支总表').getRange('A1:B2').getMergedAreasOrNullObject();
      await ctx.sync();
      expect(m.areas.items.map((a) => a.address)).toEqual(['收支总表!A6:C6']);
      expect(none.isNullObject).toBe(true);
    });
  });
});

describe('FakeExcel: special cells (ExcelApi 1.9)', () => {
  it('the cells holding constants, or formulas, as areas covering exactly them; a null object when none; ApiNotFound below 1.9', async () => {
    const cells: (number | string | { formula: string } | null)[][] = [
      ['标题'],
      ['a', 1, 2, { formula: '=B2+C2' }],
      ['b', 3, 4, { formula: '=B3+C3' }],
      [null, null, null, { formula: '=SUM(D2:D3)' }],
    ];
    cells[999999] = [];
    cells[999999][16000] = 'far';
    const fake = createFakeExcel({ sheets: [{ name: 'S', cells }, { name: 'Empty' }] });
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      const constants = ws.getRange().getSpecialCellsOrNullObject('Constants');
      constants.load('areaCount, cellCount');
      constants.areas.load('items/address, items/values');
      const formulas = ws.getRange('A1:D3').getSpecialCellsOrNullObject('Formulas');
      formulas.areas.load('items/address, items/formulas');
      const none = ctx.workbook.worksheets.getItem('Empty').getRange('A1:C3').getSpecialCellsOrNullObject('Formulas');
      await ctx.sync();
      expect(constants.areas.items.map((a) => a.address)).toEqual(['S!A1', 'S!A2:C3', 'S!WQK1000000']);
      expect(constants.cellCount).toBe(8);
      expect(constants.areas.items[1].values).toEqual([['a', 1, 2], ['b', 3, 4]]);
      expect(formulas.areas.items.map((a) => a.address)).toEqual(['S!D2:D3']); // D4 is outside A1:D3
      expect(formulas.areas.items[0].formulas).toEqual([['=B2+C2'], ['=B3+C3']]);
      expect(none.isNullObject).toBe(true);
      expect(() => ws.getRange('A1').getSpecialCellsOrNullObject('Blanks')).toThrow(/not modelled/);
    });
    fake.setRequirement('ExcelApi', '1.8');
    await fake.run(async (ctx) => {
      expect(thrown(() => ctx.workbook.worksheets.getItem('S').getRange('A1').getSpecialCellsOrNullObject('Constants')).code).toBe('ApiNotFound');
    });
  });
});

describe('FakeExcel: conditional formats (custom, ExcelApi 1.6; over several areas, 1.9)', () => {
  it('add puts a custom format on top over the areas; it shows its fill where its formula is TRUE, never changing the cells; delete removes it; a protected sheet refuses', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'S', cells: [[1, 2], [3, 4]], fills: { B2: '#00FF00' } }, { name: 'P', protected: true, cells: [[1]] }] });
    const before = JSON.stringify(fake.toWorkbookData());
    await fake.run(async (ctx) => {
      const cf = ctx.workbook.worksheets.getItem('S').getRanges('A1, B2').conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=ISTEXT("mark")';
      cf.custom.format.fill.color = '#FFC7CE';
      const never = ctx.workbook.worksheets.getItem('S').getRange('A2').conditionalFormats.add('Custom');
      never.custom.rule.formula = '=ISTEXT(1)';
      never.custom.format.fill.color = '#0000FF';
      await ctx.sync();
    });
    expect(fake.conditionalFormats('S')).toEqual([
      { ranges: 'A2', formula: '=ISTEXT(1)', fill: '#0000FF' },
      { ranges: 'A1,B2', formula: '=ISTEXT("mark")', fill: '#FFC7CE' },
    ]);
    expect(['A1', 'B2', 'A2', 'B1'].map((a) => fake.shownFill('S', a))).toEqual(['#FFC7CE', '#FFC7CE', '#FFFFFF', '#FFFFFF']);
    expect(fake.fill('S', 'B2')?.color).toBe('#00FF00'); // the cell's own fill is untouched
    expect(JSON.stringify(fake.toWorkbookData())).toBe(before);
    await fake.run(async (ctx) => {
      const list = ctx.workbook.worksheets.getItem('S').getRange('B2').conditionalFormats.load('items/type, items/customOrNullObject/rule/formula, items/customOrNullObject/format/fill/color');
      await ctx.sync();
      expect(list.items.map((c) => [c.type, c.customOrNullObject.rule.formula, c.customOrNullObject.format.fill.color])).toEqual([['Custom', '=ISTEXT("mark")', '#FFC7CE']]);
      list.items[0].delete();
      await ctx.sync();
    });
    expect(fake.conditionalFormats('S').map((c) => c.ranges)).toEqual(['A2']);
    expect(fake.shownFill('S', 'B2')).toBe('#00FF00');
    await expectCode(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('P').getRange('A1').conditionalFormats.add('Custom');
        await ctx.sync();
      }),
      'AccessDenied',
    );
    await fake.run(async (ctx) => {
      expect(() => ctx.workbook.worksheets.getItem('S').getRange('A1').conditionalFormats.add('DataBar')).toThrow(/not modelled/);
    });
    fake.setRequirement('ExcelApi', '1.8');
    await fake.run(async (ctx) => {
      expect(thrown(() => ctx.workbook.worksheets.getItem('S').getRanges('A1')).code).toBe('ApiNotFound');
    });
  });
});

describe('FakeExcel: protection and sheets', () => {
  it('fails writes to a protected sheet at sync with AccessDenied; earlier commands stay, later ones are dropped', async () => {
    const fake = book();
    fake.protect('收支总表');
    await expectCode(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Empty').getRange('A1').values = [[1]];
        ctx.workbook.worksheets.getItem('收支总表').getRange('A2').format.fill.color = '#FF0000';
        ctx.workbook.worksheets.getItem('Empty').getRange('A2').values = [[2]];
        await ctx.sync();
      }),
      'AccessDenied',
    );
    expect(fake.value('Empty', 'A1')).toBe(1);
    expect(fake.value('Empty', 'A2')).toBeNull();
    expect(fake.fill('收支总表', 'A2')).toBeNull();
  });

  it('refuses a taken (case-insensitive) or invalid sheet name', async () => {
    const fake = book();
    await expectCode(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.add('EMPTY');
        await ctx.sync();
      }),
      'ItemAlreadyExists',
    );
    await expectCode(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.add('a/b');
        await ctx.sync();
      }),
      'InvalidArgument',
    );
    await expectCode(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.add('x'.repeat(32));
        await ctx.sync();
      }),
      'InvalidArgument',
    );
    expect(fake.sheetNames()).toEqual(['收支总表', 'Empty']);
  });

  it('activates and selects, and refuses proxies used after Excel.run ended', async () => {
    const fake = book();
    let leaked: Excel.Range | undefined;
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Empty');
      ws.activate();
      leaked = ws.getRange('C3');
      leaked.select();
      await ctx.sync();
    });
    expect(fake.selection()).toEqual({ sheet: 'Empty', address: 'C3' });
    expect(thrown(() => (leaked as Excel.Range).select()).code).toBe('InvalidRequestContext');
  });
});

describe('FakeExcel: built from WorkbookData', () => {
  it('takes engine workbook data as is and gives it back', async () => {
    const data = workbook(
      { name: '表一', rows: [['标题'], ['项目', '金额'], ['工资', 827.29], ['合计', { error: '#VALUE!' }]], merges: ['A1:B1'], numFmt: '0.00' },
      { name: '表二', at: 'B3', rows: [[1, 2]] },
    );
    const fake = createFakeExcel(data);
    const back = fake.toWorkbookData();
    expect(back.sheets.map((s) => s.name)).toEqual(['表一', '表二']);
    expect(back.sheets[0].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    expect(back.sheets[0].cells[2][1]).toEqual({ value: 827.29, numFmt: '0.00' });
    expect(back.sheets[0].cells[3][1]).toEqual({ value: { error: '#VALUE!' }, numFmt: 'General' });
    expect(back.sheets[1]).toMatchObject({ top: 2, left: 1 });
    let count: OfficeExtension.ClientResult<number> | undefined;
    await fake.run(async (ctx) => {
      count = ctx.workbook.worksheets.getCount();
      expect(thrown(() => count?.value).code).toBe('ValueNotLoaded');
      await ctx.sync();
    });
    expect(count?.value).toBe(2);
  });
});

describe('FakeExcel: page layout, cell locking, SUMIF (what the templates use)', () => {
  it('pageLayout: Excel\'s defaults, loadable after a sync only, invalid values rejected at sync, fit-to-pages and scale exclusive', async () => {
    const fake = book();
    await fake.run(async (ctx) => {
      const p = ctx.workbook.worksheets.getItem('Empty').pageLayout.load('orientation, paperSize, zoom, centerHorizontally');
      expect(thrown(() => p.orientation).code).toBe('PropertyNotLoaded');
      await ctx.sync();
      expect([p.orientation, p.paperSize, p.zoom, p.centerHorizontally]).toEqual(['Portrait', 'Letter', { scale: 100 }, false]);
      p.orientation = 'Sideways' as Excel.PageOrientation;
      await expectCode(ctx.sync(), 'InvalidArgument');
      p.zoom = { scale: 80, horizontalFitToPages: 1 };
      await expectCode(ctx.sync(), 'InvalidArgument');
      p.orientation = 'Landscape';
      p.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      p.setPrintTitleRows('$1:$4');
      await ctx.sync();
    });
    expect(fake.sheet('Empty').pageLayout).toMatchObject({ orientation: 'Landscape', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: { top: 0, bottom: 3 } });
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Empty').pageLayout.setPrintTitleRows('A1:B4');
      await expectCode(ctx.sync(), 'InvalidArgument');
    });
  });

  it('pageLayout needs ExcelApi 1.9', async () => {
    const fake = book({ excelApi: '1.8' });
    await fake.run(async (ctx) => {
      expect(thrown(() => ctx.workbook.worksheets.getItem('Empty').pageLayout).code).toBe('ApiNotFound');
    });
  });

  it('a protected sheet refuses writes to locked cells and takes them in unlocked ones', async () => {
    const fake = book();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Empty');
      ws.getRange('B2:C3').format.protection.locked = false;
      ws.protection.protect();
      await ctx.sync();
      ws.getRange('B2:C2').values = [[1, 2]];
      await ctx.sync();
      const lockedAlso = ws.getRange('A2:B2');
      lockedAlso.values = [[1, 2]];
      await expectCode(ctx.sync(), 'AccessDenied');
      const l = ws.getRange('B2').format.protection.load('locked');
      const m = ws.getRange('A2:B2').format.protection.load('locked');
      await ctx.sync();
      expect([l.locked, m.locked]).toEqual([false, null]);
    });
    expect(fake.value('Empty', 'C2')).toBe(2);
    expect(fake.value('Empty', 'A2')).toBe(null);
  });

  it('SUMIF: "" matches empty cells; comparisons; the sum range defaults to the range', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'S', cells: [['201', 10], [null, 5], ['201', 7], [null, 'x'], [3, 4]] }] });
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      ws.getRange('D1:D5').formulas = [['=SUMIF(A1:A5,"",B1:B5)'], ['=SUMIF(A1:A5,"201",B1:B5)'], ['=SUMIF(B1:B5,">5")'], ['=SUMIF(A1:A5,"<>201",B1:B5)'], ['=SUMIF(A1:A4,"",B1:B5)']];
      await ctx.sync();
    });
    expect(['D1', 'D2', 'D3', 'D4', 'D5'].map((a) => fake.value('S', a))).toEqual([5, 17, 17, 9, { error: '#VALUE!' }]);
  });
});
