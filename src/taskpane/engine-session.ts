/**
 * One engine session: it takes a workbook in pieces (sheet by sheet, a large sheet in slices of
 * rows: no single hand-over from the UI thread is long), checks it, keeps the whole result (the
 * tables model, every row's codes) and hands the pane only what it shows — the report without its
 * per-row mappings, the findings in chunks, the codes of one cell when asked. Runs in the engine's
 * Web Worker (so the large parts never cross to the UI thread) or, where there is no worker, in the page.
 */
import type { MappedCode } from '../engine/catalog/mapping';
import { checkWorkbook, type CheckOptions } from '../engine/check';
import type { Finding, WorkbookReport } from '../engine/findings';
import type { SheetData, WorkbookData } from '../engine/model/workbook';
import type { LocalizedText } from '../engine/i18n/lang';
import { ruleDescriptions } from '../engine/registry';
import { codesAt, entityNameOf, type CellAddress, type CheckedReport } from '../engine/queries';

/** The engine's check (or a test's): a report, with the tables model when it has one. */
export type CheckFn = (wb: WorkbookData, o: CheckOptions) => CheckedReport | Promise<CheckedReport>;

/** What the pane holds of a check: the report without row mappings, and the unit's name. */
export interface PaneReport extends WorkbookReport {
  /** The first unit or department name a table states (null: none, or no tables model). */
  entityName: string | null;
  /** What each rule with a finding checks (its description), for the pane's rule filter. */
  ruleNames: Record<string, LocalizedText>;
}

/** The report as the session first answers: the findings follow in chunks. */
export type ReportHead = Omit<PaneReport, 'findings'> & { findingCount: number };

export interface EngineSession {
  /** A new workbook to take: its sheets follow (addSheet, addRows), then check(). */
  open(): void;
  /** A sheet of the workbook being taken, with the first of its rows (cells[0..]). */
  addSheet(sheet: SheetData): void;
  /** More rows of the sheet last added, from its row `from` (0-based in its cells). */
  addRows(from: number, rows: SheetData['cells']): void;
  /** Check the workbook taken since open(). */
  check(options: CheckOptions): Promise<ReportHead>;
  /** Findings [from, from + count) of the last check. */
  findings(from: number, count: number): Finding[];
  /** The codes of a cell's row in the last check (null: no check or no tables model). */
  codesAt(at: CellAddress): MappedCode[] | null;
}

export function engineSession(check: CheckFn = checkWorkbook): EngineSession {
  let last: CheckedReport | null = null;
  let taking: WorkbookData | null = null;
  return {
    open() {
      taking = { sheets: [] };
    },
    addSheet(sheet) {
      if (!taking) throw new Error('addSheet before open');
      taking.sheets.push(sheet);
    },
    addRows(from, rows) {
      const sheet = taking?.sheets[taking.sheets.length - 1];
      if (!sheet) throw new Error('addRows before addSheet');
      // by index, so that a sparse sheet keeps its holes (empty rows)
      for (let i = 0; i < rows.length; i++) if (i in rows) sheet.cells[from + i] = rows[i];
      if (sheet.cells.length < from + rows.length) sheet.cells.length = from + rows.length;
    },
    async check(options) {
      if (!taking) throw new Error('check before open');
      const wb = taking;
      taking = null;
      last = null;
      last = await check(wb, options);
      const { findings, recognized: _r, mappings: _m, ...rest } = last;
      return {
        ...rest,
        tables: last.tables.map(({ rows: _rows, ...t }) => t),
        entityName: entityNameOf(last),
        ruleNames: ruleDescriptions(findings),
        findingCount: findings.length,
      };
    },
    findings: (from, count) => (last ? last.findings.slice(from, from + count) : []),
    codesAt: (at) => (last ? codesAt(last, at) : null),
  };
}
