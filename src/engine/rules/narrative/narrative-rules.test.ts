/**
 * The narrative rules: short narratives that must and must not be reported (one paragraph per row
 * of a 预算说明 sheet, as the fixtures lay them out), the seed narratives' defects (docs/DOMAIN.md §6),
 * (the narrative against its tables, on the fixture workbooks, is in test/integration/narrative-tables.test.ts).
 */
import { narrativeOf as narrativeFixture } from '../../../../test/fixtures/build-fixtures';
import { brief, findingsOf } from '../../../../test/support/rules';
import type { SheetSpec } from '../../../../test/support/sheet';
import { EXPENDITURE_001 } from '../../../../test/engine/seed-layouts';

const say = (...paras: string[]): SheetSpec => ({ name: '预算说明', rows: paras.map((p) => [p]) });
const run = (rule: string, ...paras: string[]) => brief(findingsOf(rule, [say(...paras)]));
const run2 = (rule: string, sheets: SheetSpec[]) => brief(findingsOf(rule, sheets));

describe('narrative-sum', () => {
  test.each([
    { name: 'a list that adds up', paras: ['本单位2024年支出合计866.01万元，其中：基本支出245.23万元，占28%；项目支出620.78万元，占72%。'], want: [] as string[] },
    { name: 'seed 000: 政府采购 130 ≠ 30 + 80 + 0', paras: ['本单位2022年政府采购预算安排130万元，其中：政府采购货物预算30万元、政府采购工程预算80万元、政府采购服务预算0万元。'], want: ['error A1'] },
    {
      name: 'seed 003: 包括 with the items in the numbered paragraphs below',
      paras: ['（二）支出预算819.82万元，包括：', '1.基本支出623.44万元；', '2.项目支出150.94万元。'],
      want: ['error A1,A2,A3'],
    },
    { name: 'a rounding difference inside the envelope (0.01 of 0.015)', paras: ['支出合计100.01万元，其中：基本支出60.00万元；项目支出40.00万元。'], want: [] },
    { name: 'just beyond the envelope', paras: ['支出合计100.02万元，其中：基本支出60.00万元；项目支出40.00万元。'], want: ['error A1'] },
    { name: 'whole amounts are exact: 400 = 363 + 37', paras: ['支出合计400万元，其中：基本支出363万元，占91%；项目支出37万元，占9%。'], want: [] },
    { name: 'numbered items with a nested 主要包括 (seed 004)', paras: ['一般公共预算支出362.9万元，其中1、工资福利支出273万元；主要包括：基本工资78.97万元、其他工资福利支出8万元；2、商品和服务支出89.9万元，主要包括：办公费4.2万元。'], want: [] },
    { name: '其中 that lists only some parts (assets) is not a complete list', paras: ['资产总额1269.64万元，其中，流动资产0.61万元，固定资产83.96万元。'], want: [] },
    { name: '…but its parts may not exceed the total', paras: ['资产总额69.64万元，其中，流动资产0.61万元，固定资产83.96万元。'], want: ['error A1'] },
    { name: 'a year is never an amount', paras: ['与2023年相比，2024年收入合计100万元，其中：一般公共预算100万元。'], want: [] },
    {
      name: 'a nested 其中 in brackets belongs to its item, not counted twice',
      paras: ['“三公”经费预算10万元，其中：因公出国（境）费2万元，公务接待费3万元，公务用车购置及运行费5万元（其中：公务用车购置费2万元，公务用车运行维护费3万元）。'],
      want: [],
    },
    { name: '…and the nested list is checked on its own', paras: ['“三公”经费预算10万元，其中：因公出国（境）费2万元，公务接待费3万元，公务用车购置及运行费5万元（其中：公务用车购置费2万元，公务用车运行维护费4万元）。'], want: ['error A1'] },
    { name: 'a marker mid-sentence does not take the previous sentence’s amount as its total', paras: ['本年支出合计100万元。办公经费主要包括：印刷费10万元，邮电费20万元。'], want: [] },
    { name: 'a sentence that opens with 其中 lists the previous sentence’s total', paras: ['本年支出合计100万元。其中：基本支出60万元，项目支出30万元。'], want: ['error A1'] },
    {
      name: '江苏: （1）（2） under 2．…其中：, not the 3． that follows',
      paras: ['2．公务用车购置及运行费预算支出 266.8 万元。其中：', '（1）公务用车购置预算支出 0 万元，与上年一致。', '（2）公务用车运行维护费预算支出 266.8 万元，与上年一致。', '3．公务接待费预算支出 86.95 万元，比上年预算减少 97 万元。'],
      want: [],
    },
    {
      name: '…and a wrong item of those is still found',
      paras: ['2．公务用车购置及运行费预算支出 266.8 万元。其中：', '（1）公务用车购置预算支出 10 万元。', '（2）公务用车运行维护费预算支出 266.8 万元。', '3．公务接待费预算支出 86.95 万元。'],
      want: ['error A1,A2,A3'],
    },
  ])('$name', ({ paras, want }) => {
    expect(run('narrative-sum', ...paras)).toEqual(want);
  });
});

