/**
 * 校验 and 清除标记, what the pane is doing, and the last error or notice.
 */
import { Button, Field, MessageBar, MessageBarBody, ProgressBar } from '@fluentui/react-components';
import type { Lang } from '../../engine/i18n/lang';
import type { ReadProgress } from '../../hosts/host';
import { t } from '../strings';
import { useStyles } from '../styles';
import type { Phase } from '../useChecker';

export interface StatusPanelProps {
  lang: Lang;
  phase: Phase;
  progress: ReadProgress | null;
  hasMarks: boolean;
  error: string | null;
  notice: string | null;
  onCheck(): void;
  onClear(): void;
  /** Stop the check under way; absent when it cannot be stopped. */
  onCancel?: () => void;
}

/**
 * What the pane is doing. While reading, when the host tells how many sheets there are: that
 * number, then which sheet is being read ("3/13" once two are read).
 */
export function phaseText(phase: Exclude<Phase, 'idle'>, progress: ReadProgress | null, lang: Lang): string {
  const count = progress?.sheetCount;
  if (phase !== 'reading' || !count) return t(phase, lang);
  const read = progress.sheetsRead ?? 0;
  return read === 0 ? t('readingSheets', lang, { count }) : t('readingSheet', lang, { n: Math.min(read + 1, count), count });
}

export function StatusPanel({ lang, phase, progress, hasMarks, error, notice, onCheck, onClear, onCancel }: StatusPanelProps) {
  const s = useStyles();
  return (
    <>
      <div className={s.row}>
        <Button appearance="primary" onClick={onCheck} disabled={phase !== 'idle'}>
          {t('check', lang)}
        </Button>
        <Button onClick={onClear} disabled={!hasMarks || phase !== 'idle'}>
          {t('clear', lang)}
        </Button>
        {onCancel && phase === 'checking' && <Button onClick={onCancel}>{t('cancel', lang)}</Button>}
      </div>
      {phase !== 'idle' && (
        <Field validationMessage={phaseText(phase, progress, lang)} validationState="none">
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
    </>
  );
}
