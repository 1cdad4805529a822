/**
 * Why a file could not be read, in words a user can act on (zh-CN first, en second).
 */
import type { LocalizedText } from '../../engine/findings';

export type ReadErrorCode = 'empty' | 'ole' | 'xls' | 'csv' | 'not-xlsx' | 'corrupt' | 'not-found' | 'unreadable';

const TEXT: Record<ReadErrorCode, LocalizedText> = {
  empty: { 'zh-CN': '文件为空（0 字节），不是工作簿', en: 'The file is empty (0 bytes), not a workbook' },
  ole: {
    'zh-CN': '这是旧版 .xls 或加密的工作簿，无法读取：请在 Excel 中另存为 .xlsx（不加密）后再审核',
    en: 'This is a legacy .xls or an encrypted workbook and cannot be read: save it as an unencrypted .xlsx in Excel first',
  },
  xls: {
    'zh-CN': '不支持旧版 .xls 格式：请在 Excel 或 WPS 中另存为 .xlsx 后再审核',
    en: 'The legacy .xls format is not supported: save the file as .xlsx in Excel or WPS first',
  },
  csv: { 'zh-CN': 'CSV 文件不是预算工作簿：请提供 .xlsx 文件', en: 'A CSV file is not a budget workbook: give an .xlsx file' },
  'not-xlsx': { 'zh-CN': '不是 Excel 工作簿（.xlsx）', en: 'Not an Excel workbook (.xlsx)' },
  corrupt: {
    'zh-CN': '工作簿已损坏或不完整，无法打开：请在 Excel 中打开并重新保存',
    en: 'The workbook is damaged or incomplete and cannot be opened: open it in Excel and save it again',
  },
  'not-found': { 'zh-CN': '找不到文件', en: 'File not found' },
  unreadable: { 'zh-CN': '无法读取文件', en: 'The file cannot be read' },
};

export class WorkbookReadError extends Error {
  readonly text: LocalizedText;
  constructor(
    readonly code: ReadErrorCode,
    detail?: string,
  ) {
    super(`${TEXT[code].en}${detail ? ` (${detail})` : ''}`);
    this.name = 'WorkbookReadError';
    this.text = detail ? { 'zh-CN': `${TEXT[code]['zh-CN']}（${detail}）`, en: `${TEXT[code].en} (${detail})` } : TEXT[code];
  }
}
