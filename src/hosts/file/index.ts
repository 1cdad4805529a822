export { readXlsx, sniff, valueOf } from './xlsx';
export { WorkbookReadError, type ReadErrorCode } from './errors';
