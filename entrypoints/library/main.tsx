// Wiring only: the real API (the library's loading reads straight from IndexedDB, see
// lib/ui/local-reads.ts; everything else as messages to the background), host and i18n;
// ?id=… (from the popup) opens that incident.
import { render } from 'preact';
import { sendToBackground } from '../../lib/messaging/client';
import { openLibraryReader } from '../../lib/store';
import { createLibraryApi } from '../../lib/ui/api';
import { browserHost, browserMessageSource } from '../../lib/ui/browser-host';
import { withLocalReads } from '../../lib/ui/local-reads';
import '../../lib/ui/base.css';
import './style.css';
import { App } from './App';

// Open the database now, while the page renders its frame, rather than when the first rows are asked for.
const reader = openLibraryReader();
reader.catch(() => undefined); // a failure is handled where it is used (the messages take over)

render(
  <App
    api={withLocalReads(createLibraryApi(sendToBackground), () => reader)}
    host={browserHost()}
    browserSource={browserMessageSource()}
    navigatorLanguage={navigator.language}
    initialId={new URLSearchParams(location.search).get('id')}
  />,
  document.getElementById('app')!,
);
