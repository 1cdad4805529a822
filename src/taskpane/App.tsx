/**
 * The task pane: 校验 → progress → the verdict and the findings (click → select the cell) → the
 * summary;
 * 清除标记; 插入标准表; settings. The state and every host call are in useChecker; this lays out
 * the panels.
 */
import { Divider, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { memo } from 'react';
import { tablesToOffer } from '../engine/queries';
import type { WorkbookHost } from '../hosts/host';
import { CellInfoPanel } from './panels/CellInfoPanel';
import { ExportPanel } from './panels/ExportPanel';
import { FindingsPanel } from './panels/FindingsPanel';
import { InsertPanel } from './panels/InsertPanel';
import { SettingsPanel } from './panels/SettingsPanel';
import { StatusPanel } from './panels/StatusPanel';
import { SummaryPanel } from './panels/SummaryPanel';
import { t } from './strings';
import { useStyles } from './styles';
import type { CheckFn } from './engine-session';
import { useChecker } from './useChecker';

const STALE = { settings: 'staleSettings', cleared: 'staleCleared', inserted: 'staleInserted' } as const;
const NONE: never[] = [];

// Rendered again only when their own props change (the checker's actions keep their identity), not
// on every phase or progress change of a check: the pane's re-renders stay small.
const Findings = memo(FindingsPanel);
const Summary = memo(SummaryPanel);
const Insert = memo(InsertPanel);
const Settings = memo(SettingsPanel);

export interface AppProps {
  host: WorkbookHost;
  /** The engine's check (injectable for tests; a report without the tables model shows no cell codes). */
  check?: CheckFn;
  /** False when Excel lacks the needed API set. */
  supported?: boolean;
}

export function App({ host, check, supported = true }: AppProps) {
  const s = useStyles();
  const c = useChecker(host, check, supported);
  const { lang } = c.settings;

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
      <StatusPanel lang={lang} phase={c.phase} progress={c.progress} hasMarks={c.hasMarks} error={c.error} notice={c.notice} onCheck={c.run} onClear={c.clear} onCancel={c.cancellable ? c.cancel : undefined} />
      {c.report && (
        <>
          {c.stale && (
            <MessageBar intent="warning">
              <MessageBarBody>{t(STALE[c.stale], lang)}</MessageBarBody>
            </MessageBar>
          )}
          <Findings lang={lang} findings={c.report.findings} sheets={c.sheets} tables={c.report.tables.length} ruleNames={c.report.ruleNames} onSelect={c.goTo} onSelectRelated={c.goToCell} />
          {c.report.tables.length > 0 && <ExportPanel lang={lang} onExportSheet={c.exportSheet} onCopyText={c.copyText} notice={c.exportNotice} />}
          {c.report.tables.length > 0 && <Summary lang={lang} report={c.report} />}
          <CellInfoPanel lang={lang} selected={c.selected} codes={c.cellCodes} selectionEvents={c.selectionEvents} onAsk={c.askSelection} />
        </>
      )}
      <Divider />
      <Insert lang={lang} profile={c.insertProfile} missing={c.report ? tablesToOffer(c.report) : NONE} value={c.templates} onChange={c.setTemplates} onInsert={c.insert} notice={c.insertNotice} />
      <Divider />
      <Settings
        settings={c.settings}
        onChange={c.changeSetting}
        onImportCatalog={c.importCatalog}
        pending={c.pendingCatalog}
        onConfirmCatalog={c.confirmCatalog}
        onDropCatalog={c.dropCatalog}
        onRestoreCatalog={c.restoreCatalog}
      />
    </div>
  );
}
