/**
 * Task pane entry: wait for Office, create the Office host, render the App.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { OfficeHost } from '../hosts/office';
import { App } from './App';

Office.onReady(() => {
  const host = new OfficeHost();
  const el = document.getElementById('root');
  if (!el) return;
  createRoot(el).render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} supported={host.isSupported()} />
    </FluentProvider>,
  );
});
