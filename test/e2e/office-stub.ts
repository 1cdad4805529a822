/**
 * What the browser loads instead of office.js in the end-to-end tests: an Office object that is
 * ready at once (ExcelApi requirement sets answered by the fake) and Excel.run over the project's
 * fake of the Excel API, holding the workbook the test put in window.__BUDGET_WORKBOOK__.
 * Bundled for the browser by esbuild in pane.e2e.test.ts.
 */
import type { WorkbookData } from '../../src/engine/model/workbook';
import { createFakeExcel } from '../fakes/excel';

declare global {
  interface Window {
    __BUDGET_WORKBOOK__: WorkbookData;
    __BUDGET_FAKE__: ReturnType<typeof createFakeExcel>;
  }
}

const fake = createFakeExcel(window.__BUDGET_WORKBOOK__, { excelApi: '1.9' });
window.__BUDGET_FAKE__ = fake;
const w = window as unknown as Record<string, unknown>;
w.Excel = { run: fake.run };
w.Office = {
  onReady(cb?: (info: { host: string }) => void) {
    const info = { host: 'Excel', platform: 'OfficeOnline' };
    cb?.(info);
    return Promise.resolve(info);
  },
  // the Office theme a test asks for (window.__BUDGET_THEME__: a body background colour), else none
  context: { requirements: { isSetSupported: fake.isSetSupported }, officeTheme: (window as unknown as { __BUDGET_THEME__?: { bodyBackgroundColor: string } }).__BUDGET_THEME__ },
};
