/**
 * What the task pane (and anything else that drives a live workbook) needs from a host.
 * The Office.js host implements it over Excel; tests use it over the fake Excel API.
 */
import type { Finding } from '../engine/findings';
import type { WorkbookData } from '../engine/model/workbook';
import type { ReportSheet } from '../engine/report-sheet';
import type { SheetTemplate } from '../engine/templates/types';

export interface ReadProgress {
  /** 0..1 */
  fraction: number;
  message: string;
  /** Worksheets read so far, once their number is known (a host may leave this and sheetCount out). */
  sheetsRead?: number;
  /** How many worksheets the workbook has. */
  sheetCount?: number;
}

export interface WorkbookHost {
  /** Read every worksheet's used range (values, formulas, number formats, merges where available). */
  readWorkbook(onProgress?: (p: ReadProgress) => void): Promise<WorkbookData>;
  /** Fill the findings' cells by severity, remembering the original fills first. One sync. */
  highlight(findings: Finding[]): Promise<HighlightResult>;
  /** Restore exactly the fills that were there before highlight(). */
  clearHighlights(): Promise<void>;
  /** Whether marks from an earlier highlight (this session or a previous one) are still in the workbook. */
  hasHighlights(): Promise<boolean>;
  /** Activate the sheet and select the cell (A1). */
  select(sheet: string, cell: string): Promise<void>;
  /** The active sheet and the first cell of the selection. */
  getSelection(): Promise<CellRef | null>;
  /**
   * Call `handler` whenever the user selects another cell. Returns an unsubscribe, or null when
   * the host cannot tell (then the pane asks with getSelection when the user wants).
   */
  onSelectionChanged(handler: (sel: CellRef) => void): Promise<(() => void) | null>;
  /** Add worksheets from templates; never overwrites: a taken name gets a new one. Returns the names used. */
  addSheets(templates: SheetTemplate[]): Promise<string[]>;
  /**
   * Add the findings as a new worksheet (never touching an existing one: a taken name gets a new
   * one) and activate it. Returns the name used.
   */
  addReportSheet(sheet: ReportSheet): Promise<string>;
  /** A per-workbook setting (stored in the document, never sent anywhere). */
  getSetting<T>(key: string): Promise<T | undefined>;
  setSetting<T>(key: string, value: T): Promise<void>;
}

export interface CellRef {
  sheet: string;
  /** A1 address of one cell. */
  cell: string;
}

export interface HighlightResult {
  /** Cells filled. */
  marked: number;
  /** Sheets that could not be marked (e.g. protected), with the reason. */
  skipped: { sheet: string; reason: string }[];
}
