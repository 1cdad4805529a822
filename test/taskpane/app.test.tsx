/**
 * @jest-environment jsdom
 */
import { HostError } from '../../src/hosts/errors';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { OfficeHost } from '../../src/hosts/office';
import type { ReadProgress, WorkbookHost } from '../../src/hosts/host';
import type { WorkbookReport } from '../../src/engine/findings';
import { workbook } from '../support/sheet';
import { basicExpenditure, BASIC_ROWS_CLEAN, EXPENDITURE_001 } from '../engine/seed-layouts';
import { withCell } from '../support/rules';
import { createFakeExcel } from '../fakes/excel';

// jsdom has no ResizeObserver (Fluent's Dropdown positioning uses it)
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

function fakeHost(overrides: Partial<WorkbookHost> = {}): jest.Mocked<WorkbookHost> {
  return {
    readWorkbook: jest.fn(async () => workbook(withCell(EXPENDITURE_001, 7, 5, 765.39))),
    highlight: jest.fn(async () => ({ marked: 3, skipped: [] })),
    clearHighlights: jest.fn(async () => undefined),
    hasHighlights: jest.fn(async () => false),
    select: jest.fn(async () => undefined),
    addSheets: jest.fn(async (ts) => ts.map((t) => t.sheetName)),
    insertTables: jest.fn(async () => ({ inserted: [], present: [], year: 2024, unitName: '' })),
    addReportSheet: jest.fn(async (r) => `${r.sheetName} (2)`),
    getSetting: jest.fn(async () => undefined),
    setSetting: jest.fn(async () => undefined),
    getSelection: jest.fn(async () => null),
    onSelectionChanged: jest.fn(async () => null),
    ...overrides,
  } as jest.Mocked<WorkbookHost>;
}

const mount = (host: WorkbookHost, extra: Partial<Parameters<typeof App>[0]> = {}) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} {...extra} />
    </FluentProvider>,
  );

