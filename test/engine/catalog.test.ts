/**
 * The built-in catalogs against code/name pairs stated independently of the data modules (the
 * seeds' own pairs first, then the published catalogs), the outline notation, lookups by name and
 * line, and the import of an official catalog workbook or CSV.
 */
import { builtinCatalog, classOfLine, correspondingGov, govFits, lookup, nameAgrees, withImported } from '../../src/engine/catalog/catalog';
import { CatalogImportError, importCatalog } from '../../src/engine/catalog/import';
import { parseOutline } from '../../src/engine/catalog/parse';
import type { Scheme } from '../../src/engine/catalog/types';
import { parseCsv } from '../../src/engine/model/csv';
import { workbook } from '../support/sheet';

const _ = undefined;

/** [scheme, code, name]: 160+ pairs. */
const PAIRS: [Scheme, string, string][] = [
  // seed 001 / 002 function rows
  ['fn', '2010350', '事业运行'],
  ['fn', '2010301', '行政运行'],
  ['fn', '2080502', '事业单位离退休'],
  ['fn', '2080505', '机关事业单位基本养老保险缴费支出'],
  ['fn', '2101101', '行政单位医疗'],
  ['fn', '2101102', '事业单位医疗'],
  ['fn', '2210201', '住房公积金'],
  // 类
  ['fn', '201', '一般公共服务支出'],
  ['fn', '202', '外交支出'],
  ['fn', '203', '国防支出'],
  ['fn', '204', '公共安全支出'],
  ['fn', '205', '教育支出'],
  ['fn', '206', '科学技术支出'],
  ['fn', '207', '文化旅游体育与传媒支出'],
  ['fn', '208', '社会保障和就业支出'],
  ['fn', '209', '社会保险基金支出'],
  ['fn', '210', '卫生健康支出'],
  ['fn', '211', '节能环保支出'],
  ['fn', '212', '城乡社区支出'],
  ['fn', '213', '农林水支出'],
  ['fn', '214', '交通运输支出'],
  ['fn', '215', '资源勘探工业信息等支出'],
  ['fn', '216', '商业服务业等支出'],
  ['fn', '217', '金融支出'],
  ['fn', '219', '援助其他地区支出'],
  ['fn', '220', '自然资源海洋气象等支出'],
  ['fn', '221', '住房保障支出'],
  ['fn', '222', '粮油物资储备支出'],
  ['fn', '223', '国有资本经营预算支出'],
  ['fn', '224', '灾害防治及应急管理支出'],
  ['fn', '227', '预备费'],
  ['fn', '229', '其他支出'],
  ['fn', '230', '转移性支出'],
  ['fn', '231', '债务还本支出'],
  ['fn', '232', '债务付息支出'],
  ['fn', '233', '债务发行费用支出'],
  // 款 and 项
  ['fn', '20101', '人大事务'],
  ['fn', '20102', '政协事务'],
  ['fn', '20103', '政府办公厅（室）及相关机构事务'],
  ['fn', '20104', '发展与改革事务'],
  ['fn', '20105', '统计信息事务'],
  ['fn', '20106', '财政事务'],
  ['fn', '20107', '税收事务'],
  ['fn', '20108', '审计事务'],
  ['fn', '20111', '纪检监察事务'],
  ['fn', '20113', '商贸事务'],
  ['fn', '20126', '档案事务'],
  ['fn', '20129', '群众团体事务'],
  ['fn', '20131', '党委办公厅（室）及相关机构事务'],
  ['fn', '20132', '组织事务'],
  ['fn', '20133', '宣传事务'],
  ['fn', '20134', '统战事务'],
  ['fn', '20138', '市场监督管理事务'],
  ['fn', '2010101', '行政运行'],
  ['fn', '2010102', '一般行政管理事务'],
  ['fn', '2010103', '机关服务'],
  ['fn', '2010199', '其他人大事务支出'],
  ['fn', '2010302', '一般行政管理事务'],
  ['fn', '2010303', '机关服务'],
  ['fn', '2010399', '其他政府办公厅（室）及相关机构事务支出'],
  ['fn', '2010601', '行政运行'],
  ['fn', '2013101', '行政运行'],
  ['fn', '2013850', '事业运行'],
  ['fn', '20402', '公安'],
  ['fn', '20406', '司法'],
  ['fn', '20501', '教育管理事务'],
  ['fn', '20502', '普通教育'],
  ['fn', '2050201', '学前教育'],
  ['fn', '2050202', '小学教育'],
  ['fn', '2050203', '初中教育'],
  ['fn', '2050204', '高中教育'],
  ['fn', '20503', '职业教育'],
  ['fn', '20508', '进修及培训'],
  ['fn', '2050803', '培训支出'],
  ['fn', '20701', '文化和旅游'],
  ['fn', '2070101', '行政运行'],
  ['fn', '2070109', '群众文化'],
  ['fn', '20702', '文物'],
  ['fn', '20703', '体育'],
  ['fn', '20708', '广播电视'],
  ['fn', '20801', '人力资源和社会保障管理事务'],
  ['fn', '20802', '民政管理事务'],
  ['fn', '20805', '行政事业单位养老支出'],
  ['fn', '2080501', '行政单位离退休'],
  ['fn', '2080506', '机关事业单位职业年金缴费支出'],
  ['fn', '2080599', '其他行政事业单位养老支出'],
  ['fn', '20807', '就业补助'],
  ['fn', '20808', '抚恤'],
  ['fn', '2080801', '死亡抚恤'],
  ['fn', '20810', '社会福利'],
  ['fn', '2081002', '老年福利'],
  ['fn', '20811', '残疾人事业'],
  ['fn', '20819', '最低生活保障'],
  ['fn', '20828', '退役军人管理事务'],
  ['fn', '21001', '卫生健康管理事务'],
  ['fn', '21002', '公立医院'],
  ['fn', '2100201', '综合医院'],
  ['fn', '21003', '基层医疗卫生机构'],
  ['fn', '2100302', '乡镇卫生院'],
  ['fn', '21004', '公共卫生'],
  ['fn', '2100408', '基本公共卫生服务'],
  ['fn', '21011', '行政事业单位医疗'],
  ['fn', '2101103', '公务员医疗补助'],
  ['fn', '21012', '财政对基本医疗保险基金的补助'],
  ['fn', '21015', '医疗保障管理事务'],
  ['fn', '21201', '城乡社区管理事务'],
  ['fn', '2120101', '行政运行'],
  ['fn', '21205', '城乡社区环境卫生'],
  ['fn', '21208', '国有土地使用权出让收入安排的支出'],
  ['fn', '21301', '农业农村'],
  ['fn', '2130104', '事业运行'],
  ['fn', '21302', '林业和草原'],
  ['fn', '21303', '水利'],
  ['fn', '21305', '巩固脱贫攻坚成果衔接乡村振兴'],
  ['fn', '21307', '农村综合改革'],
  ['fn', '21401', '公路水路运输'],
  ['fn', '2140106', '公路养护'],
  ['fn', '22101', '保障性安居工程支出'],
  ['fn', '22102', '住房改革支出'],
  ['fn', '2210202', '提租补贴'],
  ['fn', '2210203', '购房补贴'],
  ['fn', '22401', '应急管理事务'],
  ['fn', '22402', '消防救援事务'],
  ['fn', '22405', '地震事务'],
  // 部门预算支出经济分类 (seed pairs included)
  ['econ', '301', '工资福利支出'],
  ['econ', '30101', '基本工资'],
  ['econ', '30102', '津贴补贴'],
  ['econ', '30103', '奖金'],
  ['econ', '30106', '伙食补助费'],
  ['econ', '30107', '绩效工资'],
  ['econ', '30108', '机关事业单位基本养老保险缴费'],
  ['econ', '30109', '职业年金缴费'],
  ['econ', '30110', '职工基本医疗保险缴费'],
  ['econ', '30111', '公务员医疗补助缴费'],
  ['econ', '30112', '其他社会保障缴费'],
  ['econ', '30113', '住房公积金'],
  ['econ', '30199', '其他工资福利支出'],
  ['econ', '302', '商品和服务支出'],
  ['econ', '30201', '办公费'],
  ['econ', '30202', '印刷费'],
  ['econ', '30207', '邮电费'],
  ['econ', '30211', '差旅费'],
  ['econ', '30213', '维修（护）费'],
  ['econ', '30215', '会议费'],
  ['econ', '30216', '培训费'],
  ['econ', '30217', '公务接待费'],
  ['econ', '30226', '劳务费'],
  ['econ', '30227', '委托业务费'],
  ['econ', '30228', '工会经费'],
  ['econ', '30229', '福利费'],
  ['econ', '30231', '公务用车运行维护费'],
  ['econ', '30239', '其他交通费用'],
  ['econ', '30299', '其他商品和服务支出'],
  ['econ', '303', '对个人和家庭的补助'],
  ['econ', '30301', '离休费'],
  ['econ', '30302', '退休费'],
  ['econ', '30305', '生活补助'],
  ['econ', '30399', '其他对个人和家庭的补助'],
  ['econ', '309', '资本性支出（基本建设）'],
  ['econ', '30902', '办公设备购置'],
  ['econ', '310', '资本性支出'],
  ['econ', '31002', '办公设备购置'],
  ['econ', '31003', '专用设备购置'],
  ['econ', '31007', '信息网络及软件购置更新'],
  ['econ', '31013', '公务用车购置'],
  ['econ', '312', '对企业补助'],
  ['econ', '399', '其他支出'],
  // 政府预算支出经济分类
  ['gov', '501', '机关工资福利支出'],
  ['gov', '50101', '工资奖金津补贴'],
  ['gov', '50102', '社会保障缴费'],
  ['gov', '50103', '住房公积金'],
  ['gov', '50199', '其他工资福利支出'],
  ['gov', '502', '机关商品和服务支出'],
  ['gov', '50201', '办公经费'],
  ['gov', '50202', '会议费'],
  ['gov', '50203', '培训费'],
  ['gov', '50205', '委托业务费'],
  ['gov', '50206', '公务接待费'],
  ['gov', '50207', '因公出国（境）费用'],
  ['gov', '50208', '公务用车运行维护费'],
  ['gov', '50209', '维修（护）费'],
  ['gov', '50299', '其他商品和服务支出'],
  ['gov', '503', '机关资本性支出（一）'],
  ['gov', '504', '机关资本性支出（二）'],
  ['gov', '505', '对事业单位经常性补助'],
  ['gov', '50501', '工资福利支出'],
  ['gov', '50502', '商品和服务支出'],
  ['gov', '506', '对事业单位资本性补助'],
  ['gov', '50601', '资本性支出（一）'],
  ['gov', '507', '对企业补助'],
  ['gov', '509', '对个人和家庭的补助'],
  ['gov', '50901', '社会福利和救助'],
  ['gov', '50905', '离退休费'],
  ['gov', '50999', '其他对个人和家庭补助'],
  ['gov', '510', '对社会保障基金补助'],
  ['gov', '511', '债务利息及费用支出'],
  ['gov', '512', '债务还本支出'],
  ['gov', '513', '转移性支出'],
  ['gov', '514', '预备费及预留'],
  ['gov', '599', '其他支出'],
];

