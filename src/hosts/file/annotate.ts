/**
 * The annotated copy of a checked workbook (`budget-check --annotate`, and later the standalone
 * page's "download annotated copy"): bytes in, bytes out, no file system, so it runs in Node and in
 * a browser alike.
 *
 * The copy is the original as exceljs reads and writes it back, with:
 * - each cell a finding names filled in its severity's colour (the most severe finding wins; the
 *   same colours and cells as the task pane's highlights, engine/marks.ts);
 * - a note (comment) on the first cell of each finding, holding its messages (severity, message,
 *   rule); a note the cell already had is kept above them;
 * - the checker's report sheet added after the others (engine/report-sheet.ts, what the pane's
 *   导出到工作表 writes: 审核结果, "Check results" with lang en, "审核结果 (2)" when the name is taken),
 *   every finding — severity, sheet, cell (a HYPERLINK to it), rule, message — under a title that
 *   makes a later check skip the sheet.
 * Every value, formula, merge and every style other than the marked fills is left as it was; the
 * style of a marked cell is copied before its fill changes (exceljs shares one style object
 * between the cells that had the same style in the file).
 */
import type ExcelJS from 'exceljs';
import { exceljs } from './exceljs-lazy';
import type { WorkbookReport } from '../../engine/findings';
import type { Lang } from '../../engine/i18n/lang';
import { severityLabel } from '../../engine/i18n/labels';
import { MARK_COLORS, markTargets } from '../../engine/marks';
import { parseA1 } from '../../engine/model/address';
import { reportSheet, type ReportSheet } from '../../engine/report-sheet';
import { uniqueSheetNames } from '../office/sheet-names';
import { WorkbookReadError } from './errors';
import { patchMergeReading } from './exceljs-merges';

/** "#FFC7CE" → exceljs's ARGB "FFFFC7CE". */
const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

/** The text a note already holds (exceljs: a string, or rich text). */
function noteText(note: unknown): string {
  if (typeof note === 'string') return note;
  if (note && typeof note === 'object' && Array.isArray((note as { texts?: unknown }).texts)) {
    return (note as { texts: { text?: string }[] }).texts.map((x) => x.text ?? '').join('');
  }
  return '';
}

/**
 * What a HYPERLINK formula of the report sheet shows (its last string argument), stored as the
 * formula's result so that a viewer that does not calculate shows the cell's address too.
 */
function linkText(formula: string): string | undefined {
  const m = /,"((?:[^"]|"")*)"\)$/.exec(formula);
  return m ? m[1].replace(/""/g, '"') : undefined;
}

/** Write the checker's report sheet (engine/report-sheet.ts: the pane's 导出到工作表 writes the same) into a new worksheet. */
function writeReportSheet(ws: ExcelJS.Worksheet, sheet: ReportSheet): void {
  sheet.rows.forEach((cells, r) =>
    cells.forEach((c, col) => {
      if (!c) return;
      const cell = ws.getCell(r + 1, col + 1);
      if (c.formula !== undefined) cell.value = { formula: c.formula.replace(/^=/, ''), result: linkText(c.formula) } as ExcelJS.CellFormulaValue;
      else if (c.value !== undefined) cell.value = c.value;
      if (c.style === 'title') cell.font = { bold: true, size: 14 };
      else if (c.style === 'header') cell.font = { bold: true };
    }),
  );
  ws.columns = sheet.columnWidths.map((width) => ({ width }));
  if (sheet.freezeRows > 0) ws.views = [{ state: 'frozen', ySplit: sheet.freezeRows }];
}

/**
 * The annotated copy of an .xlsx (its bytes) for its report, in the report's language; `when` is
 * the time of the check as the user reads it (the report sheet says it). The input is not modified. Throws WorkbookReadError when the bytes cannot be read as a workbook.
 */
export async function annotateXlsx(data: Uint8Array, report: WorkbookReport, lang: Lang, when: string): Promise<Uint8Array> {
  patchMergeReading();
  const wb = new (exceljs().Workbook)();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new WorkbookReadError('corrupt');
  }
  const byName = new Map(wb.worksheets.map((ws) => [ws.name, ws]));

  // fills: every cell the findings name, in the most severe colour
  for (const [sheet, cells] of markTargets(report.findings)) {
    const ws = byName.get(sheet);
    if (!ws) continue;
    for (const [a1, severity] of cells) {
      const cell = ws.getCell(a1);
      cell.style = { ...cell.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(MARK_COLORS[severity]) } } };
    }
  }

  // notes: the messages of the findings on their first cell
  const notes = new Map<string, Map<string, string[]>>();
  for (const f of report.findings) {
    if (f.sheet === null || !f.cells[0] || !byName.has(f.sheet)) continue;
    let a1: string;
    try {
      a1 = f.cells[0].split(':')[0];
      parseA1(a1);
    } catch {
      continue;
    }
    let s = notes.get(f.sheet);
    if (!s) notes.set(f.sheet, (s = new Map()));
    const line = `[${severityLabel(f.severity, lang)}] ${f.message[lang]} (${f.rule})`;
    const list = s.get(a1);
    if (list) list.push(line);
    else s.set(a1, [line]);
  }
  for (const [sheet, cells] of notes) {
    const ws = byName.get(sheet)!;
    for (const [a1, lines] of cells) {
      const cell = ws.getCell(a1);
      const before = noteText(cell.note);
      cell.note = [before, ...lines].filter(Boolean).join('\n');
    }
  }

  // the results sheet, after the others
  const sheets = wb.worksheets.map((w) => w.name);
  const results = reportSheet(report, sheets, lang, when);
  const [name] = uniqueSheetNames([results.sheetName], sheets);
  writeReportSheet(wb.addWorksheet(name), results);

  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
