import { TABLE_KINDS } from '../../src/engine/tables/kinds';
import { matchSheetName, matchTitle } from '../../src/engine/recognize/title';

/** Every alias of docs/DOMAIN.md §1, with the prefixes seen in the seeds. */
const ALIASES: [string, string][] = [
  ['2024年单位收支预算表', 'summary'],
  ['2024年部门收支预算总表', 'summary'],
  ['部门收支总表', 'summary'],
  ['2026年财务收支预算总表', 'summary'],
  ['2024 年单位收入预算表', 'revenue'],
  ['收入预算总表', 'revenue'],
  ['部门收入总表', 'revenue'],
  ['2024 年单位支出预算表', 'expenditure'],
  ['支出预算总表', 'expenditure'],
  ['部门支出总表', 'expenditure'],
  ['2024 年财政拨款收支预算表', 'fiscal-summary'],
  ['财政拨款收支预算总表', 'fiscal-summary'],
  ['财政拨款收支总表', 'fiscal-summary'],
  ['2024年一般公共预算支出预算表', 'general-budget'],
  ['一般公共预算支出功能分类预算表', 'general-budget'],
  ['一般公共预算拨款表', 'general-budget'],
  ['一般公共预算财政拨款支出预算表', 'general-budget'],
  ['2024年一般公共预算基本支出预算表', 'basic-expenditure'],
  ['一般公共预算基本支出部门预算经济分类预算表', 'basic-expenditure'],
  ['一般公共预算拨款基本支出明细表', 'basic-expenditure'],
  ['2024年支出经济分类汇总表', 'economic-summary'],
  ['2024年一般公共预算"三公"经费预算表', 'three-public'],
  ['一般公共预算“三公”经费预算表', 'three-public'],
  ['一般公共预算「三公」经费预算表', 'three-public'],
  ['一般公共预算三公经费预算表', 'three-public'],
  ['"三公"经费和机关运行经费预算表', 'three-public'],
  ['2024 年政府性基金支出预算表', 'gov-fund'],
  ['政府性基金预算支出预算表', 'gov-fund'],
  ['政府性基金预算支出功能分类预算表', 'gov-fund'],
  ['政府性基金拨款表', 'gov-fund'],
  ['2024年国有资本经营支出预算表', 'state-capital'],
  ['国有资本经营预算支出预算表', 'state-capital'],
  ['国有资本经营预算拨款表', 'state-capital'],
  ['行政(事业)单位机构运转经费预算表', 'operating-funds'],
  ['行政（事业）单位机构运转经费预算表', 'operating-funds'],
  ['机关运行经费预算表', 'operating-funds'],
  ['2024年项目支出预算表', 'projects'],
  ['2024年度区级单位预算项目绩效目标表', 'project-performance'],
  ['单位预算项目绩效目标表', 'project-performance'],
  ['部门预算项目绩效目标（汇总）表', 'project-performance'],
  ['本级部门预算项目绩效目标汇总表', 'project-performance'],
  ['本级部门(单位)整体绩效目标表', 'overall-performance'],
  ['部门（单位）整体绩效目标表', 'overall-performance'],
  ['表3 2024年部门支出预算表', 'expenditure'],
  ['洛阳市孟津区政务服务和大数据管理局2022年部门支出预算表', 'expenditure'],
  // 江苏 2019: the classification stated after the name, and 三公 with the meeting and training costs
  ['一般公共预算支出预算表（功能科目）', 'general-budget'],
  ['一般公共预算基本支出预算表（经济科目）', 'basic-expenditure'],
  ['一般公共预算支出预算表(按功能分类)', 'general-budget'],
  ['“三公”经费、会议费、培训费支出预算表', 'three-public'],
  ['“三公”经费、会议费、培训费支出预算表（一般公共预算）', 'three-public'],
  ['政府性基金预算财政拨款支出预算表', 'gov-fund'],
  ['财政拨款政府性基金支出预算表', 'gov-fund'],
];

describe('matchTitle recognises every alias', () => {
  test.each(ALIASES)('%s → %s', (title, kind) => {
    expect(matchTitle(title)?.kind).toBe(kind);
  });
  test('all 14 kinds are covered by the alias list', () => {
    expect(new Set(ALIASES.map(([, k]) => k))).toEqual(new Set(TABLE_KINDS));
  });
});

describe('matchTitle rejects what is not a title', () => {
  test.each([
    '附件: 2024 年洛龙区政务服务中心单位预算表',
    '区政务服务中心 2024 年收入总计 827.29 万元,支出总计 827.29 万元,与 2023 年预算相比,收支总计各增加 112.89 万元',
    '单位名称:',
    '合计',
    '一般公共预算',
    '支出预算',
    // 江苏's 财政拨款 function table (一般公共预算 and 政府性基金 together): no kind of ours
    '财政拨款支出预算表（功能科目）',
    '2019年政府采购预算表',
  ])('%s', (t) => expect(matchTitle(t)).toBeNull());
});

describe('year and level', () => {
  test('year from the title, 部门/单位 level', () => {
    expect(matchTitle('2024年单位收支预算表')).toEqual({ kind: 'summary', year: 2024, level: 'unit' });
    expect(matchTitle('2022 年部门支出预算表')).toEqual({ kind: 'expenditure', year: 2022, level: 'dept' });
    expect(matchTitle('2022年一般公共预算基本支出部门预算经济分类预算表')?.level).toBeNull();
    expect(matchTitle('行政(事业)单位机构运转经费预算表')?.level).toBeNull();
  });
  test('sheet names as a fallback', () => {
    expect(matchSheetName('表三 支出预算表')).toBe('expenditure');
    expect(matchSheetName('三公经费')).toBe('three-public');
    expect(matchSheetName('Sheet1')).toBeNull();
  });
});
