/**
 * The HTML report (`budget-check --format html`): one self-contained page for a whole run — per
 * workbook the verdict, the tables found and missing, what was checked and what was not (and why),
 * the findings by severity and sheet with their cells, and a small grid of the sheet around each
 * finding (ReportGrids, taken where the workbook was read).
 *
 * Pure string building (no Node, no DOM), so the standalone browser page can render the same
 * report. Written in pieces — htmlStart, htmlFile per workbook, htmlEnd — so that a long run is
 * written as it goes. No script, no external resource (inline CSS, no link, no image); every text
 * that comes from a workbook or a file name is escaped (a cell holding "<script>" is shown, never
 * run), its control characters shown as visible escapes. Prints on A4.
 */
import { countBySeverity, type CheckCoverage, type Finding, type Severity, type WorkbookReport } from '../engine/findings';
import type { Lang, LocalizedText } from '../engine/i18n/lang';
import { kindName, profileName, severityLabel, unitTypeLabel } from '../engine/i18n/labels';
import { reportLabel, type ReportKey } from '../engine/i18n/report-messages';
import { SEVERITY_RANK, MARK_COLORS } from '../engine/marks';
import { columnName, parseRange, type RangeRect } from '../engine/model/address';
import { reasonsText, unsummed } from '../engine/queries';
import { visibleControls } from '../engine/text';
import { excerptKey, EXCERPTS_PER_GROUP, type GridExcerpt, type ReportGrids } from './excerpts';

/** One workbook of the run: its report (with the grids when known), or why it could not be read. */
export interface HtmlFile {
  file: string;
  report?: WorkbookReport;
  grids?: ReportGrids;
  error?: LocalizedText;
}

