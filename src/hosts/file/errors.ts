/**
 * Why a file could not be read, in words a user can act on (zh-CN first, en second).
 */
import { same, type LocalizedText } from '../../engine/i18n/lang';
import { HostError } from '../errors';

export type ReadErrorCode =
  | 'empty'
  | 'ole'
  | 'xls'
  | 'csv'
  | 'not-xlsx'
  | 'corrupt'
  | 'unsupported'
  | 'no-sheets'
  | 'not-found'
  | 'unreadable';

const TEXT: Record<ReadErrorCode, LocalizedText> = {
  empty: { 'zh-CN': '文件为空（0 字节），不是工作簿', en: 'The file is empty (0 bytes), not a workbook' },
  ole: {
    'zh-CN': '这是旧版 .xls 或加密的工作簿，无法读取：请在 Excel 中另存为 .xlsx（不加密）后再审核',
    en: 'This is a legacy .xls or an encrypted workbook and cannot be read: save it in Excel as an unencrypted .xlsx first',
  },
  xls: {
    'zh-CN': '不是 .xlsx 工作簿（.xls 扩展名，内容也不是 Excel 2007 及以后的格式）：请在 Excel 或 WPS 中另存为 .xlsx 后再审核',
    en: 'Not an .xlsx workbook (.xls extension, and the content is not the Excel 2007+ format): save it as .xlsx in Excel or WPS first',
  },
  csv: {
    'zh-CN': 'CSV 文件不是预算工作簿（没有合并单元格、公式和多张表）：请提供 .xlsx 文件',
    en: 'A CSV file is not a budget workbook (no merged cells, formulas or sheets): give an .xlsx file',
  },
  'not-xlsx': { 'zh-CN': '不是 Excel 工作簿（.xlsx）', en: 'Not an Excel workbook (.xlsx)' },
  corrupt: {
    'zh-CN': '工作簿已损坏或不完整，无法打开：请在 Excel 中打开并重新保存',
    en: 'The workbook is damaged or incomplete and cannot be opened: open it in Excel and save it again',
  },
  unsupported: {
    'zh-CN': '工作簿含有无法解析的内容：请在 Excel 中另存为新的 .xlsx 后再审核',
    en: 'The workbook holds content that cannot be parsed: save it in Excel as a new .xlsx first',
  },
  'no-sheets': { 'zh-CN': '工作簿中没有工作表', en: 'The workbook has no worksheets' },
  'not-found': { 'zh-CN': '找不到文件', en: 'File not found' },
  unreadable: { 'zh-CN': '无法读取文件', en: 'The file cannot be read' },
};

/** A file that is not a readable .xlsx: `code` for programs, `text` (zh-CN and en) for people. */
export class WorkbookReadError extends HostError<ReadErrorCode> {
  constructor(
    code: ReadErrorCode,
    /** What exactly (a path, the parser's words); shown in brackets after the message. */
    detail?: string | LocalizedText,
  ) {
    const d = typeof detail === 'string' ? same(detail) : detail;
    super(code, d ? { 'zh-CN': `${TEXT[code]['zh-CN']}（${d['zh-CN']}）`, en: `${TEXT[code].en} (${d.en})` } : TEXT[code]);
    this.name = 'WorkbookReadError';
  }
}
