/**
 * The words of the command line budget-check, zh-CN first and en second: its help, usage errors,
 * progress and the labels of the text report. `{name}` marks a value filled in by cliText.
 * Severities, table kinds, profiles and unit types are named by the shared engine/i18n/labels.
 */
import { fill, fillText, type Lang, type LocalizedText } from '../engine/i18n/lang';
import { REPORT_TEXTS } from '../engine/i18n/report-messages';

const CLI = {
  // ------------------------------------------------------------ usage, errors, progress
  help: {
    'zh-CN': `用法：budget-check [选项] <文件.xlsx | 文件夹> ...

  --format text|json|html
                       报告格式（默认 text）；json 时标准输出只有一个 JSON 文档；html 为独立的网页报告（不联网，可打印）
  --out <文件>         把报告写到文件而不是标准输出（任何格式）
  --annotate <文件|文件夹/>
                       写出标注问题的工作簿副本（问题单元格按级别填色并加批注，另加“审核结果”工作表）；
                       一个输入文件时写到给出的文件，多个时写到文件夹中的 <名称>.checked.xlsx；原文件从不修改
  --profile <模板>     指定模板：{profiles}（默认 auto，自动判断）
  --lang zh-CN|en      报告语言（默认 zh-CN）
  --catalog <文件>     导入官方《政府收支分类科目》（.xlsx 或 .csv），替换内置目录中它包含的分类
  --unit-type auto|admin|institution
                       单位类型（经济分类对应关系用）：自动判断、行政单位、事业单位（默认 auto）
  --jobs, -j <N>       同时审核的文件数（工作线程数，默认为 CPU 核数）；结果与 --jobs 1 完全相同
  --max-memory <MiB>   每个文件审核时可用的内存上限（默认 1024）
  --timeout <秒>       每个文件的审核时限（默认 60）
  --quiet, -q          不在标准错误输出显示进度
  --help, -h           显示本说明
  --version, -v        显示版本号

写出空白标准表工作簿：budget-check template --profile <模板> --out <文件.xlsx>（详见 budget-check template --help）

文件夹会递归查找其中所有 .xlsx 文件（按路径排序）；无法读取的子文件夹和失效的链接会跳过并给出提示。
有多个文件（或给出 --max-memory、--timeout）时，每个文件在独立的工作线程中审核：超出内存或时限的文件报告为无法读取，其余文件不受影响。
只接受普通文件（不读取设备、管道），文件不超过 200 MiB，解压后不超过 512 MiB（单个部分 256 MiB）。
退出码：0 没有“错误”级别的问题；1 至少有一个“错误”；2 用法错误或有文件无法读取（其余文件照常审核并报告）。
`,
    en: `Usage: budget-check [options] <file.xlsx | folder> ...

  --format text|json|html
                       report format (default text); with json, stdout holds exactly one JSON document; html is a
                       self-contained web page (no network, prints on A4)
  --out <file>         write the report to a file instead of stdout (any format)
  --annotate <file|folder/>
                       write a copy of the workbook with the findings marked (cells filled by severity, a note with
                       the message, an added "Check results" sheet); one input: that file; several: <name>.checked.xlsx
                       in the folder. The input files are never modified
  --profile <id>       force a profile: {profiles} (default auto)
  --lang zh-CN|en      message language (default zh-CN)
  --catalog <file>     an official classification catalog (.xlsx or .csv) replacing the built-in one for what it holds
  --unit-type auto|admin|institution
                       unit type for the economic correspondence (default auto: inferred)
  --jobs, -j <N>       files checked at once (worker threads, default: the number of cores); output identical to --jobs 1
  --max-memory <MiB>   memory limit for checking one file (default 1024)
  --timeout <s>        time limit for checking one file (default 60)
  --quiet, -q          no progress on stderr
  --help, -h           show this help
  --version, -v        show the version

To write a blank workbook of standard tables: budget-check template --profile <id> --out <file.xlsx> (see budget-check template --help)

A folder is searched recursively for .xlsx files (sorted by path); unreadable subfolders and broken links are skipped with a warning.
With several files (or with --max-memory or --timeout) each file is checked in a worker thread of its own: a file that passes the memory or time limit is reported as unreadable, the others are not affected.
Only regular files are read (no devices or pipes), of at most 200 MiB, and at most 512 MiB unpacked (256 MiB per part).
Exit status: 0 no finding of severity error; 1 at least one error; 2 bad usage or a file could not be read (the other files are still checked and reported).
`,
  },
  unknownOption: { 'zh-CN': '未知的选项：{what}', en: 'Unknown option: {what}' },
  needsValue: { 'zh-CN': '选项 {what} 需要一个值', en: 'Option {what} needs a value' },
  badFormat: { 'zh-CN': '未知的报告格式：{what}（可用：text、json、html）', en: 'Unknown format: {what} (use text, json or html)' },
  annotateNeedsFolder: {
    'zh-CN': '有多个输入文件时，--annotate 需要一个文件夹（如 out/），每个文件写成 <名称>.checked.xlsx：{what} 是一个文件',
    en: 'With several input files, --annotate needs a folder (such as out/) that gets <name>.checked.xlsx per file: {what} is a file',
  },
  outFailed: { 'zh-CN': '无法写入报告文件 {file}：', en: 'Cannot write the report file {file}: ' },
  annotateFailed: { 'zh-CN': '无法写入标注副本 {file}：', en: 'Cannot write the annotated copies to {file}: ' },
  annotateWritten: { 'zh-CN': '已写入标注副本：{file}', en: 'Annotated copy written: {file}' },
  annotateNotWritten: { 'zh-CN': '未写入 {file} 的标注副本：', en: 'No annotated copy of {file}: ' },
  annotateUnread: { 'zh-CN': '文件无法读取', en: 'the file could not be read' },
  'write-no-folder': { 'zh-CN': '所在文件夹不存在（{file}）', en: 'its folder does not exist ({file})' },
  'write-no-permission': { 'zh-CN': '没有写入权限（{file}）', en: 'no permission to write it ({file})' },
  'write-is-folder': { 'zh-CN': '这是一个文件夹（{file}）', en: 'it is a folder ({file})' },
  'write-read-only': { 'zh-CN': '所在磁盘是只读的（{file}）', en: 'its disk is read-only ({file})' },
  'write-disk-full': { 'zh-CN': '磁盘空间不足（{file}）', en: 'the disk is full ({file})' },
  'write-is-input': { 'zh-CN': '这是正在审核的输入文件，不会被覆盖（{file}）', en: 'it is one of the input files, which are never overwritten ({file})' },
  'write-not-folder': { 'zh-CN': '同名文件已存在，不是文件夹（{file}）', en: 'a file of that name exists, not a folder ({file})' },
  'write-unwritable': { 'zh-CN': '无法写入（{file}）', en: 'it cannot be written ({file})' },
  badProfile: { 'zh-CN': '未知的模板：{what}（可用：{profiles}）', en: 'Unknown profile: {what} (use one of {profiles})' },
  badLang: { 'zh-CN': '未知的语言：{what}（可用：zh-CN、en）', en: 'Unknown language: {what} (use zh-CN or en)' },
  noInputs: { 'zh-CN': '请给出要审核的 .xlsx 文件或文件夹', en: 'Give the .xlsx files or folders to check' },
  badJobs: { 'zh-CN': '--jobs 需要 1 到 256 之间的整数：{what}', en: '--jobs needs a whole number from 1 to 256: {what}' },
  badMaxMemory: { 'zh-CN': '--max-memory 需要 16 以上的整数（MiB）：{what}', en: '--max-memory needs a whole number of MiB, 16 or more: {what}' },
  badTimeout: { 'zh-CN': '--timeout 需要大于 0 的秒数（最多 86400）：{what}', en: '--timeout needs a number of seconds above 0 (at most 86400): {what}' },
  badUnitType: { 'zh-CN': '未知的单位类型：{what}（可用：auto、admin、institution）', en: 'Unknown unit type: {what} (use auto, admin or institution)' },
  catalogFailed: { 'zh-CN': '无法导入分类目录 {file}：', en: 'Cannot import the catalog {file}: ' },
  catalogLoaded: {
    'zh-CN': '已导入分类目录 {file}：功能分类 {fn} 条，部门经济分类 {econ} 条，政府经济分类 {gov} 条',
    en: 'Catalog {file} imported: {fn} functional, {econ} departmental economic, {gov} government economic entries',
  },
  seeHelp: { 'zh-CN': '运行 budget-check --help 查看用法', en: 'Run budget-check --help for usage' },
  noXlsxInFolder: { 'zh-CN': '文件夹中没有 .xlsx 文件', en: 'No .xlsx file in this folder' },
  internalError: { 'zh-CN': '审核时出现内部错误：{what}', en: 'Internal error while checking: {what}' },
  reading: { 'zh-CN': '正在读取', en: 'Reading' },
  // ------------------------------------------------------------ budget-check template
  templateHelp: {
    'zh-CN': `用法：budget-check template --profile <模板> [选项] --out <文件.xlsx>

写出一个空白工作簿：该模板（地区、年度版本）的全部标准公开表，按其官方样式排版（标题、编制单位行、单位行、
多级表头和合并单元格、固定行、合计公式、金额格式、冻结表头、A4 横向打印）。

  --profile <模板>     必填：{profiles}
  --out <文件.xlsx>    必填：写出的文件（已存在时不覆盖，除非给出 --force）
  --year <年度>        标题中的年度（默认为明年）
  --name <名称>        单位（部门）名称，写在“单位名称：”/“编制单位：”行（默认留空待填）
  --unit 元|万元       金额单位（默认为该模板的单位；“三公”经费表按模板固定）
  --level dept|unit    部门或单位（只对不分级的 mof-9 有效，默认 unit）
  --contents           在最前面加一张“目录”表
  --protect            锁定公式单元格并保护工作表（无密码）
  --force              覆盖已存在的文件
  --lang zh-CN|en      提示语言
退出码：0 已写出；2 用法错误或无法写出文件。
`,
    en: `Usage: budget-check template --profile <id> [options] --out <file.xlsx>

Writes a blank workbook: all the standard tables of the profile (region and edition), laid out as its official
template (titles, name line, unit line, multi-level headers with merged cells, fixed lines, total formulas,
number formats, frozen header rows, A4 landscape print setup).

  --profile <id>       required: {profiles}
  --out <file.xlsx>    required: the file to write (an existing file is not overwritten unless --force)
  --year <year>        the year in the titles (default: next year)
  --name <name>        the unit (department) name on the 单位名称 / 编制单位 line (default: left blank)
  --unit 元|万元       the amount unit (default: the profile's; the 三公 table keeps its template's)
  --level dept|unit    department or unit (mof-9 only, which has no level; default unit)
  --contents           a 目录 (contents) sheet first
  --protect            lock the formula cells and protect the sheets (no password)
  --force              overwrite an existing file
  --lang zh-CN|en      message language
Exit status: 0 written; 2 bad usage or the file could not be written.
`,
  },
  seeTemplateHelp: { 'zh-CN': '运行 budget-check template --help 查看用法', en: 'Run budget-check template --help for usage' },
  badTemplateProfile: { 'zh-CN': '未知的模板：{what}（可用：{profiles}）', en: 'Unknown profile: {what} (use one of {profiles})' },
  templateNeedsProfile: { 'zh-CN': '请用 --profile 指定模板（可用：{profiles}）', en: 'Give the profile with --profile (one of {profiles})' },
  templateNeedsOut: { 'zh-CN': '请用 --out 指定要写出的 .xlsx 文件', en: 'Give the .xlsx file to write with --out' },
  templateOutXlsx: { 'zh-CN': '--out 需要以 .xlsx 结尾的文件名：{what}', en: '--out needs a file name ending in .xlsx: {what}' },
  badYear: { 'zh-CN': '--year 需要 {min} 到 {max} 之间的四位年度：{what}', en: '--year needs a four-digit year from {min} to {max}: {what}' },
  badUnit: { 'zh-CN': '未知的金额单位：{what}（可用：元、万元）', en: 'Unknown amount unit: {what} (use 元 or 万元)' },
  badLevel: { 'zh-CN': '未知的级次：{what}（可用：dept、unit）', en: 'Unknown level: {what} (use dept or unit)' },
  outExists: { 'zh-CN': '文件 {file} 已存在，未覆盖（要覆盖请加 --force）', en: 'The file {file} exists and was not overwritten (add --force to overwrite it)' },
  outUnwritable: { 'zh-CN': '无法写出文件 {file}：{why}', en: 'Cannot write the file {file}: {why}' },
  outNoFolder: { 'zh-CN': '无法写出文件 {file}：所在文件夹不存在', en: 'Cannot write the file {file}: its folder does not exist' },
  outNoPermission: { 'zh-CN': '无法写出文件 {file}：没有写入权限', en: 'Cannot write the file {file}: permission denied' },
  outIsFolder: { 'zh-CN': '无法写出文件 {file}：这是一个文件夹', en: 'Cannot write the file {file}: it is a folder' },
  templateWritten: {
    'zh-CN': '已写出 {file}：{profile}，{year}年，{count} 张表',
    en: 'Wrote {file}: {profile}, {year}, {count} tables',
  },
  // the labels of the text report: shared with the other reports (engine/i18n/report-messages)
  ...REPORT_TEXTS,
} as const satisfies Record<string, LocalizedText>;

export type CliKey = keyof typeof CLI;

/** A command-line text in one language, with `{name}` filled from vars. */
export function cliText(key: CliKey, lang: Lang, vars: Readonly<Record<string, string | number>> = {}): string {
  return fill(CLI[key][lang], vars);
}

/** A command-line text in both languages (usage errors, unreadable files), with `{name}` filled from vars. */
export function cliTexts(key: CliKey, vars: Readonly<Record<string, string | number>> = {}): LocalizedText {
  return fillText(CLI[key], vars);
}
