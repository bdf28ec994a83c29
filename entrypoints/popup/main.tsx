// Wiring only: the real API (messages to the background), the real host, the browser's i18n.
import { render } from 'preact';
import { sendToBackground } from '../../lib/messaging/client';
import { createLibraryApi } from '../../lib/ui/api';
import { browserHost, browserMessageSource } from '../../lib/ui/browser-host';
import '../../lib/ui/base.css';
import './style.css';
import { App } from './App';

// ?tabId=… pins the popup to a tab when it is opened as a page (tests); normally the active tab.
const pinned = new URLSearchParams(location.search).get('tabId');
const host = browserHost(document, pinned && /^\d+$/.test(pinned) ? { tabId: Number(pinned) } : {});

render(
  <App api={createLibraryApi(sendToBackground)} host={host} browserSource={browserMessageSource()} navigatorLanguage={navigator.language} />,
  document.getElementById('app')!,
);
