/**
 * The file host's .xlsx reader: the parts of the archive (zip.ts, inflated slice by slice) parsed as
 * they stream by (saxes, a SAX parser), each worksheet's cells going straight into the engine's
 * SheetData: no tree of the XML, no model of the workbook beside the one the engine reads. Pure (no
 * Node APIs), so the same code runs in Node and in a browser.
 *
 * It reads what the file host read with exceljs before it (xlsx.ts documents the model), the way
 * exceljs 4.4 read it, so that a workbook gives the same WorkbookData:
 * - the sheets of xl/workbook.xml in their order, each found through the workbook's relationships;
 *   as with exceljs, only worksheet parts named xl/worksheets/sheetN.xml are read (xlsx.ts refuses a
 *   workbook whose other worksheets would be lost);
 * - shared strings, rich text (runs joined, phonetic guides dropped, `_xHHHH_` escapes decoded as
 *   exceljs does for shared strings and runs), inline strings, booleans, errors as { error };
 * - formulas with their cached result; a shared formula's other cells translated from the one that
 *   holds its text, references moved as exceljs's slideFormula moves them; array formulas; a formula
 *   cell with a hyperlink keeps its value but not its formula (as exceljs reads it);
 * - number formats from styles.xml (the cell's xf in cellXfs: its custom numFmt, else exceljs's table
 *   of built-in ones; a cell without a style, or with style 0, is "General");
 * - a number in a date format as ISO text, from the serial number as exceljs converted it (1904
 *   dates when the workbook says so);
 * - merges (merges.ts: overlapping ones left out and remembered; cells covered by a merge read as
 *   empty), visibility, sheet protection.
 * Where exceljs would refuse or drop something in a file that is well formed (a row or cell without
 * its `r` attribute, sheets without a sheetId, a stray element in the shared strings), this reader
 * reads it; see CHOICE.md for the list.
 */
import { SaxesParser } from 'saxes';
import { columnIndex, columnName, parseA1 } from '../../engine/model/address';
import { forEachStored, type CellData, type CellValue, type SheetData } from '../../engine/model/workbook';
import { WorkbookReadError } from './errors';
import { resolveMerges } from './merges';
import type { ZipParts } from './zip';

type Attrs = Record<string, string | undefined>;

interface XmlHandler {
  open(name: string, attrs: Attrs): void;
  text(text: string): void;
  close(name: string): void;
}

/**
 * Parse one part as XML while it is inflated: bytes → text (UTF-8, a byte order mark dropped) →
 * saxes → the handler. A part that is not well-formed XML throws (saxes's own error: the file is
 * damaged).
 */
function parsePart(parts: ZipParts, part: string, h: XmlHandler): void {
  const parser = new SaxesParser({ position: false });
  parser.on('opentag', (t) => h.open(t.name, t.attributes as Attrs));
  parser.on('text', h.text);
  parser.on('closetag', (t) => h.close(t.name));
  const decoder = new TextDecoder('utf-8');
  parts.read(part, (chunk) => parser.write(decoder.decode(chunk, { stream: true })));
  parser.write(decoder.decode());
  parser.close();
}

/** A second decoding of the five XML entities, which exceljs applies to sheet names and "str" cells. */
function xmlDecode(text: string): string {
  return text.replace(/&([a-z]*);/g, (c) => {
    switch (c) {
      case '&lt;':
        return '<';
      case '&gt;':
        return '>';
      case '&amp;':
        return '&';
      case '&apos;':
        return "'";
      case '&quot;':
        return '"';
      default:
        return c;
    }
  });
}

