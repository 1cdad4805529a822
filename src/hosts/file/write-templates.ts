/**
 * The file host's template writer: SheetTemplates → an .xlsx (bytes), with exceljs, no file system,
 * so it runs in Node (`budget-check template`) and in a browser alike. It renders what the Office
 * host renders (src/hosts/office/templates.ts): values, formulas, merges, number formats, column
 * widths, wrapped bold headers, borders around the table, frozen header rows, and the print setup
 * (A4 landscape, one page wide, centred, header rows repeated on every page); optionally the formula
 * cells locked and the sheet protected.
 *
 * A formula is stored with its cached result: the cell's `value` when the template carries one, else
 * 0 (every formula of a blank template sums empty cells). The workbook asks Excel to recalculate when
 * it is opened (fullCalcOnLoad).
 */
import type ExcelJS from 'exceljs';
import { exceljs } from './exceljs-lazy';
import { findProfile, type AmountUnit } from '../../engine/tables/profiles';
import { buildTemplates, profileLevel } from '../../engine/templates';
import { contentsOf, type ContentsSheet } from '../../engine/templates/contents';
import type { Level } from '../../engine/templates/sets';
import type { SheetTemplate, TemplateCell, TemplateStyle } from '../../engine/templates/types';
import { stampZipDates } from './zip';

export interface WriteTemplatesOptions {
  /** The document's created / modified date (a fixed one makes the bytes reproducible). Default now. */
  date?: Date;
  /** A 目录 sheet before the tables. */
  contents?: ContentsSheet;
}

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

const TABLE_STYLES: ReadonlySet<TemplateStyle> = new Set<TemplateStyle>(['header', 'label', 'amount', 'total-label', 'total']);

/** A4 in the OOXML paperSize enumeration. */
const PAPER: Record<SheetTemplate['print']['paper'], number> = { A4: 9 };

function styleCell(cell: ExcelJS.Cell, style: TemplateStyle | undefined, amountFormat: string): void {
  switch (style) {
    case 'title':
      cell.font = { bold: true, size: 16 };
      cell.alignment = { horizontal: 'center' };
      break;
    case 'header':
      cell.font = { bold: true };
      cell.alignment = { horizontal: 'center', wrapText: true };
      break;
    case 'total-label':
      cell.font = { bold: true };
      cell.alignment = { horizontal: 'center' };
      break;
    case 'total':
      cell.font = { bold: true };
      cell.numFmt = amountFormat;
      break;
    case 'amount':
      cell.numFmt = amountFormat;
      break;
    default:
      break;
  }
}

function valueOf(c: TemplateCell): ExcelJS.CellValue {
  if (c.formula !== undefined) {
    const formula = c.formula.startsWith('=') ? c.formula.slice(1) : c.formula;
    return { formula, result: typeof c.value === 'number' ? c.value : 0 } as ExcelJS.CellFormulaValue;
  }
  return c.value ?? null;
}

