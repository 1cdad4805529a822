/**
 * OfficeHost: the WorkbookHost over a live Excel workbook through Office.js.
 *
 * Requirement sets
 * - Minimum: ExcelApi 1.7 (getRangeByIndexes, freezePanes, workbook settings, ...OrNullObject).
 *   Below it every method throws a HostError (code excel-api-unsupported, message "中文 / English");
 *   isSupported() tells the UI beforehand.
 * - Marks are custom conditional formats carrying a signature (=ISTEXT("budget-checker:error"), marks.ts):
 *   the cells' own fills and the user's conditional formats are never written, so clear (deleting only
 *   the formats with the signature) gives back exactly what was there, a fill the user set meanwhile
 *   included, and a row inserted above moves a mark with its cell (Excel shifts the format's range).
 *   A sort moves values, not conditional formats: marks stay where the cells were (check again).
 *   ExcelApi 1.9 (Worksheet.getRanges): one format per severity and sheet over all its cells (in
 *   groups of 100 areas). FALLBACK below 1.9 (conditional formats are 1.6, under the 1.7 minimum):
 *   one format per run of adjacent cells in a row.
 * - Fill marks left by earlier versions (their record under budgetChecker.highlights) are restored on
 *   the next highlight or clear: ExcelApi 1.9 (RangeFill.pattern / patternColor / tintAndShade) brings
 *   back "no fill", a white fill and a patterned fill exactly; below 1.9 only the colour is known
 *   ("#FFFFFF" for no fill and white alike: restored as no fill).
 * - ExcelApi 1.13 (Range.getMergedAreasOrNullObject): merged areas are read with the sheets.
 *   FALLBACK below 1.13: SheetData.merges is left empty (merges unknown) and the engine works from
 *   the values alone; nothing fails.
 *
 * Round trips (context.sync), whatever the number of sheets or cells:
 * - readWorkbook: 2 — the sheet list; then every sheet's used range size, merged areas and cells
 *   (values, formulas, number formats, value types) within its first 4,000 rows and 50 columns
 *   (WINDOW_ROWS × WINDOW_COLUMNS), which holds the whole used range of any ordinary table. 3 when a
 *   sheet's used range reaches past that: the third reads such sheets — a used range of up to
 *   MAX_WHOLE_READ_CELLS whole, a larger one (a stray far cell) as the areas holding constants and
 *   formulas (ExcelApi 1.9 getSpecialCellsOrNullObject), so Excel is never asked for the empty
 *   rectangle. FALLBACK below 1.9: such a sheet is a HostError (used-range-too-large) naming the
 *   sheet and the range.
 * - highlight: 2 — one read (the marks records in the settings, the sheets named and recorded, with
 *   protection and conditional formats), then ONE sync for all writes (record, deleting the earlier
 *   marks, the new ones). 3 only when the document records marks on sheets this instance had not seen
 *   (pane reopened, no hasHighlights() call since); more only to restore fill marks of an earlier version.
 * - clearHighlights: 2 (3 in that same case); hasHighlights, select, getSetting, setSetting: 1;
 *   addSheets: 2 (existing names, then all sheets written at once), 2 more to remove what a failed batch
 *   added; insertTables: readWorkbook + addSheets.
 *
 * Work on the pane's own thread — converting the cells read, building the marks for thousands of
 * findings — runs in slices of a few milliseconds (../pace.ts) with the page's other tasks in
 * between, so that a large workbook never holds the pane for long; the round trips stay as above.
 *
 * The sheets holding marks are recorded in the workbook settings (key budgetChecker.marks), so a new
 * OfficeHost on the same document (the pane closed and reopened) can still clear. Protected sheets are
 * skipped and reported (their marks kept until unprotected); values and formulas are never written by
 * highlight or clear.
 */
