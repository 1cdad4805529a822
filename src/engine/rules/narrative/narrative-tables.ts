/**
 * narrative-tables: every figure the narrative states that a table also holds must agree with it:
 * totals, 一般公共预算, 基本支出 / 项目支出, 人员经费 / 公用经费, the 三公 items, 机关运行经费,
 * 政府性基金 (in 万元 both, with the rounding envelope of what each writes).
 */
import { lineFact, totalFact, type Fact } from '../../analysis/facts';
import type { TableFacts } from '../../analysis/table-facts';
import { narrativeMessages } from '../../i18n/narrative-messages';
import { topicName, type TopicId } from '../../narrative';
import type { TableKind } from '../../tables/kinds';
import type { RecognizedTable } from '../../tables/model';
import { compareValues } from '../../tolerance';
import { defineRule, type RuleContext } from '../types';
import { unitFactorBetween } from '../kit/cross';
import { cellOf, fig, narrativePresent } from '../kit/narrative';

type Source = { kind: TableKind; fact: (t: RecognizedTable, f: TableFacts) => Fact | null };

const SOURCES: Partial<Record<TopicId, Source[]>> = {
  'income-total': [{ kind: 'summary', fact: (t, f) => f.summaryIncome(t).grand ?? f.summaryIncome(t).thisYear }],
  'expense-total': [{ kind: 'summary', fact: (t) => lineFact(t, 'expense', /支出总计|总计/) }],
  'income-sum': [{ kind: 'summary', fact: (t, f) => f.summaryIncome(t).thisYear }],
  'expense-sum': [{ kind: 'expenditure', fact: (t) => totalFact(t, 'total') }],
  'general-budget': [{ kind: 'summary', fact: (t, f) => f.summaryIncome(t).lines.get('general-budget') ?? null }],
  basic: [{ kind: 'expenditure', fact: (t) => totalFact(t, 'basic') }],
  project: [{ kind: 'expenditure', fact: (t) => totalFact(t, 'project') }],
  personnel: [{ kind: 'basic-expenditure', fact: (t, f) => f.personnel(t) }],
  public: [{ kind: 'basic-expenditure', fact: (t, f) => f.publicFunds(t) }],
  'three-public': [{ kind: 'three-public', fact: (t, f) => f.threePublic(t, 'total') }],
  outbound: [{ kind: 'three-public', fact: (t, f) => f.threePublic(t, 'outbound') }],
  reception: [{ kind: 'three-public', fact: (t, f) => f.threePublic(t, 'reception') }],
  vehicles: [{ kind: 'three-public', fact: (t, f) => f.threePublic(t, 'vehicles') }],
  'vehicle-purchase': [{ kind: 'three-public', fact: (t, f) => f.threePublic(t, 'vehicle-purchase') }],
  'vehicle-operation': [{ kind: 'three-public', fact: (t, f) => f.threePublic(t, 'vehicle-operation') }],
  operating: [
    { kind: 'operating-funds', fact: (t) => totalFact(t, 'total') },
    { kind: 'three-public', fact: (t, f) => f.threePublic(t, 'operating-costs') },
  ],
  'gov-fund': [{ kind: 'gov-fund', fact: (t) => totalFact(t, 'total') }],
};

function sourceFact(ctx: RuleContext<typeof MESSAGES>, topic: TopicId): { t: RecognizedTable; f: Fact } | null {
  for (const s of SOURCES[topic] ?? []) {
    const t = ctx.table(s.kind);
    const f = t ? s.fact(t, ctx.facts) : null;
    if (t && f) return { t, f };
  }
  return null;
}

const MESSAGES = { table: narrativeMessages.table, tableUnit: narrativeMessages.tableUnit };
/** Every kind of table the narrative's figures are compared with. */
const NEEDED: TableKind[] = [...new Set(Object.values(SOURCES).flatMap((list) => list.map((x) => x.kind)))];

export const narrativeTables = defineRule({
  id: 'narrative-tables',
  severity: 'error',
  description: { 'zh-CN': '预算说明中的数字与表格一致', en: 'Narrative figures agree with the tables' },
  needs: { tables: 'workbook', reads: NEEDED, narrative: true },
  messages: MESSAGES,
  check(ctx) {
    if (!narrativePresent(ctx)) return;
    const done = new Set<string>();
    for (const a of ctx.narrative.amounts) {
      if (!a.topic || a.change) continue;
      const src = sourceFact(ctx, a.topic);
      if (!src) continue;
      const c = compareValues(fig(a), { value: src.f.value, step: src.f.step, exact: src.f.exact });
      if (c.verdict !== 'mismatch') continue;
      const key = `${a.topic}:${a.value}`;
      if (done.has(key)) continue;
      done.add(key);
      const factor = unitFactorBetween(a.value, src.f.value);
      if (factor) {
        // 万元 against a table read in the wrong unit: one warning for the table, not an error per figure
        if (ctx.once(`narrative-unit|${src.t.sheet}`)) {
          ctx.report({
            messageId: 'tableUnit',
            data: { topic: topicName(a.topic, 'zh-CN'), written: a.written, kind: src.t.kind, where: `${src.f.sheet} ${src.f.cells[0]}`, factor },
            severity: 'warning',
            sheet: a.para.sheet,
            cells: [cellOf(a)],
            related: [{ sheet: src.f.sheet, cells: src.f.cells.slice(0, 4) }],
          });
        }
        continue;
      }
      ctx.report({
        severity: 'error',
        sheet: a.para.sheet,
        cells: [cellOf(a)],
        messageId: 'table',
        data: { topic: topicName(a.topic, 'zh-CN'), value: a.value, kind: src.t.kind, label: src.f.label, tableValue: src.f.value / src.f.factor, tableUnit: src.f.factor === 1 ? '万元' : '元', where: `${src.f.sheet} ${src.f.cells[0]}` },
        expected: src.f.value,
        actual: a.value,
        related: [{ sheet: src.f.sheet, cells: src.f.cells.slice(0, 4) }],
      });
    }
  },
});