describe('task pane', () => {
  test('校验 reads, checks, highlights, and lists findings by sheet; a click selects the cell', async () => {
    const host = fakeHost();
    mount(host);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '校验' })));
    await screen.findByText(/识别到的表 \(1\)/);
    expect(host.readWorkbook).toHaveBeenCalledTimes(1);
    expect(host.highlight).toHaveBeenCalledTimes(1);
    const marked = host.highlight.mock.calls[0][0];
    expect(marked.every((f) => f.sheet !== null)).toBe(true);
    expect(marked.map((f) => f.rule)).toContain('row-sum');
    const item = screen.getByText(/「事业运行」行：合计 765.39/);
    fireEvent.click(item);
    expect(host.select).toHaveBeenCalledWith('表三 支出预算表', 'F8');
    expect(screen.getByText(/已在工作表中标出 \d+ 个问题（3 个单元格）/)).toBeTruthy();
  });

  test('清除标记 restores through the host and 插入标准表 adds the missing tables as the profile’s official templates (Office host over the fake Excel)', async () => {
    const host = fakeHost({ hasHighlights: jest.fn(async () => true) });
    mount(host);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '校验' })));
    await screen.findByText(/^缺少的表/, { selector: 'span' });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '清除标记' })));
    expect(host.clearHighlights).toHaveBeenCalledTimes(1);
    cleanup();
    const fake = createFakeExcel(workbook(EXPENDITURE_001), { excelApi: '1.13' });
    fake.installGlobals();
    const office = new OfficeHost();
    mount(office, { supported: office.isSupported() });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '校验' })));
    await screen.findByText(/^缺少的表/, { selector: 'span' });
    expect(screen.getByText(/按「.+」的官方模板插入/)).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '插入所选的表' })));
    expect(await screen.findByText(/已插入工作表/)).toBeTruthy();
    const added = fake.sheetNames().filter((n) => n !== EXPENDITURE_001.name);
    expect(added.length).toBeGreaterThan(0);
    // the year comes from the workbook; no second 支出预算表
    expect(added.every((n) => String(fake.value(n, 'A1')).startsWith('2024年'))).toBe(true);
    expect(added.filter((n) => /支出预算表$/.test(String(fake.value(n, 'A1'))) && !/一般|基金|国有|基本/.test(String(fake.value(n, 'A1'))))).toEqual([]);
  });

  test('the summary says what was checked, and names a table where no sum could be checked and why', async () => {
    // an expenditure table whose amounts are all blank: nothing to add up
    const blankBody = { ...EXPENDITURE_001, rows: EXPENDITURE_001.rows.map((r, i) => (i < 5 ? r : r.map((v) => (typeof v === 'number' ? undefined : v)))) };
    const host = fakeHost({ readWorkbook: jest.fn(async () => workbook(EXPENDITURE_001, { ...blankBody, name: '表五 空表' })) });
    mount(host);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '校验' })));
    expect(await screen.findByText(/校验覆盖：已校验 \d+ 项，未校验 \d+ 项/)).toBeTruthy();
    expect(screen.getByText('「表五 空表」未做任何求和校验：表中没有金额')).toBeTruthy();
    expect(screen.queryByText(/「表三 支出预算表」未做任何求和校验/)).toBeNull();
  });

  test('插入标准表 never makes a second copy of a table the workbook has: it is selected instead, with a word; the first new sheet is activated', async () => {
    const fake = createFakeExcel(workbook(EXPENDITURE_001), { excelApi: '1.13' });
    fake.installGlobals();
    const office = new OfficeHost();
    mount(office, { supported: office.isSupported() });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '校验' })));
    await screen.findByText(/^缺少的表/, { selector: 'span' });
    // also ask for the 支出预算表, which the workbook has
    fireEvent.click(screen.getByRole('checkbox', { name: '支出预算表' }));
    const before = fake.sheetNames();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '插入所选的表' })));
    expect(await screen.findByText(/已有这些表，未重复插入（已选中）：表三 支出预算表/)).toBeTruthy();
    const added = fake.sheetNames().filter((n) => !before.includes(n));
    expect(added.length).toBeGreaterThan(0);
    expect(fake.sheetNames().filter((n) => /支出预算表/.test(n) && !/一般|基金|国有|基本/.test(n))).toEqual([EXPENDITURE_001.name]);
    // the first new sheet (in the template's numbering) is the one selected
    const first = fake.sheetNames().find((n) => added.includes(n));
    expect(fake.selection().sheet).toBe(first);
  });

  test('findings can be filtered by severity and searched; next / previous (and Alt+↓) walk their cells', async () => {
    const at = (severity: 'error' | 'warning', cell: string, zh: string) => ({ rule: 'row-sum', severity, sheet: '表三', cells: [cell], message: { 'zh-CN': zh, en: zh } });
    const rep: WorkbookReport = {
      profile: 'mof-9',
      profileAuto: false,
      tables: [{ kind: 'expenditure', sheet: '表三', title: '2024年支出预算表', unit: '万元', range: 'A1:N12' }],
      missingTables: [],
      findings: [at('error', 'F8', '甲行不平'), at('warning', 'B9', '乙行待查'), at('error', 'F12', '丙行不平')],
    };
    const host = fakeHost();
    mount(host, { check: () => rep });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '校验' })));
    await screen.findByText('甲行不平');
    // hide the warnings
    fireEvent.click(screen.getByRole('button', { name: /▲ 警告 1/ }));
    expect(screen.queryByText('乙行待查')).toBeNull();
    expect(screen.getByText('丙行不平')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /▲ 警告 1/ }));
    // search
    fireEvent.change(screen.getByRole('textbox', { name: '搜索问题、工作表或规则' }), { target: { value: '丙' } });
    expect(screen.queryByText('甲行不平')).toBeNull();
    fireEvent.change(screen.getByRole('textbox', { name: '搜索问题、工作表或规则' }), { target: { value: '' } });
    // next, next, then Alt+↑ back: errors first, in cell order
    host.select.mockClear();
    fireEvent.click(screen.getByRole('button', { name: '下一个' }));
    fireEvent.click(screen.getByRole('button', { name: '下一个' }));
    fireEvent.keyDown(document, { key: 'ArrowUp', altKey: true });
    expect(host.select.mock.calls).toEqual([
      ['表三', 'F8'],
      ['表三', 'F12'],
      ['表三', 'F8'],
    ]);
  });

  test('a host error is shown in a message bar, not a crash', async () => {
    const host = fakeHost({ readWorkbook: jest.fn(async () => Promise.reject(new HostError('sheet-protected', { 'zh-CN': '工作表受保护', en: 'protected' }))) });
    mount(host);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '校验' })));
    expect(await screen.findByText('工作表受保护')).toBeTruthy();
  });

  test('an injected check drives the summary counts', async () => {
    const rep: WorkbookReport = {
      profile: 'mof-9',
      profileAuto: false,
      tables: [{ kind: 'expenditure', sheet: '表三', title: '2024年支出预算表', unit: '万元', range: 'A1:N12' }],
      missingTables: [],
      findings: [],
    };
    mount(fakeHost(), { check: () => rep });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '校验' })));
    expect(await screen.findByText('未发现问题')).toBeTruthy();
    // the one-line summary: the profile the check used and the tables it found
    expect(screen.getByText('财政部参考 9 表 · 识别到 1 张')).toBeTruthy();
  });

  test('a workbook without any budget table: one clear message, not a list of missing tables', async () => {
    const rep: WorkbookReport = { profile: 'mof-9', profileAuto: true, tables: [], missingTables: ['summary', 'revenue'], findings: [] };
    rep.findings = rep.missingTables.map((k) => ({ rule: 'missing-table', severity: 'error', sheet: null, cells: [], message: { 'zh-CN': `缺少${k}`, en: `Missing ${k}` } }));
    mount(fakeHost(), { check: () => rep });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '校验' })));
    expect(await screen.findByText(/未找到预算公开表/)).toBeTruthy();
    expect(screen.queryByText(/缺少summary/)).toBeNull();
    expect(screen.queryByText('未发现问题')).toBeNull();
  });

  test('findings: errors first, a severity word beside each, alike findings grouped with a count, the other table’s cell reachable', async () => {
    const at = (rule: string, severity: 'error' | 'warning', cell: string, zh: string, related?: { sheet: string; cells: string[] }[]) => ({
      rule,
      severity,
      sheet: '表三',
      cells: [cell],
      message: { 'zh-CN': zh, en: zh },
      ...(related ? { related } : {}),
    });
    const rep: WorkbookReport = {
      profile: 'mof-9',
      profileAuto: false,
      tables: [{ kind: 'expenditure', sheet: '表三', title: '2024年支出预算表', unit: '万元', range: 'A1:N12' }],
      missingTables: [],
      findings: [
        at('code-unknown', 'warning', 'A8', '编码 2010199 不在内置目录中'),
        at('code-unknown', 'warning', 'A9', '编码 2050299 不在内置目录中'),
        at('code-unknown', 'warning', 'A10', '编码 2089999 不在内置目录中'),
        at('summary-expenditure', 'error', 'F6', '支出预算表合计 820.00 ≠ 收支预算表 827.29', [{ sheet: '表一', cells: ['D18'] }]),
      ],
    };
    const host = fakeHost();
    mount(host, { check: () => rep });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '校验' })));
    const lines = await screen.findAllByText(/不在内置目录中|≠ 收支预算表/);
    expect(lines.map((l) => l.textContent)).toEqual(['支出预算表合计 820.00 ≠ 收支预算表 827.29', '编码 2010199 不在内置目录中']);
    expect(screen.getByText(/× 3/)).toBeTruthy();
    // severity as a sign and a word in the line itself, not colour alone
    expect(screen.getAllByText(/^✖ 错误$/).length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: '对照：表一!D18' }));
    expect(host.select).toHaveBeenCalledWith('表一', 'D18');
    fireEvent.click(screen.getByText(/× 3/));
    expect(screen.getAllByText(/不在内置目录中/)).toHaveLength(4);
  });

  test('filters by sheet and by rule (named by what the rule checks) narrow the list, and say how many are shown', async () => {
    const at = (rule: string, severity: 'error' | 'warning', cell: string, zh: string) => ({ rule, severity, sheet: '表三', cells: [cell], message: { 'zh-CN': zh, en: zh } });
    const rep: WorkbookReport = {
      profile: 'henan-2024-unit',
      profileAuto: false,
      tables: [{ kind: 'expenditure', sheet: '表三', title: '2024年支出预算表', unit: '万元', range: 'A1:N12' }],
      missingTables: [],
      findings: [
        { ...at('code-unknown', 'warning', 'A8', '编码 2010199 不在内置目录中'), sheet: '表三' },
        { ...at('row-sum', 'error', 'F9', '「事业运行」行：合计不符'), sheet: '表四' },
        { ...at('row-sum', 'error', 'F10', '「行政运行」行：合计不符'), sheet: '表三' },
      ],
    };
    mount(fakeHost(), { check: () => rep });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '校验' })));
    await screen.findByText(/事业运行/);
    fireEvent.change(screen.getByLabelText('按工作表筛选'), { target: { value: '表四' } });
    expect(screen.queryByText(/行政运行/)).toBeNull();
    expect(screen.queryByText(/2010199/)).toBeNull();
    expect(screen.getByText(/事业运行/)).toBeTruthy();
    expect(screen.getByText('显示 1 / 3 条')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('按工作表筛选'), { target: { value: '' } });
    const rules = screen.getByLabelText('按规则筛选') as HTMLSelectElement;
    // the rule is named by its description, with its count
    expect([...rules.options].map((o) => o.textContent)).toEqual(expect.arrayContaining([expect.stringMatching(/^同一行中，合计栏.*\(2\)$/)]));
    fireEvent.change(rules, { target: { value: 'code-unknown' } });
    expect(screen.getByText(/2010199/)).toBeTruthy();
    expect(screen.queryByText(/事业运行/)).toBeNull();
  });

  test('results say when they are out of date: marks cleared, then a check makes them current again', async () => {
    const host = fakeHost({ hasHighlights: jest.fn(async () => true) });
    mount(host);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '校验' })));
    await screen.findByText(/已在工作表中标出/);
    expect(screen.queryByText(/列表中的问题已不再标在单元格上/)).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '清除标记' })));
    expect(await screen.findByText(/列表中的问题已不再标在单元格上/)).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '校验' })));
    await waitFor(() => expect(screen.queryByText(/列表中的问题已不再标在单元格上/)).toBeNull());
    // a setting the check used changes: the results were checked with the old one
    fireEvent.click(screen.getByRole('radio', { name: '行政单位' }));
    expect(await screen.findByText(/模板、单位类型或分类目录已更改/)).toBeTruthy();
  });

  test('the findings handed on: a new report sheet (opt-in), or text on the clipboard', async () => {
    const host = fakeHost();
    mount(host);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '校验' })));
    await screen.findByText(/已在工作表中标出/);
    expect(host.addReportSheet).not.toHaveBeenCalled();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '导出到新工作表' })));
    const sheet = host.addReportSheet.mock.calls[0][0];
    expect(sheet.rows.slice(3).map((r) => r[1]?.value)).toContain('表三 支出预算表');
    expect(await screen.findByText('已添加工作表「审核结果 (2)」，原有工作表未改动')).toBeTruthy();
    const writeText = jest.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '复制为文本' })));
    expect(writeText.mock.calls[0][0]).toMatch(/^预算表审核助手 审核结果\n错误 \d+ · 警告 \d+ · 提示 \d+（.+）\n1\. 错误 表三 支出预算表!F7,F8.*\n2\. 错误 表三 支出预算表!F8,G8,L8：「事业运行」行/);
    expect(await screen.findByText(/已复制 \d+ 条问题/)).toBeTruthy();
  });

  test('end to end over the Office host and the fake Excel: findings marked in the workbook', async () => {
    const fake = createFakeExcel(workbook(withCell(EXPENDITURE_001, 7, 5, 765.39)), { excelApi: '1.13' });
    fake.installGlobals();
    const host = new OfficeHost();
    mount(host, { supported: host.isSupported() });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '校验' })));
    await screen.findByText(/已在工作表中标出/);
    await waitFor(() => expect(fake.syncs).toBeGreaterThan(0));
    expect(screen.getByText(/「事业运行」行/)).toBeTruthy();
  });
});

