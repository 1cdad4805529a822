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
  | 'unreadable'
  | 'no-permission'
  | 'link-loop'
  | 'not-regular'
  | 'too-large'
  | 'too-large-inflated'
  | 'implausible-layout'
  | 'busy'
  | 'timeout'
  | 'out-of-memory'
  | 'crashed';

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
  unreadable: {
    'zh-CN': '无法读取文件：请确认文件没有被其他程序占用、所在磁盘或网络位置可以访问，然后重试',
    en: 'The file cannot be read: make sure no other program holds it and its disk or network location is reachable, then try again',
  },
  'no-permission': {
    'zh-CN': '没有读取权限：请检查文件（或所在文件夹）的权限，或以有权限的用户运行',
    en: 'No permission to read it: check the permissions of the file (or its folder), or run as a user who may read it',
  },
  'link-loop': {
    'zh-CN': '符号链接循环或层级过深，无法找到实际文件：请检查链接指向',
    en: 'A loop (or too many levels) of symbolic links, so the actual file cannot be found: check where the link points',
  },
  'not-regular': {
    'zh-CN': '不是普通文件（设备、管道或套接字），不予读取：请给出 .xlsx 文件',
    en: 'Not a regular file (a device, pipe or socket), so it is not read: give an .xlsx file',
  },
  'too-large': {
    'zh-CN': '文件过大，不予读取：预算工作簿通常远小于此上限，请确认文件是否正确',
    en: 'The file is too large to be read: budget workbooks are far smaller than this limit, check that it is the right file',
  },
  'too-large-inflated': {
    'zh-CN': '工作簿解压后过大，不予读取（可能是异常或恶意构造的文件）',
    en: 'The workbook would be too large once unpacked, so it is not read (it may be malformed or built to do harm)',
  },
  'implausible-layout': {
    'zh-CN': '工作表的结构超出任何预算表的范围，不予读取（可能是异常或恶意构造的文件）',
    en: 'A worksheet is laid out beyond anything a budget table has, so it is not read (it may be malformed or built to do harm)',
  },
  busy: { 'zh-CN': '文件正被其他程序占用：请关闭后重试', en: 'The file is in use by another program: close it and try again' },
  timeout: {
    'zh-CN': '审核超出时限，已停止（文件可能过大或异常）：可用 --timeout 放宽时限',
    en: 'Checking took longer than the time limit and was stopped (the file may be too large or malformed): --timeout allows more time',
  },
  'out-of-memory': {
    'zh-CN': '审核所需内存超出上限，已停止（文件可能过大或异常）：可用 --max-memory 放宽上限',
    en: 'Checking needed more memory than the limit and was stopped (the file may be too large or malformed): --max-memory allows more',
  },
  crashed: {
    'zh-CN': '审核此文件时检查进程意外退出，其余文件不受影响',
    en: 'The checker stopped unexpectedly on this file; the other files are not affected',
  },
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
