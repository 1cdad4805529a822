/**
 * OfficeHost: the WorkbookHost over a live Excel workbook through Office.js.
 *
 * Requirement sets
 * - Minimum: ExcelApi 1.7 (getRangeByIndexes, freezePanes, workbook settings, ...OrNullObject).
 *   Below it every method throws a HostError (code excel-api-unsupported, message "中文 / English");
 *   isSupported() tells the UI beforehand.
 * - ExcelApi 1.9 (RangeFill.pattern / patternColor / tintAndShade): each marked cell's original fill
 *   is recorded with its pattern, so "no fill" comes back as no fill, a white fill as a white fill
 *   and a patterned fill with its pattern and pattern colour.
 *   FALLBACK below 1.9: only fill.color can be read, and Excel reports "#FFFFFF" for no fill and for
 *   a white fill alike. Such a cell is restored with fill.clear() (no fill); any other colour is
 *   restored as a solid fill of that colour (a pattern, which cannot be read, is lost).
 * - ExcelApi 1.13 (Range.getMergedAreasOrNullObject): merged areas are read with the sheets.
 *   FALLBACK below 1.13: SheetData.merges is left empty (merges unknown) and the engine works from
 *   the values alone; nothing fails.
 *
 * Round trips (context.sync), whatever the number of sheets or cells:
 * - readWorkbook: 2 — the sheet list; then every sheet's used range (values, formulas, number
 *   formats, value types) and merged areas together.
 * - highlight: 2 — one read (the marks record in the settings, protection of the sheets named, the
 *   current fill of every cell to mark and of every earlier mark this instance knows of), then ONE
 *   sync for all writes (record, restores, marks). 3 only when the document holds earlier marks
 *   this instance had not seen yet (pane reopened, no hasHighlights() call since): their fills are
 *   read in one more sync before the writes.
 * - clearHighlights: 2 (3 in that same case); hasHighlights, select, getSetting, setSetting: 1;
 *   addSheets: 2 (existing names, then all sheets written at once).
 *
 * Marks are recorded in the workbook settings (key budgetChecker.highlights), so a new OfficeHost on
 * the same document (the pane closed and reopened) can still restore. A cell already showing our
 * mark keeps the original recorded the first time (marking twice never records a mark as the
 * original); a mark the user has since recoloured is left as the user made it. Protected sheets are
 * skipped and reported; values and formulas are never written by highlight or clear.
 */
import type { Finding } from '../../engine/findings';
import type { RangeRect } from '../../engine/model/address';
import type { SheetData, WorkbookData } from '../../engine/model/workbook';
import type { ReportSheet } from '../../engine/report-sheet';
import type { SheetTemplate } from '../../engine/templates/types';
import type { CellRef, HighlightResult, ReadProgress, WorkbookHost } from '../host';
import { officeError } from './errors';
import {
  MARK_COLORS,
  MARKS_SETTING_KEY,
  applyMark,
  countMarks,
  emptyRecord,
  fillFromExcel,
  markTargets,
  parseMarks,
  restoreFill,
  serializeMarks,
  showsMark,
  type MarkTargets,
  type MarkedCell,
  type MarkedSheet,
  type MarksRecord,
  type OriginalFill,
} from './marks';
import { sheetFromExcel } from './read';
import { uniqueSheetNames } from './sheet-names';
import { writeTemplate } from './templates';

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
}

/** A worksheet looked up for marking, with the fills of the cells read from it. */
interface SheetProbe {
  ws: Excel.Worksheet;
  fills: Map<string, Excel.RangeFill>;
}

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

function isOfficeError(e: unknown, code: string): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === code;
}

/** "Sheet1!B3:C4" or "B3:C4" → "B3". */
function firstCell(address: string): string {
  const a = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  return a.split(':')[0].replace(/\$/g, '');
}

export class OfficeHost implements WorkbookHost {
  private readonly runBatch: ExcelRunner;
  private readonly supports: (name: string, version: string) => boolean;
  /** The marks record last seen in (or written to) the document by this instance. */
  private known: MarksRecord | undefined;

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
    return { fillPattern: this.supports('ExcelApi', '1.9'), mergedAreas: this.supports('ExcelApi', '1.13') };
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
      const reads = sheets.items.map((ws) => {
        const used = ws.getUsedRangeOrNullObject(true);
        used.load('rowIndex, columnIndex, values, formulas, numberFormat, valueTypes');
        let merged: Excel.RangeAreas | null = null;
        if (caps.mergedAreas) {
          // Merged areas may reach beyond the cells holding values (a title merged across the table),
          // so they are looked for in the used range with formats (A1 on an empty sheet, never null).
          merged = ws.getUsedRange(false).getMergedAreasOrNullObject();
          merged.load('areas/items/rowIndex, areas/items/columnIndex, areas/items/rowCount, areas/items/columnCount');
        }
        return { ws, used, merged };
      });
      await ctx.sync();
      const out: SheetData[] = reads.map(({ ws, used, merged }, i) => {
        const merges: RangeRect[] =
          merged && !merged.isNullObject
            ? merged.areas.items.map((a) => ({ top: a.rowIndex, left: a.columnIndex, bottom: a.rowIndex + a.rowCount - 1, right: a.columnIndex + a.columnCount - 1 }))
            : [];
        const grid = used.isNullObject
          ? null
          : { rowIndex: used.rowIndex, columnIndex: used.columnIndex, values: used.values, formulas: used.formulas, numberFormat: used.numberFormat, valueTypes: used.valueTypes };
        const sheet = sheetFromExcel(ws.name, grid, merges, ws.visibility, ws.protection.protected);
        report(0.2 + (0.8 * (i + 1)) / n, `已读取 ${i + 1}/${n}：${ws.name}`, `Read ${i + 1}/${n}: ${ws.name}`, { sheetsRead: i + 1, sheetCount: n });
        return sheet;
      });
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

