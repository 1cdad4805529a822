import { recognizeWorkbook } from '../../src/engine/recognize';
import { matchSheetName } from '../../src/engine/recognize/title';
import type { RecognizedTable, TablePart } from '../../src/engine/tables/model';
import { workbook, type SheetSpec, type V } from '../support/sheet';
import { EXPENDITURE_001, HIERARCHICAL_EXPENDITURE, SUMMARY_001 } from './seed-layouts';

const _ = undefined;

function ids(p: TablePart) {
  const name = (c: number) => p.columns.find((x) => x.col === c)!.path.join('>');
  return p.columnIdentities.map((id) => `${name(id.target)} = ${id.parts.map(name).join(' + ')}`).sort();
}

function rowIds(p: TablePart) {
  return p.rowIdentities.map((id) => `${p.rows[id.target].row}=${id.parts.map((i) => p.rows[i].row).join('+')}:${id.reason}`);
}

function only(spec: SheetSpec | SheetSpec[]): RecognizedTable {
  const tables = recognizeWorkbook(workbook(...(Array.isArray(spec) ? spec : [spec])));
  expect(tables).toHaveLength(1);
  return tables[0];
}

/** Shift a sheet's content to another top-left cell. */
function shifted(spec: SheetSpec, at: string): SheetSpec {
  const m = /^([A-Z]+)(\d+)$/.exec(at)!;
  const dc = m[1].charCodeAt(0) - 65;
  const dr = Number(m[2]) - 1;
  const merges = (spec.merges ?? []).map((r) =>
    r.replace(/([A-Z]+)(\d+)/g, (_s, col: string, row: string) => String.fromCharCode(col.charCodeAt(0) + dc) + (Number(row) + dr)),
  );
  return { ...spec, at, merges };
}

const EXPECTED_EXPENDITURE_IDS = [
  '合计 = 基本支出>小计 + 项目支出>小计',
  '基本支出>小计 = 基本支出>人员经费>工资福利支出 + 基本支出>人员经费>对个人和家庭的补助 + 基本支出>公用经费>商品和服务支出 + 基本支出>公用经费>资本性支出',
  '项目支出>小计 = 项目支出>其他运转类 + 项目支出>特定目标类',
];

describe('expenditure table (seed 001 layout)', () => {
  test('title, unit, entity, header block and column paths', () => {
    const t = only(EXPENDITURE_001);
    expect(t.kind).toBe('expenditure');
    expect(t.year).toBe(2024);
    expect(t.level).toBe('unit');
    expect(t.unit).toBe('万元');
    expect(t.entityName).toBe('洛龙区政务服务中心(本级)');
    expect([t.headerTop, t.headerBottom, t.bodyTop, t.bodyBottom]).toEqual([2, 4, 5, 11]);
    const p = t.parts[0];
    expect(p.columns.map((c) => c.role)).toEqual([
      'fn-class', 'fn-kind', 'fn-item', 'unit-code', 'name',
      'amount', 'amount', 'amount', 'amount', 'amount', 'amount', 'amount', 'amount', 'amount',
    ]);
    expect(ids(p)).toEqual(EXPECTED_EXPENDITURE_IDS);
  });

  test('rows: total, unit row, 项 rows with their codes; total = unit row = Σ 项', () => {
    const p = only(EXPENDITURE_001).parts[0];
    expect(p.rows.map((r) => r.role)).toEqual(['total', 'unit', 'detail', 'detail', 'detail', 'detail', 'detail']);
    expect(p.rows.slice(2).map((r) => r.fn?.code)).toEqual(['2010350', '2080502', '2080505', '2101102', '2210201']);
    expect(rowIds(p).sort()).toEqual(['5=6:total', '6=7+8+9+10+11:unit']);
  });

  test('the same without merged cells gives the same columns and sums', () => {
    const t = only({ ...EXPENDITURE_001, merges: [] });
    expect(ids(t.parts[0])).toEqual(EXPECTED_EXPENDITURE_IDS);
    expect(t.parts[0].columns[0].role).toBe('fn-class');
  });

  test('group text repeated over each column (unmerged export) gives the same sums', () => {
    const rows = EXPENDITURE_001.rows.map((r) => [...r]);
    rows[2] = ['科目编码', '科目编码', '科目编码', '单位代码', '单位(科目名称)', '合计', '基本支出', '基本支出', '基本支出', '基本支出', '基本支出', '项目支出', '项目支出', '项目支出'];
    rows[3] = ['类', '款', '项', _, _, _, '小计', '人员经费', '人员经费', '公用经费', '公用经费', '小计', '其他运转类', '特定目标类'];
    const t = only({ ...EXPENDITURE_001, rows, merges: [] });
    expect(ids(t.parts[0])).toEqual(EXPECTED_EXPENDITURE_IDS);
  });

  test('at an offset (D6) with blank rows and columns around', () => {
    const t = only(shifted(EXPENDITURE_001, 'D6'));
    expect(t.kind).toBe('expenditure');
    expect([t.top, t.left, t.headerTop, t.bodyTop]).toEqual([5, 3, 7, 10]);
    expect(ids(t.parts[0])).toEqual(EXPECTED_EXPENDITURE_IDS);
    expect(t.parts[0].rows[2].fn?.code).toBe('2010350');
  });
});

