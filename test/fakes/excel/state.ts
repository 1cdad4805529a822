/**
 * The document behind the fake: sheets of cells with values, formulas and formats, merges,
 * column widths, protection, settings. Proxies read and write it only while a batch runs
 * (at context.sync()); tests read it back directly.
 */
import { columnIndex, parseA1, rangeToA1, type RangeRect } from '../../../src/engine/model/address';
import { accessDenied, FakeOfficeError, invalidArgument } from './errors';

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;
/** Excel's default column width: 8.43 characters = 64 px = 48 pt. */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_FONT_SIZE = 11;

export type FillPatternName = Exclude<Excel.RangeFill['pattern'], Excel.FillPattern>;
export type HAlignName = Exclude<Excel.RangeFormat['horizontalAlignment'], Excel.HorizontalAlignment>;
export type BorderStyleName = Exclude<Excel.RangeBorder['style'], Excel.BorderLineStyle>;
export type BorderWeightName = Exclude<Excel.RangeBorder['weight'], Excel.BorderWeight>;
export type BorderIndexName = Exclude<Excel.RangeBorder['sideIndex'], Excel.BorderIndex>;
export type SheetVisibilityName = Exclude<Excel.Worksheet['visibility'], Excel.SheetVisibility>;
export type ValueTypeName = 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error';

export interface FakeError {
  error: string;
}
/** A cell's value; null = empty. Errors are kept as {error: '#REF!'}. */
export type FakeValue = number | string | boolean | FakeError | null;

/** A fill. pattern 'None' is "no fill" (the colours are then kept but not shown, as in Excel). */
export interface FillState {
  pattern: FillPatternName;
  /** The background colour, '#RRGGBB'. */
  color: string;
  /** The pattern colour; null = automatic. */
  patternColor: string | null;
}

export interface EdgeState {
  style: BorderStyleName;
  weight: BorderWeightName;
  color: string;
}

export type Side = 'top' | 'bottom' | 'left' | 'right';

export interface CellState {
  value: FakeValue;
  /** "=..." when the cell holds a formula; value is then its cached result. */
  formula?: string;
  numberFormat?: string;
  fill?: FillState;
  bold?: boolean;
  fontSize?: number;
  horizontalAlignment?: HAlignName;
  wrapText?: boolean;
  borders?: Partial<Record<Side, EdgeState>>;
  /** false when the cell is unlocked (Excel: every cell is locked unless unlocked; locking matters only on a protected sheet). */
  locked?: false;
}

export interface ProtectionState {
  protected: boolean;
  allowFormatCells: boolean;
  allowFormatColumns: boolean;
  allowFormatRows: boolean;
  password?: string;
}

export interface SheetState {
  id: string;
  name: string;
  visibility: SheetVisibilityName;
  protection: ProtectionState;
  /** Keyed by cellKey(row, col). */
  cells: Map<number, CellState>;
  merges: RangeRect[];
  /** Points, by 0-based column; absent = default width. */
  columnWidths: Map<number, number>;
  frozenRows: number;
  frozenColumns: number;
  selection: RangeRect;
  pageLayout: PageLayoutState;
  /** Conditional formats, highest priority first (Excel puts a new one on top). */
  conditionalFormats?: ConditionalFormatState[];
}

/** A custom (formula) conditional format: the areas it applies to, its rule and the fill it shows. */
export interface ConditionalFormatState {
  id: number;
  type: 'Custom';
  rects: RangeRect[];
  formula: string | null;
  fill: string | null;
}

/** Worksheet.pageLayout (ExcelApi 1.9): Excel's defaults are portrait, Letter, 100 %, not centred, no print titles. */
export interface PageLayoutState {
  orientation: 'Portrait' | 'Landscape';
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  centerHorizontally: boolean;
  printTitleRows: RangeRect | null;
}

export interface DocState {
  name: string;
  /** In tab order: position = index. */
  sheets: SheetState[];
  activeSheetId: string;
  /** Workbook settings (Excel.SettingCollection), JSON text as stored in the file. */
  settings: Map<string, string>;
  nextSheetId: number;
}

export interface RangeTarget {
  sheet: SheetState;
  rect: RangeRect;
}

