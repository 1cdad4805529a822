/**
 * The runner: it stamps each finding with its rule's id and words the message from the rule's
 * messages; it hands a rule only the tables it declares; it records per table which rules checked
 * how many cells and which could not run, and why.
 */
import { basicExpenditure, EXPENDITURE_001, SUMMARY_001 } from '../../../test/engine/seed-layouts';
import { withCell } from '../../../test/support/rules';
import { workbook, type SheetSpec } from '../../../test/support/sheet';
import { analyze } from '../analysis';
import { checkWorkbook } from '../check';
import { runRules } from './runner';
import { defineRule } from './types';

const probe = (over: Partial<Parameters<typeof defineRule>[0]> = {}) =>
  defineRule({
    id: 'probe',
    severity: 'warning',
    description: { 'zh-CN': '探针', en: 'probe' },
    needs: { tables: ['expenditure'] },
    messages: { seen: ({ n }: { n: number }) => ({ 'zh-CN': `看到 ${n} 张表`, en: `saw ${n} tables` }) },
    check(ctx) {
      ctx.report({ messageId: 'seen', data: { n: ctx.tables.length }, sheet: null, cells: [] });
    },
    ...over,
  });

const book = (...s: SheetSpec[]) => analyze(workbook(...s));

describe('runner', () => {
  test('stamps the rule id, the rule severity and the message worded from named parameters', () => {
    const { findings } = runRules(book(SUMMARY_001, EXPENDITURE_001), [probe()]);
    expect(findings).toEqual([{ rule: 'probe', severity: 'warning', sheet: null, cells: [], message: { 'zh-CN': '看到 1 张表', en: 'saw 1 tables' } }]);
  });

  test('hands a rule only the tables of the kinds it needs, and skips it when none is present', () => {
    expect(runRules(book(SUMMARY_001), [probe()]).findings).toEqual([]);
    const kinds: string[] = [];
    runRules(book(SUMMARY_001, EXPENDITURE_001), [probe({ check: (ctx) => kinds.push(...ctx.tables.map((t) => t.kind)) })]);
    expect(kinds).toEqual(['expenditure']);
  });

  test('a rule that reads a table kind it did not declare fails loudly (its needs must say what it reads)', () => {
    const bad = probe({ check: (ctx) => void ctx.table('summary') });
    expect(() => runRules(book(SUMMARY_001, EXPENDITURE_001), [bad])).toThrow(/does not declare/);
    const narrative = probe({ check: (ctx) => void ctx.narrative });
    expect(() => runRules(book(EXPENDITURE_001), [narrative])).toThrow(/needs.narrative/);
  });

  test('coverage: cells compared per table, a skip with its reason, and a default reason for a table the rule found nothing in', () => {
    const a = book(SUMMARY_001, EXPENDITURE_001);
    const skipping = probe({
      id: 'skipper',
      needs: { tables: ['summary', 'expenditure'] },
      check: (ctx) => ctx.skipped(ctx.table('summary')!, { 'zh-CN': '结构未确认', en: 'structure not confirmed' }),
    });
    const { coverage } = runRules(a, [skipping]);
    const [summary, expenditure] = coverage;
    expect(summary.skipped).toEqual([{ rule: 'skipper', reason: { 'zh-CN': '结构未确认', en: 'structure not confirmed' } }]);
    expect(expenditure.skipped.map((s) => s.rule)).toEqual(['skipper']);
    expect(expenditure.ran).toEqual([]);
  });

  test('coverage of the real rules: row-sum compared every row identity cell of the expenditure table', () => {
    const r = checkWorkbook(workbook(EXPENDITURE_001), { rules: ['row-sum', 'column-sum'] });
    const cov = r.tables[0].checks!;
    const rowSum = cov.ran.find((x) => x.rule === 'row-sum');
    const columnSum = cov.ran.find((x) => x.rule === 'column-sum');
    // 合计 = 基本 + 项目, 基本 = 人员 + 公用, 项目 = 其他运转 + 特定目标 … on the rows that hold figures
    expect(rowSum?.cells).toBeGreaterThan(20);
    expect(columnSum?.cells).toBeGreaterThan(10);
    expect(cov.skipped).toEqual([]);
  });

  test('a comparison within the rounding envelope is an info finding, beyond it the rule’s severity', () => {
    const info = checkWorkbook(workbook(withCell(EXPENDITURE_001, 7, 5, 765.3)), { rules: ['row-sum'] }).findings;
    expect(info.map((f) => [f.rule, f.severity, f.expected, f.actual])).toEqual([['row-sum', 'info', 765.29, 765.3]]);
    const err = checkWorkbook(workbook(withCell(EXPENDITURE_001, 7, 5, 765.5)), { rules: ['row-sum'] }).findings;
    expect(err.map((f) => [f.rule, f.severity])).toEqual([['row-sum', 'error']]);
  });

  test('coverage notes when too few rows exist to confirm a structure: it is checked as the template lays it out', () => {
    // two rows only: 合计 = 人员经费 + 公用经费 holds or not, but two rows cannot confirm the header
    const few = basicExpenditure([
      ['30101', '基本工资', '50501', '工资福利支出', 10, 6, 4],
    ]);
    const cov = checkWorkbook(workbook(few), { rules: ['row-sum'] }).tables[0].checks!;
    expect(cov.ran).toEqual([{ rule: 'row-sum', cells: expect.any(Number), note: { 'zh-CN': expect.stringContaining('按模板的结构校验'), en: expect.stringContaining('as the template lays it out') } }]);
    const many = basicExpenditure([
      ['30101', '基本工资', '50501', '工资福利支出', 10, 6, 4],
      ['30102', '津贴补贴', '50501', '工资福利支出', 10, 6, 4],
      ['30103', '奖金', '50501', '工资福利支出', 10, 6, 4],
    ]);
    expect(checkWorkbook(workbook(many), { rules: ['row-sum'] }).tables[0].checks!.ran[0].note).toBeUndefined();
  });
});
