/**
 * Proxy objects with Office.js semantics:
 * - every call and property write is queued and reaches the document only at context.sync();
 * - a property can be read only after load() and a sync (PropertyNotLoaded otherwise); a value
 *   written on a proxy is readable on that proxy at once (as in Office.js), never on others
 *   nor in the document before the sync;
 * - objects are resolved when the batch runs: getItem() of a missing sheet fails at sync with
 *   ItemNotFound; ...OrNullObject() gives an object whose isNullObject is known after a sync;
 * - members of requirement sets the fake is told not to support throw ApiNotFound.
 *
 * Every class implements `Pick<Excel.X, members>` so each modelled member has exactly the type
 * @types/office-js gives it; members not listed are not modelled.
 */
import type { RangeRect } from '../../../src/engine/model/address';
import { FakeOfficeError, apiNotFound, invalidArgument, itemNotFound, notModelled, propertyNotLoaded, valueNotLoaded } from './errors';
import * as S from './state';

export interface FakeStats {
  /** Round trips: context.sync() calls that had queued commands (an empty sync costs nothing in Office.js). */
  syncs: number;
  /** Every context.sync() call, empty or not. */
  syncCalls: number;
  /** Queued commands (loads, writes, method calls) sent. */
  commands: number;
  /** Excel.run batches. */
  runs: number;
  /** Per round trip: how many queued commands read (load, null-object checks) and how many wrote. */
  log: { reads: number; writes: number }[];
}

export interface FakeQuirks {
  /**
   * Some Excel builds report fill.pattern as null for both "no fill" and a solid white fill
   * (OfficeDev/office-js#4900); tintAndShade is then the only way to tell them apart.
   */
  patternReadsNull: boolean;
}

export interface FakeRuntime {
  readonly doc: S.DocState;
  readonly stats: FakeStats;
  readonly quirks: FakeQuirks;
  isSetSupported(name: string, version?: string): boolean;
  /** Handlers of worksheets.onSelectionChanged (registered when the batch syncs). */
  readonly selectionHandlers: Set<(args: Excel.WorksheetSelectionChangedEventArgs) => Promise<unknown> | unknown>;
  /**
   * One round trip: run a sync's commands in order, as Excel would on its side, and settle when
   * they have run (rejecting with the first failure; the commands after it are dropped).
   */
  roundTrip(commands: (() => void)[]): Promise<void>;
}

type LoadArg = string | string[] | object | undefined;

// ---------------------------------------------------------------- load trees

interface LoadTree {
  all: boolean;
  scalars: Set<string>;
  nav: Map<string, LoadTree>;
}

function emptyTree(all = false): LoadTree {
  return { all, scalars: new Set(), nav: new Map() };
}

function subTree(t: LoadTree, name: string): LoadTree {
  let s = t.nav.get(name);
  if (!s) {
    s = emptyTree();
    t.nav.set(name, s);
  }
  return s;
}

function addPath(tree: LoadTree, path: string, all = false): void {
  const parts = path
    .split('/')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return;
  let t = tree;
  for (let i = 0; i < parts.length - 1; i++) t = subTree(t, parts[i]);
  const last = parts[parts.length - 1];
  if (last === '$all' || last === '*') t.all = true;
  else if (all) subTree(t, last).all = true;
  else t.scalars.add(last);
}

function addPaths(tree: LoadTree, value: unknown, all = false): void {
  const list = Array.isArray(value) ? value : [value];
  for (const item of list) if (typeof item === 'string') for (const p of item.split(',')) addPath(tree, p, all);
}

function fromOptions(obj: Record<string, unknown>, tree: LoadTree): void {
  for (const [k, v] of Object.entries(obj)) {
    if (k === '$all') tree.all = tree.all || v === true;
    else if (v === true) tree.scalars.add(k);
    else if (v && typeof v === 'object') fromOptions(v as Record<string, unknown>, subTree(tree, k));
  }
}

function parseLoad(option: LoadArg): LoadTree {
  if (option === undefined || option === null) return emptyTree(true);
  const tree = emptyTree();
  if (typeof option === 'string' || Array.isArray(option)) addPaths(tree, option);
  else if ('select' in option || 'expand' in option) {
    const o = option as { select?: unknown; expand?: unknown };
    addPaths(tree, o.select);
    addPaths(tree, o.expand, true);
    if (o.select === undefined) tree.all = true;
  } else fromOptions(option as Record<string, unknown>, tree);
  return tree;
}

/** What a load on a collection asks of each item. */
function itemTree(tree: LoadTree): LoadTree {
  const out = emptyTree(tree.all);
  const items = tree.nav.get('items');
  if (items) {
    out.all = out.all || items.all;
    for (const s of items.scalars) out.scalars.add(s);
    for (const [k, v] of items.nav) out.nav.set(k, v);
  }
  for (const s of tree.scalars) if (s !== 'items') out.scalars.add(s);
  if (tree.scalars.has('items')) out.all = true;
  for (const [k, v] of tree.nav) if (k !== 'items') out.nav.set(k, v);
  return out;
}

// ---------------------------------------------------------------- context

export class FakeRequestContext implements Pick<Excel.RequestContext, 'workbook' | 'sync' | 'trackedObjects' | 'load'> {
  readonly _rt: FakeRuntime;
  private _queue: { run: () => void; write: boolean }[] = [];
  _closed = false;
  readonly workbook: Excel.Workbook;
  readonly trackedObjects: OfficeExtension.TrackedObjects;

  constructor(rt: FakeRuntime) {
    this._rt = rt;
    this.workbook = new FakeWorkbook(this) as unknown as Excel.Workbook;
    this.trackedObjects = { add: () => undefined, remove: () => undefined } as unknown as OfficeExtension.TrackedObjects;
  }

  /** Queue a command; `write` = it changes the document (anything but a load or a lookup). */
  _enqueue(cmd: () => void, write = true): void {
    if (this._closed)
      throw new FakeOfficeError('InvalidRequestContext', 'Cannot use the object across different request contexts.');
    this._queue.push({ run: cmd, write });
  }

  _requireApi(member: string, version: string): void {
    if (!this._rt.isSetSupported('ExcelApi', version)) throw apiNotFound(member, 'ExcelApi', version);
  }

  sync<T>(passThroughValue?: T): Promise<T> {
    const batch = this._queue;
    this._queue = [];
    const stats = this._rt.stats;
    stats.syncCalls++;
    if (batch.length === 0) return Promise.resolve(passThroughValue as T);
    stats.syncs++;
    stats.commands += batch.length;
    const writes = batch.filter((c) => c.write).length;
    stats.log.push({ reads: batch.length - writes, writes });
    // Commands run in order; the first failure rejects the sync and drops the rest (earlier
    // commands stay applied: Excel has no transaction).
    return this._rt.roundTrip(batch.map((c) => c.run)).then(() => passThroughValue as T);
  }

  load(object: OfficeExtension.ClientObject, option?: string | string[] | OfficeExtension.LoadOption): void {
    (object as unknown as FakeProxy<unknown>)._load(option);
  }
}

// ---------------------------------------------------------------- base proxy

interface Schema {
  /** Loadable scalar properties → the ExcelApi version they need (null = any). */
  scalars: Record<string, string | null>;
}

export abstract class FakeProxy<T> {
  readonly _ctx: FakeRequestContext;
  readonly _typeName: string;
  private readonly _resolver: () => T | null;
  private _resolved = false;
  private _target: T | null = null;
  /** Known after the object took part in a sync. */
  _isNull: boolean | undefined;
  protected readonly _values = new Map<string, unknown>();
  protected abstract readonly _schema: Schema;

  constructor(ctx: FakeRequestContext, typeName: string, resolver: () => T | null) {
    this._ctx = ctx;
    this._typeName = typeName;
    this._resolver = resolver;
  }

  get context(): Excel.RequestContext {
    return this._ctx as unknown as Excel.RequestContext;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded(this._typeName, 'isNullObject');
    return this._isNull;
  }

  protected get _doc(): S.DocState {
    return this._ctx._rt.doc;
  }

  /** Find the document object (at sync time). Null for a null object; throws when Excel would. */
  _resolve(): T | null {
    if (!this._resolved) {
      this._target = this._resolver();
      this._resolved = true;
      this._isNull = this._target === null;
    }
    return this._target;
  }

  protected _loc(member: string): string {
    return `${this._typeName}.${member}`;
  }

  protected _get<V>(name: string): V {
    if (this._isNull === true && !this._values.has(name)) return undefined as V;
    if (!this._values.has(name)) throw propertyNotLoaded(this._typeName, name);
    const api = this._schema.scalars[name];
    if (api) this._ctx._requireApi(this._loc(name), api);
    return this._values.get(name) as V;
  }

  protected _set(name: string, value: unknown, apply: (t: T) => void): void {
    const api = this._schema.scalars[name];
    if (api) this._ctx._requireApi(this._loc(name), api);
    this._values.set(name, value);
    this._enqueue(apply);
  }

  /** Queue an action on the resolved object (skipped for a null object). */
  protected _enqueue(apply: (t: T) => void): void {
    this._ctx._enqueue(() => {
      const t = this._resolve();
      if (t !== null) apply(t);
    });
  }

  /** Queue the resolution itself, so that isNullObject is known after the next sync. */
  _enqueueResolve(): void {
    this._ctx._enqueue(() => {
      this._resolve();
    }, false);
  }

  protected abstract _read(t: T, name: string): unknown;

  protected _nav(_name: string): FakeProxy<unknown> | undefined {
    return undefined;
  }

  _load(option: LoadArg): this {
    const tree = parseLoad(option);
    this._validate(tree);
    this._ctx._enqueue(() => this._applyLoad(tree), false);
    return this;
  }