function addSheet(wb: ExcelJS.Workbook, t: SheetTemplate): void {
  const width = t.rows.reduce((w, r) => Math.max(w, r.length), 0);
  const ws = wb.addWorksheet(t.sheetName, {
    views: t.freezeRows > 0 ? [{ state: 'frozen', xSplit: 0, ySplit: t.freezeRows, topLeftCell: `A${t.freezeRows + 1}` }] : [],
    pageSetup: {
      paperSize: PAPER[t.print.paper],
      orientation: t.print.orientation,
      fitToPage: true,
      fitToWidth: t.print.fitToWidth,
      fitToHeight: 0,
      horizontalCentered: t.print.centerHorizontally,
      printTitlesRow: `${t.print.titleRows.top + 1}:${t.print.titleRows.bottom + 1}`,
    },
  });
  // the table's bounding box gets thin borders on every cell (the Office host: edges + inside lines)
  let box: { top: number; left: number; bottom: number; right: number } | null = null;
  t.rows.forEach((row, r) =>
    row.forEach((c, col) => {
      if (!c || !c.style || !TABLE_STYLES.has(c.style)) return;
      box = box
        ? { top: Math.min(box.top, r), left: Math.min(box.left, col), bottom: Math.max(box.bottom, r), right: Math.max(box.right, col) }
        : { top: r, left: col, bottom: r, right: col };
    }),
  );
  t.rows.forEach((row, r) => {
    for (let col = 0; col < width; col++) {
      const c = row[col];
      const cell = ws.getCell(r + 1, col + 1);
      if (c) {
        const v = valueOf(c);
        if (v !== null) cell.value = v;
        styleCell(cell, c.style, t.amountFormat);
      }
      const b = box as { top: number; left: number; bottom: number; right: number } | null;
      if (b && r >= b.top && r <= b.bottom && col >= b.left && col <= b.right) cell.border = THIN;
      if (t.protectFormulas && r >= t.body.top && r <= t.body.bottom && c?.formula === undefined) cell.protection = { locked: false };
    }
  });
  for (const m of t.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  t.columnWidths.forEach((w, i) => {
    if (w > 0) ws.getColumn(i + 1).width = w;
  });
}

/** Write the templates, one sheet each in the order given, as an .xlsx. */
export async function writeTemplatesXlsx(templates: SheetTemplate[], options: WriteTemplatesOptions = {}): Promise<Uint8Array> {
  const wb = new (exceljs().Workbook)();
  const date = options.date ?? new Date();
  wb.creator = 'budget-check template';
  wb.lastModifiedBy = 'budget-check template';
  wb.created = date;
  wb.modified = date;
  wb.calcProperties.fullCalcOnLoad = true;
  if (options.contents) {
    const c = options.contents;
    const ws = wb.addWorksheet(c.sheetName, { pageSetup: { paperSize: 9, orientation: 'portrait', horizontalCentered: true } });
    ws.getCell(1, 1).value = c.title;
    ws.getCell(1, 1).font = { bold: true, size: 16 };
    ws.getCell(1, 1).alignment = { horizontal: 'center' };
    c.lines.forEach((l, i) => (ws.getCell(i + 3, 1).value = l));
    ws.getColumn(1).width = 72;
  }
  for (const t of templates) addSheet(wb, t);
  for (const t of templates) {
    // exceljs: protect() hashes nothing without a password; the unlocked body cells stay editable
    if (t.protectFormulas) await wb.getWorksheet(t.sheetName)!.protect('', { formatColumns: true, formatRows: true, selectLockedCells: true, selectUnlockedCells: true });
  }
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  // the zip entries carry the time of writing: the document's date instead, so the same input gives the same bytes
  stampZipDates(bytes, date);
  return bytes;
}

/** A blank standard workbook: every table of a profile's official template set. */
export interface BlankWorkbookRequest {
  /** A profile id (see engine/tables/profiles). */
  profile: string;
  /** Default next year. */
  year?: number;
  unitName?: string;
  /** Default the profile's unit. */
  unit?: AmountUnit;
  /** For a profile of either level (mof-9); default 'unit'. */
  level?: Level;
  /** A 目录 sheet before the tables. */
  contents?: boolean;
  protectFormulas?: boolean;
  date?: Date;
}

/** What blankWorkbookXlsx wrote: the bytes, the tables in order, the year in their titles. */
export interface BlankWorkbook {
  bytes: Uint8Array;
  templates: SheetTemplate[];
  year: number;
}

/** The blank workbook of a profile (`budget-check template`, the standalone checker page). Throws a RangeError for an unknown profile. */
export async function blankWorkbookXlsx(req: BlankWorkbookRequest): Promise<BlankWorkbook> {
  const profile = findProfile(req.profile);
  if (!profile) throw new RangeError(`unknown profile: ${req.profile}`);
  const year = req.year ?? new Date().getFullYear() + 1;
  const templates = buildTemplates({
    profile: profile.id,
    year,
    unitName: req.unitName ?? '',
    unit: req.unit ?? profile.unit,
    level: profileLevel(profile.id, req.level ?? 'unit'),
    protectFormulas: req.protectFormulas,
  });
  const bytes = await writeTemplatesXlsx(templates, { contents: req.contents ? contentsOf(templates) : undefined, date: req.date });
  return { bytes, templates, year };
}
