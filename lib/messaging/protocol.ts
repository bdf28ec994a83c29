// The one typed message map between content script, background, offscreen document and UI pages.
// Every message is { type, data }; the background answers with the response type (or { error }).
import type { Incident, PageText } from '../types';
import type { PagePart } from './upload';
import type { IncidentRecord, RecordPatch, SearchQuery, Source, TextPosition, TextQuote } from '../store';

/** What the content script knows about its page, sent with saves. */
export interface PageInfo {
  url: string;
  title: string;
  /** Hash of the page text the incident spans refer to. */
  pageHash: string;
}

/** An incident found on a tab, with its save state, as the popup shows it. */
export interface TabIncident {
  /** Index of the incident on the page (stable for one scan). */
  index: number;
  incident: Incident;
  /** Id of the library record when saved. */
  savedId: string | null;
  dismissed: boolean;
  /** The frame it was found in (0: the top document), set by the background when it adds frames up. */
  frameId?: number;
}

export interface Settings {
  /** Global pause: no scanning anywhere. */
  paused: boolean;
  /** Hostnames where leakmark is off. */
  disabledSites: string[];
  /** UI language: follow the browser, or force one. */
  language: 'auto' | 'ja' | 'en';
}

/** The engine's answer for one page (`tokenizer`: whether kuromoji took part). */
export interface AnalyzeResult {
  incidents: Incident[];
  tokenizer: boolean;
  /** ENGINE_VERSION of the engine that ran (recorded in saved sources). */
  engineVersion: string;
}

/** Where the user's selection sits in the page text (for a context-menu save). */
export type SelectionSource =
  | { found: true; page: PageInfo; text: string; quote: TextQuote; position: TextPosition }
  | { found: false };

export const DEFAULT_SETTINGS: Settings = { paused: false, disabledSites: [], language: 'auto' };

export type ExportFormat = 'csv' | 'json' | 'veris';

/** Requests handled by the background (sent by content scripts, popup and library page). */
export interface BackgroundProtocol {
  /**
   * Run the engine (off the page's thread) on a page's text: sent whole when small, else named by the
   * scan id of an upload sent in parts first (lib/messaging/upload.ts).
   */
  analyze: { req: { page: PageText } | { scanId: string; parts: number }; res: AnalyzeResult };
  /** Part `seq` of a big page's text (one message each, so no message is big). */
  uploadPart: { req: { scanId: string; seq: number; part: PagePart }; res: { ok: true } };
  /** The content script reports what it found on its tab (badge, popup). */
  reportPage: { req: { page: PageInfo; incidents: TabIncident[] }; res: { ok: true } };
  /** Save one incident read on a page. */
  saveIncident: { req: { page: PageInfo; incident: Incident; source: Source }; res: { record: IncidentRecord; created: boolean } };
  /** Records saved from a URL (to show them as saved and re-highlight them on revisit). */
  savedForUrl: { req: { url: string }; res: { records: IncidentRecord[] } };
  /** The popup asks for the incidents found on a tab. */
  tabState: { req: { tabId: number }; res: { page: PageInfo | null; incidents: TabIncident[] } };
  /** The popup's save of one incident found on a tab (by its index; the tab's content script saves it). */
  saveOnTab: { req: { tabId: number; index: number; frameId?: number }; res: { record: IncidentRecord; created: boolean } };
  /** The popup's "save all on this page". */
  saveAllOnTab: { req: { tabId: number }; res: { saved: number } };
  /** A frame's document is going away (pagehide): its findings leave the tab's state. */
  frameGone: { req: Record<string, never>; res: { ok: true } };
  /** Mark a detection as false on a page (hidden there from now on). */
  dismiss: { req: { tabId?: number; url: string; index: number; quote: string }; res: { ok: true } };
  getSettings: { req: Record<string, never>; res: { settings: Settings } };
  setSettings: { req: { patch: Partial<Settings> }; res: { settings: Settings } };
  /**
   * Popup (and any caller wanting a query answered). With a limit and a query that only sorts by
   * savedAt, newest first (the popup's recent list), only `limit` records are read.
   */
  listRecords: { req: { query?: SearchQuery; limit?: number }; res: { records: IncidentRecord[]; total: number } };
  /**
   * The library page's first screenful: the `limit` most recently saved records, newest first (at
   * most MAX_PAGE), read backwards on the savedAt index; fewer than `limit` means that is the whole
   * library. The library page reads these two itself when it can (lib/ui/local-reads.ts).
   */
  listNewest: { req: { limit: number }; res: { records: IncidentRecord[] } };
  /**
   * Then the whole library, a page at a time: up to `limit` records (at most MAX_PAGE) in id order
   * after the id `after`; `next` is the `after` of the following page, null after the last.
   * `total`: the library's size, with the first page (no `after`) only, else null.
   */
  listRecordsPage: {
    req: { after?: string; limit: number };
    res: { records: IncidentRecord[]; total: number | null; next: string | null };
  };
  updateRecord: { req: { id: string; patch: RecordPatch }; res: { record: IncidentRecord } };
  removeRecords: { req: { ids: string[] }; res: { removed: IncidentRecord[] } };
  restoreRecords: { req: { records: IncidentRecord[] }; res: { ok: true } };
  findDuplicates: { req: { id: string }; res: { candidates: Array<{ record: IncidentRecord; score: number; reason: string }> } };
  mergeRecords: { req: { keepId: string; otherIds: string[] }; res: { record: IncidentRecord } };
  exportRecords: { req: { format: ExportFormat; ids?: string[] }; res: { filename: string; mime: string; content: string } };
  importRecords: { req: { text: string }; res: { ok: true; added: number; updated: number; warnings: string[] } | { ok: false; error: string } };
}

