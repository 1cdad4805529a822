/**
 * @jest-environment jsdom
 */
/**
 * The task pane's classification features against the fake Excel, through the real OfficeHost:
 * importing the official catalog (kept in the workbook settings and the browser's storage), the
 * unit type setting, and the codes of the row of the cell the user selects.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'util';
import { App } from '../../src/taskpane/App';
import { OfficeHost } from '../../src/hosts/office';
import { basicExpenditure, BASIC_ROWS_CLEAN, EXPENDITURE_001 } from '../engine/seed-layouts';
import { workbook } from '../support/sheet';
import { createFakeExcel } from '../fakes/excel';

// jsdom lacks TextDecoder / TextEncoder, which every browser that runs Office add-ins has
Object.assign(globalThis, { TextDecoder: NodeTextDecoder, TextEncoder: NodeTextEncoder });

(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

const _ = undefined;

/** An official-layout catalog workbook: 科目编码 | 科目名称, without 2101102 事业单位医疗. */
async function catalogFile(name = 'catalog-2026.xlsx'): Promise<File> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('支出功能分类');
  ws.addRow(['2026年政府收支分类科目']);
  ws.addRow(['科目编码', '科目名称']);
  for (const [c, n] of [
    ['201', '一般公共服务支出'],
    ['20103', '政府办公厅（室）及相关机构事务'],
    ['2010350', '事业运行'],
    ['208', '社会保障和就业支出'],
    ['20805', '行政事业单位养老支出'],
    ['2080502', '事业单位离退休'],
    ['2080505', '机关事业单位基本养老保险缴费支出'],
    ['210', '卫生健康支出'],
    ['21011', '行政事业单位医疗'],
    ['221', '住房保障支出'],
    ['22102', '住房改革支出'],
    ['2210201', '住房公积金'],
  ]) ws.addRow([c, n]);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return { name, arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) } as unknown as File;
}

function setup(sheets = [EXPENDITURE_001, basicExpenditure(BASIC_ROWS_CLEAN)], excelApi = '1.13') {
  const fake = createFakeExcel(workbook(...sheets), { excelApi });
  const undo = fake.installGlobals();
  const host = new OfficeHost();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} supported={host.isSupported()} />
    </FluentProvider>,
  );
  return { fake, host, view, undo };
}

async function check() {
  await act(async () => fireEvent.click(screen.getByRole('button', { name: '校验' })));
  await screen.findByText(/已在工作表中标出/);
}

const fileInput = () => screen.getByLabelText('导入官方目录…') as HTMLInputElement;

afterEach(() => {
  localStorage.clear();
});

describe('importing the official catalog in the task pane', () => {
  test('an imported catalog changes the findings, is stored in the workbook and the browser, and can be dropped', async () => {
    const { fake, undo, view } = setup();
    await check();
    expect(screen.queryByText(/2101102 不在/)).toBeNull();

    await act(async () => fireEvent.change(fileInput(), { target: { files: [await catalogFile()] } }));
    // first what the file holds, and a warning: 12 functional entries would replace the built-in 954
    expect(await screen.findByText(/在 catalog-2026.xlsx 中找到：支出功能分类 12 条（类 \d+，款 \d+，项 \d+）/)).toBeTruthy();
    expect(screen.getByText(/支出功能分类只有 12 条，内置目录有 \d{3,} 条/)).toBeTruthy();
    expect(fake.setting('budgetChecker.catalog')).toBeUndefined();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '导入并替换' })));
    await screen.findByText(/分类目录已导入/);
    expect(screen.getByText(/导入的目录：catalog-2026.xlsx（2026）：功能分类 12 条/)).toBeTruthy();
    expect((fake.setting('budgetChecker.catalog') as { source: string }).source).toBe('catalog-2026.xlsx');
    expect(JSON.parse(localStorage.getItem('budgetChecker.catalog')!).entries.fn).toHaveLength(12);

    await check();
    expect(await screen.findByText(/编码 2101102 不在导入目录「catalog-2026.xlsx」/)).toBeTruthy();

    // a fresh pane on the same workbook starts with the imported catalog
    view.unmount();
    localStorage.clear();
    render(
      <FluentProvider theme={webLightTheme}>
        <App host={new OfficeHost()} />
      </FluentProvider>,
    );
    expect(await screen.findByText(/导入的目录：catalog-2026.xlsx/)).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '恢复内置目录' })));
    await screen.findByText(/已恢复内置目录/);
    expect(fake.setting('budgetChecker.catalog')).toBeUndefined();
    expect(localStorage.getItem('budgetChecker.catalog')).toBeNull();
    await check();
    expect(screen.queryByText(/2101102 不在/)).toBeNull();
    undo();
  });

  test('a catalog can be looked at and not imported: nothing is stored, the built-in one stays', async () => {
    const { fake, undo } = setup();
    await act(async () => fireEvent.change(fileInput(), { target: { files: [await catalogFile()] } }));
    await screen.findByText(/在 catalog-2026.xlsx 中找到/);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '不导入' })));
    expect(screen.queryByText(/在 catalog-2026.xlsx 中找到/)).toBeNull();
    expect(fake.setting('budgetChecker.catalog')).toBeUndefined();
    expect(screen.getByText(/内置目录（功能分类/)).toBeTruthy();
    undo();
  });

  test('a file that is not a catalog gives a clear message, and nothing is stored', async () => {
    const { fake, undo } = setup();
    const notes = { name: '名单.csv', arrayBuffer: async () => new TextEncoder().encode('姓名\n张三\n').buffer } as unknown as File;
    await act(async () => fireEvent.change(fileInput(), { target: { files: [notes] } }));
    expect(await screen.findByText(/没有找到分类科目/)).toBeTruthy();
    expect(fake.setting('budgetChecker.catalog')).toBeUndefined();
    const old = { name: '科目.xls', arrayBuffer: async () => new ArrayBuffer(8) } as unknown as File;
    await act(async () => fireEvent.change(fileInput(), { target: { files: [old] } }));
    expect(await screen.findByText(/另存为 .xlsx/)).toBeTruthy();
    undo();
  });
});

