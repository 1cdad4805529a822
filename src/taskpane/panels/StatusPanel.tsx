/**
 * 校验 and 清除标记, what the pane is doing, and the last error or notice.
 */
import { Button, Field, MessageBar, MessageBarBody, ProgressBar } from '@fluentui/react-components';
import type { Lang } from '../../engine/i18n/lang';
import { t } from '../strings';
import { useStyles } from '../styles';
import type { Phase } from '../useChecker';

export interface StatusPanelProps {
  lang: Lang;
  phase: Phase;
  hasMarks: boolean;
  error: string | null;
  notice: string | null;
  onCheck(): void;
  onClear(): void;
}

export function StatusPanel({ lang, phase, hasMarks, error, notice, onCheck, onClear }: StatusPanelProps) {
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
    </>
  );
}
