// Wiring only: the real API, host and i18n; ?id=… (from the popup) opens that incident.
import { render } from 'preact';
import { sendToBackground } from '../../lib/messaging/client';
import { createLibraryApi } from '../../lib/ui/api';
import { browserHost, browserMessageSource } from '../../lib/ui/browser-host';
import '../../lib/ui/base.css';
import './style.css';
import { App } from './App';

render(
  <App
    api={createLibraryApi(sendToBackground)}
    host={browserHost()}
    browserSource={browserMessageSource()}
    navigatorLanguage={navigator.language}
    initialId={new URLSearchParams(location.search).get('id')}
  />,
  document.getElementById('app')!,
);
