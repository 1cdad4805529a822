/**
 * The verdict in one line, then the findings as a user works through them: errors first, by sheet
 * and cell; findings of one rule with the same message shape grouped with a count (expandable);
 * severity as a sign and a word, not colour alone; long messages clipped with the rest on demand;
 * a click goes to the finding's cell, and to the other table's cell for a comparison. Filters by
 * severity and a search (message, sheet, cell or rule); next / previous (Alt+↓ / Alt+↑) walk the
 * findings' cells in list order.
 */
import { Button, Input, MessageBar, MessageBarBody, Text, ToggleButton } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { countBySeverity, type Finding, type Severity } from '../../engine/findings';
import { severityLabel } from '../../engine/i18n/labels';
import type { Lang } from '../../engine/i18n/lang';
import { findingGroups, type FindingGroup } from '../../engine/queries';
import { t } from '../strings';
import { useStyles } from '../styles';

/** A sign beside the word, so that severity does not rest on colour. */
const SIGN: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };
/** Longer messages are clipped; the rest is shown on demand. */
const CLIP = 120;

export interface FindingsPanelProps {
  lang: Lang;
  findings: Finding[];
  /** The workbook's sheets in order (findings are listed in that order within a severity). */
  sheets: string[];
  /** Tables recognised: none means this is not (yet) a budget workbook. */
  tables: number;
  onSelect(f: Finding): void;
  onSelectRelated(sheet: string, cell: string): void;
}

function SeverityTag({ severity, lang }: { severity: Severity; lang: Lang }) {
  const s = useStyles();
  return (
    <span className={`${s.tag} ${s[`${severity}Text`]}`} aria-label={severityLabel(severity, lang)}>
      {SIGN[severity]} {severityLabel(severity, lang)}
    </span>
  );
}

function Message({ text, lang }: { text: string; lang: Lang }) {
  const [open, setOpen] = useState(false);
  if (text.length <= CLIP || open) return <span>{text}</span>;
  return (
    <span>
      {text.slice(0, CLIP)}…{' '}
      <Button
        appearance="transparent"
        size="small"
        onClick={(e) => {
          e.stopPropagation();
          setOpen(true);
        }}
      >
        {t('more', lang)}
      </Button>
    </span>
  );
}

function FindingLine({ f, lang, onSelect, onSelectRelated }: { f: Finding; lang: Lang; onSelect(f: Finding): void; onSelectRelated(sheet: string, cell: string): void }) {
  const s = useStyles();
  const other = f.related?.find((r) => r.cells.length > 0);
  return (
    <div className={`${s.finding} ${s[f.severity]}`} data-finding="line">
      <button type="button" className={s.findingButton} onClick={() => onSelect(f)}>
        <SeverityTag severity={f.severity} lang={lang} />
        {f.cells[0] && (
          <span className={s.cell}>
            {f.sheet ? `${f.sheet}!` : ''}
            {f.cells[0]}
          </span>
        )}
        <Message text={f.message[lang]} lang={lang} />
      </button>
      {other && (
        <Button appearance="transparent" size="small" onClick={() => onSelectRelated(other.sheet, other.cells[0])}>
          {t('goOther', lang, { where: `${other.sheet}!${other.cells[0]}` })}
        </Button>
      )}
    </div>
  );
}