describe('built-in catalog', () => {
  test(`${PAIRS.length} code/name pairs across the three classifications`, () => {
    expect(PAIRS.length).toBeGreaterThanOrEqual(150);
    const cat = builtinCatalog();
    const wrong = PAIRS.filter(([s, code, name]) => lookup(cat, s, code)?.name !== name).map(([s, c, n]) => `${s}:${c} ${n} → ${lookup(cat, s, c)?.name}`);
    expect(wrong).toEqual([]);
  });

  test('every 类 of the functional classification is there, and nothing invented between them', () => {
    const classes = [...builtinCatalog().entries.fn.values()].filter((e) => e.level === 'class').map((e) => e.code);
    expect(classes).toEqual(['201', '202', '203', '204', '205', '206', '207', '208', '209', '210', '211', '212', '213', '214', '215', '216', '217', '219', '220', '221', '222', '223', '224', '227', '229', '230', '231', '232', '233', '234']);
  });

  test('every 款 and 项 sits under an existing parent, codes have their level length', () => {
    const cat = builtinCatalog();
    for (const s of ['fn', 'econ', 'gov'] as Scheme[]) {
      for (const e of cat.entries[s].values()) {
        expect(e.code.length).toBe(e.level === 'class' ? 3 : e.level === 'kind' ? 5 : 7);
        if (e.level !== 'class') expect(cat.entries[s].has(e.code.slice(0, e.code.length - 2))).toBe(true);
      }
    }
    expect(cat.entries.fn.size).toBeGreaterThan(500);
  });

  test('every department code of the correspondence maps, for both unit types, to government codes that exist', () => {
    const cat = builtinCatalog();
    for (const e of cat.entries.econ.values()) {
      if (e.level !== 'kind') continue;
      for (const type of ['admin', 'institution'] as const) {
        const to = correspondingGov(cat, e.code, type);
        expect(to).not.toBeNull();
        for (const g of to!) expect(cat.entries.gov.has(g)).toBe(true);
      }
    }
    expect(govFits(correspondingGov(cat, '30107', 'admin')!, '50101')).toBe(true);
    expect(govFits(correspondingGov(cat, '30107', 'institution')!, '50501')).toBe(true);
    expect(govFits(correspondingGov(cat, '30213', 'institution')!, '50209')).toBe(false);
    expect(govFits(correspondingGov(cat, '30305', 'admin')!, '50901')).toBe(true);
  });

  test('names: layout cuts and 支出 are tolerated, other words are not', () => {
    const cat = builtinCatalog();
    const e = lookup(cat, 'econ', '30108')!;
    expect(nameAgrees(cat, 'econ', e, '机关事业单位基本养 老保险缴费')).toBe(true);
    expect(nameAgrees(cat, 'econ', e, '机关事业单位基本养')).toBe(true);
    expect(nameAgrees(cat, 'econ', lookup(cat, 'econ', '30201')!, '差旅费')).toBe(false);
    expect(nameAgrees(cat, 'fn', lookup(cat, 'fn', '201')!, '一般公共服务')).toBe(true);
  });
});

