/**
 * The task pane's state and every call it makes to the host: check (read, check, mark), clear the
 * marks, go to a finding's cell, follow the selection, insert standard tables, import or drop the
 * classification catalog, and change a setting. The panels only show it.
 */
import { startTransition, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { MappedCode } from '../engine/catalog/mapping';
import type { CheckOptions } from '../engine/check';
import type { Finding } from '../engine/findings';
import type { Lang } from '../engine/i18n/lang';
import { importedShape, type ImportedShape } from '../engine/catalog/import';
import type { ImportedCatalog } from '../engine/catalog/types';
import { tablesToOffer, yearOf } from '../engine/queries';
import { reportSheet, reportText } from '../engine/report-sheet';
import { TABLE_KINDS, type TableKind } from '../engine/tables/kinds';
import type { TemplateOptions } from '../engine/templates';
import { readCatalogFile, type PickedFile } from '../hosts/file/browser';
import { HostError } from '../hosts/errors';
import type { CellRef, ReadProgress, WorkbookHost } from '../hosts/host';
import { DEFAULT_SETTINGS, loadSettings, saveCatalog, saveSetting, type PaneSettings, type SimpleSetting } from './settings';
import { CancelledCheck, defaultEngine, inPageEngine } from './engine-client';
import type { CheckFn, PaneReport } from './engine-session';
import { t } from './strings';

export type Phase = 'idle' | 'reading' | 'checking' | 'marking';

/** The standard tables to insert and how to fill their titles. */
export interface TemplateChoice {
  chosen: ReadonlySet<TableKind>;
  options: TemplateOptions;
}

export interface Checker {
  settings: PaneSettings;
  phase: Phase;
  /** How far the host has read the workbook (while the phase is 'reading'). */
  progress: ReadProgress | null;
  report: PaneReport | null;
  /** The workbook's sheets in order, as last read (findings are listed in that order). */
  sheets: string[];
  /** What the last insert did (shown beside its button). */
  insertNotice: string | null;
  error: string | null;
  notice: string | null;
  /** Whether the workbook holds marks to clear. */
  hasMarks: boolean;
  selected: CellRef | null;
  /** True when the host tells the pane of each new selection; else the pane asks for it. */
  selectionEvents: boolean;
  /** The codes of the selected cell's row (null: no check or no tables model). */
  cellCodes: MappedCode[] | null;
  templates: TemplateChoice;
  /** The profile whose official templates 插入标准表 writes. */
  insertProfile: string;
  setTemplates(next: TemplateChoice): void;
  run(): Promise<void>;
  /** Stop the check under way (the engine's part; reading the workbook runs to its end). */
  cancel(): void;
  /** Whether a check can be cancelled (the engine runs in a worker). */
  cancellable: boolean;
  clear(): Promise<void>;
  insert(): Promise<void>;
  goTo(f: Finding): void;
  /** Go to one cell (the other table's cell of a comparison). */
  goToCell(sheet: string, cell: string): void;
  askSelection(): Promise<void>;
  /** Read a catalog file and show what it holds; nothing is replaced until confirmCatalog(). */
  importCatalog(file: PickedFile | undefined): Promise<void>;
  /** The catalog read and waiting for the user's word (with its shape beside the built-in one). */
  pendingCatalog: PendingCatalog | null;
  confirmCatalog(): Promise<void>;
  dropCatalog(): void;
  /** Add the findings as a new worksheet (opt-in; existing sheets untouched) and go to it. */
  exportSheet(): Promise<void>;
  /** Copy the findings as plain text (a reviewer's memo). */
  copyText(): Promise<void>;
  /** What the last export or copy did (shown beside its buttons). */
  exportNotice: string | null;
  /** Why the results on show may no longer be the workbook's (null: they are current). */
  stale: StaleReason | null;
  restoreCatalog(): Promise<void>;
  changeSetting<K extends SimpleSetting>(key: K, value: PaneSettings[K]): void;
}

export interface PendingCatalog {
  catalog: ImportedCatalog;
  shape: ImportedShape[];
}

/** What makes the results on show out of date: a setting the check used changed, the marks were cleared, tables were inserted. */
export type StaleReason = 'settings' | 'cleared' | 'inserted';

/** Put text on the clipboard: the Clipboard API, else a selected textarea and the copy command (older hosts). */
async function copyToClipboard(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch {
      /* not allowed in this host: the older way below */
    }
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy refused');
}

/** What went wrong, in the user's language when a host says it in both. */
function errorText(e: unknown, lang: Lang): string {
  if (e instanceof HostError) return e.messageIn(lang);
  return e instanceof Error ? e.message : String(e);
}

type Fn = (...args: never[]) => unknown;

/**
 * Functions that keep their identity from render to render and call the latest closure: a panel
 * that is memoised is not rendered again just because the pane was (a phase or progress change).
 */
function useStable<T extends Record<string, Fn>>(fns: T): T {
  const latest = useRef(fns);
  useLayoutEffect(() => {
    latest.current = fns;
  });
  const [stable] = useState(() => {
    const out: Record<string, Fn> = {};
    for (const k of Object.keys(fns)) out[k] = (...args: never[]) => latest.current[k](...args);
    return out as T;
  });
  return stable;
}

export function useChecker(host: WorkbookHost, injected?: CheckFn, supported = true): Checker {
  // the engine in a Web Worker (the pane keeps answering; a check can be cancelled), unless a test injects one
  const engine = useMemo(() => (injected ? inPageEngine(injected) : defaultEngine()), [injected]);
  const [settings, setSettings] = useState<PaneSettings>(DEFAULT_SETTINGS);
  const [phase, setPhase] = useState<Phase>('idle');
  const [progress, setProgress] = useState<ReadProgress | null>(null);
  const [report, setReport] = useState<PaneReport | null>(null);
  const [sheets, setSheets] = useState<string[]>([]);
  const [insertNotice, setInsertNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [hasMarks, setHasMarks] = useState(false);
  const [selected, setSelected] = useState<CellRef | null>(null);
  const [selectionEvents, setSelectionEvents] = useState(false);
  const [templates, setTemplates] = useState<TemplateChoice>({
    chosen: new Set(),
    options: { year: new Date().getFullYear(), unitName: '', unit: '万元', level: 'unit' },
  });
  const { lang } = settings;
  // the official template set to insert from: the chosen profile, else the one the check picked
  const insertProfile = settings.profile !== 'auto' ? settings.profile : (report?.profile ?? (templates.options.level === 'dept' ? 'henan-2024-dept' : 'henan-2024-unit'));
  const checkOptions: CheckOptions = { profile: settings.profile, catalog: settings.catalog, unitType: settings.unitType };
  // what the results on show were checked with, and what happened since
  const [checkedWith, setCheckedWith] = useState<CheckOptions | null>(null);
  const [since, setSince] = useState<StaleReason | null>(null);
  const stale: StaleReason | null =
    report && checkedWith && (checkedWith.profile !== checkOptions.profile || checkedWith.catalog !== checkOptions.catalog || checkedWith.unitType !== checkOptions.unitType) ? 'settings' : report ? since : null;

  const fail = useCallback(
    (e: unknown) => {
      setError(errorText(e, lang));
      setPhase('idle');
    },
    [lang],
  );

  useEffect(() => {
    if (!supported) return;
    (async () => {
      const stored = await loadSettings(host);
      setSettings((s) => ({ ...s, ...stored }));
      try {
        setHasMarks(await host.hasHighlights());
      } catch {
        /* marks unreadable: none shown */
      }
    })();
  }, [host, supported]);

  // after a check, follow the user's selection (ExcelApi 1.9); otherwise the pane offers a button
  useEffect(() => {
    if (!report || !supported) return;
    let off: (() => void) | null = null;
    let cancelled = false;
    host
      .onSelectionChanged((sel) => setSelected(sel))
      .then((u) => {
        if (cancelled) u?.();
        else {
          off = u;
          setSelectionEvents(u !== null);
        }
      })
      .catch(() => setSelectionEvents(false));
    return () => {
      cancelled = true;
      off?.();
    };
  }, [host, report, supported]);

  // run() waits for the results it set to be committed (this effect runs after their commit)
  const resultsShown = useRef<(() => void) | null>(null);
  useEffect(() => {
    const shown = resultsShown.current;
    resultsShown.current = null;
    shown?.();
  }, [report]);

  const run = async () => {
    setError(null);
    setNotice(null);
    try {
      setProgress(null);
      setPhase('reading');
      const wb = await host.readWorkbook(setProgress);
      setPhase('checking');
      const r = await engine.check(wb, checkOptions);
      const checkedAt = new Date();
      // The results as a transition: React renders them in slices (the page answering meanwhile) and
      // shows them at once; the marks are queued once they are on screen (never a "marked" word first).
      await new Promise<void>((shown) => {
        resultsShown.current = shown;
        startTransition(() => {
          setReport(r);
          setCheckedWith(checkOptions);
          setCheckedAt(checkedAt);
          setExportNotice(null);
          setSince(null);
          setSheets(wb.sheets.map((x) => x.name));
          const entity = r.entityName;
          setTemplates((c) => ({
            chosen: new Set(tablesToOffer(r)),
            options: { ...c.options, year: yearOf(r) ?? new Date().getFullYear(), unitName: entity ?? c.options.unitName },
          }));
          setPhase('marking');
        });
      });
      const onSheets = r.findings.filter((f) => f.sheet !== null);
      const h = await host.highlight(onSheets);
      setHasMarks(h.marked > 0);
      const skippedSheets = new Set(h.skipped.map((x) => x.sheet));
      const parts = [t('marked', lang, { findings: onSheets.filter((f) => !skippedSheets.has(f.sheet!)).length, cells: h.marked })];
      if (h.skipped.length) parts.push(`${t('skipped', lang)}${h.skipped.map((x) => x.sheet).join('、')}`);
      setNotice(parts.join('；'));
      setPhase('idle');
    } catch (e) {
      if (e instanceof CancelledCheck) {
        setPhase('idle');
        setNotice(t('cancelled', lang));
      } else fail(e);
    }
  };

  const cancel = () => engine.cancel();

  // the results handed on: as a worksheet in the workbook, or as text
  // when the results on show were checked: put in words only for an export (a date formatter's first use takes a while)
  const [checkedAt, setCheckedAt] = useState<Date | null>(null);
  const checkedAtText = () => checkedAt?.toLocaleString(lang) ?? '';
  const [exportNotice, setExportNotice] = useState<string | null>(null);
  const exportSheet = async () => {
    if (!report) return;
    setExportNotice(null);
    try {
      const name = await host.addReportSheet(reportSheet(report, sheets, lang, checkedAtText()));
      setExportNotice(t('exported', lang, { sheet: name }));
    } catch (e) {
      fail(e);
    }
  };
  const copyText = async () => {
    if (!report) return;
    setExportNotice(null);
    try {
      await copyToClipboard(reportText(report, sheets, lang, checkedAtText()));
      setExportNotice(t('copied', lang, { count: report.findings.length }));
    } catch {
      setExportNotice(t('copyFailed', lang));
    }
  };

  /** Run a host call; on success say `done`, on failure show the error. */
  const attempt = async (call: () => Promise<string | void>) => {
    try {
      const done = await call();
      if (done) setNotice(done);
    } catch (e) {
      fail(e);
    }
  };

  const clear = () =>
    attempt(async () => {
      await host.clearHighlights();
      setHasMarks(false);
      setSince((x) => x ?? 'cleared');
      return t('cleared', lang);
    });

  /**
   * Insert the chosen standard tables, never a second copy of one the workbook has (by kind, as
   * recognised now): an existing one is selected instead, with a word; the first new sheet is
   * activated. The word is shown beside the insert button, where the user clicked.
   */
  const insert = async () => {
    setInsertNotice(null);
    try {
      const { year, unitName, unit, level } = templates.options;
      const r = await host.insertTables({ profile: insertProfile, kinds: TABLE_KINDS.filter((k) => templates.chosen.has(k)), year, unitName, unit, level });
      const words: string[] = [];
      if (r.inserted.length) {
        setSince('inserted');
        words.push(`${t('inserted', lang)}${r.inserted.map((x) => x.sheet).join('、')}`);
        await host.select(r.inserted[0].sheet, 'A1');
      }
      if (r.present.length) {
        words.push(t('alreadyThere', lang, { sheets: r.present.map((x) => x.sheet).join('、') }));
        if (!r.inserted.length) await host.select(r.present[0].sheet, 'A1');
      }
      setInsertNotice(words.join(lang === 'en' ? ' ' : '；'));
    } catch (e) {
      fail(e);
    }
  };

  const askSelection = () => attempt(async () => setSelected(await host.getSelection()));

  /** Keep an imported catalog (or, null, go back to the built-in one) and say so. */
  const keepCatalog = async (catalog: PaneSettings['catalog'], done: string) => {
    await saveCatalog(host, catalog);
    setSettings((s) => ({ ...s, catalog }));
    return done;
  };

  const [pendingCatalog, setPendingCatalog] = useState<PendingCatalog | null>(null);
  const importCatalog = async (file: PickedFile | undefined) => {
    if (!file) return;
    setError(null);
    setPendingCatalog(null);
    await attempt(async () => {
      const catalog = await readCatalogFile(file);
      setPendingCatalog({ catalog, shape: importedShape(catalog) });
    });
  };
  const confirmCatalog = async () => {
    if (!pendingCatalog) return;
    const { catalog } = pendingCatalog;
    setPendingCatalog(null);
    await attempt(() => keepCatalog(catalog, t('catalogDone', lang)));
  };
  const dropCatalog = () => setPendingCatalog(null);

  const restoreCatalog = () => attempt(() => keepCatalog(null, t('catalogRestored', lang)));

  const goToCell = (sheet: string, cell: string) => {
    host.select(sheet, cell).catch(fail);
    setSelected({ sheet, cell });
  };
  const goTo = (f: Finding) => {
    if (f.sheet && f.cells[0]) goToCell(f.sheet, f.cells[0]);
  };

  const changeSetting = <K extends SimpleSetting>(key: K, value: PaneSettings[K]) => {
    setSettings((s) => ({ ...s, [key]: value }));
    saveSetting(host, key, value).catch(fail);
  };

  // the selected cell's codes: asked of the engine, which keeps the tables model
  const [cellCodes, setCellCodes] = useState<MappedCode[] | null>(null);
  useEffect(() => {
    let current = true;
    if (!report || !selected) setCellCodes(null);
    else
      engine
        .codesAt(selected)
        .then((c) => current && setCellCodes(c))
        .catch(() => current && setCellCodes(null));
    return () => {
      current = false;
    };
  }, [engine, report, selected]);

  const actions = useStable({ run, cancel, clear, insert, goTo, goToCell, askSelection, importCatalog, confirmCatalog, dropCatalog, exportSheet, copyText, restoreCatalog, changeSetting });

  return {
    ...actions,
    changeSetting: actions.changeSetting as Checker['changeSetting'],
    settings,
    phase,
    cancellable: engine.cancellable,
    progress,
    report,
    sheets,
    insertNotice,
    error,
    notice,
    hasMarks,
    selected,
    selectionEvents,
    cellCodes,
    templates,
    insertProfile,
    setTemplates,
    pendingCatalog,
    stale,
    exportNotice,
  };
}
