/**
 * The blank standard workbooks of every profile, round trip: written by the file host (exceljs) and
 * read back, checked blank, named, filled with one consistent budget and with one planted defect per
 * table; and the Office host (through the fake Excel) writes the same sheets as the file host.
 */
import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../src/engine/check';
import { cellAt } from '../../src/engine/model/workbook';
import { toA1 } from '../../src/engine/model/address';
import { PROFILES, type ProfileDef } from '../../src/engine/tables/profiles';
import { buildTemplates, templatesToWorkbook, type TemplateOptions } from '../../src/engine/templates';
import { writeTemplatesXlsx } from '../../src/hosts/file/write-templates';
import { readXlsx } from '../../src/hosts/file/xlsx';
import { charsToPoints } from '../../src/hosts/office/templates';
import { createFakeExcel } from '../fakes/excel';
import * as S from '../fakes/excel/state';
import { hostOn } from '../office/support';
import { fillTemplates, plantWrongTotal } from '../support/template-fill';

const DATE = new Date(Date.UTC(2025, 0, 1));
const NAME = '某区政务服务中心';

const optsOf = (p: ProfileDef, unitName = ''): TemplateOptions & { profile: string } => ({
  profile: p.id,
  year: 2025,
  unitName,
  unit: p.unit,
  level: p.level === 'any' ? 'unit' : p.level,
});

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四'];

describe.each(PROFILES.map((p) => [p.id, p] as const))('%s', (_id, profile) => {
  test('the blank workbook holds every table of the profile, in its order, recognised as that profile, and checks clean but for the notes empty tables need', async () => {
    const ts = buildTemplates(optsOf(profile));
    const wb = await readXlsx(await writeTemplatesXlsx(ts, { date: DATE }));
    expect(wb.sheets.map((s) => s.name)).toEqual(ts.map((t) => t.sheetName));
    const r = checkWorkbook(wb);
    expect(r.profile).toBe(profile.id);
    expect(r.profileAuto).toBe(true);
    expect(r.tables.map((t) => t.kind)).toEqual(profile.kinds);
    expect(r.missingTables).toEqual([]);
    // no error, no warning, but the note an empty 政府性基金 / 国有资本经营 / "三公" table needs (the template asks for it)
    expect(r.findings.map((f) => `${f.rule}@${f.sheet}`)).toEqual(ts.filter((t) => t.emptyNote).map((t) => `empty-table-note@${t.sheetName}`));
    // the 整体绩效目标表 is a form without a unit line (its amounts say 万元 in their labels)
    for (const t of r.tables) expect(t.unit).toBe(t.kind === 'three-public' ? '万元' : t.kind === 'overall-performance' ? null : profile.unit);
  });

  test('sheets are numbered as the template numbers them: 表一, 表二 … without a gap, or the region\'s own names', () => {
    const ts = buildTemplates(optsOf(profile));
    expect(ts.map((t) => t.number)).toEqual(ts.map((_, i) => i + 1));
    if (profile.id.startsWith('shanghai')) {
      const prefix = profile.level === 'dept' ? '部门' : '单位';
      for (const t of ts) expect(t.sheetName.startsWith(prefix)).toBe(true);
    } else ts.forEach((t, i) => expect(t.sheetName.startsWith(`表${NUMERALS[i]} `)).toBe(true));
  });

  test('with a name: only the notes an empty table needs, on the tables whose template asks for one', async () => {
    const ts = buildTemplates(optsOf(profile, NAME));
    const r = checkWorkbook(await readXlsx(await writeTemplatesXlsx(ts, { date: DATE })));
    const expected = ts.filter((t) => t.emptyNote).map((t) => t.sheetName);
    expect(expected.length).toBeGreaterThan(0);
    expect(r.findings.map((f) => `${f.rule}@${f.sheet}`)).toEqual(expected.map((s) => `empty-table-note@${s}`));
  });

  test('filled with one consistent budget, it checks with no finding at all (written and read back)', async () => {
    const ts = fillTemplates(buildTemplates(optsOf(profile)), NAME, 2025);
    const wb = await readXlsx(await writeTemplatesXlsx(ts, { date: DATE }));
    const r = checkWorkbook(wb);
    expect(r.profile).toBe(profile.id);
    expect(r.findings).toEqual([]);
    // the figures are there and were checked: the 收支表 totals
    const summary = r.recognized.find((t) => t.kind === 'summary')!;
    expect(summary.hasFigures).toBe(true);
  });

  test.each(profile.kinds.map((k) => [k]))('a wrong total typed over the formula in %s is found at its cell', (kind) => {
    const ts = fillTemplates(buildTemplates(optsOf(profile)), NAME, 2025);
    const t = ts.find((x) => x.kind === kind)!;
    const cell = plantWrongTotal(t);
    const r = checkWorkbook(templatesToWorkbook(ts));
    const here = r.findings.filter((f) => f.sheet === t.sheetName && f.cells[0] === cell && f.severity === 'error');
    expect(here.length).toBeGreaterThan(0);
  });

  test('the Office host (fake Excel) writes the same sheets as the file host: values, formulas, merges, number formats, widths, frozen rows, print setup', async () => {
    const ts = buildTemplates(optsOf(profile, NAME));
    const bytes = await writeTemplatesXlsx(ts, { date: DATE });
    const file = await readXlsx(bytes);
    const xl = new ExcelJS.Workbook();
    await xl.xlsx.load(bytes as unknown as ArrayBuffer);
    const fake = createFakeExcel({ sheets: [{ name: 'Sheet1' }] });
    const names = await hostOn(fake).addSheets(ts);
    expect(names).toEqual(ts.map((t) => t.sheetName));
    for (const t of ts) {
      const sd = file.sheets.find((s) => s.name === t.sheetName)!;
      const ws = xl.getWorksheet(t.sheetName)!;
      const width = Math.max(...t.rows.map((r) => r.length));
      for (let r = 0; r < t.rows.length; r++)
        for (let c = 0; c < width; c++) {
          const a1 = toA1(r, c);
          // a cell covered by a merge shows the merge's top-left cell (exceljs lends it that cell's style)
          if (t.merges.some((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left))) continue;
          const office = fake.cell(t.sheetName, a1);
          const f = cellAt(sd, r, c);
          expect([a1, office.value, office.formula]).toEqual([a1, f.value, f.formula]);
          expect([a1, office.numberFormat]).toEqual([a1, ws.getCell(a1).numFmt || 'General']);
          expect([a1, office.bold]).toEqual([a1, ws.getCell(a1).font?.bold === true]);
          expect([a1, office.wrapText]).toEqual([a1, ws.getCell(a1).alignment?.wrapText === true]);
        }
      expect(fake.merges(t.sheetName).sort()).toEqual(sd.merges.map((m) => `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`).sort());
      t.columnWidths.forEach((w, c) => {
        expect(fake.columnWidth(t.sheetName, c)).toBe(charsToPoints(w));
        expect(ws.getColumn(c + 1).width).toBe(w);
      });
      expect(fake.frozenRows(t.sheetName)).toBe(t.freezeRows);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: t.freezeRows });
      const page = fake.sheet(t.sheetName).pageLayout;
      expect(page).toEqual({
        orientation: 'Landscape',
        paperSize: 'A4',
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        centerHorizontally: true,
        printTitleRows: { top: 0, left: 0, bottom: t.freezeRows - 1, right: expect.any(Number) },
      });
      expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true });
      expect(xl.definedNames.getRanges('_xlnm.Print_Titles').ranges.some((x) => x.includes(`$1:$${t.freezeRows}`)) || ws.pageSetup.printTitlesRow === `1:${t.freezeRows}`).toBe(true);
    }
  });
});