describe('parseOutline', () => {
  test('classes, kinds, items and the @admin / @run shorthands', () => {
    expect(parseOutline('201 一般公共服务支出\n20101 人大事务: @admin; 04 人大会议; @run').map((e) => `${e.code} ${e.name} ${e.level}`)).toEqual([
      '201 一般公共服务支出 class',
      '20101 人大事务 kind',
      '2010101 行政运行 item',
      '2010102 一般行政管理事务 item',
      '2010103 机关服务 item',
      '2010104 人大会议 item',
      '2010150 事业运行 item',
    ]);
  });
  test('a malformed line is an error, not a silent skip', () => {
    expect(() => parseOutline('20101 人大事务: 4 人大会议')).toThrow(/cannot read item/);
    expect(() => parseOutline('2010 人大事务')).toThrow(/cannot read/);
  });
});

describe('summary lines → 类', () => {
  const cat = builtinCatalog();
  test.each([
    ['一、一般公共服务支出', '201', 'name'],
    ['八、社会保障和就业', '208', 'name'],
    ['（十）卫生健康支出', '210', 'name'],
    ['（九）医疗卫生与计划生育支出', '210', 'former-name'],
    ['(七) 文化体育旅游与传媒支出', '207', 'number'],
    ['二十四、灾害防治及应急管理', '224', 'name'],
  ])('%s → %s (%s)', (label, code, by) => {
    expect(classOfLine(cat, label)).toMatchObject({ entry: { code }, by });
  });
  test.each(['一、基本支出', '二、项目支出', '本年支出合计', '年终结转结余'])('%s is not a class line', (label) => {
    expect(classOfLine(cat, label)).toBeNull();
  });
});

