// What each tab's content scripts found, for the badge and the popup. Every frame of a tab scans
// itself and reports on its own, so a tab's state is one record per frame (keyed by frameId; a frame
// that re-scans replaces its record, so nothing is counted twice), added up for the badge and the
// popup: the badge shows the number of breach incidents over all the tab's frames (empty when none).
// Kept in memory and mirrored to storage.session (when the browser has it) so an MV3 service worker
// that was stopped and restarted still knows. The stored value keeps the added-up { page, incidents }
// shape next to the frames, for readers that only want the tab.
import type { PageInfo, TabIncident } from '../messaging/protocol';
import type { StorageAreaLike } from './storage';

export interface TabRecord {
  page: PageInfo;
  incidents: TabIncident[];
}

/** One frame's report. */
export interface FrameRecord extends TabRecord {
  frameId: number;
  /** The reporting document (Chrome): a later document in the same frame is another page. */
  documentId?: string;
}

/** Who reported: the frame and document, and the tab's own URL (for a tab whose top frame is quiet). */
export interface FrameInfo {
  frameId?: number;
  documentId?: string;
  tabUrl?: string;
}

interface StoredTab extends TabRecord {
  frames: FrameRecord[];
}

/** browser.action (MV3) or browserAction (MV2): only what the badge needs. */
export interface ActionLike {
  setBadgeText(details: { tabId?: number; text: string }): unknown;
  setBadgeBackgroundColor?(details: { tabId?: number; color: string }): unknown;
}

export const TAB_PREFIX = 'tab:';
export const BADGE_COLOR = '#b45309';
export const TOP_FRAME = 0;

/** Breach incidents the user has not dismissed. */
export function breachCount(incidents: readonly TabIncident[]): number {
  return incidents.filter((t) => t.incident.is_breach && !t.dismissed).length;
}

export function badgeText(incidents: readonly TabIncident[]): string {
  const n = breachCount(incidents);
  return n === 0 ? '' : n > 99 ? '99+' : String(n);
}

/**
 * The tab as the popup sees it: the top frame's page (else the tab's URL, else the first frame's
 * page) and every frame's incidents, top frame first, each tagged with its frameId.
 */
export function combineFrames(frames: readonly FrameRecord[], tabUrl?: string): TabRecord | null {
  if (frames.length === 0) return null;
  const ordered = [...frames].sort((a, b) => a.frameId - b.frameId);
  const top = ordered.find((f) => f.frameId === TOP_FRAME);
  const page = top?.page ?? (tabUrl ? { url: tabUrl, title: '', pageHash: '' } : ordered[0]!.page);
  return { page, incidents: ordered.flatMap((f) => f.incidents.map((t) => ({ ...t, frameId: f.frameId }))) };
}

interface TabEntry {
  frames: Map<number, FrameRecord>;
  tabUrl?: string;
}

export class TabStates {
  private readonly memory = new Map<number, TabEntry>();

  constructor(
    private readonly action: ActionLike | null,
    private readonly session: StorageAreaLike | null,
  ) {}

  /** The tab's frames added up (null when no frame reported). */
  async get(tabId: number): Promise<TabRecord | null> {
    const entry = await this.entry(tabId);
    return entry ? combineFrames([...entry.frames.values()], entry.tabUrl) : null;
  }

  /** Each frame's own report, top frame first. */
  async frames(tabId: number): Promise<FrameRecord[]> {
    const entry = await this.entry(tabId);
    return entry ? [...entry.frames.values()].sort((a, b) => a.frameId - b.frameId) : [];
  }

  /** A frame's report replaces that frame's previous one (default: the top frame). */
  async set(tabId: number, record: TabRecord, from: FrameInfo = {}): Promise<void> {
    const frameId = from.frameId ?? TOP_FRAME;
    let entry = await this.entry(tabId);
    if (!entry) this.memory.set(tabId, (entry = { frames: new Map() }));
    if (from.tabUrl) entry.tabUrl = from.tabUrl;
    // Only what the popup shows: incidents come in without a frameId and are tagged when combined.
    const incidents = record.incidents.map(({ frameId: _f, ...t }) => t);
    entry.frames.set(frameId, { page: record.page, incidents, frameId, documentId: from.documentId });
    await this.changed(tabId, entry);
  }

  /** Change one frame's record in place (save, dismiss); no-op when that frame has none. */
  async update(tabId: number, change: (record: TabRecord) => TabRecord | void, frameId: number = TOP_FRAME): Promise<TabRecord | null> {
    const entry = await this.entry(tabId);
    const current = entry?.frames.get(frameId);
    if (!entry || !current) return null;
    const next = change(current) ?? current;
    entry.frames.set(frameId, { ...current, page: next.page, incidents: next.incidents });
    await this.changed(tabId, entry);
    return next;
  }