import type { Finding, Severity } from '../../engine/findings';
import { rangeToA1, type RangeRect } from '../../engine/model/address';
import type { SheetData, WorkbookData } from '../../engine/model/workbook';
import { recognizeWorkbook } from '../../engine/recognize';
import type { ReportSheet } from '../../engine/report-sheet';
import type { TableKind } from '../../engine/tables/kinds';
import { findProfile } from '../../engine/tables/profiles';
import { buildTemplate, buildTemplates, profileLevel, templateSet } from '../../engine/templates';
import type { SheetTemplate } from '../../engine/templates/types';
import type { CellRef, HighlightResult, InsertRequest, InsertResult, ReadProgress, WorkbookHost } from '../host';
import { paced, pacer } from '../pace';
import { officeError } from './errors';
import {
  CF_MARKS_SETTING_KEY,
  MARK_COLORS,
  MARKS_SETTING_KEY,
  countMarks,
  emptyRecord,
  fillFromExcel,
  isMarkFormula,
  markAreas,
  markFormula,
  markTargetSteps,
  parseCfMarks,
  parseMarks,
  restoreFill,
  serializeCfMarks,
  serializeMarks,
  showsMark,
  type CfMarksRecord,
  type MarkTargets,
  type MarkedSheet,
  type MarksRecord,
  type OriginalFill,
} from './marks';
import { sheetFromExcel, type UsedRangeGrid } from './read';
import { uniqueSheetNames } from './sheet-names';
import { placeSheets, writeTemplate } from './templates';

type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

interface OfficeHostOptions {
  /** Runs a batch against the workbook; default Excel.run. Tests pass a fake's run. */
  run?: ExcelRunner;
  /** Requirement-set check; default Office.context.requirements.isSetSupported. */
  isSetSupported?: (name: string, version: string) => boolean;
}

const MIN_EXCEL_API = '1.7';

interface Caps {
  /** ExcelApi 1.9: RangeFill.pattern, patternColor, tintAndShade. */
  fillPattern: boolean;
  /** ExcelApi 1.13: Range.getMergedAreasOrNullObject. */
  mergedAreas: boolean;
  /** ExcelApi 1.9: Range.getSpecialCellsOrNullObject (the cells holding constants / formulas). */
  specialCells: boolean;
  /** ExcelApi 1.9: Worksheet.getRanges (one conditional format over several areas). */
  rangeAreas: boolean;
}

/** A worksheet looked up for marking, with the fills of the cells read from it. */
interface SheetProbe {
  ws: Excel.Worksheet;
  fills: Map<string, Excel.RangeFill>;
}

/** A worksheet looked up for conditional-format marks, with the conditional formats on it. */
interface CfProbe {
  ws: Excel.Worksheet;
  formats: Excel.ConditionalFormatCollection;
}

interface CfMarkState {
  record: CfMarksRecord;
  present: boolean;
  /** Whether fill marks of an earlier version (or their record) are in the document. */
  legacy: boolean;
  sheetOf(s: { name: string; id?: string }): CfProbe | undefined;
  byName(name: string): CfProbe | undefined;
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

interface MarkState {
  record: MarksRecord;
  /** Whether the settings hold a marks record at all. */
  present: boolean;
  /** The probe of a recorded sheet (found by name, else by id), if the sheet still exists. */
  sheetOf(s: MarkedSheet): SheetProbe | undefined;
  /** The probe of a sheet named by findings, if it exists. */
  byName(name: string): SheetProbe | undefined;
}

const SHEET_PROPS = 'name, id, protection/protected';

const CELL_PROPS = 'rowIndex, columnIndex, values, formulas, numberFormat, valueTypes';
const AREA_PROPS = 'items/rowIndex, items/columnIndex, items/values, items/formulas, items/numberFormat, items/valueTypes';
/**
 * A used range up to this many cells is read whole in one request (a 40,000-row table of 15 columns
 * is 600,000); a larger one is read as the areas that hold constants and formulas, so a stray cell at
 * XFD1048576 costs two small areas, not 17 G cells.
 */
const MAX_WHOLE_READ_CELLS = 2_000_000;

/**
 * Read in the same round trip as the used ranges' size: each used range's part within the first
 * WINDOW_ROWS rows and WINDOW_COLUMNS columns (200,000 cells at most). A used range inside it —
 * every table of the seeds and the real disclosures — is then read, and the workbook takes 2 syncs;
 * a sheet reaching past it is read in a third sync as below, and what the window brought of it
 * (a bounded amount, however far a stray cell lies) is dropped.
 */
const WINDOW_ROWS = 4_000;
const WINDOW_COLUMNS = 50;

function gridOf(r: Excel.Range): UsedRangeGrid {
  return { rowIndex: r.rowIndex, columnIndex: r.columnIndex, values: r.values, formulas: r.formulas, numberFormat: r.numberFormat, valueTypes: r.valueTypes };
}

/** "A1:XFD1048576" from a loaded range's indexes. */
function usedAddress(r: Excel.Range): string {
  return rangeToA1({ top: r.rowIndex, left: r.columnIndex, bottom: r.rowIndex + r.rowCount - 1, right: r.columnIndex + r.columnCount - 1 });
}

function isOfficeError(e: unknown, code: string): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === code;
}