describe('narrative-consistency', () => {
  test.each([
    { name: 'the same figure twice', paras: ['支出合计866.01万元，其中：基本支出245.23万元。', '一般公共预算基本支出245.23万元。'], want: [] as string[] },
    { name: 'seed 000: 基本支出 245.23, then 866.01', paras: ['支出合计866.01万元，其中：基本支出245.23万元。', '一般公共预算基本支出年初预算为866.01万元。'], want: ['error A2,A1'] },
    { name: 'a change is not the figure itself', paras: ['“三公”经费预算为1.5万元。', '“三公”经费预算数比2021年增加0.3万元。'], want: [] },
    { name: 'one source’s 支出预算 (政府性基金拨款支出预算 0 万元) is not the year’s expenditure', paras: ['本年支出合计100万元。', '政府性基金拨款支出预算0万元。'], want: [] },
    { name: 'seed 004: projects with targets above 项目支出', paras: ['支出合计400万元，其中：基本支出363万元；项目支出37万元。', '编制绩效目标的预算项目共6个，预算资金共37.3万元。'], want: ['error A2,A1'] },
    { name: 'targets below 项目支出 are fine', paras: ['支出合计400万元，其中：基本支出363万元；项目支出37万元。', '编制绩效目标的预算项目共2个，预算资金共30万元。'], want: [] },
    // 江苏 2019 (省高级人民法院): what a sentence is about, and what is a change
    {
      name: 'what increased listed before the amount (…增加人员工资、住房公积金、提租补贴等 x 万元) is a change',
      paras: ['主要原因是基本支出增加人员工资、住房公积金、提租补贴等 3397.18 万元、项目经费支出安排减少 1134.33 万元。', '此外，基本支出预算数为 21968 万元。'],
      want: [],
    },
    {
      name: '会议费 and 培训费 paid from the general budget are not the general-budget figure',
      paras: ['一般公共预算收入 37188.34 万元，占 100%；', '本院一般公共预算拨款安排的会议费预算支出 271.02 万元。', '本院一般公共预算拨款安排的培训费预算支出 1597.25 万元。'],
      want: [],
    },
    {
      name: 'the money under whole-budget targets (整体支出绩效目标) is not the projects’ with targets',
      paras: ['项目支出预算数为 10208.94 万元。', '2019 年本部门实行整体支出绩效目标管理，涉及财政性资金合计 37188.34 万元。'],
      want: [],
    },
    {
      name: '…while projects with targets above 项目支出 are still found',
      paras: ['项目支出预算数为 10208.94 万元。', '2019 年本部门编制绩效目标的项目资金合计 37188.34 万元。'],
      want: ['error A2,A1'],
    },
  ])('$name', ({ paras, want }) => {
    expect(run('narrative-consistency', ...paras)).toEqual(want);
  });
});

describe('narrative-share', () => {
  test.each([
    { name: 'seed 000: 28% and 72% of 866.01', paras: ['支出合计866.01万元，其中：基本支出245.23万元，占28%；项目支出620.78万元，占72%。'], want: [] as string[] },
    { name: 'a wrong share', paras: ['支出合计866.01万元，其中：基本支出245.23万元，占38%；项目支出620.78万元，占72%。'], want: ['warning A1'] },
    { name: '5.51% written 6% rounds right', paras: ['支出362.9万元，主要用于以下方面：卫生健康支出20万元，占6%；其他支出342.9万元，占94%。'], want: [] },
  ])('$name', ({ paras, want }) => {
    expect(run('narrative-share', ...paras)).toEqual(want);
  });
});

describe('narrative-change', () => {
  test.each([
    { name: 'seed 000: 866.01, up 104.04, 14%', paras: ['收入总计866.01万元，与2021年预算相比，收入增加104.04万元，增长14%。'], want: [] as string[] },
    { name: 'seed 004: 400, down 74, 15.6%', paras: ['收入总计400万元，与2020年相比，收、支总计各减少74万元，下降15.6%。'], want: [] },
    { name: 'a wrong rate', paras: ['收入总计866.01万元，与2021年预算相比，收入增加104.04万元，增长24%。'], want: ['warning A1'] },
    { name: 'up in money, down in rate', paras: ['收入总计866.01万元，比上年增加104.04万元，下降14%。'], want: ['warning A1'] },
  ])('$name', ({ paras, want }) => {
    expect(run('narrative-change', ...paras)).toEqual(want);
  });
});