/** The `_xHHHH_` escapes of shared strings and rich text runs (upper-case hex digits only, as exceljs). */
function decodeEscapes(text: string): string {
  return text.indexOf('_x') < 0 ? text : text.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

// ─── workbook.xml and relationships ─────────────────────────────────────────────────────────────

interface SheetDef {
  name: string;
  state: string | undefined;
  rId: string | undefined;
}

function readWorkbookXml(parts: ZipParts): { sheets: SheetDef[]; date1904: boolean } {
  let sheets: SheetDef[] = [];
  let inSheets = false;
  let date1904 = false;
  parsePart(parts, 'xl/workbook.xml', {
    open(name, a) {
      if (name === 'sheets') {
        inSheets = true;
        sheets = [];
      } else if (name === 'sheet' && inSheets) {
        if (a.name === undefined) throw new WorkbookReadError('unsupported', { 'zh-CN': '工作表没有名称', en: 'a sheet without a name' });
        sheets.push({ name: xmlDecode(a.name), state: a.state, rId: a['r:id'] });
      } else if (name === 'workbookPr') date1904 = a.date1904 === '1';
    },
    text() {},
    close(name) {
      if (name === 'sheets') inSheets = false;
    },
  });
  return { sheets, date1904 };
}

/** A relationships part: Id → Target. */
function readRels(parts: ZipParts, part: string): Map<string, string> {
  const rels = new Map<string, string>();
  parsePart(parts, part, {
    open(name, a) {
      if (name === 'Relationship' && a.Id !== undefined) rels.set(a.Id, a.Target ?? '');
    },
    text() {},
    close() {},
  });
  return rels;
}

// ─── styles.xml: the number format of each cell style ───────────────────────────────────────────

/** exceljs's built-in number formats (xlsx/defaultnumformats.js, the entries with a format of their own). */
const BUILT_IN_FORMATS: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** Whether a number format shows a date or time (exceljs's test: a date letter outside quotes and brackets). */
function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

interface CellStyles {
  /** By cell style index (cellXfs): its number format, when it has one. */
  numFmts: (string | undefined)[];
  /** By cell style index: whether that format is a date format. */
  dates: boolean[];
}

function readStyles(parts: ZipParts): CellStyles {
  let custom = new Map<number, string>();
  let xfIds: number[] = [];
  let pending = new Map<number, string>();
  let pendingXfs: number[] = [];
  let inNumFmts = false;
  let inCellXfs = false;
  let depth = 0;
  let listDepth = -1;
  parsePart(parts, 'xl/styles.xml', {
    open(name, a) {
      depth++;
      if (inNumFmts) {
        if (name === 'numFmt' && depth === listDepth + 1 && a.formatCode !== undefined) {
          pending.set(parseInt(a.numFmtId ?? '', 10), a.formatCode.replace(/[\\](.)/g, '$1'));
        }
      } else if (inCellXfs) {
        if (name === 'xf' && depth === listDepth + 1) pendingXfs.push(parseInt(a.numFmtId ?? '', 10));
      } else if (name === 'numFmts') {
        inNumFmts = true;
        listDepth = depth;
        pending = new Map();
      } else if (name === 'cellXfs') {
        inCellXfs = true;
        listDepth = depth;
        pendingXfs = [];
      }
    },
    text() {},
    close() {
      if (depth === listDepth) {
        if (inNumFmts) custom = pending;
        if (inCellXfs) xfIds = pendingXfs;
        inNumFmts = inCellXfs = false;
        listDepth = -1;
      }
      depth--;
    },
  });
  const numFmts = xfIds.map((id) => (id ? custom.get(id) || BUILT_IN_FORMATS[id] || undefined : undefined));
  return { numFmts, dates: numFmts.map(isDateFormat) };
}

// ─── sharedStrings.xml ──────────────────────────────────────────────────────────────────────────

/** The shared strings table, each entry as plain text (rich text runs joined, phonetic guides dropped). */
function readSharedStrings(parts: ZipParts): string[] {
  const strings: string[] = [];
  let inSi = false;
  /** The entry so far: its text, or its runs' texts. */
  let item: string | string[] | undefined;
  let inRun = false;
  let runText: string | undefined;
  let phonetic = 0;
  let buf: string[] | undefined;
  parsePart(parts, 'xl/sharedStrings.xml', {
    open(name) {
      if (!inSi) {
        if (name === 'si') {
          inSi = true;
          item = undefined;
        }
        return;
      }
      if (name === 'rPh') phonetic++;
      else if (phonetic) return;
      else if (name === 'r') {
        inRun = true;
        runText = undefined;
      } else if (name === 't') buf = [];
    },
    text(t) {
      if (buf && !phonetic) buf.push(t);
    },
    close(name) {
      if (!inSi) return;
      if (name === 'rPh') phonetic--;
      else if (phonetic) return;
      else if (name === 't' && buf) {
        const text = decodeEscapes(buf.join(''));
        buf = undefined;
        if (inRun) runText = text;
        else item = text;
      } else if (name === 'r' && inRun) {
        inRun = false;
        if (Array.isArray(item)) item.push(runText ?? '');
        else item = [runText ?? ''];
      } else if (name === 'si') {
        inSi = false;
        strings.push(typeof item === 'string' ? item : item ? item.join('') : '');
      }
    },
  });
  return strings;
}

// ─── worksheets ─────────────────────────────────────────────────────────────────────────────────

/** What every worksheet of the workbook reads with. */
interface Book {
  strings: string[] | undefined;
  styles: CellStyles | undefined;
  date1904: boolean;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A serial date → ISO text as the file host has always shown it, rounded to the millisecond as exceljs rounded it. */
function isoDate(serial: number, date1904: boolean): string {
  return dateText(new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000)));
}

/** A date (in UTC) as the file host shows it: "2024-01-31", or "2024-01-31 08:30:00" with a time. */
export function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  return h || m || s ? `${day} ${pad(h)}:${pad(m)}:${pad(s)}` : day;
}

