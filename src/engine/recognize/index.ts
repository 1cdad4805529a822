/**
 * Table recognition: every table on every sheet, at any offset, by its title and header content.
 */
import { forEachStored, isBlankValue, type WorkbookData } from '../model/workbook';
import { formatDecimals, parseAmount } from '../numbers';
import { ECONOMIC_KINDS, TABLE_KIND_DEFS, type TableKind } from '../tables/kinds';
import type { AmountUnit } from '../tables/profiles';
import { amountGrid, cellKey, hasNonZero, setAmount, setNumber, type AmountGrid, type TableRow, type FormLine, type RecognizedTable, type Side, type TableColumn, type TablePart, type TableText } from '../tables/model';
import { NOTE_ROW, SIDE_EXPENSE, SIDE_INCOME } from '../tables/vocabulary';
import { normalizeLabel } from '../text';
import { parseBody } from './body';
import { Grid } from './grid';
import { findHeaderBottom, parseHeader, readMeta, unitIn, unitOf, type MetaInfo } from './header';
import { isSkippedSheetName, matchSheetName, matchTitle, type TitleMatch } from './title';

interface Candidate extends TitleMatch {
  row: number;
  col: number;
  title: string;
}

/** A grid table's header has at least two cells; a form's first line may be a single label. */
function minHeaderCells(kind: TableKind): number {
  return TABLE_KIND_DEFS[kind].layout === 'form' ? 1 : 2;
}

function findCandidates(g: Grid): Candidate[] {
  const out: Candidate[] = [];
  // the stored rows only (a stray far cell adds one row to look at, not the rows between)
  forEachStored(g.sheet.cells, (_, i) => {
    const r = g.top + i;
    const cols = g.filledCols(r);
    if (cols.length === 0 || cols.length > 4) return;
    for (const c of cols) {
      const v = g.cell(r, c).value;
      if (typeof v !== 'string') continue;
      const m = matchTitle(v);
      if (m) {
        out.push({ ...m, row: r, col: c, title: v.trim().replace(/\s+/g, ' ') });
        break;
      }
    }
  });
  return out;
}

function tableSpan(g: Grid, headerTop: number, headerBottom: number, limit: number): { left: number; right: number } {
  let left = Infinity;
  let right = -Infinity;
  for (let r = headerTop; r <= headerBottom; r++) {
    for (const c of g.filledCols(r)) {
      left = Math.min(left, c);
      const m = g.mergeAnchoredAt(r, c);
      right = Math.max(right, m ? m.right : c);
    }
  }
  // body cells a little to the right of the header (a column without header text)
  for (let r = headerBottom + 1; r < limit && r <= headerBottom + 30; r++) {
    const cols = g.filledCols(r);
    if (cols.length >= 2) {
      for (const c of cols) if (c > right && c <= right + 1) right = c;
    }
  }
  return { left, right };
}

/** Is row r, whose filled columns are `cols`, a note (or narrative) that ends the table body? */
function noteText(g: Grid, r: number, left: number, cols: number[]): string | null {
  if (cols.length === 0 || cols.length > 2) return null;
  const t = g.text(r, cols[0]);
  const n = normalizeLabel(t);
  if (NOTE_ROW.test(n)) return t;
  // a long text alone in the first columns is narrative; indicator texts further right are not
  if (cols.length === 1 && cols[0] <= left + 1 && n.length > 30 && typeof g.cell(r, cols[0]).value === 'string') return t;
  return null;
}

function splitSides(kind: TableKind, columns: TableColumn[], topSpans: { left: number; right: number; text: string }[], left: number, right: number): { side: Side; left: number; right: number }[] {
  if (!TABLE_KIND_DEFS[kind].twoSided) return [{ side: 'main', left, right }];
  const inc = topSpans.find((s) => SIDE_INCOME.test(s.text));
  const exp = topSpans.find((s) => SIDE_EXPENSE.test(s.text) && s !== inc);
  if (inc && exp && inc.right < exp.left) {
    return [
      { side: 'income', left, right: exp.left - 1 },
      { side: 'expense', left: exp.left, right },
    ];
  }
  const names = columns.filter((c) => c.role === 'name');
  if (names.length >= 2) {
    return [
      { side: 'income', left, right: names[1].col - 1 },
      { side: 'expense', left: names[1].col, right },
    ];
  }
  return [{ side: 'main', left, right }];
}