/** "Sheet1!B3:C4" or "B3:C4" → "B3". */
function firstCell(address: string): string {
  const a = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  return a.split(':')[0].replace(/\$/g, '');
}


function mostCommon<T>(xs: T[]): T | undefined {
  const n = new Map<T, number>();
  for (const x of xs) n.set(x, (n.get(x) ?? 0) + 1);
  let best: T | undefined;
  for (const [x, k] of n) if (best === undefined || k > (n.get(best) as number)) best = x;
  return best;
}

export class OfficeHost implements WorkbookHost {
  private readonly runBatch: ExcelRunner;
  private readonly supports: (name: string, version: string) => boolean;
  /** The legacy fill-marks record last seen by this instance. */
  private known: MarksRecord | undefined;
  /** The conditional-format marks record last seen in (or written to) the document by this instance. */
  private knownCf: CfMarksRecord | undefined;

  constructor(options: OfficeHostOptions = {}) {
    this.runBatch = options.run ?? ((batch) => Excel.run(batch));
    this.supports = options.isSetSupported ?? ((name, version) => Office.context.requirements.isSetSupported(name, version));
  }

  /** Whether this Excel offers what the host needs (ExcelApi 1.7). */
  isSupported(): boolean {
    return this.supports('ExcelApi', MIN_EXCEL_API);
  }

  private caps(): Caps {
    if (!this.isSupported()) throw officeError('excel-api-unsupported', { version: MIN_EXCEL_API });
    return { fillPattern: this.supports('ExcelApi', '1.9'), mergedAreas: this.supports('ExcelApi', '1.13'), specialCells: this.supports('ExcelApi', '1.9'), rangeAreas: this.supports('ExcelApi', '1.9') };
  }

  // ---------------------------------------------------------------- reading