  _validate(tree: LoadTree): void {
    for (const name of tree.scalars) {
      if (this._nav(name)) continue;
      if (!(name in this._schema.scalars)) throw notModelled(`loading ${this._loc(name)}`);
      const api = this._schema.scalars[name];
      if (api) this._ctx._requireApi(this._loc(name), api);
    }
    for (const [name, sub] of tree.nav) {
      const nav = this._nav(name);
      if (!nav) throw notModelled(`loading ${this._loc(name)}`);
      nav._validate(sub);
    }
  }

  _applyLoad(tree: LoadTree): void {
    const t = this._resolve();
    if (t === null) return;
    const names = tree.all
      ? Object.keys(this._schema.scalars).filter((n) => {
          const api = this._schema.scalars[n];
          return !api || this._ctx._rt.isSetSupported('ExcelApi', api);
        })
      : [...tree.scalars];
    for (const name of names) {
      const nav = this._nav(name);
      if (nav) nav._applyLoad(emptyTree(true));
      else this._values.set(name, this._read(t, name));
    }
    for (const [name, sub] of tree.nav) (this._nav(name) as FakeProxy<unknown>)._applyLoad(sub);
  }
}

abstract class FakeCollection<TItem, P extends FakeProxy<TItem>> extends FakeProxy<TItem[]> {
  private _items: P[] | undefined;
  protected readonly _schema: Schema = { scalars: {} };

  protected abstract _item(resolver: () => TItem | null): P;

  protected _read(): unknown {
    return undefined;
  }

  protected _getItems(): P[] {
    if (this._isNull === true) return [];
    if (!this._items) throw propertyNotLoaded(this._typeName, 'items');
    return this._items;
  }

  override _validate(tree: LoadTree): void {
    this._item(() => null)._validate(itemTree(tree));
  }

  override _applyLoad(tree: LoadTree): void {
    const list = this._resolve();
    if (list === null) return;
    const it = itemTree(tree);
    this._items = list.map((t) => {
      const p = this._item(() => t);
      p._applyLoad(it);
      return p;
    });
  }

  protected _countResult(): OfficeExtension.ClientResult<number> {
    const r = new FakeClientResult<number>();
    this._ctx._enqueue(() => r._set(this._resolve()?.length ?? 0), false);
    return r;
  }
}

export class FakeClientResult<T> implements OfficeExtension.ClientResult<T> {
  private _has = false;
  private _v: T | undefined;

  _set(v: T): void {
    this._v = v;
    this._has = true;
  }

  get value(): T {
    if (!this._has) throw valueNotLoaded();
    return this._v as T;
  }
}

function cellsOf(rect: RangeRect, location: string, f: (r: number, c: number) => void): void {
  if (S.rectArea(rect) > 2_000_000) throw notModelled(`${location} on more than 2,000,000 cells`);
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) f(r, c);
}