describe('narrative-template', () => {
  test.each([
    { name: 'resolved text', paras: ['“三公”经费预算0万元，与上年持平。'], want: [] as string[] },
    { name: 'seed 003: 增加/减少 … /与上年持平', paras: ['“三公”经费预算支出安排0万元，比上年度增加/减少0万元/与上年持平，增长/下降0%。'], want: ['warning A1', 'warning A1'] },
    { name: 'seed 004: 增加（减少）', paras: ['预算数比2020年增加（减少）0万元。'], want: ['warning A1'] },
    { name: 'doubled words and contradictory choices', paras: ['本单位2024年收入比上年增加增加10万元。', '本单位2024年“三公”经费支出比上年增加持平。'], want: ['warning A1', 'warning A2'] },
    { name: 'placeholders', paras: ['XX单位2024年收入合计100万元。'], want: ['warning A1'] },
  ])('$name', ({ paras, want }) => {
    expect(run('narrative-template', ...paras)).toEqual(want);
  });
});

const NARRATIVE = ['narrative-sum', 'narrative-consistency', 'narrative-share', 'narrative-change', 'narrative-template', 'narrative-tables'];

describe('the seed narratives (docs/DOMAIN.md §6)', () => {
  test('000: 基本支出 866.01 against 245.23, and 政府采购 130 ≠ 30 + 80 + 0', () => {
    const got = brief(NARRATIVE.flatMap((r) => findingsOf(r, [say(...narrativeFixture('000'))])).filter((f) => f.severity === 'error'));
    expect(got).toHaveLength(2);
    const all = NARRATIVE.flatMap((r) => findingsOf(r, [say(...narrativeFixture('000'))]));
    expect(all.map((f) => f.rule).sort()).toEqual(['narrative-consistency', 'narrative-sum']);
    expect(all.find((f) => f.rule === 'narrative-consistency')!.message['zh-CN']).toContain('基本支出此处为 866.01 万元');
    expect(all.find((f) => f.rule === 'narrative-sum')!.message['zh-CN']).toContain('130.00 万元 ≠ 所列各项之和 30万元 + 80万元 + 0万元');
  });
  test('003: 819.82 ≠ 623.44 + 150.94, and 增加/减少 left unresolved', () => {
    const all = NARRATIVE.flatMap((r) => findingsOf(r, [say(...narrativeFixture('003'))]));
    expect(all.filter((f) => f.rule === 'narrative-sum').map((f) => f.message['zh-CN'])).toEqual([expect.stringContaining('819.82 万元 ≠ 所列各项之和 623.44万元 + 150.94万元')]);
    expect(all.filter((f) => f.rule === 'narrative-template').length).toBeGreaterThanOrEqual(5);
    expect(all.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual(['narrative-sum']);
  });
  test('004: 收入 400 but 一般公共预算 362.9, and projects 37.3 vs 项目支出 37', () => {
    const all = NARRATIVE.flatMap((r) => findingsOf(r, [say(...narrativeFixture('004'))]));
    const errors = all.filter((f) => f.severity === 'error').map((f) => f.message['zh-CN']);
    expect(errors).toEqual([expect.stringContaining('一般公共预算此处为 362.90 万元'), expect.stringContaining('37.30 万元 大于项目支出 37.00 万元')]);
  });
});

describe('narrative-tables', () => {
  const yuanAsWan: SheetSpec = { ...EXPENDITURE_001, rows: EXPENDITURE_001.rows.map((r, i) => (i < 5 ? r : r.map((v) => (typeof v === 'number' ? Math.round(v * 10000) : v)))) };
  test('the narrative agrees with the expenditure table', () => {
    expect(run2('narrative-tables', [say('本单位2024年支出合计827.29万元。'), EXPENDITURE_001])).toEqual([]);
  });
  test('a figure that differs: error at the narrative cell', () => {
    expect(run2('narrative-tables', [say('本单位2024年支出合计872.29万元。'), EXPENDITURE_001])).toEqual(['error A1']);
  });
  test('a table 10,000 times the narrative (元 labelled 万元): one unit warning, not an error per figure', () => {
    const fs = findingsOf('narrative-tables', [say('本单位2024年支出合计827.29万元，其中：基本支出283.17万元，项目支出544.12万元。'), yuanAsWan]);
    expect(fs.map((f) => f.severity)).toEqual(['warning']);
    expect(fs[0].message['zh-CN']).toContain('10,000 倍');
  });
});
