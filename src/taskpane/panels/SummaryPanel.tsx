/**
 * What the check recognised, in one line that opens: the profile, the tables found and missing,
 * what was and was not checked, the unit type. A table where no sum ran is named outside the fold.
 */
import { Text } from '@fluentui/react-components';
import type { WorkbookReport } from '../../engine/findings';
import { kindName, profileName, unitTypeLabel } from '../../engine/i18n/labels';
import type { Lang } from '../../engine/i18n/lang';
import { reasonsText, unsummed } from '../../engine/queries';
import { t } from '../strings';
import { useStyles } from '../styles';


export interface SummaryPanelProps {
  lang: Lang;
  report: WorkbookReport;
}

export function SummaryPanel({ lang, report }: SummaryPanelProps) {
  const s = useStyles();
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
  const unitTypeText = unitType ? (unitType.type ? t(unitType.type === 'admin' ? 'unitAdmin' : 'unitInstitution', lang) : unitTypeLabel(null, lang)) : null;
  const sep = ' · ';
  return (
    <section aria-label={t('details', lang)}>
      {/* what was recognised, folded into one line that opens */}
      <details className={s.details}>
        <summary className={s.summary}>
          {[
            `${profileName(report.profile, lang)}${report.profileAuto ? t('picked', lang) : ''}`,
            t('tablesCount', lang, { n: report.tables.length }),
            report.missingTables.length ? t('missingCount', lang, { n: report.missingTables.length }) : null,
            unitTypeText,
          ]
            .filter(Boolean)
            .join(sep)}
        </summary>
        <Text block>
          {t('profile', lang)}: {profileName(report.profile, lang)}
          {report.profileAuto ? t('picked', lang) : ''}
        </Text>
        <Text block>
          {t('tables', lang)} ({report.tables.length}): {report.tables.map((x) => kindName(x.kind, lang)).join('、') || t('none', lang)}
        </Text>
        <Text block>
          {t('missing', lang)}: {report.missingTables.map((k) => kindName(k, lang)).join('、') || t('none', lang)}
        </Text>
        {coverage.tables > 0 && <Text block>{t('coverage', lang, { ran: coverage.ran, skipped: coverage.skipped })}</Text>}
        {unitType && (
          <Text block>
            {t('unitType', lang)}: {unitTypeText}（{unitType.evidence[lang]}）
          </Text>
        )}
      </details>
      {unsummedTables.map(({ sheet, reasons }) => (
        <Text block key={sheet} className={s.notice}>
          {t('noSums', lang, { sheet, reasons })}
        </Text>
      ))}
    </section>
  );
}