// ---------------------------------------------------------------- cells

export function cellKey(row: number, col: number): number {
  return row * MAX_COLS + col;
}

export function keyRow(key: number): number {
  return Math.floor(key / MAX_COLS);
}

export function keyCol(key: number): number {
  return key % MAX_COLS;
}

export function getCell(sheet: SheetState, row: number, col: number): CellState | undefined {
  return sheet.cells.get(cellKey(row, col));
}

export function ensureCell(sheet: SheetState, row: number, col: number): CellState {
  const k = cellKey(row, col);
  let c = sheet.cells.get(k);
  if (!c) {
    c = { value: null };
    sheet.cells.set(k, c);
  }
  return c;
}

export function hasContent(c: CellState | undefined): boolean {
  return !!c && (c.value !== null || c.formula !== undefined);
}

export function hasFormat(c: CellState | undefined): boolean {
  if (!c) return false;
  return (
    (c.fill !== undefined && c.fill.pattern !== 'None') ||
    c.bold === true ||
    c.fontSize !== undefined ||
    c.numberFormat !== undefined ||
    c.horizontalAlignment !== undefined ||
    c.wrapText === true ||
    c.locked === false ||
    (c.borders !== undefined && Object.keys(c.borders).length > 0)
  );
}

/** Drop a cell that holds nothing at all, so the used range stays right. */
export function pruneCell(sheet: SheetState, row: number, col: number): void {
  const k = cellKey(row, col);
  const c = sheet.cells.get(k);
  if (!c) return;
  if (c.fill && c.fill.pattern === 'None') delete c.fill;
  if (c.borders && Object.keys(c.borders).length === 0) delete c.borders;
  if (!hasContent(c) && !hasFormat(c)) sheet.cells.delete(k);
}

export function rectArea(r: RangeRect): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

