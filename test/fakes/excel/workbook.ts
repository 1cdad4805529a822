/**
 * FakeExcel: a workbook document plus the Excel.run / RequestContext / requirement-set entry
 * points over it. Build one from plain data (WorkbookData works as is), hand `run` and
 * `isSetSupported` to the code under test, then read the document back and count syncs.
 */
import { parseA1, parseRange, rangeToA1, type RangeRect } from '../../../src/engine/model/address';
import type { CellData, CellValue, SheetData, WorkbookData } from '../../../src/engine/model/workbook';
import { nextTask, pacer } from '../../../src/hosts/pace';
import { FakeRequestContext, type FakeQuirks, type FakeRuntime, type FakeStats } from './proxies';
import * as S from './state';

export interface FakeFillInput {
  color: string;
  /** Default 'Solid'. */
  pattern?: S.FillPatternName;
  patternColor?: string;
}

export interface FakeCellInput {
  /** The value (for a formula: its cached result; computed when omitted). */
  value?: CellValue;
  formula?: string;
  /** Number format (WorkbookData's name for it). */
  numFmt?: string;
  /** A colour ('#FFFF00') or a full fill. */
  fill?: string | FakeFillInput;
  bold?: boolean;
}

export type FakeCellLike = FakeCellInput | CellValue | undefined;

export interface FakeSheetInput {
  name: string;
  /** 0-based row / column of cells[0][0] (default 0). */
  top?: number;
  left?: number;
  cells?: (FakeCellLike | null)[][];
  /** Merged areas, 0-based rects or A1 ranges. Only the top-left cell of a merged area keeps its value. */
  merges?: (RangeRect | string)[];
  visibility?: 'visible' | 'hidden' | 'veryHidden' | S.SheetVisibilityName;
  protected?: boolean;
  /** Fills by A1 cell or range. */
  fills?: Record<string, string | FakeFillInput>;
  /** Column widths in points from column A (undefined entries keep the default). */
  columnWidths?: (number | undefined)[];
}

export interface FakeWorkbookInput {
  sheets: (FakeSheetInput | SheetData)[];
  /** Workbook settings already in the document. */
  settings?: Record<string, unknown>;
  /** Name of the active sheet (default: the first visible one). */
  activeSheet?: string;
  name?: string;
}

export interface FakeExcelOptions {
  /** Requirement sets and the highest version supported; default { ExcelApi: '1.17' }. */
  sets?: Record<string, string>;
  /** Shortcut for sets.ExcelApi. */
  excelApi?: string;
  quirks?: Partial<FakeQuirks>;
}