export interface RunTotals {
  files: number;
  error: number;
  warning: number;
  info: number;
  unreadable: number;
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML content or an attribute value: markup characters escaped, controls made visible. */
export function escapeHtml(s: string): string {
  return visibleControls(s).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const t = (key: ReportKey, lang: Lang, vars?: Record<string, string | number>) => escapeHtml(reportLabel(key, lang, vars));

const CSS = `
*{box-sizing:border-box}
body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC","Source Han Sans SC",system-ui,sans-serif;font-size:14px;line-height:1.45;color:#1f1f1f;margin:0 auto;padding:16px;max-width:1100px}
h1{font-size:22px;margin:0 0 4px}
h2{font-size:18px;margin:28px 0 8px;padding-top:8px;border-top:2px solid #444;word-break:break-all}
h3{font-size:15px;margin:16px 0 6px}
h4{font-size:14px;margin:12px 0 4px}
.meta{color:#555;margin:0 0 12px}
.verdict{font-weight:bold;padding:6px 10px;border-left:6px solid #888;margin:8px 0;background:#f4f4f4}
.v-error{border-color:#c00000;background:${MARK_COLORS.error}}
.v-warning{border-color:#9c6500;background:${MARK_COLORS.warning}}
.v-clean{border-color:#107c10;background:#dff6dd}
.v-unread{border-color:#c00000;background:#fde7e9}
dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:6px 0}
dt{color:#555}dd{margin:0;word-break:break-word}
.wrap{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;margin:4px 0 8px}
th,td{border:1px solid #c8c8c8;padding:3px 6px;vertical-align:top;text-align:left}
th{background:#f0f0f0;font-weight:600;white-space:nowrap}
table.list{width:100%}
td.addr{font-family:Consolas,"Courier New",monospace;white-space:nowrap}
td.rule{color:#555;font-size:12px;white-space:nowrap}
.sev{display:inline-block;padding:0 6px;border-radius:3px;font-size:12px;white-space:nowrap}
.sev-error{background:${MARK_COLORS.error};color:#9c0006}
.sev-warning{background:${MARK_COLORS.warning};color:#7a4f00}
.sev-info{background:${MARK_COLORS.info};color:#1f4e79}
.note{color:#555;font-size:12px}
.warn{color:#9c0006}
ul.checks{margin:2px 0;padding-left:18px;font-size:12px}
div.checks{font-size:12px;color:#333}
table.grid{font-size:12px;margin:2px 0 6px}
table.grid th{font-weight:normal;color:#666;text-align:center;min-width:24px}
table.grid td{max-width:14em;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;font-family:Consolas,"Courier New",monospace}
table.grid td.hit{outline:2px solid #c00000;outline-offset:-2px;font-weight:bold}
table.grid td.hit-error{background:${MARK_COLORS.error}}
table.grid td.hit-warning{background:${MARK_COLORS.warning}}
table.grid td.hit-info{background:${MARK_COLORS.info}}
table.grid td.cmp{background:#eef3fa}
.caption{font-size:12px;color:#555;text-align:left}
footer{margin-top:28px;border-top:1px solid #999;padding-top:6px;color:#333}
@media (max-width:600px){body{padding:8px;font-size:13px}.rule{display:none}dl{grid-template-columns:1fr}}
@page{size:A4;margin:14mm 12mm}
@media print{
body{max-width:none;padding:0;font-size:10.5pt}
section.file+section.file{break-before:page}
h2,h3,h4{break-after:avoid}
tr,table.grid,.verdict{break-inside:avoid}
.wrap{overflow:visible}
table.grid td{max-width:10em}
th{background:#eee !important}
.sev,.verdict,td.hit-error,td.hit-warning,td.hit-info,td.cmp{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;

/** The page up to the first workbook. */
export function htmlStart(lang: Lang, version: string): string {
  const title = t('htmlTitle', lang);
  return (
    `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<title>${title}</title>\n<style>${CSS}</style>\n</head>\n<body>\n<header>\n<h1>${title}</h1>\n<p class="meta">${t('generatedBy', lang, { version })}</p>\n</header>\n<main>\n`
  );
}

/** The end of the page: the run's totals when several files were checked. */
export function htmlEnd(lang: Lang, totals?: RunTotals): string {
  return `</main>\n${totals ? `<footer>${t('total', lang, { ...totals })}</footer>\n` : ''}</body>\n</html>\n`;
}

function sevBadge(s: Severity, lang: Lang): string {
  return `<span class="sev sev-${s}">${escapeHtml(severityLabel(s, lang))}</span>`;
}

function coverageHtml(c: CheckCoverage, lang: Lang): string {
  const out: string[] = [];
  const sep = lang === 'en' ? ': ' : '：';
  if (c.ran.length) {
    // compact: "row-sum 26, column-sum 6 …" (cells compared), notes after their rule
    const items = c.ran.map((r) => `${escapeHtml(r.rule)} ${r.cells}${r.note ? ` <span class="note">(${escapeHtml(r.note[lang])})</span>` : ''}`);
    out.push(`<div class="checks"><span class="note">${t('checksRan', lang)}${sep}</span>${items.join(lang === 'en' ? ', ' : '，')}</div>`);
  }
  if (c.skipped.length) {
    const items = c.skipped.map((s) => `<li>${escapeHtml(s.rule)}${sep}${escapeHtml(s.reason[lang])}</li>`);
    out.push(`<div class="note">${t('checksSkipped', lang)}${sep}</div><ul class="checks">${items.join('')}</ul>`);
  }
  return out.join('');
}

function tablesHtml(rep: WorkbookReport, lang: Lang): string {
  const head = ['kind', 'sheet', 'range', 'unit', 'coverageHead'] as const;
  const rows = rep.tables.map((x) => {
    const noSums = x.checks ? unsummed(x.checks) : null;
    const cover = x.checks
      ? `${t('coverage', lang, { ran: x.checks.ran.length, skipped: x.checks.skipped.length })}${noSums ? `<div class="warn">! ${t('noSums', lang)}${lang === 'en' ? ': ' : '：'}${escapeHtml(reasonsText(noSums, lang))}</div>` : ''}${coverageHtml(x.checks, lang)}`
      : '';
    return (
      `<tr><td>${escapeHtml(kindName(x.kind, lang))} <span class="note">[${escapeHtml(x.kind)}]</span><div class="note">${escapeHtml(x.title)}</div></td>` +
      `<td>${escapeHtml(x.sheet)}</td><td class="addr">${escapeHtml(x.range ?? '')}</td><td>${escapeHtml(x.unit ?? reportLabel('unitUnknown', lang))}</td><td>${cover}</td></tr>`
    );
  });
  return `<div class="wrap" tabindex="0"><table class="list"><thead><tr>${head.map((k) => `<th>${t(k, lang)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

/** The cells a finding names, as rectangles (what cannot be read is left out). */
function rects(cells: string[]): RangeRect[] {
  const out: RangeRect[] = [];
  for (const c of cells) {
    try {
      out.push(parseRange(c));
    } catch {
      // not an address: nothing to mark
    }
  }
  return out;
}

const inside = (r: RangeRect, row: number, col: number) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;

function gridHtml(e: GridExcerpt, f: Finding, lang: Lang): string {
  const [hit, ...others] = rects(f.cells);
  const cols = e.rows[0]?.length ?? 0;
  const head = `<tr><td></td>${Array.from({ length: cols }, (_, i) => `<th>${columnName(e.left + i)}</th>`).join('')}</tr>`;
  const body = e.rows.map((line, i) => {
    const row = e.top + i;
    const tds = line.map((v, j) => {
      const col = e.left + j;
      const cls = hit && inside(hit, row, col) ? `hit hit-${f.severity}` : others.some((o) => inside(o, row, col)) ? 'cmp' : '';
      return `<td${cls ? ` class="${cls}"` : ''}>${escapeHtml(v)}</td>`;
    });
    return `<tr><th>${row + 1}</th>${tds.join('')}</tr>`;
  });
  const caption = t('excerptCaption', lang, { sheet: f.sheet ?? '', cell: f.cells[0] ?? '' });
  return `<div class="caption">${caption}</div><div class="wrap" tabindex="0"><table class="grid">${head}${body.join('')}</table></div>`;
}

function findingRow(f: Finding, lang: Lang, grid: string): string {
  const cells = f.cells.length ? f.cells.join(', ') : '—';
  const related = f.related?.length
    ? `<div class="note">${t('related', lang)}${lang === 'en' ? ': ' : '：'}${escapeHtml(f.related.map((r) => `${r.sheet}!${r.cells.join(', ')}`).join('; '))}</div>`
    : '';
  return `<tr><td class="addr">${escapeHtml(cells)}</td><td>${escapeHtml(f.message[lang])}${related}${grid}</td><td class="rule">${escapeHtml(f.rule)}</td></tr>`;
}

function findingsHtml(rep: WorkbookReport, grids: ReportGrids | undefined, lang: Lang): string {
  if (rep.findings.length === 0) return `<p>${t('noFindings', lang)}</p>`;
  const order = grids?.sheets ?? [];
  const sheetIdx = new Map(order.map((s, i) => [s, i]));
  const out: string[] = [];
  const shownKeys = new Set<string>();
  let withoutExcerpt = 0;
  for (const sev of SEVERITIES) {
    const list = rep.findings.filter((f) => f.severity === sev);
    if (!list.length) continue;
    out.push(`<h4>${sevBadge(sev, lang)} ${list.length}</h4>`);
    // by sheet (workbook order; the workbook-level findings last), each sheet's findings as the engine ordered them
    const bySheet = new Map<string | null, Finding[]>();
    for (const f of list) {
      const g = bySheet.get(f.sheet);
      if (g) g.push(f);
      else bySheet.set(f.sheet, [f]);
    }
    const sheets = [...bySheet.keys()].sort((a, b) => (a === null ? 1e9 : (sheetIdx.get(a) ?? 1e8)) - (b === null ? 1e9 : (sheetIdx.get(b) ?? 1e8)));
    for (const sheet of sheets) {
      const fs = bySheet.get(sheet)!;
      const rows = fs.map((f) => {
        let grid = '';
        if (f.sheet !== null && f.cells[0]) {
          const key = excerptKey(f.sheet, f.cells[0]);
          const e = grids?.excerpts[key];
          if (e && !shownKeys.has(key)) {
            shownKeys.add(key);
            grid = gridHtml(e, f, lang);
          } else if (!e) withoutExcerpt++;
        }
        return findingRow(f, lang, grid);
      });
      const title = sheet === null ? t('workbookLevel', lang) : `${t('sheet', lang)}${lang === 'en' ? ' “' : '「'}${escapeHtml(sheet)}${lang === 'en' ? '”' : '」'}`;
      out.push(
        `<div class="wrap" tabindex="0"><table class="list"><caption class="caption">${title} (${fs.length})</caption>` +
          `<thead><tr><th>${t('cell', lang)}</th><th>${t('message', lang)}</th><th class="rule">${t('rule', lang)}</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`,
      );
    }
  }
  if (grids && withoutExcerpt > 0) out.push(`<p class="note">${t('excerptsCapped', lang, { shown: EXCERPTS_PER_GROUP })}</p>`);
  return out.join('\n');
}

function verdictHtml(rep: WorkbookReport, lang: Lang): string {
  const c = countBySeverity(rep.findings);
  const worst = SEVERITIES.filter((s) => c[s] > 0).sort((a, b) => SEVERITY_RANK[a] - SEVERITY_RANK[b])[0];
  const [cls, key]: [string, ReportKey] =
    worst === 'error' ? ['v-error', 'verdictErrors'] : worst === undefined ? ['v-clean', 'verdictClean'] : ['v-warning', 'verdictNoErrors'];
  return `<p class="verdict ${cls}">${t(key, lang)} — ${t('counts', lang, c)}</p>`;
}

/** One workbook of the run (`index` numbers the sections). */
export function htmlFile(f: HtmlFile, index: number, lang: Lang): string {
  const colon = lang === 'en' ? ': ' : '：';
  const out: string[] = [`<section class="file" id="file-${index + 1}">`, `<h2>${t('file', lang)}${colon}${escapeHtml(f.file)}</h2>`];
  const rep = f.report;
  if (!rep) {
    out.push(`<p class="verdict v-unread">${t('cannotRead', lang)}${colon}${escapeHtml(f.error?.[lang] ?? '')}</p>`, '</section>\n');
    return out.join('\n');
  }
  out.push(verdictHtml(rep, lang));
  const name = profileName(rep.profile, lang);
  const meta: [string, string][] = [[t('profile', lang), `${escapeHtml(rep.profile)}${name !== rep.profile ? ` ${escapeHtml(name)}` : ''}${rep.profileAuto ? t('profileAuto', lang) : ''}`]];
  if (rep.unitType) meta.push([t('unitType', lang), `${escapeHtml(unitTypeLabel(rep.unitType.type, lang))} <span class="note">(${escapeHtml(rep.unitType.evidence[lang])})</span>`]);
  if (rep.catalog) meta.push([t('catalog', lang), escapeHtml([...new Set([rep.catalog.fn[lang], rep.catalog.econ[lang], rep.catalog.gov[lang]])].join(lang === 'en' ? '; ' : '；'))]);
  const missing = rep.missingTables.map((k) => `${kindName(k, lang)} [${k}]`).join(lang === 'en' ? ', ' : '、');
  meta.push([t('tablesMissing', lang), missing ? `<span class="warn">${escapeHtml(missing)}</span>` : t('none', lang)]);
  out.push(`<dl>${meta.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`);
  out.push(`<h3>${t('findings', lang)} (${rep.findings.length})</h3>`);
  out.push(findingsHtml(rep, f.grids, lang));
  out.push(`<h3>${t('tablesFound', lang)} (${rep.tables.length})</h3>`);
  if (rep.tables.length) out.push(tablesHtml(rep, lang));
  if (rep.checks && (rep.checks.ran.length || rep.checks.skipped.length)) out.push(`<h4>${t('workbookChecks', lang)}</h4>${coverageHtml(rep.checks, lang)}`);
  out.push('</section>\n');
  return out.join('\n');
}
