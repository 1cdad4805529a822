/**
 * What the Office host cannot do, as HostErrors. The Error message stays "中文 / English" (the
 * words shown before the errors were typed); `text` holds each language alone.
 */
import { fillText, type TextTemplate } from '../../engine/i18n/lang';
import { HostError } from '../errors';

type OfficeErrorCode = 'excel-api-unsupported' | 'sheet-not-found' | 'used-range-too-large';

const TEXT: Record<OfficeErrorCode, TextTemplate> = {
  'excel-api-unsupported': {
    'zh-CN': '此版本的 Excel 不支持本加载项所需的 ExcelApi {version}，请使用较新版本的 Excel',
    en: 'This version of Excel lacks ExcelApi {version}, which the add-in needs; please use a newer Excel',
  },
  'sheet-not-found': { 'zh-CN': '找不到工作表“{sheet}”', en: 'Worksheet "{sheet}" not found' },
  'used-range-too-large': {
    'zh-CN': '工作表“{sheet}”的已用区域 {range} 有 {cells} 个单元格，超出任何预算表的范围，此版本的 Excel（低于 ExcelApi 1.9）无法只读取其中有内容的单元格：请删除远处多余的单元格后再校验',
    en: 'The used range {range} of worksheet "{sheet}" has {cells} cells, beyond any budget table, and this Excel (below ExcelApi 1.9) cannot read only the cells that hold something: delete the stray far cells, then check again',
  },
};

export function officeError(code: OfficeErrorCode, vars: Readonly<Record<string, string>>): HostError<OfficeErrorCode> {
  const text = fillText(TEXT[code], vars);
  return new HostError(code, text, `${text['zh-CN']} / ${text.en}`);
}