const REF_CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL_REF = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

/**
 * A shared formula's text for another of its cells: relative references moved by the distance
 * between the two cells, exactly as exceljs's slideFormula does (it is what the file host read).
 */
function slideFormula(formula: string, from: { row: number; col: number }, to: { row: number; col: number }): string {
  return formula.replace(REF_CANDIDATE, (match: string, sheet: string | undefined, _sheetName: string | undefined, addr: string, paren: string | undefined) => {
    if (paren) return match;
    const m = CELL_REF.exec(addr);
    if (!m) return match;
    const colStr = m[2].toUpperCase();
    if (colStr.length > 3 || (colStr.length === 3 && colStr > 'XFD')) return match; // a name, not a column
    let col = columnIndex(colStr);
    let row = parseInt(m[4], 10);
    if (!m[1]) col += to.col - from.col;
    if (!m[3]) row += to.row - from.row;
    if (col < 0 || col > 16383) throw new WorkbookReadError('corrupt', { 'zh-CN': `共享公式移出了工作表：${formula}`, en: `a shared formula moved off the sheet: ${formula}` });
    return `${sheet ?? ''}${m[1] ?? ''}${columnName(col)}${m[3] ?? ''}${row}`;
  });
}

/** Column letters → 0-based index, for the letters of this workbook's references. */
const COLUMNS = new Map<string, number>();

/**
 * A cell's column from its `r` attribute (the row is the row element's), or -1 when it has none
 * that reads. References as Excel writes them ("AB12": capitals, then a row from 1) take a fast
 * path; anything else goes through parseA1.
 */
function columnOf(ref: string | undefined): number {
  if (!ref) return -1;
  let i = 0;
  for (let ch = ref.charCodeAt(0); ch >= 65 && ch <= 90; ch = ref.charCodeAt(++i));
  let plain = i > 0 && i <= 3 && i < ref.length && ref.charCodeAt(i) !== 48;
  for (let j = i; plain && j < ref.length; j++) {
    const ch = ref.charCodeAt(j);
    plain = ch >= 48 && ch <= 57;
  }
  if (plain) {
    const letters = ref.slice(0, i);
    let col = COLUMNS.get(letters);
    if (col === undefined) COLUMNS.set(letters, (col = columnIndex(letters)));
    return col;
  }
  try {
    return parseA1(ref).col;
  } catch {
    return -1;
  }
}

/** A hyperlink's cell (as exceljs matched it: the cell's own reference, written the usual way). */
const PLAIN_REF = /^[A-Z]{1,3}[1-9][0-9]*$/;