describe('codes written in different ways', () => {
  const header: V[][] = [
    ['2024年一般公共预算支出预算表'],
    ['单位：元'],
    ['功能分类科目编码', '科目名称', '合计', '基本支出', '项目支出'],
  ];
  test.each([
    ['2010350', '2010350'],
    ['201 03 50', '2010350'],
    ['201.03.50', '2010350'],
    [2010350, '2010350'],
  ])('one column %j → %s', (code, expected) => {
    const t = only({ name: 'S', rows: [...header, ['合计', _, 10, 4, 6], [code as V, '事业运行', 10, 4, 6]] });
    expect(t.unit).toBe('元');
    expect(t.parts[0].rows[1].fn).toMatchObject({ code: expected, level: 'item' });
  });

  test('three columns with leading zeros lost (款 3, 项 1)', () => {
    const t = only({
      name: 'S',
      rows: [
        ['2022 年一般公共预算支出预算表'],
        ['科目编码', _, _, '单位代码', '单位(科目名称)', '合计'],
        ['类', '款', '项'],
        [_, _, _, _, '合计', 883.5],
        [_, _, _, '146001', '洛阳市孟津区政务服务和大数据管理局', 883.5],
        [201, 3, 1, '146001', '行政运行', 816.7],
        [208, 5, 5, '146001', '机关事业单位基本养老保险缴费支出', 45.55],
        [210, 11, 1, '146001', '行政单位医疗', 21.25],
      ],
      merges: ['A2:C2'],
    });
    const rows = t.parts[0].rows;
    expect(rows.map((r) => r.fn?.code ?? r.role)).toEqual(['total', 'unit', '2010301', '2080505', '2101101']);
    // the unit code on every detail row does not make them unit rows
    expect(rows.slice(2).every((r) => r.role === 'detail' && r.unitCode === '146001')).toBe(true);
  });
});

describe('hierarchical 类/款/项 rows (Shanghai style)', () => {
  const spec = HIERARCHICAL_EXPENDITURE;
  test('class, kind and item rows form a tree whose sums are the identities', () => {
    const p = only(spec).parts[0];
    expect(p.rows.map((r) => (r.fn ? `${r.fn.level}:${r.fn.code}` : r.role))).toEqual([
      'total', 'class:201', 'kind:20103', 'item:2010301', 'item:2010350', 'class:208', 'kind:20805', 'item:2080505',
    ]);
    expect(rowIds(p).sort()).toEqual(['10=11:subtotal', '4=5+9:total', '5=6:subtotal', '6=7+8:subtotal', '9=10:subtotal']);
    expect(p.rows.map((r) => r.role)).toEqual(['total', 'subtotal', 'subtotal', 'detail', 'detail', 'subtotal', 'subtotal', 'detail']);
  });
  test('class not repeated in child rows is carried down', () => {
    const rows = spec.rows.map((r, i) => (i >= 6 && r[1] ? [_, ...r.slice(1)] : r));
    const p = only({ ...spec, rows }).parts[0];
    expect(p.rows.filter((r) => r.fn?.level === 'item').map((r) => r.fn!.code)).toEqual(['2010301', '2010350', '2080505']);
  });
});