export function intersects(a: RangeRect, b: RangeRect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function contains(outer: RangeRect, row: number, col: number): boolean {
  return row >= outer.top && row <= outer.bottom && col >= outer.left && col <= outer.right;
}

/**
 * The value every cell of the rect yields through f, or null when they differ (Excel's rule
 * for format properties of a multi-cell range). Large rects only visit the cells that exist.
 */
export function uniform<V>(sheet: SheetState, rect: RangeRect, f: (c: CellState | undefined, row: number, col: number) => V): V | null {
  let seen = false;
  let value: V | null = null;
  let mixed = false;
  const visit = (v: V): void => {
    if (!seen) {
      seen = true;
      value = v;
    } else if (!sameValue(value, v)) mixed = true;
  };
  const area = rectArea(rect);
  if (area <= 200000) {
    for (let r = rect.top; r <= rect.bottom && !mixed; r++)
      for (let c = rect.left; c <= rect.right && !mixed; c++) visit(f(getCell(sheet, r, c), r, c));
  } else {
    let n = 0;
    for (const [k, cell] of sheet.cells) {
      const r = keyRow(k);
      const c = keyCol(k);
      if (!contains(rect, r, c)) continue;
      n++;
      visit(f(cell, r, c));
      if (mixed) break;
    }
    if (!mixed && n < area) visit(f(undefined, rect.top, rect.left));
  }
  return mixed ? null : value;
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

// ---------------------------------------------------------------- reading cells

/** What Range.values shows for a cell: "" for empty, the error text for an error. */
export function displayValue(c: CellState | undefined): number | string | boolean {
  if (!c || c.value === null) return '';
  if (typeof c.value === 'object') return c.value.error;
  return c.value;
}

export function formulaOf(c: CellState | undefined): number | string | boolean {
  if (c?.formula !== undefined) return c.formula;
  return displayValue(c);
}

export function valueTypeOf(c: CellState | undefined): ValueTypeName {
  if (!c || c.value === null) return 'Empty';
  const v = c.value;
  if (typeof v === 'object') return 'Error';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  return 'String';
}

export function numberFormatOf(c: CellState | undefined): string {
  return c?.numberFormat ?? 'General';
}

/** The fill colour as Excel reports it: '#FFFFFF' when there is no fill. */
export function fillColorOf(c: CellState | undefined): string {
  return !c?.fill || c.fill.pattern === 'None' ? '#FFFFFF' : c.fill.color;
}

export function fillPatternOf(c: CellState | undefined): FillPatternName {
  return c?.fill?.pattern ?? 'None';
}

// ---------------------------------------------------------------- used range

export function usedRect(sheet: SheetState, valuesOnly: boolean): RangeRect | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const add = (r: number, c: number): void => {
    if (r < top) top = r;
    if (r > bottom) bottom = r;
    if (c < left) left = c;
    if (c > right) right = c;
  };
  for (const [k, cell] of sheet.cells) {
    if (hasContent(cell) || (!valuesOnly && hasFormat(cell))) add(keyRow(k), keyCol(k));
  }
  if (!valuesOnly) {
    for (const m of sheet.merges) {
      add(m.top, m.left);
      add(m.bottom, m.right);
    }
  }
  return bottom < 0 ? null : { top, left, bottom, right };
}

/**
 * The cells of `rect` holding formulas (or, with formulas false, constants: a value without a
 * formula) as rectangles: runs within a row, stacked when consecutive rows have the same run.
 * Walks the stored cells, never the rectangle (a range may be the whole sheet).
 */
export function specialCellRects(sheet: SheetState, rect: RangeRect, formulas: boolean): RangeRect[] {
  const hits: [number, number][] = [];
  for (const [k, c] of sheet.cells) {
    if (!hasContent(c) || (c.formula !== undefined) !== formulas) continue;
    const r = keyRow(k);
    const col = keyCol(k);
    if (contains(rect, r, col)) hits.push([r, col]);
  }
  hits.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const runs: RangeRect[] = [];
  for (const [r, c] of hits) {
    const last = runs[runs.length - 1];
    if (last && last.top === r && last.right === c - 1) last.right = c;
    else runs.push({ top: r, left: c, bottom: r, right: c });
  }
  // stack a run onto the area ending just above it with the same columns
  const out: RangeRect[] = [];
  const open = new Map<string, RangeRect>();
  for (const run of runs) {
    const above = open.get(`${run.left}:${run.right}`);
    if (above && above.bottom === run.top - 1) above.bottom = run.top;
    else {
      const area = { ...run };
      out.push(area);
      open.set(`${run.left}:${run.right}`, area);
    }
  }
  return out.sort((a, b) => a.top - b.top || a.left - b.left);
}

/**
 * The fill a cell shows: the first conditional format (by priority) over it whose formula is TRUE or
 * a non-zero number and that sets a fill, else the cell's own fill colour.
 */
export function shownFillColor(doc: DocState, sheet: SheetState, row: number, col: number): string {
  for (const cf of sheet.conditionalFormats ?? []) {
    if (!cf.fill || !cf.formula || !cf.rects.some((r) => contains(r, row, col))) continue;
    const v = evaluateFormula(doc, sheet, cf.formula);
    if (v === true || (typeof v === 'number' && v !== 0)) return cf.fill;
  }
  return fillColorOf(getCell(sheet, row, col));
}

// ---------------------------------------------------------------- addresses

/** "A1", "$A$1:B2", "A:C", "3:5", optionally with this sheet's name in front. */
export function parseAddress(address: string, sheet: SheetState, location: string): RangeRect {
  let body = address.trim();
  const bang = body.lastIndexOf('!');
  if (bang >= 0) {
    let name = body.slice(0, bang);
    if (name.startsWith("'") && name.endsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
    if (name.toLowerCase() !== sheet.name.toLowerCase()) throw invalidArgument(location);
    body = body.slice(bang + 1);
  }
  const parts = body.split(':');
  if (parts.length > 2 || parts.some((p) => p === '')) throw invalidArgument(location);
  const one = (p: string): { row?: number; col?: number } => {
    const s = p.replace(/\$/g, '');
    if (/^[A-Za-z]{1,3}\d+$/.test(s)) return parseA1(s);
    if (/^[A-Za-z]{1,3}$/.test(s)) return { col: columnIndex(s) };
    if (/^\d+$/.test(s) && Number(s) >= 1) return { row: Number(s) - 1 };
    throw invalidArgument(location);
  };
  try {
    const a = one(parts[0]);
    const b = parts.length === 2 ? one(parts[1]) : a;
    const wholeCols = a.row === undefined;
    const wholeRows = a.col === undefined;
    if (wholeCols !== (b.row === undefined) || wholeRows !== (b.col === undefined)) throw invalidArgument(location);
    if (parts.length === 1 && (wholeCols || wholeRows)) throw invalidArgument(location);
    const r1 = wholeCols ? 0 : (a.row as number);
    const r2 = wholeCols ? MAX_ROWS - 1 : (b.row as number);
    const c1 = wholeRows ? 0 : (a.col as number);
    const c2 = wholeRows ? MAX_COLS - 1 : (b.col as number);
    const rect = { top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: Math.min(c1, c2), right: Math.max(c1, c2) };
    checkRect(rect, location);
    return rect;
  } catch (e) {
    if (e instanceof RangeError) throw invalidArgument(location);
    throw e;
  }
}

export function checkRect(rect: RangeRect, location: string): void {
  if (
    !Number.isInteger(rect.top) ||
    !Number.isInteger(rect.left) ||
    !Number.isInteger(rect.bottom) ||
    !Number.isInteger(rect.right) ||
    rect.top < 0 ||
    rect.left < 0 ||
    rect.bottom >= MAX_ROWS ||
    rect.right >= MAX_COLS ||
    rect.bottom < rect.top ||
    rect.right < rect.left
  )
    throw invalidArgument(location);
}

/**
 * "Sheet1!A1:B2" as Range.address gives it: the sheet name is quoted when it is not a plain name
 * (letters of any script, digits, _ and . ; not starting with a digit; not looking like a cell).
 */
export function fullAddress(sheet: SheetState, rect: RangeRect): string {
  const n = sheet.name;
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(n) && !/^[A-Za-z]{1,3}\d+$/.test(n) && !/^[RrCc]\d*([RrCc]\d*)?$/.test(n);
  return `${plain ? n : `'${n.replace(/'/g, "''")}'`}!${rangeToA1(rect)}`;
}