  async readWorkbook(onProgress?: (p: ReadProgress) => void): Promise<WorkbookData> {
    const caps = this.caps();
    const report = (fraction: number, zh: string, en: string, sheets?: Pick<ReadProgress, 'sheetsRead' | 'sheetCount'>): void =>
      onProgress?.({ fraction, message: `${zh} / ${en}`, ...sheets });
    report(0, '正在读取工作表列表', 'Listing worksheets');
    return this.runBatch(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load('items/name, items/visibility, items/protection/protected');
      await ctx.sync();
      const n = sheets.items.length;
      report(0.2, `正在读取 ${n} 个工作表`, `Reading ${n} worksheets`, { sheetsRead: 0, sheetCount: n });
      // the used ranges' size first: a stray far cell must not make Excel send the rectangle up to it
      const reads = sheets.items.map((ws) => {
        const used = ws.getUsedRangeOrNullObject(true);
        used.load('rowIndex, columnIndex, rowCount, columnCount');
        let merged: Excel.RangeAreas | null = null;
        if (caps.mergedAreas) {
          // Merged areas may reach beyond the cells holding values (a title merged across the table),
          // so they are looked for in the used range with formats (A1 on an empty sheet, never null).
          merged = ws.getUsedRange(false).getMergedAreasOrNullObject();
          merged.load('areas/items/rowIndex, areas/items/columnIndex, areas/items/rowCount, areas/items/columnCount');
        }
        // the cells too, when the used range lies within the window (nearly always): no third round trip
        const window = ws.getRangeByIndexes(0, 0, WINDOW_ROWS, WINDOW_COLUMNS).getIntersectionOrNullObject(ws.getUsedRange(true));
        window.load(CELL_PROPS);
        return { ws, used, merged, window };
      });
      await ctx.sync();
      const inWindow = (used: Excel.Range) => used.rowIndex + used.rowCount <= WINDOW_ROWS && used.columnIndex + used.columnCount <= WINDOW_COLUMNS;
      // then the cells: a used range of sensible size whole; a larger one as the areas that hold
      // constants and formulas (ExcelApi 1.9), never its empty rectangle
      const cells = reads.map(({ ws, used, window }): { whole: Excel.Range } | { parts: Excel.RangeAreas[] } | null => {
        if (used.isNullObject) return null;
        if (inWindow(used) && !window.isNullObject) return { whole: window };
        const area = used.rowCount * used.columnCount;
        if (area <= MAX_WHOLE_READ_CELLS) return { whole: used.load(CELL_PROPS) };
        if (!caps.specialCells) {
          throw officeError('used-range-too-large', { sheet: ws.name, range: usedAddress(used), cells: area.toLocaleString('en-US') });
        }
        const parts = (['Constants', 'Formulas'] as const).map((type) => {
          const a = used.getSpecialCellsOrNullObject(type);
          a.areas.load(AREA_PROPS);
          return a;
        });
        return { parts };
      });
      if (reads.some(({ used }) => !used.isNullObject && !inWindow(used))) await ctx.sync();
      // the cells converted sheet by sheet, in slices: the pane's thread stays free between them
      const pace = pacer();
      const out: SheetData[] = [];
      for (const [i, { ws, used, merged }] of reads.entries()) {
        const merges: RangeRect[] =
          merged && !merged.isNullObject
            ? merged.areas.items.map((a) => ({ top: a.rowIndex, left: a.columnIndex, bottom: a.rowIndex + a.rowCount - 1, right: a.columnIndex + a.columnCount - 1 }))
            : [];
        const read = cells[i];
        const grid = read && 'whole' in read ? gridOf(read.whole) : null;
        const blocks = read && 'parts' in read ? { origin: { rowIndex: used.rowIndex, columnIndex: used.columnIndex }, grids: read.parts.flatMap((a) => (a.isNullObject ? [] : a.areas.items.map(gridOf))) } : undefined;
        out.push(await paced(sheetFromExcel(ws.name, grid, merges, ws.visibility, ws.protection.protected, blocks), pace));
        report(0.2 + (0.8 * (i + 1)) / n, `已读取 ${i + 1}/${n}：${ws.name}`, `Read ${i + 1}/${n}: ${ws.name}`, { sheetsRead: i + 1, sheetCount: n });
        if (pace.due) await pace.pause();
      }
      if (n === 0) report(1, '完成', 'Done');
      return { sheets: out };
    });
  }

  // ---------------------------------------------------------------- marks

  /**
   * One read of everything the marks need: the record, the sheets, and the fills of `targets` and
   * of the cells this instance knows to be marked; a second read only for recorded cells it did
   * not know (or whose sheet was renamed).
   */
  private async readMarks(ctx: Excel.RequestContext, caps: Caps, targets: MarkTargets): Promise<MarkState> {
    const fillProps = caps.fillPattern ? 'color, pattern, patternColor, tintAndShade' : 'color';
    const setting = ctx.workbook.settings.getItemOrNullObject(MARKS_SETTING_KEY);
    setting.load('value');
    const byLookup = new Map<string, SheetProbe>();
    const probe = (lookup: string): SheetProbe => {
      let p = byLookup.get(lookup);
      if (!p) {
        const ws = ctx.workbook.worksheets.getItemOrNullObject(lookup);
        ws.load(SHEET_PROPS);
        p = { ws, fills: new Map() };
        byLookup.set(lookup, p);
      }
      return p;
    };
    const probeCell = (p: SheetProbe, a1: string): boolean => {
      if (p.fills.has(a1)) return false;
      const fill = p.ws.getRange(a1).format.fill;
      fill.load(fillProps);
      p.fills.set(a1, fill);
      return true;
    };
    for (const [name, cells] of targets) {
      const p = probe(name);
      for (const a1 of cells.keys()) probeCell(p, a1);
    }
    for (const s of this.known?.sheets ?? []) {
      const p = probe(s.name);
      for (const a1 of s.cells.keys()) probeCell(p, a1);
    }
    await ctx.sync();

    const record = parseMarks(setting.isNullObject ? undefined : setting.value);
    let again = false;
    for (const s of record.sheets) {
      const byName = byLookup.get(s.name);
      const targetsOf: SheetProbe[] = [];
      if (!byName) targetsOf.push(probe(s.name));
      else if (!byName.ws.isNullObject) targetsOf.push(byName);
      if (s.id && (!byName || byName.ws.isNullObject)) targetsOf.push(probe(s.id));
      for (const p of targetsOf) for (const a1 of s.cells.keys()) if (probeCell(p, a1)) again = true;
    }
    if (again) await ctx.sync();

    const live = (p: SheetProbe | undefined): SheetProbe | undefined => (p && !p.ws.isNullObject ? p : undefined);
    return {
      record,
      present: !setting.isNullObject,
      sheetOf: (s) => live(byLookup.get(s.name)) ?? (s.id ? live(byLookup.get(s.id)) : undefined),
      byName: (name) => live(byLookup.get(name)),
    };
  }

  private readFill(fill: Excel.RangeFill, caps: Caps): OriginalFill {
    return caps.fillPattern
      ? fillFromExcel({ color: fill.color, pattern: fill.pattern, patternColor: fill.patternColor, tintAndShade: fill.tintAndShade }, true)
      : fillFromExcel({ color: fill.color }, false);
  }

  /** Queue the record's update: replaced, or deleted when no marks remain (and it was there). */
  private writeRecord(ctx: Excel.RequestContext, record: MarksRecord, present: boolean): void {
    if (countMarks(record) > 0) ctx.workbook.settings.add(MARKS_SETTING_KEY, serializeMarks(record));
    else if (present) ctx.workbook.settings.getItem(MARKS_SETTING_KEY).delete();
  }

  /**
   * One read for conditional-format marks: both records (this one and the fill marks of earlier
   * versions), and the sheets named by `targets` or recorded, with the conditional formats on them;
   * one more read only for recorded sheets this instance did not know of.
   */
  private async readCfMarks(ctx: Excel.RequestContext, targets: Iterable<string>): Promise<CfMarkState> {
    const setting = ctx.workbook.settings.getItemOrNullObject(CF_MARKS_SETTING_KEY);
    setting.load('value');
    const legacy = ctx.workbook.settings.getItemOrNullObject(MARKS_SETTING_KEY);
    legacy.load('value');
    const byLookup = new Map<string, CfProbe>();
    const probe = (lookup: string): CfProbe => {
      let p = byLookup.get(lookup);
      if (!p) {
        const ws = ctx.workbook.worksheets.getItemOrNullObject(lookup);
        ws.load(SHEET_PROPS);
        const formats = ws.getRange().conditionalFormats.load('items/type, items/customOrNullObject/rule/formula');
        p = { ws, formats };
        byLookup.set(lookup, p);
      }
      return p;
    };
    for (const name of targets) probe(name);
    for (const s of this.knownCf?.sheets ?? []) probe(s.name);
    await ctx.sync();
    const record = parseCfMarks(setting.isNullObject ? undefined : setting.value);
    let again = false;
    for (const s of record.sheets) {
      if (byLookup.has(s.name) || (s.id && byLookup.has(s.id))) continue;
      probe(s.name);
      if (s.id) probe(s.id);
      again = true;
    }
    if (again) await ctx.sync();
    const live = (p: CfProbe | undefined): CfProbe | undefined => (p && !p.ws.isNullObject ? p : undefined);
    const legacyRecord = legacy.isNullObject ? emptyRecord() : parseMarks(legacy.value);
    return {
      record,
      present: !setting.isNullObject,
      legacy: countMarks(legacyRecord) > 0 || !legacy.isNullObject,
      sheetOf: (s) => live(byLookup.get(s.name)) ?? (s.id ? live(byLookup.get(s.id)) : undefined),
      byName: (name) => live(byLookup.get(name)),
    };
  }

  /** Queue the deletion of the add-in's own conditional formats on a probed sheet (the user's stay). */
  private deleteOwnFormats(p: CfProbe): void {
    for (const cf of p.formats.items) {
      if (cf.type === 'Custom' && !cf.customOrNullObject.isNullObject && isMarkFormula(cf.customOrNullObject.rule.formula)) cf.delete();
    }
  }

  /**
   * Fill marks written by an earlier version: their original fills restored where the mark still
   * shows, and their record removed (reads in 1–2 more syncs, writes queued for the caller's sync).
   */
  private async restoreLegacyFills(ctx: Excel.RequestContext, caps: Caps): Promise<void> {
    const state = await this.readMarks(ctx, caps, new Map());
    const keep: MarkedSheet[] = [];
    for (const s of state.record.sheets) {
      const p = state.sheetOf(s);
      if (!p) continue;
      if (p.ws.protection.protected) {
        keep.push({ name: p.ws.name, id: p.ws.id, cells: new Map(s.cells) });
        continue;
      }
      for (const [a1, m] of s.cells) {
        const fill = p.fills.get(a1) as Excel.RangeFill;
        if (showsMark(this.readFill(fill, caps), m.mark)) restoreFill(fill, m.original, caps.fillPattern);
      }
    }
    this.writeRecord(ctx, { sheets: keep }, state.present);
  }

  /** Queue the record's update: replaced, or deleted when no sheet holds marks (and it was there). */
  private writeCfRecord(ctx: Excel.RequestContext, record: CfMarksRecord, present: boolean): void {
    if (record.sheets.length > 0) ctx.workbook.settings.add(CF_MARKS_SETTING_KEY, serializeCfMarks(record));
    else if (present) ctx.workbook.settings.getItem(CF_MARKS_SETTING_KEY).delete();
  }

  async highlight(findings: Finding[]): Promise<HighlightResult> {
    const caps = this.caps();
    // the marks are built in slices on the pane's thread (thousands of findings): the pane stays free
    const pace = pacer();
    const targets = await paced(markTargetSteps(findings), pace);
    return this.runBatch(async (ctx) => {
      const state = await this.readCfMarks(ctx, targets.keys());
      if (state.legacy) await this.restoreLegacyFills(ctx, caps);
      const result: HighlightResult = { marked: 0, skipped: [] };

      // Sheets to mark now, by worksheet id (the same sheet named twice, in another case: the most severe wins).
      const marked = new Map<string, { probe: CfProbe; cells: Map<string, Severity> }>();
      for (const [name, cells] of targets) {
        const p = state.byName(name);
        if (!p) {
          result.skipped.push({ sheet: name, reason: '找不到该工作表 / worksheet not found' });
          continue;
        }
        if (p.ws.protection.protected) {
          result.skipped.push({ sheet: name, reason: '工作表受保护，无法标记 / the worksheet is protected' });
          continue;
        }
        const entry = marked.get(p.ws.id) ?? { probe: p, cells: new Map<string, Severity>() };
        for (const [a1, severity] of cells) {
          const had = entry.cells.get(a1);
          if (!had || SEVERITIES.indexOf(severity) < SEVERITIES.indexOf(had)) entry.cells.set(a1, severity);
        }
        marked.set(p.ws.id, entry);
      }

      // Earlier marks go (on every sheet recorded or marked now); a protected sheet keeps them and stays recorded.
      const next: CfMarksRecord = { sheets: [] };
      const cleared = new Set<string>();
      const clear = (p: CfProbe) => {
        if (cleared.has(p.ws.id)) return;
        cleared.add(p.ws.id);
        this.deleteOwnFormats(p);
      };
      for (const s of state.record.sheets) {
        const p = state.sheetOf(s);
        if (!p) continue; // the sheet is gone, and its marks with it
        if (p.ws.protection.protected) next.sheets.push({ name: p.ws.name, id: p.ws.id });
        else clear(p);
      }
      for (const { probe: p, cells } of marked.values()) {
        clear(p);
        for (const { severity, areas } of await paced(markAreas(cells), pace)) {
          // several areas in one format with ExcelApi 1.9; below it one format per run of cells
          const ranges = caps.rangeAreas ? [p.ws.getRanges(areas.join(','))] : areas.map((a) => p.ws.getRange(a));
          for (const range of ranges) {
            const cf = range.conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
            cf.custom.rule.formula = markFormula(severity);
            cf.custom.format.fill.color = MARK_COLORS[severity];
          }
          if (pace.due) await pace.pause();
        }
        result.marked += cells.size;
        if (!next.sheets.some((x) => x.id === p.ws.id)) next.sheets.push({ name: p.ws.name, id: p.ws.id });
      }
      // All writes in one sync: the record first (so a failure below still leaves a record to clear by).
      this.writeCfRecord(ctx, next, state.present);
      await ctx.sync();
      this.knownCf = next;
      return result;
    });
  }

  async clearHighlights(): Promise<void> {
    const caps = this.caps();
    await this.runBatch(async (ctx) => {
      const state = await this.readCfMarks(ctx, []);
      if (state.legacy) await this.restoreLegacyFills(ctx, caps);
      const keep: CfMarksRecord = { sheets: [] };
      for (const s of state.record.sheets) {
        const p = state.sheetOf(s);
        if (!p) continue;
        if (p.ws.protection.protected) keep.sheets.push({ name: p.ws.name, id: p.ws.id });
        else this.deleteOwnFormats(p);
      }
      this.writeCfRecord(ctx, keep, state.present);
      await ctx.sync();
      this.knownCf = keep;
    });
  }

  async hasHighlights(): Promise<boolean> {
    this.caps();
    return this.runBatch(async (ctx) => {
      const setting = ctx.workbook.settings.getItemOrNullObject(CF_MARKS_SETTING_KEY);
      setting.load('value');
      const legacy = ctx.workbook.settings.getItemOrNullObject(MARKS_SETTING_KEY);
      legacy.load('value');
      await ctx.sync();
      const record = parseCfMarks(setting.isNullObject ? undefined : setting.value);
      this.knownCf = record;
      return record.sheets.length > 0 || (!legacy.isNullObject && countMarks(parseMarks(legacy.value)) > 0);
    });
  }

  // ---------------------------------------------------------------- navigation, settings

  async select(sheet: string, cell: string): Promise<void> {
    this.caps();
    try {
      await this.runBatch(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(cell).select();
        await ctx.sync();
      });
    } catch (e) {
      if (isOfficeError(e, 'ItemNotFound')) throw officeError('sheet-not-found', { sheet });
      throw e;
    }
  }

  /** One sync: the active sheet's name and the selection's first cell. */
  async getSelection(): Promise<CellRef | null> {
    this.caps();
    return this.runBatch(async (ctx) => {
      const range = ctx.workbook.getSelectedRange();
      range.load('address');
      const ws = range.worksheet;
      ws.load('name');
      await ctx.sync();
      return { sheet: ws.name, cell: firstCell(range.address) };
    });
  }

  /**
   * ExcelApi 1.9: worksheets.onSelectionChanged (one registration for every sheet, added sheets
   * included); each event costs one sync to learn the sheet's name. Below 1.9: null (the pane offers
   * a button instead). The unsubscribe stops the handler at once; Excel drops the registration with
   * the pane.
   */
  async onSelectionChanged(handler: (sel: CellRef) => void): Promise<(() => void) | null> {
    this.caps();
    if (!this.supports('ExcelApi', '1.9')) return null;
    let live = true;
    await this.runBatch(async (ctx) => {
      ctx.workbook.worksheets.onSelectionChanged.add(async (args) => {
        if (!live) return;
        const sheet = await this.runBatch(async (c) => {
          const ws = c.workbook.worksheets.getItem(args.worksheetId);
          ws.load('name');
          await c.sync();
          return ws.name;
        });
        if (live) handler({ sheet, cell: firstCell(args.address) });
      });
      await ctx.sync();
    });
    return () => {
      live = false;
    };
  }

  async getSetting<T>(key: string): Promise<T | undefined> {
    this.caps();
    return this.runBatch(async (ctx) => {
      const s = ctx.workbook.settings.getItemOrNullObject(key);
      s.load('value');
      await ctx.sync();
      return s.isNullObject ? undefined : (s.value as T);
    });
  }

  async setSetting<T>(key: string, value: T): Promise<void> {
    this.caps();
    await this.runBatch(async (ctx) => {
      if (value === undefined) {
        // Removing: look first (one more sync), never call a method on a null object.
        const s = ctx.workbook.settings.getItemOrNullObject(key);
        await ctx.sync();
        if (s.isNullObject) return;
        s.delete();
      } else ctx.workbook.settings.add(key, value);
      await ctx.sync();
    });
  }

  // ---------------------------------------------------------------- templates

  async addSheets(templates: SheetTemplate[]): Promise<string[]> {
    this.caps();
    if (templates.length === 0) return [];
    return this.writeSheets(templates, null);
  }

  /**
   * Insert the standard tables of a profile that the workbook lacks (all of its tables, or those of
   * `kinds`): a table the workbook holds (recognised by title and header, wherever it is) is never
   * inserted again, no sheet is overwritten. The year, the unit name and the unit come from the
   * workbook's tables when they state them. New sheets go where the template's numbering puts them
   * (after the table numbered before, else before the one numbered after). An insert that fails part
   * way removes the sheets it added. Round trips: 2 (read) + 2 (write), and 2 more to undo a failure.
   */
  async insertTables(req: InsertRequest): Promise<InsertResult> {
    this.caps();
    const set = templateSet(req.profile);
    if (!set) throw new RangeError(`unknown template profile: ${req.profile}`);
    const tables = recognizeWorkbook(await this.readWorkbook());
    const present = new Map<TableKind, string>();
    for (const t of tables) if (!present.has(t.kind)) present.set(t.kind, t.sheet);
    const wanted = req.kinds ?? set.tables.map((t) => t.kind);
    const missing = wanted.filter((k, i) => !present.has(k) && wanted.indexOf(k) === i);
    const known = <T>(xs: (T | null)[]): T | undefined => mostCommon(xs.filter((x): x is T => x !== null && x !== undefined && x !== ''));
    const profile = findProfile(req.profile);
    const opts = {
      profile: req.profile,
      year: req.year ?? known(tables.map((t) => t.year)) ?? new Date().getFullYear() + 1,
      unitName: req.unitName ?? known(tables.map((t) => t.entityName)) ?? '',
      unit: req.unit ?? known(tables.map((t) => t.unit)) ?? profile?.unit ?? '万元',
      level: profileLevel(req.profile, req.level ?? 'unit'),
      protectFormulas: req.protectFormulas,
    };
    const templates = buildTemplates(opts, missing);
    const numberOf = new Map(templates.map((t) => [t.kind, t.number] as const));
    const presentNumbered = [...present].map(([kind, sheet]) => ({ sheet, number: buildTemplate(kind, opts).number }));
    const names = templates.length ? await this.writeSheets(templates, presentNumbered) : [];
    return {
      inserted: templates.map((t, i) => ({ kind: t.kind, sheet: names[i] })),
      present: wanted.filter((k) => present.has(k) && !numberOf.has(k)).map((k) => ({ kind: k, sheet: present.get(k) as string })),
      year: opts.year,
      unitName: opts.unitName,
    };
  }

  /**
   * Add the sheets in one batch (after one read of the names). With `placed` (the workbook's tables
   * and their numbers in the set), each new sheet goes after the table numbered before it. When the
   * batch fails part way, the sheets it added are deleted again and the error is rethrown.
   */
  private async writeSheets(templates: SheetTemplate[], placed: { sheet: string; number: number }[] | null): Promise<string[]> {
    const pageLayout = this.supports('ExcelApi', '1.9');
    let names: string[] = [];
    let before: string[] = [];
    try {
      return await this.runBatch(async (ctx) => {
        const sheets = ctx.workbook.worksheets.load('items/name');
        await ctx.sync();
        before = sheets.items.map((s) => s.name);
        names = uniqueSheetNames(
          templates.map((t) => t.sheetName),
          before,
        );
        const added = templates.map((t, i) => {
          const ws = ctx.workbook.worksheets.add(names[i]);
          writeTemplate(ws, t, { pageLayout });
          return ws;
        });
        if (placed) {
          const order = placeSheets(before, placed, templates.map((t, i) => ({ sheet: names[i], number: t.number })));
          const finalIndex = new Map(order.map((n, i) => [n, i] as const));
          added
            .map((ws, i) => ({ ws, at: finalIndex.get(names[i]) as number }))
            .sort((a, b) => a.at - b.at)
            .forEach(({ ws, at }) => (ws.position = at));
        }
        await ctx.sync();
        return names;
      });
    } catch (e) {
      await this.removeAdded(names.filter((n) => !before.some((b) => b.toLowerCase() === n.toLowerCase())));
      throw e;
    }
  }

  /** Delete the sheets an insert added (those of `names` that exist now). */
  private async removeAdded(names: string[]): Promise<void> {
    if (names.length === 0) return;
    await this.runBatch(async (ctx) => {
      const found = names.map((n) => ctx.workbook.worksheets.getItemOrNullObject(n));
      await ctx.sync();
      for (const ws of found) if (!ws.isNullObject) ws.delete();
      await ctx.sync();
    });
  }

  /** The report sheet after the last sheet, activated: 2 syncs (the names in use, then the write). */
  async addReportSheet(sheet: ReportSheet): Promise<string> {
    this.caps();
    return this.runBatch(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load('items/name');
      await ctx.sync();
      const [name] = uniqueSheetNames(
        [sheet.sheetName],
        sheets.items.map((s) => s.name),
      );
      const ws = ctx.workbook.worksheets.add(name);
      writeTemplate(ws, sheet);
      ws.activate();
      await ctx.sync();
      return name;
    });
  }
}