describe('two-sided tables', () => {
  test('summary: income and expense sides with their totals', () => {
    const t = only(SUMMARY_001);
    expect(t.kind).toBe('summary');
    expect(t.entityName).toBe('洛龙区政务服务中心(本级)');
    expect(t.parts.map((p) => p.side)).toEqual(['income', 'expense']);
    const [inc, exp] = t.parts;
    expect(inc.rows.find((r) => r.key.startsWith('其中'))?.role).toBe('of-which');
    const incTotals = inc.rowIdentities.map((id) => `${inc.rows[id.target].key}:${id.reason}:${id.parts.length}`);
    expect(incTotals).toEqual(['本年收入合计:total:9', '收入总计:grand-total:2']);
    const expTotals = exp.rowIdentities.map((id) => `${exp.rows[id.target].key}:${id.reason}:${id.parts.length}`);
    expect(expTotals).toEqual(['本年支出合计:total:12', '支出总计:grand-total:2']);
  });

  test('fiscal summary: 合计 = 一般公共预算 小计 + 基金 + 国资; 其中 excluded; (一)… lines under 一、', () => {
    const t = only({
      name: '财政',
      rows: [
        ['2024 年财政拨款收支预算表'],
        ['单位名称:洛龙区政务服务中心(本级)', _, _, _, _, _, '单位：万元'],
        ['收入', _, '支出'],
        ['项目', '金额', '项目', '合计', '一般公共预算', _, '政府性基金', '国有资本经营预算'],
        [_, _, _, _, '小计', '其中：财政拨款'],
        ['一、本年收入', 827.29, '一、本年支出', 827.29, 827.29, 827.29],
        ['(一)一般公共预算拨款', 827.29, '(一)一般公共服务支出', 765.29, 765.29, 765.29],
        ['其中：财政拨款', 827.29, '(二)外交支出'],
        ['(二)政府性基金预算拨款', _, '(八)社会保障和就业支出', 26.51, 26.51, 26.51],
        ['(三)国有资本经营预算拨款', _, '(九)医疗卫生与计划生育支出'],
        ['二、上年结转', _, '(十)卫生健康支出', 18.96, 18.96, 18.96],
        ['(一)一般公共预算拨款', _, '(二十一)住房保障支出', 16.53, 16.53, 16.53],
        [_, _, '二、年终结转结余'],
        ['收入合计', 827.29, '支出合计', 827.29, 827.29, 827.29],
      ],
      merges: ['A3:B3', 'C3:H3', 'A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:F4', 'G4:G5', 'H4:H5'],
    });
    expect(t.kind).toBe('fiscal-summary');
    const [inc, exp] = t.parts;
    expect(ids(exp)).toEqual(['支出>合计 = 支出>一般公共预算>小计 + 支出>政府性基金 + 支出>国有资本经营预算']);
    expect(exp.columns.find((c) => c.path.join('>').includes('其中'))?.nonAddend).toBe(true);
    expect(rowIds(inc)).toEqual(expect.arrayContaining(['5=6+8+9:subtotal', '10=11:subtotal', '13=5+10:total']));
    expect(rowIds(exp)).toEqual(expect.arrayContaining(['5=6+7+8+9+10+11:subtotal', '13=5+12:total']));
  });
});

describe('several tables, covers and contents', () => {
  test('two tables on one sheet, each with its own body', () => {
    const rows = [...SUMMARY_001.rows, [], [], ...EXPENDITURE_001.rows];
    const off = SUMMARY_001.rows.length + 2;
    const merges = [
      ...(SUMMARY_001.merges ?? []),
      ...(EXPENDITURE_001.merges ?? []).map((m) => m.replace(/(\d+)/g, (d) => String(Number(d) + off))),
    ];
    const tables = recognizeWorkbook(workbook({ name: 'Sheet1', rows, merges }));
    expect(tables.map((t) => t.kind)).toEqual(['summary', 'expenditure']);
    expect(tables[0].bodyBottom).toBeLessThan(tables[1].top);
    expect(ids(tables[1].parts[0])).toEqual(EXPECTED_EXPENDITURE_IDS);
  });

  test('a 目录 sheet and a cover listing the titles are not tables', () => {
    const tables = recognizeWorkbook(
      workbook(
        { name: '封面', rows: [['2024年洛龙区政务服务中心单位预算'], ['2024年单位收支预算表']] },
        { name: '目录', rows: [['一、单位收支预算表'], ['二、单位收入预算表'], ['三、单位支出预算表']] },
        { name: '附表目录', rows: [['序号', '表名'], [1, '单位收支预算表'], [2, '单位收入预算表'], [3, '单位支出预算表']] },
        EXPENDITURE_001,
      ),
    );
    expect(tables.map((t) => `${t.sheet}:${t.kind}`)).toEqual(['表三 支出预算表:expenditure']);
  });

  test('a note under a table ends its body', () => {
    const t = only({
      name: '基金',
      rows: [
        ['2024 年政府性基金支出预算表'],
        ['单位名称: 洛龙区政务服务中心(本级)', _, _, '单位:万元'],
        ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
        [_, '合计'],
        ['备注: 区政务服务中心 2024 年无政府性基金预算拨款安排的支出,故此表无数据。'],
      ],
    });
    expect(t.kind).toBe('gov-fund');
    expect(t.bodyBottom).toBe(3);
    expect(t.notes.map((n) => n.row)).toEqual([4]);
  });

  test('a sheet without a title row is recognised by its sheet name and header', () => {
    const t = only({ name: '表三 支出预算表', rows: EXPENDITURE_001.rows.slice(2), merges: [] });
    expect(t.kind).toBe('expenditure');
    expect(ids(t.parts[0])).toEqual(EXPECTED_EXPENDITURE_IDS);
  });
});