function grid<V>(rect: RangeRect, location: string, f: (r: number, c: number) => V): V[][] {
  if (S.rectArea(rect) > 5_000_000)
    throw new FakeOfficeError('GeneralException', 'The response payload size has exceeded the limit.', location);
  const out: V[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: V[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push(f(r, c));
    out.push(row);
  }
  return out;
}

/** The input of a 2D property write, as a cell accessor; a non-array is applied to every cell. */
function inputAt(input: unknown, rect: RangeRect, location: string): (r: number, c: number) => unknown {
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  if (!Array.isArray(input)) return () => input;
  const detail = "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";
  if (input.length !== rows) throw invalidArgument(location, detail);
  for (const row of input) if (!Array.isArray(row) || row.length !== cols) throw invalidArgument(location, detail);
  return (r, c) => (input[r - rect.top] as unknown[])[c - rect.left];
}

function activeSheet(doc: S.DocState): S.SheetState {
  return S.findSheet(doc, doc.activeSheetId) ?? doc.sheets[0];
}

// ---------------------------------------------------------------- workbook

export class FakeWorkbook extends FakeProxy<S.DocState> implements Pick<Excel.Workbook, 'name' | 'worksheets' | 'settings' | 'getSelectedRange' | 'load'> {
  protected readonly _schema: Schema = { scalars: { name: '1.7' } };
  private _ws: FakeWorksheetCollection | undefined;
  private _settings: FakeSettingCollection | undefined;

  constructor(ctx: FakeRequestContext) {
    super(ctx, 'Workbook', () => ctx._rt.doc);
  }

  protected _read(t: S.DocState): unknown {
    return t.name;
  }

  protected override _nav(name: string): FakeProxy<unknown> | undefined {
    if (name === 'worksheets') return this._wsc() as FakeProxy<unknown>;
    if (name === 'settings') return this._sc() as FakeProxy<unknown>;
    return undefined;
  }

  private _wsc(): FakeWorksheetCollection {
    return (this._ws ??= new FakeWorksheetCollection(this._ctx));
  }

  private _sc(): FakeSettingCollection {
    return (this._settings ??= new FakeSettingCollection(this._ctx));
  }

  get name(): string {
    return this._get('name');
  }

  get worksheets(): Excel.WorksheetCollection {
    return this._wsc() as unknown as Excel.WorksheetCollection;
  }

  get settings(): Excel.SettingCollection {
    return this._sc() as unknown as Excel.SettingCollection;
  }

  getSelectedRange(): Excel.Range {
    return new FakeRange(this._ctx, () => {
      const s = activeSheet(this._doc);
      return { sheet: s, rect: s.selection };
    }) as unknown as Excel.Range;
  }

  load(option?: LoadArg): Excel.Workbook {
    return this._load(option) as unknown as Excel.Workbook;
  }
}

// ---------------------------------------------------------------- worksheets

export class FakeWorksheetCollection
  extends FakeCollection<S.SheetState, FakeWorksheet>
  implements Pick<Excel.WorksheetCollection, 'items' | 'getItem' | 'getItemOrNullObject' | 'add' | 'getActiveWorksheet' | 'getCount' | 'load'>
{
  constructor(ctx: FakeRequestContext) {
    super(ctx, 'WorksheetCollection', () => [...ctx._rt.doc.sheets]);
  }

  /** ExcelApi 1.9: add(handler) registers when the batch syncs; the result's remove() unregisters at the next sync. */
  get onSelectionChanged(): OfficeExtension.EventHandlers<Excel.WorksheetSelectionChangedEventArgs> {
    this._ctx._requireApi(this._loc('onSelectionChanged'), '1.9');
    const rt = this._ctx._rt;
    const ctx = this._ctx;
    return {
      add: (handler: (args: Excel.WorksheetSelectionChangedEventArgs) => Promise<unknown>) => {
        ctx._enqueue(() => {
          rt.selectionHandlers.add(handler);
        });
        return {
          context: ctx as unknown as Excel.RequestContext,
          remove: () => ctx._enqueue(() => {
            rt.selectionHandlers.delete(handler);
          }),
        } as unknown as OfficeExtension.EventHandlerResult<Excel.WorksheetSelectionChangedEventArgs>;
      },
      remove: (handler: (args: Excel.WorksheetSelectionChangedEventArgs) => Promise<unknown>) => {
        ctx._enqueue(() => {
          rt.selectionHandlers.delete(handler);
        });
      },
    } as unknown as OfficeExtension.EventHandlers<Excel.WorksheetSelectionChangedEventArgs>;
  }

  protected _item(resolver: () => S.SheetState | null): FakeWorksheet {
    return new FakeWorksheet(this._ctx, resolver);
  }

  get items(): Excel.Worksheet[] {
    return this._getItems() as unknown as Excel.Worksheet[];
  }

  getItem(key: string): Excel.Worksheet {
    return new FakeWorksheet(this._ctx, () => {
      const s = S.findSheet(this._doc, key);
      if (!s) throw itemNotFound(this._loc('getItem'));
      return s;
    }) as unknown as Excel.Worksheet;
  }

  getItemOrNullObject(key: string): Excel.Worksheet {
    this._ctx._requireApi(this._loc('getItemOrNullObject'), '1.4');
    const p = new FakeWorksheet(this._ctx, () => S.findSheet(this._doc, key) ?? null);
    p._enqueueResolve();
    return p as unknown as Excel.Worksheet;
  }

  getActiveWorksheet(): Excel.Worksheet {
    return new FakeWorksheet(this._ctx, () => activeSheet(this._doc)) as unknown as Excel.Worksheet;
  }

  add(name?: string): Excel.Worksheet {
    let created: S.SheetState | undefined;
    this._ctx._enqueue(() => {
      const doc = this._doc;
      const n = name ?? S.defaultSheetName(doc);
      S.checkSheetName(doc, n, this._loc('add'));
      created = S.newSheetState(doc, n);
      doc.sheets.push(created);
    });
    return new FakeWorksheet(this._ctx, () => {
      if (!created) throw new FakeOfficeError('GeneralException', 'The worksheet was not created.', this._loc('add'));
      return created;
    }) as unknown as Excel.Worksheet;
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return this._countResult();
  }

  load(option?: LoadArg): Excel.WorksheetCollection {
    return this._load(option) as unknown as Excel.WorksheetCollection;
  }
}

type SheetVisibility = Excel.Worksheet['visibility'];

export class FakeWorksheet
  extends FakeProxy<S.SheetState>
  implements
    Pick<
      Excel.Worksheet,
      | 'name'
      | 'id'
      | 'position'
      | 'visibility'
      | 'protection'
      | 'freezePanes'
      | 'pageLayout'
      | 'getRange'
      | 'getRangeByIndexes'
      | 'getCell'
      | 'getUsedRange'
      | 'getUsedRangeOrNullObject'
      | 'activate'
      | 'delete'
      | 'load'
    >
{
  protected readonly _schema: Schema = { scalars: { name: null, id: null, position: null, visibility: null } };
  private _protection: FakeWorksheetProtection | undefined;
  private _freeze: FakeWorksheetFreezePanes | undefined;
  private _page: FakePageLayout | undefined;

  constructor(ctx: FakeRequestContext, resolver: () => S.SheetState | null) {
    super(ctx, 'Worksheet', resolver);
  }

  protected _read(t: S.SheetState, name: string): unknown {
    switch (name) {
      case 'name':
        return t.name;
      case 'id':
        return t.id;
      case 'position':
        return this._doc.sheets.indexOf(t);
      default:
        return t.visibility;
    }
  }

  protected override _nav(name: string): FakeProxy<unknown> | undefined {
    if (name === 'pageLayout') return this._pageP() as FakeProxy<unknown>;
    return name === 'protection' ? (this._prot() as FakeProxy<unknown>) : undefined;
  }

  private _pageP(): FakePageLayout {
    return (this._page ??= new FakePageLayout(this._ctx, () => this._resolve()));
  }

  get pageLayout(): Excel.PageLayout {
    this._ctx._requireApi(this._loc('pageLayout'), '1.9');
    return this._pageP() as unknown as Excel.PageLayout;
  }

  private _prot(): FakeWorksheetProtection {
    return (this._protection ??= new FakeWorksheetProtection(this._ctx, () => this._resolve()));
  }

  get name(): string {
    return this._get('name');
  }

  set name(v: string) {
    this._set('name', v, (s) => {
      S.checkSheetName(this._doc, v, this._loc('name'), s);
      s.name = v;
    });
  }

  get id(): string {
    return this._get('id');
  }

  get position(): number {
    return this._get('position');
  }

  set position(v: number) {
    this._set('position', v, (s) => {
      const sheets = this._doc.sheets;
      if (!Number.isInteger(v) || v < 0 || v >= sheets.length) throw invalidArgument(this._loc('position'));
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(v, 0, s);
    });
  }

  get visibility(): SheetVisibility {
    return this._get('visibility');
  }

  set visibility(v: SheetVisibility) {
    this._set('visibility', v, (s) => {
      const val = String(v);
      if (val !== 'Visible' && val !== 'Hidden' && val !== 'VeryHidden') throw invalidArgument(this._loc('visibility'));
      if (val !== 'Visible' && this._doc.sheets.filter((x) => x !== s && x.visibility === 'Visible').length === 0)
        throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.', this._loc('visibility'));
      s.visibility = val;
    });
  }

  get protection(): Excel.WorksheetProtection {
    return this._prot() as unknown as Excel.WorksheetProtection;
  }

  get freezePanes(): Excel.WorksheetFreezePanes {
    return (this._freeze ??= new FakeWorksheetFreezePanes(this._ctx, () => this._resolve())) as unknown as Excel.WorksheetFreezePanes;
  }

  private _range(rect: (s: S.SheetState) => RangeRect | null): Excel.Range {
    return new FakeRange(this._ctx, () => {
      const s = this._resolve();
      if (!s) return null;
      const r = rect(s);
      return r ? { sheet: s, rect: r } : null;
    }) as unknown as Excel.Range;
  }

  getRange(address?: string): Excel.Range {
    return this._range((s) =>
      address === undefined || address === '' ? { top: 0, left: 0, bottom: S.MAX_ROWS - 1, right: S.MAX_COLS - 1 } : S.parseAddress(address, s, this._loc('getRange')),
    );
  }

  /** ExcelApi 1.9: several areas, "A1, C3:D4" (comma or semicolon separated). */
  getRanges(address: string): Excel.RangeAreas {
    const loc = this._loc('getRanges');
    this._ctx._requireApi(loc, '1.9');
    return new FakeRangeAreas(this._ctx, () => {
      const s = this._resolve();
      if (!s) return null;
      const rects = address.split(/[,;]/).map((a) => S.parseAddress(a.trim(), s, loc));
      return { sheet: s, rects };
    }) as unknown as Excel.RangeAreas;
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Excel.Range {
    this._ctx._requireApi(this._loc('getRangeByIndexes'), '1.7');
    return this._range(() => {
      const rect = { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 };
      S.checkRect(rect, this._loc('getRangeByIndexes'));
      return rect;
    });
  }

  getCell(row: number, column: number): Excel.Range {
    return this._range(() => {
      const rect = { top: row, left: column, bottom: row, right: column };
      S.checkRect(rect, this._loc('getCell'));
      return rect;
    });
  }

  getUsedRange(valuesOnly?: boolean): Excel.Range {
    return this._range((s) => S.usedRect(s, valuesOnly === true) ?? { top: 0, left: 0, bottom: 0, right: 0 });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Excel.Range {
    this._ctx._requireApi(this._loc('getUsedRangeOrNullObject'), '1.4');
    const r = this._range((s) => S.usedRect(s, valuesOnly === true));
    (r as unknown as FakeRange)._enqueueResolve();
    return r;
  }

  activate(): void {
    this._enqueue((s) => {
      if (s.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'The worksheet is hidden.', this._loc('activate'));
      this._doc.activeSheetId = s.id;
    });
  }

  delete(): void {
    this._enqueue((s) => {
      const doc = this._doc;
      if (doc.sheets.filter((x) => x !== s && x.visibility === 'Visible').length === 0)
        throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.', this._loc('delete'));
      doc.sheets.splice(doc.sheets.indexOf(s), 1);
      if (doc.activeSheetId === s.id) doc.activeSheetId = (doc.sheets.find((x) => x.visibility === 'Visible') as S.SheetState).id;
    });
  }

  load(option?: LoadArg): Excel.Worksheet {
    return this._load(option) as unknown as Excel.Worksheet;
  }
}

/** Worksheet.pageLayout (ExcelApi 1.9): the print setup the templates use. */
export class FakePageLayout
  extends FakeProxy<S.SheetState>
  implements Pick<Excel.PageLayout, 'orientation' | 'paperSize' | 'zoom' | 'centerHorizontally' | 'setPrintTitleRows' | 'load'>
{
  protected readonly _schema: Schema = { scalars: { orientation: '1.9', paperSize: '1.9', zoom: '1.9', centerHorizontally: '1.9' } };

  constructor(ctx: FakeRequestContext, resolver: () => S.SheetState | null) {
    super(ctx, 'PageLayout', resolver);
  }

  protected _read(t: S.SheetState, name: string): unknown {
    const p = t.pageLayout;
    if (name === 'zoom') return { ...p.zoom };
    return p[name as 'orientation' | 'paperSize' | 'centerHorizontally'];
  }

  get orientation(): Excel.PageLayout['orientation'] {
    return this._get('orientation');
  }
  set orientation(v: Excel.PageLayout['orientation']) {
    this._set('orientation', v, (s) => {
      const val = String(v);
      if (val !== 'Portrait' && val !== 'Landscape') throw invalidArgument(this._loc('orientation'));
      S.assertEditable(s, 'formatCells', this._loc('orientation'));
      s.pageLayout.orientation = val;
    });
  }

  get paperSize(): Excel.PageLayout['paperSize'] {
    return this._get('paperSize');
  }
  set paperSize(v: Excel.PageLayout['paperSize']) {
    this._set('paperSize', v, (s) => {
      const val = String(v);
      if (!/^(Letter|Legal|A3|A4|A5|B4|B5|Executive|Tabloid|LetterSmall|A4Small)$/.test(val)) throw invalidArgument(this._loc('paperSize'));
      s.pageLayout.paperSize = val;
    });
  }

  get zoom(): Excel.PageLayoutZoomOptions {
    return this._get('zoom');
  }
  set zoom(v: Excel.PageLayoutZoomOptions) {
    this._set('zoom', v, (s) => {
      const loc = this._loc('zoom');
      const fit = (n: unknown) => n === undefined || (Number.isInteger(n) && (n as number) >= 0 && (n as number) <= 32767);
      if (!v || typeof v !== 'object' || !fit(v.horizontalFitToPages) || !fit(v.verticalFitToPages)) throw invalidArgument(loc);
      if (v.scale !== undefined && (typeof v.scale !== 'number' || v.scale < 10 || v.scale > 400)) throw invalidArgument(loc);
      // Excel: a scale and fit-to-pages exclude each other
      if (v.scale !== undefined && (v.horizontalFitToPages !== undefined || v.verticalFitToPages !== undefined)) throw invalidArgument(loc);
      s.pageLayout.zoom = v.scale !== undefined ? { scale: v.scale } : { horizontalFitToPages: v.horizontalFitToPages ?? 0, verticalFitToPages: v.verticalFitToPages ?? 0 };
    });
  }

  get centerHorizontally(): boolean {
    return this._get('centerHorizontally');
  }
  set centerHorizontally(v: boolean) {
    this._set('centerHorizontally', v, (s) => {
      if (typeof v !== 'boolean') throw invalidArgument(this._loc('centerHorizontally'));
      s.pageLayout.centerHorizontally = v;
    });
  }

  /** Print titles: whole rows ("$1:$4" or a Range of whole rows). */
  setPrintTitleRows(printTitleRows: Excel.Range | string): void {
    this._ctx._requireApi(this._loc('setPrintTitleRows'), '1.9');
    const loc = this._loc('setPrintTitleRows');
    this._enqueue((s) => {
      let rect: RangeRect;
      if (typeof printTitleRows === 'string') {
        const m = /^\$?(\d+):\$?(\d+)$/.exec(printTitleRows.trim());
        if (!m) throw invalidArgument(loc);
        rect = { top: Number(m[1]) - 1, left: 0, bottom: Number(m[2]) - 1, right: S.MAX_COLS - 1 };
      } else {
        const t = (printTitleRows as unknown as FakeRange)._resolve();
        if (!t || t.sheet !== s || t.rect.left !== 0 || t.rect.right !== S.MAX_COLS - 1) throw invalidArgument(loc);
        rect = t.rect;
      }
      if (rect.top < 0 || rect.bottom < rect.top) throw invalidArgument(loc);
      s.pageLayout.printTitleRows = rect;
    });
  }

  load(option?: LoadArg): Excel.PageLayout {
    return this._load(option) as unknown as Excel.PageLayout;
  }
}

export class FakeWorksheetProtection
  extends FakeProxy<S.SheetState>
  implements Pick<Excel.WorksheetProtection, 'protected' | 'options' | 'protect' | 'unprotect' | 'load'>
{
  protected readonly _schema: Schema = { scalars: { protected: '1.2', options: '1.2' } };

  constructor(ctx: FakeRequestContext, resolver: () => S.SheetState | null) {
    super(ctx, 'WorksheetProtection', resolver);
  }

  protected _read(t: S.SheetState, name: string): unknown {
    if (name === 'protected') return t.protection.protected;
    const p = t.protection;
    return { allowFormatCells: p.allowFormatCells, allowFormatColumns: p.allowFormatColumns, allowFormatRows: p.allowFormatRows };
  }

  get protected(): boolean {
    return this._get('protected');
  }

  get options(): Excel.WorksheetProtectionOptions {
    return this._get('options');
  }

  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    this._ctx._requireApi(this._loc('protect'), '1.2');
    this._enqueue((s) => {
      s.protection = {
        protected: true,
        allowFormatCells: options?.allowFormatCells === true,
        allowFormatColumns: options?.allowFormatColumns === true,
        allowFormatRows: options?.allowFormatRows === true,
        password,
      };
    });
  }

  unprotect(password?: string): void {
    this._ctx._requireApi(this._loc('unprotect'), '1.2');
    this._enqueue((s) => {
      if (s.protection.password !== undefined && s.protection.password !== password) throw invalidArgument(this._loc('unprotect'));
      s.protection = { protected: false, allowFormatCells: false, allowFormatColumns: false, allowFormatRows: false };
    });
  }

  load(option?: LoadArg): Excel.WorksheetProtection {
    return this._load(option) as unknown as Excel.WorksheetProtection;
  }
}

export class FakeWorksheetFreezePanes
  extends FakeProxy<S.SheetState>
  implements Pick<Excel.WorksheetFreezePanes, 'freezeRows' | 'freezeColumns' | 'unfreeze'>
{
  protected readonly _schema: Schema = { scalars: {} };

  constructor(ctx: FakeRequestContext, resolver: () => S.SheetState | null) {
    super(ctx, 'WorksheetFreezePanes', resolver);
  }

  protected _read(): unknown {
    return undefined;
  }

  freezeRows(count?: number): void {
    this._ctx._requireApi(this._loc('freezeRows'), '1.7');
    this._enqueue((s) => {
      const n = count ?? 1;
      if (!Number.isInteger(n) || n < 0 || n >= S.MAX_ROWS) throw invalidArgument(this._loc('freezeRows'));
      s.frozenRows = n;
      s.frozenColumns = 0;
    });
  }

  freezeColumns(count?: number): void {
    this._ctx._requireApi(this._loc('freezeColumns'), '1.7');
    this._enqueue((s) => {
      const n = count ?? 1;
      if (!Number.isInteger(n) || n < 0 || n >= S.MAX_COLS) throw invalidArgument(this._loc('freezeColumns'));
      s.frozenColumns = n;
      s.frozenRows = 0;
    });
  }

  unfreeze(): void {
    this._ctx._requireApi(this._loc('unfreeze'), '1.7');
    this._enqueue((s) => {
      s.frozenRows = 0;
      s.frozenColumns = 0;
    });
  }
}

// ---------------------------------------------------------------- ranges

type ClearApplyTo = 'All' | 'Formats' | 'Contents' | 'Hyperlinks' | 'RemoveHyperlinks' | 'ResetContents';

export class FakeRange
  extends FakeProxy<S.RangeTarget>
  implements
    Pick<
      Excel.Range,
      | 'address'
      | 'addressLocal'
      | 'rowIndex'
      | 'columnIndex'
      | 'rowCount'
      | 'columnCount'
      | 'cellCount'
      | 'values'
      | 'formulas'
      | 'numberFormat'
      | 'valueTypes'
      | 'format'
      | 'worksheet'
      | 'getCell'
      | 'getMergedAreasOrNullObject'
      | 'getSpecialCellsOrNullObject'
      | 'conditionalFormats'
      | 'merge'
      | 'unmerge'
      | 'select'
      | 'clear'
      | 'load'
    >
{
  protected readonly _schema: Schema = {
    scalars: {
      address: null,
      addressLocal: null,
      rowIndex: null,
      columnIndex: null,
      rowCount: null,
      columnCount: null,
      cellCount: null,
      values: null,
      formulas: null,
      numberFormat: null,
      valueTypes: null,
    },
  };
  private _format: FakeRangeFormat | undefined;
  private _worksheet: FakeWorksheet | undefined;

  constructor(ctx: FakeRequestContext, resolver: () => S.RangeTarget | null) {
    super(ctx, 'Range', resolver);
  }

  protected _read(t: S.RangeTarget, name: string): unknown {
    const { sheet, rect } = t;
    const loc = this._loc(name);
    switch (name) {
      case 'address':
      case 'addressLocal':
        return S.fullAddress(sheet, rect);
      case 'rowIndex':
        return rect.top;
      case 'columnIndex':
        return rect.left;
      case 'rowCount':
        return rect.bottom - rect.top + 1;
      case 'columnCount':
        return rect.right - rect.left + 1;
      case 'cellCount':
        return S.rectArea(rect);
      case 'values':
        return grid(rect, loc, (r, c) => S.displayValue(S.getCell(sheet, r, c)));
      case 'formulas':
        return grid(rect, loc, (r, c) => S.formulaOf(S.getCell(sheet, r, c)));
      case 'numberFormat':
        return grid(rect, loc, (r, c) => S.numberFormatOf(S.getCell(sheet, r, c)));
      default:
        return grid(rect, loc, (r, c) => S.valueTypeOf(S.getCell(sheet, r, c)));
    }
  }

  protected override _nav(name: string): FakeProxy<unknown> | undefined {
    if (name === 'format') return this._fmt() as FakeProxy<unknown>;
    if (name === 'worksheet') return this._ws() as FakeProxy<unknown>;
    if (name === 'conditionalFormats') return this._cfs() as FakeProxy<unknown>;
    return undefined;
  }

  private _cfList: FakeConditionalFormatCollection | undefined;
  private _cfs(): FakeConditionalFormatCollection {
    return (this._cfList ??= new FakeConditionalFormatCollection(this._ctx, () => {
      const t = this._resolve();
      return t ? { sheet: t.sheet, rects: [t.rect] } : null;
    }));
  }

  /** ExcelApi 1.6: the conditional formats over this range (add one: it applies to this range). */
  get conditionalFormats(): Excel.ConditionalFormatCollection {
    this._ctx._requireApi(this._loc('conditionalFormats'), '1.6');
    return this._cfs() as unknown as Excel.ConditionalFormatCollection;
  }

  private _fmt(): FakeRangeFormat {
    return (this._format ??= new FakeRangeFormat(this._ctx, () => this._resolve()));
  }

  private _ws(): FakeWorksheet {
    return (this._worksheet ??= new FakeWorksheet(this._ctx, () => this._resolve()?.sheet ?? null));
  }

  get address(): string {
    return this._get('address');
  }
  get addressLocal(): string {
    return this._get('addressLocal');
  }
  get rowIndex(): number {
    return this._get('rowIndex');
  }
  get columnIndex(): number {
    return this._get('columnIndex');
  }
  get rowCount(): number {
    return this._get('rowCount');
  }
  get columnCount(): number {
    return this._get('columnCount');
  }
  get cellCount(): number {
    return this._get('cellCount');
  }

  get values(): unknown[][] {
    return this._get('values');
  }
  set values(v: unknown[][]) {
    this._set('values', v, (t) => this._writeContent(t, v, 'values'));
  }

  get formulas(): unknown[][] {
    return this._get('formulas');
  }
  set formulas(v: unknown[][]) {
    this._set('formulas', v, (t) => this._writeContent(t, v, 'formulas'));
  }

  get numberFormat(): unknown[][] {
    return this._get('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this._set('numberFormat', v, (t) => {
      const loc = this._loc('numberFormat');
      S.assertEditable(t.sheet, 'formatCells', loc);
      const at = inputAt(v, t.rect, loc);
      cellsOf(t.rect, loc, (r, c) => {
        const f = at(r, c);
        if (f === null || f === undefined) return;
        if (typeof f !== 'string') throw invalidArgument(loc);
        const cell = S.ensureCell(t.sheet, r, c);
        if (f === 'General') delete cell.numberFormat;
        else cell.numberFormat = f;
        S.pruneCell(t.sheet, r, c);
      });
    });
  }

  get valueTypes(): Excel.RangeValueType[][] {
    return this._get('valueTypes');
  }

  private _writeContent(t: S.RangeTarget, v: unknown, what: string): void {
    const loc = this._loc(what);
    S.assertEditable(t.sheet, 'content', loc, t.rect);
    const at = inputAt(v, t.rect, loc);
    cellsOf(t.rect, loc, (r, c) => S.writeCellInput(this._doc, t.sheet, r, c, at(r, c), loc));
  }

  get format(): Excel.RangeFormat {
    return this._fmt() as unknown as Excel.RangeFormat;
  }

  get worksheet(): Excel.Worksheet {
    return this._ws() as unknown as Excel.Worksheet;
  }

  getCell(row: number, column: number): Excel.Range {
    return new FakeRange(this._ctx, () => {
      const t = this._resolve();
      if (!t) return null;
      const rect = { top: t.rect.top + row, left: t.rect.left + column, bottom: t.rect.top + row, right: t.rect.left + column };
      S.checkRect(rect, this._loc('getCell'));
      return { sheet: t.sheet, rect };
    }) as unknown as Excel.Range;
  }

  /**
   * ExcelApi 1.4. The cells this range shares with another (a range on the same sheet, or an
   * address on it); a null object when they share none.
   */
  getIntersectionOrNullObject(anotherRange: Excel.Range | string): Excel.Range {
    const loc = this._loc('getIntersectionOrNullObject');
    this._ctx._requireApi(loc, '1.4');
    const r = new FakeRange(this._ctx, () => {
      const t = this._resolve();
      if (!t) return null;
      let other: RangeRect;
      if (typeof anotherRange === 'string') other = S.parseAddress(anotherRange, t.sheet, loc);
      else {
        const o = (anotherRange as unknown as FakeRange)._resolve();
        if (!o || o.sheet !== t.sheet) throw invalidArgument(loc);
        other = o.rect;
      }
      if (!S.intersects(t.rect, other)) return null;
      const rect = { top: Math.max(t.rect.top, other.top), left: Math.max(t.rect.left, other.left), bottom: Math.min(t.rect.bottom, other.bottom), right: Math.min(t.rect.right, other.right) };
      return { sheet: t.sheet, rect };
    });
    r._enqueueResolve();
    return r as unknown as Excel.Range;
  }

  /**
   * ExcelApi 1.9. The cells of this range holding constants (a value, no formula) or formulas, as
   * areas: each row's runs of such cells, a run merged with the one below when they span the same
   * columns (Excel's own split may differ; the areas cover exactly those cells either way). A null
   * object when there are none. Other cell types are not modelled.
   */
  getSpecialCellsOrNullObject(cellType: Excel.SpecialCellType | string, cellValueType?: string): Excel.RangeAreas {
    const loc = this._loc('getSpecialCellsOrNullObject');
    this._ctx._requireApi(loc, '1.9');
    if ((cellType !== 'Constants' && cellType !== 'Formulas') || cellValueType !== undefined) throw notModelled(`${loc}(${String(cellType)}, ${String(cellValueType)})`);
    const p = new FakeRangeAreas(this._ctx, () => {
      const t = this._resolve();
      if (!t) return null;
      const rects = S.specialCellRects(t.sheet, t.rect, cellType === 'Formulas');
      return rects.length ? { sheet: t.sheet, rects } : null;
    });
    p._enqueueResolve();
    return p as unknown as Excel.RangeAreas;
  }

  getMergedAreasOrNullObject(): Excel.RangeAreas {
    this._ctx._requireApi(this._loc('getMergedAreasOrNullObject'), '1.13');
    const p = new FakeRangeAreas(this._ctx, () => {
      const t = this._resolve();
      if (!t) return null;
      const rects = t.sheet.merges.filter((m) => S.intersects(m, t.rect)).sort((a, b) => a.top - b.top || a.left - b.left);
      return rects.length ? { sheet: t.sheet, rects } : null;
    });
    p._enqueueResolve();
    return p as unknown as Excel.RangeAreas;
  }

  merge(across?: boolean): void {
    this._enqueue((t) => {
      S.assertEditable(t.sheet, 'merge', this._loc('merge'));
      const { rect, sheet } = t;
      const parts: RangeRect[] = [];
      if (across) for (let r = rect.top; r <= rect.bottom; r++) parts.push({ ...rect, top: r, bottom: r });
      else parts.push({ ...rect });
      for (const p of parts) {
        if (S.rectArea(p) < 2) continue;
        sheet.merges = sheet.merges.filter((m) => !S.intersects(m, p));
        sheet.merges.push(p);
        // Excel keeps only the upper-left value of a merged area.
        cellsOf(p, this._loc('merge'), (r, c) => {
          if (r === p.top && c === p.left) return;
          const cell = S.getCell(sheet, r, c);
          if (!cell) return;
          cell.value = null;
          delete cell.formula;
          S.pruneCell(sheet, r, c);
        });
      }
    });
  }

  unmerge(): void {
    this._enqueue((t) => {
      S.assertEditable(t.sheet, 'merge', this._loc('unmerge'));
      t.sheet.merges = t.sheet.merges.filter((m) => !S.intersects(m, t.rect));
    });
  }

  select(): void {
    this._enqueue((t) => {
      if (t.sheet.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'The worksheet is hidden.', this._loc('select'));
      this._doc.activeSheetId = t.sheet.id;
      t.sheet.selection = { ...t.rect };
    });
  }

  clear(applyTo?: Excel.ClearApplyTo | ClearApplyTo): void {
    this._enqueue((t) => {
      const what = String(applyTo ?? 'All');
      const contents = what === 'All' || what === 'Contents';
      const formats = what === 'All' || what === 'Formats';
      S.assertEditable(t.sheet, contents ? 'content' : 'formatCells', this._loc('clear'));
      for (const [k, cell] of [...t.sheet.cells]) {
        const r = S.keyRow(k);
        const c = S.keyCol(k);
        if (!S.contains(t.rect, r, c)) continue;
        if (contents) {
          cell.value = null;
          delete cell.formula;
        }
        if (formats) {
          delete cell.fill;
          delete cell.bold;
          delete cell.fontSize;
          delete cell.numberFormat;
          delete cell.horizontalAlignment;
          delete cell.wrapText;
          delete cell.borders;
        }
        S.pruneCell(t.sheet, r, c);
      }
      if (formats) t.sheet.merges = t.sheet.merges.filter((m) => !S.intersects(m, t.rect));
    });
  }

  load(option?: LoadArg): Excel.Range {
    return this._load(option) as unknown as Excel.Range;
  }
}

export class FakeRangeFormat
  extends FakeProxy<S.RangeTarget>
  implements Pick<Excel.RangeFormat, 'columnWidth' | 'horizontalAlignment' | 'wrapText' | 'fill' | 'font' | 'borders' | 'protection' | 'load'>
{
  protected readonly _schema: Schema = { scalars: { columnWidth: null, horizontalAlignment: null, wrapText: null } };
  private _protection: FakeFormatProtection | undefined;
  private _fill: FakeRangeFill | undefined;
  private _font: FakeRangeFont | undefined;
  private _borders: FakeRangeBorderCollection | undefined;

  constructor(ctx: FakeRequestContext, resolver: () => S.RangeTarget | null) {
    super(ctx, 'RangeFormat', resolver);
  }

  protected _read(t: S.RangeTarget, name: string): unknown {
    if (name === 'columnWidth') {
      let w: number | null | undefined;
      for (let c = t.rect.left; c <= t.rect.right; c++) {
        const x = t.sheet.columnWidths.get(c) ?? S.DEFAULT_COLUMN_WIDTH;
        if (w === undefined) w = x;
        else if (w !== x) return null;
      }
      return w;
    }
    if (name === 'horizontalAlignment') return S.uniform(t.sheet, t.rect, (c) => c?.horizontalAlignment ?? 'General');
    return S.uniform(t.sheet, t.rect, (c) => c?.wrapText === true);
  }

  protected override _nav(name: string): FakeProxy<unknown> | undefined {
    if (name === 'fill') return this._fillP() as FakeProxy<unknown>;
    if (name === 'font') return this._fontP() as FakeProxy<unknown>;
    if (name === 'protection') return this._protP() as FakeProxy<unknown>;
    return undefined;
  }

  private _protP(): FakeFormatProtection {
    return (this._protection ??= new FakeFormatProtection(this._ctx, () => this._resolve()));
  }

  get protection(): Excel.FormatProtection {
    return this._protP() as unknown as Excel.FormatProtection;
  }

  private _fillP(): FakeRangeFill {
    return (this._fill ??= new FakeRangeFill(this._ctx, () => this._resolve()));
  }

  private _fontP(): FakeRangeFont {
    return (this._font ??= new FakeRangeFont(this._ctx, () => this._resolve()));
  }

  get columnWidth(): number {
    return this._get('columnWidth');
  }
  set columnWidth(v: number) {
    this._set('columnWidth', v, (t) => {
      const loc = this._loc('columnWidth');
      S.assertEditable(t.sheet, 'formatColumns', loc);
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 255 * 7.5) throw invalidArgument(loc);
      for (let c = t.rect.left; c <= t.rect.right; c++) {
        if (v === S.DEFAULT_COLUMN_WIDTH) t.sheet.columnWidths.delete(c);
        else t.sheet.columnWidths.set(c, v);
      }
    });
  }

  get horizontalAlignment(): Excel.RangeFormat['horizontalAlignment'] {
    return this._get('horizontalAlignment');
  }
  set horizontalAlignment(v: Excel.RangeFormat['horizontalAlignment']) {
    this._set('horizontalAlignment', v, (t) => {
      const loc = this._loc('horizontalAlignment');
      S.assertEditable(t.sheet, 'formatCells', loc);
      const val = String(v) as S.HAlignName;
      const ok = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
      if (!ok.includes(val)) throw invalidArgument(loc);
      cellsOf(t.rect, loc, (r, c) => {
        const cell = S.ensureCell(t.sheet, r, c);
        if (val === 'General') delete cell.horizontalAlignment;
        else cell.horizontalAlignment = val;
        S.pruneCell(t.sheet, r, c);
      });
    });
  }

  get wrapText(): boolean {
    return this._get('wrapText');
  }
  set wrapText(v: boolean) {
    this._set('wrapText', v, (t) => {
      const loc = this._loc('wrapText');
      S.assertEditable(t.sheet, 'formatCells', loc);
      cellsOf(t.rect, loc, (r, c) => {
        const cell = S.ensureCell(t.sheet, r, c);
        if (v) cell.wrapText = true;
        else delete cell.wrapText;
        S.pruneCell(t.sheet, r, c);
      });
    });
  }

  get fill(): Excel.RangeFill {
    return this._fillP() as unknown as Excel.RangeFill;
  }

  get font(): Excel.RangeFont {
    return this._fontP() as unknown as Excel.RangeFont;
  }

  get borders(): Excel.RangeBorderCollection {
    return (this._borders ??= new FakeRangeBorderCollection(this._ctx, () => this._resolve())) as unknown as Excel.RangeBorderCollection;
  }

  load(option?: LoadArg): Excel.RangeFormat {
    return this._load(option) as unknown as Excel.RangeFormat;
  }
}