describe('reading progress', () => {
  /** A host whose readWorkbook reports progress when told to and finishes when told to. */
  function slowHost() {
    let report: (p: ReadProgress) => void = () => undefined;
    let finish: () => void = () => undefined;
    const host = fakeHost({
      readWorkbook: jest.fn(async (onProgress?: (p: ReadProgress) => void) => {
        report = (p) => onProgress?.(p);
        await new Promise<void>((resolve) => (finish = resolve));
        return workbook(withCell(EXPENDITURE_001, 7, 5, 765.39));
      }),
    });
    return { host, report: (p: ReadProgress) => act(async () => report(p)), finish: () => act(async () => finish()) };
  }

  test('the status shows how many sheets, then which sheet is read, and goes when the check is done', async () => {
    const { host, report, finish } = slowHost();
    mount(host);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '校验' })));
    expect(host.readWorkbook).toHaveBeenCalledWith(expect.any(Function));
    expect(screen.getByText('正在读取工作簿…')).toBeTruthy();
    await report({ fraction: 0, message: '正在读取工作表列表 / Listing worksheets' });
    expect(screen.getByText('正在读取工作簿…')).toBeTruthy();
    await report({ fraction: 0.2, message: '…', sheetsRead: 0, sheetCount: 13 });
    expect(screen.getByText('正在读取 13 张工作表…')).toBeTruthy();
    await report({ fraction: 0.3, message: '…', sheetsRead: 2, sheetCount: 13 });
    expect(screen.getByText('正在读取 3/13 张工作表…')).toBeTruthy();
    await report({ fraction: 1, message: '…', sheetsRead: 13, sheetCount: 13 });
    expect(screen.getByText('正在读取 13/13 张工作表…')).toBeTruthy();
    await finish();
    await screen.findByText(/已在工作表中标出 \d+ 个问题（3 个单元格）/);
    expect(screen.queryByText(/正在读取/)).toBeNull();
  });

  test('in English', async () => {
    const { host, report, finish } = slowHost();
    mount(host);
    await act(async () => fireEvent.click(screen.getByRole('radio', { name: 'English' })));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Check' })));
    await report({ fraction: 0.3, message: '…', sheetsRead: 2, sheetCount: 13 });
    expect(screen.getByText('Reading sheet 3 of 13…')).toBeTruthy();
    await finish();
  });

  test('over the Office host and the fake Excel: the host is given a progress callback and reports every sheet', async () => {
    const fake = createFakeExcel(workbook(withCell(EXPENDITURE_001, 7, 5, 765.39), basicExpenditure(BASIC_ROWS_CLEAN)), { excelApi: '1.13' });
    const undo = fake.installGlobals();
    const host = new OfficeHost();
    const seen: ReadProgress[] = [];
    const read = host.readWorkbook.bind(host);
    jest.spyOn(host, 'readWorkbook').mockImplementation((onProgress) => read((p) => (seen.push(p), onProgress?.(p))));
    mount(host, { supported: host.isSupported() });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '校验' })));
    await screen.findByText(/已在工作表中标出/);
    expect(seen.filter((p) => p.sheetCount === 2).map((p) => p.sheetsRead)).toEqual([0, 1, 2]);
    undo();
  });
});