describe('department and unit rows', () => {
  test('a department row sharing its code with the unit row below (seed 002)', () => {
    const p = only({
      name: '收入',
      rows: [
        ['2022 年部门收入预算表'],
        ['部门(单位)代码', '部门(单位)名称', '总计', '本年收入', _, _, '上年结转结余'],
        [_, _, _, '合计', '一般公共预算', _, '合计'],
        [_, _, _, _, '小计', '其中：财政拨款'],
        [_, '合计', 883.5, 883.5, 883.5, 883.5],
        ['146001', '洛阳市孟津区政务服务和大数据管理局', 883.5, 883.5, 883.5, 883.5],
        ['146001', '洛阳市孟津区政务服务和大数据管理局', 883.5, 883.5, 883.5, 883.5],
      ],
      merges: ['A2:A4', 'B2:B4', 'C2:C4', 'D2:F2', 'G2:G4', 'D3:D4', 'E3:F3'],
    }).parts[0];
    expect(p.rows.map((r) => r.role)).toEqual(['total', 'dept', 'unit']);
    expect(rowIds(p).sort()).toEqual(['4=5:total', '5=6:unit']);
    expect(ids(p)).toEqual(['总计 = 本年收入>合计 + 上年结转结余>合计', '本年收入>合计 = 本年收入>一般公共预算>小计']);
  });

  test('a 3-digit department code followed by its units', () => {
    const p = only({
      name: '收入',
      rows: [
        ['2024年部门收入预算表'],
        ['单位代码', '单位名称', '合计'],
        [_, '合计', 30],
        ['605', '某区某局', 30],
        ['605001', '某区某局(本级)', 10],
        ['605002', '某区某中心', 20],
      ],
    }).parts[0];
    expect(p.rows.map((r) => r.role)).toEqual(['total', 'dept', 'unit', 'unit']);
    expect(rowIds(p).sort()).toEqual(['2=3:total', '3=4+5:unit']);
  });

  test('a 3-digit department code in the 类 column of 支出经济分类汇总表 is a department row, not class 605', () => {
    const p = only({
      name: '经济',
      rows: [
        ['2024年部门支出经济分类汇总表'],
        ['部门预算经济分类', _, _, '政府预算经济分类', _, _, '合计'],
        ['类', '款', '科目名称', '类', '款', '科目名称'],
        [_, _, '合计', _, _, _, 30],
        ['605', _, '某区某局', _, _, _, 30],
        ['605001', _, '某区某局(本级)', _, _, _, 30],
        ['301', '01', '基本工资', '501', '01', '工资奖金津补贴', 20],
        ['302', '01', '办公费', '502', '01', '办公经费', 10],
      ],
      merges: ['A2:C2', 'D2:F2', 'G2:G3'],
    }).parts[0];
    expect(p.rows.map((r) => r.role)).toEqual(['total', 'dept', 'unit', 'detail', 'detail']);
    expect(p.rows[1].econ).toBeUndefined();
    expect(p.rows[1].unitCode).toBe('605');
    expect(rowIds(p).sort()).toEqual(['3=4:total', '4=5:unit', '5=6+7:unit']);
  });

  test('a department code in a one-column code layout, and an impossible class on an organisation row', () => {
    const p = only({
      name: '支出',
      rows: [
        ['2024年部门支出预算表'],
        ['科目编码', '科目名称', '合计'],
        [_, '合计', 30],
        ['146', '某区某局', 30],
        ['2010301', '行政运行', 30],
      ],
    }).parts[0];
    expect(p.rows.map((r) => r.role)).toEqual(['total', 'dept', 'detail']);
    expect(rowIds(p).sort()).toEqual(['2=3:total', '3=4:unit']);
  });

  test('a real class row above its 款 rows stays a class row', () => {
    const p = only({
      name: '支出',
      rows: [['2024年部门支出预算表'], ['科目编码', '科目名称', '合计'], [_, '合计', 30], ['201', '一般公共服务支出', 30], ['20103', '政府办公厅（室）及相关机构事务', 30]],
    }).parts[0];
    expect(p.rows.map((r) => r.role)).toEqual(['total', 'subtotal', 'detail']);
    expect(p.rows[1].fn?.code).toBe('201');
  });

  test('units listed without a department row are siblings', () => {
    const p = only({
      name: '收入',
      rows: [['2024年部门收入预算表'], ['单位代码', '单位名称', '合计'], [_, '合计', 30], ['605001', '某区某局(本级)', 10], ['605002', '某区某中心', 20]],
    }).parts[0];
    expect(p.rows.map((r) => r.role)).toEqual(['total', 'unit', 'unit']);
    expect(rowIds(p)).toEqual(['2=3+4:total']);
  });
});