type FillPattern = Excel.RangeFill['pattern'];
const PATTERNS: S.FillPatternName[] = [
  'None',
  'Solid',
  'Gray50',
  'Gray75',
  'Gray25',
  'Horizontal',
  'Vertical',
  'Down',
  'Up',
  'Checker',
  'SemiGray75',
  'LightHorizontal',
  'LightVertical',
  'LightDown',
  'LightUp',
  'Grid',
  'CrissCross',
  'Gray16',
  'Gray8',
];

/** Range.format.protection (ExcelApi 1.2): whether cells are locked (all are, unless unlocked). */
export class FakeFormatProtection extends FakeProxy<S.RangeTarget> implements Pick<Excel.FormatProtection, 'locked' | 'load'> {
  protected readonly _schema: Schema = { scalars: { locked: '1.2' } };

  constructor(ctx: FakeRequestContext, resolver: () => S.RangeTarget | null) {
    super(ctx, 'FormatProtection', resolver);
  }

  protected _read(t: S.RangeTarget): unknown {
    return S.uniform(t.sheet, t.rect, (c) => c?.locked !== false);
  }

  get locked(): boolean {
    return this._get('locked');
  }
  set locked(v: boolean) {
    this._set('locked', v, (t) => {
      const loc = this._loc('locked');
      if (typeof v !== 'boolean') throw invalidArgument(loc);
      S.assertEditable(t.sheet, 'formatCells', loc);
      cellsOf(t.rect, loc, (r, c) => {
        const cell = S.ensureCell(t.sheet, r, c);
        if (v) delete cell.locked;
        else cell.locked = false;
        S.pruneCell(t.sheet, r, c);
      });
    });
  }