/** A snapshot of one cell as tests read it back. */
export interface FakeCellSnapshot {
  value: S.FakeValue;
  formula?: string;
  numberFormat: string;
  /** null = no fill. */
  fill: S.FillState | null;
  bold: boolean;
  fontSize: number;
  horizontalAlignment: S.HAlignName;
  wrapText: boolean;
  borders: Partial<Record<S.Side, S.EdgeState>>;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function toFill(f: string | FakeFillInput): S.FillState {
  if (typeof f === 'string') return { pattern: 'Solid', color: S.normalizeColor(f, 'fill'), patternColor: null };
  return {
    pattern: f.pattern ?? 'Solid',
    color: S.normalizeColor(f.color, 'fill'),
    patternColor: f.patternColor === undefined ? null : S.normalizeColor(f.patternColor, 'fill'),
  };
}

function isCellInput(x: FakeCellLike): x is FakeCellInput {
  return typeof x === 'object' && x !== null && !('error' in x && !('value' in x));
}

function visibilityOf(v: FakeSheetInput['visibility']): S.SheetVisibilityName {
  switch (v) {
    case 'hidden':
    case 'Hidden':
      return 'Hidden';
    case 'veryHidden':
    case 'VeryHidden':
      return 'VeryHidden';
    default:
      return 'Visible';
  }
}

function buildDoc(input: FakeWorkbookInput | WorkbookData): S.DocState {
  const doc: S.DocState = { name: (input as FakeWorkbookInput).name ?? 'Book1.xlsx', sheets: [], activeSheetId: '', settings: new Map(), nextSheetId: 1 };
  const pendingFormulas: [S.SheetState, S.CellState][] = [];
  for (const raw of input.sheets) {
    const si = raw as FakeSheetInput;
    S.checkSheetName(doc, si.name, 'createFakeExcel');
    const sheet = S.newSheetState(doc, si.name);
    doc.sheets.push(sheet);
    sheet.visibility = visibilityOf(si.visibility);
    sheet.protection.protected = si.protected === true;
    const top = si.top ?? 0;
    const left = si.left ?? 0;
    (si.cells ?? []).forEach((row, r) =>
      (row ?? []).forEach((x, c) => {
        if (x === null || x === undefined) return;
        const cell = S.ensureCell(sheet, top + r, left + c);
        if (isCellInput(x)) {
          const ci = x as FakeCellInput & CellData;
          cell.value = ci.value === undefined ? null : ci.value;
          if (ci.formula !== undefined) {
            cell.formula = ci.formula.startsWith('=') ? ci.formula : `=${ci.formula}`;
            if (ci.value === undefined) pendingFormulas.push([sheet, cell]);
          }
          if (ci.numFmt !== undefined && ci.numFmt !== 'General') cell.numberFormat = ci.numFmt;
          if (ci.fill !== undefined) cell.fill = toFill(ci.fill);
          if (ci.bold) cell.bold = true;
        } else {
          cell.value = x;
        }
        S.pruneCell(sheet, top + r, left + c);
      }),
    );
    for (const [ref, f] of Object.entries(si.fills ?? {})) {
      const rect = parseRange(ref);
      for (let r = rect.top; r <= rect.bottom; r++)
        for (let c = rect.left; c <= rect.right; c++) {
          S.ensureCell(sheet, r, c).fill = toFill(f);
          S.pruneCell(sheet, r, c);
        }
    }
    for (const m of si.merges ?? []) {
      const rect = typeof m === 'string' ? parseRange(m) : { ...m };
      sheet.merges.push(rect);
      for (let r = rect.top; r <= rect.bottom; r++)
        for (let c = rect.left; c <= rect.right; c++) {
          if (r === rect.top && c === rect.left) continue;
          const cell = S.getCell(sheet, r, c);
          if (!cell) continue;
          cell.value = null;
          delete cell.formula;
          S.pruneCell(sheet, r, c);
        }
    }
    (si.columnWidths ?? []).forEach((w, c) => {
      if (w !== undefined) sheet.columnWidths.set(c, w);
    });
  }
  if (doc.sheets.length === 0) doc.sheets.push(S.newSheetState(doc, 'Sheet1'));
  for (const [sheet, cell] of pendingFormulas) {
    const v = S.evaluateFormula(doc, sheet, cell.formula as string);
    cell.value = v === 'syntax' ? { error: '#NAME?' } : v;
  }
  const fi = input as FakeWorkbookInput;
  for (const [k, v] of Object.entries(fi.settings ?? {})) doc.settings.set(k, JSON.stringify(v));
  const active = (fi.activeSheet ? S.findSheet(doc, fi.activeSheet) : undefined) ?? doc.sheets.find((s) => s.visibility === 'Visible') ?? doc.sheets[0];
  doc.activeSheetId = active.id;
  return doc;
}

function cloneDoc(doc: S.DocState): S.DocState {
  return {
    name: doc.name,
    nextSheetId: doc.nextSheetId,
    activeSheetId: doc.activeSheetId,
    settings: new Map(doc.settings),
    sheets: doc.sheets.map((s) => ({
      ...s,
      protection: { ...s.protection },
      cells: new Map([...s.cells].map(([k, c]) => [k, structuredClone(c)])),
      merges: s.merges.map((m) => ({ ...m })),
      columnWidths: new Map(s.columnWidths),
      selection: { ...s.selection },
      conditionalFormats: s.conditionalFormats?.map((cf) => ({ ...cf, rects: cf.rects.map((r) => ({ ...r })) })),
    })),
  };
}

export class FakeExcel implements FakeRuntime {
  readonly doc: S.DocState;
  readonly stats: FakeStats = { syncs: 0, syncCalls: 0, commands: 0, runs: 0, log: [] };
  readonly quirks: FakeQuirks;
  readonly selectionHandlers = new Set<(args: Excel.WorksheetSelectionChangedEventArgs) => Promise<unknown> | unknown>();
  private readonly sets: Map<string, string>;
  /** The round trip under way (batches are processed one after the other, as Excel does). */
  private busy: Promise<unknown> = Promise.resolve();

