// UI strings: a tiny t(key, subs) over a message source. In the extension the source is
// browser.i18n.getMessage (the browser's language); when the user forces a language in the
// settings, or when extension APIs are missing, it is one of the bundled catalogs (the same
// public/_locales files). Tests hand in a fake source or a catalog.
import en from '../../public/_locales/en/messages.json';
import ja from '../../public/_locales/ja/messages.json';

/** Chrome's getMessage shape: '' for an unknown key. */
export type MessageSource = (key: string, substitutions?: string[]) => string;
export type T = (key: string, ...subs: Array<string | number>) => string;
export type Lang = 'ja' | 'en';

interface CatalogEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type Catalog = Record<string, CatalogEntry>;

export const CATALOGS: Readonly<Record<Lang, Catalog>> = { en: en as Catalog, ja: ja as Catalog };

// $NAME$ refers to a named placeholder; $1…$9 to a substitution; $$ is a dollar sign.
const PLACEHOLDER = /\$([A-Za-z0-9_@]+)\$/g;
const SUBSTITUTION = /\$(\d)|\$\$/g;

/** A message source over one messages.json catalog, substituting the way Chrome does. */
export function catalogSource(catalog: Catalog): MessageSource {
  return (key, subs = []) => {
    const entry = catalog[key];
    if (!entry) return '';
    const named = entry.message.replace(PLACEHOLDER, (_m, name: string) => {
      return entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    });
    return named.replace(SUBSTITUTION, (m, n: string | undefined) => (n ? (subs[Number(n) - 1] ?? '') : m === '$$' ? '$' : m));
  };
}

/** t over a source; an unknown key shows as itself so a missing message is visible, never blank. */
export function makeT(source: MessageSource): T {
  return (key, ...subs) => source(key, subs.map(String)) || key;
}

/**
 * The source to use: the forced language's catalog, else the browser's getMessage when extension
 * APIs exist, else the catalog of the navigator language (a page opened outside the extension).
 */
export function chooseSource(
  language: 'auto' | Lang,
  browserSource: MessageSource | null,
  navigatorLanguage = 'en',
): MessageSource {
  if (language === 'ja' || language === 'en') return catalogSource(CATALOGS[language]);
  if (browserSource) return browserSource;
  return catalogSource(CATALOGS[navigatorLanguage.toLowerCase().startsWith('ja') ? 'ja' : 'en']);
}

/** The language a t speaks (each catalog names itself in its "locale" message). */
export function langOf(t: T): Lang {
  return t('locale') === 'ja' ? 'ja' : 'en';
}
