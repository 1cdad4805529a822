/**
 * The command line budget-check (docs/CONTRACT.md), testable in-process: run(argv, io) → exit code.
 * Everything it touches outside (streams, files, folders, the engine) comes through `io`.
 */
import { checkWorkbook, type CheckOptions } from '../engine/check';
import { countBySeverity, type CheckCoverage, type Finding, type WorkbookReport } from '../engine/findings';
import { reasonsText, unsummed } from '../engine/queries';
import type { Lang, LocalizedText } from '../engine/i18n/lang';
import { kindName, profileName, severityLabel, unitTypeLabel } from '../engine/i18n/labels';
import type { WorkbookData } from '../engine/model/workbook';
import { catalogCounts } from '../engine/catalog/import';
import type { ImportedCatalog, UnitType } from '../engine/catalog/types';
import { PROFILE_IDS } from '../engine/tables/profiles';
import { HostError } from '../hosts/errors';
import { cliText, cliTexts, type CliKey } from './messages';

export interface CliIO {
  stdout(s: string): void;
  stderr(s: string): void;
  /** Whether stderr is a terminal: a one-line progress bar instead of plain lines. */
  isTTY: boolean;
  /** Read one file; a HostError (WorkbookReadError) for what cannot be read. */
  readWorkbook(file: string): Promise<WorkbookData>;
  /** A folder → the .xlsx files inside (recursively, sorted); a file → [file]; a missing path throws. */
  expand(arg: string): Promise<string[]>;
  /** The tool's version (package.json). */
  version: string;
  /** Read an official catalog (.xlsx or .csv) for --catalog; a HostError for what cannot be imported. */
  readCatalog?(file: string): Promise<ImportedCatalog>;
  /** The engine; checkWorkbook unless a test injects another. */
  check?: (wb: WorkbookData, options: CheckOptions) => WorkbookReport;
}

type Format = 'text' | 'json';

interface Options {
  format: Format;
  profile: string;
  lang: Lang;
  quiet: boolean;
  inputs: string[];
  /** --catalog: an official catalog file that replaces the built-in one. */
  catalog?: string;
  /** --unit-type: 行政单位 / 事业单位 for the economic correspondence (default auto: inferred). */
  unitType: UnitType | 'auto';
}

/** Bad usage: the message in both languages (the --lang option may not have been read yet). */
class UsageError extends Error {
  constructor(readonly text: LocalizedText) {
    super(text.en);
    this.name = 'UsageError';
  }
}

function usage(key: CliKey, vars: Record<string, string> = {}): UsageError {
  return new UsageError(cliTexts(key, vars));
}

function later(what: 'laterHtml' | 'laterOut' | 'laterAnnotate'): UsageError {
  return new UsageError({
    'zh-CN': cliText('later', 'zh-CN', { what: cliText(what, 'zh-CN') }),
    en: cliText('later', 'en', { what: cliText(what, 'en') }),
  });
}

const PROFILE_CHOICES = ['auto', ...PROFILE_IDS].join(', ');

function helpText(lang: Lang): string {
  return cliText('help', lang, { profiles: PROFILE_CHOICES });
}

/** The language asked for anywhere on the line (for --help), zh-CN by default. */
function langIn(argv: string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lang' && argv[i + 1] === 'en') return 'en';
    if (argv[i] === '--lang=en') return 'en';
  }
  return 'zh-CN';
}

function parseArgs(argv: string[]): Options | { help: Lang } | 'version' {
  const o: Options = { format: 'text', profile: 'auto', lang: 'zh-CN', quiet: false, inputs: [], unitType: 'auto' };
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (onlyFiles || !a.startsWith('-') || a === '-') {
      o.inputs.push(a);
      continue;
    }
    if (a === '--') {
      onlyFiles = true;
      continue;
    }
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    const value = (): string => {
      if (eq > 0) return a.slice(eq + 1);
      const v = argv[i + 1];
      if (v === undefined || (v.startsWith('--') && v.length > 2)) throw usage('needsValue', { what: name });
      i++;
      return v;
    };
    switch (name) {
      case '--help':
      case '-h':
        return { help: langIn(argv) };
      case '--version':
      case '-v':
        return 'version';
      case '--format': {
        const f = value();
        if (f === 'html') throw later('laterHtml');
        if (f !== 'text' && f !== 'json') throw usage('badFormat', { what: f });
        o.format = f;
        break;
      }
      case '--profile': {
        const p = value();
        if (p !== 'auto' && !PROFILE_IDS.includes(p)) throw usage('badProfile', { what: p, profiles: PROFILE_CHOICES });
        o.profile = p;
        break;
      }
      case '--lang': {
        const l = value();
        if (l !== 'zh-CN' && l !== 'en') throw usage('badLang', { what: l });
        o.lang = l;
        break;
      }
      case '--quiet':
      case '-q':
        o.quiet = true;
        break;
      case '--out':
        throw later('laterOut');
      case '--annotate':
        throw later('laterAnnotate');
      case '--catalog':
        o.catalog = value();
        break;
      case '--unit-type': {
        const u = value();
        if (u !== 'auto' && u !== 'admin' && u !== 'institution') throw usage('badUnitType', { what: u });
        o.unitType = u;
        break;
      }
      default:
        throw usage('unknownOption', { what: a });
    }
  }
  if (o.inputs.length === 0) throw usage('noInputs');
  return o;
}

