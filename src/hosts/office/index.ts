export { OfficeHost, MIN_EXCEL_API } from './office-host';
export type { ExcelRunner, OfficeHostOptions } from './office-host';
export { MARK_COLORS, MARKS_SETTING_KEY } from './marks';
