/**
 * The command line budget-check (docs/CONTRACT.md), testable in-process: run(argv, io) → exit code.
 * Everything it touches outside (streams, files, folders, the engine) comes through `io`.
 */
import * as path from 'path';
import { checkWorkbook, type CheckOptions } from '../engine/check';
import { countBySeverity, type CheckCoverage, type Finding, type WorkbookReport } from '../engine/findings';
import { reasonsText, unsummed } from '../engine/queries';
import type { Lang, LocalizedText } from '../engine/i18n/lang';
import { kindName, profileName, severityLabel, unitTypeLabel } from '../engine/i18n/labels';
import type { WorkbookData } from '../engine/model/workbook';
import { catalogCounts } from '../engine/catalog/import';
import type { ImportedCatalog, UnitType } from '../engine/catalog/types';
import { PROFILE_IDS } from '../engine/tables/profiles';
import type { ReportGrids } from '../report/excerpts';
import { htmlEnd, htmlFile, htmlStart } from '../report/html';
import { checkFile, errorText } from './check-file';
import type { SkipWarning } from './files';
import { cliText, cliTexts, type CliKey } from './messages';
import { WriteError, writeErrorText, type OutputFile, type OutputFs } from './output';
import type { FileOutcome, FilePool, PoolOptions, WorkerJob } from './pool';
import { runTemplate } from './template';
import { terminalSafe } from './terminal';

export interface CliIO {
  stdout(s: string): void;
  stderr(s: string): void;
  /** Whether stderr is a terminal: a one-line progress bar instead of plain lines. */
  isTTY: boolean;
  /** Read one file; a HostError (WorkbookReadError) for what cannot be read. */
  readWorkbook(file: string): Promise<WorkbookData>;
  /**
   * A folder → the .xlsx files inside (recursively, sorted); a file → [file]; a missing path throws.
   * What is skipped inside a folder (an unreadable subfolder, a broken link) is told to `warn`.
   */
  expand(arg: string, warn?: (w: SkipWarning) => void): Promise<string[]>;
  /** The tool's version (package.json). */
  version: string;
  /** Read an official catalog (.xlsx or .csv) for --catalog; a HostError for what cannot be imported. */
  readCatalog?(file: string): Promise<ImportedCatalog>;
  /** The engine; checkWorkbook unless a test injects another. */
  check?: (wb: WorkbookData, options: CheckOptions) => WorkbookReport;
  /** The annotated copy of a file (--annotate), as bytes, its report sheet dated `when`; a HostError when it cannot be made. */
  annotate?(file: string, report: WorkbookReport, lang: Lang, when: string): Promise<Uint8Array>;
  /** Where --out and --annotate write (output.ts nodeOutput); without it they are refused. */
  output?: OutputFs;
  /**
   * Worker threads (pool.ts startPool): when given, several files (or any file when --max-memory or
   * --timeout is given) are checked in workers, each with the memory and time limits; without it
   * (or for a single file without limit options) files are checked in this thread, one by one.
   */
  pool?: (o: PoolOptions) => FilePool;
  /** The default of --jobs: the number of cores. */
  cores?: number;
  /**
   * Write a file (`budget-check template --out`): never over an existing file unless `overwrite`
   * (then an error with code EEXIST).
   */
  writeFile?(file: string, bytes: Uint8Array, options: { overwrite: boolean }): Promise<void>;
}

type Format = 'text' | 'json' | 'html';

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
  /** --jobs: worker threads (default: the number of cores). */
  jobs?: number;
  /** --max-memory (MiB) and --timeout (s) for each file in a worker. */
  maxMemoryMb: number;
  timeoutS: number;
  /** Whether --max-memory or --timeout was given: then even a single file is checked in a worker. */
  limitsGiven: boolean;
  /** --out: the report goes to this file instead of stdout. */
  out?: string;
  /** --annotate: the annotated copy (one input) or the folder of copies. */
  annotate?: string;
}