  load(option?: LoadArg): Excel.FormatProtection {
    return this._load(option) as unknown as Excel.FormatProtection;
  }
}

export class FakeRangeFill
  extends FakeProxy<S.RangeTarget>
  implements Pick<Excel.RangeFill, 'color' | 'pattern' | 'patternColor' | 'tintAndShade' | 'patternTintAndShade' | 'clear' | 'load'>
{
  protected readonly _schema: Schema = {
    scalars: { color: null, pattern: '1.9', patternColor: '1.9', tintAndShade: '1.9', patternTintAndShade: '1.9' },
  };

  constructor(ctx: FakeRequestContext, resolver: () => S.RangeTarget | null) {
    super(ctx, 'RangeFill', resolver);
  }

  protected _read(t: S.RangeTarget, name: string): unknown {
    const shown = (c: S.CellState | undefined): boolean => !!c?.fill && c.fill.pattern !== 'None';
    switch (name) {
      case 'color':
        return S.uniform(t.sheet, t.rect, S.fillColorOf);
      case 'pattern':
        return this._ctx._rt.quirks.patternReadsNull ? null : S.uniform(t.sheet, t.rect, S.fillPatternOf);
      case 'patternColor':
        return S.uniform(t.sheet, t.rect, (c) => c?.fill?.patternColor ?? '#000000');
      default:
        // No fill: null; a fill: a number (0 = the colour itself).
        return S.uniform(t.sheet, t.rect, (c) => (shown(c) ? 0 : null));
    }
  }

  private _edit(name: string, f: (fill: S.FillState | undefined) => S.FillState | undefined): (t: S.RangeTarget) => void {
    return (t) => {
      const loc = this._loc(name);
      S.assertEditable(t.sheet, 'formatCells', loc);
      cellsOf(t.rect, loc, (r, c) => {
        const cell = S.ensureCell(t.sheet, r, c);
        const next = f(cell.fill ? { ...cell.fill } : undefined);
        if (next) cell.fill = next;
        else delete cell.fill;
        S.pruneCell(t.sheet, r, c);
      });
    };
  }

  get color(): string {
    return this._get('color');
  }
  set color(v: string) {
    const loc = this._loc('color');
    this._set(
      'color',
      v,
      (t) => {
        const color = S.normalizeColor(v, loc);
        this._edit('color', (f) => (!f || f.pattern === 'None' ? { pattern: 'Solid', color, patternColor: f?.patternColor ?? null } : { ...f, color }))(t);
      },
    );
  }

  get pattern(): FillPattern {
    return this._get('pattern');
  }
  set pattern(v: FillPattern) {
    this._set('pattern', v, (t) => {
      const p = String(v) as S.FillPatternName;
      if (!PATTERNS.includes(p)) throw invalidArgument(this._loc('pattern'));
      this._edit('pattern', (f) => (p === 'None' ? undefined : f ? { ...f, pattern: p } : { pattern: p, color: '#FFFFFF', patternColor: null }))(t);
    });
  }

  get patternColor(): string {
    return this._get('patternColor');
  }
  set patternColor(v: string) {
    const loc = this._loc('patternColor');
    this._set('patternColor', v, (t) => {
      const color = S.normalizeColor(v, loc);
      this._edit('patternColor', (f) => (f ? { ...f, patternColor: color } : { pattern: 'None', color: '#FFFFFF', patternColor: color }))(t);
    });
  }

  get tintAndShade(): number {
    return this._get('tintAndShade');
  }

  get patternTintAndShade(): number {
    return this._get('patternTintAndShade');
  }

  clear(): void {
    this._enqueue(this._edit('clear', () => undefined));
  }

  load(option?: LoadArg): Excel.RangeFill {
    return this._load(option) as unknown as Excel.RangeFill;
  }
}

