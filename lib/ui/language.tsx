// The root every page renders in: reads settings.language once, picks the message source
// (browser language, or the forced catalog) and provides t, the API and the host to components.
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import type { Settings } from '../messaging/protocol';
import type { LibraryApi } from './api';
import { UiProvider } from './context';
import type { Host } from './host';
import { chooseSource, langOf, makeT, type MessageSource } from './i18n';

type Language = Settings['language'];

const LanguageContext = createContext<{ language: Language; setLanguage: (l: Language) => void }>({
  language: 'auto',
  setLanguage: () => {},
});

export function useLanguage() {
  return useContext(LanguageContext);
}

export function LocalizedRoot(props: {
  api: LibraryApi;
  host: Host;
  /** browser.i18n.getMessage, or null outside the extension (tests, a page opened as a file). */
  browserSource: MessageSource | null;
  navigatorLanguage?: string;
  /** Skip reading settings (tests that fix the language). */
  language?: Language;
  children: ComponentChildren;
}) {
  const [language, setLanguage] = useState<Language>(props.language ?? 'auto');
  useEffect(() => {
    if (props.language) return;
    props.api.getSettings({}).then(
      ({ settings }) => setLanguage(settings.language),
      () => {}, // no background: the page shows its own error; the language stays 'auto'
    );
  }, [props.api, props.language]);
  const t = useMemo(
    () => makeT(chooseSource(language, props.browserSource, props.navigatorLanguage)),
    [language, props.browserSource, props.navigatorLanguage],
  );
  useEffect(() => {
    if (typeof document !== 'undefined') document.documentElement.lang = langOf(t);
  }, [t]);
  return (
    <LanguageContext.Provider value={{ language, setLanguage }}>
      <UiProvider api={props.api} host={props.host} t={t}>
        {props.children}
      </UiProvider>
    </LanguageContext.Provider>
  );
}
