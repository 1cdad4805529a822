/**
 * Handing the findings on: as a new worksheet in the workbook (opt-in; existing sheets are never
 * touched) or as text for a reviewer's memo. The word on what happened is shown beside the buttons.
 */
import { Button, Text } from '@fluentui/react-components';
import type { Lang } from '../../engine/i18n/lang';
import { t } from '../strings';
import { useStyles } from '../styles';

export interface ExportPanelProps {
  lang: Lang;
  onExportSheet(): void;
  onCopyText(): void;
  notice: string | null;
}

export function ExportPanel({ lang, onExportSheet, onCopyText, notice }: ExportPanelProps) {
  const s = useStyles();
  return (
    <section aria-label={t('exportSheet', lang)}>
      <div className={s.row}>
        <Button size="small" onClick={onExportSheet}>
          {t('exportSheet', lang)}
        </Button>
        <Button size="small" onClick={onCopyText}>
          {t('copyText', lang)}
        </Button>
      </div>
      {notice && (
        <Text block size={200} role="status">
          {notice}
        </Text>
      )}
    </section>
  );
}