describe('unit type setting', () => {
  test('行政单位 set by the user changes the correspondence findings and is stored', async () => {
    // seed 001's basic table maps 301 → 50501: right for a 事业单位 (its 事业运行 row says so)
    const { fake, undo } = setup();
    await check();
    expect(screen.getByText(/单位类型: 事业单位/)).toBeTruthy();
    expect(screen.queryByText(/行政单位的部门经济分类/)).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('radio', { name: '行政单位' })));
    expect(fake.setting('budgetChecker.unitType')).toBe('admin');
    await check();
    // the alike correspondence findings are one line with a count (its first message shown); opened, each is listed
    fireEvent.click(screen.getByRole('button', { name: /经济分类对应关系不符.*× \d+/ }));
    expect(screen.getAllByText(/行政单位的部门经济分类 301\d\d 不应对应政府经济分类 50501/).length - 1).toBe(4);
    expect(screen.getByText(/单位类型: 行政单位（在设置中指定）/)).toBeTruthy();
    undo();
  });
});

describe('the selected cell', () => {
  test('selecting a cell in Excel shows its row’s codes and catalog entries (ExcelApi 1.9 events)', async () => {
    const { fake, undo } = setup();
    await check();
    await act(async () => fake.userSelects('表六 一般公共预算基本支出预算表', 'E7'));
    await waitFor(() => expect(screen.getByText('表六 一般公共预算基本支出预算表!E7')).toBeTruthy());
    expect(screen.getByText(/部门预算经济分类 30107（款） 绩效工资 · 按编码/)).toBeTruthy();
    expect(screen.getByText(/政府预算经济分类 50501（款） 工资福利支出 · 按编码/)).toBeTruthy();
    await act(async () => fake.userSelects('表三 支出预算表', 'B8'));
    expect(await screen.findByText(/支出功能分类 2010350（项） 事业运行 · 按编码/)).toBeTruthy();
    await act(async () => fake.userSelects('表三 支出预算表', 'E6'));
    expect(await screen.findByText('该行没有分类编码')).toBeTruthy();
    undo();
  });

  test('below ExcelApi 1.9 the pane asks for the selection with a button', async () => {
    const { fake, undo } = setup(undefined, '1.7');
    await check();
    await act(async () => fake.userSelects('表三 支出预算表', 'C10'));
    expect(screen.queryByText('表三 支出预算表!C10')).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '查看所选单元格的分类编码' })));
    expect(await screen.findByText(/支出功能分类 2080505（项） 机关事业单位基本养老保险缴费支出/)).toBeTruthy();
    undo();
  });
});

describe('OfficeHost selection', () => {
  test('getSelection: one sync; onSelectionChanged: registered once, one sync per event, stops when unsubscribed', async () => {
    const fake = createFakeExcel(workbook(EXPENDITURE_001), { excelApi: '1.9' });
    const host = new OfficeHost({ run: fake.run, isSetSupported: fake.isSetSupported });
    await fake.userSelects('表三 支出预算表', 'D9:E10');
    fake.resetStats();
    expect(await host.getSelection()).toEqual({ sheet: '表三 支出预算表', cell: 'D9' });
    expect(fake.syncs).toBe(1);
    const seen: string[] = [];
    const off = await host.onSelectionChanged((s) => seen.push(`${s.sheet}!${s.cell}`));
    expect(off).not.toBeNull();
    await fake.userSelects('表三 支出预算表', 'A8');
    off!();
    await fake.userSelects('表三 支出预算表', 'A9');
    expect(seen).toEqual(['表三 支出预算表!A8']);
    const old = createFakeExcel(workbook(EXPENDITURE_001), { excelApi: '1.8' });
    expect(await new OfficeHost({ run: old.run, isSetSupported: old.isSetSupported }).onSelectionChanged(() => undefined)).toBeNull();
    void _;
  });
});