describe('amount columns get a meaning from their header path', () => {
  test('支出预算表: 合计, 基本支出 小计, 工资福利支出 …, 项目支出 小计', () => {
    const p = only(EXPENDITURE_001).parts[0];
    expect(p.columns.filter((c) => c.role === 'amount').map((c) => c.measure)).toEqual([
      'total', 'basic', 'wages', 'family', 'goods', 'capital', 'project', 'project-operating', 'project-specific',
    ]);
  });
  test('收入预算表: 一般公共预算 小计 vs 其中财政拨款, and the carry-over group', () => {
    const p = only({
      name: '收入',
      rows: [
        ['2024 年单位收入预算表'],
        ['单位代码', '单位名称', '总计', '本年收入', undefined, undefined, '上年结转结余'],
        [undefined, undefined, undefined, '合计', '一般公共预算', undefined, '合计', '一般公共预算'],
        [undefined, undefined, undefined, undefined, '小计', '其中: 财政拨款'],
        [undefined, '合计', 827.29, 827.29, 827.29, 714.4],
      ],
      merges: ['A2:A4', 'B2:B4', 'C2:C4', 'D2:F2', 'G2:H2', 'D3:D4', 'E3:F3', 'G3:G4', 'H3:H4'],
    }).parts[0];
    const amounts = p.columns.filter((c) => c.role === 'amount');
    expect(amounts.map((c) => `${c.measure}${c.carryover ? '(carryover)' : ''}`)).toEqual([
      'total', 'total', 'general-budget', 'fiscal', 'carryover(carryover)', 'general-budget(carryover)',
    ]);
    expect(amounts.find((c) => c.measure === 'fiscal')?.nonAddend).toBe(true);
  });
});

describe('unit rows in project tables', () => {
  test('a unit code written in the 项目名称 column is a unit row, not code 60500 "1"', () => {
    const p = only({
      name: '项目',
      rows: [
        ['2024年项目支出预算表'],
        ['类型', '项目名称', '项目单位', '合计'],
        [undefined, '合计', undefined, 30],
        [undefined, '605001', '洛龙区政务服务中心', 30],
        ['其他运转类', '大厅标准化配置', '洛龙区政务服务中心', 10],
        ['其他运转类', '网络维护经费', '洛龙区政务服务中心', 20],
      ],
    }).parts[0];
    expect(p.rows.map((r) => r.role)).toEqual(['total', 'unit', 'detail', 'detail']);
    expect(p.rows[1].fn).toBeUndefined();
    expect(rowIds(p).sort()).toEqual(['2=3:total', '3=4+5:unit']);
  });
});