const MAX_TIMEOUT_S = 24 * 3600;

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
  const o: Options = { format: 'text', profile: 'auto', lang: 'zh-CN', quiet: false, inputs: [], unitType: 'auto', maxMemoryMb: 1024, timeoutS: 60, limitsGiven: false };
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
        if (f !== 'text' && f !== 'json' && f !== 'html') throw usage('badFormat', { what: f });
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
        o.out = value();
        break;
      case '--annotate':
        o.annotate = value();
        break;
      case '--catalog':
        o.catalog = value();
        break;
      case '--unit-type': {
        const u = value();
        if (u !== 'auto' && u !== 'admin' && u !== 'institution') throw usage('badUnitType', { what: u });
        o.unitType = u;
        break;
      }
      case '--jobs':
      case '-j': {
        const v = value();
        if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 256) throw usage('badJobs', { what: v });
        o.jobs = Number(v);
        break;
      }
      case '--max-memory': {
        const v = value();
        if (!/^\d+$/.test(v) || Number(v) < 16 || Number(v) > 1024 * 1024) throw usage('badMaxMemory', { what: v });
        o.maxMemoryMb = Number(v);
        o.limitsGiven = true;
        break;
      }
      case '--timeout': {
        const v = value();
        if (!/^\d+(\.\d+)?$/.test(v) || Number(v) <= 0 || Number(v) > MAX_TIMEOUT_S) throw usage('badTimeout', { what: v });
        o.timeoutS = Number(v);
        o.limitsGiven = true;
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
  /** --format html: the grid excerpts around the findings. */
  grids?: ReportGrids;
  /** --annotate: the annotated copy, or why it could not be made. */
  annotated?: Uint8Array;
  annotateError?: LocalizedText;
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
  return {
    ran: c.ran.map((r) => (r.note ? { rule: r.rule, cells: r.cells, note: r.note[lang] } : { rule: r.rule, cells: r.cells })),
    skipped: c.skipped.map((s) => ({ rule: s.rule, reason: s.reason[lang] })),
  };
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

/**
 * The one JSON document of --format json, written as the files' entries come: byte for byte what
 * JSON.stringify({ tool, files }, null, 2) gives, without keeping every entry. Written in pieces of
 * about a MiB (a small document in one piece, at the end).
 */
class JsonOut {
  private buf: string[] = [];
  private size = 0;
  private first = true;

  constructor(
    private readonly write: (s: string) => void,
    version: string,
  ) {
    this.push(`{\n  "tool": ${JSON.stringify({ name: 'budget-check', version }, null, 2).replace(/\n/g, '\n  ')},\n  "files": [`);
  }

  file(entry: Record<string, unknown>): void {
    // JSON.stringify puts a newline only between tokens (never inside a string): indenting is safe
    this.push(`${this.first ? '' : ','}\n    ${JSON.stringify(entry, null, 2).replace(/\n/g, '\n    ')}`);
    this.first = false;
    if (this.size >= 1 << 20) this.flush();
  }

  end(): void {
    this.push(this.first ? ']\n}\n' : '\n  ]\n}\n');
    this.flush();
  }

  private push(s: string): void {
    this.buf.push(s);
    this.size += s.length;
  }

  private flush(): void {
    this.write(this.buf.join(''));
    this.buf = [];
    this.size = 0;
  }
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
    return out.map(terminalSafe).join('\n');
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
  // every piece above that came from the file (names, cell text in messages) is made visible
  return out.map(terminalSafe).join('\n');
}

const BAR = 24;

class Progress {
  private drawn = false;
  constructor(
    private readonly io: CliIO,
    private readonly o: Options,
  ) {}

  step(i: number, n: number, path: string): void {
    if (this.o.quiet) return;
    const file = terminalSafe(path);
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

/** `<name>.checked.xlsx` for each input to annotate into a folder, each name once (a second a.xlsx → a-2.checked.xlsx). */
function copyNames(files: string[]): string[] {
  const taken = new Set<string>();
  return files.map((f) => {
    const base = path.basename(f).replace(/\.xlsx$/i, '');
    let name = `${base}.checked.xlsx`;
    for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base}-${i}.checked.xlsx`;
    taken.add(name.toLowerCase());
    return name;
  });
}

/** Both languages of a failure about a file, on stderr: "budget-check: <what the key says about file><why>". */
function sayBoth(io: CliIO, key: CliKey, file: string, why: LocalizedText): void {
  const f = terminalSafe(file);
  io.stderr(`budget-check: ${terminalSafe(`${cliText(key, 'zh-CN', { file: f })}${why['zh-CN']}`)}\nbudget-check: ${terminalSafe(`${cliText(key, 'en', { file: f })}${why.en}`)}\n`);
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  if (argv[0] === 'template') return runTemplate(argv.slice(1), io);
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
  let catalog: ImportedCatalog | null = null;
  if (o.catalog) {
    try {
      if (!io.readCatalog) throw new Error('no catalog reader');
      catalog = await io.readCatalog(o.catalog);
    } catch (e) {
      sayBoth(io, 'catalogFailed', o.catalog, errorText(e));
      return 2;
    }
    if (!o.quiet) {
      const n = catalogCounts(catalog);
      io.stderr(`${terminalSafe(cliText('catalogLoaded', o.lang, { file: o.catalog, fn: n.fn, econ: n.econ, gov: n.gov }))}\n`);
    }
  }

  // the inputs in the order given, folders expanded in place
  const queue: FileResult[] = [];
  const warn = (w: SkipWarning) => io.stderr(`budget-check: ${terminalSafe(w[o.lang])}\n`);
  for (const a of o.inputs) {
    try {
      const list = await io.expand(a, warn);
      if (list.length === 0) queue.push({ file: a, error: cliTexts('noXlsxInFolder') });
      for (const f of list) queue.push({ file: f });
    } catch (e) {
      queue.push({ file: a, error: errorText(e) });
    }
  }
  const n = queue.length;

  // where the annotated copies go: one input file → the file given; else (or a folder given) → <name>.checked.xlsx in the folder
  let copies: string[] | null = null;
  // whether a target is one of the inputs (by name, or as the same file under another name: only a path that exists can be)
  const inputPaths = new Set(queue.map((q) => path.resolve(q.file)));
  const isInput = async (target: string) => {
    if (inputPaths.has(path.resolve(target))) return true;
    if (!io.output || (await io.output.kind(target)) === 'missing') return false;
    for (const q of queue) if (await io.output.same(q.file, target)) return true;
    return false;
  };
  if ((o.annotate !== undefined || o.out !== undefined) && !io.output) {
    sayBoth(io, 'outFailed', o.out ?? o.annotate ?? '', writeErrorText(null, o.out ?? o.annotate ?? ''));
    return 2;
  }
  if (o.annotate !== undefined) {
    const target = o.annotate;
    const single = o.inputs.length === 1 && n === 1 && queue[0].file === o.inputs[0];
    try {
      const kind = await io.output!.kind(target);
      if (single && kind !== 'folder' && !/[/\\]$/.test(target)) copies = [target];
      else if (kind === 'file') {
        const text = cliTexts('annotateNeedsFolder', { what: terminalSafe(target) });
        io.stderr(`budget-check: ${text['zh-CN']}\nbudget-check: ${text.en}\n`);
        return 2;
      } else {
        if (kind === 'missing') await io.output!.mkdir(target);
        copies = copyNames(queue.map((q) => q.file)).map((name) => path.join(target, name));
      }
    } catch (e) {
      sayBoth(io, 'annotateFailed', target, writeErrorText(e, target));
      return 2;
    }
  }
  if (o.out !== undefined && (await isInput(o.out))) {
    sayBoth(io, 'outFailed', o.out, new WriteError('is-input', o.out).text);
    return 2;
  }
  // the report: to the --out file (opened before anything is checked) or stdout
  let outFile: OutputFile | null = null;
  if (o.out !== undefined) {
    try {
      outFile = await io.output!.open(o.out);
    } catch (e) {
      sayBoth(io, 'outFailed', o.out, writeErrorText(e, o.out));
      return 2;
    }
  }

  const progress = new Progress(io, o);
  const emit = (s: string) => {
    if (outFile) outFile.write(s);
    else {
      progress.clear();
      io.stdout(s);
    }
  };
  const json = o.format === 'json' ? new JsonOut(emit, io.version) : null;
  if (o.format === 'html') emit(htmlStart(o.lang, io.version));
  const total = { error: 0, warning: 0, info: 0 };
  let unreadable = 0;
  let unwritten = 0;
  let errorFindings = false;
  const toCheck = queue.filter((r) => !r.error).length;
  const size = Math.max(1, Math.min(o.jobs ?? io.cores ?? 1, toCheck));
  const job: WorkerJob = {
    profile: o.profile,
    catalog,
    unitType: o.unitType,
    grids: o.format === 'html' ? o.lang : null,
    annotate: copies ? { lang: o.lang, when: new Date().toLocaleString(o.lang) } : null,
  };
  const pool = io.pool && (toCheck > 1 || o.limitsGiven) ? io.pool({ size, maxMemoryMb: o.maxMemoryMb, timeoutMs: Math.round(o.timeoutS * 1000), job }) : null;
  // files are started at most `ahead` before the one to be written next: the reports waiting to be
  // written (in input order) are bounded by the pool, not by the number of files
  const ahead = pool ? Math.max(4, size * 4) : 1;
  const outcomes: (Promise<FileOutcome> | undefined)[] = [];
  let started = 0;
  try {
    for (let i = 0; i < n; i++) {
      for (; pool && started < n && started < i + ahead; started++) {
        const k = started;
        const q = queue[k];
        if (!q.error) outcomes[k] = pool.check(q.file, () => progress.step(k, n, q.file));
      }
      const r = queue[i];
      if (!r.error) {
        let out: FileOutcome;
        if (pool) {
          out = await outcomes[i]!;
          outcomes[i] = undefined;
        } else {
          progress.step(i, n, r.file);
          out = await checkFile(r.file, job, { read: io.readWorkbook, check, annotate: io.annotate });
        }
        Object.assign(r, out);
      }
      if (r.error) unreadable++;
      else {
        const c = countBySeverity(r.report!.findings);
        total.error += c.error;
        total.warning += c.warning;
        total.info += c.info;
        if (c.error > 0) errorFindings = true;
      }
      if (json) json.file(fileJson(r, o.lang));
      else if (o.format === 'html') emit(htmlFile(r, i, o.lang));
      else emit(`${fileText(r, o.lang)}\n`);
      if (copies) {
        progress.clear();
        if (!(await writeCopy(io, o, r, copies[i], isInput))) unwritten++;
      }
      queue[i] = { file: r.file }; // the report is written out; let it go
    }
  } finally {
    await pool?.close();
  }
  progress.clear();
  if (json) json.end();
  else if (o.format === 'html') emit(htmlEnd(o.lang, n > 1 ? { files: n, ...total, unreadable } : undefined));
  else if (n > 1) emit(`${cliText('total', o.lang, { files: n, ...total, unreadable })}\n`);
  if (outFile) {
    try {
      await outFile.close();
    } catch (e) {
      sayBoth(io, 'outFailed', o.out!, writeErrorText(e, o.out!));
      return 2;
    }
  }
  if (unreadable > 0 || unwritten > 0) return 2;
  return errorFindings ? 1 : 0;
}

/** Write a file's annotated copy (or say why there is none); false when none was written. */
async function writeCopy(io: CliIO, o: Options, r: FileResult, target: string, isInput: (f: string) => Promise<boolean>): Promise<boolean> {
  let why: LocalizedText | undefined = r.report ? r.annotateError : cliTexts('annotateUnread');
  if (!why && r.annotated) {
    try {
      if (await isInput(target)) throw new WriteError('is-input', target);
      await io.output!.write(target, r.annotated);
      if (!o.quiet) io.stderr(`${terminalSafe(cliText('annotateWritten', o.lang, { file: target }))}\n`);
      return true;
    } catch (e) {
      why = writeErrorText(e, target);
    }
  }
  sayBoth(io, 'annotateNotWritten', r.file, why ?? cliTexts('internalError', { what: 'no copy' }));
  return false;
}
