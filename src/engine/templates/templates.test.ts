import * as fs from 'fs';
import * as path from 'path';
import { recognizeWorkbook } from '../recognize';
import { checkWorkbook } from '../check';
import { TABLE_KINDS, type TableKind } from '../tables/kinds';
import { builtinCatalog, lookup } from '../catalog/catalog';
import { chineseNumeral } from '../text';
import { buildTemplate, standardSheetName, templateToSheetData, TEMPLATE_ORDER } from './index';

const OPTS = { year: 2025, unitName: '某区某局', unit: '万元' as const, level: 'unit' as const };

describe.each(TABLE_KINDS.map((k) => [k]))('template %s', (kind: TableKind) => {
  const t = buildTemplate(kind, OPTS);
  test('is recognised as its own kind, with its year and unit', () => {
    const tables = recognizeWorkbook({ sheets: [templateToSheetData(t)] });
    expect(tables.map((x) => x.kind)).toEqual([kind]);
    expect(tables[0].year).toBe(2025);
    if (kind !== 'overall-performance') expect(tables[0].unit).toBe('万元');
  });
  test('merges are inside the grid, do not overlap, and their top-left holds text', () => {
    const width = Math.max(...t.rows.map((r) => r.length));
    const seen = new Set<string>();
    for (const m of t.merges) {
      expect(m.bottom).toBeLessThan(t.rows.length);
      expect(m.right).toBeLessThan(width);
      expect(typeof t.rows[m.top][m.left]?.value).toBe('string');
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++) {
          expect(seen.has(`${r}:${c}`)).toBe(false);
          seen.add(`${r}:${c}`);
        }
    }
  });
  test('the title names the year', () => {
    expect(String(t.rows[0][0]?.value)).toMatch(/^2025年/);
  });
});

describe('template contents', () => {
  test('支出预算表: 科目编码 over 类/款/项, 基本支出 over 小计/人员经费/公用经费, and a 合计 row of SUM formulas over the body', () => {
    const t = buildTemplate('expenditure', OPTS);
    const text = (r: number, c: number) => t.rows[r][c]?.value;
    expect([text(2, 0), text(3, 0), text(3, 1), text(3, 2)]).toEqual(['科目编码', '类', '款', '项']);
    expect(t.merges).toEqual(expect.arrayContaining([{ top: 2, left: 0, bottom: 2, right: 2 }, { top: 2, left: 6, bottom: 2, right: 10 }, { top: 3, left: 7, bottom: 3, right: 8 }]));
    const totalRow = t.freezeRows;
    expect(text(totalRow, 4)).toBe('合计');
    expect(t.rows[totalRow][5]?.formula).toBe(`=SUM(F${totalRow + 2}:F${totalRow + 11})`);
    expect(t.rows[totalRow][0]?.formula).toBeUndefined();
  });

  test('收支预算表 carries a line for every function-class line of the seed 001 template, under its current official name', () => {
    const seed = fs.readFileSync(path.join(__dirname, '../../../../shared/seeds', fs.readdirSync(path.join(__dirname, '../../../../shared/seeds')).find((f) => f.startsWith('001'))!), 'utf8');
    const block = seed.slice(seed.indexOf('# 2024年单位收支预算表'), seed.indexOf('# 2024 年单位收入预算表'));
    const seedLines = [...block.matchAll(/\t\t([一二三四五六七八九十]+)、([^\t\n]+)/g)].map((m) => ({ n: m[1], name: m[2].trim() }));
    const t = buildTemplate('summary', OPTS);
    const lines = t.rows.map((r) => r[2]?.value).filter((v): v is string => typeof v === 'string');
    const cat = builtinCatalog();
    expect(seedLines.length).toBeGreaterThan(15);
    for (const l of seedLines) {
      const code = String(200 + chineseNumeral(l.n)!);
      // the seed prints shortened or former names (一般公共服务, 城乡社区事务); the template the current ones
      expect(lines).toContain(`${l.n}、${lookup(cat, 'fn', code)!.name}`);
    }
    expect(lines).toContain('一、一般公共服务支出');
    expect(lines).toContain('十二、城乡社区支出');
    expect(lines).not.toContain('一、一般公共服务');
  });

  test('a blank workbook of templates checks clean (formulas not yet calculated are blanks)', () => {
    const sheets = TEMPLATE_ORDER.map((k) => templateToSheetData(buildTemplate(k, OPTS)));
    const r = checkWorkbook({ sheets });
    expect(r.tables.map((x) => x.kind)).toEqual(TEMPLATE_ORDER);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('department level and sheet names', () => {
    expect(buildTemplate('summary', { ...OPTS, level: 'dept' }).rows[0][0]?.value).toBe('2025年部门收支预算表');
    expect(standardSheetName('expenditure')).toBe('表三 支出预算表');
    expect(buildTemplate('three-public', { ...OPTS, unit: '元' }).rows[1].some((c) => c?.value === '单位：万元')).toBe(true);
  });
});
