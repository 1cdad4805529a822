/**
 * Real layouts from another region: the public Shanghai (Putuo) 2026 templates, blank, filled with
 * a real street office's published 2025 figures (also under the exported sheet names), with one
 * planted defect per table, and the published PDF rebuilt as sheets (docs/DOMAIN.md §8). The
 * checker was not written against these files; what they hold is computed by their builder
 * (test/fixtures/real/shanghai.ts), not by the engine.
 */
import * as path from 'path';
import { checkWorkbook, type CheckResult } from '../../src/engine/check';
import type { WorkbookData } from '../../src/engine/model/workbook';
import { readWorkbookFile } from '../../src/hosts/file/node';
import { SHANGHAI_FIXTURES, type ShanghaiFixture } from '../fixtures/real/shanghai-fixtures';

const ROOT = path.join(__dirname, '../..');
const cache = new Map<string, Promise<WorkbookData>>();
const read = (f: ShanghaiFixture) => {
  if (!cache.has(f.path)) cache.set(f.path, readWorkbookFile(path.join(ROOT, f.path)));
  return cache.get(f.path)!;
};
const check = async (f: ShanghaiFixture): Promise<CheckResult> => checkWorkbook(await read(f));

const SUM_RULES = ['row-sum', 'column-sum', 'balance'];
/** The narrative sheets of the templates: the fixtures fill the tables only, so the template's XX and 增加（减少） are left there. */
const NARRATIVE_SHEETS = /封面|职能|机构设置|名词解释|编制说明|其他相关情况说明|项目经费情况说明/;

const brief = (r: CheckResult) => r.findings.map((f) => `${f.severity} ${f.rule} ${f.sheet} ${f.cells[0] ?? ''}`);

describe.each(SHANGHAI_FIXTURES)('$file ($group)', (fx) => {
  test('every table recognised with its kind, sheet and unit; the Shanghai profile picked by itself; nothing missing', async () => {
    const r = await check(fx);
    expect(r.tables.map((t) => ({ kind: t.kind, sheet: t.sheet, unit: t.unit }))).toEqual(fx.tables);
    expect(r.profile).toBe(fx.profile);
    expect(r.missingTables).toEqual([]);
  });

  if (fx.group === 'template') {
    test('blank: no finding but the notes the empty 政府性基金, 国有资本经营 and 三公 tables need', async () => {
      const r = await check(fx);
      expect(r.findings.map((f) => f.rule)).toEqual(['empty-table-note', 'empty-table-note', 'empty-table-note']);
      expect(r.findings.map((f) => f.sheet)).toEqual(fx.tables.filter((t) => ['gov-fund', 'state-capital', 'three-public'].includes(t.kind)).map((t) => t.sheet));
    });
  }

  if (fx.group === 'filled' || fx.group === 'export-names') {
    test('filled: no finding in any table (the unfilled template narrative aside), and every sum check ran where the table has figures', async () => {
      const r = await check(fx);
      expect(brief(r).filter((b) => !b.includes('narrative-template'))).toEqual([]);
      expect(r.findings.every((f) => f.rule === 'narrative-template' && NARRATIVE_SHEETS.test(f.sheet ?? ''))).toBe(true);
      for (const t of r.tables) {
        const c = t.checks!;
        const empty = t.kind === 'gov-fund' || t.kind === 'state-capital';
        const ran = c.ran.map((x) => x.rule).filter((x) => SUM_RULES.includes(x));
        if (empty) expect(ran).toEqual([]);
        else expect(ran.length).toBeGreaterThan(0);
        // a sum that did not run says why, and never because the structure was not confirmed
        for (const s of c.skipped.filter((x) => SUM_RULES.includes(x.rule))) expect(s.reason['zh-CN']).not.toContain('未能由数据确认');
      }
      const byKind = new Map(r.tables.map((t) => [t.kind, t.checks!.ran.map((x) => x.rule)]));
      for (const k of ['revenue', 'expenditure', 'general-budget', 'basic-expenditure'] as const) expect(byKind.get(k)).toEqual(expect.arrayContaining(['row-sum', 'column-sum']));
      expect(byKind.get('fiscal-summary')).toEqual(expect.arrayContaining(['row-sum', 'column-sum', 'balance']));
      expect(byKind.get('summary')).toEqual(expect.arrayContaining(['column-sum', 'balance']));
    });
  }

  if (fx.group === 'defect') {
    test(`the planted defect is found at its cell (${fx.defect!.sheet} ${fx.defect!.cell})`, async () => {
      const r = await check(fx);
      const d = fx.defect!;
      const errors = r.findings.filter((f) => f.severity === 'error');
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.some((f) => f.sheet === d.sheet && f.cells.includes(d.cell))).toBe(true);
      // and nothing is reported on a table the defect does not touch (cross-table findings name the other table as related)
      const touched = new Set([d.sheet, ...errors.flatMap((f) => (f.related ?? []).map((x) => x.sheet))]);
      expect(r.findings.filter((f) => f.rule !== 'narrative-template' && f.rule !== 'code-missing' && !touched.has(f.sheet ?? ''))).toEqual([]);
    });
  }

  if (fx.group === 'pdf-rebuilt') {
    test('rebuilt from the PDF (amounts as text, split labels, a repeated header): no error; the printed 1 元 rounding differences are rounding info', async () => {
      const r = await check(fx);
      expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
      const rounding = r.findings.filter((f) => f.rule === 'row-sum' || f.rule === 'column-sum');
      expect(rounding.length).toBeGreaterThan(0);
      for (const d of fx.publishedDefects!) expect(rounding.some((f) => f.sheet === d.sheet && f.cells.includes(d.cell))).toBe(true);
      // numbers stored as text: one note per table, not one per cell
      const asText = r.findings.filter((f) => f.rule === 'number-as-text');
      expect(asText.length).toBeLessThanOrEqual(r.tables.length);
    });
  }
});
