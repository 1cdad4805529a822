/**
 * Task pane entry: wait for Office, create the Office host, render the App in the Office theme
 * (light or dark, following a change of the system preference while the pane is open).
 */
import { FluentProvider } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { OfficeHost } from '../hosts/office';
import { App } from './App';
import { isDark, paneTheme } from './theme';

function officeBackground(): string | undefined {
  try {
    return Office.context.officeTheme?.bodyBackgroundColor;
  } catch {
    return undefined;
  }
}

function Pane({ host }: { host: OfficeHost }) {
  const query = useMemo(() => window.matchMedia?.('(prefers-color-scheme: dark)'), []);
  const [dark, setDark] = useState(() => isDark(officeBackground(), query?.matches ?? false));
  useEffect(() => {
    if (!query) return;
    const follow = () => setDark(isDark(officeBackground(), query.matches));
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, [query]);
  return (
    <FluentProvider theme={paneTheme(dark)} style={{ minHeight: '100vh' }}>
      <App host={host} supported={host.isSupported()} />
    </FluentProvider>
  );
}

Office.onReady(() => {
  const host = new OfficeHost();
  const el = document.getElementById('root');
  if (!el) return;
  createRoot(el).render(<Pane host={host} />);
});