describe('importing the official catalog', () => {
  test('a code column and a name column, several sheets (function and economic)', () => {
    const imp = importCatalog(
      workbook(
        { name: '支出功能分类科目', rows: [['2026年政府收支分类科目'], ['科目编码', '科目名称'], ['201', '一般公共服务支出'], ['20101', '人大事务'], ['2010101', '行政运行'], ['2010160', '人大新事务']] },
        { name: '经济分类', rows: [['科目编码', '科目名称'], [301, '工资福利支出'], [30101, '基本工资'], [501, '机关工资福利支出'], [50101, '工资奖金津补贴']] },
        { name: '收入分类', rows: [['科目编码', '科目名称'], ['101', '税收收入']] },
      ),
      '2026科目.xlsx',
    );
    expect(imp.edition).toBe('2026');
    expect(imp.entries.fn).toEqual([['201', '一般公共服务支出'], ['20101', '人大事务'], ['2010101', '行政运行'], ['2010160', '人大新事务']]);
    expect(imp.entries.econ).toEqual([['301', '工资福利支出'], ['30101', '基本工资']]);
    expect(imp.entries.gov).toEqual([['501', '机关工资福利支出'], ['50101', '工资奖金津补贴']]);
  });

  test('类 | 款 | 项 columns with the class carried down and leading zeros lost', () => {
    const imp = importCatalog(
      workbook({
        name: 'Sheet1',
        rows: [
          ['类', '款', '项', '科目名称'],
          [201, _, _, '一般公共服务支出'],
          [_, 1, _, '人大事务'],
          [_, _, 1, '行政运行'],
          [_, 3, _, '政府办公厅（室）及相关机构事务'],
          [_, _, 50, '事业运行'],
          [208, 5, 5, '机关事业单位基本养老保险缴费支出'],
        ],
      }),
      'x.xlsx',
    );
    expect(imp.entries.fn).toEqual([
      ['201', '一般公共服务支出'],
      ['20101', '人大事务'],
      ['2010101', '行政运行'],
      ['20103', '政府办公厅（室）及相关机构事务'],
      ['2010350', '事业运行'],
      ['2080505', '机关事业单位基本养老保险缴费支出'],
    ]);
  });

  test('"2010101 行政运行" in one cell, no header; and a CSV', () => {
    const one = importCatalog(workbook({ name: 'S', rows: [['支出功能分类科目'], ['201 一般公共服务支出'], ['  20101 人大事务'], ['    2010101 行政运行']] }), 'a.xlsx');
    expect(one.entries.fn.map((e) => e[0])).toEqual(['201', '20101', '2010101']);
    const csv = importCatalog({ sheets: [parseCsv('\uFEFF科目编码,科目名称\r\n201,一般公共服务支出\r\n"20101","人大事务"\r\n30101,基本工资\r\n')] }, 'c.csv');
    expect(csv.entries.fn).toEqual([['201', '一般公共服务支出'], ['20101', '人大事务']]);
    expect(csv.entries.econ).toEqual([['30101', '基本工资']]);
  });

  test('a workbook without codes is a clear error', () => {
    expect(() => importCatalog(workbook({ name: 'S', rows: [['名单'], ['张三', '李四']] }), 'names.xlsx')).toThrow(CatalogImportError);
    try {
      importCatalog(workbook({ name: 'S', rows: [['名单']] }), 'names.xlsx');
    } catch (e) {
      expect((e as CatalogImportError).text['zh-CN']).toContain('names.xlsx');
    }
  });

  test('the imported catalog wins for the classifications it holds; the others stay built-in', () => {
    const imp = importCatalog(workbook({ name: 'S', rows: [['科目编码', '科目名称'], ['201', '一般公共服务支出'], ['2010160', '人大新事务']] }), 'new.xlsx');
    const cat = withImported(builtinCatalog(), imp);
    expect(cat.origin).toBe('imported');
    expect(lookup(cat, 'fn', '2010160')?.name).toBe('人大新事务');
    expect(lookup(cat, 'fn', '2010101')).toBeUndefined();
    expect(lookup(cat, 'econ', '30101')?.name).toBe('基本工资');
    expect(cat.labels.fn['zh-CN']).toContain('new.xlsx');
    expect(cat.labels.econ['zh-CN']).toContain('内置');
  });

  test('one catalog per import, however many workbooks are checked with it (a batch); another import has its own', () => {
    const rows = (name: string) => [['科目编码', '科目名称'], ['201', '一般公共服务支出'], ['2010160', name]];
    const imp = importCatalog(workbook({ name: 'S', rows: rows('人大新事务') }), 'new.xlsx');
    const other = importCatalog(workbook({ name: 'S', rows: rows('另一事务') }), 'other.xlsx');
    const cat = withImported(builtinCatalog(), imp);
    expect(withImported(builtinCatalog(), imp)).toBe(cat);
    expect(lookup(withImported(builtinCatalog(), other), 'fn', '2010160')?.name).toBe('另一事务');
    expect(lookup(withImported(builtinCatalog(), imp), 'fn', '2010160')?.name).toBe('人大新事务');
    // on another base, the import is applied to that base
    const base = { ...builtinCatalog(), former: [] };
    expect(withImported(base, imp).former).toEqual([]);
    expect(withImported(builtinCatalog(), imp).former).toBe(builtinCatalog().former);
  });
});
