/**
 * The command line (CONTRACT.md), testable in-process: run(argv, io) → exit code.
 */
import { checkWorkbook, type CheckOptions } from '../engine/check';
import { countBySeverity, type Finding, type Lang, type WorkbookReport } from '../engine/findings';
import { severityLabel, ui } from '../engine/i18n/ui';
import type { WorkbookData } from '../engine/model/workbook';
import { TABLE_KIND_DEFS } from '../engine/tables/kinds';
import { PROFILE_IDS } from '../engine/tables/profiles';
import { WorkbookReadError } from '../hosts/file/errors';

export interface CliIO {
  stdout(s: string): void;
  stderr(s: string): void;
  /** Whether stderr is a terminal (progress bar) */
  isTTY: boolean;
  readWorkbook(file: string): Promise<WorkbookData>;
  /** Expand folders to the .xlsx files inside (sorted); files as given. */
  expand(arg: string): Promise<string[]>;
  version: string;
  check?: (wb: WorkbookData, o: CheckOptions) => WorkbookReport;
}

interface Options {
  format: 'text' | 'json';
  profile: string;
  lang: Lang;
  quiet: boolean;
  inputs: string[];
}

const LATER: Record<string, { zh: string; en: string }> = {
  html: { zh: '--format html（HTML 报告）', en: '--format html (HTML report)' },
  '--out': { zh: '--out', en: '--out' },
  '--annotate': { zh: '--annotate（标注副本）', en: '--annotate (annotated copy)' },
  '--catalog': { zh: '--catalog（导入分类科目）', en: '--catalog (classification catalog import)' },
};

class UsageError extends Error {}

function later(key: string): UsageError {
  const l = LATER[key];
  return new UsageError(`${l.zh} 将在后续版本提供，本版本尚不支持。\n${l.en} arrives in a later version and is not supported yet.`);
}

export const HELP = `用法 / Usage: budget-check [options] <file.xlsx | folder> [...]

  --format text|json   报告格式（默认 text）/ report format (default text)
  --profile <id>       模板 / profile: auto, ${PROFILE_IDS.join(', ')}
  --lang zh-CN|en      报告语言（默认 zh-CN）/ message language
  --quiet              不显示进度 / no progress on stderr
  --help, --version

退出码 / exit status: 0 无错误 no error finding; 1 有错误 error findings; 2 用法错误或文件无法读取 bad usage or unreadable file
`;