/** One input file's outcome: a report or why it could not be read. */
interface FileResult {
  file: string;
  report?: WorkbookReport;
  error?: LocalizedText;
}

function findingJson(f: Finding, lang: Lang): Record<string, unknown> {
  const out: Record<string, unknown> = { rule: f.rule, severity: f.severity, sheet: f.sheet, cells: f.cells, message: f.message[lang] };
  if (f.expected !== undefined) out.expected = f.expected;
  if (f.actual !== undefined) out.actual = f.actual;
  if (f.related?.length) out.related = f.related;
  return out;
}

/** Coverage in the JSON document: the reasons in the report's language. */
function checksJson(c: CheckCoverage, lang: Lang): Record<string, unknown> {
  return { ran: c.ran, skipped: c.skipped.map((s) => ({ rule: s.rule, reason: s.reason[lang] })) };
}

/** A file's entry in the JSON document (docs/CONTRACT.md). */
function fileJson(r: FileResult, lang: Lang): Record<string, unknown> {
  if (!r.report) return { file: r.file, error: r.error![lang], tables: [], missingTables: [], findings: [] };
  return {
    file: r.file,
    profile: r.report.profile,
    tables: r.report.tables.map((t) => ({ kind: t.kind, sheet: t.sheet, title: t.title, unit: t.unit, rows: t.rows ?? [], ...(t.checks ? { checks: checksJson(t.checks, lang) } : {}) })),
    missingTables: r.report.missingTables,
    findings: r.report.findings.map((f) => findingJson(f, lang)),
    ...(r.report.unitType
      ? { unitType: { type: r.report.unitType.type, overridden: r.report.unitType.overridden, evidence: r.report.unitType.evidence[lang] } }
      : {}),
    ...(r.report.catalog
      ? { catalog: { origin: r.report.catalog.origin, fn: r.report.catalog.fn[lang], econ: r.report.catalog.econ[lang], gov: r.report.catalog.gov[lang] } }
      : {}),
  };
}

/** The one JSON document of --format json. */
function toJson(files: Record<string, unknown>[], version: string): string {
  return `${JSON.stringify({ tool: { name: 'budget-check', version }, files }, null, 2)}\n`;
}

/** ` — checks: 5 ran, 3 not run` after a table's line. */
function coverageText(c: CheckCoverage, lang: Lang): string {
  return `  ${cliText('coverage', lang, { ran: c.ran.length, skipped: c.skipped.length })}`;
}


/** One file of the text report. */
function fileText(r: FileResult, lang: Lang): string {
  const colon = lang === 'en' ? ': ' : '：';
  const count = (n: number) => (lang === 'en' ? ` (${n})` : `（${n}）`);
  const out: string[] = [`== ${cliText('file', lang)}${colon}${r.file}`];
  if (!r.report) {
    out.push(`  ${cliText('cannotRead', lang)}${colon}${r.error![lang]}`, '');
    return out.join('\n');
  }
  const rep = r.report;
  const name = profileName(rep.profile, lang);
  const pName = name !== rep.profile ? ` ${name}` : ''; // an unknown id is shown once
  out.push(`  ${cliText('profile', lang)}${colon}${rep.profile}${pName}${rep.profileAuto ? cliText('profileAuto', lang) : ''}`);
  out.push(`  ${cliText('tablesFound', lang)}${count(rep.tables.length)}${colon.trim()}`);
  for (const t of rep.tables) {
    out.push(`    - ${kindName(t.kind, lang)} [${t.kind}]  「${t.sheet}」 ${t.range ?? ''}  ${t.unit ?? cliText('unitUnknown', lang)}${t.checks ? coverageText(t.checks, lang) : ''}`);
    const noSums = t.checks ? unsummed(t.checks) : null;
    if (noSums) out.push(`      ! ${cliText('noSums', lang)}${colon}${reasonsText(noSums, lang)}`);
  }
  if (rep.unitType) {
    out.push(`  ${cliText('unitType', lang)}${colon}${unitTypeLabel(rep.unitType.type, lang)}${lang === 'en' ? ` (${rep.unitType.evidence.en})` : `（${rep.unitType.evidence['zh-CN']}）`}`);
  }
  if (rep.catalog) {
    const labels = [...new Set([rep.catalog.fn[lang], rep.catalog.econ[lang], rep.catalog.gov[lang]])];
    out.push(`  ${cliText('catalog', lang)}${colon}${labels.join(lang === 'en' ? '; ' : '；')}`);
  }
  const missing = rep.missingTables.map((k) => `${kindName(k, lang)} [${k}]`).join(', ');
  out.push(`  ${cliText('tablesMissing', lang)}${colon}${missing || cliText('none', lang)}`);
  const c = countBySeverity(rep.findings);
  const sep = lang === 'en' ? ', ' : '，';
  out.push(`  ${cliText('findings', lang)}${colon}${(['error', 'warning', 'info'] as const).map((k) => `${severityLabel(k, lang)} ${c[k]}`).join(sep)}`);
  // grouped by sheet, in the order the sheets first appear (the engine puts workbook-level findings first)
  const groups = new Map<string | null, Finding[]>();
  for (const f of rep.findings) {
    const g = groups.get(f.sheet);
    if (g) g.push(f);
    else groups.set(f.sheet, [f]);
  }
  for (const [sheet, list] of groups) {
    out.push(`  [${sheet ?? cliText('workbookLevel', lang)}]`);
    for (const f of list) out.push(`    ${(f.cells[0] ?? '-').padEnd(6)} ${severityLabel(f.severity, lang)}  ${f.message[lang]}  (${f.rule})`);
  }
  out.push('');
  return out.join('\n');
}

