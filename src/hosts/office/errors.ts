/**
 * What the Office host cannot do, as HostErrors. The Error message stays "中文 / English" (the
 * words shown before the errors were typed); `text` holds each language alone.
 */
import { fillText, type TextTemplate } from '../../engine/i18n/lang';
import { HostError } from '../errors';

type OfficeErrorCode = 'excel-api-unsupported' | 'sheet-not-found';

const TEXT: Record<OfficeErrorCode, TextTemplate> = {
  'excel-api-unsupported': {
    'zh-CN': '此版本的 Excel 不支持本加载项所需的 ExcelApi {version}，请使用较新版本的 Excel',
    en: 'This version of Excel lacks ExcelApi {version}, which the add-in needs; please use a newer Excel',
  },
  'sheet-not-found': { 'zh-CN': '找不到工作表“{sheet}”', en: 'Worksheet "{sheet}" not found' },
};

export function officeError(code: OfficeErrorCode, vars: Readonly<Record<string, string>>): HostError<OfficeErrorCode> {
  const text = fillText(TEXT[code], vars);
  return new HostError(code, text, `${text['zh-CN']} / ${text.en}`);
}
