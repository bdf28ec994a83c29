// What each tab's content script found, for the badge and the popup. Kept in memory and mirrored to
// storage.session (when the browser has it) so an MV3 service worker that was stopped and restarted
// still knows. The toolbar badge shows the number of breach incidents on the tab (empty when none).
import type { PageInfo, TabIncident } from '../messaging/protocol';
import type { StorageAreaLike } from './storage';

export interface TabRecord {
  page: PageInfo;
  incidents: TabIncident[];
}

/** browser.action (MV3) or browserAction (MV2): only what the badge needs. */
export interface ActionLike {
  setBadgeText(details: { tabId?: number; text: string }): unknown;
  setBadgeBackgroundColor?(details: { tabId?: number; color: string }): unknown;
}

export const TAB_PREFIX = 'tab:';
export const BADGE_COLOR = '#b45309';

/** Breach incidents the user has not dismissed. */
export function breachCount(incidents: readonly TabIncident[]): number {
  return incidents.filter((t) => t.incident.is_breach && !t.dismissed).length;
}

export function badgeText(incidents: readonly TabIncident[]): string {
  const n = breachCount(incidents);
  return n === 0 ? '' : n > 99 ? '99+' : String(n);
}

export class TabStates {
  private readonly memory = new Map<number, TabRecord>();

  constructor(
    private readonly action: ActionLike | null,
    private readonly session: StorageAreaLike | null,
  ) {}

  async get(tabId: number): Promise<TabRecord | null> {
    const hit = this.memory.get(tabId);
    if (hit) return hit;
    if (!this.session) return null;
    try {
      const key = TAB_PREFIX + tabId;
      const stored = (await this.session.get(key))[key] as TabRecord | undefined;
      if (stored && stored.page && Array.isArray(stored.incidents)) {
        this.memory.set(tabId, stored);
        return stored;
      }
    } catch (err) {
      console.debug('leakmark: session storage', err);
    }
    return null;
  }

  async set(tabId: number, record: TabRecord): Promise<void> {
    this.memory.set(tabId, record);
    await this.badge(tabId, badgeText(record.incidents));
    await this.persist(tabId, record);
  }

  /** Change a tab's record in place (save, dismiss); no-op when the tab has none. */
  async update(tabId: number, change: (record: TabRecord) => TabRecord | void): Promise<TabRecord | null> {
    const current = await this.get(tabId);
    if (!current) return null;
    const next = change(current) ?? current;
    await this.set(tabId, next);
    return next;
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

  private async badge(tabId: number, text: string): Promise<void> {
    if (!this.action) return;
    try {
      if (text) await this.action.setBadgeBackgroundColor?.({ tabId, color: BADGE_COLOR });
      await this.action.setBadgeText({ tabId, text });
    } catch (err) {
      console.debug('leakmark: badge', err); // the tab is gone
    }
  }

  private async persist(tabId: number, record: TabRecord): Promise<void> {
    if (!this.session) return;
    try {
      await this.session.set({ [TAB_PREFIX + tabId]: record });
    } catch (err) {
      console.debug('leakmark: session storage', err); // over quota: memory still has it
    }
  }
}
