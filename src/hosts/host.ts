/**
 * What the task pane (and anything else that drives a live workbook) needs from a host.
 * The Office.js host implements it over Excel; tests use it over the fake Excel API.
 */
import type { Finding } from '../engine/findings';
import type { WorkbookData } from '../engine/model/workbook';
import type { ReportSheet } from '../engine/report-sheet';
import type { TableKind } from '../engine/tables/kinds';
import type { AmountUnit } from '../engine/tables/profiles';
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
  /** Mark the findings' cells by severity (the Office host: conditional formats; the cells' own formatting is never written). One write sync. */
  highlight(findings: Finding[]): Promise<HighlightResult>;
  /** Remove the marks: the workbook shows exactly what it did before highlight() (and what the user changed since). */
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
  /**
   * Insert the standard tables of a profile's official template that the workbook lacks (or the
   * `kinds` asked for): never a second copy of a table the workbook holds, never over a sheet; in
   * the template's numbering order; what a failed insert added is removed.
   */
  insertTables(req: InsertRequest): Promise<InsertResult>;
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

/** What insertTables inserts: the tables of `profile` the workbook lacks, or of `kinds`; the options override what the workbook says. */
export interface InsertRequest {
  profile: string;
  kinds?: TableKind[];
  year?: number;
  unitName?: string;
  unit?: AmountUnit;
  /** For a profile of either level (mof-9); default 'unit'. */
  level?: 'dept' | 'unit';
  protectFormulas?: boolean;
}

export interface InsertResult {
  /** The sheets added, in the set's order. */
  inserted: { kind: TableKind; sheet: string }[];
  /** Tables asked for that the workbook already holds (not inserted). */
  present: { kind: TableKind; sheet: string }[];
  /** The year and unit name written into the titles and name lines. */
  year: number;
  unitName: string;
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
