/**
 * The task pane: 校验 → progress → summary → findings by sheet (click → select the cell);
 * 清除标记; 插入标准表; settings. It talks only to a WorkbookHost and the engine.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Checkbox,
  Divider,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  ProgressBar,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { catalogCounts } from '../engine/catalog/import';
import type { ImportedCatalog } from '../engine/catalog/types';
import { checkWorkbook, type CheckOptions } from '../engine/check';
import { countBySeverity, type Finding, type Severity } from '../engine/findings';
import type { Lang } from '../engine/i18n/lang';
import { CODE_LEVEL_LABELS, MATCHED_LABELS, SCHEME_LABELS, kindName, profileName, unitTypeLabel } from '../engine/i18n/labels';
import { TABLE_KINDS, type TableKind } from '../engine/tables/kinds';
import { PROFILES } from '../engine/tables/profiles';
import { codesAt, entityNameOf, findingsBySheet, yearOf, type CheckedReport } from '../engine/queries';
import { buildTemplate } from '../engine/templates';
import type { WorkbookData } from '../engine/model/workbook';
import { readCatalogFile } from '../hosts/file/browser';
import type { CellRef, WorkbookHost } from '../hosts/host';
import { isLang, isUnitTypeChoice, loadSettings, saveCatalog, saveSetting, type UnitTypeChoice } from './settings';
import { SEVERITY_HEADINGS, t } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px', padding: '12px' },
  row: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
  finding: {
    display: 'block',
    width: '100%',
    textAlign: 'left',
    padding: '6px 8px',
    border: 'none',
    background: 'transparent',
    cursor: 'pointer',
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    ':hover': { background: tokens.colorNeutralBackground1Hover },
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  info: { borderLeftColor: tokens.colorBrandStroke1 },
  cell: { fontFamily: tokens.fontFamilyMonospace, marginRight: '6px' },
  small: { color: tokens.colorNeutralForeground3 },
});

export interface AppProps {
  host: WorkbookHost;
  /** The engine's check (injectable for tests; a report without the tables model shows no cell codes). */
  check?: (wb: WorkbookData, o: CheckOptions) => CheckedReport;
  /** False when Excel lacks the needed API set. */
  supported?: boolean;
}

type Phase = 'idle' | 'reading' | 'checking' | 'marking';