export class FakeRangeFont extends FakeProxy<S.RangeTarget> implements Pick<Excel.RangeFont, 'bold' | 'size' | 'load'> {
  protected readonly _schema: Schema = { scalars: { bold: null, size: null } };

  constructor(ctx: FakeRequestContext, resolver: () => S.RangeTarget | null) {
    super(ctx, 'RangeFont', resolver);
  }

  protected _read(t: S.RangeTarget, name: string): unknown {
    if (name === 'bold') return S.uniform(t.sheet, t.rect, (c) => c?.bold === true);
    return S.uniform(t.sheet, t.rect, (c) => c?.fontSize ?? S.DEFAULT_FONT_SIZE);
  }

  private _each(name: string, f: (cell: S.CellState) => void): (t: S.RangeTarget) => void {
    return (t) => {
      const loc = this._loc(name);
      S.assertEditable(t.sheet, 'formatCells', loc);
      cellsOf(t.rect, loc, (r, c) => {
        f(S.ensureCell(t.sheet, r, c));
        S.pruneCell(t.sheet, r, c);
      });
    };
  }

  get bold(): boolean {
    return this._get('bold');
  }
  set bold(v: boolean) {
    this._set(
      'bold',
      v,
      this._each('bold', (cell) => {
        if (v) cell.bold = true;
        else delete cell.bold;
      }),
    );
  }

  get size(): number {
    return this._get('size');
  }
  set size(v: number) {
    this._set('size', v, (t) => {
      if (typeof v !== 'number' || !(v >= 1 && v <= 409)) throw invalidArgument(this._loc('size'));
      this._each('size', (cell) => {
        if (v === S.DEFAULT_FONT_SIZE) delete cell.fontSize;
        else cell.fontSize = v;
      })(t);
    });
  }

  load(option?: LoadArg): Excel.RangeFont {
    return this._load(option) as unknown as Excel.RangeFont;
  }
}

export class FakeRangeBorderCollection extends FakeProxy<S.RangeTarget> implements Pick<Excel.RangeBorderCollection, 'getItem'> {
  protected readonly _schema: Schema = { scalars: {} };

  constructor(ctx: FakeRequestContext, resolver: () => S.RangeTarget | null) {
    super(ctx, 'RangeBorderCollection', resolver);
  }

  protected _read(): unknown {
    return undefined;
  }

  getItem(index: Excel.BorderIndex | S.BorderIndexName): Excel.RangeBorder {
    return new FakeRangeBorder(this._ctx, () => this._resolve(), String(index) as S.BorderIndexName) as unknown as Excel.RangeBorder;
  }
}

type Edge = [row: number, col: number, side: S.Side];