// ---------------------------------------------------------------- sheets

const BAD_NAME_CHARS = /[[\]:*?/\\]/;

/** Excel's rules for a worksheet name; throws InvalidArgument / ItemAlreadyExists-like errors. */
export function checkSheetName(doc: DocState, name: string, location: string, self?: SheetState): void {
  if (name.length === 0 || name.length > 31 || BAD_NAME_CHARS.test(name) || name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === 'history')
    throw invalidArgument(location, 'The sheet name is invalid.');
  const clash = doc.sheets.find((s) => s !== self && s.name.toLowerCase() === name.toLowerCase());
  if (clash) throw new FakeOfficeError('ItemAlreadyExists', 'A resource with the same name or identifier already exists.', location);
}

export function findSheet(doc: DocState, key: string): SheetState | undefined {
  return doc.sheets.find((s) => s.id === key) ?? doc.sheets.find((s) => s.name.toLowerCase() === key.toLowerCase());
}

export function newSheetState(doc: DocState, name: string): SheetState {
  const n = doc.nextSheetId++;
  return {
    id: `{00000000-0001-0000-${String(n).padStart(4, '0')}-000000000000}`,
    name,
    visibility: 'Visible',
    protection: { protected: false, allowFormatCells: false, allowFormatColumns: false, allowFormatRows: false },
    cells: new Map(),
    merges: [],
    columnWidths: new Map(),
    frozenRows: 0,
    frozenColumns: 0,
    selection: { top: 0, left: 0, bottom: 0, right: 0 },
    pageLayout: { orientation: 'Portrait', paperSize: 'Letter', zoom: { scale: 100 }, centerHorizontally: false, printTitleRows: null },
  };
}

/** Excel's default name for a new sheet: the first free "SheetN". */
export function defaultSheetName(doc: DocState): string {
  for (let i = doc.sheets.length + 1; ; i++) {
    const n = `Sheet${i}`;
    if (!findSheet(doc, n)) return n;
  }
}

export type EditKind = 'content' | 'formatCells' | 'formatColumns' | 'merge';

