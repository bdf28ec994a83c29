// The UI's only way to the library: one method per background message the popup and the library
// page use, typed from the message map. Components receive a LibraryApi (context), never the
// browser, so tests hand in a fake.
import type { BackgroundProtocol, Req, Res } from '../messaging/protocol';
import type { T } from './i18n';

export const UI_MESSAGES = [
  'listRecords',
  'listNewest',
  'listRecordsPage',
  'updateRecord',
  'removeRecords',
  'restoreRecords',
  'findDuplicates',
  'mergeRecords',
  'exportRecords',
  'importRecords',
  'tabState',
  'saveOnTab',
  'saveAllOnTab',
  'getSettings',
  'setSettings',
] as const satisfies readonly (keyof BackgroundProtocol)[];
export type UiMessage = (typeof UI_MESSAGES)[number];

export type LibraryApi = { [K in UiMessage]: (data: Req<K>) => Promise<Res<K>> };

export type Send = <K extends keyof BackgroundProtocol>(type: K, data: Req<K>) => Promise<Res<K>>;

/** The real API over sendToBackground (or any function of the same shape). */
export function createLibraryApi(send: Send): LibraryApi {
  return Object.fromEntries(UI_MESSAGES.map((type) => [type, (data: never) => send(type, data)])) as LibraryApi;
}

/** What went wrong, in the user's language: store codes get a clear sentence, others the message. */
export function errorText(error: unknown, t: T): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  switch (code) {
    case 'quota':
      return t('error_quota');
    case 'unavailable':
      return t('error_unavailable');
    case 'version':
      return t('error_version');
    case 'not_found':
      return t('error_not_found');
    case 'invalid':
      return t('error_invalid', message);
  }
  // No extension APIs (page opened outside the extension) or no background listening.
  if (/runtime|sendMessage|Receiving end|message port|Could not establish/i.test(message)) {
    return t('error_no_background', message);
  }
  return t('error_generic', message);
}
