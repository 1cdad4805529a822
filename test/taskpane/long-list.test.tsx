/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { Finding } from '../../src/engine/findings';
import { FindingsPanel } from '../../src/taskpane/panels/FindingsPanel';
import { ARRANGE_AT_ONCE } from '../../src/taskpane/panels/finding-list';

(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

// jsdom lays nothing out: each line of the list is given one line's height (else an open group of
// thousands would all be "in view" at height 0); the list itself takes the pane's height (FindingsPanel)
beforeAll(() => {
  jest.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.hasAttribute('data-index') ? 48 : 0;
  });
});
afterAll(() => jest.restoreAllMocks());

/** A long list: many alike warnings (one group), a few errors on their own, on two sheets. */
function longList(n: number): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < n; i++) out.push({ rule: 'code-unknown', severity: 'warning', sheet: '表三', cells: [`A${i + 5}`], message: { 'zh-CN': `编码 ${2010100 + i} 不在内置目录中`, en: `code ${2010100 + i} unknown` } });
  out.push({ rule: 'row-sum', severity: 'error', sheet: '表四', cells: ['F9'], message: { 'zh-CN': '「事业运行」行：合计不符', en: 'row total' } });
  out.push({ rule: 'row-sum', severity: 'error', sheet: '表三', cells: ['F12'], message: { 'zh-CN': '「行政运行」行：合计不符', en: 'row total' } });
  return out;
}

describe('a long findings list (arranged in slices)', () => {
  test('says it is being arranged, then shows the same list a short one would: errors first, alike findings one group; filters and next work', async () => {
    const findings = longList(ARRANGE_AT_ONCE * 2);
    const select = jest.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <FindingsPanel lang="zh-CN" findings={findings} sheets={['表三', '表四']} tables={2} onSelect={select} onSelectRelated={() => undefined} />
      </FluentProvider>,
    );
    // the verdict at once; the list once arranged
    expect(screen.getByText('错误 2 · 警告 4000 · 提示 0')).toBeTruthy();
    expect(screen.getByText('正在整理 4,002 条问题…')).toBeTruthy();
    expect(screen.queryByText(/显示/)).toBeNull();
    const lines = await screen.findAllByText(/合计不符|不在内置目录中/);
    expect(lines.map((l) => l.textContent)).toEqual(['「行政运行」行：合计不符', '「事业运行」行：合计不符', '编码 2010100 不在内置目录中']);
    expect(screen.getByText(/× 4,000/)).toBeTruthy();
    expect(screen.queryByText(/正在整理/)).toBeNull();
    // a filter (its choices come once the list is shown): the list on show stays until the new one is arranged
    await screen.findByRole('option', { name: '表四 (1)' });
    fireEvent.change(screen.getByLabelText('按工作表筛选'), { target: { value: '表四' } });
    expect(await screen.findByText('显示 1 / 4002 条')).toBeTruthy();
    expect(screen.queryByText(/行政运行/)).toBeNull();
    expect(screen.getByText(/事业运行/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('按工作表筛选'), { target: { value: '' } });
    await screen.findByText(/行政运行/);
    // next walks in list order: the errors first (表三 before 表四), then the group, which opens
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '下一个' })));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '下一个' })));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '下一个' })));
    expect(select.mock.calls.map(([f]) => `${f.sheet}!${f.cells[0]}`)).toEqual(['表三!F12', '表四!F9', '表三!A5']);
    expect(screen.getByRole('button', { name: /× 4,000/ }).getAttribute('aria-expanded')).toBe('true');
  });
});