export function App({ host, check = checkWorkbook, supported = true }: AppProps) {
  const s = useStyles();
  const [lang, setLang] = useState<Lang>('zh-CN');
  const [profile, setProfile] = useState('auto');
  const [phase, setPhase] = useState<Phase>('idle');
  const [report, setReport] = useState<CheckedReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [hasMarks, setHasMarks] = useState(false);
  const [chosen, setChosen] = useState<Set<TableKind>>(new Set());
  const [year, setYear] = useState<number>(new Date().getFullYear());
  const [unitName, setUnitName] = useState('');
  const [unit, setUnit] = useState<'万元' | '元'>('万元');
  const [level, setLevel] = useState<'unit' | 'dept'>('unit');
  const [catalog, setCatalog] = useState<ImportedCatalog | null>(null);
  const [unitType, setUnitType] = useState<UnitTypeChoice>('auto');
  const [selected, setSelected] = useState<CellRef | null>(null);
  const [selectionEvents, setSelectionEvents] = useState(false);
  const [checks, setChecks] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);

  const fail = useCallback((e: unknown) => {
    const text = (e as { text?: Record<Lang, string> }).text;
    setError(text ? text[lang] : e instanceof Error ? e.message : String(e));
    setPhase('idle');
  }, [lang]);

  useEffect(() => {
    if (!supported) return;
    (async () => {
      try {
        const stored = await loadSettings(host);
        if (stored.profile) setProfile(stored.profile);
        if (stored.lang) setLang(stored.lang);
        if (stored.unitType) setUnitType(stored.unitType);
        if (stored.catalog !== undefined) setCatalog(stored.catalog);
        setHasMarks(await host.hasHighlights());
      } catch {
        /* marks unreadable: none shown */
      }
    })();
  }, [host, supported]);

  const run = async () => {
    setError(null);
    setNotice(null);
    try {
      setPhase('reading');
      const wb = await host.readWorkbook();
      setPhase('checking');
      const r = check(wb, { profile, catalog, unitType });
      setReport(r);
      setChecks((n) => n + 1);
      setChosen(new Set(r.missingTables));
      setYear(yearOf(r) ?? new Date().getFullYear());
      const entity = entityNameOf(r);
      if (entity) setUnitName(entity);
      setPhase('marking');
      const h = await host.highlight(r.findings.filter((f) => f.sheet !== null));
      setHasMarks(h.marked > 0);
      const parts = [`${t('marked', lang)}${h.marked}`];
      if (h.skipped.length) parts.push(`${t('skipped', lang)}${h.skipped.map((x) => x.sheet).join('、')}`);
      setNotice(parts.join('；'));
      setPhase('idle');
    } catch (e) {
      fail(e);
    }
  };

  // after a check, follow the user's selection (ExcelApi 1.9); otherwise the pane offers a button
  useEffect(() => {
    if (!report || !supported) return;
    let off: (() => void) | null = null;
    let cancelled = false;
    host
      .onSelectionChanged((sel) => setSelected(sel))
      .then((u) => {
        if (cancelled) u?.();
        else {
          off = u;
          setSelectionEvents(u !== null);
        }
      })
      .catch(() => setSelectionEvents(false));
    return () => {
      cancelled = true;
      off?.();
    };
  }, [host, report, supported]);

  const askSelection = async () => {
    try {
      setSelected(await host.getSelection());
    } catch (e) {
      fail(e);
    }
  };

  const importCatalog = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    try {
      const imported = await readCatalogFile(file);
      await saveCatalog(host, imported);
      setCatalog(imported);
      setNotice(t('catalogDone', lang));
    } catch (e) {
      fail(e);
    }
  };

  const restoreCatalog = async () => {
    try {
      await saveCatalog(host, null);
      setCatalog(null);
      setNotice(t('catalogRestored', lang));
    } catch (e) {
      fail(e);
    }
  };

  const clear = async () => {
    try {
      await host.clearHighlights();
      setHasMarks(false);
      setNotice(t('cleared', lang));
    } catch (e) {
      fail(e);
    }
  };

  const insert = async () => {
    try {
      const kinds = TABLE_KINDS.filter((k) => chosen.has(k));
      const names = await host.addSheets(kinds.map((k) => buildTemplate(k, { year, unitName, unit, level })));
      setNotice(`${t('inserted', lang)}${names.join('、')}`);
    } catch (e) {
      fail(e);
    }
  };

  const select = (f: Finding) => {
    if (f.sheet && f.cells[0]) {
      host.select(f.sheet, f.cells[0]).catch(fail);
      setSelected({ sheet: f.sheet, cell: f.cells[0] });
    }
  };

  const cellCodes = useMemo(() => (report && selected ? codesAt(report, selected) : null), [report, selected]);

  const bySheet = useMemo(() => findingsBySheet(report?.findings ?? []), [report]);

  const counts = report ? countBySeverity(report.findings) : null;

  if (!supported) {
    return (
      <div className={s.root}>
        <MessageBar intent="error">
          <MessageBarBody>{t('unsupported', lang)}</MessageBarBody>
        </MessageBar>
      </div>
    );
  }

  return (
    <div className={s.root}>
      <div className={s.row}>
        <Button appearance="primary" onClick={run} disabled={phase !== 'idle'}>
          {t('check', lang)}
        </Button>
        <Button onClick={clear} disabled={!hasMarks || phase !== 'idle'}>
          {t('clear', lang)}
        </Button>
      </div>
      {phase !== 'idle' && (
        <Field validationMessage={t(phase, lang)} validationState="none">
          <ProgressBar />
        </Field>
      )}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent="info">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {report && counts && (
        <section aria-label="summary">
          <Text block weight="semibold">
            {t('profile', lang)}: {profileName(report.profile, lang)}
            {report.profileAuto ? t('picked', lang) : ''}
          </Text>
          <div className={s.row}>
            {(['error', 'warning', 'info'] as Severity[]).map((sev) => (
              <Badge key={sev} appearance="filled" color={sev === 'error' ? 'danger' : sev === 'warning' ? 'warning' : 'informative'}>
                {SEVERITY_HEADINGS[sev][lang]} {counts[sev]}
              </Badge>
            ))}
          </div>
          <Text block>
            {t('tables', lang)} ({report.tables.length}): {report.tables.map((x) => kindName(x.kind, lang)).join('、') || t('none', lang)}
          </Text>
          <Text block>
            {t('missing', lang)}: {report.missingTables.map((k) => kindName(k, lang)).join('、') || t('none', lang)}
          </Text>
          {report.unitType && (
            <Text block>
              {t('unitType', lang)}: {report.unitType.type ? t(report.unitType.type === 'admin' ? 'unitAdmin' : 'unitInstitution', lang) : unitTypeLabel(null, lang)}（
              {report.unitType.evidence[lang]}）
            </Text>
          )}
        </section>
      )}
      {report && (
        <section aria-label="cell">
          <Text weight="semibold">{t('cellInfo', lang)}</Text>
          {!selectionEvents && (
            <Button size="small" appearance="subtle" onClick={askSelection}>
              {t('cellInfoAsk', lang)}
            </Button>
          )}
          {!selected ? (
            <Text block size={200} className={s.small}>
              {t('cellInfoHint', lang)}
            </Text>
          ) : (
            <div>
              <Text block>
                {selected.sheet}!{selected.cell}
              </Text>
              {!cellCodes || cellCodes.length === 0 ? (
                <Text block>{t('cellInfoNone', lang)}</Text>
              ) : (
                cellCodes.map((c, i) => (
                  <Text block key={i}>
                    {SCHEME_LABELS[c.scheme][lang]} {c.code ?? '—'}
                    {c.level ? `（${CODE_LEVEL_LABELS[c.level][lang]}）` : ''} {c.name ?? t('notInCatalog', lang)} · {MATCHED_LABELS[c.matched][lang]}
                  </Text>
                ))
              )}
            </div>
          )}
        </section>
      )}
      {report && (
        <section aria-label="findings">
          <Text weight="semibold">{t('findings', lang)}</Text>
          {report.findings.length === 0 ? (
            <Text block>{t('noFindings', lang)}</Text>
          ) : (
            // keyed by the report: a new check opens every sheet's list again
            <Accordion key={checks} multiple collapsible defaultOpenItems={bySheet.map(([k]) => k)}>
              {bySheet.map(([sheet, list]) => (
                <AccordionItem key={sheet} value={sheet}>
                  <AccordionHeader>
                    {sheet || t('workbook', lang)} ({list.length})
                  </AccordionHeader>
                  <AccordionPanel>
                    {list.map((f, i) => (
                      <button key={i} type="button" className={`${s.finding} ${s[f.severity]}`} onClick={() => select(f)} title={f.rule}>
                        {f.cells[0] && <span className={s.cell}>{f.cells[0]}</span>}
                        <span>{f.message[lang]}</span>
                      </button>
                    ))}
                  </AccordionPanel>
                </AccordionItem>
              ))}
            </Accordion>
          )}
        </section>
      )}
      <Divider />
      <section aria-label="insert">
        <Text weight="semibold">{t('insert', lang)}</Text>
        {report && report.missingTables.length > 0 && (
          <Button size="small" appearance="subtle" onClick={() => setChosen(new Set(report.missingTables))}>
            {t('insertMissing', lang)}
          </Button>
        )}
        <div>
          {TABLE_KINDS.map((k) => (
            <Checkbox
              key={k}
              label={kindName(k, lang)}
              checked={chosen.has(k)}
              onChange={(_e, d) => {
                const next = new Set(chosen);
                if (d.checked) next.add(k);
                else next.delete(k);
                setChosen(next);
              }}
            />
          ))}
        </div>
        <div className={s.row}>
          <Field label={t('year', lang)}>
            <Input type="number" value={String(year)} onChange={(_e, d) => setYear(Number(d.value) || year)} />
          </Field>
          <Field label={t('unitName', lang)}>
            <Input value={unitName} onChange={(_e, d) => setUnitName(d.value)} />
          </Field>
        </div>
        <div className={s.row}>
          <Field label={t('unit', lang)}>
            <RadioGroup layout="horizontal" value={unit} onChange={(_e, d) => setUnit(d.value as '万元' | '元')}>
              <Radio value="万元" label="万元" />
              <Radio value="元" label="元" />
            </RadioGroup>
          </Field>
          <Field label={t('level', lang)}>
            <RadioGroup layout="horizontal" value={level} onChange={(_e, d) => setLevel(d.value as 'unit' | 'dept')}>
              <Radio value="unit" label={t('levelUnit', lang)} />
              <Radio value="dept" label={t('levelDept', lang)} />
            </RadioGroup>
          </Field>
        </div>
        <Button onClick={insert} disabled={chosen.size === 0}>
          {t('insertDo', lang)}
        </Button>
      </section>
      <Divider />
      <section aria-label="settings">
        <Text weight="semibold">{t('settings', lang)}</Text>
        <Field label={t('profile', lang)}>
          <Dropdown
            value={profile === 'auto' ? t('auto', lang) : profileName(profile, lang)}
            selectedOptions={[profile]}
            onOptionSelect={(_e, d) => {
              const v = d.optionValue ?? 'auto';
              setProfile(v);
              saveSetting(host, 'profile', v).catch(fail);
            }}
          >
            <Option value="auto">{t('auto', lang)}</Option>
            {PROFILES.map((p) => (
              <Option key={p.id} value={p.id}>
                {p.name[lang]}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={t('unitType', lang)}>
          <RadioGroup
            layout="horizontal"
            value={unitType}
            onChange={(_e, d) => {
              if (!isUnitTypeChoice(d.value)) return;
              setUnitType(d.value);
              saveSetting(host, 'unitType', d.value).catch(fail);
            }}
          >
            <Radio value="auto" label={t('unitTypeAuto', lang)} />
            <Radio value="admin" label={t('unitAdmin', lang)} />
            <Radio value="institution" label={t('unitInstitution', lang)} />
          </RadioGroup>
        </Field>
        <Field label={t('catalog', lang)}>
          <Text block size={200}>
            {catalog
              ? `${t('catalogImported', lang)}${catalog.source}${catalog.edition ? `（${catalog.edition}）` : ''}：${t('catalogCounts', lang, catalogCounts(catalog))}`
              : t('catalogBuiltin', lang)}
          </Text>
          <div className={s.row}>
            <Button size="small" onClick={() => fileInput.current?.click()}>
              {t('catalogImport', lang)}
            </Button>
            {catalog && (
              <Button size="small" appearance="subtle" onClick={restoreCatalog}>
                {t('catalogRestore', lang)}
              </Button>
            )}
          </div>
          <input
            ref={fileInput}
            type="file"
            accept=".xlsx,.csv"
            aria-label={t('catalogImport', lang)}
            style={{ display: 'none' }}
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              void importCatalog(f);
            }}
          />
        </Field>
        <Field label={t('language', lang)}>
          <RadioGroup
            layout="horizontal"
            value={lang}
            onChange={(_e, d) => {
              if (!isLang(d.value)) return;
              setLang(d.value);
              saveSetting(host, 'lang', d.value).catch(fail);
            }}
          >
            <Radio value="zh-CN" label="中文" />
            <Radio value="en" label="English" />
          </RadioGroup>
        </Field>
        <Text size={200} className={s.small}>
          {t('privacy', lang)}
        </Text>
      </section>
    </div>
  );
}