const BAR = 24;

class Progress {
  private drawn = false;
  constructor(
    private readonly io: CliIO,
    private readonly o: Options,
  ) {}

  step(i: number, n: number, file: string): void {
    if (this.o.quiet) return;
    if (!this.io.isTTY) {
      this.io.stderr(`${cliText('reading', this.o.lang)} ${i + 1}/${n}: ${file}\n`);
      return;
    }
    const done = Math.round((i / n) * BAR);
    const name = file.length > 50 ? `…${file.slice(-49)}` : file;
    this.io.stderr(`\r[${'#'.repeat(done)}${'.'.repeat(BAR - done)}] ${i + 1}/${n} ${name}\x1b[K`);
    this.drawn = true;
  }

  /** Clear the bar before something else is written to the terminal. */
  clear(): void {
    if (this.drawn) this.io.stderr('\r\x1b[K');
    this.drawn = false;
  }
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  let o: Options;
  try {
    const parsed = parseArgs(argv);
    if (parsed === 'version') {
      io.stdout(`${io.version}\n`);
      return 0;
    }
    if ('help' in parsed) {
      io.stdout(helpText(parsed.help));
      return 0;
    }
    o = parsed;
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`budget-check: ${e.text['zh-CN']}\nbudget-check: ${e.text.en}\n${cliText('seeHelp', 'zh-CN')} / ${cliText('seeHelp', 'en')}\n`);
    return 2;
  }
  const check = io.check ?? checkWorkbook;
  /** Why a file (or the catalog) could not be read: a host's words, or an internal error. */
  const readError = (e: unknown): LocalizedText => {
    if (e instanceof HostError) return e.text;
    return cliTexts('internalError', { what: e instanceof Error ? e.message : String(e) });
  };
  let catalog: ImportedCatalog | null = null;
  if (o.catalog) {
    try {
      if (!io.readCatalog) throw new Error('no catalog reader');
      catalog = await io.readCatalog(o.catalog);
    } catch (e) {
      const text = readError(e);
      io.stderr(`budget-check: ${cliText('catalogFailed', 'zh-CN', { file: o.catalog })}${text['zh-CN']}\nbudget-check: ${cliText('catalogFailed', 'en', { file: o.catalog })}${text.en}\n`);
      return 2;
    }
    if (!o.quiet) {
      const n = catalogCounts(catalog);
      io.stderr(`${cliText('catalogLoaded', o.lang, { file: o.catalog, fn: n.fn, econ: n.econ, gov: n.gov })}\n`);
    }
  }

  // the inputs in the order given, folders expanded in place
  const queue: FileResult[] = [];
  for (const a of o.inputs) {
    try {
      const list = await io.expand(a);
      if (list.length === 0) queue.push({ file: a, error: cliTexts('noXlsxInFolder') });
      for (const f of list) queue.push({ file: f });
    } catch (e) {
      queue.push({ file: a, error: readError(e) });
    }
  }

  const progress = new Progress(io, o);
  const json: Record<string, unknown>[] = [];
  const total = { error: 0, warning: 0, info: 0 };
  let unreadable = 0;
  let errorFindings = false;
  for (let i = 0; i < queue.length; i++) {
    const r = queue[i];
    if (!r.error) {
      progress.step(i, queue.length, r.file);
      try {
        const wb = await io.readWorkbook(r.file);
        r.report = check(wb, { profile: o.profile, catalog, unitType: o.unitType });
      } catch (e) {
        r.error = readError(e);
      }
    }
    if (r.error) unreadable++;
    else {
      const c = countBySeverity(r.report!.findings);
      total.error += c.error;
      total.warning += c.warning;
      total.info += c.info;
      if (c.error > 0) errorFindings = true;
    }
    if (o.format === 'json') json.push(fileJson(r, o.lang));
    else {
      progress.clear();
      io.stdout(`${fileText(r, o.lang)}\n`);
    }
    queue[i] = { file: r.file }; // the report is written out; let it go
  }
  progress.clear();
  if (o.format === 'json') io.stdout(toJson(json, io.version));
  else if (queue.length > 1) io.stdout(`${cliText('total', o.lang, { files: queue.length, ...total, unreadable })}\n`);
  if (unreadable > 0) return 2;
  return errorFindings ? 1 : 0;
}
