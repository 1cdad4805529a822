/**
 * The findings list as shown: the findings passing the filters (severity, sheet, rule, search),
 * grouped and in order, and the order next / previous walk their cells in.
 *
 * A list of up to ARRANGE_AT_ONCE findings is arranged in the render. A longer one (13,680 findings
 * for a 10,000-row workbook) is arranged in slices on the pane's thread (hosts/pace.ts), the page
 * answering clicks and keys meanwhile: while a filter change is arranged the list on show stays;
 * new findings show no list until theirs is ready (the panel says it is being arranged).
 */
import { startTransition, useEffect, useMemo, useState } from 'react';
import type { Finding, Severity } from '../../engine/findings';
import type { Lang } from '../../engine/i18n/lang';
import { findingGroupSteps, type FindingGroup } from '../../engine/queries';
import { drain, type Steps } from '../../engine/steps';
import { paced, pacer } from '../../hosts/pace';

/** Lists up to this long are arranged at once (a few milliseconds); longer ones in slices. */
export const ARRANGE_AT_ONCE = 2000;

/** Findings looked at between two places where the work may pause. */
const FINDINGS_PER_STEP = 100;

export interface ListFilters {
  shown: ReadonlySet<Severity>;
  /** '' = every sheet. */
  sheet: string;
  /** '' = every rule. */
  rule: string;
  query: string;
}

export interface FindingList {
  /** The findings passing the filters. */
  visible: Finding[];
  groups: FindingGroup[];
  /** The findings with a cell in list order, each with its group's key when it is in a group. */
  walk: { f: Finding; key: string | null }[];
}

export const groupKey = (g: FindingGroup) => `${g.severity}|${g.rule}|${g.shape}`;

/** Whether a finding passes the filters: severity, sheet and rule chosen, the search text in its message, sheet, cell or rule. */
function passes(f: Finding, { shown, sheet, rule }: ListFilters, query: string, lang: Lang): boolean {
  if (!shown.has(f.severity)) return false;
  if (sheet && (f.sheet ?? '') !== sheet) return false;
  if (rule && f.rule !== rule) return false;
  if (!query) return true;
  const q = query.toLowerCase();
  return [f.message[lang], f.sheet ?? '', f.cells[0] ?? '', f.rule].some((x) => x.toLowerCase().includes(q));
}

function* listSteps(findings: Finding[], filters: ListFilters, sheets: string[], lang: Lang): Steps<FindingList> {
  const query = filters.query.trim();
  const visible: Finding[] = [];
  for (let i = 0; i < findings.length; i++) {
    if (passes(findings[i], filters, query, lang)) visible.push(findings[i]);
    if (i % FINDINGS_PER_STEP === FINDINGS_PER_STEP - 1) yield;
  }
  const groups = yield* findingGroupSteps(visible, sheets, lang);
  const walk: FindingList['walk'] = [];
  let n = 0;
  for (const g of groups) {
    const key = g.findings.length > 1 ? groupKey(g) : null;
    for (const f of g.findings) if (f.sheet && f.cells[0]) walk.push({ f, key });
    n += g.findings.length;
    if (n >= FINDINGS_PER_STEP) {
      n = 0;
      yield;
    }
  }
  return { visible, groups, walk };
}

/** The list for these findings and filters; null while a long list of new findings is being arranged. */
export function useFindingList(findings: Finding[], { shown, sheet, rule, query }: ListFilters, sheets: string[], lang: Lang): FindingList | null {
  const atOnce = findings.length <= ARRANGE_AT_ONCE;
  const now = useMemo(() => (atOnce ? drain(listSteps(findings, { shown, sheet, rule, query }, sheets, lang)) : null), [atOnce, findings, shown, sheet, rule, query, sheets, lang]);
  const [later, setLater] = useState<{ findings: Finding[]; list: FindingList } | null>(null);
  useEffect(() => {
    if (atOnce) return;
    let stop = false;
    void paced(listSteps(findings, { shown, sheet, rule, query }, sheets, lang), pacer(), () => stop).then((list) => {
      // rendered as a transition: in slices, then shown at once
      if (!stop && list) startTransition(() => setLater({ findings, list }));
    });
    return () => {
      stop = true;
    };
  }, [atOnce, findings, shown, sheet, rule, query, sheets, lang]);
  return now ?? (later?.findings === findings ? later.list : null);
}
