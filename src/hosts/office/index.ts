export { OfficeHost } from './office-host';
export { MARK_COLORS, MARKS_SETTING_KEY } from './marks';