/** Requests the background sends to a tab's content script. */
export interface ContentProtocol {
  saveAll: { req: Record<string, never>; res: { saved: number } };
  /** Save the incident with this index (popup → background → tab); `frameId` routes it (the frame ignores it). */
  saveOne: { req: { index: number; frameId?: number }; res: { record: IncidentRecord; created: boolean } };
  rescan: { req: Record<string, never>; res: { ok: true } };
  /** Is this document still there? (The background drops the findings of frames that do not answer.) */
  framePing: { req: Record<string, never>; res: { ok: true } };
  /** The library page's "open source page": scroll to and flash this saved incident. */
  reveal: { req: { recordId: string }; res: { found: boolean } };
  /** The context menu's "save selection": the selection's text, quote and position in the page text. */
  selectionSource: { req: { text: string }; res: SelectionSource };
}

/** Requests the background sends to the offscreen document (Chrome) where kuromoji lives. */
export interface OffscreenProtocol {
  /** `waitMs`: how long to wait for kuromoji's first build before running without it. */
  'offscreen:analyze': { req: { page: PageText; waitMs?: number }; res: AnalyzeResult };
}

export type AnyProtocol = BackgroundProtocol & ContentProtocol & OffscreenProtocol;
export type MessageType = keyof AnyProtocol;
export type Req<K extends MessageType> = AnyProtocol[K]['req'];
export type Res<K extends MessageType> = AnyProtocol[K]['res'];

export interface Message<K extends MessageType = MessageType> {
  type: K;
  data: Req<K>;
}

/** Error answer: handlers never throw across the message boundary, they answer { error }. */
export interface ErrorAnswer {
  error: string;
  code?: string;
}

export function isErrorAnswer(x: unknown): x is ErrorAnswer {
  // { ok: false, error } is a regular answer (importRecords' refusal), not a failure of the call.
  return typeof x === 'object' && x !== null && typeof (x as ErrorAnswer).error === 'string' && !('ok' in x);
}

export function isMessage(x: unknown): x is Message {
  return typeof x === 'object' && x !== null && typeof (x as Message).type === 'string' && 'data' in (x as object);
}