  constructor(input: FakeWorkbookInput | WorkbookData | S.DocState, options: FakeExcelOptions = {}) {
    this.doc = 'nextSheetId' in input ? input : buildDoc(input);
    this.sets = new Map(Object.entries({ ExcelApi: '1.17', ...options.sets }));
    if (options.excelApi) this.sets.set('ExcelApi', options.excelApi);
    this.quirks = { patternReadsNull: false, ...options.quirks };
  }

  // ------------------------------------------------------------ entry points for the code under test

  /** Office.context.requirements.isSetSupported over the configured sets. */
  readonly isSetSupported = (name: string, version?: string): boolean => {
    const max = this.sets.get(name);
    if (max === undefined) return false;
    return version === undefined || compareVersions(max, version) >= 0;
  };

  /** Change the requirement sets (e.g. setRequirement('ExcelApi', '1.7') to test a fallback); null removes the set. */
  setRequirement(name: string, version: string | null): void {
    if (version === null) this.sets.delete(name);
    else this.sets.set(name, version);
  }

  createContext(): Excel.RequestContext {
    return new FakeRequestContext(this) as unknown as Excel.RequestContext;
  }

  /** Excel.run: the batch, then a final sync of anything still queued. */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.stats.runs++;
    const ctx = new FakeRequestContext(this);
    try {
      const result = await batch(ctx as unknown as Excel.RequestContext);
      await ctx.sync();
      return result;
    } finally {
      ctx._closed = true;
    }
  };

  /**
   * A sync's commands are processed as Excel's own round trip would be: never in the caller's task
   * (Office.js answers a sync in a later task, with a message from Excel), after any batch sent
   * before, and — the fake running on the page's own thread in the end-to-end tests — in slices of a
   * few milliseconds with the page's other tasks in between, where real Excel would work in its own
   * process. One batch's commands still run in order with no other batch's between them.
   */
  readonly roundTrip = (commands: (() => void)[]): Promise<void> => {
    const done = this.busy.then(async () => {
      await nextTask();
      const pace = pacer();
      for (const cmd of commands) {
        cmd();
        if (pace.due) await pace.pause();
      }
    });
    this.busy = done.catch(() => undefined);
    return done;
  };

  /** Round trips so far (syncs that carried commands). */
  get syncs(): number {
    return this.stats.syncs;
  }

  resetStats(): void {
    this.stats.syncs = 0;
    this.stats.syncCalls = 0;
    this.stats.commands = 0;
    this.stats.runs = 0;
    this.stats.log = [];
  }

  /** Round trips that changed the document (carried at least one write). */
  get writeSyncs(): number {
    return this.stats.log.filter((l) => l.writes > 0).length;
  }

  /** Install globalThis.Office (requirements) and globalThis.Excel (run) for code that uses the globals; returns an undo. */
  installGlobals(): () => void {
    const g = globalThis as Record<string, unknown>;
    const prev = { Office: g.Office, Excel: g.Excel };
    g.Office = { context: { requirements: { isSetSupported: this.isSetSupported } } };
    g.Excel = { run: this.run };
    return () => {
      g.Office = prev.Office;
      g.Excel = prev.Excel;
    };
  }

