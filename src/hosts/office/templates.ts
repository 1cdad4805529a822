/**
 * Writing a SheetTemplate into a new worksheet: queued commands only (the caller syncs), a few
 * per row at most — one write for all values and formulas, one format command per run of cells
 * that share a style, six for the table borders, one per merge and per run of equal column widths.
 */
import type { TemplateCell, TemplateStyle, SheetLayout } from '../../engine/templates/types';

/**
 * Text that Excel would turn into something else when written (a number, date, time, percent,
 * boolean, error or formula: "2010350", "05", "-", "TRUE", "=x", "1月1日") gets a leading
 * apostrophe, which Excel keeps as "this is text" and does not show.
 */
export function textInput(s: string): string {
  if (s === '') return '';
  const t = s.trim();
  if (/^[=+\-'@#]/.test(t)) return `'${s}`;
  if (/^(true|false)$/i.test(t)) return `'${s}`;
  if (/\d/.test(t) && /^[\d\s.,:/%$¥￥()年月日时分秒eE+-]+$/.test(t)) return `'${s}`;
  return s;
}

function inputOf(cell: TemplateCell | null | undefined): string | number {
  if (!cell) return '';
  if (cell.formula !== undefined) return cell.formula.startsWith('=') ? cell.formula : `=${cell.formula}`;
  if (typeof cell.value === 'number') return cell.value;
  if (typeof cell.value === 'string') return textInput(cell.value);
  return '';
}

/** Column width in characters → points (Excel: 7 px per character + 5 px padding, 0.75 pt per px). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

const TABLE_STYLES: ReadonlySet<TemplateStyle> = new Set<TemplateStyle>(['header', 'label', 'amount', 'total-label', 'total']);

function formatRun(range: Excel.Range, style: TemplateStyle, width: number, amountFormat: string): void {
  const f = range.format;
  switch (style) {
    case 'title':
      f.font.bold = true;
      f.font.size = 16;
      f.horizontalAlignment = 'Center';
      break;
    case 'header':
      f.font.bold = true;
      f.horizontalAlignment = 'Center';
      f.wrapText = true;
      break;
    case 'total-label':
      f.font.bold = true;
      f.horizontalAlignment = 'Center';
      break;
    case 'total':
      f.font.bold = true;
      range.numberFormat = [Array<string>(width).fill(amountFormat)];
      break;
    case 'amount':
      range.numberFormat = [Array<string>(width).fill(amountFormat)];
      break;
    case 'note':
      f.wrapText = false;
      break;
    default:
      break;
  }
}

export interface WriteCaps {
  /** ExcelApi 1.9: Worksheet.pageLayout (print setup). */
  pageLayout: boolean;
}

/** Queue everything that fills the (new, empty) worksheet with the template (or the checker's report sheet). */
export function writeTemplate(ws: Excel.Worksheet, t: Omit<SheetLayout, 'sheetName'>, caps: WriteCaps = { pageLayout: false }): void {
  const height = t.rows.length;
  const width = t.rows.reduce((w, r) => Math.max(w, r.length), 0);
  if (height > 0 && width > 0) {
    ws.getRangeByIndexes(0, 0, height, width).formulas = t.rows.map((row) => Array.from({ length: width }, (_, c) => inputOf(row[c])));
  }

  let table: { top: number; left: number; bottom: number; right: number } | null = null;
  for (let r = 0; r < t.rows.length; r++) {
    const row = t.rows[r];
    let c = 0;
    while (c < row.length) {
      const style = row[c]?.style;
      let end = c + 1;
      while (end < row.length && row[end]?.style === style) end++;
      if (style) {
        formatRun(ws.getRangeByIndexes(r, c, 1, end - c), style, end - c, t.amountFormat);
        if (TABLE_STYLES.has(style)) {
          table = table
            ? { top: Math.min(table.top, r), left: Math.min(table.left, c), bottom: Math.max(table.bottom, r), right: Math.max(table.right, end - 1) }
            : { top: r, left: c, bottom: r, right: end - 1 };
        }
      }
      c = end;
    }
  }

  if (table) {
    const range = ws.getRangeByIndexes(table.top, table.left, table.bottom - table.top + 1, table.right - table.left + 1);
    const edges: ('EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical')[] = [
      'EdgeTop',
      'EdgeBottom',
      'EdgeLeft',
      'EdgeRight',
    ];
    if (table.bottom > table.top) edges.push('InsideHorizontal');
    if (table.right > table.left) edges.push('InsideVertical');
    for (const e of edges) {
      const b = range.format.borders.getItem(e);
      b.style = 'Continuous';
      b.weight = 'Thin';
    }
  }

  for (const m of t.merges) {
    ws.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);
  }

  let c = 0;
  while (c < t.columnWidths.length) {
    const w = t.columnWidths[c];
    let end = c + 1;
    while (end < t.columnWidths.length && t.columnWidths[end] === w) end++;
    if (typeof w === 'number' && w > 0) ws.getRangeByIndexes(0, c, 1, end - c).format.columnWidth = charsToPoints(w);
    c = end;
  }

  if (t.freezeRows > 0) ws.freezePanes.freezeRows(t.freezeRows);

  if (caps.pageLayout && t.print) {
    const p = ws.pageLayout;
    p.orientation = 'Landscape';
    p.paperSize = t.print.paper;
    p.zoom = { horizontalFitToPages: t.print.fitToWidth, verticalFitToPages: 0 };
    p.centerHorizontally = t.print.centerHorizontally;
    p.setPrintTitleRows(`$${t.print.titleRows.top + 1}:$${t.print.titleRows.bottom + 1}`);
  }

  if (t.protectFormulas && t.body) {
    // every cell is locked by default: unlock the body's input cells (runs without a formula), then protect
    for (let r = t.body.top; r <= t.body.bottom; r++) {
      const row = t.rows[r] ?? [];
      let c = 0;
      while (c < width) {
        if (row[c]?.formula !== undefined) {
          c++;
          continue;
        }
        let end = c + 1;
        while (end < width && row[end]?.formula === undefined) end++;
        ws.getRangeByIndexes(r, c, 1, end - c).format.protection.locked = false;
        c = end;
      }
    }
    ws.protection.protect({ allowFormatCells: false, allowFormatColumns: true, allowFormatRows: true });
  }
}

/**
 * The sheet order after an insert: each new sheet (with its number in the template set) goes right after
 * the table (already there or new) with the nearest number below its own, else right before the one
 * with the nearest number above, else at the end. `existing` is the workbook's sheet order; `tables` its tables' sheets.
 */
export function placeSheets(existing: string[], tables: { sheet: string; number: number }[], added: { sheet: string; number: number }[]): string[] {
  const order = [...existing];
  const numbered = [...tables];
  for (const a of [...added].sort((x, y) => x.number - y.number)) {
    const lower = numbered.filter((t) => t.number < a.number && order.includes(t.sheet)).sort((x, y) => y.number - x.number);
    const higher = numbered.filter((t) => t.number > a.number && order.includes(t.sheet)).sort((x, y) => x.number - y.number);
    const at = lower.length ? order.indexOf(lower[0].sheet) + 1 : higher.length ? order.indexOf(higher[0].sheet) : order.length;
    order.splice(at, 0, a.sheet);
    numbered.push(a);
  }
  return order;
}