/** Where a table's amount cells are read into. */
interface AmountReading {
  g: Grid;
  amounts: AmountGrid;
  /** A number stored as text: the text as written, by cellKey. */
  texts: Map<number, string>;
  /** Cells that hold something other than a plain number or a blank. */
  unusual: { row: number; col: number }[];
}

function readAmount(read: AmountReading, row: number, col: number): void {
  const cell = read.g.cell(row, col);
  const v = cell.value;
  // most amount cells hold a plain number: stored as it is, no Amount made
  if (typeof v === 'number' && Number.isFinite(v)) {
    setNumber(read.amounts, row, col, v, formatDecimals(cell.numFmt));
    return;
  }
  const a = parseAmount(cell);
  setAmount(read.amounts, row, col, a);
  if (a.kind === 'number' && a.fromText) read.texts.set(cellKey(row, col), String(cell.value ?? ''));
  if ((a.kind !== 'number' && a.kind !== 'blank') || (a.kind === 'number' && a.fromText)) read.unusual.push({ row, col });
}

/** The amount cells of a part's rows (not its blank rows or repeated headers). */
function readRowAmounts(read: AmountReading, rows: readonly TableRow[], amountCols: readonly number[]): void {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row.role === 'blank' || row.role === 'header-repeat') continue;
    for (let k = 0; k < amountCols.length; k++) readAmount(read, row.row, amountCols[k]);
  }
}

/** The rows from `from` to `to` that hold cells. */
function storedRows(g: Grid, from: number, to: number): number[] {
  const rows: number[] = [];
  for (let r = g.nextStoredRow(from); r <= to; r = g.nextStoredRow(r + 1)) rows.push(r);
  return rows;
}

/** The text cells of rows `from` … `to`, columns `left` … `right` (for the presentation rules). */
function textCells(g: Grid, from: number, to: number, left: number, right: number): TableText[] {
  const texts: TableText[] = [];
  const sheet = g.sheet;
  for (let r = g.nextStoredRow(from); r <= to; r = g.nextStoredRow(r + 1)) {
    const line = sheet.cells[r - sheet.top];
    if (!line) continue;
    const last = Math.min(right - sheet.left, line.length - 1);
    for (let i = Math.max(0, left - sheet.left); i <= last; i++) {
      const v = line[i]?.value;
      if (typeof v === 'string' && !isBlankValue(v)) texts.push({ row: r, col: sheet.left + i, text: v });
    }
  }
  return texts;
}

/**
 * The last body row: rows up to a note, a unit line under the body, the next table or the end of the
 * sheet (the notes and the unit found on the way are recorded). A function of its own, like each
 * loop over a table's rows: optimised while it runs, without the table builder around it.
 */
function findBodyEnd(g: Grid, headerBottom: number, limit: number, left: number, right: number, meta: MetaInfo, notes: RecognizedTable['notes']): number {
  let bodyEnd = headerBottom;
  let r = g.nextStoredRow(headerBottom + 1);
  for (; r < limit; r = g.nextStoredRow(r + 1)) {
    const cols = g.filledCols(r, left, right);
    const note = noteText(g, r, left, cols);
    if (note !== null) {
      notes.push({ row: r, col: cols[0], text: note });
      // notes may run over a few rows; everything after the first note belongs to the notes
      for (let k = r + 1; k < limit && k <= r + 5; k++) {
        const next = g.filledCols(k, left, right);
        if (next.length === 1 && typeof g.cell(k, next[0]).value === 'string') {
          const t = g.text(k, next[0]);
          const n = normalizeLabel(t);
          if (!meta.unit && unitOf(n) && n.length <= 14) {
            meta.unit = unitOf(n);
            meta.unitCell = { row: k, col: next[0] };
          } else notes.push({ row: k, col: next[0], text: t });
        } else if (next.length > 0) break;
      }
      break;
    }
    // a unit line right under the body (some exports put it there)
    if (cols.length === 1) {
      const n = g.norm(r, cols[0]);
      const u = n.length <= 14 ? unitOf(n) : null;
      if (u && /单位/.test(n)) {
        if (!meta.unit) {
          meta.unit = u;
          meta.unitCell = { row: r, col: cols[0] };
        }
        break;
      }
    }
    if (cols.length > 0) bodyEnd = r;
  }
  return bodyEnd;
}