  /**
   * A frame's document went away: its findings go. With a documentId, only when the record is that
   * document's (a late goodbye from the previous page must not drop the new page's findings).
   */
  async dropFrame(tabId: number, frameId: number, documentId?: string): Promise<boolean> {
    const entry = await this.entry(tabId);
    const current = entry?.frames.get(frameId);
    if (!entry || !current) return false;
    if (documentId && current.documentId && current.documentId !== documentId) return false;
    entry.frames.delete(frameId);
    await this.changed(tabId, entry);
    return true;
  }

  /**
   * Keep only the frames whose document `alive` confirms (after a navigation in the tab). A frame
   * that reports again while this runs is kept: its new record is not the one that was checked.
   */
  async prune(tabId: number, alive: (frame: FrameRecord) => Promise<boolean>): Promise<number> {
    const before = await this.frames(tabId);
    const verdicts = await Promise.all(before.map(async (f) => [f, await alive(f).catch(() => false)] as const));
    const entry = await this.entry(tabId);
    if (!entry) return 0;
    let dropped = 0;
    for (const [frame, ok] of verdicts) {
      if (ok || entry.frames.get(frame.frameId) !== frame) continue;
      entry.frames.delete(frame.frameId);
      dropped++;
    }
    if (dropped > 0) await this.changed(tabId, entry);
    return dropped;
  }

  async clear(tabId: number): Promise<void> {
    this.memory.delete(tabId);
    await this.badge(tabId, '');
    try {
      await this.session?.remove(TAB_PREFIX + tabId);
    } catch (err) {
      console.debug('leakmark: session storage', err);
    }
  }

  private async entry(tabId: number): Promise<TabEntry | null> {
    const hit = this.memory.get(tabId);
    if (hit) return hit;
    if (!this.session) return null;
    try {
      const key = TAB_PREFIX + tabId;
      const stored = (await this.session.get(key))[key] as Partial<StoredTab> | undefined;
      // Another report may have arrived while storage answered: memory wins.
      const again = this.memory.get(tabId);
      if (again) return again;
      const entry = restore(stored);
      if (entry) this.memory.set(tabId, entry);
      return entry;
    } catch (err) {
      console.debug('leakmark: session storage', err);
    }
    return null;
  }

  private async changed(tabId: number, entry: TabEntry): Promise<void> {
    const frames = [...entry.frames.values()];
    const combined = combineFrames(frames, entry.tabUrl);
    await this.badge(tabId, badgeText(combined?.incidents ?? []));
    if (!combined) {
      this.memory.delete(tabId);
      try {
        await this.session?.remove(TAB_PREFIX + tabId);
      } catch (err) {
        console.debug('leakmark: session storage', err);
      }
      return;
    }
    await this.persist(tabId, { ...combined, frames });
  }

  private async badge(tabId: number, text: string): Promise<void> {
    if (!this.action) return;
    try {
      if (text) await this.action.setBadgeBackgroundColor?.({ tabId, color: BADGE_COLOR });
      await this.action.setBadgeText({ tabId, text });
    } catch (err) {
      console.debug('leakmark: badge', err); // the tab is gone
    }
  }

  private async persist(tabId: number, value: StoredTab): Promise<void> {
    if (!this.session) return;
    try {
      await this.session.set({ [TAB_PREFIX + tabId]: value });
    } catch (err) {
      console.debug('leakmark: session storage', err); // over quota: memory still has it
    }
  }
}

/** A stored tab back in memory: the frames when present, else (an older shape) the tab as the top frame. */
function restore(stored: Partial<StoredTab> | undefined): TabEntry | null {
  if (!stored || typeof stored !== 'object') return null;
  const frames = new Map<number, FrameRecord>();
  if (Array.isArray(stored.frames)) {
    for (const f of stored.frames) {
      if (f && typeof f.frameId === 'number' && f.page && Array.isArray(f.incidents)) frames.set(f.frameId, f);
    }
  } else if (stored.page && Array.isArray(stored.incidents)) {
    frames.set(TOP_FRAME, { page: stored.page, incidents: stored.incidents, frameId: TOP_FRAME });
  }
  if (frames.size === 0) return null;
  const top = frames.get(TOP_FRAME);
  return { frames, tabUrl: top ? undefined : stored.page?.url };
}