function GroupLine({ g, lang, onSelect, onSelectRelated }: { g: FindingGroup; lang: Lang; onSelect(f: Finding): void; onSelectRelated(sheet: string, cell: string): void }) {
  const s = useStyles();
  const [open, setOpen] = useState(false);
  const first = g.findings[0];
  return (
    <div className={`${s.finding} ${s[g.severity]}`} data-finding="group">
      <button type="button" className={s.findingButton} aria-expanded={open} onClick={() => setOpen(!open)}>
        <SeverityTag severity={g.severity} lang={lang} />
        <Message text={g.rule === 'missing-table' ? t('missingTables', lang, { count: g.findings.length }) : first.message[lang]} lang={lang} />
        <span className={s.count}> × {g.findings.length.toLocaleString(lang)}</span>
      </button>
      {open && (
        <div className={s.groupItems}>
          {g.findings.map((f, i) => (
            <FindingLine key={i} f={f} lang={lang} onSelect={onSelect} onSelectRelated={onSelectRelated} />
          ))}
        </div>
      )}
    </div>
  );
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/** Whether a finding passes the filters: its severity is shown and the search text is in its message, sheet, cell or rule. */
function passes(f: Finding, shown: ReadonlySet<Severity>, query: string, lang: Lang): boolean {
  if (!shown.has(f.severity)) return false;
  if (!query) return true;
  const q = query.toLowerCase();
  return [f.message[lang], f.sheet ?? '', f.cells[0] ?? '', f.rule].some((x) => x.toLowerCase().includes(q));
}

export function FindingsPanel({ lang, findings, sheets, tables, onSelect, onSelectRelated }: FindingsPanelProps) {
  const s = useStyles();
  const [shown, setShown] = useState<ReadonlySet<Severity>>(new Set(SEVERITIES));
  const [query, setQuery] = useState('');
  const visible = useMemo(() => findings.filter((f) => passes(f, shown, query.trim(), lang)), [findings, shown, query, lang]);
  const groups = useMemo(() => findingGroups(visible, sheets, lang), [visible, sheets, lang]);
  const counts = countBySeverity(findings);
  // next / previous walk the findings with a cell in list order (Alt+↓ / Alt+↑)
  const walk = useMemo(() => groups.flatMap((g) => g.findings).filter((f) => f.sheet && f.cells[0]), [groups]);
  const [at, setAt] = useState(-1);
  useEffect(() => setAt(-1), [walk]);
  const step = useCallback(
    (d: 1 | -1) => {
      if (walk.length === 0) return;
      const next = at < 0 ? (d === 1 ? 0 : walk.length - 1) : (at + d + walk.length) % walk.length;
      setAt(next);
      onSelect(walk[next]);
    },
    [walk, at, onSelect],
  );
  useEffect(() => {
    const key = (e: KeyboardEvent) => {
      if (!e.altKey || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
      e.preventDefault();
      step(e.key === 'ArrowDown' ? 1 : -1);
    };
    document.addEventListener('keydown', key);
    return () => document.removeEventListener('keydown', key);
  }, [step]);
  if (tables === 0) {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>{t('noBudgetTable', lang)}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <section aria-label="findings">
      {findings.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>
            <Text weight="semibold">{t('noFindings', lang)}</Text> {t('clean', lang, { tables })}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <Text block weight="semibold" role="status">
          {t('verdict', lang, { error: counts.error, warning: counts.warning, info: counts.info })}
        </Text>
      )}
      {findings.length > 0 && (
        <div className={s.row}>
          {SEVERITIES.map((sev) => (
            <ToggleButton
              key={sev}
              size="small"
              checked={shown.has(sev)}
              onClick={() => setShown((cur) => (cur.has(sev) ? new Set([...cur].filter((x) => x !== sev)) : new Set([...cur, sev])))}
            >
              {SIGN[sev]} {severityLabel(sev, lang)} {counts[sev]}
            </ToggleButton>
          ))}
          <Input size="small" value={query} onChange={(_e, d) => setQuery(d.value)} placeholder={t('search', lang)} aria-label={t('search', lang)} />
          <Button size="small" onClick={() => step(-1)} title="Alt+↑" disabled={walk.length === 0}>
            {t('previous', lang)}
          </Button>
          <Button size="small" onClick={() => step(1)} title="Alt+↓" disabled={walk.length === 0}>
            {t('next', lang)}
          </Button>
          {at >= 0 && <Text size={200}>{`${at + 1}/${walk.length}`}</Text>}
        </div>
      )}
      <div className={s.list}>
        {groups.map((g, i) =>
          g.findings.length === 1 ? (
            <FindingLine key={i} f={g.findings[0]} lang={lang} onSelect={onSelect} onSelectRelated={onSelectRelated} />
          ) : (
            <GroupLine key={i} g={g} lang={lang} onSelect={onSelect} onSelectRelated={onSelectRelated} />
          ),
        )}
      </div>
    </section>
  );
}
