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
 * - an added sheet (审核结果 / "Check results" with lang en; another free name when the workbook has
 *   a sheet of that name) listing every finding — severity, sheet, cell, rule, message — with a
 *   link (a HYPERLINK formula to "#'sheet'!A1") to its cell.
 * Every value, formula, merge and every style other than the marked fills is left as it was; the
 * style of a marked cell is copied before its fill changes (exceljs shares one style object
 * between the cells that had the same style in the file).
 */
import ExcelJS from 'exceljs';
import { countBySeverity, type WorkbookReport } from '../../engine/findings';
import type { Lang } from '../../engine/i18n/lang';
import { severityLabel } from '../../engine/i18n/labels';
import { reportText } from '../../engine/i18n/report-messages';
import { MARK_COLORS, markTargets } from '../../engine/marks';
import { parseA1, sheetRef } from '../../engine/model/address';
import { WorkbookReadError } from './errors';
import { patchMergeReading } from './merges';

/** "#FFC7CE" → exceljs's ARGB "FFFFC7CE". */
const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

/** Excel's limit on the length of a sheet name. */
const MAX_SHEET_NAME = 31;

/** A sheet name no sheet of the workbook has (Excel compares them ignoring case). */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const used = new Set(taken.map((s) => s.toLowerCase()));
  if (!used.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = `${wanted.slice(0, MAX_SHEET_NAME - suffix.length)}${suffix}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** The text a note already holds (exceljs: a string, or rich text). */
function noteText(note: unknown): string {
  if (typeof note === 'string') return note;
  if (note && typeof note === 'object' && Array.isArray((note as { texts?: unknown }).texts)) {
    return (note as { texts: { text?: string }[] }).texts.map((x) => x.text ?? '').join('');
  }
  return '';
}

/** A text for a formula's string literal ("" doubles a quote). */
const literal = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * The annotated copy of an .xlsx (its bytes) for its report, in the report's language. The input
 * is not modified. Throws WorkbookReadError when the bytes cannot be read as a workbook.
 */
export async function annotateXlsx(data: Uint8Array, report: WorkbookReport, lang: Lang): Promise<Uint8Array> {
  patchMergeReading();
  const wb = new ExcelJS.Workbook();
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

  // the results sheet
  const name = freeSheetName(reportText('resultsSheet', lang), wb.worksheets.map((w) => w.name));
  const out = wb.addWorksheet(name);
  const c = countBySeverity(report.findings);
  out.getCell('A1').value = reportText('resultsHeading', lang, c);
  out.getCell('A1').font = { bold: true, size: 12 };
  const head = (['severity', 'sheet', 'cell', 'rule', 'message'] as const).map((k) => reportText(k, lang));
  const headRow = out.getRow(2);
  headRow.values = head;
  headRow.font = { bold: true };
  out.columns = [{ width: 8 }, { width: 24 }, { width: 12 }, { width: 22 }, { width: 90 }];
  out.views = [{ state: 'frozen', ySplit: 2 }];
  let r = 3;
  for (const f of report.findings) {
    const row = out.getRow(r++);
    row.getCell(1).value = severityLabel(f.severity, lang);
    row.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(MARK_COLORS[f.severity]) } };
    row.getCell(2).value = f.sheet ?? reportText('workbookLevel', lang);
    const first = f.cells[0];
    if (f.sheet !== null && first && byName.has(f.sheet)) {
      const target = `#${sheetRef(f.sheet)}!${first.split(':')[0]}`;
      const shown = f.cells.join(', ');
      row.getCell(3).value = { formula: `HYPERLINK(${literal(target)},${literal(shown)})`, result: shown } as ExcelJS.CellFormulaValue;
      row.getCell(3).font = { color: { argb: 'FF0563C1' }, underline: true };
    } else row.getCell(3).value = f.cells.join(', ');
    row.getCell(4).value = f.rule;
    row.getCell(5).value = f.message[lang];
    row.getCell(5).alignment = { wrapText: true, vertical: 'top' };
  }
  if (report.findings.length) out.autoFilter = { from: { row: 2, column: 1 }, to: { row: r - 1, column: 5 } };

  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
