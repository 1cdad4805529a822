/**
 * The verdict in one line, then the findings as a user works through them: errors first, by sheet
 * and cell; findings of one rule with the same message shape grouped with a count (expandable);
 * severity as a sign and a word, not colour alone; long messages clipped with the rest on demand;
 * a click goes to the finding's cell, and to the other table's cell for a comparison. Filters by
 * severity, sheet and rule, and a search (message, sheet, cell or rule); next / previous
 * (Alt+↓ / Alt+↑) walk the findings' cells in list order. The list is virtualised: only the lines
 * in view are in the page, however many findings there are; a long list is arranged in slices
 * (finding-list.ts), the pane answering meanwhile.
 */
import { Button, Input, MessageBar, MessageBarBody, Select, Text, ToggleButton } from '@fluentui/react-components';
import { observeElementRect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { memo, startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { nextTask } from '../../hosts/pace';
import type { Finding, Severity } from '../../engine/findings';
import { severityLabel } from '../../engine/i18n/labels';
import type { Lang, LocalizedText } from '../../engine/i18n/lang';
import type { FindingGroup } from '../../engine/queries';
import { count, t } from '../strings';
import { useStyles } from '../styles';
import { ARRANGE_AT_ONCE, groupKey, useFindingList, type FindingList } from './finding-list';

/** A sign beside the word, so that severity does not rest on colour. */
const SIGN: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };
/** Longer messages are clipped; the rest is shown on demand. */
const CLIP = 120;
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
/** The list's size before the page has laid it out (a hidden pane, a test page without layout). */
const UNLAID = { width: 320, height: 600 };
/** The list before a long one is arranged. */
const NO_LIST: FindingList = { visible: [], groups: [], walk: [] };

export interface FindingsPanelProps {
  lang: Lang;
  findings: Finding[];
  /** The workbook's sheets in order (findings are listed in that order within a severity). */
  sheets: string[];
  /** Tables recognised: none means this is not (yet) a budget workbook. */
  tables: number;
  /** What each rule checks, for the rule filter (the rule's id where missing). */
  ruleNames?: Readonly<Record<string, LocalizedText>>;
  onSelect(f: Finding): void;
  onSelectRelated(sheet: string, cell: string): void;
}

/** One line of the list: a finding (on its own or inside an open group) or a group's head. */
type Row = { type: 'line'; f: Finding; nested: boolean } | { type: 'group'; g: FindingGroup; key: string; open: boolean };

function SeverityTag({ severity, lang }: { severity: Severity; lang: Lang }) {
  const s = useStyles();
  return (
    <span className={`${s.tag} ${s[`${severity}Text`]}`}>
      {SIGN[severity]} {severityLabel(severity, lang)}
    </span>
  );
}

/** A message, clipped when long; `open` shows it whole. */
const clipped = (text: string, open: boolean) => (open || text.length <= CLIP ? text : `${text.slice(0, CLIP)}…`);

function MoreButton({ text, open, lang, onOpen }: { text: string; open: boolean; lang: Lang; onOpen(): void }) {
  if (open || text.length <= CLIP) return null;
  return (
    <Button appearance="transparent" size="small" onClick={onOpen}>
      {t('more', lang)}
    </Button>
  );
}

// the lines are memoised: placing them again once measured, or opening a group, renders only what changed
const FindingLine = memo(function FindingLine({ f, lang, current, onSelect, onSelectRelated }: { f: Finding; lang: Lang; current: boolean; onSelect(f: Finding): void; onSelectRelated(sheet: string, cell: string): void }) {
  const s = useStyles();
  const [open, setOpen] = useState(false);
  const other = f.related?.find((r) => r.cells.length > 0);
  const text = f.message[lang];
  return (
    <div className={`${s.finding} ${s[f.severity]} ${current ? s.current : ''}`} data-finding="line">
      <button type="button" className={s.findingButton} onClick={() => onSelect(f)} aria-current={current || undefined}>
        <SeverityTag severity={f.severity} lang={lang} />
        {f.cells[0] && (
          <span className={s.cell}>
            {f.sheet ? `${f.sheet}!` : ''}
            {f.cells[0]}
          </span>
        )}
        <span>{clipped(text, open)}</span>
      </button>
      <MoreButton text={text} open={open} lang={lang} onOpen={() => setOpen(true)} />
      {other && (
        <Button appearance="transparent" size="small" onClick={() => onSelectRelated(other.sheet, other.cells[0])}>
          {t('goOther', lang, { where: `${other.sheet}!${other.cells[0]}` })}
        </Button>
      )}
    </div>
  );
});

const GroupLine = memo(function GroupLine({ g, id, open, lang, onToggle }: { g: FindingGroup; id: string; open: boolean; lang: Lang; onToggle(key: string): void }) {
  const s = useStyles();
  const [whole, setWhole] = useState(false);
  const text = g.rule === 'missing-table' && g.severity === 'error' ? t('missingTables', lang, { count: g.findings.length }) : g.findings[0].message[lang];
  return (
    <div className={`${s.finding} ${s[g.severity]}`} data-finding="group">
      <button type="button" className={s.findingButton} aria-expanded={open} onClick={() => onToggle(id)}>
        <SeverityTag severity={g.severity} lang={lang} />
        <span>{clipped(text, whole)}</span>
        <span className={s.count}> × {count(g.findings.length)}</span>
      </button>
      <MoreButton text={text} open={whole} lang={lang} onOpen={() => setWhole(true)} />
    </div>
  );
});

/** In one pass: the findings by severity, and the sheets and rules with their counts, in order of first appearance. */
function tallies(findings: Finding[]): { counts: Record<Severity, number>; sheets: [string, number][]; rules: [string, number][] } {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const sheets = new Map<string, number>();
  const rules = new Map<string, number>();
  for (const f of findings) {
    counts[f.severity]++;
    const sheet = f.sheet ?? '';
    sheets.set(sheet, (sheets.get(sheet) ?? 0) + 1);
    rules.set(f.rule, (rules.get(f.rule) ?? 0) + 1);
  }
  return { counts, sheets: [...sheets], rules: [...rules] };
}

export function FindingsPanel({ lang, findings, sheets, tables, ruleNames = {}, onSelect, onSelectRelated }: FindingsPanelProps) {
  const s = useStyles();
  const [shown, setShown] = useState<ReadonlySet<Severity>>(new Set(SEVERITIES));
  const [query, setQuery] = useState('');
  const [sheet, setSheet] = useState('');
  const [rule, setRule] = useState('');
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const arranged = useFindingList(findings, { shown, sheet, rule, query }, sheets, lang);
  const { visible, groups, walk } = arranged ?? NO_LIST;
  const { counts, sheets: sheetChoices, rules: ruleChoices } = useMemo(() => tallies(findings), [findings]);
  // A long list's filter choices (the rules' descriptions: long texts to lay out) come in a frame of
  // their own once the list is shown; a short list has them at once.
  const [choicesOf, setChoicesOf] = useState<Finding[] | null>(null);
  const choicesShown = findings.length <= ARRANGE_AT_ONCE || choicesOf === findings;
  useEffect(() => {
    if (choicesShown || !arranged) return;
    let stop = false;
    void nextTask().then(() => !stop && startTransition(() => setChoicesOf(findings)));
    return () => {
      stop = true;
    };
  }, [choicesShown, arranged, findings]);
  const rows = useMemo(() => {
    const out: Row[] = [];
    for (const g of groups) {
      if (g.findings.length === 1) {
        out.push({ type: 'line', f: g.findings[0], nested: false });
        continue;
      }
      const key = groupKey(g);
      out.push({ type: 'group', g, key, open: open.has(key) });
      if (open.has(key)) for (const f of g.findings) out.push({ type: 'line', f, nested: true });
    }
    return out;
  }, [groups, open]);
  const toggle = useCallback((key: string) => setOpen((cur) => (cur.has(key) ? new Set([...cur].filter((k) => k !== key)) : new Set([...cur, key]))), []);

  // next / previous walk the findings with a cell in list order (Alt+↓ / Alt+↑), opening their group
  const [at, setAt] = useState(-1);
  useEffect(() => setAt(-1), [walk]);
  const current = at >= 0 ? walk[at]?.f : undefined;
  const step = useCallback(
    (d: 1 | -1) => {
      if (walk.length === 0) return;
      const next = at < 0 ? (d === 1 ? 0 : walk.length - 1) : (at + d + walk.length) % walk.length;
      const key = walk[next].key;
      if (key) setOpen((cur) => (cur.has(key) ? cur : new Set([...cur, key])));
      setAt(next);
      onSelect(walk[next].f);
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

  const scroller = useRef<HTMLDivElement>(null);
  // each line's key: a number given to a finding when it is first in the list (not to all of them up front)
  const ids = useMemo(() => ({ of: new WeakMap<Finding, number>(), next: 0 }), [findings]);
  const idOf = (f: Finding): number => {
    let id = ids.of.get(f);
    if (id === undefined) ids.of.set(f, (id = ids.next++));
    return id;
  };
  const list = useVirtualizer({
    count: rows.length,
    getItemKey: (i) => {
      const r = rows[i];
      return r.type === 'group' ? `g${r.key}` : `f${idOf(r.f)}`;
    },
    getScrollElement: () => scroller.current,
    // about a two- or three-line finding at the pane's width: the first render lays out few more lines than it shows
    estimateSize: () => 80,
    overscan: 6,
    // before layout (0 × 0) assume a pane-sized list, so that the first lines are there
    observeElementRect: (v: Virtualizer<HTMLDivElement, Element>, cb) => observeElementRect(v, (r) => cb(r.height > 0 ? r : UNLAID)),
  });
  // the walked finding in view
  useEffect(() => {
    if (!current) return;
    const i = rows.findIndex((r) => r.type === 'line' && r.f === current);
    if (i >= 0) list.scrollToIndex(i, { align: 'auto' });
  }, [current, rows, list]);

  if (tables === 0) {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>{t('noBudgetTable', lang)}</MessageBarBody>
      </MessageBar>
    );
  }
  const name = (r: string) => ruleNames[r]?.[lang] ?? r;
  return (
    <section aria-label={t('findings', lang)}>
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
        <>
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
          </div>
          <div className={s.row}>
            <Input className={s.grow} size="small" value={query} onChange={(_e, d) => setQuery(d.value)} placeholder={t('search', lang)} aria-label={t('search', lang)} />
            <Select className={s.grow} size="small" value={sheet} onChange={(_e, d) => setSheet(d.value)} aria-label={t('bySheet', lang)}>
              <option value="">{t('allSheets', lang)}</option>
              {choicesShown &&
                sheetChoices.map(([x, n]) => (
                  <option key={x} value={x}>{`${x || t('workbook', lang)} (${n})`}</option>
                ))}
            </Select>
            <Select className={s.grow} size="small" value={rule} onChange={(_e, d) => setRule(d.value)} aria-label={t('byRule', lang)}>
              <option value="">{t('allRules', lang)}</option>
              {choicesShown &&
                ruleChoices.map(([x, n]) => (
                  <option key={x} value={x}>{`${name(x)} (${n})`}</option>
                ))}
            </Select>
          </div>
          <div className={s.row}>
            <Button size="small" onClick={() => step(-1)} title="Alt+↑" disabled={walk.length === 0}>
              {t('previous', lang)}
            </Button>
            <Button size="small" onClick={() => step(1)} title="Alt+↓" disabled={walk.length === 0}>
              {t('next', lang)}
            </Button>
            <Text size={200} aria-live="polite">
              {at >= 0 ? `${at + 1}/${walk.length}` : arranged && visible.length < findings.length ? t('shown', lang, { n: visible.length, of: findings.length }) : ''}
            </Text>
          </div>
        </>
      )}
      {!arranged && findings.length > 0 && (
        <Text block size={200} className={s.list} aria-busy="true">
          {t('arranging', lang, { count: count(findings.length) })}
        </Text>
      )}
      {arranged && (
        <div ref={scroller} className={s.list} data-findings-list="">
          <div style={{ height: list.getTotalSize(), position: 'relative' }}>
            {list.getVirtualItems().map((item) => {
              const r = rows[item.index];
              return (
                <div key={item.key} data-index={item.index} data-nested={r.type === 'line' && r.nested ? '' : undefined} ref={list.measureElement} className={`${s.listRow} ${r.type === 'line' && r.nested ? s.nested : ''}`} style={{ transform: `translateY(${item.start}px)` }}>
                  {r.type === 'group' ? (
                    <GroupLine g={r.g} id={r.key} open={r.open} lang={lang} onToggle={toggle} />
                  ) : (
                    <FindingLine f={r.f} lang={lang} current={r.f === current} onSelect={onSelect} onSelectRelated={onSelectRelated} />
                  )}
                </div>
              );
            })}
          </div>
        </div>
      )}
    </section>
  );
}
