/**
 * The standalone checker page's entry (dist/checker.html): the engine in a Web Worker, the page in
 * the system's light or dark theme. No Office, no network: it works from an intranet server or a
 * local folder.
 */
import { FluentProvider } from '@fluentui/react-components';
import { wrap } from 'comlink';
import { createRoot } from 'react-dom/client';
import { isDark, paneTheme } from '../taskpane/theme';
import type { CheckerApi } from './checker-api';
import { CheckerApp, type CheckerPort } from './CheckerApp';

// built beside checker.html by webpack (entry 'checker.worker')
const api = wrap<CheckerApi>(new Worker('checker.worker.js')) as unknown as CheckerPort;
const dark = isDark(undefined, window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false);
const el = document.getElementById('root');
if (el)
  createRoot(el).render(
    <FluentProvider theme={paneTheme(dark)} style={{ minHeight: '100vh' }}>
      <CheckerApp api={api} />
    </FluentProvider>,
  );
