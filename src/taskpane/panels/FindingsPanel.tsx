/**
 * The findings by sheet; a click goes to the finding's cell.
 */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Text } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { Finding } from '../../engine/findings';
import type { Lang } from '../../engine/i18n/lang';
import { findingsBySheet } from '../../engine/queries';
import { t } from '../strings';
import { useStyles } from '../styles';

export interface FindingsPanelProps {
  lang: Lang;
  findings: Finding[];
  /** Checks run so far: a new check opens every sheet's list again. */
  checks: number;
  onSelect(f: Finding): void;
}

export function FindingsPanel({ lang, findings, checks, onSelect }: FindingsPanelProps) {
  const s = useStyles();
  const bySheet = useMemo(() => findingsBySheet(findings), [findings]);
  return (
    <section aria-label="findings">
      <Text weight="semibold">{t('findings', lang)}</Text>
      {findings.length === 0 ? (
        <Text block>{t('noFindings', lang)}</Text>
      ) : (
        <Accordion key={checks} multiple collapsible defaultOpenItems={bySheet.map(([k]) => k)}>
          {bySheet.map(([sheet, list]) => (
            <AccordionItem key={sheet} value={sheet}>
              <AccordionHeader>
                {sheet || t('workbook', lang)} ({list.length})
              </AccordionHeader>
              <AccordionPanel>
                {list.map((f, i) => (
                  <button key={i} type="button" className={`${s.finding} ${s[f.severity]}`} onClick={() => onSelect(f)} title={f.rule}>
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
  );
}