function readWorksheet(parts: ZipParts, part: string, name: string, state: string | undefined, book: Book): SheetData {
  const { strings, styles, date1904 } = book;
  /** Cells by absolute 0-based row and column (both sparse). */
  let rows: (CellData | undefined)[][] = [];
  /** Cells were removed (merged over, overwritten by an empty cell): the arrays are rebuilt at the end. */
  let dirty = false;
  let masters = new Map<string | undefined, { formula: string | undefined; row: number; col: number }>();
  let mergeRefs: (string | undefined)[] = [];
  let links: { ref: string | undefined; rId: string }[] = [];
  let isProtected = false;

  let inSheetData = false;
  let inMerges = false;
  let inLinks = false;
  let inRow = false;
  let rowNumber = 0; // 1-based, as in the file
  /** The row's 0-based index; -1 when it is not on the sheet (numbered below 1). */
  let rowIdx = -1;
  let prevCol = -1;

  // the cell being read
  let inCell = false;
  let ref: string | undefined;
  let type: string | undefined;
  let styleId = 0;
  let value: string | undefined;
  let runs: string[] | undefined;
  let formula: string | undefined;
  let fType: string | undefined;
  let fRef: string | undefined;
  let fSi: string | undefined;
  /** Which element's text is the cell's: 1 <f>, 2 <v> or <t>. */
  let node = 0;
  let inRun = false;
  let runBuf: string[] | undefined;
  let runText: string | undefined;
  let phonetic = 0;

  const startRows = () => {
    rows = [];
    masters = new Map();
    rowNumber = 0;
    dirty = false;
  };

  const endCell = () => {
    inCell = false;
    const isFormula = Boolean(formula) || Boolean(fType);
    const raw = runs ? runs.join('') : value;
    if (!isFormula && raw === undefined && !styleId) return; // no value, no style: as if absent
    let col = columnOf(ref);
    if (col < 0) col = prevCol + 1;
    prevCol = col;
    if (col > 16383) throw new WorkbookReadError('corrupt', { 'zh-CN': `单元格地址超出范围：${ref}`, en: `cell reference out of range: ${ref}` });
    const numFmt = styleId && styles ? styles.numFmts[styleId] : undefined;
    const isDate = Boolean(styleId && styles && styles.dates[styleId]);
    let v: CellValue = null;
    let text: string | undefined;
    if (isFormula) {
      if (raw) {
        let result: number | string | boolean | { error: string };
        if (type === 'str') result = xmlDecode(raw);
        else if (type === 'b') result = parseInt(raw, 10) !== 0;
        else if (type === 'e') result = { error: raw };
        else result = parseFloat(raw);
        v = isDate ? isoDate(Number(result), date1904) : result;
      }
      text = formula || undefined;
      if (fType === 'shared') {
        const at = ref ? tryA1(ref) : undefined;
        const here = at ?? { row: rowNumber - 1, col };
        if (fRef) masters.set(fSi, { formula, ...here });
        else if (!text) {
          const m = masters.get(fSi);
          if (m?.formula) text = slideFormula(m.formula, m, here) || undefined;
        }
      }
    } else if (raw !== undefined) {
      switch (type) {
        case 's': {
          const s = strings?.[parseInt(raw, 10)];
          if (s === undefined) throw new WorkbookReadError('unsupported', { 'zh-CN': `共享字符串 ${raw} 不存在`, en: `no shared string ${raw}` });
          v = s;
          break;
        }
        case 'str':
          v = xmlDecode(raw);
          break;
        case 'inlineStr':
          v = raw;
          break;
        case 'b':
          v = parseInt(raw, 10) !== 0;
          break;
        case 'e':
          v = { error: raw };
          break;
        default: {
          const n = parseFloat(raw);
          v = isDate ? isoDate(n, date1904) : n;
        }
      }
    }
    if (rowIdx < 0) return;
    const line = rows[rowIdx];
    if (v === null && !text) {
      // an empty cell replaces one read before at the same place
      if (line?.[col] !== undefined) {
        delete line[col];
        dirty = true;
      }
      return;
    }
    const data: CellData = { value: v };
    if (text) data.formula = `=${text}`;
    data.numFmt = numFmt || 'General';
    (line ?? (rows[rowIdx] = []))[col] = data;
  };

  parsePart(parts, part, {
    open(tag, a) {
      if (inCell) {
        if (inRun) {
          if (tag === 't') runBuf = [];
          return;
        }
        if (phonetic) {
          if (tag === 'rPh') phonetic++;
          return;
        }
        switch (tag) {
          case 'f':
            node = 1;
            fSi = a.si;
            fType = a.t;
            fRef = a.ref;
            break;
          case 'v':
          case 't':
            node = 2;
            break;
          case 'r':
            inRun = true;
            runText = undefined;
            break;
          case 'rPh':
            phonetic = 1;
            break;
        }
        return;
      }
      if (inSheetData) {
        if (tag === 'c' && inRow) {
          inCell = true;
          ref = a.r;
          type = a.t;
          styleId = a.s ? parseInt(a.s, 10) || 0 : 0;
          value = runs = formula = fType = fRef = fSi = undefined;
          node = 0;
        } else if (tag === 'row') {
          inRow = true;
          const n = a.r === undefined ? NaN : parseInt(a.r, 10);
          rowNumber = Number.isNaN(n) ? rowNumber + 1 : n;
          prevCol = -1;
          rowIdx = rowNumber >= 1 && rowNumber <= 0xffffffff ? rowNumber - 1 : -1;
          if (rowIdx >= 0 && rows[rowIdx] !== undefined) {
            delete rows[rowIdx]; // a second row element with this number replaces the first
            dirty = true;
          }
        }
        return;
      }
      if (inMerges) {
        if (tag === 'mergeCell') mergeRefs.push(a.ref);
        return;
      }
      if (inLinks) {
        if (tag === 'hyperlink' && a['r:id']) links.push({ ref: a.ref, rId: a['r:id'] });
        return;
      }
      switch (tag) {
        case 'sheetData':
          inSheetData = true;
          startRows();
          break;
        case 'mergeCells':
          inMerges = true;
          mergeRefs = [];
          break;
        case 'hyperlinks':
          inLinks = true;
          links = [];
          break;
        case 'sheetProtection':
          isProtected = a.sheet === '1';
          break;
      }
    },
    text(t) {
      if (!inCell) return;
      if (inRun) {
        if (runBuf) runBuf.push(t);
      } else if (phonetic) return;
      else if (node === 1) formula = formula ? formula + t : t;
      else if (node === 2 && !runs) value = value ? value + t : t;
    },
    close(tag) {
      if (inCell) {
        if (inRun) {
          if (tag === 't' && runBuf) {
            runText = decodeEscapes(runBuf.join(''));
            runBuf = undefined;
          } else if (tag === 'r') {
            inRun = false;
            (runs ??= []).push(runText ?? '');
            node = 0;
          }
          return;
        }
        if (phonetic) {
          if (tag === 'rPh') phonetic--;
          return;
        }
        if (tag === 'c') endCell();
        else if (tag === 'f' || tag === 'v' || tag === 't' || tag === 'is') node = 0;
        return;
      }
      if (inSheetData) {
        if (tag === 'sheetData') inSheetData = false;
        else if (tag === 'row') inRow = false;
      } else if (inMerges && tag === 'mergeCells') inMerges = false;
      else if (inLinks && tag === 'hyperlinks') inLinks = false;
    },
  });

  // merges: covered cells read as empty (merges.ts)
  const { merges, ignored } = resolveMerges(mergeRefs, name);
  for (const { area, marked } of merges) {
    if (!marked) continue;
    for (let r = area.top; r <= area.bottom; r++) {
      const line = rows[r];
      if (!line) continue;
      const right = Math.min(area.right, line.length - 1);
      for (let c = r === area.top ? area.left + 1 : area.left; c <= right; c++) {
        if (line[c] !== undefined) {
          delete line[c];
          dirty = true;
        }
      }
    }
  }

  // a formula cell with a hyperlink reads as its value alone (exceljs made it a hyperlink cell)
  if (links.length) {
    const rels = sheetRels(parts, part);
    for (const { ref: at, rId } of links) {
      if (!at || !PLAIN_REF.test(at) || !rels.get(rId)) continue;
      const { row: r, col: c } = parseA1(at);
      const cell = rows[r]?.[c];
      if (!cell?.formula) continue;
      delete cell.formula;
      if (cell.value === null) {
        delete rows[r][c];
        dirty = true;
      }
    }
  }

  // the used range starts at the first stored cell (top, left)
  let top = Infinity;
  let left = Infinity;
  forEachStored(rows, (line, r) => {
    let any = false;
    forEachStored(line, (_cell, c) => {
      any = true;
      if (c < left) left = c;
    });
    if (any && r < top) top = r;
  });
  let cells: (CellData | undefined)[][] = rows;
  if (!Number.isFinite(top)) {
    top = left = 0;
    cells = [];
  } else if (dirty || top > 0 || left > 0) {
    cells = [];
    forEachStored(rows, (line, r) => forEachStored(line, (cell, c) => ((cells[r - top] ??= [])[c - left] = cell)));
  }
  return {
    name,
    top,
    left,
    cells,
    merges: merges.map((m) => m.area),
    ...(ignored.length ? { ignoredMerges: ignored } : {}),
    visibility: state === 'hidden' ? 'hidden' : state === 'veryHidden' ? 'veryHidden' : 'visible',
    protected: isProtected,
  };
}