  async highlight(findings: Finding[]): Promise<HighlightResult> {
    const caps = this.caps();
    const targets = markTargets(findings);
    return this.runBatch(async (ctx) => {
      const state = await this.readMarks(ctx, caps, targets);
      const result: HighlightResult = { marked: 0, skipped: [] };
      const next: MarkedSheet[] = [];
      const restores: { fill: Excel.RangeFill; original: OriginalFill }[] = [];
      const marks: { fill: Excel.RangeFill; color: string }[] = [];

      // Sheets to mark now, by worksheet id.
      const markedIds = new Map<string, { name: string; probe: SheetProbe; cells: Map<string, string> }>();
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
        const entry = markedIds.get(p.ws.id) ?? { name: p.ws.name, probe: p, cells: new Map<string, string>() };
        for (const [a1, severity] of cells) {
          // The same sheet named twice (different case): keep the most severe colour.
          const had = entry.cells.get(a1);
          const color = MARK_COLORS[severity];
          if (!had || Object.values(MARK_COLORS).indexOf(color) < Object.values(MARK_COLORS).indexOf(had)) entry.cells.set(a1, color);
          if (entry.probe !== p && !entry.probe.fills.has(a1)) entry.probe.fills.set(a1, p.fills.get(a1) as Excel.RangeFill);
        }
        markedIds.set(p.ws.id, entry);
      }

      // Earlier marks: carried over where marked again, restored where not, kept where the sheet is protected.
      const carried = new Map<string, Map<string, MarkedCell>>();
      for (const s of state.record.sheets) {
        const p = state.sheetOf(s);
        if (!p) continue; // the sheet is gone: nothing left to restore
        if (p.ws.protection.protected) {
          next.push({ name: p.ws.name, id: p.ws.id, cells: new Map(s.cells) });
          continue;
        }
        const now = markedIds.get(p.ws.id);
        for (const [a1, m] of s.cells) {
          const fill = p.fills.get(a1) as Excel.RangeFill;
          const current = this.readFill(fill, caps);
          if (now?.cells.has(a1)) {
            if (showsMark(current, m.mark)) {
              let c = carried.get(p.ws.id);
              if (!c) carried.set(p.ws.id, (c = new Map()));
              c.set(a1, m);
            }
          } else if (showsMark(current, m.mark)) restores.push({ fill, original: m.original });
        }
      }

      for (const [id, t] of markedIds) {
        const cells = new Map<string, MarkedCell>();
        for (const [a1, color] of t.cells) {
          const fill = t.probe.fills.get(a1) as Excel.RangeFill;
          const original = carried.get(id)?.get(a1)?.original ?? this.readFill(fill, caps);
          cells.set(a1, { original, mark: color });
          marks.push({ fill, color });
        }
        result.marked += cells.size;
        next.push({ name: t.name, id, cells });
      }

      // All writes in one sync: the record first (so a failure below still leaves a correct record).
      const record: MarksRecord = { sheets: next };
      this.writeRecord(ctx, record, state.present);
      for (const r of restores) restoreFill(r.fill, r.original, caps.fillPattern);
      for (const m of marks) applyMark(m.fill, m.color, caps.fillPattern);
      await ctx.sync();
      this.known = record;
      return result;
    });
  }

  async clearHighlights(): Promise<void> {
    const caps = this.caps();
    await this.runBatch(async (ctx) => {
      const state = await this.readMarks(ctx, caps, new Map());
      const keep: MarkedSheet[] = [];
      const restores: { fill: Excel.RangeFill; original: OriginalFill }[] = [];
      for (const s of state.record.sheets) {
        const p = state.sheetOf(s);
        if (!p) continue;
        if (p.ws.protection.protected) {
          keep.push({ name: p.ws.name, id: p.ws.id, cells: new Map(s.cells) });
          continue;
        }
        for (const [a1, m] of s.cells) {
          const fill = p.fills.get(a1) as Excel.RangeFill;
          if (showsMark(this.readFill(fill, caps), m.mark)) restores.push({ fill, original: m.original });
        }
      }
      const record: MarksRecord = { sheets: keep };
      this.writeRecord(ctx, record, state.present);
      for (const r of restores) restoreFill(r.fill, r.original, caps.fillPattern);
      await ctx.sync();
      this.known = record;
    });
  }

  async hasHighlights(): Promise<boolean> {
    this.caps();
    return this.runBatch(async (ctx) => {
      const setting = ctx.workbook.settings.getItemOrNullObject(MARKS_SETTING_KEY);
      setting.load('value');
      await ctx.sync();
      const record = setting.isNullObject ? emptyRecord() : parseMarks(setting.value);
      this.known = record;
      return countMarks(record) > 0;
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
    return this.runBatch(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load('items/name');
      await ctx.sync();
      const names = uniqueSheetNames(
        templates.map((t) => t.sheetName),
        sheets.items.map((s) => s.name),
      );
      templates.forEach((t, i) => writeTemplate(ctx.workbook.worksheets.add(names[i]), t));
      await ctx.sync();
      return names;
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