  /** The same document as if saved, closed and opened again (settings kept, a fresh session). */
  reopen(options: FakeExcelOptions & { newSheetIds?: boolean } = {}): FakeExcel {
    const doc = cloneDoc(this.doc);
    if (options.newSheetIds) {
      const activeIdx = doc.sheets.findIndex((s) => s.id === doc.activeSheetId);
      doc.nextSheetId += 1000;
      for (const s of doc.sheets) s.id = S.newSheetState(doc, s.name).id;
      doc.activeSheetId = doc.sheets[Math.max(0, activeIdx)].id;
    }
    return new FakeExcel(doc, {
      sets: Object.fromEntries(this.sets),
      quirks: this.quirks,
      ...options,
    });
  }

  // ------------------------------------------------------------ reading the document back

  sheetNames(): string[] {
    return this.doc.sheets.map((s) => s.name);
  }

  sheet(name: string): S.SheetState {
    const s = S.findSheet(this.doc, name);
    if (!s) throw new Error(`FakeExcel: no sheet ${name}`);
    return s;
  }

  cell(sheet: string, a1: string): FakeCellSnapshot {
    const { row, col } = parseA1(a1);
    const c = S.getCell(this.sheet(sheet), row, col);
    return {
      value: c?.value ?? null,
      formula: c?.formula,
      numberFormat: S.numberFormatOf(c),
      fill: c?.fill && c.fill.pattern !== 'None' ? { ...c.fill } : null,
      bold: c?.bold === true,
      fontSize: c?.fontSize ?? S.DEFAULT_FONT_SIZE,
      horizontalAlignment: c?.horizontalAlignment ?? 'General',
      wrapText: c?.wrapText === true,
      borders: { ...c?.borders },
    };
  }

  value(sheet: string, a1: string): S.FakeValue {
    return this.cell(sheet, a1).value;
  }

  /** null = no fill. */
  fill(sheet: string, a1: string): S.FillState | null {
    return this.cell(sheet, a1).fill;
  }

  /** The fill colour the user sees: a conditional format's over the cell's own ('#FFFFFF' = none). */
  shownFill(sheet: string, a1: string): string {
    const { row, col } = parseA1(a1);
    return S.shownFillColor(this.doc, this.sheet(sheet), row, col);
  }

  /** The sheet's conditional formats, highest priority first: where, the rule, the fill. */
  conditionalFormats(sheet: string): { ranges: string; formula: string | null; fill: string | null }[] {
    return (this.sheet(sheet).conditionalFormats ?? []).map((cf) => ({ ranges: cf.rects.map(rangeToA1).join(','), formula: cf.formula, fill: cf.fill }));
  }

  merges(sheet: string): string[] {
    return this.sheet(sheet).merges.map(rangeToA1);
  }

  /** In points. */
  columnWidth(sheet: string, col: number): number {
    return this.sheet(sheet).columnWidths.get(col) ?? S.DEFAULT_COLUMN_WIDTH;
  }

  frozenRows(sheet: string): number {
    return this.sheet(sheet).frozenRows;
  }

  setting(key: string): unknown {
    const json = this.doc.settings.get(key);
    return json === undefined ? undefined : JSON.parse(json);
  }

  settingKeys(): string[] {
    return [...this.doc.settings.keys()];
  }

  activeSheetName(): string {
    return (S.findSheet(this.doc, this.doc.activeSheetId) ?? this.doc.sheets[0]).name;
  }