function tryA1(ref: string): { row: number; col: number } | undefined {
  try {
    return parseA1(ref);
  } catch {
    return undefined;
  }
}

/** Where exceljs found a worksheet part: xl/worksheets/sheetN.xml (N also names its relationships). */
const WORKSHEET_ENTRY = /xl\/worksheets\/sheet(\d+)[.]xml/;

/** A worksheet's relationships (Id → Target), from xl/worksheets/_rels/sheetN.xml.rels. */
function sheetRels(parts: ZipParts, part: string): Map<string, string> {
  const n = WORKSHEET_ENTRY.exec(part)?.[1];
  const name = `xl/worksheets/_rels/sheet${n}.xml.rels`;
  return n !== undefined && parts.names.includes(name) ? readRels(parts, name) : new Map();
}

/**
 * Read every worksheet of an archive's workbook, in the workbook's order. Throws a
 * WorkbookReadError for what this host refuses; an archive entry that is damaged throws a
 * ZipEntryError and XML that is not well formed saxes's Error (xlsx.ts words both as a damaged file).
 */
export function readSheets(parts: ZipParts): SheetData[] {
  const names = new Set(parts.names);
  if (!names.has('xl/workbook.xml')) return [];
  const { sheets: defs, date1904 } = readWorkbookXml(parts);
  const rels = names.has('xl/_rels/workbook.xml.rels') ? readRels(parts, 'xl/_rels/workbook.xml.rels') : new Map<string, string>();
  const found: { def: SheetDef; part: string }[] = [];
  for (const def of defs) {
    const target = def.rId === undefined ? undefined : rels.get(def.rId);
    if (target === undefined) continue;
    const part = `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
    // like exceljs, only parts named xl/worksheets/sheetN.xml (a chartsheet is not a worksheet)
    if (names.has(part) && WORKSHEET_ENTRY.test(part)) found.push({ def, part });
  }
  // every other part must inflate too: a damaged archive is refused, never read in part
  const read = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/sharedStrings.xml', ...found.map((f) => f.part)]);
  for (const n of parts.names) if (!read.has(n)) parts.read(n, () => undefined);
  const book: Book = {
    styles: names.has('xl/styles.xml') ? readStyles(parts) : undefined,
    strings: names.has('xl/sharedStrings.xml') ? readSharedStrings(parts) : undefined,
    date1904,
  };
  return found.map(({ def, part }) => readWorksheet(parts, part, def.name, def.state, book));
}