/** A protected sheet refuses edits at sync, as Excel does (AccessDenied). */
export function assertEditable(sheet: SheetState, kind: EditKind, location: string, rect?: RangeRect): void {
  const p = sheet.protection;
  if (!p.protected) return;
  // on a protected sheet, the contents of unlocked cells stay editable
  if (kind === 'content' && rect && uniform(sheet, rect, (c) => c?.locked === false) === true) return;
  if (kind === 'formatCells' && p.allowFormatCells) return;
  if (kind === 'formatColumns' && p.allowFormatColumns) return;
  throw accessDenied(location);
}

// ---------------------------------------------------------------- writing values and formulas

const ERROR_LITERALS = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!'];
const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Write one input value into a cell the way Excel coerces what Range.values / Range.formulas
 * receive: "=..." (and "+x"/"-x" that is not a number) is a formula, "'text" is text, numeric
 * text becomes a number unless the cell is formatted as text ("@"), TRUE/FALSE become booleans,
 * "#N/A" and the like become errors, "" clears the cell. null/undefined leave the cell alone.
 */
export function writeCellInput(doc: DocState, sheet: SheetState, row: number, col: number, input: unknown, location: string): void {
  if (input === null || input === undefined) return;
  const cell = ensureCell(sheet, row, col);
  delete cell.formula;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw invalidArgument(location);
    cell.value = input;
  } else if (typeof input === 'boolean') {
    cell.value = input;
  } else if (typeof input === 'string') {
    const textFormat = cell.numberFormat === '@';
    if (input === '') cell.value = null;
    else if (textFormat) cell.value = input;
    else if (input.startsWith("'")) cell.value = input.slice(1);
    else if (input.startsWith('=') && input.length > 1) setFormula(doc, sheet, cell, input, location);
    else if (NUMBER_TEXT.test(input.trim())) cell.value = Number(input.trim());
    else if (input.startsWith('+') || input.startsWith('-')) setFormula(doc, sheet, cell, `=${input}`, location);
    else if (/^(true|false)$/i.test(input)) cell.value = input.toLowerCase() === 'true';
    else if (ERROR_LITERALS.includes(input.toUpperCase())) cell.value = { error: input.toUpperCase() };
    else cell.value = input;
  } else {
    throw invalidArgument(location);
  }
  pruneCell(sheet, row, col);
}

function setFormula(doc: DocState, sheet: SheetState, cell: CellState, formula: string, location: string): void {
  const result = evaluateFormula(doc, sheet, formula);
  if (result === 'syntax') throw invalidArgument(location, 'The formula contains an error.');
  cell.formula = formula;
  cell.value = result;
}

// ---------------------------------------------------------------- a small formula evaluator

/**
 * Evaluates what templates and tests write: numbers, cell and range references (also on other
 * sheets), + - * / ^ &, parentheses, strings, SUM, SUMIF and ISTEXT. Any other function gives #NAME?, as an
 * unknown function does in Excel. Values are computed when the formula is written; cells that
 * depend on changed cells are not recalculated (formulas built into a fake keep their cached value).
 */
export function evaluateFormula(doc: DocState, sheet: SheetState, formula: string): FakeValue | 'syntax' {
  try {
    const p = new FormulaParser(doc, sheet, formula.slice(1));
    const v = p.parse();
    return scalarOf(v);
  } catch (e) {
    if (e === SYNTAX) return 'syntax';
    throw e;
  }
}

const SYNTAX = Symbol('syntax');
type EvalValue = FakeValue | { range: FakeValue[] };

function scalarOf(v: EvalValue): FakeValue {
  if (v !== null && typeof v === 'object' && 'range' in v) return v.range.length === 1 ? v.range[0] : { error: '#VALUE!' };
  return v;
}

function isErr(v: unknown): v is FakeError {
  return typeof v === 'object' && v !== null && 'error' in v;
}

class FormulaParser {
  private pos = 0;
  constructor(
    private readonly doc: DocState,
    private readonly sheet: SheetState,
    private readonly src: string,
  ) {}

  parse(): EvalValue {
    const v = this.concat();
    this.ws();
    if (this.pos !== this.src.length) throw SYNTAX;
    return v;
  }

  private ws(): void {
    while (this.src[this.pos] === ' ') this.pos++;
  }

