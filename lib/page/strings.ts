// Every string the page experience shows (in-page controls, legend, cards, context menu), in Japanese
// and English. The language follows the browser's UI language unless the user forced one in settings.
import type { Settings } from '../messaging/protocol';

export type Lang = 'ja' | 'en';

/** 'ja' when forced, or when the UI language is Japanese (ja, ja-JP); 'en' otherwise. */
export function pickLanguage(setting: Settings['language'] | undefined, uiLanguage: string | undefined): Lang {
  if (setting === 'ja' || setting === 'en') return setting;
  return /^ja\b/i.test(uiLanguage ?? '') ? 'ja' : 'en';
}

export interface PageStrings {
  /** Save button (its accessible name adds the incident's label). */
  save: string;
  saving: string;
  saved: string;
  saveFailed: string;
  /** Dismiss ("this is not a breach") button. */
  dismiss: string;
  /** Toggle listing the incident's facts. */
  facts: (n: number) => string;
  /** Accessible label of the per-incident toolbar. */
  toolbar: (label: string) => string;
  /** Short label of an incident: organisation, or a fallback. */
  incidentLabel: (org: string | null, index: number) => string;
  /** Legend heading with the number of breach incidents highlighted. */
  legendTitle: (n: number) => string;
  legendClose: string;
  /** Saved earlier but not detected on this visit (re-highlighted from the library). */
  savedEarlier: string;
  /** Context menu item. */
  contextMenu: string;
  /** Command description (manifest text is English; this is for the UI). */
  saveAll: string;
}

export const STRINGS: Record<Lang, PageStrings> = {
  ja: {
    save: '保存',
    saving: '保存中…',
    saved: '保存済み',
    saveFailed: '保存できませんでした',
    dismiss: '誤検出',
    facts: (n) => `事実 ${n}件`,
    toolbar: (label) => `leakmark: ${label}`,
    incidentLabel: (org, index) => org ?? `インシデント ${index + 1}`,
    legendTitle: (n) => `leakmark: 漏えい ${n}件`,
    legendClose: '凡例を閉じる',
    savedEarlier: '以前に保存した記録',
    contextMenu: 'leakmark: この選択範囲を保存',
    saveAll: 'このページの漏えいをすべて保存',
  },
  en: {
    save: 'Save',
    saving: 'Saving…',
    saved: 'Saved',
    saveFailed: 'Could not save',
    dismiss: 'Not a breach',
    facts: (n) => `Facts (${n})`,
    toolbar: (label) => `leakmark: ${label}`,
    incidentLabel: (org, index) => org ?? `Incident ${index + 1}`,
    legendTitle: (n) => `leakmark: ${n} breach${n === 1 ? '' : 'es'}`,
    legendClose: 'Close the legend',
    savedEarlier: 'Saved earlier',
    contextMenu: 'leakmark: Save selection',
    saveAll: 'Save every breach on this page',
  },
};

export function strings(lang: Lang): PageStrings {
  return STRINGS[lang];
}