function buildTable(g: Grid, sheetIndex: number, cand: Candidate, limit: number, virtualTitle: boolean): RecognizedTable | null {
  const meta: MetaInfo = { unit: null, unitCell: null, entityName: null, entityCell: null, year: null };
  const headerTop = readMeta(g, cand.row, virtualTitle ? -1 : cand.col, limit, meta);
  if (headerTop === null) return null;
  if (g.filledCols(headerTop).length < minHeaderCells(cand.kind)) return null;
  const probe = tableSpan(g, headerTop, headerTop, limit);
  const headerBottom = findHeaderBottom(g, headerTop, limit, probe.left, probe.right);
  const { left, right } = tableSpan(g, headerTop, headerBottom, limit);
  if (!Number.isFinite(left)) return null;

  // body rows up to a note, the next table or the end of the sheet
  const notes: RecognizedTable['notes'] = [];
  const bodyEnd = findBodyEnd(g, headerBottom, limit, left, right, meta, notes);
  const bodyTop = headerBottom + 1;
  const bodyBottom = bodyEnd;

  const header = parseHeader(g, headerTop, headerBottom, left, right, bodyTop, Math.max(bodyTop, bodyBottom));
  // a bare 科目编码 in a table of the economic classification (江苏's 机关运行经费表: 科目编码 | 科目名称)
  // holds economic codes, not functional ones
  if (ECONOMIC_KINDS.has(cand.kind) && !header.columns.some((c) => c.role.startsWith('econ-'))) {
    for (const c of header.columns) if (c.role === 'fn-code' && !c.path.some((x) => x.includes('功能'))) c.role = 'econ-code';
  }
  const headerTexts = new Set<string>();
  for (let hr = headerTop; hr <= headerBottom; hr++) {
    for (const c of g.filledCols(hr, left, right)) {
      const n = g.norm(hr, c);
      headerTexts.add(n);
      // the unit in a header cell: 金额单位：元, 预算数（万元）, 金额(万元)
      // (a form's lines state their own units: 预算总额（万元）)
      const u = meta.unit || TABLE_KIND_DEFS[cand.kind].layout === 'form' ? null : (unitIn(n)?.unit ?? (/\((万元|元)\)$/.exec(n)?.[1] as AmountUnit | undefined) ?? null);
      if (u) {
        meta.unit = u;
        meta.unitCell = { row: hr, col: c };
      }
    }
  }

  const bodyRows = storedRows(g, bodyTop, bodyBottom);

  const amounts = amountGrid(headerTop, left, right, bodyRows.length + 1);
  const read: AmountReading = { g, amounts, texts: new Map<number, string>(), unusual: [] };
  const isForm = TABLE_KIND_DEFS[cand.kind].layout === 'form';
  const parts: TablePart[] = isForm ? [] : splitSides(cand.kind, header.columns, header.topSpans, left, right).map((s) => {
    const columns = header.columns.filter((c) => c.col >= s.left && c.col <= s.right);
    const inSide = (c: number) => c >= s.left && c <= s.right;
    const columnIdentities = header.identities.filter((id) => inSide(id.target) && id.parts.every(inSide));
    const body = parseBody(g, cand.kind, columns, bodyRows, headerTexts);
    const amountCols = columns.filter((c) => c.role === 'amount').map((c) => c.col);
    readRowAmounts(read, body.rows, amountCols);
    return { side: s.side, left: s.left, right: s.right, columns, rows: body.rows, columnIdentities, rowIdentities: body.identities };
  });

  const form: FormLine[] = [];
  if (isForm) {
    // The amounts of a form stand in one column (the one most lines put a number in).
    const lines: { row: number; texts: string[]; firstText: number; numberCol: number | null }[] = [];
    const votes = new Map<number, number>();
    for (let fr = headerTop; fr <= bodyBottom; fr++) {
      const cols = g.filledCols(fr, left, right);
      if (cols.length === 0) continue;
      const texts: string[] = [];
      let firstText = -1;
      let numberCol: number | null = null;
      for (const c of cols) {
        const a = parseAmount(g.cell(fr, c));
        if ((a.kind === 'number' || a.kind === 'error') && texts.length > 0) {
          if (numberCol === null) numberCol = c;
        } else if (numberCol === null) {
          texts.push(g.text(fr, c));
          if (firstText < 0) firstText = c;
        }
      }
      if (numberCol !== null) votes.set(numberCol, (votes.get(numberCol) ?? 0) + 1);
      lines.push({ row: fr, texts, firstText, numberCol });
    }
    let valueColumn: number | null = null;
    for (const [c, n] of votes) if (valueColumn === null || n > (votes.get(valueColumn) ?? 0)) valueColumn = c;
    for (const l of lines) {
      let valueCol = l.numberCol;
      let texts = l.texts;
      if (valueCol === null && valueColumn !== null && l.firstText >= 0 && l.firstText < valueColumn) {
        valueCol = valueColumn;
        // the value cell's own text is not part of the label
        if (!g.isEmpty(l.row, valueColumn)) texts = texts.filter((_t, i) => i < texts.length - 1 || g.text(l.row, valueColumn!) !== _t);
      }
      if (valueCol !== null) readAmount(read, l.row, valueCol);
      form.push({ row: l.row, key: normalizeLabel(texts.join('')), label: texts.join(' '), valueCol });
    }
  }
  const lastRow = Math.max(bodyBottom, headerBottom, ...notes.map((n) => n.row), meta.unitCell?.row ?? 0);
  // the text cells from the title down, a few columns past the table (for the presentation rules)
  const texts = textCells(g, cand.row, lastRow, Math.min(left, cand.col), Math.max(right, ...notes.map((n) => n.col)) + 3);
  return {
    kind: cand.kind,
    sheet: g.sheet.name,
    sheetIndex,
    title: cand.title,
    titleRow: cand.row,
    titleCol: cand.col,
    year: cand.year ?? meta.year,
    level: cand.level,
    unit: meta.unit,
    unitCell: meta.unitCell,
    entityName: meta.entityName,
    entityCell: meta.entityCell,
    top: virtualTitle ? headerTop : cand.row,
    bottom: lastRow,
    left: Math.min(left, virtualTitle ? left : cand.col),
    right,
    headerTop,
    headerBottom,
    bodyTop,
    bodyBottom,
    parts,
    notes,
    form,
    amounts,
    amountTexts: read.texts,
    unusualAmounts: read.unusual,
    hasFigures: hasNonZero(amounts),
    texts,
    entityLabel: meta.entityCell ? g.text(meta.entityCell.row, meta.entityCell.col) : null,
  };
}