  private peek(): string {
    this.ws();
    return this.src[this.pos] ?? '';
  }

  private concat(): EvalValue {
    let v = this.additive();
    while (this.peek() === '&') {
      this.pos++;
      const w = scalarOf(this.additive());
      const a = scalarOf(v);
      if (isErr(a)) v = a;
      else if (isErr(w)) v = w;
      else v = `${a ?? ''}${w ?? ''}`;
    }
    return v;
  }

  private additive(): EvalValue {
    let v = this.term();
    for (;;) {
      const op = this.peek();
      if (op !== '+' && op !== '-') return v;
      this.pos++;
      const w = this.term();
      v = arith(v, w, (a, b) => (op === '+' ? a + b : a - b));
    }
  }

  private term(): EvalValue {
    let v = this.power();
    for (;;) {
      const op = this.peek();
      if (op !== '*' && op !== '/') return v;
      this.pos++;
      const w = this.power();
      v = arith(v, w, (a, b) => (op === '*' ? a * b : b === 0 ? NaN : a / b));
    }
  }

  private power(): EvalValue {
    let v = this.unary();
    while (this.peek() === '^') {
      this.pos++;
      v = arith(v, this.unary(), (a, b) => a ** b);
    }
    return v;
  }

  private unary(): EvalValue {
    const c = this.peek();
    if (c === '-' || c === '+') {
      this.pos++;
      const v = this.unary();
      return c === '-' ? arith(0, v, (a, b) => a - b) : v;
    }
    return this.primary();
  }

  private primary(): EvalValue {
    this.ws();
    const rest = this.src.slice(this.pos);
    let m: RegExpExecArray | null;
    if (rest.startsWith('(')) {
      this.pos++;
      const v = this.concat();
      if (this.peek() !== ')') throw SYNTAX;
      this.pos++;
      return v;
    }
    if ((m = /^"((?:[^"]|"")*)"/.exec(rest))) {
      this.pos += m[0].length;
      return m[1].replace(/""/g, '"');
    }
    if ((m = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(rest))) {
      this.pos += m[0].length;
      return Number(m[0]);
    }
    if ((m = /^(TRUE|FALSE)\b(?!\()/i.exec(rest))) {
      this.pos += m[0].length;
      return m[1].toUpperCase() === 'TRUE';
    }
    if ((m = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)/i.exec(rest))) {
      this.pos += m[0].length;
      return { error: m[0].toUpperCase() };
    }
    if ((m = /^([A-Za-z_][A-Za-z0-9_.]*)\(/.exec(rest))) {
      this.pos += m[0].length;
      const args: EvalValue[] = [];
      if (this.peek() === ')') this.pos++;
      else
        for (;;) {
          args.push(this.concat());
          const sep = this.peek();
          this.pos++;
          if (sep === ')') break;
          if (sep !== ',') throw SYNTAX;
        }
      return callFunction(m[1].toUpperCase(), args);
    }
    const ref = /^(?:('(?:[^']|'')+'|[^\s!'"()+\-*/^&,=<>:]+)!)?(\$?[A-Za-z]{1,3}\$?\d+)(?::(\$?[A-Za-z]{1,3}\$?\d+))?/.exec(rest);
    if (ref) {
      this.pos += ref[0].length;
      let target: SheetState | undefined = this.sheet;
      if (ref[1] !== undefined) {
        const raw = ref[1].startsWith("'") ? ref[1].slice(1, -1).replace(/''/g, "'") : ref[1];
        target = findSheet(this.doc, raw);
        if (!target) return { error: '#REF!' };
      }
      const a = parseA1(ref[2].replace(/\$/g, ''));
      const b = ref[3] ? parseA1(ref[3].replace(/\$/g, '')) : a;
      const out: FakeValue[] = [];
      for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++)
        for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) out.push(getCell(target, r, c)?.value ?? null);
      return { range: out };
    }
    throw SYNTAX;
  }
}

function toNumber(v: FakeValue): number | FakeError {
  if (v === null) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') return NUMBER_TEXT.test(v.trim()) ? Number(v.trim()) : { error: '#VALUE!' };
  return v;
}