describe('template contents', () => {
  const byId = (id: string) => buildTemplates(optsOf(PROFILES.find((p) => p.id === id)!));

  test('mof-9 numbers its nine tables 表一 … 表九, the "三公" table 表七 (no gap where the Henan set has 支出经济分类汇总表)', () => {
    const ts = byId('mof-9');
    expect(ts.map((t) => t.sheetName.split(' ')[0])).toEqual(['表一', '表二', '表三', '表四', '表五', '表六', '表七', '表八', '表九']);
    expect(ts[6].kind).toBe('three-public');
  });

  test('Shanghai: 编制单位 / 编制部门 line, 单位：元, the 三公 table in 万元 with 机关运行经费, 合计 last over 类 rows only', () => {
    const unit = byId('shanghai-2026-unit');
    const dept = byId('shanghai-2026-dept');
    expect(unit[0].rows[0][0]?.value).toBe('2025年预算单位财务收支预算总表');
    expect(dept[0].rows[0][0]?.value).toBe('2025年部门财务收支预算总表');
    expect(unit[0].rows[1][0]?.value).toBe('编制单位：');
    expect(dept[0].rows[1][0]?.value).toBe('编制部门：');
    expect(unit[1].rows[1].find((c) => c?.value === '单位：元')).toBeDefined();
    const three = unit.find((t) => t.kind === 'three-public')!;
    expect(three.rows[1].find((c) => c?.value === '单位:万元')).toBeDefined();
    expect(three.rows.some((r) => r.some((c) => c?.value === '机关运行经费预算数'))).toBe(true);
    const revenue = unit.find((t) => t.kind === 'revenue')!;
    const last = revenue.rows[revenue.body.bottom + 1];
    expect(last[0]?.value).toBe('合计');
    expect(last[4]?.formula).toBe(`=SUMIF(B${revenue.body.top + 1}:B${revenue.body.bottom + 1},"",E${revenue.body.top + 1}:E${revenue.body.bottom + 1})`);
    expect(revenue.merges).toContainEqual({ top: revenue.body.bottom + 1, left: 0, bottom: revenue.body.bottom + 1, right: 3 });
  });

  test('收入总计 = 本年收入合计 + 上年结转结余, on both sides of the Henan 收支预算表', () => {
    const t = byId('henan-2024-unit')[0];
    const row = (label: string) => t.rows.findIndex((r) => r[0]?.value === label);
    const [year, carry, grand] = [row('本年收入合计'), row('上年结转结余'), row('收入总计')];
    expect(t.rows[grand][1]?.formula).toBe(`=B${year + 1}+B${carry + 1}`);
    expect(t.rows[grand][3]?.formula).toBe(`=D${year + 1}+D${carry + 1}`);
    expect(t.rows[year][3]?.formula).toMatch(/^=SUM\(D\d+:D\d+\)$/);
  });

  test('the 财政拨款收支预算表 lists each function class once, under its current name (no 医疗卫生与计划生育支出 line)', () => {
    const t = byId('henan-2024-unit').find((x) => x.kind === 'fiscal-summary')!;
    const lines = t.rows.map((r) => r[2]?.value).filter((v): v is string => typeof v === 'string');
    expect(lines).toContain('(十)卫生健康支出');
    expect(lines.some((l) => l.includes('计划生育'))).toBe(false);
    expect(lines).toContain('(十五)资源勘探工业信息等支出');
  });

  test('protected templates lock the formula cells only; the file is byte for byte the same for the same input', async () => {
    const p = PROFILES[0];
    const ts = buildTemplates({ ...optsOf(p), protectFormulas: true });
    const a = await writeTemplatesXlsx(ts, { date: DATE });
    // written again years later (the zip writer stamps entries with the clock): the same bytes
    jest.useFakeTimers({
      now: new Date(Date.UTC(2031, 5, 1, 13, 37, 11)),
      doNotFake: ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'],
    });
    let b: Uint8Array;
    try {
      expect(new Date().getUTCFullYear()).toBe(2031);
      b = await writeTemplatesXlsx(buildTemplates({ ...optsOf(p), protectFormulas: true }), { date: DATE });
    } finally {
      jest.useRealTimers();
    }
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(a as unknown as ArrayBuffer);
    const t = ts[1];
    const ws = wb.getWorksheet(t.sheetName)!;
    expect((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
    const totalRow = t.body.top - 1; // Henan: the 合计 row first
    expect(ws.getCell(totalRow + 1, 3).protection?.locked).not.toBe(false); // formula: locked
    expect(ws.getCell(t.body.top + 1, 3).protection?.locked).toBe(false); // input: unlocked
    // the Office host: the same cells unlocked, the sheet protected
    const fake = createFakeExcel({ sheets: [{ name: 'Sheet1' }] });
    await hostOn(fake).addSheets([t]);
    const s = fake.sheet(t.sheetName);
    expect(s.protection.protected).toBe(true);
    expect(S.getCell(s, totalRow, 2)?.locked).toBeUndefined();
    expect(S.getCell(s, t.body.top + 1, 2)?.locked).toBe(false);
  });
});

describe('reading back what Excel computed as 0', () => {
  test('a formula whose cached result is 0 reads as 0, not as never calculated', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('a');
    ws.getCell('A1').value = { formula: 'B1+1', result: 0 } as ExcelJS.CellFormulaValue;
    ws.getCell('A2').value = { formula: 'B1', result: 5 } as ExcelJS.CellFormulaValue;
    ws.getCell('A3').value = { formula: 'B1' } as ExcelJS.CellFormulaValue;
    const sheet = (await readXlsx(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer))).sheets[0];
    expect(cellAt(sheet, 0, 0)).toMatchObject({ value: 0, formula: '=B1+1' });
    expect(cellAt(sheet, 1, 0)).toMatchObject({ value: 5, formula: '=B1' });
    expect(cellAt(sheet, 2, 0)).toMatchObject({ value: null, formula: '=B1' });
  });
});