describe('unmerged three-row headers', () => {
  test('a last header row of only 小计 | 其中：财政拨款 under their group is header, not body', () => {
    const t = only({
      name: '收入',
      rows: [
        ['2024年单位收入预算表'],
        ['单位代码', '单位名称', '总计', '本年收入', '本年收入'],
        [undefined, undefined, undefined, '合计', '一般公共预算', '一般公共预算'],
        [undefined, undefined, undefined, undefined, '小计', '其中：财政拨款'],
        [undefined, '合计', 10, 10, 10, 8],
        ['605001', '某中心', 10, 10, 10, 8],
      ],
    });
    expect([t.headerBottom, t.bodyTop]).toEqual([3, 4]);
    expect(t.parts[0].rows.map((r) => r.role)).toEqual(['total', 'unit']);
  });
});

describe('real-world preambles, units and sides (docs/DOMAIN.md §8)', () => {
  /** A small Shanghai-style expenditure table under the given preamble rows (title, preamble…, header, body). */
  const table = (title: string, preamble: V[][], header: V[] = ['科目编码', '科目名称', '合计', '基本支出', '项目支出']): SheetSpec => ({
    name: '支出总表',
    rows: [[title], ...preamble, header, ['201', '一般公共服务支出', 300, 100, 200], ['205', '教育支出', 50, 50, _], ['合计', _, 350, 150, 200]],
  });
  test.each([
    { name: '编制单位：(blank) in A, 单位：元 in the last column', preamble: [['编制单位：', _, _, _, '单位：元']], unit: '元', entity: null },
    { name: '编制部门：name, 单位：元 on the same row', preamble: [['编制部门：上海市普陀区人民政府万里街道办事处', _, _, _, '单位：元']], unit: '元', entity: '上海市普陀区人民政府万里街道办事处' },
    { name: '预算单位：name and 金额单位：万元', preamble: [['预算单位：某某局', _, _, _, '金额单位：万元']], unit: '万元', entity: '某某局' },
    { name: '填报单位：name', preamble: [['填报单位：某某中心'], [_, _, _, _, '单位:元']], unit: '元', entity: '某某中心' },
    { name: '部门（单位）名称 with the name in the next cell', preamble: [['部门（单位）名称：', '某某委员会', _, _, '单位：万元']], unit: '万元', entity: '某某委员会' },
    { name: 'name and unit in one cell', preamble: [['编制单位：某某局      单位：元']], unit: '元', entity: '某某局' },
  ])('$name', ({ preamble, unit, entity }) => {
    const t = only(table('2026年预算单位支出预算总表', preamble));
    expect(t.kind).toBe('expenditure');
    expect(t.unit).toBe(unit);
    expect(t.entityName).toBe(entity);
    // the header is the header: the body starts at 201 and the 合计 row is the total
    expect(t.parts[0].rows.map((r) => r.role)).toEqual(['detail', 'detail', 'total']);
    expect(ids(t.parts[0])).toEqual(['合计 = 基本支出 + 项目支出']);
  });

  test('the unit in the title, （单位：万元）', () => {
    const t = only(table('2024年部门支出预算表（单位：万元）', []));
    expect([t.kind, t.unit]).toEqual(['expenditure', '万元']);
  });

  test('the unit in a header cell, 预算数（万元）', () => {
    const t = only(table('2024年部门支出预算表', [['单位名称：某某局']], ['科目编码', '科目名称', '合计（万元）', '基本支出', '项目支出']));
    expect(t.unit).toBe('万元');
  });

  test.each([
    ['本年收入', '本年支出'],
    ['收 入', '支 出'],
    ['收入项目', '支出项目'],
    ['预算收入', '预算支出'],
  ])('a two-sided summary headed %s | %s is split into its sides', (inc, exp) => {
    const t = only({
      name: '收支总表',
      rows: [
        ['2026年部门财务收支预算总表'],
        ['编制部门：某某局', _, _, '单位：元'],
        [inc, _, exp],
        ['项目', '预算数', '项目', '预算数'],
        ['一、财政拨款收入', 300, '一、一般公共服务支出', 300],
        ['收入总计', 300, '支出总计', 300],
      ],
      merges: ['A3:B3', 'C3:D3'],
    });
    expect(t.kind).toBe('summary');
    expect(t.parts.map((p) => p.side)).toEqual(['income', 'expense']);
  });

  test.each([
    ['2.15单位收支总表', 'summary'],
    ['3.17部门支出总表', 'expenditure'],
    ['3.23部门“三公”经费和机关运行经费预算表', 'three-public'],
  ])('an exported sheet name %s names its kind', (name, kind) => {
    expect(matchSheetName(name)).toBe(kind);
  });
});