function edgesOf(rect: RangeRect, index: S.BorderIndexName): Edge[] {
  const out: Edge[] = [];
  const { top, left, bottom, right } = rect;
  if (S.rectArea(rect) > 2_000_000) throw notModelled('borders on more than 2,000,000 cells');
  switch (index) {
    case 'EdgeTop':
      for (let c = left; c <= right; c++) out.push([top, c, 'top']);
      break;
    case 'EdgeBottom':
      for (let c = left; c <= right; c++) out.push([bottom, c, 'bottom']);
      break;
    case 'EdgeLeft':
      for (let r = top; r <= bottom; r++) out.push([r, left, 'left']);
      break;
    case 'EdgeRight':
      for (let r = top; r <= bottom; r++) out.push([r, right, 'right']);
      break;
    case 'InsideHorizontal':
      for (let r = top; r < bottom; r++)
        for (let c = left; c <= right; c++) out.push([r, c, 'bottom'], [r + 1, c, 'top']);
      break;
    case 'InsideVertical':
      for (let r = top; r <= bottom; r++)
        for (let c = left; c < right; c++) out.push([r, c, 'right'], [r, c + 1, 'left']);
      break;
    default:
      break; // diagonals are accepted and not modelled
  }
  return out;
}

export class FakeRangeBorder
  extends FakeProxy<S.RangeTarget>
  implements Pick<Excel.RangeBorder, 'sideIndex' | 'style' | 'weight' | 'color' | 'load'>
{
  protected readonly _schema: Schema = { scalars: { sideIndex: null, style: null, weight: null, color: null } };
  private readonly _index: S.BorderIndexName;

  constructor(ctx: FakeRequestContext, resolver: () => S.RangeTarget | null, index: S.BorderIndexName) {
    super(ctx, 'RangeBorder', resolver);
    this._index = index;
  }

  protected _read(t: S.RangeTarget, name: string): unknown {
    if (name === 'sideIndex') return this._index;
    const values = edgesOf(t.rect, this._index).map(([r, c, side]) => {
      const e = S.getCell(t.sheet, r, c)?.borders?.[side];
      if (name === 'style') return e?.style ?? 'None';
      if (name === 'weight') return e?.weight ?? 'Thin';
      return e?.color ?? '#000000';
    });
    return values.every((v) => v === values[0]) ? (values[0] ?? null) : null;
  }

  private _edit(name: string, f: (e: S.EdgeState | undefined) => S.EdgeState | undefined): (t: S.RangeTarget) => void {
    return (t) => {
      S.assertEditable(t.sheet, 'formatCells', this._loc(name));
      for (const [r, c, side] of edgesOf(t.rect, this._index)) {
        const cell = S.ensureCell(t.sheet, r, c);
        const next = f(cell.borders?.[side]);
        cell.borders = { ...cell.borders };
        if (next) cell.borders[side] = next;
        else delete cell.borders[side];
        S.pruneCell(t.sheet, r, c);
      }
    };
  }

  get sideIndex(): Excel.RangeBorder['sideIndex'] {
    return this._get('sideIndex');
  }

  get style(): Excel.RangeBorder['style'] {
    return this._get('style');
  }
  set style(v: Excel.RangeBorder['style']) {
    this._set('style', v, (t) => {
      const s = String(v) as S.BorderStyleName;
      const ok = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'];
      if (!ok.includes(s)) throw invalidArgument(this._loc('style'));
      this._edit('style', (e) => (s === 'None' ? undefined : { style: s, weight: e?.weight ?? 'Thin', color: e?.color ?? '#000000' }))(t);
    });
  }

  get weight(): Excel.RangeBorder['weight'] {
    return this._get('weight');
  }
  set weight(v: Excel.RangeBorder['weight']) {
    this._set('weight', v, (t) => {
      const w = String(v) as S.BorderWeightName;
      if (!['Hairline', 'Thin', 'Medium', 'Thick'].includes(w)) throw invalidArgument(this._loc('weight'));
      this._edit('weight', (e) => ({ style: e?.style ?? 'Continuous', weight: w, color: e?.color ?? '#000000' }))(t);
    });
  }

  get color(): string {
    return this._get('color');
  }
  set color(v: string) {
    this._set('color', v, (t) => {
      const color = S.normalizeColor(v, this._loc('color'));
      this._edit('color', (e) => ({ style: e?.style ?? 'Continuous', weight: e?.weight ?? 'Thin', color }))(t);
    });
  }

  load(option?: LoadArg): Excel.RangeBorder {
    return this._load(option) as unknown as Excel.RangeBorder;
  }
}

interface AreasTarget {
  sheet: S.SheetState;
  rects: RangeRect[];
}

export class FakeRangeAreas extends FakeProxy<AreasTarget> implements Pick<Excel.RangeAreas, 'address' | 'areaCount' | 'cellCount' | 'areas' | 'conditionalFormats' | 'load'> {
  protected readonly _schema: Schema = { scalars: { address: null, areaCount: null, cellCount: null } };
  private _areas: FakeRangeCollection | undefined;

  constructor(ctx: FakeRequestContext, resolver: () => AreasTarget | null) {
    super(ctx, 'RangeAreas', resolver);
  }

  protected _read(t: AreasTarget, name: string): unknown {
    if (name === 'address') return t.rects.map((r) => S.fullAddress(t.sheet, r)).join(',');
    if (name === 'areaCount') return t.rects.length;
    return t.rects.reduce((n, r) => n + S.rectArea(r), 0);
  }

  protected override _nav(name: string): FakeProxy<unknown> | undefined {
    if (name === 'conditionalFormats') return this._cfs() as FakeProxy<unknown>;
    return name === 'areas' ? (this._areasP() as FakeProxy<unknown>) : undefined;
  }

  private _cfList: FakeConditionalFormatCollection | undefined;
  private _cfs(): FakeConditionalFormatCollection {
    return (this._cfList ??= new FakeConditionalFormatCollection(this._ctx, () => this._resolve()));
  }

  /** ExcelApi 1.9: the conditional formats over these areas (add one: it applies to all of them). */
  get conditionalFormats(): Excel.ConditionalFormatCollection {
    return this._cfs() as unknown as Excel.ConditionalFormatCollection;
  }

  private _areasP(): FakeRangeCollection {
    return (this._areas ??= new FakeRangeCollection(this._ctx, () => {
      const t = this._resolve();
      return t ? t.rects.map((rect) => ({ sheet: t.sheet, rect })) : null;
    }));
  }

  get address(): string {
    return this._get('address');
  }
  get areaCount(): number {
    return this._get('areaCount');
  }
  get cellCount(): number {
    return this._get('cellCount');
  }
  get areas(): Excel.RangeCollection {
    return this._areasP() as unknown as Excel.RangeCollection;
  }

  load(option?: LoadArg): Excel.RangeAreas {
    return this._load(option) as unknown as Excel.RangeAreas;
  }
}

export class FakeRangeCollection extends FakeCollection<S.RangeTarget, FakeRange> implements Pick<Excel.RangeCollection, 'items' | 'getCount' | 'load'> {
  constructor(ctx: FakeRequestContext, resolver: () => S.RangeTarget[] | null) {
    super(ctx, 'RangeCollection', resolver);
  }

  protected _item(resolver: () => S.RangeTarget | null): FakeRange {
    return new FakeRange(this._ctx, resolver);
  }

  get items(): Excel.Range[] {
    return this._getItems() as unknown as Excel.Range[];
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return this._countResult();
  }

  load(option?: LoadArg): Excel.RangeCollection {
    return this._load(option) as unknown as Excel.RangeCollection;
  }
}

// ---------------------------------------------------------------- conditional formats

interface CfTarget {
  sheet: S.SheetState;
  cf: S.ConditionalFormatState;
}

let nextCfId = 1;

/**
 * ExcelApi 1.6: the conditional formats that intersect a range (or the areas of a RangeAreas).
 * Only custom (formula) formats with a fill are modelled; add puts the new one on top.
 */
export class FakeConditionalFormatCollection
  extends FakeCollection<CfTarget, FakeConditionalFormat>
  implements Pick<Excel.ConditionalFormatCollection, 'items' | 'getCount' | 'add' | 'load'>
{
  constructor(
    ctx: FakeRequestContext,
    private readonly _over: () => AreasTarget | null,
  ) {
    super(ctx, 'ConditionalFormatCollection', () => {
      const t = _over();
      if (!t) return null;
      return (t.sheet.conditionalFormats ?? []).filter((cf) => cf.rects.some((r) => t.rects.some((q) => S.intersects(r, q)))).map((cf) => ({ sheet: t.sheet, cf }));
    });
  }

  protected _item(resolver: () => CfTarget | null): FakeConditionalFormat {
    return new FakeConditionalFormat(this._ctx, resolver);
  }

  get items(): Excel.ConditionalFormat[] {
    return this._getItems() as unknown as Excel.ConditionalFormat[];
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return this._countResult();
  }

  add(type: Excel.ConditionalFormatType | string): Excel.ConditionalFormat {
    const loc = this._loc('add');
    if (type !== 'Custom') throw notModelled(`${loc}(${String(type)})`);
    let made: CfTarget | null = null;
    this._ctx._enqueue(() => {
      const t = this._over();
      if (!t) throw itemNotFound(loc);
      S.assertEditable(t.sheet, 'formatCells', loc);
      const cf: S.ConditionalFormatState = { id: nextCfId++, type: 'Custom', rects: t.rects.map((r) => ({ ...r })), formula: null, fill: null };
      (t.sheet.conditionalFormats ??= []).unshift(cf);
      made = { sheet: t.sheet, cf };
    });
    return new FakeConditionalFormat(this._ctx, () => made) as unknown as Excel.ConditionalFormat;
  }

  load(option?: LoadArg): Excel.ConditionalFormatCollection {
    return this._load(option) as unknown as Excel.ConditionalFormatCollection;
  }
}

export class FakeConditionalFormat extends FakeProxy<CfTarget> implements Pick<Excel.ConditionalFormat, 'type' | 'custom' | 'customOrNullObject' | 'delete' | 'load'> {
  protected readonly _schema: Schema = { scalars: { type: null } };
  private _custom: FakeCustomConditionalFormat | undefined;
  private _customOrNull: FakeCustomConditionalFormat | undefined;

