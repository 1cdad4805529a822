/**
 * The standalone checker page: choose or drop .xlsx files, each is checked in the page's Web Worker
 * with the same engine as the add-in and the command line, and shown with the task pane's own
 * findings list and summary (shared components). A click on a finding shows the cells around it.
 * Downloads: the marked copy, the HTML report (one file or all), a blank standard workbook.
 */
import { Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Select, Text, Title2 } from '@fluentui/react-components';
import { useState } from 'react';
import type { Finding } from '../engine/findings';
import type { Lang } from '../engine/i18n/lang';
import { profileName } from '../engine/i18n/labels';
import { PROFILES } from '../engine/tables/profiles';
import { parseRange, type RangeRect } from '../engine/model/address';
import type { GridExcerpt } from '../report/excerpts';
import { FindingsPanel } from '../taskpane/panels/FindingsPanel';
import { isLang } from '../taskpane/settings';
import { SummaryPanel } from '../taskpane/panels/SummaryPanel';
import { useStyles } from '../taskpane/styles';
import type { CheckedFile, CheckerApi, FailedFile } from './checker-api';
import { ct } from './strings';

/** The worker's API (or, in a test, the API itself): every call answers asynchronously. */
export type CheckerPort = { [K in keyof CheckerApi]: (...a: Parameters<CheckerApi[K]>) => Promise<Awaited<ReturnType<CheckerApi[K]>>> };

type Outcome = CheckedFile | FailedFile;
const isChecked = (o: Outcome): o is CheckedFile => 'report' in o;