export function recognizeSheet(sheet: WorkbookData['sheets'][number], sheetIndex: number): RecognizedTable[] {
  if (isSkippedSheetName(sheet.name)) return [];
  const g = new Grid(sheet);
  if (g.bottom <= g.top) return [];
  const cands = findCandidates(g);
  // first pass: which candidates have a header before the next candidate
  const accepted: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const limit = i + 1 < cands.length ? cands[i + 1].row : g.bottom;
    const meta: MetaInfo = { unit: null, unitCell: null, entityName: null, entityCell: null, year: null };
    const h = readMeta(g, cands[i].row, cands[i].col, limit, meta);
    if (h !== null && g.filledCols(h).length >= minHeaderCells(cands[i].kind)) accepted.push(cands[i]);
  }
  const tables: RecognizedTable[] = [];
  for (let i = 0; i < accepted.length; i++) {
    const limit = i + 1 < accepted.length ? accepted[i + 1].row : g.bottom;
    const t = buildTable(g, sheetIndex, accepted[i], limit, false);
    if (t) tables.push(t);
  }
  if (tables.length === 0 && cands.length === 0) {
    const kind = matchSheetName(sheet.name);
    if (kind) {
      const t = buildTable(g, sheetIndex, { kind, year: null, level: null, row: g.top - 1, col: g.left, title: sheet.name }, g.bottom, true);
      if (t) tables.push(t);
    }
  }
  return tables;
}

export function recognizeWorkbook(wb: WorkbookData): RecognizedTable[] {
  return wb.sheets.flatMap((s, i) => recognizeSheet(s, i));
}