  constructor(ctx: FakeRequestContext, resolver: () => CfTarget | null) {
    super(ctx, 'ConditionalFormat', resolver);
  }

  protected _read(t: CfTarget): unknown {
    return t.cf.type;
  }

  protected override _nav(name: string): FakeProxy<unknown> | undefined {
    if (name === 'custom') return this._customP() as FakeProxy<unknown>;
    if (name === 'customOrNullObject') return this._customOrNullP() as FakeProxy<unknown>;
    return undefined;
  }

  private _customP(): FakeCustomConditionalFormat {
    return (this._custom ??= new FakeCustomConditionalFormat(this._ctx, () => {
      const t = this._resolve();
      if (t && t.cf.type !== 'Custom') throw new FakeOfficeError('GeneralException', 'This conditional format is not a custom one.', this._loc('custom'));
      return t;
    }));
  }

  private _customOrNullP(): FakeCustomConditionalFormat {
    return (this._customOrNull ??= new FakeCustomConditionalFormat(this._ctx, () => {
      const t = this._resolve();
      return t && t.cf.type === 'Custom' ? t : null;
    }));
  }

  get type(): Excel.ConditionalFormatType {
    return this._get('type');
  }
  get custom(): Excel.CustomConditionalFormat {
    return this._customP() as unknown as Excel.CustomConditionalFormat;
  }
  get customOrNullObject(): Excel.CustomConditionalFormat {
    return this._customOrNullP() as unknown as Excel.CustomConditionalFormat;
  }

  delete(): void {
    this._enqueue((t) => {
      S.assertEditable(t.sheet, 'formatCells', this._loc('delete'));
      t.sheet.conditionalFormats = (t.sheet.conditionalFormats ?? []).filter((cf) => cf !== t.cf);
    });
  }

  load(option?: LoadArg): Excel.ConditionalFormat {
    return this._load(option) as unknown as Excel.ConditionalFormat;
  }
}

class FakeCustomConditionalFormat extends FakeProxy<CfTarget> implements Pick<Excel.CustomConditionalFormat, 'rule' | 'format' | 'load'> {
  protected readonly _schema: Schema = { scalars: {} };
  private _rule: FakeConditionalFormatRule | undefined;
  private _format: FakeConditionalRangeFormat | undefined;

  constructor(ctx: FakeRequestContext, resolver: () => CfTarget | null) {
    super(ctx, 'CustomConditionalFormat', resolver);
  }

  protected _read(): unknown {
    return undefined;
  }

  protected override _nav(name: string): FakeProxy<unknown> | undefined {
    if (name === 'rule') return (this._rule ??= new FakeConditionalFormatRule(this._ctx, () => this._resolve())) as FakeProxy<unknown>;
    if (name === 'format') return (this._format ??= new FakeConditionalRangeFormat(this._ctx, () => this._resolve())) as FakeProxy<unknown>;
    return undefined;
  }

  get rule(): Excel.ConditionalFormatRule {
    return this._nav('rule') as unknown as Excel.ConditionalFormatRule;
  }
  get format(): Excel.ConditionalRangeFormat {
    return this._nav('format') as unknown as Excel.ConditionalRangeFormat;
  }

  load(option?: LoadArg): Excel.CustomConditionalFormat {
    return this._load(option) as unknown as Excel.CustomConditionalFormat;
  }
}

class FakeConditionalFormatRule extends FakeProxy<CfTarget> implements Pick<Excel.ConditionalFormatRule, 'formula' | 'load'> {
  protected readonly _schema: Schema = { scalars: { formula: null } };

  constructor(ctx: FakeRequestContext, resolver: () => CfTarget | null) {
    super(ctx, 'ConditionalFormatRule', resolver);
  }

  protected _read(t: CfTarget): unknown {
    return t.cf.formula;
  }

  get formula(): string {
    return this._get('formula');
  }
  set formula(v: string) {
    this._set('formula', v, (t) => {
      if (typeof v !== 'string' || !v.startsWith('=') || S.evaluateFormula(this._doc, t.sheet, v) === 'syntax') throw invalidArgument(this._loc('formula'), 'The formula contains an error.');
      t.cf.formula = v;
    });
  }

  load(option?: LoadArg): Excel.ConditionalFormatRule {
    return this._load(option) as unknown as Excel.ConditionalFormatRule;
  }
}

class FakeConditionalRangeFormat extends FakeProxy<CfTarget> implements Pick<Excel.ConditionalRangeFormat, 'fill' | 'load'> {
  protected readonly _schema: Schema = { scalars: {} };
  private _fill: FakeConditionalRangeFill | undefined;

  constructor(ctx: FakeRequestContext, resolver: () => CfTarget | null) {
    super(ctx, 'ConditionalRangeFormat', resolver);
  }

  protected _read(): unknown {
    return undefined;
  }

  protected override _nav(name: string): FakeProxy<unknown> | undefined {
    return name === 'fill' ? ((this._fill ??= new FakeConditionalRangeFill(this._ctx, () => this._resolve())) as FakeProxy<unknown>) : undefined;
  }

  get fill(): Excel.ConditionalRangeFill {
    return this._nav('fill') as unknown as Excel.ConditionalRangeFill;
  }

  load(option?: LoadArg): Excel.ConditionalRangeFormat {
    return this._load(option) as unknown as Excel.ConditionalRangeFormat;
  }
}

class FakeConditionalRangeFill extends FakeProxy<CfTarget> implements Pick<Excel.ConditionalRangeFill, 'color' | 'clear' | 'load'> {
  protected readonly _schema: Schema = { scalars: { color: null } };

  constructor(ctx: FakeRequestContext, resolver: () => CfTarget | null) {
    super(ctx, 'ConditionalRangeFill', resolver);
  }

  protected _read(t: CfTarget): unknown {
    return t.cf.fill;
  }

  get color(): string {
    return this._get('color');
  }
  set color(v: string) {
    this._set('color', v, (t) => {
      t.cf.fill = S.normalizeColor(v, this._loc('color'));
    });
  }

  clear(): void {
    this._enqueue((t) => {
      t.cf.fill = null;
    });
  }

  load(option?: LoadArg): Excel.ConditionalRangeFill {
    return this._load(option) as unknown as Excel.ConditionalRangeFill;
  }
}

// ---------------------------------------------------------------- settings

function serializeSetting(value: unknown, location: string): string {
  const json = value instanceof Date ? JSON.stringify(value.toISOString()) : JSON.stringify(value);
  if (json === undefined) throw invalidArgument(location);
  return json;
}

export class FakeSettingCollection
  extends FakeCollection<string, FakeSetting>
  implements Pick<Excel.SettingCollection, 'items' | 'add' | 'getItem' | 'getItemOrNullObject' | 'getCount' | 'load'>
{
  constructor(ctx: FakeRequestContext) {
    super(ctx, 'SettingCollection', () => [...ctx._rt.doc.settings.keys()]);
  }

  protected _item(resolver: () => string | null): FakeSetting {
    return new FakeSetting(this._ctx, resolver);
  }

  get items(): Excel.Setting[] {
    return this._getItems() as unknown as Excel.Setting[];
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the declared type of Excel's settings value
  add(key: string, value: string | number | boolean | Date | any[] | any): Excel.Setting {
    const loc = this._loc('add');
    this._ctx._requireApi(loc, '1.4');
    if (typeof key !== 'string' || key.length === 0) throw invalidArgument(loc);
    const json = serializeSetting(value, loc);
    this._ctx._enqueue(() => {
      this._doc.settings.set(key, json);
    });
    return new FakeSetting(this._ctx, () => {
      if (!this._doc.settings.has(key)) throw itemNotFound(loc);
      return key;
    }) as unknown as Excel.Setting;
  }

  getItem(key: string): Excel.Setting {
    this._ctx._requireApi(this._loc('getItem'), '1.4');
    return new FakeSetting(this._ctx, () => {
      if (!this._doc.settings.has(key)) throw itemNotFound(this._loc('getItem'));
      return key;
    }) as unknown as Excel.Setting;
  }

  getItemOrNullObject(key: string): Excel.Setting {
    this._ctx._requireApi(this._loc('getItemOrNullObject'), '1.4');
    const p = new FakeSetting(this._ctx, () => (this._doc.settings.has(key) ? key : null));
    p._enqueueResolve();
    return p as unknown as Excel.Setting;
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return this._countResult();
  }

  load(option?: LoadArg): Excel.SettingCollection {
    return this._load(option) as unknown as Excel.SettingCollection;
  }
}

export class FakeSetting extends FakeProxy<string> implements Pick<Excel.Setting, 'key' | 'value' | 'delete' | 'load'> {
  protected readonly _schema: Schema = { scalars: { key: '1.4', value: '1.4' } };

  constructor(ctx: FakeRequestContext, resolver: () => string | null) {
    super(ctx, 'Setting', resolver);
  }

  protected _read(key: string, name: string): unknown {
    if (name === 'key') return key;
    const json = this._doc.settings.get(key);
    return json === undefined ? undefined : JSON.parse(json);
  }

  get key(): string {
    return this._get('key');
  }

  get value(): unknown {
    return this._get('value');
  }
  set value(v: unknown) {
    const json = serializeSetting(v, this._loc('value'));
    this._set('value', v, (key) => {
      this._doc.settings.set(key, json);
    });
  }

  delete(): void {
    this._ctx._requireApi(this._loc('delete'), '1.4');
    this._enqueue((key) => {
      this._doc.settings.delete(key);
    });
  }

  load(option?: LoadArg): Excel.Setting {
    return this._load(option) as unknown as Excel.Setting;
  }
}
