/**
 * The check at a glance: the profile, the counts by severity, the tables found and missing, what
 * was and was not checked (a table where no sum ran, and why), the unit type.
 */
import { Badge, Text } from '@fluentui/react-components';
import { countBySeverity, type Severity, type WorkbookReport } from '../../engine/findings';
import { kindName, profileName, unitTypeLabel } from '../../engine/i18n/labels';
import type { Lang } from '../../engine/i18n/lang';
import { reasonsText, unsummed } from '../../engine/queries';
import { SEVERITY_HEADINGS, t } from '../strings';
import { useStyles } from '../styles';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const BADGE_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const satisfies Record<Severity, string>;

export interface SummaryPanelProps {
  lang: Lang;
  report: WorkbookReport;
}

export function SummaryPanel({ lang, report }: SummaryPanelProps) {
  const s = useStyles();
  const counts = countBySeverity(report.findings);
  const coverage = { tables: 0, ran: 0, skipped: 0 };
  const unsummedTables: { sheet: string; reasons: string }[] = [];
  for (const tb of report.tables) {
    if (!tb.checks) continue;
    coverage.tables++;
    coverage.ran += tb.checks.ran.length;
    coverage.skipped += tb.checks.skipped.length;
    const none = unsummed(tb.checks);
    if (none) unsummedTables.push({ sheet: tb.sheet, reasons: reasonsText(none, lang) });
  }
  const unitType = report.unitType;
  return (
    <section aria-label="summary">
      <Text block weight="semibold">
        {t('profile', lang)}: {profileName(report.profile, lang)}
        {report.profileAuto ? t('picked', lang) : ''}
      </Text>
      <div className={s.row}>
        {SEVERITIES.map((sev) => (
          <Badge key={sev} appearance="filled" color={BADGE_COLOR[sev]}>
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
      {coverage.tables > 0 && (
        <Text block>
          {t('coverage', lang, { ran: coverage.ran, skipped: coverage.skipped })}
        </Text>
      )}
      {unsummedTables.map(({ sheet, reasons }) => (
        <Text block key={sheet} className={s.notice}>
          {t('noSums', lang, { sheet, reasons })}
        </Text>
      ))}
      {unitType && (
        <Text block>
          {t('unitType', lang)}: {unitType.type ? t(unitType.type === 'admin' ? 'unitAdmin' : 'unitInstitution', lang) : unitTypeLabel(null, lang)}（
          {unitType.evidence[lang]}）
        </Text>
      )}
    </section>
  );
}