function arith(x: EvalValue, y: EvalValue, f: (a: number, b: number) => number): FakeValue {
  const a = toNumber(scalarOf(x));
  if (isErr(a)) return a;
  const b = toNumber(scalarOf(y));
  if (isErr(b)) return b;
  const r = f(a, b);
  return Number.isNaN(r) ? { error: '#DIV/0!' } : Number.isFinite(r) ? r : { error: '#NUM!' };
}

/** SUMIF criteria as Excel reads them: "" = empty cells; "=x", "<>x", ">n", ">=n", "<n", "<=n"; otherwise equal to the value (text case-insensitively). */
function criterion(c: FakeValue): (v: FakeValue) => boolean {
  if (c === null || c === '') return (v) => v === null || v === '';
  const m = typeof c === 'string' ? /^(<>|>=|<=|=|>|<)(.*)$/.exec(c) : null;
  const op = m ? m[1] : '=';
  const raw: FakeValue = m ? m[2] : c;
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && NUMBER_TEXT.test(raw.trim()) ? Number(raw.trim()) : null;
  // a number criterion matches the number and numeric text alike (Excel coerces both sides)
  const asNumber = (v: FakeValue) => (typeof v === 'number' ? v : typeof v === 'string' && NUMBER_TEXT.test(v.trim()) ? Number(v.trim()) : null);
  const eq = (v: FakeValue) => (n !== null ? asNumber(v) === n : typeof v === 'string' && typeof raw === 'string' && v.toLowerCase() === raw.toLowerCase());
  switch (op) {
    case '=':
      return raw === '' ? (v) => v === null || v === '' : eq;
    case '<>':
      return (v) => !eq(v);
    default:
      if (n === null) return () => false;
      return (v) => typeof v === 'number' && (op === '>' ? v > n : op === '>=' ? v >= n : op === '<' ? v < n : v <= n);
  }
}

function callFunction(name: string, args: EvalValue[]): FakeValue {
  if (name === 'ISTEXT') return args.length === 1 && typeof scalarOf(args[0]) === 'string';
  if (name === 'SUMIF') {
    const [range, crit, sumRange] = args;
    if (args.length < 2 || args.length > 3 || !(range !== null && typeof range === 'object' && 'range' in range)) return { error: '#VALUE!' };
    const values = sumRange !== undefined && sumRange !== null && typeof sumRange === 'object' && 'range' in sumRange ? sumRange.range : range.range;
    if (values.length !== range.range.length) return { error: '#VALUE!' };
    const test = criterion(scalarOf(crit));
    let total = 0;
    range.range.forEach((v, i) => {
      const x = values[i];
      if (test(v) && typeof x === 'number') total += x;
    });
    return total;
  }
  if (name !== 'SUM') return { error: '#NAME?' };
  let total = 0;
  for (const a of args) {
    if (a !== null && typeof a === 'object' && 'range' in a) {
      for (const v of a.range) {
        if (isErr(v)) return v;
        if (typeof v === 'number') total += v;
      }
    } else {
      const n = toNumber(a);
      if (isErr(n)) return n;
      total += n;
    }
  }
  return total;
}

// ---------------------------------------------------------------- colours

const NAMED_COLORS: Record<string, string> = {
  white: '#FFFFFF',
  black: '#000000',
  red: '#FF0000',
  green: '#008000',
  blue: '#0000FF',
  yellow: '#FFFF00',
  orange: '#FFA500',
  gray: '#808080',
  grey: '#808080',
  lightgray: '#D3D3D3',
  lightgrey: '#D3D3D3',
  pink: '#FFC0CB',
  purple: '#800080',
  lightblue: '#ADD8E6',
  lightyellow: '#FFFFE0',
  lightgreen: '#90EE90',
};

/** '#rrggbb' or an HTML colour name → '#RRGGBB'; anything else is rejected like Excel does. */
export function normalizeColor(color: unknown, location: string): string {
  if (typeof color !== 'string') throw invalidArgument(location);
  const s = color.trim();
  if (/^#[0-9a-fA-F]{6}$/.test(s)) return s.toUpperCase();
  const named = NAMED_COLORS[s.toLowerCase()];
  if (named) return named;
  throw invalidArgument(location);
}
