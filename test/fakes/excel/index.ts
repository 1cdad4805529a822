/**
 * A fake of the Excel JavaScript API (Office.js) for tests, with Excel's semantics: proxies,
 * commands queued until context.sync(), load() before reads (PropertyNotLoaded), null objects,
 * requirement sets, protected sheets refusing writes at sync, workbook settings kept in the
 * document, and a sync counter. A sync is answered in a later task, as Office.js answers (its
 * commands processed in slices, one batch after the other: see FakeExcel.roundTrip).
 *
 *   const fake = createFakeExcel(workbookData, { excelApi: '1.9' });
 *   const host = new OfficeHost({ run: fake.run, isSetSupported: fake.isSetSupported });
 *   await host.readWorkbook();
 *   expect(fake.syncs).toBeLessThanOrEqual(3);
 *   expect(fake.fill('表一', 'B5')).toEqual({ pattern: 'Solid', color: '#FFC7CE', patternColor: null });
 */
export { createFakeExcel, FakeExcel } from './workbook';
export type { FakeExcelOptions, FakeSheetInput } from './workbook';
export { FakeOfficeError } from './errors';
