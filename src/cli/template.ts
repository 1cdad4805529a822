/**
 * `budget-check template --profile <id> [--year N] [--name "…"] [--unit 元|万元] [--level dept|unit]
 * [--contents] [--protect] [--force] [--lang zh-CN|en] --out file.xlsx` (docs/CONTRACT.md): writes a
 * complete blank workbook of a profile's standard tables, as that region's template lays them out.
 * Exit status 0 when written, 2 for bad usage or a file that cannot be written.
 */
import type { Lang, LocalizedText } from '../engine/i18n/lang';
import { kindName, profileName } from '../engine/i18n/labels';
import { PROFILE_IDS, findProfile, type AmountUnit } from '../engine/tables/profiles';
import { blankWorkbookXlsx, type BlankWorkbook } from '../hosts/file/write-templates';
import { cliText, cliTexts, type CliKey } from './messages';
import type { CliIO } from './run';
import { terminalSafe } from './terminal';

interface TemplateArgs {
  profile?: string;
  year?: number;
  name: string;
  unit?: AmountUnit;
  level?: 'dept' | 'unit';
  out?: string;
  contents: boolean;
  protect: boolean;
  force: boolean;
  lang: Lang;
}

class TemplateUsage extends Error {
  constructor(readonly text: LocalizedText) {
    super(text.en);
  }
}

const bad = (key: CliKey, vars: Record<string, string> = {}) => new TemplateUsage(cliTexts(key, vars));

/** Why --out could not be written, by Node's error code. */
const OUT_ERRORS: Record<string, CliKey> = { EEXIST: 'outExists', ENOENT: 'outNoFolder', ENOTDIR: 'outNoFolder', EACCES: 'outNoPermission', EPERM: 'outNoPermission', EROFS: 'outNoPermission', EISDIR: 'outIsFolder' };

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

function parse(argv: string[]): TemplateArgs | { help: Lang } {
  const a: TemplateArgs = { name: '', contents: false, protect: false, force: false, lang: 'zh-CN' };
  const help = argv.includes('--help') || argv.includes('-h');
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string => {
      if (eq > 0) return arg.slice(eq + 1);
      const v = argv[i + 1];
      if (v === undefined || (v.startsWith('--') && v.length > 2)) throw bad('needsValue', { what: name });
      i++;
      return v;
    };
    switch (name) {
      case '--help':
      case '-h':
        break;
      case '--profile': {
        const p = value();
        if (!PROFILE_IDS.includes(p)) throw bad('badTemplateProfile', { what: p, profiles: PROFILE_IDS.join(', ') });
        a.profile = p;
        break;
      }
      case '--year': {
        const y = value();
        if (!/^\d{4}$/.test(y) || Number(y) < MIN_YEAR || Number(y) > MAX_YEAR) throw bad('badYear', { what: y, min: String(MIN_YEAR), max: String(MAX_YEAR) });
        a.year = Number(y);
        break;
      }
      case '--name':
        a.name = value().trim();
        break;
      case '--unit': {
        const u = value();
        if (u !== '元' && u !== '万元') throw bad('badUnit', { what: u });
        a.unit = u;
        break;
      }
      case '--level': {
        const l = value();
        if (l !== 'dept' && l !== 'unit') throw bad('badLevel', { what: l });
        a.level = l;
        break;
      }
      case '--out':
        a.out = value();
        break;
      case '--contents':
        a.contents = true;
        break;
      case '--protect':
        a.protect = true;
        break;
      case '--force':
        a.force = true;
        break;
      case '--lang': {
        const l = value();
        if (l !== 'zh-CN' && l !== 'en') throw bad('badLang', { what: l });
        a.lang = l;
        break;
      }
      default:
        throw bad('unknownOption', { what: arg });
    }
  }
  if (help) return { help: a.lang };
  if (!a.profile) throw bad('templateNeedsProfile', { profiles: PROFILE_IDS.join(', ') });
  if (!a.out) throw bad('templateNeedsOut');
  if (!/\.xlsx$/i.test(a.out)) throw bad('templateOutXlsx', { what: a.out });
  return a;
}

/** Run `budget-check template …` (argv after the word "template"). */
export async function runTemplate(argv: string[], io: CliIO): Promise<number> {
  let a: TemplateArgs;
  try {
    const parsed = parse(argv);
    if ('help' in parsed) {
      io.stdout(cliText('templateHelp', parsed.help, { profiles: PROFILE_IDS.join(', ') }));
      return 0;
    }
    a = parsed;
  } catch (e) {
    if (!(e instanceof TemplateUsage)) throw e;
    io.stderr(`budget-check template: ${terminalSafe(e.text['zh-CN'])}\nbudget-check template: ${terminalSafe(e.text.en)}\n${cliText('seeTemplateHelp', 'zh-CN')} / ${cliText('seeTemplateHelp', 'en')}\n`);
    return 2;
  }
  const out = a.out as string;
  let written: BlankWorkbook;
  try {
    if (!io.writeFile) throw new Error('no file writer');
    written = await blankWorkbookXlsx({ profile: a.profile as string, year: a.year, unitName: a.name, unit: a.unit, level: a.level, contents: a.contents, protectFormulas: a.protect });
    await io.writeFile(out, written.bytes, { overwrite: a.force });
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    const key: CliKey = OUT_ERRORS[code] ?? 'outUnwritable';
    const reason = e instanceof Error ? e.message : String(e);
    io.stderr(
      `budget-check template: ${terminalSafe(cliText(key, 'zh-CN', { file: out, why: reason }))}\nbudget-check template: ${terminalSafe(cliText(key, 'en', { file: out, why: reason }))}\n`,
    );
    return 2;
  }
  const { templates, year } = written;
  const profile = findProfile(a.profile as string)!;
  const lines = templates.map((t) => `  ${terminalSafe(t.sheetName)}  ${kindName(t.kind, a.lang)} [${t.kind}]`);
  io.stdout(
    `${terminalSafe(cliText('templateWritten', a.lang, { file: out, count: templates.length, profile: `${profile.id} ${profileName(profile.id, a.lang)}`, year }))}\n${lines.join('\n')}\n`,
  );
  return 0;
}