/** Save bytes or text as a file the browser downloads (nothing is sent anywhere). */
function download(name: string, data: Uint8Array | string, type: string): void {
  const blob = new Blob([typeof data === 'string' ? data : new Uint8Array(data)], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const baseName = (n: string) => n.replace(/\.xlsx$/i, '');

function Excerpt({ grid, where }: { grid: GridExcerpt & { at: RangeRect }; where: string }) {
  const s = useStyles();
  return (
    <div className={s.excerpt}>
      <table>
        <tbody>
          {grid.rows.map((row, r) => (
            <tr key={r}>
              {row.map((v, c) => (
                <td key={c} className={r === grid.at.top - grid.top && c === grid.at.left - grid.left ? s.excerptHit : undefined}>
                  {v}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <Text size={200}>{where}</Text>
    </div>
  );
}

export function CheckerApp({ api }: { api: CheckerPort }) {
  const s = useStyles();
  const [lang, setLang] = useState<Lang>('zh-CN');
  const [profile, setProfile] = useState('auto');
  const [files, setFiles] = useState<Outcome[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const [shown, setShown] = useState<number | null>(null);
  const [near, setNear] = useState<{ grid: GridExcerpt & { at: RangeRect }; where: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [blank, setBlank] = useState({ profile: PROFILES[0].id, year: new Date().getFullYear() + 1, unitName: '' });

  const attempt = async (what: () => Promise<void>) => {
    setError(null);
    try {
      await what();
    } catch (e) {
      setError(`${ct('failed', lang)}${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const checkAll = async (list: File[]) => {
    const xs = list.filter((f) => f.size >= 0);
    for (let i = 0; i < xs.length; i++) {
      const f = xs[i];
      setBusy(ct('checking', lang, { n: i + 1, count: xs.length, name: f.name }));
      const out = await api.check(f.name, new Uint8Array(await f.arrayBuffer()), { profile });
      setFiles((cur) => [...cur, out]);
      if (isChecked(out)) setShown((cur) => cur ?? out.id);
    }
    setBusy(null);
  };

  const current = files.find((f): f is CheckedFile => isChecked(f) && f.id === shown) ?? null;
  const checked = files.filter(isChecked);
  const failed = files.filter((f): f is FailedFile => !isChecked(f));

  const showNear = (file: CheckedFile, sheet: string, cell: string) =>
    attempt(async () => {
      const grid = await api.excerpt(file.id, sheet, cell);
      if (!grid) return setNear(null);
      setNear({ grid: { ...grid, at: parseRange(cell) }, where: `${sheet}!${cell}` });
    });

  return (
    <div className={s.page}>
      <header>
        <Title2 as="h1">{ct('title', lang)}</Title2>
        <Text block>{ct('intro', lang)}</Text>
        <Text block size={200} className={s.small}>
          {ct('privacy', lang)}
        </Text>
        <RadioGroup layout="horizontal" className={s.wrap} value={lang} onChange={(_e, d) => isLang(d.value) && setLang(d.value)} aria-label={ct('language', lang)}>
          <Radio value="zh-CN" label="中文" />
          <Radio value="en" label="English" />
        </RadioGroup>
      </header>

      <section
        className={s.dropZone}
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          void checkAll([...e.dataTransfer.files]);
        }}
      >
        <div className={s.row}>
          <Field className={s.grow} label={ct('profile', lang)}>
            <Select className={s.fill} value={profile} onChange={(_e, d) => setProfile(d.value)}>
              <option value="auto">{ct('auto', lang)}</option>
              {PROFILES.map((p) => (
                <option key={p.id} value={p.id}>
                  {profileName(p.id, lang)}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <label className={s.chooser}>
          <input
            type="file"
            multiple
            accept=".xlsx"
            className={s.fileInput}
            onChange={(e) => {
              const list = [...(e.target.files ?? [])];
              e.target.value = '';
              void checkAll(list);
            }}
          />
          <span>{ct('choose', lang)}</span>
        </label>
        <Text size={200}>{ct('drop', lang)}</Text>
        {busy && (
          <Text block role="status">
            {busy}
          </Text>
        )}
      </section>

      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}

      {files.length > 0 && (
        <section aria-label={ct('files', lang)}>
          <Text block weight="semibold">
            {ct('files', lang)}
          </Text>
          <div className={s.row}>
            {checked.map((f) => (
              <Button key={f.id} size="small" appearance={f.id === shown ? 'primary' : 'secondary'} onClick={() => (setShown(f.id), setNear(null))}>
                {f.name}
              </Button>
            ))}
          </div>
          {failed.map((f, i) => (
            <MessageBar key={i} intent="error">
              <MessageBarBody>
                {f.name}：{ct('cannotRead', lang)}
                {f.error[lang]}
              </MessageBarBody>
            </MessageBar>
          ))}
          {files.length > 1 && (
            <Button size="small" onClick={() => attempt(async () => download(lang === 'en' ? 'check-report.html' : '审核报告.html', await api.htmlReport(checked.map((f) => f.id), failed, lang), 'text/html'))}>
              {ct('downloadAllReports', lang)}
            </Button>
          )}
        </section>
      )}

      {current && (
        <section aria-label={current.name}>
          <Text block weight="semibold">
            {current.name}
          </Text>
          <div className={s.row}>
            <Button size="small" onClick={() => attempt(async () => download(`${baseName(current.name)}.checked.xlsx`, await api.annotated(current.id, lang, new Date().toLocaleString(lang)), XLSX))}>
              {ct('downloadAnnotated', lang)}
            </Button>
            <Button size="small" onClick={() => attempt(async () => download(`${baseName(current.name)}.html`, await api.htmlReport([current.id], [], lang), 'text/html'))}>
              {ct('downloadReport', lang)}
            </Button>
          </div>
          <FindingsPanel
            lang={lang}
            findings={current.report.findings}
            sheets={current.sheets}
            tables={current.report.tables.length}
            ruleNames={current.ruleNames}
            onSelect={(f: Finding) => f.sheet && f.cells[0] && showNear(current, f.sheet, f.cells[0])}
            onSelectRelated={(sheet, cell) => showNear(current, sheet, cell)}
          />
          {near && (
            <section aria-label={ct('near', lang, { where: near.where })}>
              <Text block weight="semibold">
                {ct('near', lang, { where: near.where })}
              </Text>
              <Excerpt grid={near.grid} where={near.where} />
            </section>
          )}
          {current.report.tables.length > 0 && <SummaryPanel lang={lang} report={current.report} />}
        </section>
      )}

      <section aria-label={ct('blank', lang)}>
        <Text block weight="semibold">
          {ct('blank', lang)}
        </Text>
        <Text block size={200}>
          {ct('blankHint', lang)}
        </Text>
        <div className={s.row}>
          <Field className={s.grow} label={ct('profile', lang)}>
            <Select className={s.fill} value={blank.profile} onChange={(_e, d) => setBlank({ ...blank, profile: d.value })}>
              {PROFILES.map((p) => (
                <option key={p.id} value={p.id}>
                  {profileName(p.id, lang)}
                </option>
              ))}
            </Select>
          </Field>
          <Field className={s.grow} label={ct('year', lang)}>
            <Input className={s.fill} type="number" value={String(blank.year)} onChange={(_e, d) => setBlank({ ...blank, year: Number(d.value) || blank.year })} />
          </Field>
          <Field className={s.grow} label={ct('unitName', lang)}>
            <Input className={s.fill} value={blank.unitName} onChange={(_e, d) => setBlank({ ...blank, unitName: d.value })} />
          </Field>
        </div>
        <Button onClick={() => attempt(async () => download(`${blank.profile}-${blank.year}.xlsx`, await api.blankWorkbook(blank), XLSX))}>{ct('downloadBlank', lang)}</Button>
      </section>
    </div>
  );
}