function parseArgs(argv: string[]): Options | 'help' | 'version' {
  const o: Options = { format: 'text', profile: 'auto', lang: 'zh-CN', quiet: false, inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.startsWith('--') && a.includes('=') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    const value = () => {
      if (eq > 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${name} 需要一个值 / needs a value`);
      return v;
    };
    switch (name) {
      case '--help':
      case '-h':
        return 'help';
      case '--version':
      case '-v':
        return 'version';
      case '--format': {
        const f = value();
        if (f === 'html') throw later('html');
        if (f !== 'text' && f !== 'json') throw new UsageError(`未知的格式 / unknown format: ${f}`);
        o.format = f;
        break;
      }
      case '--profile': {
        const p = value();
        if (p !== 'auto' && !PROFILE_IDS.includes(p)) throw new UsageError(`未知的模板 / unknown profile: ${p}（${['auto', ...PROFILE_IDS].join(', ')}）`);
        o.profile = p;
        break;
      }
      case '--lang': {
        const l = value();
        if (l !== 'zh-CN' && l !== 'en') throw new UsageError(`未知的语言 / unknown language: ${l} (zh-CN, en)`);
        o.lang = l;
        break;
      }
      case '--quiet':
      case '-q':
        o.quiet = true;
        break;
      case '--out':
      case '--annotate':
      case '--catalog':
        throw later(name);
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`未知的选项 / unknown option: ${a}`);
        o.inputs.push(a);
    }
  }
  if (o.inputs.length === 0) throw new UsageError('请给出要审核的 .xlsx 文件或文件夹 / give .xlsx files or folders to check');
  return o;
}

interface FileResult {
  file: string;
  report?: WorkbookReport;
  error?: { zh: string; en: string };
}

function findingJson(f: Finding, lang: Lang) {
  const out: Record<string, unknown> = { rule: f.rule, severity: f.severity, sheet: f.sheet, cells: f.cells, message: f.message[lang] };
  if (f.expected !== undefined) out.expected = f.expected;
  if (f.actual !== undefined) out.actual = f.actual;
  return out;
}

export function toJson(results: FileResult[], version: string, lang: Lang): string {
  return JSON.stringify(
    {
      tool: { name: 'budget-check', version },
      files: results.map((r) =>
        r.report
          ? {
              file: r.file,
              profile: r.report.profile,
              tables: r.report.tables.map((t) => ({ kind: t.kind, sheet: t.sheet, title: t.title, unit: t.unit })),
              missingTables: r.report.missingTables,
              findings: r.report.findings.map((f) => findingJson(f, lang)),
            }
          : { file: r.file, error: lang === 'en' ? r.error!.en : r.error!.zh, tables: [], missingTables: [], findings: [] },
      ),
    },
    null,
    2,
  );
}

export function toText(results: FileResult[], lang: Lang): string {
  const out: string[] = [];
  const kindName = (k: keyof typeof TABLE_KIND_DEFS) => (lang === 'en' ? TABLE_KIND_DEFS[k].nameEn : TABLE_KIND_DEFS[k].nameZh);
  for (const r of results) {
    out.push(`== ${ui('file', lang)}: ${r.file}`);
    if (!r.report) {
      out.push(`  ${ui('cannotRead', lang)}: ${lang === 'en' ? r.error!.en : r.error!.zh}`, '');
      continue;
    }
    const rep = r.report;
    out.push(`  ${ui('profile', lang)}: ${rep.profile}${rep.profileAuto ? ui('profileAuto', lang) : ''}`);
    out.push(`  ${ui('tablesFound', lang)} (${rep.tables.length}):`);
    for (const t of rep.tables) out.push(`    - ${kindName(t.kind)} [${t.kind}]  「${t.sheet}」 ${t.range}  ${t.unit ?? ui('unitUnknown', lang)}`);
    out.push(`  ${ui('tablesMissing', lang)}: ${rep.missingTables.length ? rep.missingTables.map((k) => `${kindName(k)} [${k}]`).join(', ') : ui('none', lang)}`);
    const c = countBySeverity(rep.findings);
    out.push(`  ${ui('findings', lang)}: ${severityLabel('error', lang)} ${c.error}, ${severityLabel('warning', lang)} ${c.warning}, ${severityLabel('info', lang)} ${c.info}`);
    let sheet: string | null | undefined;
    for (const f of rep.findings) {
      if (f.sheet !== sheet) {
        sheet = f.sheet;
        out.push(`  [${sheet ?? ui('workbookLevel', lang)}]`);
      }
      out.push(`    ${f.cells[0] ?? '-'}  ${severityLabel(f.severity, lang)}  ${f.message[lang]}  (${f.rule})`);
    }
    out.push('');
  }
  return out.join('\n');
}

function progress(io: CliIO, o: Options, i: number, n: number, file: string): void {
  if (o.quiet) return;
  const label = ui('checking', o.lang);
  if (io.isTTY) {
    const width = 24;
    const done = Math.round(((i + 1) / n) * width);
    io.stderr(`\r[${'#'.repeat(done)}${'.'.repeat(width - done)}] ${i + 1}/${n} ${file.slice(-50)}\x1b[K${i + 1 === n ? '\n' : ''}`);
  } else {
    io.stderr(`${label} ${i + 1}/${n}: ${file}\n`);
  }
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  let o: Options;
  try {
    const p = parseArgs(argv);
    if (p === 'help') {
      io.stdout(HELP);
      return 0;
    }
    if (p === 'version') {
      io.stdout(`${io.version}\n`);
      return 0;
    }
    o = p;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`${e.message}\n\n${HELP}`);
      return 2;
    }
    throw e;
  }
  const check = io.check ?? checkWorkbook;
  const files: string[] = [];
  const results: FileResult[] = [];
  for (const a of o.inputs) {
    try {
      const list = await io.expand(a);
      files.push(...list);
    } catch (e) {
      const err = e instanceof WorkbookReadError ? e.text : { 'zh-CN': String(e), en: String(e) };
      results.push({ file: a, error: { zh: err['zh-CN'], en: err.en } });
    }
  }
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    progress(io, o, i, files.length, file);
    try {
      const wb = await io.readWorkbook(file);
      results.push({ file, report: check(wb, { profile: o.profile }) });
    } catch (e) {
      if (e instanceof WorkbookReadError) results.push({ file, error: { zh: e.text['zh-CN'], en: e.text.en } });
      else results.push({ file, error: { zh: `内部错误：${(e as Error).message}`, en: `Internal error: ${(e as Error).message}` } });
    }
  }
  io.stdout(o.format === 'json' ? `${toJson(results, io.version, o.lang)}\n` : toText(results, o.lang));
  if (results.some((r) => r.error)) return 2;
  if (results.some((r) => r.report!.findings.some((f) => f.severity === 'error'))) return 1;
  return 0;
}
