// The real Host over WXT's browser object and the document. Only entrypoints import this file.
import { browser } from 'wxt/browser';
import type { Host } from './host';
import type { MessageSource } from './i18n';

/**
 * `tabId` pins the popup to one tab (popup.html?tabId=3, used when the popup is opened as a page,
 * e.g. by the e2e tests); otherwise the popup shows the active tab of the current window.
 */
export function browserHost(doc: Document = document, opts: { tabId?: number } = {}): Host {
  return {
    async activeTab() {
      const tab =
        opts.tabId !== undefined
          ? await browser.tabs.get(opts.tabId)
          : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? '' };
    },
    openLibrary(recordId) {
      const query = recordId ? `?id=${encodeURIComponent(recordId)}` : '';
      void browser.tabs.create({ url: browser.runtime.getURL(`/library.html${query}`) });
    },
    download({ filename, mime, content }) {
      const url = URL.createObjectURL(new Blob([content], { type: mime }));
      const a = doc.createElement('a');
      a.href = url;
      a.download = filename;
      doc.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  };
}

/** browser.i18n.getMessage as a MessageSource, or null outside the extension. */
export function browserMessageSource(): MessageSource | null {
  const i18n = (browser as { i18n?: typeof browser.i18n } | undefined)?.i18n;
  if (!i18n?.getMessage) return null;
  return (key, subs) => i18n.getMessage(key as never, subs);
}
