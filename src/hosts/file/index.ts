export { readXlsx, sniff, valueOf, type ReadOptions, type ArchiveInfo } from './xlsx';
export { WorkbookReadError, type ReadErrorCode } from './errors';
