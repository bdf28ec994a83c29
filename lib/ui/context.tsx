// What every UI component reads from context: the library API, the host (tabs, downloads) and t.
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { LibraryApi } from './api';
import type { Host } from './host';
import { langOf, type Lang, type T } from './i18n';

export interface Ui {
  api: LibraryApi;
  host: Host;
  t: T;
  lang: Lang;
}

const UiContext = createContext<Ui | null>(null);

export function UiProvider(props: { api: LibraryApi; host: Host; t: T; children: ComponentChildren }) {
  const { api, host, t } = props;
  return <UiContext.Provider value={{ api, host, t, lang: langOf(t) }}>{props.children}</UiContext.Provider>;
}

export function useUi(): Ui {
  const ui = useContext(UiContext);
  if (!ui) throw new Error('useUi() outside <UiProvider>');
  return ui;
}