  /**
   * The user clicks a cell (or drags a range): the sheet becomes active, the selection moves, and
   * every registered onSelectionChanged handler runs (awaited, as Excel's event queue would).
   */
  async userSelects(sheet: string, address: string): Promise<void> {
    const s = S.findSheet(this.doc, sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    this.doc.activeSheetId = s.id;
    const r = parseRange(address);
    s.selection = { top: r.top, left: r.left, bottom: r.bottom, right: r.right };
    for (const h of [...this.selectionHandlers]) {
      await h({ address: rangeToA1(s.selection), worksheetId: s.id, type: 'WorksheetSelectionChanged', source: 'Local' } as Excel.WorksheetSelectionChangedEventArgs);
    }
  }

  selection(): { sheet: string; address: string } {
    const s = S.findSheet(this.doc, this.doc.activeSheetId) ?? this.doc.sheets[0];
    return { sheet: s.name, address: rangeToA1(s.selection) };
  }

  /** Every cell's content (value and formula) by sheet and A1: compare before/after to prove nothing changed. */
  contentSnapshot(): Record<string, Record<string, { value: S.FakeValue; formula?: string }>> {
    const out: Record<string, Record<string, { value: S.FakeValue; formula?: string }>> = {};
    for (const s of this.doc.sheets) {
      const cells: Record<string, { value: S.FakeValue; formula?: string }> = {};
      for (const [k, c] of s.cells) {
        if (!S.hasContent(c)) continue;
        cells[rangeToA1({ top: S.keyRow(k), left: S.keyCol(k), bottom: S.keyRow(k), right: S.keyCol(k) })] =
          c.formula === undefined ? { value: c.value } : { value: c.value, formula: c.formula };
      }
      out[s.name] = cells;
    }
    return out;
  }

  /** The document as the engine model: each sheet's used range (values only), merges, visibility, protection. */
  toWorkbookData(): WorkbookData {
    return {
      sheets: this.doc.sheets.map((s) => {
        const used = S.usedRect(s, true);
        const cells: (CellData | null)[][] = [];
        if (used)
          for (let r = used.top; r <= used.bottom; r++) {
            const row: (CellData | null)[] = [];
            for (let c = used.left; c <= used.right; c++) {
              const cell = S.getCell(s, r, c);
              if (!S.hasContent(cell)) row.push(null);
              else {
                const d: CellData = { value: (cell as S.CellState).value, numFmt: S.numberFormatOf(cell) };
                if (cell?.formula !== undefined) d.formula = cell.formula;
                row.push(d);
              }
            }
            cells.push(row);
          }
        const vis = s.visibility === 'Visible' ? 'visible' : s.visibility === 'Hidden' ? 'hidden' : 'veryHidden';
        return {
          name: s.name,
          top: used?.top ?? 0,
          left: used?.left ?? 0,
          cells,
          merges: s.merges.map((m) => ({ ...m })),
          visibility: vis,
          protected: s.protection.protected,
        };
      }),
    };
  }

  // ------------------------------------------------------------ acting as the user in Excel

  setFill(sheet: string, ref: string, fill: string | FakeFillInput | null): void {
    const s = this.sheet(sheet);
    const rect = parseRange(ref);
    for (let r = rect.top; r <= rect.bottom; r++)
      for (let c = rect.left; c <= rect.right; c++) {
        const cell = S.ensureCell(s, r, c);
        if (fill === null) delete cell.fill;
        else cell.fill = toFill(fill);
        S.pruneCell(s, r, c);
      }
  }

  /** Type into a cell as the user would (same coercion as Range.values). */
  setValue(sheet: string, a1: string, input: unknown): void {
    const { row, col } = parseA1(a1);
    S.writeCellInput(this.doc, this.sheet(sheet), row, col, input, 'setValue');
  }

  protect(sheet: string, options: { allowFormatCells?: boolean; allowFormatColumns?: boolean } = {}): void {
    this.sheet(sheet).protection = {
      protected: true,
      allowFormatCells: options.allowFormatCells === true,
      allowFormatColumns: options.allowFormatColumns === true,
      allowFormatRows: false,
    };
  }

  unprotect(sheet: string): void {
    this.sheet(sheet).protection = { protected: false, allowFormatCells: false, allowFormatColumns: false, allowFormatRows: false };
  }
}

/** Build a fake Excel workbook from plain data (WorkbookData works as is). */
export function createFakeExcel(input: FakeWorkbookInput | WorkbookData, options?: FakeExcelOptions): FakeExcel {
  return new FakeExcel(input, options);
}
